"""Small shared pieces of the Devices screens: the condition checklist and an error line."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QWidget

from lms_desktop.devices.condition import ConditionInput
from lms_desktop.errors import ValidationError
from lms_desktop.ui.theme import text_colour_css


class ConditionChecklist(QWidget):
    """Screen, keyboard, hinge, charger ticked when fine, plus a free 'other' line.

    Signals:
        changed(): a box was ticked or the text edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.screen = QCheckBox(self.tr("Screen OK"))
        self.keyboard = QCheckBox(self.tr("Keyboard OK"))
        self.hinge = QCheckBox(self.tr("Hinge OK"))
        self.charger = QCheckBox(self.tr("Charger OK"))
        for n, box in enumerate((self.screen, self.keyboard, self.hinge, self.charger)):
            box.setChecked(True)
            box.setAccessibleName(box.text())
            box.toggled.connect(self.changed)
            grid.addWidget(box, n // 2, n % 2)
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("Other damage or notes (optional)"))
        self.other.setAccessibleName(self.tr("Other condition notes"))
        self.other.textChanged.connect(self.changed)
        grid.addWidget(self.other, 2, 0, 1, 2)

    def condition(self) -> ConditionInput:
        return ConditionInput(
            screen_ok=self.screen.isChecked(),
            keyboard_ok=self.keyboard.isChecked(),
            hinge_ok=self.hinge.isChecked(),
            charger_ok=self.charger.isChecked(),
            other=self.other.text().strip(),
        )


class ErrorLine(QLabel):
    """A red line under a form that says what went wrong and what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(text_colour_css("#9b1c1c"))
        self.setAccessibleName(QCoreApplication.translate("DeviceWidgets", "Problem"))
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def parse_money(text: str) -> int | None:
    cleaned = text.strip().replace("$", "").replace(",", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(
            QCoreApplication.translate(
                "DeviceWidgets", "'{text}' is not an amount. Type it like 25.00."
            ).format(text=text)
        ) from None
    return int((value * 100).to_integral_value())


def parse_day(text: str, what: str) -> date | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        raise ValidationError(
            QCoreApplication.translate(
                "DeviceWidgets", "{what} '{text}' is not a date. Type it as 2025-08-14."
            ).format(what=what, text=text)
        ) from None
