"""Settings > Backups: where backups go, how many are kept, back up now, restore, check."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.care.backups import (
    BackupInfo,
    RotationPolicy,
    backup_settings,
    list_backups,
    make_backup,
    save_backup_settings,
)
from lms_desktop.care.health import integrity_every_days, set_integrity_every_days
from lms_desktop.config import sqlite_path_of
from lms_desktop.db.integrity import IntegrityReport, check_database
from lms_desktop.errors import DomainError
from lms_desktop.ui.care.restore_dialog import RestoreDialog
from lms_desktop.ui.care.sign_in import is_librarian
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text, shown

_Index = QModelIndex | QPersistentModelIndex


class BackupColumn(IntEnum):
    TAKEN = 0
    REASON = 1
    SIZE = 2


class BackupListModel(QAbstractTableModel):
    """The backups in the folder, newest first."""

    PathRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[BackupInfo] = []

    def set_rows(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(BackupColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            BackupColumn.TAKEN: self.tr("Taken"),
            BackupColumn.REASON: self.tr("Why"),
            BackupColumn.SIZE: self.tr("Size"),
        }.get(BackupColumn(section))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        if role == self.PathRole:
            return str(info.path)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = BackupColumn(index.column())
        if column is BackupColumn.TAKEN:
            return info.taken_at.strftime("%Y-%m-%d %H:%M")
        if column is BackupColumn.REASON:
            if info.reason.startswith("before-upgrade-"):  # before-upgrade-<old schema>
                return self.tr("before an upgrade")
            return {
                "daily": self.tr("daily"),
                "close": self.tr("on close"),
                "manual": self.tr("backup now"),
                "before-restore": self.tr("before a restore"),
                "damaged": self.tr("damaged, set aside"),
            }.get(info.reason, info.reason)
        return self.tr("{kib} KiB").format(kib=max(1, info.size_bytes // 1024))

    def info_at(self, row: int) -> BackupInfo:
        return self._rows[row]


class BackupsPage(QWidget):
    """Signals:
    backup_made(str): the path of a backup made with "Back up now".
    """

    backup_made = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.is_file_database = sqlite_path_of(ctx.app.database.url) is not None
        layout = QVBoxLayout(self)

        if not is_librarian(ctx):
            note = QLabel(self.tr("Only the librarian can change backups or restore one."))
            note.setAccessibleName(self.tr("Backups are for the librarian"))
            layout.addWidget(note)
        if not self.is_file_database:
            district = QLabel(
                self.tr(
                    "This library runs on the district's database server. The server is "
                    "backed up by your IT department (see docs/DISTRICT.md)."
                )
            )
            district.setWordWrap(True)
            layout.addWidget(district)

        settings_box = QGroupBox(self.tr("Automatic backups"))
        form = QFormLayout(settings_box)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose the backup folder"))
        self.browse.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form.addRow(self.tr("Backup folder:"), folder_row)
        self.keep_daily = self._spin(1, 60, self.tr("Daily backups kept"))
        self.keep_weekly = self._spin(1, 60, self.tr("Weekly backups kept"))
        self.keep_monthly = self._spin(0, 120, self.tr("Monthly backups kept"))
        form.addRow(self.tr("Keep &daily:"), self.keep_daily)
        form.addRow(self.tr("Keep &weekly:"), self.keep_weekly)
        form.addRow(self.tr("Keep &monthly:"), self.keep_monthly)
        self.on_close = QCheckBox(self.tr("Also back up when LMS Desktop closes"))
        self.on_close.setAccessibleName(self.tr("Back up on close"))
        form.addRow("", self.on_close)
        self.check_every = self._spin(0, 90, self.tr("Days between database checks"))
        self.check_every.setSpecialValueText(self.tr("never"))
        form.addRow(self.tr("Check the database every (days):"), self.check_every)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save backup settings"))
        self.save_button.clicked.connect(self.save)
        form.addRow("", self.save_button)
        layout.addWidget(settings_box)

        list_box = QGroupBox(self.tr("Backups"))
        list_layout = QVBoxLayout(list_box)
        self.last_backup = QLabel()
        self.last_backup.setAccessibleName(self.tr("Last backup"))
        list_layout.addWidget(self.last_backup)
        self.model = BackupListModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups in the folder"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.open_restore())
        list_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.backup_now_button = QPushButton(self.tr("Back up &now"))
        self.backup_now_button.setAccessibleName(self.tr("Back up now"))
        self.backup_now_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_button.clicked.connect(self.open_restore)
        self.check_button = QPushButton(self.tr("&Check the database now"))
        self.check_button.setAccessibleName(self.tr("Check the database now"))
        self.check_button.clicked.connect(self.check_now)
        for button in (self.backup_now_button, self.restore_button, self.check_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        list_layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Backup status"))
        list_layout.addWidget(self.status)
        layout.addWidget(list_box, 1)

        allowed = is_librarian(ctx) and self.is_file_database
        for widget in (
            settings_box,
            self.backup_now_button,
            self.restore_button,
        ):
            widget.setEnabled(allowed)
        self.check_button.setEnabled(is_librarian(ctx))
        self.load()
        ctx.hub.data_changed.connect(self._on_change)

    def _spin(self, low: int, high: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setAccessibleName(name)
        spin.setMaximumWidth(120)
        return spin

    def _on_change(self, what: str) -> None:
        if what in ("backups", "all", "settings"):
            self.load()

    def load(self) -> None:
        with self.ctx.unit_of_work() as uow:
            settings = backup_settings(uow, self.ctx.app.config.backup_dir)
            every = integrity_every_days(uow)
        self.folder.setText(str(settings.folder))
        self.keep_daily.setValue(settings.policy.daily)
        self.keep_weekly.setValue(settings.policy.weekly)
        self.keep_monthly.setValue(settings.policy.monthly)
        self.on_close.setChecked(settings.on_close)
        self.check_every.setValue(every)
        if settings.last_backup_at is None:
            self.last_backup.setText(self.tr("No backup has been made yet."))
        else:
            self.last_backup.setText(
                self.tr("Last backup: {when}").format(
                    when=settings.last_backup_at.strftime("%Y-%m-%d %H:%M")
                )
            )
        self.model.set_rows(list_backups(settings.folder))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> bool:
        policy = RotationPolicy(
            self.keep_daily.value(), self.keep_weekly.value(), self.keep_monthly.value()
        )
        try:
            with self.ctx.unit_of_work() as uow:
                save_backup_settings(
                    uow,
                    self.ctx.app.database.url,
                    Path(self.folder.text().strip()),
                    policy,
                    self.on_close.isChecked(),
                )
                set_integrity_every_days(uow, self.check_every.value())
                uow.commit()
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return False
        self.status.setText(self.tr("Backup settings saved."))
        self.ctx.hub.data_changed.emit("backups")
        return True

    def backup_now(self) -> None:
        self.backup_now_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))
        database = self.ctx.app.database
        default = self.ctx.app.config.backup_dir

        def job(_progress: object) -> BackupInfo:
            with database.unit_of_work() as uow:
                settings = backup_settings(uow, default)
            return make_backup(database, settings.folder, "manual", policy=settings.policy)

        def done(info: BackupInfo) -> None:
            self.backup_now_button.setEnabled(True)
            self.status.setText(self.tr("Backed up to {path}.").format(path=str(info.path)))
            self.ctx.hub.status_message.emit(self.tr("Backup made."))
            self.ctx.hub.data_changed.emit("backups")
            self.backup_made.emit(str(info.path))

        def failed(exc: BaseException) -> None:
            self.backup_now_button.setEnabled(True)
            self.status.setText(self.tr("The backup failed: {why}").format(why=error_text(exc)))

        self.ctx.tasks.submit(job, done, failed)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.info_at(rows[0].row())
        return self.model.info_at(0) if self.model.rowCount() else None

    def open_restore(self) -> RestoreDialog | None:
        info = self.selected_backup()
        if info is None:
            self.status.setText(self.tr("There is no backup to restore yet."))
            return None
        dialog = RestoreDialog(self.ctx, info.path, self)
        dialog.open()
        return dialog

    def check_now(self) -> None:
        self.check_button.setEnabled(False)
        self.status.setText(self.tr("Checking the database…"))
        database = self.ctx.app.database

        def done(report: IntegrityReport) -> None:
            self.check_button.setEnabled(True)
            if report.ok:
                self.status.setText(self.tr("The database is healthy."))
            else:
                self.status.setText(
                    self.tr("Problems found: {problems}. Restore the latest good backup.").format(
                        problems="; ".join(shown(problem) for problem in report.problems[:3])
                    )
                )

        self.ctx.tasks.submit(lambda _p: check_database(database), done)
