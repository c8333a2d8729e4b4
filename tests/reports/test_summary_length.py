"""The principal's monthly summary fits on one or two pages for a whole real school."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from lms_desktop.db.unit_of_work import Database
from lms_desktop.demo import build_demo_school
from lms_desktop.reports.common import ReportParams
from lms_desktop.reports.service import render_report


def test_the_monthly_summary_of_the_demo_school_is_at_most_two_pages(database: Database) -> None:
    build_demo_school(database, today=date(2026, 11, 20))
    with database.unit_of_work() as uow:
        pdf = render_report(
            uow, "monthly-summary", ReportParams(date(2026, 10, 1), date(2026, 10, 31)), "pdf"
        )
    reader = PdfReader(io.BytesIO(pdf.data))
    assert 1 <= len(reader.pages) <= 2
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Top titles" in text and "Makerspace hours by class" in text
