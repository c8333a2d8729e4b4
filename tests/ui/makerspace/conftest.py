"""A Riverside makerspace behind a UI context, for the widget tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.makerspace.schedule import SchoolCalendar, load_calendar
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.tasks import TaskRunner
from tests.makerspace.calendar_fixtures import FIRST_DAY
from tests.makerspace.school_setup import Riverside, set_up_riverside


@pytest.fixture
def school(app_context: AppContext) -> Riverside:
    return set_up_riverside(app_context.database)


@pytest.fixture
def ui_ctx(app_context: AppContext, school: Riverside) -> Iterator[UiContext]:
    ctx = UiContext(
        app=app_context, tasks=TaskRunner(), hub=ChangeHub(), staff_name="Ms. Librarian"
    )
    yield ctx
    ctx.tasks.wait_for_done()


@pytest.fixture
def cal(ui_ctx: UiContext) -> SchoolCalendar:
    """The school calendar as of the first day of the term."""
    with ui_ctx.unit_of_work() as uow:
        return load_calendar(uow, on=FIRST_DAY)


def settle(qtbot: QtBot, ctx: UiContext) -> None:
    """Wait until the database worker has answered everything asked of it."""
    qtbot.waitUntil(lambda: ctx.tasks.pending() == 0, timeout=10000)
