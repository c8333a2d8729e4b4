"""A desk left open for days still makes its daily backup, once a day.

The desk opens on Monday morning and is never closed. The guardian's hourly timer looks
whether today's backup is due: on Monday afternoon it is not, on Tuesday and Wednesday
morning it is. The clock is a fake one the test moves; the timer is fired by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.care.backups import list_backups
from lms_desktop.ui.care.guardian import CARE_EVERY_MS, CareGuardian
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.main_window import MainWindow
from lms_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.sqlite_only


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def ctx(app_context: AppContext) -> Iterator[UiContext]:
    context = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub())
    yield context
    context.tasks.wait_for_done()


def _days_backed_up(ctx: UiContext) -> list[str]:
    return sorted(
        b.taken_at.strftime("%a %H:%M")
        for b in list_backups(ctx.app.config.backup_dir)
        if b.reason == "daily"
    )


def test_the_desk_left_open_for_three_days_backs_up_each_morning(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    clock = FakeClock(datetime(2026, 11, 16, 7, 45))  # a Monday
    window = MainWindow(
        ctx, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    guardian = CareGuardian(window, ctx, run_startup=False, clock=clock)
    assert guardian.care_timer.isActive()
    assert guardian.care_timer.interval() == CARE_EVERY_MS
    with qtbot.waitSignal(guardian.startup_done):
        guardian.run_startup()
    assert _days_backed_up(ctx) == ["Mon 07:45"]

    def tick(hours: float) -> object:
        clock.now += timedelta(hours=hours)
        with qtbot.waitSignal(guardian.periodic_done) as ran:
            guardian.care_timer.timeout.emit()
        return ran.args[0]

    assert tick(6).backup is None  # Monday afternoon: today's backup exists
    assert tick(18).backup is not None  # Tuesday 07:45
    assert tick(1).backup is None
    assert tick(23).backup is not None  # Wednesday 07:45
    assert _days_backed_up(ctx) == ["Mon 07:45", "Tue 07:45", "Wed 07:45"]
    guardian.detach()
    assert not guardian.care_timer.isActive()
