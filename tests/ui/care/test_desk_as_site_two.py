"""A district desk opened for North Elementary (site 2) is North's, not the main school's.

The district database holds the main school (Ms Reed is its librarian) and North
Elementary (Mr Lee, librarian; Jo, aide). The North desk asks North's staff to sign in,
locks for North's staff, shows and renames North's school name, and keeps North's idle
lock setting; Ms Reed's PIN opens nothing there.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.care.district import add_site, resolve_site
from lms_desktop.errors import NotFoundError
from lms_desktop.school.access import add_staff, idle_lock_minutes, set_idle_lock_minutes
from lms_desktop.school.settings import school_name, set_setting
from lms_desktop.ui.care.guardian import CareGuardian
from lms_desktop.ui.care.sign_in import SignInDialog
from lms_desktop.ui.care.site import site_of
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.main_window import MainWindow
from lms_desktop.ui.settings.school_page import SchoolPage
from lms_desktop.ui.tasks import TaskRunner


@pytest.fixture
def north(app_context: AppContext) -> Iterator[UiContext]:
    database = app_context.database
    with database.unit_of_work() as uow:
        add_staff(uow, "Ms Reed", "librarian", "2468")
        uow.commit()
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        north_id = add_site(uow, "north", "North Elementary").id
        set_setting(uow, "school.name", "North Elementary", north_id)
        add_staff(uow, "Mr Lee", "librarian", "1357", north_id)
        uow.commit()
    with database.unit_of_work(staff_name="Mr Lee") as uow:
        add_staff(uow, "Jo", "aide", "8642", north_id)
        set_idle_lock_minutes(uow, 9, north_id)
        uow.commit()
    with database.unit_of_work() as uow:
        # what the app does with LMS_SITE=north
        site_id = resolve_site(uow, "north").id
    context = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub(), site_id=site_id)
    assert site_of(context) == north_id == 2
    yield context
    context.tasks.wait_for_done()


def test_an_unknown_school_is_refused_with_the_list_of_schools(north: UiContext) -> None:
    with north.unit_of_work() as uow, pytest.raises(NotFoundError, match="main, north"):
        resolve_site(uow, "south")


def test_the_north_desk_signs_in_and_locks_for_north_staff_only(
    qtbot: QtBot, north: UiContext, tmp_path: Path
) -> None:
    north.staff_name, north.staff_role = "Mr Lee", "librarian"
    window = MainWindow(
        north, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    guardian = CareGuardian(window, north, run_startup=False)
    lock = guardian.idle_lock
    assert lock is not None and lock.minutes == 9  # North's setting, not the default 5
    with qtbot.waitSignal(lock.locked):
        guardian.lock_action.trigger()
    dialog = lock.dialog
    assert dialog is not None
    names = [dialog.name.itemText(i) for i in range(dialog.name.count())]
    assert names == ["Jo", "Mr Lee"]
    # the main school's librarian is not staff here
    dialog.name.setCurrentText("Ms Reed")
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "do not match" in dialog.error.text()
    assert lock.dialog is dialog
    dialog.name.setCurrentText("Jo")
    qtbot.keyClicks(dialog.pin, "8642")
    with qtbot.waitSignal(lock.unlocked):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert (north.staff_name, north.staff_role) == ("Jo", "aide")
    guardian.detach()


def test_the_north_desk_shows_and_renames_north(qtbot: QtBot, north: UiContext) -> None:
    north.staff_name = "Mr Lee"
    page = SchoolPage(north)
    qtbot.addWidget(page)
    assert page.school_name.text() == "North Elementary"
    page.school_name.setText("North Elementary School")
    with qtbot.waitSignal(north.hub.status_message):
        page.save_button.click()
    with north.unit_of_work() as uow:
        assert school_name(uow, 2) == "North Elementary School"
        assert school_name(uow, 1) != "North Elementary School"  # the main school keeps its
        assert idle_lock_minutes(uow, 1) == 5


def test_the_sign_in_dialog_for_north_refuses_main_school_staff(
    qtbot: QtBot, north: UiContext
) -> None:
    dialog = SignInDialog(north.app.database, site_id=site_of(north))
    qtbot.addWidget(dialog)
    dialog.name.setCurrentText("Ms Reed")
    qtbot.keyClicks(dialog.pin, "2468")
    dialog.try_sign_in()
    assert dialog.signed_in is None
    dialog.name.setCurrentText("Mr Lee")
    qtbot.keyClicks(dialog.pin, "1357")
    with qtbot.waitSignal(dialog.signed_in_as):
        dialog.try_sign_in()
    assert dialog.signed_in is not None and dialog.signed_in.name == "Mr Lee"


def test_the_north_desk_lists_norths_last_actions_and_name(qtbot: QtBot, north: UiContext) -> None:
    from lms_desktop.circulation.journal import record_entry
    from lms_desktop.ui.desk.desk_screen import DeskSection

    with north.unit_of_work() as uow:
        record_entry(uow, "note", "At the main school", site_id=1)
        record_entry(uow, "note", "At North Elementary", site_id=2)
        uow.commit()
    desk = DeskSection(north)
    qtbot.addWidget(desk)
    assert desk.school_name == "North Elementary"
    desk.refresh()
    qtbot.waitUntil(lambda: desk.journal.rowCount() > 0)
    north.tasks.wait_for_done()
    shown = [
        str(desk.journal.index(row, column).data())
        for row in range(desk.journal.rowCount())
        for column in range(desk.journal.columnCount())
    ]
    assert any("At North Elementary" in text for text in shown)
    assert not any("At the main school" in text for text in shown)
