"""Every report runs, renders to PDF/CSV/XLSX, and long tables split with repeated headers."""

from __future__ import annotations

import csv
import io
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.models import Item
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.reports.common import ReportParams, dewey_class, shelf_group
from lms_desktop.reports.lists import publication_year_from_marc
from lms_desktop.reports.registry import REPORTS, default_dates, get_report
from lms_desktop.reports.service import render_report
from lms_desktop.school.setup import item_type_id
from tests.reports.conftest import pdf_pages
from tests.reports.school import TODAY, SmallSchool

EXPECTED_TEXT = {
    "monthly-summary": "Checkouts by grade",
    "circulation": "By Dewey class",
    "overdues-by-homeroom": "Charlotte's Web",
    "overdue-notices": "Okafor",
    "fees": "Water damage",
    "holds": "Johnson, Emma",
    "devices": "Cracked screen",
    "makerspace": "Laser cutter",
    "certificates": "Laser cutter safety",
    "collection-age": "500s Science",
    "new-acquisitions": "Coding for Kids",
    "shelf-list": "599.75 SMI",
}


def _params(name: str) -> ReportParams:
    spec = get_report(name)
    start, end = default_dates(spec, TODAY)
    if spec.default_range == "last_month":
        start, end = date(2026, 11, 1), date(2026, 11, 30)
    return ReportParams(start, end, today=TODAY)


# reports whose data another area builds, tested (PDF/CSV/XLSX too) with that area
TESTED_ELSEWHERE = {
    "inventory": "tests/inventory/test_reports.py",
    "weeding-log": "tests/inventory/test_reports.py",
}


def test_every_report_is_listed_and_tested() -> None:
    assert sorted(spec.name for spec in REPORTS) == sorted([*EXPECTED_TEXT, *TESTED_ELSEWHERE])


@pytest.mark.parametrize("name", sorted(EXPECTED_TEXT))
def test_each_report_renders_to_pdf_csv_and_xlsx(
    name: str, database: Database, school: SmallSchool
) -> None:
    with database.unit_of_work() as uow:
        pdf = render_report(uow, name, _params(name), "pdf")
        csv_data = render_report(uow, name, _params(name), "csv")
        xlsx = render_report(uow, name, _params(name), "xlsx")
    pages = pdf_pages(pdf.data)
    assert "My School" in pages[0]
    assert pdf.document.title in pages[0]
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert EXPECTED_TEXT[name] in "\n".join(pages)
    assert EXPECTED_TEXT[name] in csv_data.data.decode("utf-8-sig")
    workbook = load_workbook(BytesIO(xlsx.data))
    cells = " ".join(
        str(c.value) for sheet in workbook for row in sheet.iter_rows() for c in row if c.value
    ) + " ".join(workbook.sheetnames)
    assert EXPECTED_TEXT[name] in cells
    assert pdf.suggested_file_name.endswith(".pdf")


def test_circulation_statistics_count_by_type_and_dewey(
    database: Database, school: SmallSchool
) -> None:
    from lms_desktop.reports.circulation_stats import circulation_statistics

    params = ReportParams(date(2026, 11, 1), date(2026, 11, 30), filters={"period": "day"})
    with database.unit_of_work() as uow:
        stats = circulation_statistics(uow, params)
    assert stats.total == 12
    assert dict(stats.by_item_type)["Chromebook"] == 2
    assert dict(stats.by_patron_type) == {"Student": 11, "Teacher": 1}
    assert dict(stats.by_dewey)["500s Science"] == 2
    assert dict(stats.by_homeroom)["3A"] == 5
    assert len(stats.by_period) == 30  # one row per day of November
    assert dict(stats.by_period)["Mon Nov 2"] == 2


def test_a_grade_filter_narrows_circulation(database: Database, school: SmallSchool) -> None:
    from lms_desktop.reports.circulation_stats import circulation_statistics

    params = ReportParams(date(2026, 11, 1), date(2026, 11, 30), filters={"grade": "4"})
    with database.unit_of_work() as uow:
        assert circulation_statistics(uow, params).total == 4


def test_a_long_shelf_list_splits_across_pages_with_the_header_repeated(
    database: Database, school: SmallSchool
) -> None:
    with database.unit_of_work() as uow:
        book = item_type_id(uow, "book")
        record = BibRecord(title="Spiders Up Close", author="Webb, Sam", publication_year=2001)
        uow.session.add(record)
        uow.session.flush()
        for n in range(120):
            uow.session.add(
                Item(
                    barcode=f"S{n:04d}",
                    item_type_id=book,
                    bib_record_id=record.id,
                    call_number=f"595.{n:03d} WEB",
                )
            )
        uow.commit()
    with database.unit_of_work() as uow:
        rendered = render_report(uow, "shelf-list", _params("shelf-list"), "pdf")
    pages = pdf_pages(rendered.data)
    assert len(pages) >= 3
    for page in pages:
        assert "Call number" in page and "Barcode" in page  # the header row on every page
    text = "\n".join(pages)
    # shelf order: 595.000 … 595.119 before 599.75, Dewey numbers compared as numbers
    assert text.index("595.119 WEB") < text.index("599.75 SMI")
    assert text.index("595.002 WEB") < text.index("595.010 WEB")


def test_csv_of_a_single_table_report_is_ready_to_sort(
    database: Database, school: SmallSchool
) -> None:
    with database.unit_of_work() as uow:
        rendered = render_report(uow, "holds", _params("holds"), "csv")
    rows = list(csv.reader(io.StringIO(rendered.data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Status", "Title", "Patron"]
    assert rows[1][1:3] == ["Charlotte's Web", "Johnson, Emma"]


def test_unknown_reports_and_formats_are_explained(database: Database) -> None:
    with pytest.raises(NotFoundError, match="monthly-summary"):
        get_report("monthly")
    with database.unit_of_work() as uow, pytest.raises(ValidationError, match="PDF, CSV or XLSX"):
        render_report(uow, "holds", _params("holds"), "docx")
    with pytest.raises(ValidationError, match="Swap the two dates"):
        ReportParams(date(2026, 11, 30), date(2026, 11, 1))


@pytest.mark.parametrize(
    ("call_number", "group"),
    [
        ("599.75 SMI", "500s"),
        ("REF 031 WOR", "000s"),
        ("FIC SMI", "Fiction"),
        ("E SEU", "Easy"),
        ("B LIN", "Biography"),
        ("GN PIL", "Graphic novels"),
        ("973.7 MUR", "900s"),
        ("", "Other"),
    ],
)
def test_call_numbers_fall_on_the_right_shelf(call_number: str, group: str) -> None:
    assert shelf_group(call_number) == group
    assert dewey_class(call_number) == (group if group.endswith("0s") else None)


def test_publication_year_comes_from_008_then_264_then_260() -> None:
    from pymarc import Field, Record, Subfield

    def record(fixed: str | None, tag: str | None, year_text: str) -> bytes:
        rec = Record()
        if fixed is not None:
            rec.add_field(Field(tag="008", data=fixed))
        if tag:
            rec.add_field(
                Field(
                    tag=tag,
                    indicators=[" ", "1" if tag == "264" else " "],
                    subfields=[Subfield("c", year_text)],
                )
            )
        return rec.as_marc()

    assert (
        publication_year_from_marc(record("980101s1998    nyu           000 0 eng d", None, ""))
        == 1998
    )
    assert publication_year_from_marc(record("980101suuuu    nyu", "264", "©2004.")) == 2004
    assert publication_year_from_marc(record(None, "260", "c1987")) == 1987
    assert publication_year_from_marc(None) is None
    assert publication_year_from_marc(b"not a record") is None


def test_a_very_long_report_uses_one_line_rows_and_still_repeats_headers() -> None:
    from datetime import datetime

    from lms_desktop.reports.document import ReportDocument, Table
    from lms_desktop.reports.pdf import FAST_TABLES_FROM_ROWS, render_pdf

    rows = tuple(
        (f"Student {n:04d}", "A title far too long to fit in its narrow column " * 2, n)
        for n in range(FAST_TABLES_FROM_ROWS + 100)
    )
    doc = ReportDocument(
        name="long",
        title="A long list",
        school_name="Lincoln Elementary",
        start=None,
        end=date(2026, 11, 20),
        generated_at=datetime(2026, 11, 20, 8, 0),
        blocks=(Table("Everyone", ("Student", "Title", "Number"), rows, (False, False, True)),),
    )
    pages = pdf_pages(render_pdf(doc))
    assert len(pages) > 20
    for page in pages:
        assert "Student" in page and "Number" in page  # the header on every page
    text = "\n".join(pages)
    assert "Student 0000" in text and f"Student {FAST_TABLES_FROM_ROWS + 99}" in text
    assert "…" in text  # shortened, not wrapped
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_the_school_logo_is_printed_on_every_page(
    database: Database, school: SmallSchool, tmp_path: Path
) -> None:
    from PIL import Image
    from pypdf import PdfReader

    from lms_desktop.reports.common import SCHOOL_LOGO
    from lms_desktop.school.settings import set_setting

    logo = tmp_path / "logo.png"
    Image.new("RGB", (64, 64), (31, 78, 121)).save(logo)
    with database.unit_of_work() as uow:
        set_setting(uow, SCHOOL_LOGO, str(logo))
        uow.commit()
    with database.unit_of_work() as uow:
        rendered = render_report(uow, "overdues-by-homeroom", _params("overdues-by-homeroom"))
    pages = PdfReader(BytesIO(rendered.data)).pages
    assert len(pages) == 2
    for page in pages:
        assert len(page.images) == 1
