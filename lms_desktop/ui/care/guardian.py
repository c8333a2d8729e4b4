"""Looks after the data while the app runs: start-up check, daily backup (also for a desk
left open for days), backup on close, forgetting old loans, the idle lock, and the offer
to restore a damaged database."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.care.backups import (
    BackupInfo,
    backup_on_close,
    restore_backup,
    run_scheduled_backup,
)
from lms_desktop.care.health import DamageAdvice, advise_on_damage, run_scheduled_check
from lms_desktop.care.privacy import anonymize_returned_loans
from lms_desktop.config import AppConfig, sqlite_path_of
from lms_desktop.db.integrity import IntegrityReport
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import DomainError
from lms_desktop.school.access import has_staff_accounts
from lms_desktop.ui.care.sign_in import IdleLock, SignInDialog, apply_sign_in
from lms_desktop.ui.care.site import site_of
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text, shown

log = logging.getLogger(__name__)

# how often a desk left open looks whether today's backup is due (it costs one settings
# read when it is not); an hour keeps a desk open overnight at most an hour late
CARE_EVERY_MS = 60 * 60 * 1000


@dataclass(frozen=True)
class StartupCare:
    integrity: IntegrityReport | None
    backup: BackupInfo | None
    anonymized: int


def startup_care(
    database: Database, default_backup_dir: Path, now: datetime | None = None
) -> StartupCare:
    """What runs quietly on the database worker after the window opens (`now`: local)."""
    current = now or datetime.now()
    report = run_scheduled_check(database, current)
    if report is not None and not report.ok:
        return StartupCare(report, None, 0)  # never back up a damaged database over a good one
    return _backup_and_forget(database, default_backup_dir, current, report)


def periodic_care(database: Database, default_backup_dir: Path, now: datetime) -> StartupCare:
    """What the open desk runs every hour: today's backup if due, forgetting old loans.

    The integrity check stays at start-up: it can take a while on a big file and would
    hold up the desk's scans; a damaged file is still never backed up (`make_backup`
    refuses it).
    """
    return _backup_and_forget(database, default_backup_dir, now, None)


def _backup_and_forget(
    database: Database, folder: Path, now: datetime, report: IntegrityReport | None
) -> StartupCare:
    backup = run_scheduled_backup(database, folder, now)
    with database.unit_of_work() as uow:
        count = anonymize_returned_loans(uow, now.astimezone(UTC))
        uow.commit()
    return StartupCare(report, backup, count)


class DamagedDatabaseDialog(QDialog):
    """Explains the damage and offers the latest good backup."""

    def __init__(self, advice: DamageAdvice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.advice = advice
        self.setWindowTitle(self.tr("The library database is damaged"))
        layout = QVBoxLayout(self)
        self.text = QLabel(shown(advice.explanation))
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("What is wrong"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restore the latest good backup"))
        self.restore_button.setAccessibleName(self.tr("Restore the latest good backup"))
        self.restore_button.setEnabled(advice.latest_good is not None)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = QPushButton(self.tr("Not now"))
        self.later_button.setAccessibleName(self.tr("Not now"))
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.accept)
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 220)


def offer_restore_for_unopenable(config: AppConfig, problem: str, parent: QWidget | None) -> bool:
    """At start-up, when the database cannot be opened: explain, offer, restore.

    Returns True when a backup was put in place (the caller tries to open again).
    """
    db_file = sqlite_path_of(config.database_url)
    if db_file is None or not db_file.exists():
        return False
    advice = advise_on_damage(db_file, config.backup_dir, (problem,))
    dialog = DamagedDatabaseDialog(advice, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or advice.latest_good is None:
        return False
    restore_backup(db_file, advice.latest_good.path, advice.backup_folder)
    return True


def sign_in_at_start(ctx: UiContext, parent: QWidget | None = None) -> bool:
    """Ask for a name and PIN when the school has staff accounts; False if cancelled."""
    with ctx.unit_of_work() as uow:
        needed = has_staff_accounts(uow, site_of(ctx))
    if not needed:
        return True
    dialog = SignInDialog(ctx.app.database, parent, site_id=site_of(ctx))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed_in is None:
        return False
    apply_sign_in(ctx, dialog.signed_in)
    return True


class CareGuardian(QObject):
    """Installed on the main window by `install_care`.

    Signals:
        startup_done(object): the StartupCare result.
        periodic_done(object): the StartupCare result of an hourly run while open.
        damage_found(object): the DamageAdvice when the start-up check failed.
        closed_backup(object): the BackupInfo made when the window closed (or None).

    `clock` gives the local time (a fake one in tests); `care_timer` fires every
    CARE_EVERY_MS so a desk that stays open for days still gets its daily backup.
    """

    startup_done = Signal(object)
    periodic_done = Signal(object)
    damage_found = Signal(object)
    closed_backup = Signal(object)

    def __init__(
        self,
        window: QMainWindow,
        ctx: UiContext,
        *,
        run_startup: bool = True,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.clock = clock
        self.damage_dialog: DamagedDatabaseDialog | None = None
        self._periodic_running = False
        self.care_timer = QTimer(self)
        self.care_timer.setInterval(CARE_EVERY_MS)
        self.care_timer.timeout.connect(self.run_periodic)
        self.care_timer.start()
        with ctx.unit_of_work() as uow:
            # the kiosk resets itself after a minute; it has nobody to lock out
            lock_needed = has_staff_accounts(uow, site_of(ctx)) and ctx.staff_role != "kiosk"
        self.idle_lock: IdleLock | None = IdleLock(ctx, window) if lock_needed else None
        if self.idle_lock is not None:
            # stepping away from the desk: lock at once (Ctrl+L), as on any shared computer
            self.lock_action = QAction(self.tr("&Lock the desk"), window)
            self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
            self.lock_action.triggered.connect(self.idle_lock.lock)
            window.addAction(self.lock_action)
            menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
            if menus:
                menus[0].insertAction(
                    menus[0].actions()[-1] if menus[0].actions() else None, self.lock_action
                )
        window.installEventFilter(self)
        ctx.hub.data_changed.connect(self._on_change)
        self._on_change("staff")
        if run_startup:
            self.run_startup()

    def _on_change(self, what: str) -> None:
        label = getattr(self.window, "staff_label", None)
        if what == "staff" and isinstance(label, QLabel):
            label.setText(self.tr("Signed in: {name}").format(name=self.ctx.staff_shown()))

    def run_startup(self) -> None:
        database = self.ctx.app.database
        folder = self.ctx.app.config.backup_dir
        now = self.clock()
        self.ctx.tasks.submit(
            lambda _p: startup_care(database, folder, now), self._startup_finished, self._failed
        )

    def run_periodic(self) -> None:
        """Make today's backup if the day changed since the last one (on the worker)."""
        if self._periodic_running:
            return  # the last run is still queued behind a long job
        self._periodic_running = True
        database = self.ctx.app.database
        folder = self.ctx.app.config.backup_dir
        now = self.clock()
        self.ctx.tasks.submit(
            lambda _p: periodic_care(database, folder, now),
            self._periodic_finished,
            self._periodic_failed,
        )

    def _periodic_finished(self, result: StartupCare) -> None:
        self._periodic_running = False
        if result.backup is not None:
            self.ctx.hub.status_message.emit(self.tr("Today's backup is made."))
            self.ctx.hub.data_changed.emit("backups")
        self.periodic_done.emit(result)

    def _periodic_failed(self, exc: BaseException) -> None:
        self._periodic_running = False
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        log.warning("start-up care failed: %s", exc)
        self.ctx.hub.status_message.emit(
            self.tr("The automatic backup did not run: {why}").format(why=error_text(exc))
        )

    def _startup_finished(self, result: StartupCare) -> None:
        self.startup_done.emit(result)
        if result.backup is not None:
            self.ctx.hub.status_message.emit(self.tr("Today's backup is made."))
            self.ctx.hub.data_changed.emit("backups")
        if result.integrity is not None and not result.integrity.ok:
            db_file = sqlite_path_of(self.ctx.app.database.url)
            if db_file is None:
                return
            advice = advise_on_damage(
                db_file, self.ctx.app.config.backup_dir, result.integrity.problems
            )
            self.damage_found.emit(advice)
            self.damage_dialog = DamagedDatabaseDialog(advice, self.window)
            self.damage_dialog.accepted.connect(lambda: self._restore_latest(advice))
            self.damage_dialog.open()

    def _restore_latest(self, advice: DamageAdvice) -> None:
        if advice.latest_good is None:
            return
        from lms_desktop.ui.care.restore_dialog import restore_in_place

        self.ctx.tasks.submit(
            lambda _p: restore_in_place(self.ctx, advice.latest_good.path),  # type: ignore[union-attr]
            lambda _r: self.ctx.hub.data_changed.emit("all"),
            self._failed,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.back_up_on_close()
        return False

    def back_up_on_close(self) -> BackupInfo | None:
        self.ctx.tasks.wait_for_done(10000)
        info: BackupInfo | None = None
        try:
            info = backup_on_close(self.ctx.app.database, self.ctx.app.config.backup_dir)
        except DomainError as exc:
            log.warning("backup on close failed: %s", exc.message)
        except Exception:  # inside a Qt event filter: never let it escape into Qt
            log.exception("backup on close failed")
        self.closed_backup.emit(info)
        return info

    def detach(self) -> None:
        self.care_timer.stop()
        self.window.removeEventFilter(self)
        if self.idle_lock is not None:
            self.idle_lock.detach()


def install_care(window: QMainWindow, ctx: UiContext) -> CareGuardian:
    return CareGuardian(window, ctx)
