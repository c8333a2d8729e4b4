"""One patron's privacy: reading history (librarian only), the family's copy, deletion."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.care.privacy import delete_patron, export_patron_record, reading_history
from lms_desktop.errors import DomainError
from lms_desktop.ui.care.sign_in import is_librarian
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text


class PatronPrivacyDialog(QDialog):
    """Signals:
    exported(str): the file a family's record was written to.
    deleted(int): the id of the patron whose personal data was removed.
    """

    exported = Signal(str)
    deleted = Signal(int)

    def __init__(
        self, ctx: UiContext, patron_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.patron_id = patron_id
        self.setWindowTitle(self.tr("Privacy: {name}").format(name=name))
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Reading history of {name}").format(name=name))
        self.heading.setAccessibleName(self.tr("Reading history heading"))
        layout.addWidget(self.heading)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Reading history"))
        layout.addWidget(self.history, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Privacy status"))
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export for the family…"))
        self.export_button.setAccessibleName(self.tr("Export everything about this patron"))
        self.export_button.clicked.connect(self._choose_export_file)
        self.delete_button = QPushButton(self.tr("Delete personal data…"))
        self.delete_button.setAccessibleName(self.tr("Delete this patron's personal data"))
        self.delete_button.clicked.connect(self._confirm_delete)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(560, 440)
        librarian = is_librarian(ctx)
        self.export_button.setEnabled(librarian)
        self.delete_button.setEnabled(librarian)
        self.load()

    def load(self) -> None:
        self.history.clear()
        try:
            with self.ctx.unit_of_work() as uow:
                entries = reading_history(uow, self.patron_id)
        except DomainError as exc:
            self.history.setEnabled(False)
            self.status.setText(error_text(exc))
            return
        for entry in entries:
            when = entry.checked_out_at.strftime("%Y-%m-%d")
            state = (
                self.tr("returned {day}").format(day=entry.returned_at.strftime("%Y-%m-%d"))
                if entry.returned_at
                else self.tr("still out")
            )
            self.history.addItem(f"{when}  {entry.title or entry.barcode} — {state}")
        if not entries:
            self.history.addItem(
                self.tr("No loans linked to this patron (older ones may have been anonymised).")
            )

    def _choose_export_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the patron's record"), "patron-record.json", "JSON (*.json)"
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        try:
            with self.ctx.unit_of_work() as uow:
                record = export_patron_record(uow, self.patron_id)
            path.write_text(json.dumps(record, indent=2, ensure_ascii=False), encoding="utf-8")
        except (DomainError, OSError) as exc:
            self.status.setText(error_text(exc))
            return False
        self.status.setText(self.tr("Saved to {path}.").format(path=str(path)))
        self.exported.emit(str(path))
        return True

    def _confirm_delete(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete personal data"),
            self.tr(
                "Remove this patron's name, card and contact details for good? Their past "
                "loans stay only as anonymous counts. This cannot be undone."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_now()

    def delete_now(self) -> bool:
        try:
            with self.ctx.unit_of_work() as uow:
                result = delete_patron(uow, self.patron_id)
                uow.commit()
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return False
        self.status.setText(
            self.tr("Deleted. {n} past loan(s) remain as anonymous counts.").format(
                n=result.loans_kept_anonymous
            )
        )
        self.history.clear()
        self.export_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.ctx.hub.data_changed.emit("patrons")
        self.deleted.emit(self.patron_id)
        return True
