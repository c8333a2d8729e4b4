"""Small makerspace dialogs: record a training, log material used, restock."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.circulation.patrons import search_patrons
from lms_desktop.errors import DomainError
from lms_desktop.makerspace.bookings import BookingInfo
from lms_desktop.makerspace.certificates import CertificateInfo, record_certificate
from lms_desktop.makerspace.resources import (
    CertificationInfo,
    ConsumableInfo,
    ConsumableUseInfo,
    log_consumable_use,
    restock,
)
from lms_desktop.makerspace.schedule import SchoolCalendar
from lms_desktop.makerspace.slots import label_slot
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text, shown
from lms_desktop.ui.makerspace.qdates import from_qdate
from lms_desktop.ui.tasks import Progress
from lms_desktop.ui.theme import text_colour_css


class _FormDialog(QDialog):
    """A form, a message line and OK/Cancel; `save()` runs on the database worker.

    Signals:
        saved(object): the service's result.
    """

    saved = Signal(object)
    # each form gives the database work for its Save: checked here, then run on the worker
    # (it raises DomainError for a form filled in wrongly)
    job: Callable[[], object]

    def __init__(self, ctx: UiContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setStyleSheet(text_colour_css("#b00020"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def success_text(self, result: object) -> str:
        return self.tr("Saved.")

    def submit(self) -> None:
        try:
            work = self.job()
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return
        self.ok_button.setEnabled(False)
        self.ctx.tasks.submit(work, self._done, self._failed)  # type: ignore[arg-type]

    def _done(self, result: object) -> None:
        self.ok_button.setEnabled(True)
        self.ctx.hub.status_message.emit(self.success_text(result))
        self.ctx.hub.data_changed.emit("makerspace")
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.message.setText(error_text(exc))


class RecordTrainingDialog(_FormDialog):
    """Who was trained on what, by whom, when (expiry follows the training's validity)."""

    def __init__(
        self,
        ctx: UiContext,
        certifications: Sequence[CertificationInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Record a training"), parent)
        self.patron_search = QLineEdit()
        self.patron_search.setAccessibleName(self.tr("Find patron"))
        self.patron_search.setPlaceholderText(self.tr("Scan a card or type a name"))
        self.patron_box = QComboBox()
        self.patron_box.setAccessibleName(self.tr("Patron"))
        self.patron_search.textEdited.connect(self._search)
        self.training_box = QComboBox()
        self.training_box.setAccessibleName(self.tr("Training"))
        for c in certifications:
            self.training_box.addItem(c.name, c.id)
        self.trained_by = QLineEdit(ctx.staff_name)
        self.trained_by.setAccessibleName(self.tr("Trained by"))
        today = date.today()
        self.trained_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.trained_on.setCalendarPopup(True)
        self.trained_on.setAccessibleName(self.tr("Trained on"))
        self.form.addRow(self.tr("&Patron:"), self.patron_search)
        self.form.addRow("", self.patron_box)
        self.form.addRow(self.tr("&Training:"), self.training_box)
        self.form.addRow(self.tr("Trained &by:"), self.trained_by)
        self.form.addRow(self.tr("Trained &on:"), self.trained_on)

    def _search(self, text: str) -> None:
        self.patron_box.clear()
        if len(text.strip()) < 2:
            return
        with self.ctx.unit_of_work() as uow:
            for p in search_patrons(uow, text, limit=25):
                self.patron_box.addItem(f"{p.last_name}, {p.first_name} ({p.barcode})", p.id)

    def job(self) -> object:
        patron_id = self.patron_box.currentData()
        training_id = self.training_box.currentData()
        if patron_id is None:
            raise DomainError(self.tr("Find the patron first: scan their card or type a name."))
        if training_id is None:
            raise DomainError(self.tr("Add a training in Settings → Makerspace first."))
        by = self.trained_by.text()
        on = from_qdate(self.trained_on.date())

        def work(_p: Progress) -> CertificateInfo:
            with self.ctx.unit_of_work() as uow:
                info = record_certificate(uow, patron_id, training_id, by, on)
                uow.commit()
            return info

        return work

    def success_text(self, result: object) -> str:
        assert isinstance(result, CertificateInfo)
        return self.tr("{name} is certified for {training}.").format(
            name=result.patron_name, training=result.certification_name
        )


class LogUseDialog(_FormDialog):
    """Material used on a print or cut, logged against a booking when there is one."""

    def __init__(
        self,
        ctx: UiContext,
        consumables: Sequence[ConsumableInfo],
        bookings: Sequence[BookingInfo],
        cal: SchoolCalendar,
        booking_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Log material used"), parent)
        self.consumable_box = QComboBox()
        self.consumable_box.setAccessibleName(self.tr("Consumable"))
        for c in consumables:
            self.consumable_box.addItem(
                self.tr("{name} ({stock} {unit} left)").format(
                    name=c.name, stock=f"{c.stock:g}", unit=c.unit
                ),
                c.id,
            )
        self.quantity = QDoubleSpinBox()
        self.quantity.setRange(0, 1_000_000)
        self.quantity.setDecimals(1)
        self.quantity.setAccessibleName(self.tr("Quantity used"))
        self.booking_box = QComboBox()
        self.booking_box.setAccessibleName(self.tr("Booking"))
        self.booking_box.addItem(self.tr("No booking"), None)
        for b in bookings:
            if b.status in ("approved", "checked_in", "completed"):
                when = shown(label_slot(cal, b.starts_at, b.ends_at))
                label = f"{when} · {b.resource_name} · {b.who}"
                self.booking_box.addItem(label, b.id)
        if booking_id is not None:
            self.booking_box.setCurrentIndex(max(0, self.booking_box.findData(booking_id)))
        self.form.addRow(self.tr("&Material:"), self.consumable_box)
        self.form.addRow(self.tr("&Amount used:"), self.quantity)
        self.form.addRow(self.tr("&Booking:"), self.booking_box)

    def job(self) -> object:
        consumable_id = self.consumable_box.currentData()
        if consumable_id is None:
            raise DomainError(self.tr("Add consumables in Settings → Makerspace first."))
        quantity = self.quantity.value()
        booking_id = self.booking_box.currentData()

        def work(_p: Progress) -> ConsumableUseInfo:
            with self.ctx.unit_of_work() as uow:
                info = log_consumable_use(uow, consumable_id, quantity, booking_id)
                uow.commit()
            return info

        return work

    def success_text(self, result: object) -> str:
        assert isinstance(result, ConsumableUseInfo)
        if result.low_stock_warning:
            return shown(result.low_stock_warning)
        return self.tr("Logged.")


class RestockDialog(_FormDialog):
    def __init__(
        self,
        ctx: UiContext,
        consumables: Sequence[ConsumableInfo],
        consumable_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Restock"), parent)
        self.consumable_box = QComboBox()
        self.consumable_box.setAccessibleName(self.tr("Consumable"))
        for c in consumables:
            self.consumable_box.addItem(f"{c.name} ({c.unit})", c.id)
        if consumable_id is not None:
            self.consumable_box.setCurrentIndex(max(0, self.consumable_box.findData(consumable_id)))
        self.quantity = QDoubleSpinBox()
        self.quantity.setRange(0, 1_000_000)
        self.quantity.setAccessibleName(self.tr("Quantity arrived"))
        self.form.addRow(self.tr("&Material:"), self.consumable_box)
        self.form.addRow(self.tr("&Amount arrived:"), self.quantity)

    def job(self) -> object:
        consumable_id = self.consumable_box.currentData()
        if consumable_id is None:
            raise DomainError(self.tr("Add consumables in Settings → Makerspace first."))
        quantity = self.quantity.value()

        def work(_p: Progress) -> ConsumableInfo:
            with self.ctx.unit_of_work() as uow:
                info = restock(uow, consumable_id, quantity)
                uow.commit()
            return info

        return work
