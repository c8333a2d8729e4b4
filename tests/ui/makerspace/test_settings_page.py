"""Settings → Makerspace: the librarian types the bell schedule, rotation, a special day,
a resource with its training and desk barcode, and the booking rules."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.makerspace.bookings import NO_SHOW_GRACE_KEY, STUDENT_WEEKLY_QUOTA_KEY
from lms_desktop.makerspace.calendar_setup import (
    get_rotation,
    list_bell_schedules,
    list_special_days,
)
from lms_desktop.makerspace.resources import list_certifications, list_resources
from lms_desktop.school.settings import get_setting
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.makerspace.settings_page import MakerspaceSettingsPage
from lms_desktop.ui.tasks import TaskRunner


def make_page(qtbot: QtBot, app_context: AppContext) -> tuple[MakerspaceSettingsPage, UiContext]:
    ctx = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub())
    page = MakerspaceSettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page, ctx


def test_a_new_school_types_its_bell_schedule_and_rotation(
    qtbot: QtBot, app_context: AppContext
) -> None:
    page, ctx = make_page(qtbot, app_context)
    assert page.defaults_button.isVisible()
    qtbot.keyClicks(page.schedule_name, "Regular day")
    page.add_period_row("1", "08:00", "08:50")
    page.add_period_row("2", "08:55", "09:45")
    with qtbot.waitSignal(ctx.hub.data_changed):
        qtbot.mouseClick(page.save_schedule_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Bell schedule saved."
    page.day_types.setText("A, B")
    page.rotation_start.setDate(QDate(2026, 9, 8))
    assert page.save_rotation()
    with app_context.database.unit_of_work() as uow:
        (schedule,) = list_bell_schedules(uow)
        rotation = get_rotation(uow)
    assert schedule.is_default and [p.starts for p in schedule.periods] == [time(8), time(8, 55)]
    assert rotation.day_types == ("A", "B") and rotation.starts_on == date(2026, 9, 8)
    assert not page.defaults_button.isVisible()


def test_overlapping_periods_are_refused_with_the_reason(
    qtbot: QtBot, app_context: AppContext
) -> None:
    page, _ = make_page(qtbot, app_context)
    page.schedule_name.setText("Regular day")
    page.add_period_row("1", "08:00", "09:00")
    page.add_period_row("2", "08:55", "09:45")
    assert not page.save_schedule()
    assert page.message.text() == "Periods 1 and 2 overlap. Fix their times so one ends first."
    page.periods_table.item(1, 1).setText("nine")
    assert not page.save_schedule()
    assert "'nine' is not a time" in page.message.text()


def test_the_typical_setup_then_an_early_release_day_and_a_gated_tool(
    qtbot: QtBot, app_context: AppContext
) -> None:
    page, _ = make_page(qtbot, app_context)
    assert page.create_defaults()
    assert page.schedule_box.count() == 2
    page.special_day.setDate(QDate(2026, 12, 16))
    page.special_schedule.setCurrentIndex(page.special_schedule.findText("Early release"))
    page.special_note.setText("Early release")
    assert page.save_special_day()
    assert page.special_list.count() == 1

    page._new_resource()
    qtbot.keyClicks(page.r_name, "Cricut Maker")
    page.r_kind.setCurrentIndex(page.r_kind.findData("vinyl_cutter"))
    page.r_training.setCurrentIndex(page.r_training.findText("Laser cutter safety"))
    page.r_quota.setValue(90)
    page.r_barcode.setText("NO-SUCH-TOOL")
    assert not page.save_resource()
    assert "No item has the barcode NO-SUCH-TOOL" in page.message.text()
    page.r_barcode.clear()
    assert page.save_resource()

    page.grace.setValue(15)
    page.space_quota.setValue(180)
    assert page.save_rules()
    page.t_name.setText("Soldering safety")
    page.t_days.setValue(0)  # never expires
    assert page.add_training()
    with app_context.database.unit_of_work() as uow:
        cricut = next(r for r in list_resources(uow) if r.name == "Cricut Maker")
        assert (cricut.kind, cricut.certification_name, cricut.weekly_quota_minutes) == (
            "vinyl_cutter", "Laser cutter safety", 90,
        )  # fmt: skip
        (special,) = list_special_days(uow)
        assert special.schedule_name == "Early release"
        assert get_setting(uow, NO_SHOW_GRACE_KEY) == 15
        assert get_setting(uow, STUDENT_WEEKLY_QUOTA_KEY) == 180
        soldering = next(c for c in list_certifications(uow) if c.name == "Soldering safety")
        assert soldering.valid_days is None
    assert not page.create_defaults()  # only once
