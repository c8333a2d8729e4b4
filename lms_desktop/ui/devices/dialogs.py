"""Dialogs of the Devices section: add/edit, bulk add, lend, return, incident, repair."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.circulation.patrons import find_patron_by_barcode
from lms_desktop.devices.agreements import (
    AgreementView,
    agreement_for_device,
    receipt_snapshot,
    write_receipt_pdf,
)
from lms_desktop.devices.incidents import (
    INCIDENT_KINDS,
    IncidentInput,
    IncidentView,
    PhotoInput,
    image_kind,
    photo_from_file,
    report_incident,
)
from lms_desktop.devices.kits import (
    ComponentSettlement,
    KitCheck,
    LoanComponentView,
    check_kit,
    components_of,
    components_on_loan,
)
from lms_desktop.devices.lending import (
    DeviceCheckin,
    DeviceCheckout,
    lend_device,
    return_device,
)
from lms_desktop.devices.priority import PRIORITY_NAMES, Level, Priority, priority_for
from lms_desktop.devices.register import (
    MANUAL_STATUSES,
    BulkAddResult,
    DeviceInput,
    add_device,
    bulk_add_devices,
    device_detail,
    device_types,
    update_device,
)
from lms_desktop.devices.repairs import TicketView, open_ticket
from lms_desktop.errors import DomainError, ValidationError
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.devices.models import money, status_text
from lms_desktop.ui.devices.widgets import ConditionChecklist, ErrorLine, parse_day, parse_money
from lms_desktop.ui.domain_text import error_text, shown


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setDefault(True)
    ok.setAccessibleName(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(dialog.tr("Cancel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _line(name: str, text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class DeviceDialog(QDialog):
    """Add a device, or edit one (`existing` given)."""

    def __init__(
        self, ctx: UiContext, existing: DeviceInput | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.existing = existing
        self.saved_tag = ""
        self.setWindowTitle(self.tr("Edit device") if existing else self.tr("Add a device"))
        d = existing or DeviceInput("", "chromebook")
        form = QFormLayout()
        self.asset_tag = _line(self.tr("Asset tag"), d.asset_tag, self.tr("Scan the asset tag"))
        self.device_type = QComboBox()
        self.device_type.setAccessibleName(self.tr("Device type"))
        with ctx.unit_of_work() as uow:
            for t in device_types(uow):
                self.device_type.addItem(t.name, t.code)
        self.device_type.setCurrentIndex(max(0, self.device_type.findData(d.device_type)))
        self.make = _line(self.tr("Make"), d.make, "Lenovo")
        self.model = _line(self.tr("Model"), d.model, "100e Gen 4")
        self.serial = _line(self.tr("Serial number"), d.serial_number)
        self.mac = _line(self.tr("MAC address"), d.mac_address, "3C:22:FB:01:A2:9E")
        self.imei = _line(self.tr("IMEI"), d.imei, self.tr("hotspots and tablets with a SIM"))
        self.purchase = _line(
            self.tr("Purchase date"),
            d.purchase_date.isoformat() if d.purchase_date else "",
            "2025-08-14",
        )
        self.price = _line(self.tr("Purchase price"), money(d.price_cents), "289.00")
        self.warranty = _line(
            self.tr("Warranty end"),
            d.warranty_end.isoformat() if d.warranty_end else "",
            "2028-08-13",
        )
        self.home = _line(self.tr("Home location"), d.home_location, self.tr("Library closet"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        statuses = list(MANUAL_STATUSES)
        if d.status not in statuses:
            statuses.insert(0, d.status)
        for s in statuses:
            self.status.addItem(status_text(s), s)
        self.status.setCurrentIndex(self.status.findData(d.status))
        self.status.setEnabled(d.status in MANUAL_STATUSES)
        self.notes = QPlainTextEdit(d.notes)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(60)
        for label, widget in (
            (self.tr("Asset tag:"), self.asset_tag),
            (self.tr("Type:"), self.device_type),
            (self.tr("Make:"), self.make),
            (self.tr("Model:"), self.model),
            (self.tr("Serial number:"), self.serial),
            (self.tr("MAC address:"), self.mac),
            (self.tr("IMEI:"), self.imei),
            (self.tr("Purchased on:"), self.purchase),
            (self.tr("Price:"), self.price),
            (self.tr("Warranty ends:"), self.warranty),
            (self.tr("Home location:"), self.home),
            (self.tr("Status:"), self.status),
            (self.tr("Notes:"), self.notes),
        ):
            form.addRow(label, widget)
        self.error = ErrorLine()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Save")))

    def device_input(self) -> DeviceInput:
        return DeviceInput(
            asset_tag=self.asset_tag.text().strip(),
            device_type=str(self.device_type.currentData()),
            make=self.make.text(),
            model=self.model.text(),
            serial_number=self.serial.text(),
            mac_address=self.mac.text(),
            imei=self.imei.text(),
            purchase_date=parse_day(self.purchase.text(), self.tr("Purchase date")),
            price_cents=parse_money(self.price.text()),
            warranty_end=parse_day(self.warranty.text(), self.tr("Warranty end")),
            home_location=self.home.text(),
            notes=self.notes.toPlainText(),
            status=str(self.status.currentData()),
        )

    def accept(self) -> None:
        try:
            data = self.device_input()
            with self.ctx.unit_of_work() as uow:
                if self.existing is None:
                    row = add_device(uow, data)
                else:
                    row = update_device(uow, self.existing.asset_tag, data)
                uow.commit()
        except DomainError as exc:
            self.error.show_message(error_text(exc))
            return
        self.saved_tag = row.asset_tag
        self.ctx.hub.data_changed.emit("devices")
        super().accept()


class BulkAddDialog(QDialog):
    """Scan a stack of new asset tags that share type, make, model and purchase details."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: BulkAddResult | None = None
        self.setWindowTitle(self.tr("Add devices by scanning their asset tags"))
        form = QFormLayout()
        self.device_type = QComboBox()
        self.device_type.setAccessibleName(self.tr("Device type"))
        with ctx.unit_of_work() as uow:
            for t in device_types(uow):
                self.device_type.addItem(t.name, t.code)
        self.make = _line(self.tr("Make"))
        self.model = _line(self.tr("Model"))
        self.purchase = _line(self.tr("Purchase date"), placeholder="2025-08-14")
        self.price = _line(self.tr("Purchase price"), placeholder="289.00")
        self.home = _line(self.tr("Home location"))
        form.addRow(self.tr("Type:"), self.device_type)
        form.addRow(self.tr("Make:"), self.make)
        form.addRow(self.tr("Model:"), self.model)
        form.addRow(self.tr("Purchased on:"), self.purchase)
        form.addRow(self.tr("Price:"), self.price)
        form.addRow(self.tr("Home location:"), self.home)
        self.scan = _line(self.tr("Scan an asset tag"), placeholder=self.tr("Scan each tag here"))
        self.scan.returnPressed.connect(self._scanned)
        self.tags = QPlainTextEdit()
        self.tags.setAccessibleName(self.tr("Scanned asset tags"))
        self.tags.setPlaceholderText(self.tr("…or paste the tags here, one per line"))
        self.tags.textChanged.connect(self._count)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of tags"))
        self.error = ErrorLine()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.scan)
        layout.addWidget(self.tags)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Add devices")))
        self._count()

    def _scanned(self) -> None:
        tag = self.scan.text().strip()
        if tag:
            self.tags.appendPlainText(tag)
        self.scan.clear()

    def tag_list(self) -> list[str]:
        return [t for t in self.tags.toPlainText().splitlines() if t.strip()]

    def _count(self) -> None:
        self.count.setText(self.tr("%n tag(s) scanned", "", len(self.tag_list())))

    def accept(self) -> None:
        try:
            template = DeviceInput(
                asset_tag="TEMPLATE",
                device_type=str(self.device_type.currentData()),
                make=self.make.text(),
                model=self.model.text(),
                purchase_date=parse_day(self.purchase.text(), self.tr("Purchase date")),
                price_cents=parse_money(self.price.text()),
                home_location=self.home.text(),
            )
            if not self.tag_list():
                raise ValidationError(self.tr("Scan at least one asset tag first."))
            with self.ctx.unit_of_work() as uow:
                result = bulk_add_devices(uow, self.tag_list(), template)
                uow.commit()
        except DomainError as exc:
            self.error.show_message(error_text(exc))
            return
        self.result_ = result
        self.ctx.hub.data_changed.emit("devices")
        self.ctx.hub.status_message.emit(
            self.tr("{added} devices added; {known} were already registered.").format(
                added=len(result.added), known=len(result.already_registered)
            )
        )
        super().accept()


class LendDialog(QDialog):
    """Lend one device: the borrower's card, the condition, the kit and the agreement."""

    def __init__(self, ctx: UiContext, asset_tag: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.asset_tag = asset_tag
        self.outcome: DeviceCheckout | None = None
        self.setWindowTitle(self.tr("Lend {tag}").format(tag=asset_tag))
        self.setMinimumWidth(480)
        with ctx.unit_of_work() as uow:
            detail = device_detail(uow, asset_tag)
            kit = components_of(uow, detail.row.item_id, present_only=True)
            self.agreement: AgreementView | None = agreement_for_device(uow, asset_tag)
        form = QFormLayout()
        self.patron_card = _line(self.tr("Borrower's card"), placeholder=self.tr("Scan the card"))
        form.addRow(self.tr("Borrower:"), self.patron_card)
        kit_text = ", ".join(c.name for c in kit) or self.tr("no components")
        self.kit_label = QLabel(kit_text)
        self.kit_label.setAccessibleName(self.tr("Components going out"))
        form.addRow(self.tr("Goes out with:"), self.kit_label)
        self.condition = ConditionChecklist()
        form.addRow(self.tr("Condition:"), self.condition)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.accepted_box = QCheckBox(self.tr("The borrower accepted the agreement"))
        self.accepted_box.setAccessibleName(self.accepted_box.text())
        if self.agreement is not None:
            group = QGroupBox(self.agreement.title)
            inner = QVBoxLayout(group)
            text = QTextBrowser()
            text.setPlainText(self.agreement.body)
            text.setAccessibleName(self.tr("Agreement text"))
            text.setMaximumHeight(140)
            inner.addWidget(text)
            inner.addWidget(self.accepted_box)
            layout.addWidget(group)
        else:
            self.accepted_box.hide()
        self.error = ErrorLine()
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Lend")))

    def accept(self) -> None:
        try:
            with self.ctx.unit_of_work() as uow:
                patron = find_patron_by_barcode(uow, self.patron_card.text())
                if patron is None:
                    raise ValidationError(
                        self.tr("No patron has the card {card}. Scan the card again.").format(
                            card=self.patron_card.text().strip() or "—"
                        )
                    )
                outcome = lend_device(
                    uow,
                    patron.id,
                    self.asset_tag,
                    self.condition.condition(),
                    agreement_accepted=self.accepted_box.isChecked(),
                )
        except DomainError as exc:
            self.error.show_message(error_text(exc))
            return
        self.outcome = outcome
        if not outcome.lent:
            self.error.show_message(shown(outcome.result.message))
            return
        self.ctx.hub.status_message.emit(shown(outcome.result.message))
        self.ctx.hub.data_changed.emit("loans")
        self.ctx.hub.data_changed.emit("devices")
        super().accept()

    def save_receipt(self, path: Path) -> Path:
        assert self.outcome is not None and self.outcome.receipt_id is not None
        with self.ctx.unit_of_work() as uow:
            snapshot = receipt_snapshot(uow, self.outcome.receipt_id)
        return write_receipt_pdf(snapshot, path)


class LoanerAgreementDialog(QDialog):
    """Before a loaner goes out: the agreement its type requires, read with the student."""

    def __init__(
        self, agreement: AgreementView, loaner_tag: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.loaner_tag = loaner_tag
        self.setWindowTitle(self.tr("Agreement for loaner {tag}").format(tag=loaner_tag))
        layout = QVBoxLayout(self)
        group = QGroupBox(agreement.title)
        inner = QVBoxLayout(group)
        text = QTextBrowser()
        text.setPlainText(agreement.body)
        text.setAccessibleName(self.tr("Agreement text"))
        inner.addWidget(text)
        self.accepted_box = QCheckBox(self.tr("The student accepted the agreement"))
        self.accepted_box.setAccessibleName(self.accepted_box.text())
        inner.addWidget(self.accepted_box)
        layout.addWidget(group)
        self.error = ErrorLine()
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Lend the loaner")))

    def accept(self) -> None:
        if not self.accepted_box.isChecked():
            self.error.show_message(
                self.tr("Read the agreement with the student, then tick that they accepted it.")
            )
            return
        super().accept()


class ReturnDialog(QDialog):
    """Check a device in: which components came back, and its condition now."""

    def __init__(
        self, ctx: UiContext, asset_tag: str, loan_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.asset_tag = asset_tag
        self.outcome: DeviceCheckin | None = None
        self.setWindowTitle(self.tr("Check in {tag}").format(tag=asset_tag))
        with ctx.unit_of_work() as uow:
            self.kit: list[LoanComponentView] = components_on_loan(uow, loan_id)
        layout = QVBoxLayout(self)
        self.component_boxes: dict[int, QCheckBox] = {}
        if self.kit:
            group = QGroupBox(self.tr("Which components came back?"))
            inner = QVBoxLayout(group)
            for lc in self.kit:
                box = QCheckBox(
                    self.tr("{name} (replacement {fee})").format(
                        name=lc.component.name, fee=money(lc.component.replacement_fee_cents)
                    )
                )
                box.setChecked(True)
                box.setAccessibleName(lc.component.name)
                self.component_boxes[lc.component.id] = box
                inner.addWidget(box)
            layout.addWidget(group)
        group = QGroupBox(self.tr("Condition now"))
        inner = QVBoxLayout(group)
        self.condition = ConditionChecklist()
        inner.addWidget(self.condition)
        layout.addWidget(group)
        self.error = ErrorLine()
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Check in")))

    def accept(self) -> None:
        returned = [cid for cid, box in self.component_boxes.items() if box.isChecked()]
        try:
            with self.ctx.unit_of_work() as uow:
                outcome = return_device(uow, self.asset_tag, self.condition.condition(), returned)
        except DomainError as exc:
            self.error.show_message(error_text(exc))
            return
        self.outcome = outcome
        # the answer already names any missing component and its fee
        message = shown(outcome.result.message)
        if outcome.new_damage:
            message += " " + self.tr("New damage: {parts}. Complete the damage report.").format(
                parts=", ".join(shown(part) for part in outcome.new_damage)
            )
        self.ctx.hub.status_message.emit(message)
        self.ctx.hub.data_changed.emit("loans")
        self.ctx.hub.data_changed.emit("fees")
        self.ctx.hub.data_changed.emit("devices")
        super().accept()


class KitCheckDialog(QDialog):
    """A device came back at the desk: tick the components that came back with it."""

    def __init__(self, ctx: UiContext, check: KitCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.check = check
        self.settlement: ComponentSettlement | None = None
        self.setWindowTitle(self.tr("Kit of {tag}").format(tag=check.asset_tag))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Returned by {name}. Which components came back?").format(
                    name=check.patron_name or self.tr("(private)")
                )
            )
        )
        self.component_boxes: dict[int, QCheckBox] = {}
        for lc in check.components:
            box = QCheckBox(
                self.tr("{name} (replacement {fee})").format(
                    name=lc.component.name, fee=money(lc.component.replacement_fee_cents)
                )
            )
            box.setChecked(True)
            box.setAccessibleName(lc.component.name)
            self.component_boxes[lc.component.id] = box
            layout.addWidget(box)
        self.error = ErrorLine()
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Save")))

    def accept(self) -> None:
        returned = [cid for cid, box in self.component_boxes.items() if box.isChecked()]
        try:
            with self.ctx.unit_of_work() as uow:
                self.settlement = check_kit(uow, self.check.loan_id, returned)
        except DomainError as exc:
            self.error.show_message(error_text(exc))
            return
        if self.settlement.missing:
            self.ctx.hub.status_message.emit(
                self.tr("Missing: {names} — {fee} charged.").format(
                    names=", ".join(m.component.name for m in self.settlement.missing),
                    fee=money(self.settlement.fee_total_cents),
                )
            )
            self.ctx.hub.data_changed.emit("fees")
        self.ctx.hub.data_changed.emit("devices")
        super().accept()


class IncidentDialog(QDialog):
    """Record damage, loss or theft with a description, photos and a fee."""

    def __init__(
        self,
        ctx: UiContext,
        asset_tag: str,
        description: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.asset_tag = asset_tag
        self.photos: list[PhotoInput] = []
        self.saved: IncidentView | None = None
        self.setWindowTitle(self.tr("Report damage or loss of {tag}").format(tag=asset_tag))
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What happened"))
        names = {"damage": self.tr("Damage"), "loss": self.tr("Loss"), "theft": self.tr("Theft")}
        for kind in INCIDENT_KINDS:
            self.kind.addItem(names[kind], kind)
        self.description = QPlainTextEdit(description)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("e.g. cracked screen, lower left corner"))
        self.description.setFixedHeight(70)
        self.fee = _line(self.tr("Fee"), placeholder="0.00")
        self.patron_card = _line(
            self.tr("Responsible patron's card"),
            placeholder=self.tr("empty: whoever has or last had the device"),
        )
        form.addRow(self.tr("What happened:"), self.kind)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Fee:"), self.fee)
        form.addRow(self.tr("Responsible:"), self.patron_card)
        self.photo_list = QListWidget()
        self.photo_list.setAccessibleName(self.tr("Photos"))
        self.photo_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.photo_list.setIconSize(QPixmap(96, 96).size())
        self.photo_list.setFixedHeight(130)
        add_file = QPushButton(self.tr("Add photo from file…"))
        add_file.setAccessibleName(add_file.text())
        add_file.clicked.connect(self._choose_photo)
        self.webcam_button = QPushButton(self.tr("Take photo with webcam…"))
        self.webcam_button.setAccessibleName(self.webcam_button.text())
        self.webcam_button.clicked.connect(self._webcam)
        buttons = QHBoxLayout()
        buttons.addWidget(add_file)
        buttons.addWidget(self.webcam_button)
        buttons.addStretch(1)
        self.error = ErrorLine()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Photos:")))
        layout.addWidget(self.photo_list)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Save incident")))

    def add_photo(self, photo: PhotoInput) -> None:
        if image_kind(photo.data) is None:
            self.error.show_message(
                self.tr("{name} is not a picture. Choose a PNG or JPEG photo.").format(
                    name=photo.file_name
                )
            )
            return
        self.photos.append(photo)
        image = QImage.fromData(photo.data)
        item = QListWidgetItem(photo.file_name)
        if not image.isNull():
            item.setIcon(
                QPixmap.fromImage(image.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio))
            )
        self.photo_list.addItem(item)
        self.error.show_message("")

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"),
        )
        if path:
            try:
                self.add_photo(photo_from_file(Path(path)))
            except DomainError as exc:
                self.error.show_message(error_text(exc))

    def _webcam(self) -> None:
        from lms_desktop.ui.devices.webcam import take_webcam_photo

        photo = take_webcam_photo(self)
        if photo is not None:
            self.add_photo(photo)

    def accept(self) -> None:
        try:
            data = IncidentInput(
                asset_tag=self.asset_tag,
                description=self.description.toPlainText(),
                kind=str(self.kind.currentData()),
                fee_cents=parse_money(self.fee.text()) or 0,
                patron_barcode=self.patron_card.text().strip() or None,
                photos=tuple(self.photos),
            )
            with self.ctx.unit_of_work() as uow:
                self.saved = report_incident(uow, data)
        except DomainError as exc:
            self.error.show_message(error_text(exc))
            return
        self.ctx.hub.data_changed.emit("devices")
        if data.fee_cents:
            self.ctx.hub.data_changed.emit("fees")
        super().accept()


class TicketDialog(QDialog):
    """Open a repair ticket: symptom, impact and urgency; the priority shows as you choose.

    Signals:
        priority_shown(int): the priority now displayed.
    """

    priority_shown = Signal(int)

    def __init__(
        self,
        ctx: UiContext,
        asset_tag: str,
        incident_id: int | None = None,
        symptom: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.asset_tag = asset_tag
        self.incident_id = incident_id
        self.saved: TicketView | None = None
        self.setWindowTitle(self.tr("Repair ticket for {tag}").format(tag=asset_tag))
        form = QFormLayout()
        self.symptom = QPlainTextEdit(symptom)
        self.symptom.setAccessibleName(self.tr("Symptom"))
        self.symptom.setPlaceholderText(self.tr("What is wrong, as IT should read it"))
        self.symptom.setFixedHeight(70)
        self.impact = QComboBox()
        self.impact.setAccessibleName(self.tr("Impact"))
        self.urgency = QComboBox()
        self.urgency.setAccessibleName(self.tr("Urgency"))
        impact_help = {
            Level.HIGH: self.tr("High — the student cannot work at all"),
            Level.MEDIUM: self.tr("Medium — works, with a real problem"),
            Level.LOW: self.tr("Low — cosmetic or minor"),
        }
        urgency_help = {
            Level.HIGH: self.tr("High — needed today (testing, only device)"),
            Level.MEDIUM: self.tr("Medium — needed this week"),
            Level.LOW: self.tr("Low — whenever IT can"),
        }
        for level in Level:
            self.impact.addItem(impact_help[level], int(level))
            self.urgency.addItem(urgency_help[level], int(level))
        self.impact.setCurrentIndex(1)
        self.urgency.setCurrentIndex(1)
        self.priority_label = QLabel()
        self.priority_label.setAccessibleName(self.tr("Priority"))
        self.impact.currentIndexChanged.connect(self._show_priority)
        self.urgency.currentIndexChanged.connect(self._show_priority)
        form.addRow(self.tr("Symptom:"), self.symptom)
        form.addRow(self.tr("Impact:"), self.impact)
        form.addRow(self.tr("Urgency:"), self.urgency)
        form.addRow(self.tr("Priority:"), self.priority_label)
        self.error = ErrorLine()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Open ticket")))
        self._show_priority()

    def priority(self) -> int:
        return int(priority_for(int(self.impact.currentData()), int(self.urgency.currentData())))

    def _show_priority(self) -> None:
        value = self.priority()
        self.priority_label.setText(
            self.tr("{n} — {name}").format(n=value, name=shown(PRIORITY_NAMES[Priority(value)]))
        )
        self.priority_shown.emit(value)

    def accept(self) -> None:
        try:
            with self.ctx.unit_of_work() as uow:
                self.saved = open_ticket(
                    uow,
                    self.asset_tag,
                    self.symptom.toPlainText(),
                    int(self.impact.currentData()),
                    int(self.urgency.currentData()),
                    incident_id=self.incident_id,
                )
                uow.commit()
        except DomainError as exc:
            self.error.show_message(error_text(exc))
            return
        self.ctx.hub.data_changed.emit("devices")
        self.ctx.hub.data_changed.emit("repairs")
        super().accept()
