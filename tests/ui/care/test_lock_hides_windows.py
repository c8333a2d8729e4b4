"""The idle lock empties every open window, the reading-history dialog included.

Ms Reed has Ana's Privacy dialog (her reading history) open beside the desk and a second
window with a report when she walks away. The desk locks: nothing of Ana's is readable,
not even a window title. Ms Reed comes back, types her PIN, and finds both as she left
them. If Sam the aide signs in instead, the librarian's windows are closed, not shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.school.access import add_staff
from lms_desktop.ui.care.patron_privacy import PatronPrivacyDialog
from lms_desktop.ui.care.sign_in import IdleLock
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.main_window import MainWindow
from lms_desktop.ui.tasks import TaskRunner
from tests.care.conftest import stock_small_library

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def ctx(app_context: AppContext) -> Iterator[UiContext]:
    with app_context.database.unit_of_work() as uow:
        add_staff(uow, "Ms Reed", "librarian", "2468")
        add_staff(uow, "Sam", "aide", "1111")
        uow.commit()
    context = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub(), staff_name="Ms Reed")
    yield context
    context.tasks.wait_for_done()


@pytest.fixture
def desk(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> tuple[MainWindow, PatronPrivacyDialog, QWidget, IdleLock]:
    library = stock_small_library(ctx.app.database)
    window = MainWindow(
        ctx, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    privacy = PatronPrivacyDialog(ctx, library.patron_ids["Ana"], "Ana Lopez", window)
    privacy.open()  # as the Patrons screen opens it
    qtbot.waitUntil(lambda: privacy.history.count() == 3)
    report = QWidget()
    qtbot.addWidget(report)
    report.setWindowTitle("Overdues — Ana Lopez")
    QVBoxLayout(report).addWidget(QLabel("Ana Lopez: Holes, due Nov 4"))
    report.show()
    qtbot.waitExposed(report)
    lock = IdleLock(ctx, window, minutes=5)
    return window, privacy, report, lock


def _readable_on_screen(lock: IdleLock) -> list[str]:
    """Every visible text outside the lock dialog that names Ana."""
    seen = []
    for top in QApplication.topLevelWidgets():
        if top is lock.dialog or not top.isVisible():
            continue
        seen.append(top.windowTitle())
        for label in top.findChildren(QLabel):
            if label.isVisible():
                seen.append(label.text())
        for widget in top.findChildren(QWidget):
            if widget.isVisible() and hasattr(widget, "count") and hasattr(widget, "item"):
                seen.extend(widget.item(i).text() for i in range(widget.count()))
    return [text for text in seen if "Lopez" in text or "Holes" in text]


def _sign_in(qtbot: QtBot, lock: IdleLock, name: str, pin: str) -> None:
    assert lock.dialog is not None
    lock.dialog.name.setCurrentText(name)
    qtbot.keyClicks(lock.dialog.pin, pin)
    with qtbot.waitSignal(lock.unlocked):
        qtbot.mouseClick(lock.dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_nothing_of_anas_is_readable_while_the_desk_is_locked(
    qtbot: QtBot, desk: tuple[MainWindow, PatronPrivacyDialog, QWidget, IdleLock]
) -> None:
    window, privacy, report, lock = desk
    assert _readable_on_screen(lock)  # the check can fail: her history is on screen
    with qtbot.waitSignal(lock.locked):
        lock.lock()
    assert _readable_on_screen(lock) == []
    assert set(lock.veiled_windows) >= {window, privacy, report}
    assert not window.centralWidget().isVisible()
    assert not privacy.history.isVisible()
    assert lock.dialog is not None and lock.dialog.isVisible()

    _sign_in(qtbot, lock, "Ms Reed", "2468")
    # she finds everything as she left it
    assert privacy.isVisible() and privacy.history.isVisible()
    assert privacy.windowTitle() == "Privacy: Ana Lopez"
    assert report.windowTitle() == "Overdues — Ana Lopez"
    assert window.centralWidget().isVisible()
    lock.detach()


def test_an_aide_signing_in_on_the_lock_does_not_get_the_librarians_windows(
    qtbot: QtBot, desk: tuple[MainWindow, PatronPrivacyDialog, QWidget, IdleLock]
) -> None:
    window, privacy, report, lock = desk
    with qtbot.waitSignal(lock.locked):
        lock.lock()
    _sign_in(qtbot, lock, "Sam", "1111")
    assert not privacy.isVisible()
    assert privacy.result() == QDialog.DialogCode.Rejected
    assert not report.isVisible()
    assert window.centralWidget().isVisible()  # the desk itself is his to use
    assert _readable_on_screen(lock) == []
    lock.detach()
