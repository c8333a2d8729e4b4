"""The Inventory section: scanning shelves, the weeding workbench and the year-end wizard."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lms_desktop.bootstrap import AppContext
from lms_desktop.circulation.loans import checkout_item
from lms_desktop.circulation.models import Patron
from lms_desktop.inventory.models import YearEndRollover
from lms_desktop.inventory.weeding import WeedingRule
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.inventory.section import InventorySection
from lms_desktop.ui.inventory.weeding_tab import CandidateModel
from tests.inventory.helpers import add_copy, add_student, status_of

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def library(app_context: AppContext) -> dict[str, int]:
    db = app_context.database
    return {
        "A1": add_copy(db, "A1", "500.1 ABE", title="Atoms"),
        "A2": add_copy(db, "A2", "510.2 BAR", title="Bar Graphs"),
        "A3": add_copy(db, "A3", "520.3 CAT", title="Comets"),
        "H1": add_copy(db, "H1", "973.1 HIS", title="History", year=1990),
        "F1": add_copy(db, "F1", "FIC ADA", title="Fiction", location="Annex"),
    }


@pytest.fixture
def section(qtbot: QtBot, ctx: UiContext, library: dict[str, int]) -> InventorySection:
    widget = InventorySection(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def _scan(qtbot: QtBot, section: InventorySection, barcode: str) -> object:
    with qtbot.waitSignal(section.shelf.scan_handled, timeout=5000) as handled:
        qtbot.keyClicks(section.shelf.scan_edit, barcode)
        qtbot.keyClick(section.shelf.scan_edit, Qt.Key.Key_Return)
    return handled.args[0]


def test_the_aide_scans_a_science_shelf_and_the_librarian_reviews_what_is_missing(
    qtbot: QtBot, section: InventorySection, ctx: UiContext, library: dict[str, int]
) -> None:
    shelf = section.shelf
    qtbot.keyClicks(shelf.from_edit, "500")
    qtbot.keyClicks(shelf.to_edit, "599")
    qtbot.mouseClick(shelf.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shelf.scan_edit.isEnabled() and shelf.overall.maximum() == 3)
    qtbot.keyClicks(shelf.shelf_edit, "Shelf 5")
    first = _scan(qtbot, section, "A2")
    second = _scan(qtbot, section, "A1")  # 500.1 after 510.2: one of the two is out of order
    assert second.earlier_out_of_order == ("510.2 BAR (A2)",)
    assert "510.2 BAR (A2)" in shelf.last_scan.text()
    stray = _scan(qtbot, section, "F1")  # fiction on the science shelf
    assert stray.misshelved
    qtbot.waitUntil(lambda: shelf.order_table.rowCount() == 1, timeout=5000)
    assert shelf.order_table.item(0, 2).text() == "A2"
    assert shelf.overall.value() == 2
    assert shelf.progress_table.item(0, 0).text() == "500s"
    assert shelf.progress_table.item(0, 1).text() == "2"
    assert shelf.misshelved_table.rowCount() == 1
    assert "Fiction" in shelf.last_scan.text()
    del first
    shelf.close_current()
    qtbot.waitUntil(lambda: shelf.review_table.rowCount() == 1, timeout=5000)
    assert shelf.review_table.item(0, 2).text() == "A3"
    assert status_of(ctx.app.database, library["A3"]) == "missing"
    assert status_of(ctx.app.database, library["H1"]) == "available"  # outside the scope
    shelf.review_table.selectRow(0)
    qtbot.mouseClick(shelf.lost_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shelf.review_table.item(0, 4).text() == "lost", timeout=5000)
    assert status_of(ctx.app.database, library["A3"]) == "lost"
    shelf.review_table.selectRow(0)
    qtbot.mouseClick(shelf.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shelf.review_table.item(0, 4).text() == "restored", timeout=5000)
    assert status_of(ctx.app.database, library["A3"]) == "available"


def test_a_scanner_file_is_replayed_and_the_report_saved(
    qtbot: QtBot, section: InventorySection, tmp_path: Path
) -> None:
    shelf = section.shelf
    shelf.start_new()
    qtbot.waitUntil(lambda: shelf.scan_edit.isEnabled(), timeout=5000)
    memory = tmp_path / "scanner.txt"
    memory.write_text("# shelf: 1\nA1\nA3\nA2\nXX\n", encoding="utf-8")
    shelf.replay_file(memory)
    qtbot.waitUntil(lambda: "4 scans replayed" in shelf.status.text(), timeout=5000)
    qtbot.waitUntil(lambda: shelf.order_table.rowCount() == 1, timeout=5000)
    # 500.1 520.3 510.2: the longest run in order is A1 A2, so A3 is the book out of place
    assert shelf.order_table.item(0, 2).text() == "A3"
    pdf = tmp_path / "inventory.pdf"
    shelf.write_report(pdf)
    qtbot.waitUntil(lambda: "Report saved" in shelf.status.text(), timeout=10000)
    assert pdf.read_bytes()[:4] == b"%PDF"


def test_the_candidate_model_is_lazy_and_sound(qtmodeltester, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    fetched: list[int] = []

    def fetch(ids):  # type: ignore[no-untyped-def]
        fetched.extend(ids)
        from lms_desktop.inventory.weeding import candidate_rows

        with ctx.unit_of_work() as uow:
            return candidate_rows(uow, ids)

    for n in range(250):
        add_copy(ctx.app.database, f"L{n:03d}", f"500.{n:03d} LAZ", year=1999)
    with ctx.unit_of_work() as uow:
        from lms_desktop.inventory.weeding import WeedingRule, candidate_ids

        ids = candidate_ids(uow, (WeedingRule(older_than_years=10),), today=date(2026, 6, 1))
    model = CandidateModel(fetch)
    model.set_ids(ids)
    assert model.rowCount() == 250 and fetched == []
    assert model.index(0, 0).data() == "500.000 LAZ"
    assert len(fetched) == 100  # one page, not the whole list
    qtmodeltester.check(model)


def test_the_librarian_weeds_old_copies_with_a_reason(
    qtbot: QtBot, section: InventorySection, ctx: UiContext, library: dict[str, int]
) -> None:
    weeding = section.weeding
    section.tabs.setCurrentWidget(weeding)
    weeding.rules_table.setRowCount(0)
    qtbot.mouseClick(weeding.add_rule_button, Qt.MouseButton.LeftButton)
    weeding.rules_table.item(0, 0).setText("900")
    weeding.rules_table.item(0, 1).setText("999")
    weeding.rules_table.item(0, 2).setText("20")
    with qtbot.waitSignal(weeding.candidates_found, timeout=5000) as found:
        qtbot.mouseClick(weeding.find_button, Qt.MouseButton.LeftButton)
    assert found.args == [1]
    assert weeding.model.index(0, 1).data() == "History"
    weeding.table.selectionModel().select(
        weeding.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    with qtbot.waitSignal(weeding.withdrawn, timeout=5000) as done:
        weeding.withdraw(weeding.selected_ids(), "outdated")
    assert done.args[0].withdrawn == 1
    assert status_of(ctx.app.database, library["H1"]) == "withdrawn"
    qtbot.waitUntil(lambda: weeding.model.rowCount() == 0, timeout=5000)


def test_a_weeding_rule_can_be_kept_to_one_location_and_item_type(
    qtbot: QtBot, section: InventorySection
) -> None:
    weeding = section.weeding
    weeding.set_rules([WeedingRule(older_than_years=20, location="Annex", item_type="book")])
    assert weeding.rules() == (
        WeedingRule(older_than_years=20, location="Annex", item_type="book"),
    )
    with qtbot.waitSignal(weeding.candidates_found, timeout=5000) as found:
        weeding.find_candidates()
    assert found.args == [0]  # the 1990 history book is in Main
    weeding.rules_table.item(0, 6).setText("Main")
    with qtbot.waitSignal(weeding.candidates_found, timeout=5000) as found:
        weeding.find_candidates()
    assert found.args == [1]
    weeding.rules_table.item(0, 7).setText("dvd")
    with qtbot.waitSignal(weeding.candidates_found, timeout=5000) as found:
        weeding.find_candidates()
    assert found.args == [0]


def test_a_rule_with_words_for_years_is_explained(qtbot: QtBot, section: InventorySection) -> None:
    weeding = section.weeding
    weeding.rules_table.item(0, 2).setText("ten")
    weeding.find_candidates()
    assert "not a whole number" in weeding.status.text()


def test_the_year_end_wizard_previews_graduates_owing_first_applies_and_undoes(
    qtbot: QtBot, section: InventorySection, ctx: UiContext, tmp_path: Path
) -> None:
    db = ctx.app.database
    add_student(db, "S-AVA", "5", homeroom="5A")
    ben = add_student(db, "S-BEN", "5", homeroom="5A")
    add_student(db, "S-CAI", "4", homeroom="4B")
    with db.unit_of_work() as uow:
        checkout_item(uow, ben, "A1")
    year = section.year_end
    section.tabs.setCurrentWidget(year)
    with qtbot.waitSignal(year.previewed, timeout=5000):
        qtbot.mouseClick(year.preview_button, Qt.MouseButton.LeftButton)
    first = year.preview_tree.topLevelItem(0)
    assert "with loans or fees: 1" in first.text(0)
    assert first.child(0).text(0) == "FirstS-BEN LastS-BEN"
    assert year.apply_button.isEnabled()
    with qtbot.waitSignal(year.applied, timeout=20000) as applied:
        year.apply()
    assert Path(applied.args[0].backup_path).is_file()

    def statuses() -> dict[str, tuple[str, str]]:
        with db.unit_of_work() as uow:
            return {p.barcode: (p.grade, p.status) for p in uow.session.scalars(select(Patron))}

    assert statuses()["S-BEN"] == ("5", "graduated")
    assert statuses()["S-CAI"] == ("5", "active")
    with qtbot.waitSignal(year.undone, timeout=20000):
        year.undo()
    assert statuses()["S-BEN"] == ("5", "active")
    assert statuses()["S-CAI"] == ("4", "active")


def test_changing_a_choice_after_the_dry_run_asks_for_a_new_one_before_apply(
    qtbot: QtBot, section: InventorySection, ctx: UiContext
) -> None:
    db = ctx.app.database
    add_student(db, "S-AVA", "5", homeroom="5A")
    add_student(db, "S-CAI", "4", homeroom="4B")
    year = section.year_end
    section.tabs.setCurrentWidget(year)
    changes = (
        lambda: year.fee_combo.setCurrentIndex(2),  # clear every open fee
        lambda: year.top_grade_edit.setText("4"),
        lambda: year.first_edit.setDate(year.first_edit.date().addDays(7)),
        lambda: year.last_edit.setDate(year.last_edit.date().addDays(-7)),
        lambda: year.name_edit.setText("Next year"),
        lambda: year.closed_combo.setCurrentIndex(1),
    )
    for change in changes:
        with qtbot.waitSignal(year.previewed, timeout=5000):
            qtbot.mouseClick(year.preview_button, Qt.MouseButton.LeftButton)
        assert year.apply_button.isEnabled()
        change()
        assert not year.apply_button.isEnabled()
        assert year.preview_tree.topLevelItemCount() == 0
        assert "Preview the rollover again" in year.status.text()
    # nothing was applied with choices nobody previewed
    year.apply()
    assert "Preview the rollover first" in year.status.text()
    with db.unit_of_work() as uow:
        grades = dict(uow.session.execute(select(Patron.barcode, Patron.grade)).tuples().all())
    assert grades == {"S-AVA": "5", "S-CAI": "4"}


def test_undo_names_the_rollover_and_an_old_one_needs_an_explicit_choice(
    qtbot: QtBot,
    section: InventorySection,
    ctx: UiContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = ctx.app.database
    add_student(db, "S-AVA", "5", homeroom="5A")
    add_student(db, "S-CAI", "4", homeroom="4B")
    year = section.year_end
    with qtbot.waitSignal(year.previewed, timeout=5000):
        year.run_preview()
    with qtbot.waitSignal(year.applied, timeout=20000):
        year.apply()
    asked: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    # a year later: the rollover in the database is last year's
    with db.unit_of_work() as uow:
        for row in uow.session.scalars(select(YearEndRollover)):
            row.at = row.at - timedelta(days=200)
        uow.commit()
    year.confirm_undo()
    qtbot.waitUntil(lambda: "Nothing was undone" in year.status.text(), timeout=5000)
    assert "200 days ago" in asked[-1] and f"→ {year.name_edit.text()}" in asked[-1]
    assert _grade(db, "S-CAI") == "5"  # the old backup was not put back
    with db.unit_of_work() as uow:
        for row in uow.session.scalars(select(YearEndRollover)):
            row.at = row.at + timedelta(days=200)
        uow.commit()
    with qtbot.waitSignal(year.undone, timeout=20000):
        year.confirm_undo()
    assert "applied on" in asked[-1] and f"→ {year.name_edit.text()}" in asked[-1]
    assert _grade(db, "S-CAI") == "4"


def _grade(db: object, barcode: str) -> str:
    with db.unit_of_work() as uow:  # type: ignore[attr-defined]
        return str(uow.session.scalar(select(Patron.grade).where(Patron.barcode == barcode)))


def test_the_librarian_sees_last_years_archived_statistics_under_past_years(
    qtbot: QtBot, section: InventorySection, ctx: UiContext
) -> None:
    db = ctx.app.database
    add_student(db, "S-AVA", "5", homeroom="5A")
    cai = add_student(db, "S-CAI", "4", homeroom="4B")
    with db.unit_of_work() as uow:
        checkout_item(uow, cai, "A1")
    year = section.year_end
    with qtbot.waitSignal(year.previewed, timeout=5000) as previewed:
        year.run_preview()
    closed = previewed.args[0].closed_year
    by_type = year.preview_tree.findItems("book", Qt.MatchFlag.MatchRecursive)
    assert by_type and by_type[0].text(2) == "1"  # the dry run shows the breakdowns too
    with qtbot.waitSignal(year.past_years_shown, timeout=20000) as shown:
        year.apply()
    assert shown.args == [1]
    row = year.past_tree.topLevelItem(0)
    assert (row.text(0), row.text(2), row.text(3)) == (closed, "1", "1")
    groups = {row.child(i).text(0): row.child(i) for i in range(row.childCount())}
    by_grade = groups["Checkouts by grade"]
    assert (by_grade.child(0).text(0), by_grade.child(0).text(2)) == ("Grade 4", "1")
    assert groups["Checkouts by item type"].child(0).text(0) == "book"
