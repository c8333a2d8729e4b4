"""Add, edit and withdraw copies of a title."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.catalog.copies import (
    EDITABLE_STATUSES,
    CopyView,
    add_copy,
    get_copy,
    update_copy,
    withdraw_copy,
)
from lms_desktop.catalog.lookups import copy_item_types, known_locations
from lms_desktop.errors import DomainError
from lms_desktop.ui.catalog.models import status_name
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text
from lms_desktop.ui.theme import text_colour_css


class CopyDialog(QDialog):
    """Add a copy to a title (no `copy`) or edit one.

    Signals:
        saved(int): the copy's item id.
    """

    saved = Signal(int)

    def __init__(
        self,
        ctx: UiContext,
        record_id: int,
        copy: CopyView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.copy = copy
        self.setWindowTitle(self.tr("Edit copy") if copy else self.tr("Add a copy"))
        self.barcode = QLineEdit(copy.barcode if copy else "")
        self.barcode.setAccessibleName(self.tr("Barcode"))
        self.call_number = QLineEdit(copy.call_number if copy else "")
        self.call_number.setAccessibleName(self.tr("Call number"))
        self.location = QLineEdit(copy.location if copy else "")
        self.location.setAccessibleName(self.tr("Location"))
        self.item_type = QComboBox()
        self.item_type.setAccessibleName(self.tr("Item type"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        with ctx.unit_of_work() as uow:
            for code, name in copy_item_types(uow):
                self.item_type.addItem(name, code)
            self.location.setCompleter(QCompleter(list(known_locations(uow)), self))
        if copy is not None:
            found = self.item_type.findData(copy.item_type)
            if found < 0:
                self.item_type.addItem(copy.item_type, copy.item_type)
                found = self.item_type.count() - 1
            self.item_type.setCurrentIndex(found)
        statuses = list(EDITABLE_STATUSES)
        if copy is not None and copy.status not in statuses:
            statuses = [copy.status]  # set by circulation; not changed by hand
        for status in statuses:
            self.status.addItem(status_name(status), status)
        if copy is not None:
            self.status.setCurrentIndex(self.status.findData(copy.status))
        self.status.setEnabled(len(statuses) > 1)
        self.price = QDoubleSpinBox()
        self.price.setRange(0, 100000)
        self.price.setDecimals(2)
        self.price.setAccessibleName(self.tr("Price"))
        self.has_price = QCheckBox(self.tr("Price known"))
        self.has_price.setAccessibleName(self.tr("Price known"))
        self.has_price.toggled.connect(self.price.setEnabled)
        if copy is not None and copy.price_cents is not None:
            self.price.setValue(copy.price_cents / 100)
            self.has_price.setChecked(True)
        self.price.setEnabled(self.has_price.isChecked())
        self.acquired = QDateEdit()
        self.acquired.setCalendarPopup(True)
        self.acquired.setAccessibleName(self.tr("Acquired on"))
        acquired = copy.acquired_on if copy and copy.acquired_on else date.today()
        self.acquired.setDate(QDate(acquired.year, acquired.month, acquired.day))
        # an imported copy often has no date: leave it so unless the librarian gives one
        self.has_acquired = QCheckBox(self.tr("Date known"))
        self.has_acquired.setAccessibleName(self.tr("Acquired date known"))
        self.has_acquired.toggled.connect(self.acquired.setEnabled)
        self.has_acquired.setChecked(copy is None or copy.acquired_on is not None)
        self.acquired.setEnabled(self.has_acquired.isChecked())

        form = QFormLayout()
        form.addRow(self.tr("&Barcode:"), self.barcode)
        form.addRow(self.tr("&Call number:"), self.call_number)
        form.addRow(self.tr("&Location:"), self.location)
        form.addRow(self.tr("Item &type:"), self.item_type)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.has_price, self.price)
        acquired_row = QHBoxLayout()
        acquired_row.addWidget(self.has_acquired)
        acquired_row.addWidget(self.acquired, 1)
        form.addRow(self.tr("&Acquired:"), acquired_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_colour_css("#aa0000"))
        self.message.setAccessibleName(self.tr("Problem"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def submit(self) -> bool:
        price = round(self.price.value() * 100) if self.has_price.isChecked() else None
        acquired: date | None = None
        if self.has_acquired.isChecked():
            picked = self.acquired.date().toPython()
            assert isinstance(picked, date)
            acquired = picked
        try:
            with self.ctx.unit_of_work() as uow:
                if self.copy is None:
                    item_id = add_copy(
                        uow,
                        self.record_id,
                        self.barcode.text(),
                        call_number=self.call_number.text(),
                        location=self.location.text(),
                        item_type=str(self.item_type.currentData()),
                        status=str(self.status.currentData()),
                        price_cents=price,
                        acquired_on=acquired,
                    )
                else:
                    status = str(self.status.currentData())
                    item_id = update_copy(
                        uow,
                        self.copy.id,
                        barcode=self.barcode.text(),
                        call_number=self.call_number.text(),
                        location=self.location.text(),
                        item_type=str(self.item_type.currentData()),
                        status=status if status != self.copy.status else None,
                        price_cents=price,
                        acquired_on=acquired,
                    ).id
                uow.commit()
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return False
        self.ctx.hub.data_changed.emit("catalog")
        self.saved.emit(item_id)
        self.accept()
        return True


class WithdrawDialog(QDialog):
    """Withdraw a copy from the collection, with the reason kept on the copy.

    Signals:
        withdrawn(int): the copy's item id.
    """

    withdrawn = Signal(int)

    REASONS = (
        QT_TRANSLATE_NOOP("WithdrawDialog", "Weeded (worn or out of date)"),
        QT_TRANSLATE_NOOP("WithdrawDialog", "Lost and paid for"),
        QT_TRANSLATE_NOOP("WithdrawDialog", "Damaged beyond repair"),
    )

    def __init__(self, ctx: UiContext, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item_id = item_id
        with ctx.unit_of_work() as uow:
            copy = get_copy(uow, item_id)
        self.setWindowTitle(self.tr("Withdraw copy {barcode}").format(barcode=copy.barcode))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setAccessibleName(self.tr("Reason for withdrawing"))
        for reason in self.REASONS:
            self.reason.addItem(self.tr(reason))
        explain = QLabel(
            self.tr(
                "Copy {barcode} leaves the collection. Its loan history is kept, and it can "
                "no longer be checked out."
            ).format(barcode=copy.barcode)
        )
        explain.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_colour_css("#aa0000"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Withdraw"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def submit(self) -> bool:
        try:
            with self.ctx.unit_of_work() as uow:
                withdraw_copy(uow, self.item_id, self.reason.currentText())
                uow.commit()
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return False
        self.ctx.hub.data_changed.emit("catalog")
        self.withdrawn.emit(self.item_id)
        self.accept()
        return True
