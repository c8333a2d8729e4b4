"""The Makerspace section: the week, dragging with conflict checks, approvals, check-in,
certificates expiring soon, low stock and the door schedule."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from pytestqt.qtbot import QtBot

from lms_desktop.makerspace.bookings import BookingRequest, create_booking, get_booking
from lms_desktop.makerspace.certificates import record_certificate
from lms_desktop.makerspace.resources import log_consumable_use
from lms_desktop.makerspace.schedule import SchoolCalendar, to_local
from lms_desktop.makerspace.slots import slot_by_period
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.makerspace.models import (
    ID_ROLE,
    BookingTableModel,
    CertificateTableModel,
    ConsumableTableModel,
)
from lms_desktop.ui.makerspace.section import MakerspaceSection
from tests.makerspace.school_setup import Riverside

MONDAY = date(2026, 9, 7)
B_DAY = date(2026, 9, 9)


def book(ctx: UiContext, request: BookingRequest) -> int:
    with ctx.unit_of_work() as uow:
        info = create_booking(uow, request)
        uow.commit()
    return info.id


@pytest.fixture
def section(qtbot: QtBot, ui_ctx: UiContext) -> MakerspaceSection:
    widget = MakerspaceSection(ui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.refreshed, timeout=10000):
        widget.show_week(MONDAY)
    return widget


def refreshed(qtbot: QtBot, section: MakerspaceSection, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(section.refreshed, timeout=10000):
        action()


def test_the_week_shows_every_booking_and_filters_by_resource(
    qtbot: QtBot,
    ui_ctx: UiContext,
    cal: SchoolCalendar,
    school: Riverside,
    section: MakerspaceSection,
) -> None:
    printer = book(
        ui_ctx,
        BookingRequest(school.printer, *slot_by_period(cal, B_DAY, "3"), school.teacher, "7B"),
    )
    vr = book(ui_ctx, BookingRequest(school.vr, *slot_by_period(cal, B_DAY, "5"), None, "Art club"))
    refreshed(qtbot, section, lambda: ui_ctx.hub.data_changed.emit("makerspace"))
    assert sorted(section.week_view.booking_ids()) == sorted([printer, vr])
    assert "Week of Mon 07 Sep" in section.week_label.text()
    refreshed(
        qtbot,
        section,
        lambda: section.resource_box.setCurrentIndex(section.resource_box.findData(school.vr)),
    )
    assert section.week_view.booking_ids() == [vr]
    refreshed(
        qtbot, section, lambda: qtbot.mouseClick(section.next_button, Qt.MouseButton.LeftButton)
    )
    assert section.week_view.booking_ids() == []


def drag(qtbot: QtBot, section: MakerspaceSection, booking_id: int, day: date, to: time) -> None:
    view = section.week_view
    press = view.rect_for_booking(booking_id).topLeft().toPoint() + QPoint(8, 3)
    target = view.point_for(day, to).toPoint()
    drop = QPoint(
        target.x(), press.y() + (target.y() - int(view.rect_for_booking(booking_id).top()))
    )
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(view, drop)
    with qtbot.waitSignal(section.refreshed, timeout=10000):
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=drop)


def test_dragging_onto_a_taken_period_is_refused_with_the_reason_and_a_free_one_is_saved(
    qtbot: QtBot,
    ui_ctx: UiContext,
    cal: SchoolCalendar,
    school: Riverside,
    section: MakerspaceSection,
) -> None:
    book(
        ui_ctx,
        BookingRequest(
            school.printer, *slot_by_period(cal, B_DAY, "3"), school.teacher, "7B Science"
        ),
    )
    mine = book(
        ui_ctx, BookingRequest(school.printer, *slot_by_period(cal, B_DAY, "5"), school.student)
    )
    refreshed(qtbot, section, lambda: ui_ctx.hub.data_changed.emit("makerspace"))

    drag(qtbot, section, mine, B_DAY, time(9, 50))
    assert "Maria Rivera (7B Science)" in section.notice.text()
    with ui_ctx.unit_of_work() as uow:
        assert to_local(cal, get_booking(uow, mine).starts_at).time() == time(12, 15)

    drag(qtbot, section, mine, B_DAY + timedelta(days=1), time(12, 15))
    qtbot.waitUntil(lambda: section.notice.text() == "Booking moved.")
    with ui_ctx.unit_of_work() as uow:
        moved = to_local(cal, get_booking(uow, mine).starts_at)
    assert (moved.date(), moved.time()) == (B_DAY + timedelta(days=1), time(12, 15))


def test_the_librarian_approves_a_request_from_the_queue(
    qtbot: QtBot,
    ui_ctx: UiContext,
    cal: SchoolCalendar,
    school: Riverside,
    section: MakerspaceSection,
) -> None:
    request = book(
        ui_ctx, BookingRequest(school.laser, *slot_by_period(cal, B_DAY, "3"), school.student)
    )
    refreshed(qtbot, section, lambda: ui_ctx.hub.data_changed.emit("makerspace"))
    assert section.tabs.tabText(2) == "Approvals (1)"
    section.tabs.setCurrentIndex(2)
    section.queue_table.selectRow(0)
    refreshed(
        qtbot, section, lambda: qtbot.mouseClick(section.approve_button, Qt.MouseButton.LeftButton)
    )
    assert section.tabs.tabText(2) == "Approvals (0)"
    with ui_ctx.unit_of_work() as uow:
        assert get_booking(uow, request).status == "approved"


def test_checking_in_to_a_booking_that_has_ended_is_explained(
    qtbot: QtBot,
    ui_ctx: UiContext,
    cal: SchoolCalendar,
    school: Riverside,
    section: MakerspaceSection,
) -> None:
    booking = book(
        ui_ctx, BookingRequest(school.printer, *slot_by_period(cal, B_DAY, "3"), school.student)
    )
    refreshed(qtbot, section, lambda: section.day_edit.setDate(QDate(2026, 9, 9)))
    section.tabs.setCurrentIndex(1)
    section.day_table.selectRow(0)
    refreshed(
        qtbot, section, lambda: qtbot.mouseClick(section.check_in_button, Qt.MouseButton.LeftButton)
    )
    # 9 September 2026 is in the past: check-in says the booking has ended
    assert "already ended" in section.notice.text()
    with ui_ctx.unit_of_work() as uow:
        assert get_booking(uow, booking).status == "approved"


def test_cancelling_says_who_on_the_waitlist_now_has_the_slot(
    qtbot: QtBot,
    ui_ctx: UiContext,
    cal: SchoolCalendar,
    school: Riverside,
    section: MakerspaceSection,
) -> None:
    slot = slot_by_period(cal, B_DAY, "3")
    held = book(ui_ctx, BookingRequest(school.printer, *slot, None, "Robotics"))
    book(ui_ctx, BookingRequest(school.printer, *slot, school.student, waitlist_if_full=True))
    refreshed(qtbot, section, lambda: section.day_edit.setDate(QDate(2026, 9, 9)))
    section.tabs.setCurrentIndex(1)
    section.day_table.selectRow(0)
    assert section.day_table.model().index(0, 0).data(ID_ROLE) == held
    refreshed(
        qtbot, section, lambda: qtbot.mouseClick(section.cancel_button, Qt.MouseButton.LeftButton)
    )
    assert section.notice.text() == (
        "Booking cancelled. Jordan Lee (from the waitlist) now has 3D printer 1, "
        "B-day Wed 09 Sep, period 3 (09:50-10:40)."
    )


def test_certificates_expiring_soon_and_low_stock_are_flagged(
    qtbot: QtBot,
    ui_ctx: UiContext,
    cal: SchoolCalendar,
    school: Riverside,
    section: MakerspaceSection,
) -> None:
    today = date.today()
    with ui_ctx.unit_of_work() as uow:
        record_certificate(
            uow, school.untrained, school.laser_training, "Ms. Okafor", today - timedelta(days=360)
        )
        log_consumable_use(uow, school.filament, 800)
        uow.commit()
    refreshed(qtbot, section, lambda: ui_ctx.hub.data_changed.emit("makerspace"))
    assert section.expiring_label.text().startswith("1 certificate(s) expire within 30 days")
    refreshed(qtbot, section, lambda: section.expiring_only.setChecked(True))
    model = section.certificate_model
    assert [model.row_at(r).patron_name for r in range(model.rowCount())] == ["Ava Chen"]
    assert model.state(model.row_at(0)) == "Expires in 5 days"
    assert "Low stock: PLA filament (200 g)" in section.low_stock_label.text()
    assert section.tabs.tabText(5) == "Consumables (low: 1)"


def test_the_door_schedule_is_printed_to_a_pdf(
    qtbot: QtBot,
    ui_ctx: UiContext,
    cal: SchoolCalendar,
    school: Riverside,
    section: MakerspaceSection,
    tmp_path: Path,
) -> None:
    book(
        ui_ctx,
        BookingRequest(school.printer, *slot_by_period(cal, B_DAY, "3"), school.teacher, "7B"),
    )
    refreshed(qtbot, section, lambda: section.day_edit.setDate(QDate(2026, 9, 9)))
    target = tmp_path / "door.pdf"
    section.print_door_schedule(target, open_after=False)
    qtbot.waitUntil(lambda: "Door schedule saved" in section.notice.text(), timeout=10000)
    assert target.read_bytes().startswith(b"%PDF")


def test_the_table_models_behave(
    qtmodeltester,
    ui_ctx: UiContext,
    cal: SchoolCalendar,
    school: Riverside,
    section: MakerspaceSection,  # type: ignore[no-untyped-def]
) -> None:
    book(
        ui_ctx,
        BookingRequest(school.printer, *slot_by_period(cal, B_DAY, "3"), school.teacher, "7B"),
    )
    with ui_ctx.unit_of_work() as uow:
        from lms_desktop.makerspace.bookings import bookings_between
        from lms_desktop.makerspace.certificates import list_certificates
        from lms_desktop.makerspace.resources import list_consumables

        bookings = bookings_between(uow, *slot_by_period(cal, B_DAY, "3"))
        certificates = list_certificates(uow)
        consumables = list_consumables(uow)
    booking_model = BookingTableModel()
    booking_model.set_bookings(bookings, cal)
    certificate_model = CertificateTableModel()
    certificate_model.set_certificates(certificates, date(2026, 9, 9))
    consumable_model = ConsumableTableModel()
    consumable_model.set_rows(consumables)
    for model in (booking_model, certificate_model, consumable_model):
        qtmodeltester.check(model)
    assert booking_model.index(0, 0).data() == "B-day Wed 09 Sep, period 3 (09:50-10:40)"
    assert certificate_model.index(0, 5).data() == "Valid"


def test_the_waitlist_tab_says_why_a_booking_was_passed_over(cal: SchoolCalendar) -> None:
    from dataclasses import replace

    from lms_desktop.makerspace.bookings import BookingInfo

    start, end = slot_by_period(cal, B_DAY, "3")
    waiting = BookingInfo(
        1, 2, "3D printer 1", 3, "Jordan Lee", "", "", start, end, 1, "waitlisted", None, "", None
    )
    reason = "Not given the slot: Jordan Lee already has 2 h booked on 3D printer 1."
    model = BookingTableModel()
    model.set_bookings([waiting, replace(waiting, id=2, held_back_because=reason)], cal)
    assert model.index(0, 4).data() == "Waitlist"
    assert model.index(1, 4).data() == f"Waitlist: {reason}"
    assert model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole) == reason


def test_double_clicking_a_booking_opens_its_day_with_it_selected(
    qtbot: QtBot,
    ui_ctx: UiContext,
    cal: SchoolCalendar,
    school: Riverside,
    section: MakerspaceSection,
) -> None:
    booking = book(ui_ctx, BookingRequest(school.vr, *slot_by_period(cal, B_DAY, "5"), None, "Art"))
    refreshed(qtbot, section, lambda: ui_ctx.hub.data_changed.emit("makerspace"))
    spot = section.week_view.rect_for_booking(booking).center().toPoint()
    refreshed(
        qtbot,
        section,
        lambda: qtbot.mouseDClick(section.week_view, Qt.MouseButton.LeftButton, pos=spot),
    )
    assert section.tabs.currentIndex() == 1
    assert section.day_edit.date() == QDate(2026, 9, 9)
    selected = section.day_table.selectionModel().selectedRows()
    assert [index.data(ID_ROLE) for index in selected] == [booking]
