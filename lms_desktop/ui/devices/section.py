"""The Devices section: the register with details and history, repairs, carts, collection."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.circulation.patrons import find_patron_by_barcode
from lms_desktop.devices.agreements import (
    agreement_for_device,
    receipt_snapshot,
    write_receipt_pdf,
)
from lms_desktop.devices.carts import (
    CartInfo,
    CartView,
    SlotView,
    all_carts,
    assign_to_slot,
    cart_view,
    create_cart,
    return_device_to_cart,
)
from lms_desktop.devices.condition import ConditionView, condition_history
from lms_desktop.devices.csv_io import export_devices_csv, import_devices_csv
from lms_desktop.devices.incidents import (
    IncidentView,
    damage_history,
    incident_photos,
    incidents_for_device,
)
from lms_desktop.devices.kits import (
    KitCheck,
    add_component,
    components_of,
    kits_to_check,
    remove_component,
)
from lms_desktop.devices.lending import (
    assign_one_to_one,
    bulk_return,
    lend_device,
    lend_loaner_for_repair,
    open_device_loan,
    return_device,
)
from lms_desktop.devices.register import (
    DEVICE_STATUSES,
    DeviceDetail,
    DeviceFilter,
    LoanHistoryRow,
    device_detail,
    device_input_of,
    device_types,
    find_device_ids,
    loan_history,
)
from lms_desktop.devices.repairs import (
    ACTIVE_STATUSES,
    STATUS_NAMES,
    TICKET_STATUSES,
    TicketView,
    tickets,
    update_ticket,
    write_handoff_csv,
    write_handoff_pdf,
)
from lms_desktop.devices.yearend import (
    HomeroomDevicesOut,
    devices_out_by_homeroom,
    write_devices_out_csv,
)
from lms_desktop.errors import DomainError, ValidationError
from lms_desktop.school.settings import SCHOOL_NAME, get_setting
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.devices.dialogs import (
    BulkAddDialog,
    DeviceDialog,
    IncidentDialog,
    KitCheckDialog,
    LendDialog,
    LoanerAgreementDialog,
    ReturnDialog,
    TicketDialog,
)
from lms_desktop.ui.devices.models import (
    Column,
    DeviceListModel,
    RowsModel,
    incident_kind_text,
    local_text,
    money,
    phase_text,
    status_text,
)
from lms_desktop.ui.devices.widgets import ErrorLine, parse_money
from lms_desktop.ui.domain_text import error_text, shown

REFRESH_ON = {"devices", "loans", "repairs", "fees", "carts", "patrons"}


def _table(model: Any, name: str, fit_columns: bool = True) -> QTableView:
    """A read-only row table; `fit_columns` sizes columns to their text (small tables
    only: it reads every row)."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(24)
    if fit_columns:
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
    return view


def _button(text: str, slot: Any) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text)
    button.clicked.connect(slot)
    return button


class DeviceDetailPanel(QWidget):
    """One device: its facts, kit, and the history of its loans, incidents and checks."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: DeviceDetail | None = None
        self.title = QLabel(self.tr("Choose a device in the list."))
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.title.setAccessibleName(self.tr("Device"))
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setAccessibleName(self.tr("Device details"))

        self.lend_button = _button(self.tr("Lend…"), self.lend)
        self.return_button = _button(self.tr("Check in…"), self.check_in)
        self.edit_button = _button(self.tr("Edit…"), self.edit)
        self.incident_button = _button(self.tr("Report damage…"), self.report_damage)
        self.ticket_button = _button(self.tr("Repair ticket…"), self.open_ticket)
        self.receipt_button = _button(self.tr("Save receipt PDF…"), self.save_receipt)
        self.receipt_button.setEnabled(False)
        self.assign_button = _button(self.tr("1:1 student…"), self.assign_student)
        self.loaner_button = _button(self.tr("Lend a loaner…"), self.lend_loaner)
        # (asset tag, receipt id) of the last agreement receipt given here
        self.last_receipt: tuple[str, int] | None = None
        self.loaner_agreement: LoanerAgreementDialog | None = None
        self.damage_report: IncidentDialog | None = None
        self.loaner_message = ""
        actions = QGridLayout()
        for n, b in enumerate(
            (
                self.lend_button,
                self.return_button,
                self.edit_button,
                self.incident_button,
                self.ticket_button,
                self.receipt_button,
                self.assign_button,
                self.loaner_button,
            )
        ):
            actions.addWidget(b, n // 4, n % 4)

        self.components = QListWidget()
        self.components.setAccessibleName(self.tr("Components in the kit"))
        self.components.setMaximumHeight(80)
        self.add_component_button = _button(self.tr("Add component…"), self.add_component)
        self.remove_component_button = _button(self.tr("Remove component"), self.remove_component)
        kit_row = QHBoxLayout()
        kit_row.addWidget(self.components, 1)
        kit_buttons = QVBoxLayout()
        kit_buttons.addWidget(self.add_component_button)
        kit_buttons.addWidget(self.remove_component_button)
        kit_buttons.addStretch(1)
        kit_row.addLayout(kit_buttons)

        self.loans_model: RowsModel[LoanHistoryRow] = RowsModel(
            [
                Column(self.tr("Out"), lambda r: local_text(r.checked_out_at)),
                Column(self.tr("Due"), lambda r: local_text(r.due_at)),
                Column(self.tr("Back"), lambda r: local_text(r.returned_at)),
                Column(self.tr("Borrower"), lambda r: r.patron_name or self.tr("(private)")),
                Column(self.tr("Homeroom"), lambda r: r.homeroom),
                Column(self.tr("Ended"), lambda r: r.outcome or ""),
            ]
        )
        self.incidents_model: RowsModel[IncidentView] = RowsModel(
            [
                Column(self.tr("Reported"), lambda r: local_text(r.reported_at)),
                Column(self.tr("Kind"), lambda r: incident_kind_text(r.kind)),
                Column(self.tr("Description"), lambda r: r.description),
                Column(self.tr("Student"), lambda r: r.patron_name),
                Column(self.tr("Fee"), lambda r: money(r.fee_cents) if r.fee_cents else ""),
                Column(self.tr("Photos"), lambda r: str(r.photo_count or "")),
            ]
        )
        self.checks_model: RowsModel[ConditionView] = RowsModel(
            [
                Column(self.tr("When"), lambda r: local_text(r.at)),
                Column(self.tr("At"), lambda r: phase_text(r.phase)),
                Column(self.tr("Condition"), lambda r: shown(r.condition.text())),
                Column(self.tr("By"), lambda r: r.by),
            ]
        )
        self.history = QTabWidget()
        self.history.setAccessibleName(self.tr("Device history"))
        self.loans_view = _table(self.loans_model, self.tr("Loan history"))
        self.incidents_view = _table(self.incidents_model, self.tr("Incidents"))
        self.incidents_view.doubleClicked.connect(self._show_photos)
        self.checks_view = _table(self.checks_model, self.tr("Condition checks"))
        self.history.addTab(self.loans_view, self.tr("Loans"))
        self.history.addTab(self.incidents_view, self.tr("Incidents"))
        self.history.addTab(self.checks_view, self.tr("Condition checks"))
        self.photos = QLabel()
        self.photos.setAccessibleName(self.tr("Incident photos"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("Kit:")))
        layout.addLayout(kit_row)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.photos)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for b in (
            self.lend_button,
            self.return_button,
            self.edit_button,
            self.incident_button,
            self.ticket_button,
            self.add_component_button,
            self.remove_component_button,
            self.assign_button,
            self.loaner_button,
        ):
            b.setEnabled(on)

    def show_device(self, asset_tag: str | None) -> None:
        if not asset_tag:
            self.detail = None
            self.title.setText(self.tr("Choose a device in the list."))
            self.facts.clear()
            for model in (self.loans_model, self.incidents_model, self.checks_model):
                model.set_rows([])
            self.components.clear()
            self._enable(False)
            return
        with self.ctx.unit_of_work() as uow:
            detail = device_detail(uow, asset_tag)
            item_id = detail.row.item_id
            loans = loan_history(uow, item_id)
            incidents = incidents_for_device(uow, item_id)
            checks = condition_history(uow, item_id)
            kit = components_of(uow, item_id)
        self.detail = detail
        r = detail.row
        self.title.setText(f"{r.asset_tag} — {r.make} {r.model}".strip(" —"))
        facts = [
            (self.tr("Status"), status_text(r.status)),
            (self.tr("Type"), r.type_name or r.device_type),
            (self.tr("Serial"), r.serial_number),
            (self.tr("MAC"), detail.mac_address),
            (self.tr("IMEI"), detail.imei),
            (
                self.tr("Purchased"),
                detail.purchase_date.isoformat() if detail.purchase_date else "",
            ),
            (self.tr("Price"), money(detail.price_cents)),
            (
                self.tr("Warranty ends"),
                detail.warranty_end.isoformat() if detail.warranty_end else "",
            ),
            (self.tr("Home"), f"{r.cart_name} #{r.cart_slot}" if r.cart_name else r.home_location),
            (self.tr("Borrower"), r.borrower_name),
            (self.tr("Due"), local_text(r.due_at)),
            (self.tr("1:1 student"), detail.assigned_patron_name),
            (self.tr("Loaner out in its place"), detail.loaner_asset_tag),
            (self.tr("Notes"), detail.notes),
        ]
        self.facts.setText(
            "<table>"
            + "".join(
                f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{_html(v)}</td></tr>"
                for k, v in facts
                if v
            )
            + "</table>"
        )
        self.loans_model.set_rows(loans)
        self.incidents_model.set_rows(incidents)
        self.checks_model.set_rows(checks)
        self.components.clear()
        for c in kit:
            text = f"{c.name} ({money(c.replacement_fee_cents)})"
            if not c.present:
                text += " — " + self.tr("missing")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.components.addItem(item)
        self._enable(True)
        self.lend_button.setEnabled(r.status == "available")
        self.return_button.setEnabled(r.status == "on_loan")
        self.loaner_button.setEnabled(r.status == "in_repair" and bool(detail.assigned_patron_name))
        self.photos.clear()

    def _reload(self) -> None:
        self.show_device(self.detail.row.asset_tag if self.detail else None)

    def _tag(self) -> str:
        assert self.detail is not None
        return self.detail.row.asset_tag

    def lend(self) -> LendDialog:
        dialog = LendDialog(self.ctx, self._tag(), self)
        dialog.accepted.connect(lambda: self._after_lend(dialog))
        dialog.open()
        return dialog

    def _after_lend(self, dialog: LendDialog) -> None:
        if dialog.outcome is not None and dialog.outcome.receipt_id is not None:
            self.last_receipt = (dialog.asset_tag, dialog.outcome.receipt_id)
            self.receipt_button.setEnabled(True)
            self.ctx.hub.status_message.emit(
                self.tr("Lent. Save the agreement receipt to print it for signing.")
            )

    def save_receipt(self, path: Path | None = None) -> Path | None:
        if self.last_receipt is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the agreement receipt to print"),
                f"receipt-{self.last_receipt[0]}.pdf",
                self.tr("PDF (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        with self.ctx.unit_of_work() as uow:
            snapshot = receipt_snapshot(uow, self.last_receipt[1])
        return write_receipt_pdf(snapshot, path)

    def check_in(self) -> ReturnDialog | None:
        with self.ctx.unit_of_work() as uow:
            loan = open_device_loan(uow, self._tag())
        if loan is None:
            self.ctx.hub.status_message.emit(self.tr("This device is not on loan."))
            return None
        dialog = ReturnDialog(self.ctx, self._tag(), loan.loan_id, self)
        dialog.accepted.connect(lambda: self._after_return(dialog))
        dialog.open()
        return dialog

    def _after_return(self, dialog: ReturnDialog) -> None:
        """New damage found at check-in goes straight into a damage report (fee to the
        borrower by default), so it is recorded while the student is still at the desk."""
        if dialog.outcome is None or not dialog.outcome.new_damage:
            return
        description = self.tr("New damage found at check-in: {parts}.").format(
            parts=", ".join(shown(part) for part in dialog.outcome.new_damage)
        )
        self.damage_report = IncidentDialog(self.ctx, dialog.asset_tag, description, self)
        self.damage_report.open()

    def edit(self) -> DeviceDialog:
        with self.ctx.unit_of_work() as uow:
            data = device_input_of(uow, self._tag())
        dialog = DeviceDialog(self.ctx, data, self)
        dialog.open()
        return dialog

    def report_damage(self) -> IncidentDialog:
        dialog = IncidentDialog(self.ctx, self._tag(), parent=self)
        dialog.open()
        return dialog

    def open_ticket(self) -> TicketDialog:
        incident = None
        rows = self.incidents_view.selectionModel().selectedRows()
        if rows:
            incident = self.incidents_model.row_at(rows[0].row())
        dialog = TicketDialog(
            self.ctx,
            self._tag(),
            incident_id=incident.id if incident else None,
            symptom=incident.description if incident else "",
            parent=self,
        )
        dialog.open()
        return dialog

    def add_component(self, name: str | None = None, fee: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Add component"), self.tr("Component (charger, case, stylus…):")
            )
            if not ok:
                return
            fee, ok = QInputDialog.getText(
                self, self.tr("Add component"), self.tr("Replacement fee if not returned:")
            )
            if not ok:
                return
        try:
            with self.ctx.unit_of_work() as uow:
                add_component(uow, self._tag(), name, parse_money(fee or "") or 0)
                uow.commit()
        except DomainError as exc:
            self.ctx.hub.status_message.emit(error_text(exc))
            return
        self.ctx.hub.data_changed.emit("devices")

    def remove_component(self) -> None:
        item = self.components.currentItem()
        if item is None:
            self.ctx.hub.status_message.emit(self.tr("Choose the component to remove."))
            return
        with self.ctx.unit_of_work() as uow:
            remove_component(uow, int(item.data(Qt.ItemDataRole.UserRole)))
            uow.commit()
        self.ctx.hub.data_changed.emit("devices")

    def assign_student(self, card: str | None = None) -> None:
        """Record whose 1:1 device this is (an empty card clears it)."""
        if card is None:
            card, ok = QInputDialog.getText(
                self,
                self.tr("1:1 device"),
                self.tr("Scan the student's card (leave empty if nobody's):"),
            )
            if not ok:
                return
        try:
            with self.ctx.unit_of_work() as uow:
                assign_one_to_one(uow, self._tag(), card.strip() or None)
                uow.commit()
        except DomainError as exc:
            self.ctx.hub.status_message.emit(error_text(exc))
            return
        self.ctx.hub.data_changed.emit("devices")

    def lend_loaner(self, loaner_tag: str | None = None) -> str:
        """The 1:1 device is in repair: lend its student a loaner, linked to this device.
        Returns the message shown."""
        if loaner_tag is None:
            loaner_tag, ok = QInputDialog.getText(
                self, self.tr("Lend a loaner"), self.tr("Scan the loaner's asset tag:")
            )
            if not ok:
                return ""
        tag = loaner_tag.strip()
        with self.ctx.unit_of_work() as uow:
            agreement = agreement_for_device(uow, tag)
        if agreement is None:
            return self._lend_loaner_now(tag, agreement_accepted=False)
        # the loaner's type needs its own agreement: read it with the student first
        dialog = LoanerAgreementDialog(agreement, tag, self)
        dialog.accepted.connect(lambda: self._lend_loaner_now(tag, agreement_accepted=True))
        self.loaner_agreement = dialog
        dialog.open()
        message = self.tr("Read “{title}” with the student before the loaner goes out.").format(
            title=agreement.title
        )
        self.ctx.hub.status_message.emit(message)
        return message

    def _lend_loaner_now(self, loaner_tag: str, *, agreement_accepted: bool) -> str:
        try:
            with self.ctx.unit_of_work() as uow:
                outcome = lend_loaner_for_repair(
                    uow, self._tag(), loaner_tag, agreement_accepted=agreement_accepted
                )
            message = shown(outcome.result.message)
        except DomainError as exc:
            message = error_text(exc)
        else:
            if outcome.receipt_id is not None:
                self.last_receipt = (loaner_tag, outcome.receipt_id)
                self.receipt_button.setEnabled(True)
                message += " " + self.tr("Save the agreement receipt to print it for signing.")
        self.loaner_message = message
        self.ctx.hub.status_message.emit(message)
        self.ctx.hub.data_changed.emit("loans")
        self.ctx.hub.data_changed.emit("devices")
        return message

    def _show_photos(self, index: Any) -> None:
        incident = self.incidents_model.row_at(index.row())
        with self.ctx.unit_of_work() as uow:
            photos = incident_photos(uow, incident.id)
        if not photos:
            self.photos.setText(self.tr("No photos for this incident."))
            return
        image = QImage.fromData(photos[0].data)
        self.photos.setPixmap(
            QPixmap.fromImage(image.scaled(320, 200, Qt.AspectRatioMode.KeepAspectRatio))
        )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DeviceRegisterTab(QWidget):
    """The device list (filterable, lazy) with the chosen device's detail beside it.

    Signals:
        listed(int): how many devices the list now shows.
    """

    listed = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find by asset tag, serial, make, model or MAC"))
        self.search.setAccessibleName(self.tr("Find devices"))
        self.search.setClearButtonEnabled(True)
        self.type_filter = QComboBox()
        self.type_filter.setAccessibleName(self.tr("Device type filter"))
        self.type_filter.addItem(self.tr("All types"), "")
        with ctx.unit_of_work() as uow:
            for t in device_types(uow):
                self.type_filter.addItem(t.name, t.code)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("Any status"), "")
        for s in DEVICE_STATUSES:
            self.status_filter.addItem(status_text(s), s)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of devices listed"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.type_filter)
        top.addWidget(self.status_filter)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(_button(self.tr("Add device…"), self.add_device))
        buttons.addWidget(_button(self.tr("Add by scanning tags…"), self.bulk_add))
        buttons.addWidget(_button(self.tr("Import CSV…"), self.import_csv))
        buttons.addWidget(_button(self.tr("Export CSV…"), self.export_csv))
        buttons.addStretch(1)

        self.model = DeviceListModel(ctx.unit_of_work, self)
        self.table = _table(self.model, self.tr("Devices"), fit_columns=False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((90, 90, 150, 100, 80, 130, 120, 110)):
            # never narrower than its heading ("Etiqueta de inventario" is longer than "Asset tag")
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _i: self.detail.edit())
        self.detail = DeviceDetailPanel(ctx)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.type_filter.currentIndexChanged.connect(self.reload)
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.reload()

    def current_filter(self) -> DeviceFilter:
        return DeviceFilter(
            text=self.search.text(),
            device_type=str(self.type_filter.currentData() or ""),
            status=str(self.status_filter.currentData() or ""),
        )

    def reload(self) -> None:
        selected = self.detail.detail.row.item_id if self.detail.detail else None
        with self.ctx.unit_of_work() as uow:
            ids = find_device_ids(uow, self.current_filter())
        self.model.set_ids(ids)
        self.count.setText(self.tr("%n device(s)", "", len(ids)))
        if selected is not None and self.model.row_of(selected) >= 0:
            self.table.selectRow(self.model.row_of(selected))
        self.detail._reload()
        self.listed.emit(len(ids))

    def select_tag(self, asset_tag: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.device_at(row).asset_tag == asset_tag:
                self.table.selectRow(row)
                return

    def _selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.detail.show_device(self.model.device_at(rows[0].row()).asset_tag if rows else None)

    def add_device(self) -> DeviceDialog:
        dialog = DeviceDialog(self.ctx, parent=self)
        dialog.open()
        return dialog

    def bulk_add(self) -> BulkAddDialog:
        dialog = BulkAddDialog(self.ctx, self)
        dialog.open()
        return dialog

    def import_csv(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import devices from CSV"), "", self.tr("CSV files (*.csv)")
            )
            if not chosen:
                return
            path = Path(chosen)
        database = self.ctx.app.database

        def job(_progress: Any) -> Any:
            with database.unit_of_work(staff_name=self.ctx.staff_name) as uow:
                result = import_devices_csv(uow, path)
                uow.commit()
            return result

        def done(result: Any) -> None:
            text = self.tr("Imported {file}: {summary}.").format(
                file=path.name, summary=shown(result.summary())
            )
            if result.problems:
                first = result.problems[0]
                text += " " + self.tr("Line {line}: {message}").format(
                    line=first.line, message=shown(first.message)
                )
            self.ctx.hub.status_message.emit(text)
            self.ctx.hub.data_changed.emit("devices")

        self.ctx.tasks.submit(job, on_done=done, on_error=self._failed)

    def export_csv(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export devices to CSV"), "devices.csv", self.tr("CSV files (*.csv)")
            )
            if not chosen:
                return
            path = Path(chosen)
        database = self.ctx.app.database

        def job(_progress: Any) -> int:
            with database.unit_of_work() as uow:
                return export_devices_csv(uow, path)

        self.ctx.tasks.submit(
            job,
            on_done=lambda n: self.ctx.hub.status_message.emit(
                self.tr("Wrote {n} devices to {file}.").format(n=n, file=path.name)
            ),
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.ctx.hub.status_message.emit(error_text(exc))


class RepairsTab(QWidget):
    """Repair tickets, most urgent first; move them along and hand the list to IT."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.show_filter = QComboBox()
        self.show_filter.setAccessibleName(self.tr("Which tickets"))
        self.show_filter.addItem(self.tr("Open tickets"), "active")
        self.show_filter.addItem(self.tr("All tickets"), "all")
        self.show_filter.currentIndexChanged.connect(self.reload)
        self.model: RowsModel[TicketView] = RowsModel(
            [
                Column(self.tr("#"), lambda t: str(t.id)),
                Column(self.tr("Priority"), lambda t: f"{t.priority} {shown(t.priority_name)}"),
                Column(self.tr("Asset tag"), lambda t: t.asset_tag),
                Column(self.tr("Device"), lambda t: t.make_model or t.device_type),
                Column(self.tr("Symptom"), lambda t: t.symptom),
                Column(self.tr("Status"), lambda t: shown(t.status_name)),
                Column(self.tr("IT ticket"), lambda t: t.it_ticket_number),
                Column(self.tr("Opened"), lambda t: local_text(t.opened_at, with_time=False)),
            ],
            background=lambda t: {1: "#fde2e1", 2: "#fff4d6"}.get(t.priority),
        )
        self.table = _table(self.model, self.tr("Repair tickets"))
        self.it_number = QLineEdit()
        self.it_number.setAccessibleName(self.tr("IT ticket number"))
        self.it_number.setPlaceholderText(self.tr("IT's ticket number"))
        status_row = QHBoxLayout()
        self.status_buttons: dict[str, QPushButton] = {}
        for status in TICKET_STATUSES:
            button = _button(
                shown(STATUS_NAMES[status]), lambda _c=False, s=status: self.set_status(s)
            )
            self.status_buttons[status] = button
            status_row.addWidget(button)
        status_row.addWidget(self.it_number)
        status_row.addWidget(_button(self.tr("Save IT number"), self.save_it_number))
        export_row = QHBoxLayout()
        export_row.addWidget(self.show_filter)
        export_row.addStretch(1)
        export_row.addWidget(_button(self.tr("Hand-off PDF for IT…"), self.export_pdf))
        export_row.addWidget(_button(self.tr("Hand-off CSV for IT…"), self.export_csv))
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Repair message"))
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(export_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(status_row)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        statuses = (
            ACTIVE_STATUSES if self.show_filter.currentData() == "active" else TICKET_STATUSES
        )
        with self.ctx.unit_of_work() as uow:
            self.model.set_rows(tickets(uow, statuses))

    def selected(self) -> TicketView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def set_status(self, status: str) -> None:
        ticket = self.selected()
        if ticket is None:
            self.message.setText(self.tr("Choose a ticket first."))
            return
        try:
            with self.ctx.unit_of_work() as uow:
                change = update_ticket(uow, ticket.id, status=status)
                uow.commit()
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return
        text = self.tr("Ticket #{id}: {status}. {tag} is now {device}.").format(
            id=ticket.id,
            status=shown(change.ticket.status_name),
            tag=ticket.asset_tag,
            device=status_text(change.device_status).lower(),
        )
        if change.loaner_to_collect:
            text += " " + self.tr("Collect loaner {tag} from the student.").format(
                tag=change.loaner_to_collect
            )
        if change.hold_slip is not None:
            text += " " + self.tr("A hold is waiting: put it on the hold shelf for {name}.").format(
                name=change.hold_slip.patron_name
            )
            self.ctx.hub.data_changed.emit("holds")
        self.message.setText(text)
        self.ctx.hub.data_changed.emit("repairs")
        self.ctx.hub.data_changed.emit("devices")

    def save_it_number(self) -> None:
        ticket = self.selected()
        if ticket is None:
            self.message.setText(self.tr("Choose a ticket first."))
            return
        with self.ctx.unit_of_work() as uow:
            update_ticket(uow, ticket.id, it_ticket_number=self.it_number.text())
            uow.commit()
        self.ctx.hub.data_changed.emit("repairs")

    def _export(self, path: Path, kind: str) -> None:
        database = self.ctx.app.database

        def job(_progress: Any) -> int:
            with database.unit_of_work() as uow:
                open_tickets = tickets(uow)
                school = get_setting(uow, SCHOOL_NAME, "My School")
            if kind == "pdf":
                write_handoff_pdf(open_tickets, path, school, date.today().isoformat())
            else:
                write_handoff_csv(open_tickets, path)
            return len(open_tickets)

        self.ctx.tasks.submit(
            job,
            on_done=lambda n: self.message.setText(
                self.tr("Wrote {n} open tickets to {file}.").format(n=n, file=path.name)
            ),
            on_error=lambda exc: self.message.setText(error_text(exc)),
        )

    def export_pdf(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Hand-off for IT"), "repairs-for-it.pdf", self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return
            path = Path(chosen)
        self._export(path, "pdf")

    def export_csv(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Hand-off for IT"), "repairs-for-it.csv", self.tr("CSV (*.csv)")
            )
            if not chosen:
                return
            path = Path(chosen)
        self._export(path, "csv")


def _slot_text(s: SlotView) -> str:
    if not s.asset_tag:
        return ""
    return s.asset_tag


class CartsTab(QWidget):
    """Carts and their slots: lend a cart, scan its devices back in, see the empty slots.

    Signals:
        slot_returned(int): the slot a scanned device went back into.
    """

    slot_returned = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: CartView | None = None
        self.carts_model: RowsModel[CartInfo] = RowsModel(
            [
                Column(self.tr("Cart"), lambda c: c.name),
                Column(self.tr("Barcode"), lambda c: c.cart_barcode),
                Column(self.tr("Filled"), lambda c: f"{c.filled_slots}/{c.slot_count}"),
                Column(self.tr("Status"), lambda c: status_text(c.status)),
                Column(self.tr("With"), lambda c: c.borrower_name),
                Column(self.tr("Due"), lambda c: local_text(c.due_at)),
            ]
        )
        self.carts_table = _table(self.carts_model, self.tr("Carts"))
        self.carts_table.selectionModel().selectionChanged.connect(self._cart_chosen)
        self.slots_model: RowsModel[SlotView] = RowsModel(
            [
                Column(self.tr("Slot"), lambda s: str(s.slot)),
                Column(self.tr("Device"), _slot_text),
                Column(self.tr("Type"), lambda s: s.device_type),
                Column(
                    self.tr("Back?"),
                    lambda s: (
                        ""
                        if s.returned is None
                        else (self.tr("back") if s.returned else self.tr("EMPTY — not back"))
                    ),
                ),
            ],
            background=_slot_colour,
        )
        self.slots_table = _table(self.slots_model, self.tr("Cart slots"))
        self.scan = QLineEdit()
        self.scan.setAccessibleName(self.tr("Scan a device back into the cart"))
        self.scan.setPlaceholderText(self.tr("Scan each device as it goes back in its slot"))
        self.scan.returnPressed.connect(self._scanned)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Cart check-in summary"))
        self.summary.setWordWrap(True)
        self.error = ErrorLine()
        self.finish_button = _button(self.tr("Finish cart check-in"), self.finish_checkin)
        self.lend_button = _button(self.tr("Lend cart…"), self.lend_cart)
        buttons = QHBoxLayout()
        buttons.addWidget(_button(self.tr("New cart…"), self.new_cart))
        buttons.addWidget(_button(self.tr("Put a device in a slot…"), self.assign_slot))
        buttons.addWidget(self.lend_button)
        buttons.addWidget(self.finish_button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.scan)
        right.addWidget(self.summary)
        right.addWidget(self.error)
        right.addWidget(self.slots_table, 1)
        right_widget = QWidget()
        right_widget.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(self.carts_table)
        splitter.addWidget(right_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self._pending: list[str] = []
        self.reload()

    def reload(self) -> None:
        chosen = self.view.cart.cart_barcode if self.view else None
        with self.ctx.unit_of_work() as uow:
            carts = all_carts(uow)
        self.carts_model.set_rows(carts)
        for row, cart in enumerate(carts):
            if cart.cart_barcode == chosen:
                self.carts_table.selectRow(row)
                return
        if carts:
            self.carts_table.selectRow(0)
        else:
            self.show_cart(None)

    def _cart_chosen(self, *_args: Any) -> None:
        rows = self.carts_table.selectionModel().selectedRows()
        self.show_cart(self.carts_model.row_at(rows[0].row()).cart_barcode if rows else None)

    def show_cart(self, cart_barcode: str | None) -> None:
        if cart_barcode is None:
            self.view = None
            self.slots_model.set_rows([])
            self.summary.setText(self.tr("Make a cart with 'New cart…'."))
            return
        with self.ctx.unit_of_work() as uow:
            self.view = cart_view(uow, cart_barcode)
        self.slots_model.set_rows(self.view.slots)
        out = self.view.loan_id is not None
        self.scan.setEnabled(out)
        self.finish_button.setEnabled(out)
        self.lend_button.setEnabled(not out and self.view.cart.status == "available")
        self._show_summary()

    def _show_summary(self) -> None:
        if self.view is None:
            return
        if self.view.loan_id is not None:
            missing = self.view.missing_devices
            back = sum(1 for s in self.view.slots if s.returned)
            self.summary.setText(
                self.tr(
                    "{name} is out with {who}. {back} back, {missing} not back yet. "
                    "Empty slots: {slots}."
                ).format(
                    name=self.view.cart.name,
                    who=self.view.cart.borrower_name,
                    back=back,
                    missing=len(missing),
                    slots=", ".join(str(n) for n in self.view.empty_slots) or self.tr("none"),
                )
            )
        else:
            self.summary.setText(
                self.tr("{name}: {filled} of {count} slots hold a device.").format(
                    name=self.view.cart.name,
                    filled=self.view.cart.filled_slots,
                    count=self.view.cart.slot_count,
                )
            )

    def _mark_back(self, slot: int) -> None:
        """One slot is filled again: update that row only (a scan must stay instant)."""
        if self.view is None:
            return
        slots = list(self.view.slots)
        index = slot - 1
        if 0 <= index < len(slots) and slots[index].slot == slot:
            slots[index] = replace(slots[index], returned=True)
            self.view = replace(self.view, slots=tuple(slots))
            self.slots_model.replace_row(index, slots[index])
        self._show_summary()

    def _scanned(self) -> None:
        tag = self.scan.text().strip()
        self.scan.clear()
        if not tag or self.view is None:
            return
        cart = self.view.cart.cart_barcode
        database = self.ctx.app.database
        staff = self.ctx.staff_name

        def job(_progress: Any) -> Any:
            with database.unit_of_work(staff_name=staff) as uow:
                result = return_device_to_cart(uow, cart, tag)
                uow.commit()
                return result

        def done(result: Any) -> None:
            self.error.show_message("")
            if self.view is not None and self.view.cart.cart_barcode == cart:
                self._mark_back(result.slot)
            self.slot_returned.emit(result.slot)

        def failed(exc: BaseException) -> None:
            self.error.show_message(error_text(exc))

        self.ctx.tasks.submit(job, on_done=done, on_error=failed)

    def finish_checkin(self) -> None:
        if self.view is None:
            return
        cart = self.view.cart.cart_barcode
        try:
            with self.ctx.unit_of_work() as uow:
                outcome = return_device(uow, cart)
        except DomainError as exc:
            self.error.show_message(error_text(exc))
            return
        # the answer already lists the empty slots, now marked missing
        text = shown(outcome.result.message)
        self.summary.setText(text)
        self.ctx.hub.data_changed.emit("loans")
        self.ctx.hub.data_changed.emit("devices")
        self.reload()
        self.summary.setText(text)

    def lend_cart(self, card: str | None = None) -> None:
        if self.view is None:
            return
        if card is None:
            card, ok = QInputDialog.getText(
                self, self.tr("Lend cart"), self.tr("Scan the teacher's card:")
            )
            if not ok:
                return
        try:
            with self.ctx.unit_of_work() as uow:
                patron = find_patron_by_barcode(uow, card)
                if patron is None:
                    raise ValidationError(
                        self.tr("No patron has the card {card}.").format(card=card)
                    )
                outcome = lend_device(uow, patron.id, self.view.cart.cart_barcode)
        except DomainError as exc:
            self.error.show_message(error_text(exc))
            return
        self.error.show_message("" if outcome.lent else shown(outcome.result.message))
        self.ctx.hub.data_changed.emit("loans")
        self.ctx.hub.data_changed.emit("devices")
        self.reload()

    def assign_slot(self, slot: int | None = None, asset_tag: str | None = None) -> None:
        if self.view is None:
            return
        if slot is None or asset_tag is None:
            free = [s.slot for s in self.view.slots if not s.asset_tag] or [1]
            slot, ok = QInputDialog.getInt(
                self,
                self.tr("Put a device in a slot"),
                self.tr("Slot number:"),
                free[0],
                1,
                self.view.cart.slot_count,
            )
            if not ok:
                return
            asset_tag, ok = QInputDialog.getText(
                self, self.tr("Put a device in a slot"), self.tr("Scan the device's asset tag:")
            )
            if not ok:
                return
        try:
            with self.ctx.unit_of_work() as uow:
                assign_to_slot(uow, self.view.cart.cart_barcode, slot, asset_tag.strip())
                uow.commit()
        except DomainError as exc:
            self.error.show_message(error_text(exc))
            return
        self.error.show_message("")
        self.ctx.hub.data_changed.emit("devices")

    def new_cart(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New cart"), self.tr("Cart name:"))
        if not ok:
            return
        barcode, ok = QInputDialog.getText(
            self, self.tr("New cart"), self.tr("Scan the cart's barcode label:")
        )
        if not ok:
            return
        slots, ok = QInputDialog.getInt(
            self, self.tr("New cart"), self.tr("Number of slots:"), 30, 1, 60
        )
        if not ok:
            return
        try:
            with self.ctx.unit_of_work() as uow:
                create_cart(uow, barcode, name, slots)
                uow.commit()
        except DomainError as exc:
            self.error.show_message(error_text(exc))
            return
        self.ctx.hub.data_changed.emit("devices")


def _slot_colour(s: SlotView) -> str | None:
    if s.returned is True:
        return "#e7f6ec"
    if s.returned is False:
        return "#fde2e1"
    if not s.asset_tag:
        return "#f3f4f6"
    return None


class CollectionTab(QWidget):
    """Year-end: devices still out by homeroom, bulk scan returns, and a student's damage
    history."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.groups: list[HomeroomDevicesOut] = []
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Devices still out by homeroom"))
        self.tree.setHeaderLabels(
            [self.tr("Homeroom / student"), self.tr("Asset tag"), self.tr("Type"), self.tr("Due")]
        )
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Devices still out"))
        self.scan = QLineEdit()
        self.scan.setAccessibleName(self.tr("Scan returned devices"))
        self.scan.setPlaceholderText(self.tr("Scan each returned device (bulk check-in)"))
        self.scan.returnPressed.connect(self._scanned)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Bulk return results"))
        self.results.setMaximumHeight(120)
        top = QHBoxLayout()
        top.addWidget(self.total, 1)
        top.addWidget(_button(self.tr("Export list (CSV)…"), self.export_csv))

        self.student_card = QLineEdit()
        self.student_card.setAccessibleName(self.tr("Student card for damage history"))
        self.student_card.setPlaceholderText(
            self.tr("Scan a student's card to see their damage history")
        )
        self.student_card.returnPressed.connect(self.show_damage_history)
        self.damage_model: RowsModel[IncidentView] = RowsModel(
            [
                Column(self.tr("Reported"), lambda r: local_text(r.reported_at)),
                Column(self.tr("Device"), lambda r: r.asset_tag),
                Column(self.tr("Kind"), lambda r: incident_kind_text(r.kind)),
                Column(self.tr("Description"), lambda r: r.description),
                Column(self.tr("Fee"), lambda r: money(r.fee_cents) if r.fee_cents else ""),
            ]
        )
        self.damage_table = _table(self.damage_model, self.tr("Student damage history"))
        self.damage_error = ErrorLine()

        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.scan)
        left.addWidget(self.results)
        left.addWidget(self.tree, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Damage history of a student")))
        right.addWidget(self.student_card)
        right.addWidget(self.damage_error)
        right.addWidget(self.damage_table, 1)
        left_w, right_w = QWidget(), QWidget()
        left_w.setLayout(left)
        right_w.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(left_w)
        splitter.addWidget(right_w)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    def reload(self) -> None:
        with self.ctx.unit_of_work() as uow:
            self.groups = devices_out_by_homeroom(uow)
        self.tree.clear()
        total = 0
        for group in self.groups:
            parent = QTreeWidgetItem(
                [
                    f"{shown(group.homeroom)} — {group.teacher}"
                    if group.teacher
                    else shown(group.homeroom)
                ]
            )
            for line in group.lines:
                child = QTreeWidgetItem(
                    [
                        shown(line.patron_name),
                        line.asset_tag,
                        line.device_type,
                        local_text(line.due_at),
                    ]
                )
                parent.addChild(child)
                total += 1
            self.tree.addTopLevelItem(parent)
            parent.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        self.total.setText(self.tr("%n device(s) still out", "", total))

    def _scanned(self) -> None:
        tag = self.scan.text().strip()
        self.scan.clear()
        if tag:
            self.bulk_return([tag])

    def bulk_return(self, tags: list[str]) -> None:
        database = self.ctx.app.database
        staff = self.ctx.staff_name

        def job(_progress: Any) -> Any:
            return bulk_return(database, tags, staff_name=staff)

        def done(lines: Any) -> None:
            for line in lines:
                self.results.insertItem(0, f"{line.text}: {shown(line.message)}")
            self.ctx.hub.data_changed.emit("loans")
            self.ctx.hub.data_changed.emit("devices")

        self.ctx.tasks.submit(job, on_done=done)

    def show_damage_history(self) -> None:
        try:
            with self.ctx.unit_of_work() as uow:
                rows = damage_history(uow, self.student_card.text().strip())
        except DomainError as exc:
            self.damage_error.show_message(error_text(exc))
            self.damage_model.set_rows([])
            return
        self.damage_error.show_message("" if rows else self.tr("No damage on record."))
        self.damage_model.set_rows(rows)

    def export_csv(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Devices still out"), "devices-out.csv", self.tr("CSV (*.csv)")
            )
            if not chosen:
                return
            path = Path(chosen)
        write_devices_out_csv(self.groups, path)
        self.ctx.hub.status_message.emit(
            self.tr("Wrote the list to {file}.").format(file=path.name)
        )


class KitsTab(QWidget):
    """Devices scanned in at the desk whose components were not ticked off yet.

    Signals:
        counted(int): how many returns wait for a kit check.
    """

    counted = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: RowsModel[KitCheck] = RowsModel(
            [
                Column(self.tr("Returned"), lambda k: local_text(k.returned_at)),
                Column(self.tr("Asset tag"), lambda k: k.asset_tag),
                Column(self.tr("Returned by"), lambda k: k.patron_name),
                Column(
                    self.tr("Components to check"),
                    lambda k: ", ".join(c.component.name for c in k.components),
                ),
            ]
        )
        self.table = _table(self.model, self.tr("Kits to check"))
        self.table.doubleClicked.connect(lambda _i: self.check_selected())
        hint = QLabel(
            self.tr(
                "Devices checked in at the desk come here until you tick which components "
                "came back. A missing component is charged to the borrower."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(_button(self.tr("Check kit…"), self.check_selected))
        row.addStretch(1)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        with self.ctx.unit_of_work() as uow:
            self.model.set_rows(kits_to_check(uow))
        self.counted.emit(self.model.rowCount())

    def check_selected(self) -> KitCheckDialog | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.ctx.hub.status_message.emit(self.tr("Choose a returned device first."))
            return None
        dialog = KitCheckDialog(self.ctx, self.model.row_at(rows[0].row()), self)
        dialog.open()
        return dialog


class DevicesSection(QWidget):
    """The Devices section: register, repairs, carts and collection, as tabs."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Device tools"))
        self.register = DeviceRegisterTab(ctx)
        self.repairs = RepairsTab(ctx)
        self.carts = CartsTab(ctx)
        self.collection = CollectionTab(ctx)
        self.kits = KitsTab(ctx)
        self.tabs.addTab(self.register, self.tr("Devices"))
        self.tabs.addTab(self.repairs, self.tr("Repairs"))
        self.tabs.addTab(self.carts, self.tr("Carts"))
        self.tabs.addTab(self.collection, self.tr("Year-end and damage"))
        self.tabs.addTab(self.kits, self.tr("Kits to check"))
        self.kits.counted.connect(self._show_kit_count)
        self._show_kit_count(self.kits.model.rowCount())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self._stale = False
        self._missed_changes = False
        ctx.hub.data_changed.connect(self._data_changed)

    def _data_changed(self, what: str) -> None:
        if what not in REFRESH_ON:
            return
        if not self.isVisible():
            # the desk emits a change after every scan; a hidden Devices section must not
            # slow it down, so it catches up when it is shown again
            self._missed_changes = True
            return
        # coalesce a burst of change signals into one refresh
        if not self._stale:
            self._stale = True
            QTimer.singleShot(0, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._missed_changes:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._missed_changes = False
        self.register.reload()
        self.repairs.reload()
        self.carts.reload()
        self.collection.reload()
        self.kits.reload()

    def _show_kit_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.kits)
        title = self.tr("Kits to check")
        self.tabs.setTabText(index, f"{title} ({count})" if count else title)
