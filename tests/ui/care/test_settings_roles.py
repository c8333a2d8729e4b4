"""An aide who opens Settings cannot rename the school; the librarian can."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.school.models import DEFAULT_SITE_ID, Site
from lms_desktop.school.settings import school_name
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.settings.school_page import SchoolPage
from lms_desktop.ui.tasks import TaskRunner


@pytest.fixture
def ctx(app_context: AppContext) -> Iterator[UiContext]:
    context = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub())
    yield context
    context.tasks.wait_for_done()


def _names(ctx: UiContext) -> tuple[str, str | None]:
    with ctx.unit_of_work() as uow:
        site = uow.session.get(Site, DEFAULT_SITE_ID)
        return school_name(uow), site.name if site else None


def test_an_aide_is_told_to_fetch_the_librarian_and_the_name_stays(
    qtbot: QtBot, ctx: UiContext
) -> None:
    before = _names(ctx)
    ctx.staff_name, ctx.staff_role = "Sam", "aide"
    page = SchoolPage(ctx)
    qtbot.addWidget(page)
    page.school_name.setText("Sam's Cool School")
    with qtbot.waitSignal(ctx.hub.status_message) as said:
        page.save_button.click()
    assert "Ask the librarian" in said.args[0]
    assert _names(ctx) == before


def test_the_librarian_renames_the_school_and_its_site(qtbot: QtBot, ctx: UiContext) -> None:
    page = SchoolPage(ctx)
    qtbot.addWidget(page)
    page.school_name.setText("  Lincoln   Elementary ")
    with qtbot.waitSignal(ctx.hub.status_message) as said:
        page.save_button.click()
    assert said.args[0] == "School name saved."
    assert _names(ctx) == ("Lincoln Elementary", "Lincoln Elementary")
    assert page.school_name.text() == "Lincoln Elementary"
