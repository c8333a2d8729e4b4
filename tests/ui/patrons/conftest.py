"""Patrons screen fixtures: the desk's small school, and the screen on display."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from lms_desktop.ui.context import UiContext
from lms_desktop.ui.patrons.patrons_screen import PatronsSection
from tests.ui.desk.conftest import DeskSchool, school, ui_context  # noqa: F401 (fixtures)


@pytest.fixture
def patrons(
    qtbot: QtBot,
    ui_context: UiContext,  # noqa: F811
    school: DeskSchool,  # noqa: F811
) -> Iterator[PatronsSection]:
    section = PatronsSection(ui_context)
    qtbot.addWidget(section)
    section.resize(1100, 700)
    section.show()
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    yield section
    ui_context.tasks.wait_for_done()
