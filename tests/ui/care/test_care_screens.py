"""The librarian's screens for the care of the data: sign-in, lock, backups, privacy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lms_desktop.bootstrap import AppContext
from lms_desktop.care.backups import list_backups
from lms_desktop.care.privacy import anonymize_after_days
from lms_desktop.circulation.models import Patron
from lms_desktop.school.access import (
    add_staff,
    idle_lock_minutes,
    list_staff,
    set_idle_lock_minutes,
)
from lms_desktop.school.setup import patron_type_id
from lms_desktop.ui.care.backups_page import BackupsPage
from lms_desktop.ui.care.guardian import CareGuardian
from lms_desktop.ui.care.privacy_page import PrivacyPage
from lms_desktop.ui.care.sign_in import IdleLock, SignInDialog
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.main_window import MainWindow
from lms_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def ctx(app_context: AppContext) -> Iterator[UiContext]:
    context = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub())
    yield context
    context.tasks.wait_for_done()


@pytest.fixture
def staffed(ctx: UiContext) -> UiContext:
    with ctx.unit_of_work() as uow:
        add_staff(uow, "Ms Reed", "librarian", "2468")
        add_staff(uow, "Sam", "aide", "1111")
        uow.commit()
    return ctx


def _add_patron(ctx: UiContext, first: str) -> None:
    with ctx.unit_of_work() as uow:
        uow.session.add(
            Patron(
                barcode=f"P-{first}",
                patron_type_id=patron_type_id(uow, "student"),
                first_name=first,
                last_name="Test",
            )
        )
        uow.commit()


def test_staff_sign_in_with_their_name_and_pin(qtbot: QtBot, staffed: UiContext) -> None:
    dialog = SignInDialog(staffed.app.database)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.name.itemText(i) for i in range(dialog.name.count())] == ["Ms Reed", "Sam"]
    dialog.name.setCurrentText("Sam")
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "do not match" in dialog.error.text()
    assert dialog.pin.text() == ""
    qtbot.keyClicks(dialog.pin, "1111")
    with qtbot.waitSignal(dialog.signed_in_as) as signed:
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert signed.args[0].name == "Sam"
    assert signed.args[0].role.value == "aide"


def test_the_desk_locks_when_idle_and_hides_patron_data_until_a_pin(
    qtbot: QtBot, staffed: UiContext, tmp_path: Path
) -> None:
    staffed.staff_name, staffed.staff_role = "Sam", "aide"
    window = MainWindow(
        staffed, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(staffed, window, minutes=0.002)  # 120 ms
    with qtbot.waitSignal(lock.locked, timeout=3000):
        pass
    assert lock.dialog is not None
    assert not window.centralWidget().isVisible()
    assert lock.dialog.windowTitle() == "Locked"
    lock.dialog.reject()  # Escape does not unlock
    assert lock.dialog.isVisible()
    lock.dialog.name.setCurrentText("Ms Reed")
    qtbot.keyClicks(lock.dialog.pin, "2468")
    with qtbot.waitSignal(lock.unlocked) as unlocked:
        qtbot.mouseClick(lock.dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert unlocked.args == ["Ms Reed"]
    assert window.centralWidget().isVisible()
    assert (staffed.staff_name, staffed.staff_role) == ("Ms Reed", "librarian")
    lock.detach()


def test_backup_now_lists_it_and_restore_shows_counts_then_brings_data_back(
    qtbot: QtBot, qtmodeltester, ctx: UiContext, tmp_path: Path
) -> None:
    _add_patron(ctx, "Ana")
    page = BackupsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    usb = tmp_path / "usb"
    page.folder.setText(str(usb))
    page.keep_daily.setValue(5)
    assert page.save()
    with qtbot.waitSignal(page.backup_made, timeout=10000) as made:
        qtbot.mouseClick(page.backup_now_button, Qt.MouseButton.LeftButton)
    assert Path(made.args[0]).parent == usb
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtmodeltester.check(page.model)
    assert "backup now" in page.model.data(page.model.index(0, 1))

    _add_patron(ctx, "Mistake")
    dialog = page.open_restore()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "1 patrons" in dialog.summary.text()
    with qtbot.waitSignal(dialog.restored, timeout=10000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    with ctx.unit_of_work() as uow:
        names = uow.session.scalars(select(Patron.first_name)).all()
    assert names == ["Ana"]
    assert any(b.reason == "before-restore" for b in list_backups(ctx.app.config.backup_dir))


def test_an_aide_sees_the_backup_and_privacy_pages_but_cannot_change_them(
    qtbot: QtBot, staffed: UiContext
) -> None:
    staffed.staff_name, staffed.staff_role = "Sam", "aide"
    backups = BackupsPage(staffed)
    privacy = PrivacyPage(staffed)
    for page in (backups, privacy):
        qtbot.addWidget(page)
    assert not backups.backup_now_button.isEnabled()
    assert not backups.restore_button.isEnabled()
    assert not privacy.save_button.isEnabled()
    assert not privacy.add_button.isEnabled()
    assert not privacy.save()  # even if reached, the service refuses
    assert "cannot change settings" in privacy.status.text()


def test_the_librarian_sets_privacy_and_adds_staff(qtbot: QtBot, staffed: UiContext) -> None:
    staffed.staff_name = "Ms Reed"
    page = PrivacyPage(staffed)
    qtbot.addWidget(page)
    page.show()
    page.forget.setChecked(True)
    page.forget_days.setValue(14)
    page.idle_minutes.setValue(3)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with staffed.unit_of_work() as uow:
        assert anonymize_after_days(uow) == 14
        assert idle_lock_minutes(uow) == 3
    qtbot.keyClicks(page.new_name, "Kim")
    page.new_role.setCurrentIndex(page.new_role.findData("kiosk"))
    qtbot.keyClicks(page.new_pin, "12")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "4 to 12 digits" in page.status.text()
    qtbot.keyClicks(page.new_pin, "34")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    with staffed.unit_of_work() as uow:
        assert ("Kim", "kiosk") in [(a.name, a.role.value) for a in list_staff(uow)]
    assert page.staff_list.count() == 3


def test_the_app_backs_up_daily_at_start_and_again_on_close(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    window = MainWindow(
        ctx, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    guardian = CareGuardian(window, ctx, run_startup=False)
    with qtbot.waitSignal(guardian.startup_done, timeout=10000) as started:
        guardian.run_startup()
    assert started.args[0].integrity.ok
    assert started.args[0].backup.reason == "daily"
    with qtbot.waitSignal(guardian.closed_backup, timeout=10000) as closed:
        window.close()
    assert closed.args[0].reason == "close"
    # one backup a day is kept in the daily rotation: the newest, made on close
    assert [b.reason for b in list_backups(ctx.app.config.backup_dir)] == ["close"]
    guardian.detach()


def test_the_desk_locks_at_once_with_ctrl_l_and_follows_the_idle_setting(
    qtbot: QtBot, staffed: UiContext, tmp_path: Path
) -> None:
    staffed.staff_name, staffed.staff_role = "Ms Reed", "librarian"
    window = MainWindow(
        staffed, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    guardian = CareGuardian(window, staffed, run_startup=False)
    assert guardian.idle_lock is not None
    assert guardian.idle_lock.minutes == 5
    with staffed.unit_of_work() as uow:
        set_idle_lock_minutes(uow, 12)
        uow.commit()
    staffed.hub.data_changed.emit("settings")
    assert guardian.idle_lock.minutes == 12
    assert guardian.lock_action in window.menuBar().actions()[0].menu().actions()
    with qtbot.waitSignal(guardian.idle_lock.locked):
        guardian.lock_action.trigger()
    assert not window.centralWidget().isVisible()
    guardian.idle_lock.dialog.name.setCurrentText("Ms Reed")
    qtbot.keyClicks(guardian.idle_lock.dialog.pin, "2468")
    with qtbot.waitSignal(guardian.idle_lock.unlocked):
        qtbot.mouseClick(guardian.idle_lock.dialog.sign_in_button, Qt.MouseButton.LeftButton)
    guardian.detach()
