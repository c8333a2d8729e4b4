"""September: the new roster arrives from the student information system."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from lms_desktop.circulation.models import Patron
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.patrons.patrons_screen import PatronsSection
from lms_desktop.ui.patrons.roster_wizard import RosterWizard
from tests.ui.desk.conftest import DeskSchool

# Maya moves up to grade 5 and Room 15; Sam is new; Leo has left the school.
ROSTER = (
    "Student Number;Given Name;Family Name;Grade Level;Homeroom;Homeroom Teacher\r\n"
    "S1001;Maya;Lopez;5;Room 15;Mr. Baker\r\n"
    "S3001;Sam;Osei;4;Room 12;Ms. Rivera\r\n"
)


def patron_row(ctx: UiContext, sis_id: str) -> tuple[str, str, str] | None:
    with ctx.unit_of_work() as uow:
        row = uow.session.execute(
            select(Patron.grade, Patron.homeroom, Patron.status).where(Patron.sis_id == sis_id)
        ).first()
        return None if row is None else tuple(row)


def run_to_preview(qtbot: QtBot, wizard: RosterWizard, path: Path) -> None:
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page, wizard.file_page.message.text()
    with qtbot.waitSignal(wizard.previewed, timeout=10_000):
        wizard.next()


def test_import_preview_apply_and_undo_the_whole_import(
    qtbot: QtBot, patrons: PatronsSection, ui_context: UiContext, school: DeskSchool, tmp_path: Path
) -> None:
    roster = tmp_path / "sis-export.csv"
    roster.write_bytes(ROSTER.encode("utf-8-sig"))
    wizard = patrons.open_roster_import()
    qtbot.addWidget(wizard)

    wizard.file_page.path.setText(str(roster))
    wizard.next()
    # the columns were guessed from the headers
    assert wizard.mapping_page.combos["sis_id"].currentData() == "Student Number"
    assert wizard.mapping_page.combos["homeroom"].currentData() == "Homeroom"
    with qtbot.waitSignal(wizard.previewed, timeout=10_000) as previewed:
        wizard.next()
    preview = previewed.args[0]
    assert [c.name for c in preview.new] == ["Sam Osei"]
    assert [c.sis_id for c in preview.moved] == ["S1001"]
    assert [c.sis_id for c in preview.missing] == ["S1002"]
    assert wizard.preview_page.models["moved"].rows()[0].describe().count("→") >= 2
    # nothing has changed yet
    assert patron_row(ui_context, "S1001") == ("4", "Room 12", "active")

    with qtbot.waitSignal(wizard.imported, timeout=10_000) as imported:
        wizard.next()
    assert imported.args[0].added == 1
    assert patron_row(ui_context, "S1001") == ("5", "Room 15", "active")
    assert patron_row(ui_context, "S3001") == ("4", "Room 12", "active")
    assert patron_row(ui_context, "S1002")[2] == "inactive"
    wizard.button(QWizard.WizardButton.FinishButton).click()

    with qtbot.waitSignal(patrons.roster_undone, timeout=10_000):
        patrons.undo_last_import(confirm=False)
    assert patron_row(ui_context, "S1001") == ("4", "Room 12", "active")
    assert patron_row(ui_context, "S1002") == ("5", "Room 14", "active")
    assert patron_row(ui_context, "S3001") is None


def test_the_column_choices_are_remembered_for_next_year(
    qtbot: QtBot, patrons: PatronsSection, tmp_path: Path
) -> None:
    # a SIS with headers no one could guess: the librarian maps them once
    odd = "ID#,FN,LN,GR,HR\nS1001,Maya,Lopez,5,Room 15\n"
    roster = tmp_path / "odd.csv"
    roster.write_text(odd, encoding="utf-8")
    first = patrons.open_roster_import()
    qtbot.addWidget(first)
    first.file_page.path.setText(str(roster))
    first.next()
    page = first.mapping_page
    for name, header in (
        ("sis_id", "ID#"),
        ("first_name", "FN"),
        ("last_name", "LN"),
        ("grade", "GR"),
        ("homeroom", "HR"),
    ):
        page.combos[name].setCurrentIndex(page.combos[name].findData(header))
    with qtbot.waitSignal(first.previewed, timeout=10_000):
        first.next()
    first.preview_page.deactivate.setChecked(False)
    with qtbot.waitSignal(first.imported, timeout=10_000):
        first.next()
    first.close()

    second = patrons.open_roster_import()
    qtbot.addWidget(second)
    second.file_page.path.setText(str(roster))
    second.next()
    assert "last time" in second.mapping_page.remembered.text()
    assert second.mapping_page.combos["homeroom"].currentData() == "HR"
    second.close()


def test_a_file_that_is_not_a_roster_changes_nothing(
    qtbot: QtBot, patrons: PatronsSection, ui_context: UiContext, tmp_path: Path
) -> None:
    with ui_context.unit_of_work() as uow:
        before = uow.session.scalar(select(func.count()).select_from(Patron))
    wizard = patrons.open_roster_import()
    qtbot.addWidget(wizard)
    for name, content in (
        ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
        ("empty.csv", b""),
        ("utf16.csv", "Student ID,First\nS1,Ana\n".encode("utf-16-le")[:-1]),
    ):
        bad = tmp_path / name
        bad.write_bytes(content)
        wizard.file_page.path.setText(str(bad))
        wizard.next()
        assert wizard.currentPage() is wizard.file_page
        assert wizard.file_page.message.text(), name
    with ui_context.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Patron)) == before
    wizard.close()


def test_a_cp1252_roster_from_an_old_sis_reads_its_accents(
    qtbot: QtBot, patrons: PatronsSection, tmp_path: Path
) -> None:
    roster = tmp_path / "windows.csv"
    roster.write_bytes("Student ID,First Name,Last Name\nS4001,José,Peña\n".encode("cp1252"))
    wizard = patrons.open_roster_import()
    qtbot.addWidget(wizard)
    run_to_preview(qtbot, wizard, roster)
    assert [c.name for c in wizard.preview.new] == ["José Peña"]
    summary = wizard.preview_page.summary.text()
    assert "read as Windows-1252" in summary and "accented names look right" in summary
    wizard.close()


def test_a_latin_2_roster_is_refused_on_the_first_page_and_changes_nothing(
    qtbot: QtBot, patrons: PatronsSection, ui_context: UiContext, tmp_path: Path
) -> None:
    with ui_context.unit_of_work() as uow:
        before = uow.session.scalar(select(func.count()).select_from(Patron))
    roster = tmp_path / "prague.csv"
    roster.write_bytes(
        "Student ID,First Name,Last Name\nS5001,Antonín,Dvořák\n".encode("iso-8859-2")
    )
    wizard = patrons.open_roster_import()
    qtbot.addWidget(wizard)
    wizard.file_page.path.setText(str(roster))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    shown = wizard.file_page.message.text()
    assert "prague.csv looks garbled (“Dvoøák”)" in shown and "CSV UTF-8" in shown
    with ui_context.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Patron)) == before
    wizard.close()
