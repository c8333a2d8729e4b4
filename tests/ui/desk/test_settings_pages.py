"""Settings the desk depends on: the scanner test page, the loan-rule matrix, the calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lms_desktop.circulation.results import ScanOutcome
from lms_desktop.circulation.rules_admin import (
    LoanRuleCell,
    loan_rule_matrix,
    save_loan_rule,
    school_calendar,
)
from lms_desktop.circulation.scan_router import DeskState, route_scan
from lms_desktop.errors import ValidationError
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.desk.desk_screen import DeskSection
from lms_desktop.ui.settings.calendar_page import CalendarPage
from lms_desktop.ui.settings.loan_rules_page import LoanRulesPage
from lms_desktop.ui.settings.scanner_page import ScannerPage, ScanTest
from tests.ui.desk.conftest import DeskSchool, scan_and_wait


def send_keys(target, keys: list[tuple[int, str]], gap_ms: int, start: int = 1_000_000) -> None:
    stamp = start
    for key, text in keys:
        stamp += gap_ms
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            event.setTimestamp(stamp)
            QApplication.sendEvent(target, event)


def as_keys(text: str) -> list[tuple[int, str]]:
    return [(ord(ch.upper()) if ch.isalnum() else int(Qt.Key.Key_unknown), ch) for ch in text]


ENTER = (int(Qt.Key.Key_Return), "\r")


@pytest.fixture
def scanner_page(qtbot: QtBot, ui_context: UiContext) -> ScannerPage:
    page = ScannerPage(ui_context)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_scanner_test_shows_every_key_and_its_pause(
    qtbot: QtBot, scanner_page: ScannerPage
) -> None:
    with qtbot.waitSignal(scanner_page.capture.captured) as captured:
        send_keys(scanner_page.capture, [*as_keys("\x1d31234000000012"), ENTER], gap_ms=4)
    test: ScanTest = captured.args[0]
    assert test.is_scan
    assert test.cleaned == "31234000000012"
    assert test.terminator == "Enter"
    rows = scanner_page.key_rows.rows()
    assert len(rows) == 16
    assert rows[0].label == "<GS>" and rows[-1].label == "<Enter>"
    assert all(r.gap_ms == 4 for r in rows[1:])
    assert "That was a scan" in scanner_page.verdict.text()


def test_a_person_typing_in_the_test_box_is_told_it_was_no_scan(
    qtbot: QtBot, scanner_page: ScannerPage
) -> None:
    with qtbot.waitSignal(scanner_page.capture.captured) as captured:
        send_keys(scanner_page.capture, [*as_keys("1234"), ENTER], gap_ms=180)
    assert not captured.args[0].is_scan
    assert "did not look like a scan" in scanner_page.verdict.text()
    assert "180" in scanner_page.verdict.text()


def test_a_saved_prefix_and_suffix_are_stripped_at_the_desk(
    qtbot: QtBot, scanner_page: ScannerPage, ui_context: UiContext, school: DeskSchool
) -> None:
    desk = DeskSection(ui_context)
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitUntil(lambda: ui_context.tasks.pending() == 0)
    scanner_page.prefix.setText("]C1")
    scanner_page.suffix.setText("#")
    assert scanner_page.save()
    assert desk.config.prefix == "]C1"

    answer = scan_and_wait(qtbot, desk, f"]C1{school.maya_card}#")

    assert answer.outcome == ScanOutcome.PATRON_SELECTED
    assert desk.card.name.text() == "Maya Lopez"


def test_impossible_scanner_settings_are_refused_with_advice(scanner_page: ScannerPage) -> None:
    scanner_page.enter_ends.setChecked(False)
    scanner_page.tab_ends.setChecked(False)
    assert not scanner_page.save()
    assert "suffix" in scanner_page.message.text()


def test_the_loan_rule_matrix_edits_one_cell(
    qtbot: QtBot, qtmodeltester, ui_context: UiContext, school: DeskSchool
) -> None:
    page = LoanRulesPage(ui_context)
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.model)
    page.select("student", "book")
    assert page.days.value() == 14
    page.days.setValue(21)
    page.max_items.setValue(5)
    assert page.save(), page.message.text()

    with ui_context.unit_of_work() as uow:
        cell = loan_rule_matrix(uow).cell("student", "book")
    assert cell is not None and (cell.loan_days, cell.max_items) == (21, 5)
    assert "21 days" in page.model.data(page.table.currentIndex())
    # the very next loan uses it
    monday = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
    with ui_context.unit_of_work() as uow:
        lent = route_scan(uow, school.hatchet, DeskState(patron_id=school.maya), now=monday)
    assert lent.loan is not None
    assert lent.loan.due_at.astimezone().date() >= date(2026, 3, 23)


def test_a_device_rule_can_be_due_at_a_time_of_day(
    qtbot: QtBot, ui_context: UiContext, school: DeskSchool
) -> None:
    page = LoanRulesPage(ui_context)
    qtbot.addWidget(page)
    page.select("student", "chromebook")
    assert page.period_kind.currentData() == "time"
    page.due_time.setTime(page.due_time.time().fromString("14:30", "HH:mm"))
    assert page.save(), page.message.text()
    with ui_context.unit_of_work() as uow:
        cell = loan_rule_matrix(uow).cell("student", "chromebook")
    assert cell is not None and cell.due_time == time(14, 30) and cell.loan_days is None


def test_an_overnight_loan_is_due_back_at_a_time_the_next_school_morning(
    qtbot: QtBot, ui_context: UiContext, school: DeskSchool
) -> None:
    """Hotspots and overnight Chromebooks: 1 school day, due at 08:30; on a Friday that
    is Monday morning."""
    page = LoanRulesPage(ui_context)
    qtbot.addWidget(page)
    page.select("student", "chromebook")
    page.period_kind.setCurrentIndex(page.period_kind.findData("days_time"))
    assert page.days.isVisibleTo(page) and page.due_time.isVisibleTo(page)
    page.days.setValue(1)
    page.due_time.setTime(page.due_time.time().fromString("08:30", "HH:mm"))
    assert page.save(), page.message.text()
    with ui_context.unit_of_work() as uow:
        cell = loan_rule_matrix(uow).cell("student", "chromebook")
    assert cell is not None and (cell.loan_days, cell.due_time) == (1, time(8, 30))
    page.select("student", "book")
    page.select("student", "chromebook")
    assert page.period_kind.currentData() == "days_time"  # shown again as it was saved


def test_a_rule_with_two_loan_periods_is_refused(ui_context: UiContext) -> None:
    with ui_context.unit_of_work() as uow:
        cell = loan_rule_matrix(uow).cell("student", "book")
        assert cell is not None
        from dataclasses import replace

        for muddled in (
            replace(cell, loan_periods=2),  # days and class periods
            replace(cell, loan_days=None, due_time=time(15, 0), loan_periods=2),
            replace(cell, loan_days=None, due_time=None, loan_periods=None),  # none at all
        ):
            with pytest.raises(ValidationError, match="Choose one loan period"):
                save_loan_rule(uow, muddled)
        with pytest.raises(ValidationError):
            save_loan_rule(uow, LoanRuleCell(**{**cell.__dict__, "max_items": -1}))


def test_winter_break_pushes_due_dates_past_it(
    qtbot: QtBot, ui_context: UiContext, school: DeskSchool
) -> None:
    page = CalendarPage(ui_context)
    qtbot.addWidget(page)
    page.break_from.setDate(QDate(2026, 12, 21))
    page.break_to.setDate(QDate(2027, 1, 1))
    page.break_reason.setText("Winter break")
    assert page.add_break() == 12
    assert page.closed.rowCount() == 12
    page.year_name.setText("2026-27")
    page.first_day.setDate(QDate(2026, 8, 25))
    page.last_day.setDate(QDate(2027, 6, 15))
    assert page.save_year(), page.message.text()

    # 14 days after Monday 14 December is the 28th, in the break: due Monday 4 January
    with ui_context.unit_of_work() as uow:
        lent = route_scan(
            uow,
            school.hatchet,
            DeskState(patron_id=school.leo),
            now=datetime(2026, 12, 14, 15, 0, tzinfo=UTC),
        )
    assert lent.loan is not None, lent.message
    assert lent.loan.due_at.astimezone(lent.loan.due_at.tzinfo).date() >= date(2027, 1, 4)

    page.closed_view.selectAll()
    assert page.remove_selected() == 12
    with ui_context.unit_of_work() as uow:
        assert school_calendar(uow).closed_days == ()
