"""The week view draws bookings on the bell schedule; dragging asks to move or resize."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from lms_desktop.makerspace.bookings import BookingInfo
from lms_desktop.ui.makerspace.week_view import WeekView
from tests.makerspace.calendar_fixtures import riverside_calendar

CAL = riverside_calendar()
MONDAY = date(2026, 11, 23)  # Thanksgiving week: Thursday and Friday closed


def booking(
    booking_id: int, day: date, start: time, end: time, status: str = "approved", resource: int = 1
) -> BookingInfo:
    return BookingInfo(
        id=booking_id,
        resource_id=resource,
        resource_name=f"Resource {resource}",
        patron_id=None,
        patron_name="",
        class_name=f"Class {booking_id}",
        purpose="",
        starts_at=datetime.combine(day, start, CAL.zone),
        ends_at=datetime.combine(day, end, CAL.zone),
        seats=1,
        status=status,
        series_id=None,
        created_by="",
        checked_in_at=None,
    )


def make_view(qtbot: QtBot, bookings: list[BookingInfo]) -> WeekView:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.set_week(CAL, MONDAY, bookings)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_school_days_of_the_week_are_columns_and_bookings_sit_in_their_period(
    qtbot: QtBot,
) -> None:
    period_3 = booking(1, MONDAY, time(9, 50), time(10, 40))
    period_4 = booking(2, MONDAY, time(10, 45), time(11, 35))
    view = make_view(qtbot, [period_3, period_4])
    assert view.days == [MONDAY + timedelta(days=i) for i in range(5)]
    first, second = view.rect_for_booking(1), view.rect_for_booking(2)
    assert first.isValid() and second.isValid()
    assert first.bottom() < second.top()  # period 3 above period 4, the passing time between
    assert abs(first.top() - view.point_for(MONDAY, time(9, 50)).y()) < 1
    assert view.accessibleName() == "Week schedule"


def test_overlapping_bookings_share_the_column_side_by_side(qtbot: QtBot) -> None:
    a = booking(1, MONDAY, time(9, 0), time(10, 40), resource=1)
    b = booking(2, MONDAY, time(9, 50), time(10, 40), resource=2)
    view = make_view(qtbot, [a, b])
    ra, rb = view.rect_for_booking(1), view.rect_for_booking(2)
    assert ra.right() <= rb.left()
    assert abs(ra.width() - rb.width()) < 1


def test_dragging_a_booking_down_one_period_asks_to_move_it(qtbot: QtBot) -> None:
    view = make_view(qtbot, [booking(7, MONDAY, time(9, 50), time(10, 40))])
    rect = view.rect_for_booking(7)
    press = rect.center().toPoint()
    target_y = view.point_for(MONDAY, time(10, 45)).y() - view.point_for(MONDAY, time(9, 50)).y()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(view, press + QPoint(0, int(target_y / 2)))
    qtbot.mouseMove(view, press + QPoint(0, round(target_y)))
    with qtbot.waitSignal(view.booking_move_requested) as moved:
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=press + QPoint(0, round(target_y)))
    booking_id, starts, ends = moved.args
    assert booking_id == 7
    assert starts.astimezone(CAL.zone).time() == time(10, 45)
    assert ends - starts == timedelta(minutes=50)


def test_dragging_to_the_next_day_keeps_the_time(qtbot: QtBot) -> None:
    view = make_view(qtbot, [booking(3, MONDAY, time(13, 10), time(14, 0))])
    press = view.rect_for_booking(3).center().toPoint()
    tuesday = view.point_for(MONDAY + timedelta(days=1), time(13, 35)).toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(view, QPoint(tuesday.x(), press.y()))
    with qtbot.waitSignal(view.booking_move_requested) as moved:
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(tuesday.x(), press.y()))
    _, starts, _ = moved.args
    assert starts == datetime(2026, 11, 24, 13, 10, tzinfo=CAL.zone)
    assert starts.astimezone(UTC).hour == 18  # EST after the clocks went back


def test_dragging_the_bottom_edge_makes_it_longer(qtbot: QtBot) -> None:
    view = make_view(qtbot, [booking(4, MONDAY, time(9, 50), time(10, 40))])
    rect = view.rect_for_booking(4)
    grip = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    extra = view.point_for(MONDAY, time(11, 35)).y() - view.point_for(MONDAY, time(10, 40)).y()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=grip)
    qtbot.mouseMove(view, grip + QPoint(0, round(extra)))
    with qtbot.waitSignal(view.booking_move_requested) as resized:
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=grip + QPoint(0, round(extra)))
    _, starts, ends = resized.args
    assert starts.astimezone(CAL.zone).time() == time(9, 50)
    assert ends.astimezone(CAL.zone).time() == time(11, 35)


def test_a_checked_in_booking_cannot_be_dragged(qtbot: QtBot) -> None:
    view = make_view(qtbot, [booking(5, MONDAY, time(9, 50), time(10, 40), status="checked_in")])
    press = view.rect_for_booking(5).center().toPoint()
    with qtbot.assertNotEmitted(view.booking_move_requested):
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=press)
        qtbot.mouseMove(view, press + QPoint(0, 80))
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=press + QPoint(0, 80))


def test_double_clicking_an_empty_period_offers_that_period(qtbot: QtBot) -> None:
    view = make_view(qtbot, [])
    spot = view.point_for(MONDAY + timedelta(days=1), time(10, 0)).toPoint()
    with qtbot.waitSignal(view.slot_requested) as requested:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=spot)
    starts, period = requested.args
    assert period == "3"
    assert starts == datetime(2026, 11, 24, 9, 50, tzinfo=CAL.zone)
    # Thanksgiving: nothing to book
    closed = view.point_for(date(2026, 11, 26), time(10, 0)).toPoint()
    with qtbot.assertNotEmitted(view.slot_requested):
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=closed)


def test_bookings_outside_the_week_are_not_drawn(qtbot: QtBot) -> None:
    view = make_view(qtbot, [booking(9, MONDAY + timedelta(days=7), time(9, 50), time(10, 40))])
    assert view.booking_ids() == []
    assert not view.rect_for_booking(9).isValid()


def test_the_keyboard_chooses_opens_and_moves_a_booking(qtbot: QtBot) -> None:
    first = booking(1, MONDAY, time(9, 50), time(10, 40))
    second = booking(2, MONDAY + timedelta(days=1), time(8, 0), time(8, 50))
    view = make_view(qtbot, [first, second])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_id == 1
    assert "Class 1" in view.accessibleDescription()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_id == 2
    with qtbot.waitSignal(view.booking_activated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [2]
    with qtbot.waitSignal(view.booking_move_requested) as moved:
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    _, starts, ends = moved.args
    assert (starts.time(), ends.time()) == (time(8, 5), time(8, 55))
    with qtbot.waitSignal(view.booking_move_requested) as longer:
        qtbot.keyClick(
            view,
            Qt.Key.Key_Down,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert longer.args[2].time() == time(8, 55) and longer.args[1].time() == time(8, 0)
    with qtbot.waitSignal(view.booking_move_requested) as next_day:
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert next_day.args[1].date() == MONDAY + timedelta(days=2)


def test_numbered_periods_read_p3_and_named_ones_keep_their_name() -> None:
    from lms_desktop.makerspace.schedule import PeriodSlot

    def period_label(name: str, numbered: str = "P{name}") -> str:
        return PeriodSlot(name, 1, time(8), time(9)).label(numbered)

    assert period_label("3") == "P3"
    assert period_label("Lunch") == "Lunch"  # was drawn as "PLunch"
    assert period_label("Advisory", "P{name}") == "Advisory"
    assert PeriodSlot("Lunch", 5, time(11, 35), time(12, 10)).label() == "Lunch"  # door sheet
    assert PeriodSlot("3", 3, time(9, 50), time(10, 40)).label() == "Period 3"
