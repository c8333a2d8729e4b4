"""The booking dialog: "B-day, period 3" for a student, conflicts with a way out, a series."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from lms_desktop.makerspace.bookings import (
    BookingInfo,
    BookingRequest,
    SeriesResult,
    bookings_between,
    create_booking,
)
from lms_desktop.makerspace.resources import list_resources
from lms_desktop.makerspace.schedule import SchoolCalendar, to_local
from lms_desktop.makerspace.slots import slot_by_period
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.makerspace.booking_dialog import BookingDialog
from tests.makerspace.school_setup import Riverside

B_DAY = date(2026, 9, 9)


def open_dialog(
    qtbot: QtBot, ctx: UiContext, cal: SchoolCalendar, resource_id: int
) -> BookingDialog:
    with ctx.unit_of_work() as uow:
        resources = list_resources(uow)
    dialog = BookingDialog(ctx, cal, resources, resource_id=resource_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose_student(qtbot: QtBot, dialog: BookingDialog, name: str) -> None:
    qtbot.keyClicks(dialog.patron_search, name)
    qtbot.waitUntil(lambda: dialog.patron_box.count() > 0)


def test_an_aide_books_b_day_period_3_for_a_student(
    qtbot: QtBot, ui_ctx: UiContext, cal: SchoolCalendar, school: Riverside
) -> None:
    dialog = open_dialog(qtbot, ui_ctx, cal, school.printer)
    choose_student(qtbot, dialog, "Jordan")
    dialog.day_edit.setDate(QDate(2026, 9, 9))
    assert dialog.day_type_label.text() == "B-day"
    dialog.set_period("3")
    qtbot.keyClicks(dialog.purpose, "Phone stand")
    with qtbot.waitSignal(dialog.booked, timeout=10000) as booked:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    info = booked.args[0]
    assert isinstance(info, BookingInfo)
    assert (info.patron_name, info.purpose, info.status) == (
        "Jordan Lee",
        "Phone stand",
        "approved",
    )
    assert to_local(cal, info.starts_at).strftime("%H:%M") == "09:50"


def test_a_taken_slot_is_explained_and_the_next_free_period_is_one_click_away(
    qtbot: QtBot, ui_ctx: UiContext, cal: SchoolCalendar, school: Riverside
) -> None:
    with ui_ctx.unit_of_work() as uow:
        create_booking(
            uow,
            BookingRequest(
                school.printer, *slot_by_period(cal, B_DAY, "3"), school.teacher, "7B Science"
            ),
        )
        uow.commit()
    dialog = open_dialog(qtbot, ui_ctx, cal, school.printer)
    choose_student(qtbot, dialog, "Jordan")
    dialog.day_edit.setDate(QDate(2026, 9, 9))
    dialog.set_period("3")
    with qtbot.waitSignal(dialog.refused, timeout=10000) as refused:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert "Maria Rivera (7B Science)" in refused.args[0]
    assert "period 4 (10:45-11:35)" in dialog.message.text()
    assert dialog.suggestion_button.isVisible() and dialog.waitlist_button.isVisible()
    with qtbot.waitSignal(dialog.booked, timeout=10000) as booked:
        qtbot.mouseClick(dialog.suggestion_button, Qt.MouseButton.LeftButton)
    assert to_local(cal, booked.args[0].starts_at).strftime("%H:%M") == "10:45"


def test_joining_the_waitlist_from_a_conflict(
    qtbot: QtBot, ui_ctx: UiContext, cal: SchoolCalendar, school: Riverside
) -> None:
    with ui_ctx.unit_of_work() as uow:
        create_booking(
            uow, BookingRequest(school.printer, *slot_by_period(cal, B_DAY, "3"), None, "Robotics")
        )
        uow.commit()
    dialog = open_dialog(qtbot, ui_ctx, cal, school.printer)
    choose_student(qtbot, dialog, "Jordan")
    dialog.day_edit.setDate(QDate(2026, 9, 9))
    dialog.set_period("3")
    with qtbot.waitSignal(dialog.refused, timeout=10000):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.booked, timeout=10000) as booked:
        qtbot.mouseClick(dialog.waitlist_button, Qt.MouseButton.LeftButton)
    assert booked.args[0].status == "waitlisted"


def test_an_untrained_student_is_told_why_the_laser_cutter_is_refused(
    qtbot: QtBot, ui_ctx: UiContext, cal: SchoolCalendar, school: Riverside
) -> None:
    dialog = open_dialog(qtbot, ui_ctx, cal, school.laser)
    choose_student(qtbot, dialog, "Ava")
    dialog.day_edit.setDate(QDate(2026, 9, 9))
    dialog.set_period("3")
    with qtbot.waitSignal(dialog.refused, timeout=10000) as refused:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert "Ava Chen has not been trained in Laser cutter safety" in refused.args[0]
    assert not dialog.suggestion_button.isVisible()


def test_a_teacher_books_every_a_day_period_3_until_december_for_a_class(
    qtbot: QtBot, ui_ctx: UiContext, cal: SchoolCalendar, school: Riverside
) -> None:
    dialog = open_dialog(qtbot, ui_ctx, cal, school.printer)
    dialog.for_class.setChecked(True)
    qtbot.keyClicks(dialog.class_name, "7B Science")
    dialog.patron_box.clear()
    dialog.day_edit.setDate(QDate(2026, 9, 8))
    dialog.set_period("3")
    dialog.repeat_group.setChecked(True)
    dialog.repeat_every.setCurrentIndex(dialog.repeat_every.findData("type:A"))
    dialog.repeat_until.setDate(QDate(2026, 12, 18))
    with qtbot.waitSignal(dialog.booked, timeout=10000) as booked:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    result = booked.args[0]
    assert isinstance(result, SeriesResult)
    assert result.rule_text.startswith("every A-days, period 3")
    with ui_ctx.unit_of_work() as uow:
        stored = bookings_between(
            uow, datetime(2026, 9, 1, tzinfo=cal.zone), datetime(2026, 12, 31, tzinfo=cal.zone)
        )
    assert len(stored) == len(result.created) > 30
    assert {b.class_name for b in stored} == {"7B Science"}


def test_a_student_must_be_chosen_before_booking(
    qtbot: QtBot, ui_ctx: UiContext, cal: SchoolCalendar, school: Riverside
) -> None:
    dialog = open_dialog(qtbot, ui_ctx, cal, school.printer)
    dialog.day_edit.setDate(QDate(2026, 9, 9))
    with qtbot.waitSignal(dialog.refused) as refused:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert "Find the student first" in refused.args[0]


def test_a_clashing_series_is_one_click_from_a_period_free_on_every_date(
    qtbot: QtBot, ui_ctx: UiContext, cal: SchoolCalendar, school: Riverside
) -> None:
    with ui_ctx.unit_of_work() as uow:
        create_booking(
            uow,
            BookingRequest(
                school.printer, *slot_by_period(cal, date(2026, 9, 10), "3"), school.student
            ),
        )
        uow.commit()
    dialog = open_dialog(qtbot, ui_ctx, cal, school.printer)
    dialog.for_class.setChecked(True)
    qtbot.keyClicks(dialog.class_name, "7B Science")
    dialog.patron_box.clear()
    dialog.day_edit.setDate(QDate(2026, 9, 8))
    dialog.set_period("3")
    dialog.repeat_group.setChecked(True)
    dialog.repeat_every.setCurrentIndex(dialog.repeat_every.findData("type:A"))
    dialog.repeat_until.setDate(QDate(2026, 9, 30))
    with qtbot.waitSignal(dialog.refused, timeout=10000) as refused:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert "taken by Jordan Lee" in refused.args[0]
    assert "Every date of the series is free in period 4 (10:45-11:35)." in refused.args[0]
    assert dialog.suggestion_button.isVisible() and dialog.free_only_button.isVisible()
    with qtbot.waitSignal(dialog.booked, timeout=10000) as booked:
        qtbot.mouseClick(dialog.suggestion_button, Qt.MouseButton.LeftButton)
    result = booked.args[0]
    assert isinstance(result, SeriesResult)
    assert result.rule_text == "every A-days, period 4, 08 Sep 2026 to 30 Sep 2026"
    assert len(result.created) == 9 and not result.skipped


def test_a_closed_day_is_refused_with_the_next_school_day_one_click_away(
    qtbot: QtBot, ui_ctx: UiContext, cal: SchoolCalendar, school: Riverside
) -> None:
    from datetime import time

    dialog = open_dialog(qtbot, ui_ctx, cal, school.printer)
    choose_student(qtbot, dialog, "Jordan")
    dialog.day_edit.setDate(QDate(2026, 11, 26))  # Thanksgiving
    dialog.set_clock(time(9, 0), time(10, 0))
    with qtbot.waitSignal(dialog.refused, timeout=10000) as refused:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert "The school is closed on Thursday 26 November 2026" in refused.args[0]
    assert "The next school day is Monday 30 November 2026" in refused.args[0]
    assert dialog.suggestion_button.isVisible()
    assert dialog.suggestion_button.text() == "Use the &next school day"
    with qtbot.waitSignal(dialog.booked, timeout=10000) as booked:
        qtbot.mouseClick(dialog.suggestion_button, Qt.MouseButton.LeftButton)
    starts = to_local(cal, booked.args[0].starts_at)
    assert (starts.date(), starts.strftime("%H:%M")) == (date(2026, 11, 30), "09:00")


def test_a_period_booking_on_a_closed_day_keeps_the_period_for_the_next_school_day(
    qtbot: QtBot, ui_ctx: UiContext, cal: SchoolCalendar, school: Riverside
) -> None:
    dialog = open_dialog(qtbot, ui_ctx, cal, school.printer)
    choose_student(qtbot, dialog, "Jordan")
    dialog.day_edit.setDate(QDate(2026, 11, 25))
    dialog.set_period("3")
    dialog.day_edit.setDate(QDate(2026, 11, 27))  # the day after Thanksgiving: no periods
    with qtbot.waitSignal(dialog.refused, timeout=10000) as refused:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert "The school is closed on Friday 27 November 2026" in refused.args[0]
    with qtbot.waitSignal(dialog.booked, timeout=10000) as booked:
        qtbot.mouseClick(dialog.suggestion_button, Qt.MouseButton.LeftButton)
    assert (booked.args[0].starts_at, booked.args[0].ends_at) == slot_by_period(
        cal, date(2026, 11, 30), "3"
    )
