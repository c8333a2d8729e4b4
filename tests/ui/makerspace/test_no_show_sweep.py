"""No-shows are released while the app is open, whether or not the Makerspace was opened."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from lms_desktop.makerspace.bookings import BookingRequest, create_booking, get_booking
from lms_desktop.makerspace.schedule import SchoolCalendar
from lms_desktop.makerspace.slots import slot_by_period
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.main_window import SECTION_KEY, MainWindow
from lms_desktop.ui.makerspace.no_show_sweep import NoShowSweeper
from tests.makerspace.school_setup import Riverside

# school days well before today: nobody checked in, so their grace periods are long over
B_DAY = date(2026, 9, 9)
A_DAY = date(2026, 9, 10)


def book(ctx: UiContext, request: BookingRequest) -> int:
    with ctx.unit_of_work() as uow:
        info = create_booking(uow, request)
        uow.commit()
    return info.id


def status(ctx: UiContext, booking_id: int) -> str:
    with ctx.unit_of_work() as uow:
        return get_booking(uow, booking_id).status


def test_a_no_show_is_released_at_start_up_though_the_makerspace_is_never_opened(
    qtbot: QtBot, ui_ctx: UiContext, school: Riverside, cal: SchoolCalendar, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    slot = slot_by_period(cal, B_DAY, "3")
    absent = book(ui_ctx, BookingRequest(school.printer, *slot, None, "7B Science"))
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue(SECTION_KEY, "desk")
    win = MainWindow(ui_ctx, settings=settings)
    qtbot.addWidget(win)

    qtbot.waitUntil(lambda: status(ui_ctx, absent) == "no_show", timeout=10000)
    row = win.section_keys().index("makerspace")
    assert win.stack.widget(row).objectName() == "unbuilt-makerspace"
    ui_ctx.tasks.wait_for_done()


def test_the_sweep_keeps_running_and_says_what_it_released(
    qtbot: QtBot, ui_ctx: UiContext, school: Riverside, cal: SchoolCalendar
) -> None:
    messages: list[str] = []
    ui_ctx.hub.status_message.connect(messages.append)
    sweeper = NoShowSweeper(ui_ctx, interval_ms=20)
    with qtbot.waitSignal(sweeper.swept, timeout=10000) as first:
        pass
    assert first.args == [0]  # nothing to release yet

    later = book(
        ui_ctx, BookingRequest(school.vr, *slot_by_period(cal, A_DAY, "2"), None, "VR club")
    )
    with qtbot.waitSignal(sweeper.swept, timeout=10000, check_params_cb=lambda n: n == 1):
        pass
    assert status(ui_ctx, later) == "no_show"
    assert messages == ["Makerspace: released 1 no-show booking(s)."]
    sweeper.timer.stop()
    ui_ctx.tasks.wait_for_done()
