"""A patron's privacy from the Patrons screen: history for the librarian only, the family's
copy of the record, and deleting personal data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.circulation.models import Patron
from lms_desktop.ui.care.patron_privacy import PatronPrivacyDialog
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.patrons.patrons_screen import PatronsSection
from lms_desktop.ui.tasks import TaskRunner
from tests.care.conftest import stock_small_library

pytestmark = pytest.mark.sqlite_only


def _ctx(app_context: AppContext, role: str = "librarian") -> UiContext:
    return UiContext(
        app=app_context, tasks=TaskRunner(), hub=ChangeHub(), staff_name="Ms Reed", staff_role=role
    )


def test_the_librarian_opens_privacy_from_the_patrons_list(
    qtbot: QtBot, app_context: AppContext
) -> None:
    stock_small_library(app_context.database)
    ctx = _ctx(app_context)
    section = PatronsSection(ctx)
    qtbot.addWidget(section)
    section.show()
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    section.table.selectRow(0)
    dialog = section.open_privacy()
    assert isinstance(dialog, PatronPrivacyDialog)
    qtbot.addWidget(dialog)
    assert "Lopez" in dialog.windowTitle()
    shown = [dialog.history.item(i).text() for i in range(dialog.history.count())]
    assert [line.split("  ")[1].split(" —")[0] for line in shown] == ["Holes", "Hatchet", "Wonder"]
    assert shown[0].endswith("still out")
    ctx.tasks.wait_for_done()


def test_an_aide_sees_no_reading_history(qtbot: QtBot, app_context: AppContext) -> None:
    library = stock_small_library(app_context.database)
    dialog = PatronPrivacyDialog(_ctx(app_context, "aide"), library.patron_ids["Ana"], "Ana Lopez")
    qtbot.addWidget(dialog)
    assert dialog.history.count() == 0
    assert "reading history" in dialog.status.text()
    assert not dialog.export_button.isEnabled()
    assert not dialog.delete_button.isEnabled()


def test_the_family_gets_a_file_and_then_the_patron_is_deleted(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    library = stock_small_library(app_context.database)
    ctx = _ctx(app_context)
    dialog = PatronPrivacyDialog(ctx, library.patron_ids["Ben"], "Ben Okafor")
    qtbot.addWidget(dialog)
    target = tmp_path / "ben.json"
    with qtbot.waitSignal(dialog.exported):
        assert dialog.export_to(target)
    assert json.loads(target.read_text(encoding="utf-8"))["patron"]["last_name"] == "Okafor"
    with qtbot.waitSignal(dialog.deleted):
        assert dialog.delete_now()
    assert "1 past loan(s) remain" in dialog.status.text()
    with ctx.unit_of_work() as uow:
        assert uow.session.get(Patron, library.patron_ids["Ben"]) is None
