"""Overdue lists a teacher can hand out, and notices students take home in their language."""

from __future__ import annotations

from datetime import date

from lms_desktop.db.unit_of_work import Database
from lms_desktop.reports.common import ReportParams
from lms_desktop.reports.document import Notice
from lms_desktop.reports.overdues import (
    overdues_by_homeroom,
    overdues_by_homeroom_document,
    save_notice_template,
    student_notices_document,
)
from lms_desktop.reports.pdf import render_pdf
from tests.reports.conftest import pdf_pages
from tests.reports.school import TODAY, SmallSchool


def _today(filters: dict[str, str] | None = None) -> ReportParams:
    return ReportParams(TODAY, TODAY, filters=filters or {})


def test_overdues_are_grouped_by_homeroom_with_days_late(
    database: Database, school: SmallSchool
) -> None:
    with database.unit_of_work() as uow:
        groups = overdues_by_homeroom(uow, TODAY)
    assert {g.homeroom: len(g.lines) for g in groups} == school.overdue_by_homeroom
    rivera = groups[0]
    assert (rivera.homeroom, rivera.teacher, rivera.students) == ("3A", "Ms. Rivera", 2)
    first = rivera.lines[0]
    assert (first.student, first.title, first.due, first.days_overdue) == (
        "Martinez, Ava",
        "Charlotte's Web",
        date(2026, 11, 16),
        4,
    )
    # the loan due on Nov 24 is not overdue yet, and returned loans never are
    assert all(line.due < TODAY for g in groups for line in g.lines)


def test_each_teacher_gets_their_own_page(database: Database, school: SmallSchool) -> None:
    with database.unit_of_work() as uow:
        pdf = render_pdf(overdues_by_homeroom_document(uow, _today()))
    pages = pdf_pages(pdf)
    assert len(pages) == 2
    assert "Ms. Rivera — homeroom 3A" in pages[0] and "Mr. Chen" not in pages[0]
    assert "Martinez, Ava" in pages[0] and "Okafor, Ben" in pages[0]
    assert "Mr. Chen — homeroom 4B" in pages[1] and "Lopez, Diego" in pages[1]
    assert "Page 2 of 2" in pages[1]


def test_a_grade_filter_leaves_other_grades_out(database: Database, school: SmallSchool) -> None:
    with database.unit_of_work() as uow:
        doc = overdues_by_homeroom_document(uow, _today({"grade": "4"}))
    assert "Lopez, Diego" in doc.all_text()
    assert "Martinez, Ava" not in doc.all_text()


def test_notices_follow_each_students_language(database: Database, school: SmallSchool) -> None:
    with database.unit_of_work() as uow:
        doc = student_notices_document(uow, _today())
    notices = [b for b in doc.blocks if isinstance(b, Notice)]
    assert len(notices) == 3
    by_heading = {n.heading: n for n in notices}
    ava = by_heading["Aviso de la biblioteca para Ava Martinez"]  # preferred language: es
    assert any("20 de noviembre de 2026" in p for p in ava.paragraphs)
    assert ava.table is not None and ava.table.columns[0] == "Título"
    assert "Library notice for Ben Okafor" in by_heading


def test_notices_can_all_be_printed_in_spanish(database: Database, school: SmallSchool) -> None:
    with database.unit_of_work() as uow:
        pdf = render_pdf(student_notices_document(uow, _today({"language": "es"})))
    text = "\n".join(pdf_pages(pdf))
    assert "Aviso de la biblioteca para Ben Okafor" in text
    assert "Library notice" not in text
    assert "¡Gracias!" in text


def test_the_librarian_edits_the_notice_text(database: Database, school: SmallSchool) -> None:
    with database.unit_of_work() as uow:
        save_notice_template(
            uow, "en", "Reminder for $student ($homeroom)\nPlease return $count item(s) to us."
        )
        uow.commit()
    with database.unit_of_work() as uow:
        doc = student_notices_document(uow, _today({"language": "en"}))
    notices = [b for b in doc.blocks if isinstance(b, Notice)]
    assert notices[0].heading == "Reminder for Ava Martinez (3A)"
    assert "Please return 1 item(s) to us." in notices[0].paragraphs
    with database.unit_of_work() as uow:
        save_notice_template(uow, "en", "")  # empty text brings the default back
        uow.commit()
    with database.unit_of_work() as uow:
        doc = student_notices_document(uow, _today({"language": "en"}))
    assert doc.blocks[0].heading == "Library notice for Ava Martinez"  # type: ignore[union-attr]


def test_nothing_overdue_says_so(database: Database) -> None:
    with database.unit_of_work() as uow:
        pages = pdf_pages(render_pdf(overdues_by_homeroom_document(uow, _today())))
    assert len(pages) == 1 and "Nothing is overdue" in pages[0]
