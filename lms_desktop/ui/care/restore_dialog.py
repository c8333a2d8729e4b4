"""Restore a backup after seeing what it holds; the current database is kept aside first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.care.backups import BackupPreview, RestoreResult, preview_backup, restore_backup
from lms_desktop.config import sqlite_path_of
from lms_desktop.db.migrate import open_database
from lms_desktop.errors import DomainError
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.dates import long_day_label
from lms_desktop.ui.domain_text import error_text, shown

# the counts of care.backups.PREVIEW_COUNTS, in the order the dialog lists them
COUNT_LABELS = ("titles", "items", "patrons", "loans", "open loans", "journal entries")


def restore_in_place(ctx: UiContext, backup: Path) -> RestoreResult:
    """Close every connection, put the backup in place and upgrade it if it is older.

    Runs on the database worker, so no other database work overlaps it.
    """
    with ctx.unit_of_work() as uow:
        require_permission(uow, Permission.MANAGE_BACKUPS)
    database = ctx.app.database
    db_file = sqlite_path_of(database.url)
    if db_file is None:
        raise DomainError(
            QCoreApplication.translate(
                "RestoreDialog", "A district database is restored by IT with PostgreSQL's tools."
            )
        )
    database.dispose()
    result = restore_backup(db_file, backup, ctx.app.config.backup_dir)
    # an older backup is upgraded (after its own safety copy), as on any start
    open_database(database.url, ctx.app.config.backup_dir).database.dispose()
    return result


class RestoreDialog(QDialog):
    """Signals:
    restored(str): the backup that was restored.
    """

    restored = Signal(str)

    def __init__(self, ctx: UiContext, backup: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backup = backup
        self.setWindowTitle(self.tr("Restore a backup"))
        self.preview: BackupPreview = preview_backup(backup)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._describe(self.preview))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the backup holds"))
        layout.addWidget(self.summary)
        warning = QLabel(
            self.tr(
                "Everything done since this backup was made will be replaced. The database "
                "as it is now is kept in the backup folder as before-restore-…, so this can "
                "be undone. Close LMS Desktop on any other computer using this database first."
            )
        )
        warning.setWordWrap(True)
        warning.setAccessibleName(self.tr("What restoring does"))
        layout.addWidget(warning)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Restore status"))
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Restore this backup"))
        self.restore_button.setAccessibleName(self.tr("Restore this backup"))
        self.restore_button.setEnabled(self.preview.healthy)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.restore_button.clicked.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _describe(self, preview: BackupPreview) -> str:
        when = long_day_label(preview.taken_at) if preview.taken_at else self.tr("an unknown date")
        if not preview.healthy:
            return self.tr("The backup from {when} is {problem}. Choose another one.").format(
                when=when, problem=shown(preview.problem)
            )
        counted = {
            "titles": self.tr("{n} titles"),
            "items": self.tr("{n} items"),
            "patrons": self.tr("{n} patrons"),
            "loans": self.tr("{n} loans"),
            "open loans": self.tr("{n} open loans"),
            "journal entries": self.tr("{n} journal entries"),
        }
        lines = [self.tr("Backup from {when}:").format(when=when)]
        for label in COUNT_LABELS:
            if label in preview.counts:
                lines.append("  • " + counted[label].format(n=preview.counts[label]))
        return "\n".join(lines)

    def restore(self) -> None:
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Restoring…"))

        def done(result: RestoreResult) -> None:
            kept = result.safety_copy or result.moved_aside
            self.status.setText(
                self.tr("Restored. The database as it was is kept as {kept}.").format(
                    kept=str(kept) if kept else "-"
                )
            )
            self.ctx.hub.status_message.emit(self.tr("Backup restored."))
            self.ctx.hub.data_changed.emit("all")
            self.restored.emit(str(self.backup))
            self.accept()

        def failed(exc: BaseException) -> None:
            self.restore_button.setEnabled(True)
            self.status.setText(self.tr("Nothing was restored: {why}").format(why=error_text(exc)))

        self.ctx.tasks.submit(lambda _p: restore_in_place(self.ctx, self.backup), done, failed)
