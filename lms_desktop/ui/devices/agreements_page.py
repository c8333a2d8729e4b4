"""Settings page: which device types need an acceptable-use agreement, and its text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from lms_desktop.devices.agreements import agreement_for, remove_agreement, set_agreement
from lms_desktop.devices.register import device_types
from lms_desktop.errors import DomainError
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.devices.widgets import ErrorLine
from lms_desktop.ui.domain_text import error_text


class DeviceAgreementsPage(QWidget):
    """Choose a device type, write its agreement, save; 'No agreement' removes it."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.device_type = QComboBox()
        self.device_type.setAccessibleName(self.tr("Device type"))
        with ctx.unit_of_work() as uow:
            for t in device_types(uow):
                self.device_type.addItem(t.name, t.code)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Agreement title"))
        self.title.setPlaceholderText(self.tr("e.g. Hotspot loan agreement 2026-27"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Agreement text"))
        self.body.setPlaceholderText(
            self.tr("The text the student (and a guardian) sign. It is printed on the receipt.")
        )
        self.state = QLabel()
        self.state.setAccessibleName(self.tr("Agreement state"))
        self.save_button = QPushButton(self.tr("Save agreement"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("No agreement for this type"))
        self.remove_button.setAccessibleName(self.remove_button.text())
        self.remove_button.clicked.connect(self.remove)
        self.error = ErrorLine()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Device type:"), self.device_type)
        form.addRow("", self.state)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Text:"), self.body)
        form.addRow("", buttons)
        form.addRow("", self.error)
        self.device_type.currentIndexChanged.connect(self.load)
        self.load()

    def _code(self) -> str:
        return str(self.device_type.currentData())

    def load(self) -> None:
        with self.ctx.unit_of_work() as uow:
            agreement = agreement_for(uow, self._code())
        self.title.setText(agreement.title if agreement else "")
        self.body.setPlainText(agreement.body if agreement else "")
        self.state.setText(
            self.tr("Lending needs this agreement to be accepted.")
            if agreement
            else self.tr("No agreement needed for this type.")
        )

    def save(self) -> None:
        try:
            with self.ctx.unit_of_work() as uow:
                set_agreement(uow, self._code(), self.title.text(), self.body.toPlainText())
                uow.commit()
        except DomainError as exc:
            self.error.show_message(error_text(exc))
            return
        self.error.show_message("")
        self.load()
        self.ctx.hub.status_message.emit(self.tr("Agreement saved."))
        self.ctx.hub.data_changed.emit("settings")

    def remove(self) -> None:
        with self.ctx.unit_of_work() as uow:
            remove_agreement(uow, self._code())
            uow.commit()
        self.load()
        self.ctx.hub.data_changed.emit("settings")
