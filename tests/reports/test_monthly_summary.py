"""The principal's monthly summary: right numbers, month-over-month, one or two good pages."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from openpyxl import load_workbook

from lms_desktop.db.unit_of_work import Database
from lms_desktop.reports.common import ReportParams
from lms_desktop.reports.document import Chart, KeyFigures
from lms_desktop.reports.export import render_csv, render_xlsx
from lms_desktop.reports.pdf import render_pdf
from lms_desktop.reports.summary import monthly_summary, monthly_summary_document
from tests.reports.conftest import pdf_pages
from tests.reports.school import SmallSchool

NOVEMBER = ReportParams(date(2026, 11, 1), date(2026, 11, 30))


def test_the_principal_sees_novembers_figures_against_october(
    database: Database, school: SmallSchool
) -> None:
    with database.unit_of_work() as uow:
        data = monthly_summary(uow, NOVEMBER)
    november, october = data.figures, data.previous
    # 4 loans still out + 6 returned books + 2 same-day Chromebook loans
    assert november.checkouts == 12
    assert october.checkouts == 13
    assert november.returns == 8
    assert november.visits == 85 and october.visits == 40
    assert november.device_loans == 2 and october.device_loans == 1
    assert november.repair_tickets_opened == 1 and november.repairs_open_now == 1
    assert november.makerspace_hours == 4.0 and october.makerspace_hours == 1.0
    assert november.items_added == 2  # the two copies of "Coding for Kids"
    assert november.collection_size == 20
    assert dict(data.checkouts_by_grade) == {
        "Grade 3": 5,
        "Grade 4": 4,
        "Grade 5": 2,
        "Staff & other": 1,
    }
    assert data.top_titles[0] == ("The Story of the Civil War", "Murphy, Jim", 2)
    assert dict(data.makerspace_by_resource) == {"3D printer": 3.0, "Laser cutter": 1.0}
    assert data.makerspace_by_class[0] == ("Mr. Chen 4B", 3.0, 2)
    assert sum(w.checkouts for w in data.weeks) == 12
    assert sum(w.visits for w in data.weeks) == 85


def test_previous_period_of_a_month_is_the_month_before() -> None:
    previous = ReportParams(date(2026, 3, 1), date(2026, 3, 31)).previous_period()
    assert (previous.start, previous.end) == (date(2026, 2, 1), date(2026, 2, 28))
    week = ReportParams(date(2026, 3, 9), date(2026, 3, 15)).previous_period()
    assert (week.start, week.end) == (date(2026, 3, 2), date(2026, 3, 8))


def test_the_summary_pdf_has_letterhead_charts_and_page_numbers(
    database: Database, school: SmallSchool
) -> None:
    with database.unit_of_work() as uow:
        doc = monthly_summary_document(uow, NOVEMBER)
    assert any(isinstance(b, KeyFigures) for b in doc.blocks)
    assert any(isinstance(b, Chart) for b in doc.blocks)
    pages = pdf_pages(render_pdf(doc))
    assert 1 <= len(pages) <= 2
    first = pages[0]
    assert "My School" in first
    assert "Library monthly summary" in first
    assert "November 1, 2026 – November 30, 2026" in first
    assert f"Page 1 of {len(pages)}" in first
    assert "Top titles" in first and "The Story of the Civil War" in first
    assert "compared with October 2026" in first


def test_the_summary_exports_to_csv_and_xlsx(database: Database, school: SmallSchool) -> None:
    with database.unit_of_work() as uow:
        doc = monthly_summary_document(uow, NOVEMBER)
    csv_text = render_csv(doc).decode("utf-8-sig")
    assert "Checkouts by grade" in csv_text
    assert "Grade 3,5" in csv_text.replace(".0", "")
    workbook = load_workbook(BytesIO(render_xlsx(doc)))
    assert workbook.sheetnames[0] == "Report"
    top = workbook["Top titles"]
    assert [c.value for c in top[1]] == ["Title", "Author", "Checkouts"]
    assert [c.value for c in top[2]] == ["The Story of the Civil War", "Murphy, Jim", 2]
