"""The reports screen behind a UI context, for the widget tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lms_desktop.bootstrap import AppContext
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.tasks import TaskRunner


@pytest.fixture
def ui_ctx(app_context: AppContext) -> Iterator[UiContext]:
    ctx = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub())
    yield ctx
    ctx.tasks.wait_for_done()
