"""The Makerspace section: the week on the bell schedule, today's bookings, approvals,
the waitlist, training certificates and consumables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.makerspace.bookings import (
    BookingInfo,
    approval_queue,
    approve_booking,
    bookings_between,
    cancel_booking,
    check_in,
    decline_booking,
    move_booking,
    release_no_shows,
    waitlist,
)
from lms_desktop.makerspace.certificates import (
    CertificateInfo,
    expiring_soon,
    list_certificates,
    revoke_certificate,
)
from lms_desktop.makerspace.door_schedule import build_door_schedule, write_door_schedule_pdf
from lms_desktop.makerspace.resources import (
    CertificationInfo,
    ConsumableInfo,
    ResourceInfo,
    list_certifications,
    list_consumables,
    list_resources,
)
from lms_desktop.makerspace.schedule import SchoolCalendar, load_calendar, local_datetime
from lms_desktop.makerspace.slots import label_slot
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.dates import day_label
from lms_desktop.ui.domain_text import error_text, shown
from lms_desktop.ui.makerspace.booking_dialog import BookingDialog
from lms_desktop.ui.makerspace.dialogs import LogUseDialog, RecordTrainingDialog, RestockDialog
from lms_desktop.ui.makerspace.models import (
    ID_ROLE,
    BookingTableModel,
    CertificateTableModel,
    ConsumableTableModel,
)
from lms_desktop.ui.makerspace.qdates import from_qdate
from lms_desktop.ui.makerspace.week_view import WeekView
from lms_desktop.ui.tasks import Progress
from lms_desktop.ui.theme import text_colour_css


@dataclass(frozen=True)
class MakerspaceSnapshot:
    """Everything the section shows, read in one unit of work on the worker."""

    cal: SchoolCalendar
    monday: date
    day: date
    resources: tuple[ResourceInfo, ...]
    week: tuple[BookingInfo, ...]
    day_bookings: tuple[BookingInfo, ...]
    queue: tuple[BookingInfo, ...]
    waiting: tuple[BookingInfo, ...]
    certificates: tuple[CertificateInfo, ...]
    certifications: tuple[CertificationInfo, ...]
    consumables: tuple[ConsumableInfo, ...]
    expiring_count: int


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _table(model: object, name: str) -> QTableView:
    view = QTableView()
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)  # type: ignore[arg-type]
    view.setModel(proxy)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _selected_id(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    value = rows[0].data(ID_ROLE)
    return int(value) if value is not None else None


class MakerspaceSection(QWidget):
    """Signals:
    refreshed(): the section has loaded fresh data and redrawn.
    """

    refreshed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot: MakerspaceSnapshot | None = None
        self._loading = False
        self._reload_again = False
        self._select_after_refresh: int | None = None
        today = datetime.now().date()
        self.monday = monday_of(today)
        self.resource_filter: int | None = None

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Makerspace pages"))
        self.tabs.addTab(self._build_week_tab(), self.tr("Week"))
        self.tabs.addTab(self._build_day_tab(today), self.tr("Day"))
        self.tabs.addTab(self._build_queue_tab(), self.tr("Approvals"))
        self.tabs.addTab(self._build_waitlist_tab(), self.tr("Waitlist"))
        self.tabs.addTab(self._build_certificates_tab(), self.tr("Certificates"))
        self.tabs.addTab(self._build_consumables_tab(), self.tr("Consumables"))
        self.notice = QLabel()
        self.notice.setAccessibleName(self.tr("Makerspace notice"))
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)

        ctx.hub.data_changed.connect(self._data_changed)
        # the every-minute no-show sweep belongs to the main window (no_show_sweep.py), so
        # it runs even when this screen was never opened
        self.refresh()

    # --- building the tabs ----------------------------------------------------------------

    def _build_week_tab(self) -> QWidget:
        page = QWidget()
        bar = QHBoxLayout()
        self.resource_box = QComboBox()
        self.resource_box.setAccessibleName(self.tr("Show resource"))
        self.resource_box.addItem(self.tr("Whole makerspace"), None)
        self.resource_box.currentIndexChanged.connect(self._resource_filter_changed)
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.previous_button.setToolTip(self.tr("Previous week"))
        self.today_button = QPushButton(self.tr("This &week"))
        self.today_button.setAccessibleName(self.tr("This week"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.next_button.setToolTip(self.tr("Next week"))
        self.week_label = QLabel()
        self.week_label.setAccessibleName(self.tr("Week shown"))
        self.new_button = QPushButton(self.tr("&New booking…"))
        self.new_button.setAccessibleName(self.tr("New booking"))
        self.previous_button.clicked.connect(
            lambda: self.show_week(self.monday - timedelta(days=7))
        )
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        self.today_button.clicked.connect(lambda: self.show_week(monday_of(datetime.now().date())))
        self.new_button.clicked.connect(lambda: self.open_booking_dialog())
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.resource_box)
        bar.addSpacing(12)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.week_label, 1)
        bar.addWidget(self.new_button)
        self.week_view = WeekView()
        self.week_view.booking_move_requested.connect(self.move_booking)
        self.week_view.slot_requested.connect(
            lambda start, period: self.open_booking_dialog(start, period)
        )
        self.week_view.booking_activated.connect(self.show_booking_day)
        hint = QLabel(
            self.tr(
                "Double-click an empty period to book it. Drag a booking to move it; drag its "
                "bottom edge to make it longer or shorter."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.week_view, 1)
        layout.addWidget(hint)
        return page

    def _build_day_tab(self, today: date) -> QWidget:
        page = QWidget()
        self.day_edit = QDateEdit(_qdate(today))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dddd d MMMM yyyy")
        self.day_edit.setAccessibleName(self.tr("Day shown"))
        self.day_edit.dateChanged.connect(lambda _d: self.refresh())
        self.day_model = BookingTableModel(self)
        self.day_table = _table(self.day_model, self.tr("Bookings of the day"))
        self.day_table.doubleClicked.connect(lambda _i: self.check_in_selected())
        self.check_in_button = QPushButton(self.tr("Check &in"))
        self.cancel_button = QPushButton(self.tr("&Cancel booking"))
        self.cancel_series_button = QPushButton(self.tr("Cancel the &rest of the series"))
        self.log_use_button = QPushButton(self.tr("&Log material used…"))
        self.release_button = QPushButton(self.tr("Release &no-shows now"))
        self.print_button = QPushButton(self.tr("&Print door schedule…"))
        for button in (
            self.check_in_button,
            self.cancel_button,
            self.cancel_series_button,
            self.log_use_button,
            self.release_button,
            self.print_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.cancel_button.clicked.connect(lambda: self.cancel_selected(False))
        self.cancel_series_button.clicked.connect(lambda: self.cancel_selected(True))
        self.log_use_button.clicked.connect(lambda: self.open_log_use())
        self.release_button.clicked.connect(self.release_no_shows)
        self.print_button.clicked.connect(lambda: self.print_door_schedule())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day:")))
        top.addWidget(self.day_edit)
        top.addStretch(1)
        top.addWidget(self.print_button)
        buttons = QHBoxLayout()
        for button in (
            self.check_in_button,
            self.cancel_button,
            self.cancel_series_button,
            self.log_use_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.release_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.day_table, 1)
        layout.addLayout(buttons)
        return page

    def _build_queue_tab(self) -> QWidget:
        page = QWidget()
        self.queue_model = BookingTableModel(self)
        self.queue_table = _table(self.queue_model, self.tr("Bookings awaiting approval"))
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.approve_button.setAccessibleName(self.tr("Approve"))
        self.decline_button = QPushButton(self.tr("&Decline"))
        self.decline_button.setAccessibleName(self.tr("Decline"))
        self.approve_button.clicked.connect(lambda: self._queue_action(True))
        self.decline_button.clicked.connect(lambda: self._queue_action(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.decline_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.queue_table, 1)
        layout.addLayout(buttons)
        return page

    def _build_waitlist_tab(self) -> QWidget:
        page = QWidget()
        self.waitlist_model = BookingTableModel(self)
        self.waitlist_table = _table(self.waitlist_model, self.tr("Waitlist"))
        self.leave_waitlist_button = QPushButton(self.tr("&Remove from the waitlist"))
        self.leave_waitlist_button.setAccessibleName(self.tr("Remove from the waitlist"))
        self.leave_waitlist_button.clicked.connect(
            lambda: self._run_on_selected(
                self.waitlist_table, lambda uow, bid: cancel_booking(uow, bid)
            )
        )
        note = QLabel(
            self.tr(
                "When a booking is cancelled, declined or released as a no-show, the first "
                "waitlisted booking that fits takes its place. A booking that would go over "
                "a weekly limit, or whose student has no valid training certificate, is "
                "passed over; its status says why."
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.leave_waitlist_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(self.waitlist_table, 1)
        layout.addLayout(buttons)
        return page

    def _build_certificates_tab(self) -> QWidget:
        page = QWidget()
        self.expiring_only = QCheckBox(self.tr("Only those &expiring within"))
        self.expiring_only.setAccessibleName(self.tr("Only certificates expiring soon"))
        self.expiring_days = QSpinBox()
        self.expiring_days.setRange(1, 365)
        self.expiring_days.setValue(30)
        self.expiring_days.setSuffix(self.tr(" days"))
        self.expiring_days.setAccessibleName(self.tr("Expiring within days"))
        self.expiring_only.toggled.connect(lambda _c: self.refresh())
        self.expiring_days.valueChanged.connect(lambda _v: self.refresh())
        self.expiring_label = QLabel()
        self.expiring_label.setAccessibleName(self.tr("Certificates expiring soon"))
        self.certificate_model = CertificateTableModel(self)
        self.certificate_table = _table(self.certificate_model, self.tr("Training certificates"))
        self.record_button = QPushButton(self.tr("&Record a training…"))
        self.record_button.setAccessibleName(self.tr("Record a training"))
        self.revoke_button = QPushButton(self.tr("&Withdraw certificate"))
        self.revoke_button.setAccessibleName(self.tr("Withdraw certificate"))
        self.record_button.clicked.connect(lambda: self.open_record_training())
        self.revoke_button.clicked.connect(
            lambda: self._run_on_selected(
                self.certificate_table, lambda uow, cid: revoke_certificate(uow, cid)
            )
        )
        top = QHBoxLayout()
        top.addWidget(self.expiring_only)
        top.addWidget(self.expiring_days)
        top.addStretch(1)
        top.addWidget(self.expiring_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.certificate_table, 1)
        layout.addLayout(buttons)
        return page

    def _build_consumables_tab(self) -> QWidget:
        page = QWidget()
        self.low_stock_label = QLabel()
        self.low_stock_label.setAccessibleName(self.tr("Low stock warning"))
        self.low_stock_label.setWordWrap(True)
        self.consumable_model = ConsumableTableModel(self)
        self.consumable_table = _table(self.consumable_model, self.tr("Consumables"))
        self.restock_button = QPushButton(self.tr("&Restock…"))
        self.restock_button.setAccessibleName(self.tr("Restock"))
        self.use_button = QPushButton(self.tr("&Log use…"))
        self.use_button.setAccessibleName(self.tr("Log use"))
        self.restock_button.clicked.connect(lambda: self.open_restock())
        self.use_button.clicked.connect(lambda: self.open_log_use())
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.restock_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.low_stock_label)
        layout.addWidget(self.consumable_table, 1)
        layout.addLayout(buttons)
        return page

    # --- loading --------------------------------------------------------------------------

    def _data_changed(self, what: str) -> None:
        if what in ("makerspace", "settings", "patrons", "calendar"):
            self.refresh()

    def show_week(self, monday: date) -> None:
        self.monday = monday_of(monday)
        self.refresh()

    def _resource_filter_changed(self) -> None:
        self.resource_filter = self.resource_box.currentData()
        self.refresh()

    def refresh(self) -> None:
        """Reload everything on the database worker; `refreshed` fires when drawn."""
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        monday = self.monday
        day = from_qdate(self.day_edit.date())
        resource_id = self.resource_filter
        soon_days = self.expiring_days.value() if self.expiring_only.isChecked() else None
        horizon = self.expiring_days.value()

        def job(_p: Progress) -> MakerspaceSnapshot:
            with self.ctx.unit_of_work() as uow:
                cal = load_calendar(uow, on=monday)
                start = local_datetime(cal, monday, datetime.min.time())
                end = start + timedelta(days=7)
                day_start = local_datetime(cal, day, datetime.min.time())
                today = datetime.now(cal.zone).date()
                certificates = (
                    expiring_soon(uow, today, soon_days)
                    if soon_days is not None
                    else list_certificates(uow, include_revoked=True)
                )
                return MakerspaceSnapshot(
                    cal=cal,
                    monday=monday,
                    day=day,
                    resources=tuple(list_resources(uow)),
                    week=tuple(bookings_between(uow, start, end, resource_id)),
                    day_bookings=tuple(
                        bookings_between(uow, day_start, day_start + timedelta(days=1))
                    ),
                    queue=tuple(approval_queue(uow)),
                    waiting=tuple(waitlist(uow)),
                    certificates=tuple(certificates),
                    certifications=tuple(list_certifications(uow)),
                    consumables=tuple(list_consumables(uow)),
                    expiring_count=len(expiring_soon(uow, today, horizon)),
                )

        self.ctx.tasks.submit(job, self._loaded, self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.show_notice(error_text(exc), error=True)

    def _loaded(self, snapshot: MakerspaceSnapshot) -> None:
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.refresh()
            return
        self.snapshot = snapshot
        cal = snapshot.cal
        self._fill_resource_box(snapshot.resources)
        end = snapshot.monday + timedelta(days=4)
        self.week_label.setText(
            self.tr("Week of {start} to {end}").format(
                start=day_label(snapshot.monday, year=False), end=day_label(end)
            )
        )
        resource = next((r for r in snapshot.resources if r.id == self.resource_filter), None)
        hours = (resource.bookable_from, resource.bookable_until) if resource else None
        self.week_view.set_week(
            cal, snapshot.monday, snapshot.week, show_resource=resource is None, hours=hours
        )
        self.day_model.set_bookings(snapshot.day_bookings, cal)
        if self._select_after_refresh is not None:
            self._select_day_row(self._select_after_refresh)
            self._select_after_refresh = None
        self.queue_model.set_bookings(snapshot.queue, cal)
        self.waitlist_model.set_bookings(snapshot.waiting, cal)
        self.tabs.setTabText(2, self.tr("Approvals ({n})").format(n=len(snapshot.queue)))
        self.tabs.setTabText(3, self.tr("Waitlist ({n})").format(n=len(snapshot.waiting)))
        today = datetime.now(cal.zone).date()
        self.certificate_model.set_certificates(
            snapshot.certificates, today, self.expiring_days.value()
        )
        count = snapshot.expiring_count
        self.expiring_label.setText(
            self.tr("{n} certificate(s) expire within {d} days.").format(
                n=count, d=self.expiring_days.value()
            )
        )
        self.consumable_model.set_rows(snapshot.consumables)
        low = [c for c in snapshot.consumables if c.is_low]
        if low:
            names = ", ".join(f"{c.name} ({c.stock:g} {c.unit})" for c in low)
            self.low_stock_label.setText(
                self.tr("Low stock: {names}. Order more.").format(names=names)
            )
            self.low_stock_label.setStyleSheet(text_colour_css("#b00020") + "font-weight: bold;")
        else:
            self.low_stock_label.setText(self.tr("All consumables are above their reorder level."))
            self.low_stock_label.setStyleSheet("")
        self.tabs.setTabText(
            5,
            self.tr("Consumables (low: {n})").format(n=len(low)) if low else self.tr("Consumables"),
        )
        self.refreshed.emit()

    def _fill_resource_box(self, resources: tuple[ResourceInfo, ...]) -> None:
        current = self.resource_filter
        self.resource_box.blockSignals(True)
        self.resource_box.clear()
        self.resource_box.addItem(self.tr("Whole makerspace"), None)
        for r in resources:
            self.resource_box.addItem(r.name, r.id)
        index = self.resource_box.findData(current)
        self.resource_box.setCurrentIndex(index if index >= 0 else 0)
        self.resource_filter = self.resource_box.currentData()
        self.resource_box.blockSignals(False)

    # --- actions --------------------------------------------------------------------------

    def show_notice(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(
            text_colour_css("#b00020") + "font-weight: bold;"
            if error
            else text_colour_css("#1b5e20")
        )
        self.notice.setVisible(bool(text))
        self.ctx.hub.status_message.emit(text)

    def _run(self, job: object, success: str) -> None:
        def done(result: object) -> None:
            self.show_notice(success + self._promoted_text(result))
            self.ctx.hub.data_changed.emit("makerspace")

        def failed(exc: BaseException) -> None:
            self.show_notice(error_text(exc), error=True)
            self.refresh()

        self.ctx.tasks.submit(job, done, failed)  # type: ignore[arg-type]

    def _run_on_selected(
        self, view: QTableView, action: object, success: str | None = None
    ) -> None:
        selected = _selected_id(view)
        if selected is None:
            self.show_notice(self.tr("Select a row first."), error=True)
            return

        def job(_p: Progress) -> object:
            with self.ctx.unit_of_work() as uow:
                result = action(uow, selected)  # type: ignore[operator]
                uow.commit()
            return result

        self._run(job, success or self.tr("Done."))

    def _promoted_text(self, result: object) -> str:
        """ " Jordan Lee (from the waitlist) now has 3D printer 1, …" after a cancel or decline
        that promoted waitlisted bookings, so the librarian can tell them; else ""."""
        if not isinstance(result, list) or not result or self.snapshot is None:
            return ""
        cal = self.snapshot.cal
        parts = [
            self.tr("{who} (from the waitlist) now has {resource}, {when}").format(
                who=b.who,
                resource=b.resource_name,
                when=shown(label_slot(cal, b.starts_at, b.ends_at)),
            )
            for b in result
            if isinstance(b, BookingInfo)
        ]
        return (" " + "; ".join(parts) + ".") if parts else ""

    def move_booking(self, booking_id: int, starts_at: datetime, ends_at: datetime) -> None:
        cal = self.snapshot.cal if self.snapshot else None

        def job(_p: Progress) -> BookingInfo:
            with self.ctx.unit_of_work() as uow:
                info = move_booking(uow, booking_id, starts_at, ends_at, cal=cal)
                uow.commit()
            return info

        self._run(job, self.tr("Booking moved."))

    def check_in_selected(self) -> None:
        self._run_on_selected(
            self.day_table, lambda uow, bid: check_in(uow, bid), self.tr("Checked in.")
        )

    def cancel_selected(self, whole_series: bool) -> None:
        self._run_on_selected(
            self.day_table,
            lambda uow, bid: cancel_booking(uow, bid, whole_series=whole_series),
            self.tr("Booking cancelled."),
        )

    def _queue_action(self, approve: bool) -> None:
        if approve:
            self._run_on_selected(
                self.queue_table, lambda uow, bid: approve_booking(uow, bid), self.tr("Approved.")
            )
        else:
            self._run_on_selected(
                self.queue_table, lambda uow, bid: decline_booking(uow, bid), self.tr("Declined.")
            )

    def release_no_shows(self) -> None:
        def job(_p: Progress) -> list[BookingInfo]:
            with self.ctx.unit_of_work() as uow:
                released = release_no_shows(uow)
                uow.commit()
            return released

        def done(released: list[BookingInfo]) -> None:
            if released:
                self.show_notice(
                    self.tr("Released {n} no-show booking(s).").format(n=len(released))
                )
                self.ctx.hub.data_changed.emit("makerspace")

        self.ctx.tasks.submit(job, done, lambda exc: self.show_notice(error_text(exc), error=True))

    def show_booking_day(self, booking_id: int) -> None:
        if self.snapshot is None:
            return
        booking = next((b for b in self.snapshot.week if b.id == booking_id), None)
        if booking is None:
            return
        day = booking.starts_at.astimezone(self.snapshot.cal.zone).date()
        self._select_after_refresh = booking_id
        if from_qdate(self.day_edit.date()) == day:
            self._select_day_row(booking_id)
        else:
            self.day_edit.setDate(_qdate(day))
        self.tabs.setCurrentIndex(1)
        self.day_table.setFocus()

    def _select_day_row(self, booking_id: int) -> None:
        proxy = self.day_table.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ID_ROLE) == booking_id:
                self.day_table.selectRow(row)
                return

    # --- dialogs --------------------------------------------------------------------------

    def open_booking_dialog(
        self, starts_at: datetime | None = None, period_name: str = ""
    ) -> BookingDialog | None:
        if self.snapshot is None:
            return None
        if not self.snapshot.resources:
            self.show_notice(
                self.tr("There are no resources yet. Add them in Settings → Makerspace."),
                error=True,
            )
            return None
        dialog = BookingDialog(
            self.ctx,
            self.snapshot.cal,
            self.snapshot.resources,
            self,
            resource_id=self.resource_filter,
            starts_at=starts_at,
            period_name=period_name,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_record_training(self) -> RecordTrainingDialog | None:
        if self.snapshot is None:
            return None
        dialog = RecordTrainingDialog(self.ctx, self.snapshot.certifications, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_log_use(self) -> LogUseDialog | None:
        if self.snapshot is None:
            return None
        booking_id = _selected_id(self.day_table) if self.tabs.currentIndex() == 1 else None
        dialog = LogUseDialog(
            self.ctx, self.snapshot.consumables, self.snapshot.day_bookings, self.snapshot.cal,
            booking_id, self,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_restock(self) -> RestockDialog | None:
        if self.snapshot is None:
            return None
        dialog = RestockDialog(
            self.ctx, self.snapshot.consumables, _selected_id(self.consumable_table), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_door_schedule(self, path: Path | None = None, open_after: bool = True) -> None:
        """Write the day's door sheet to a PDF (asking where) and open it to print."""
        day = from_qdate(self.day_edit.date())
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the door schedule"),
                str(Path.home() / f"makerspace-{day:%Y-%m-%d}.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        target = path

        def job(_p: Progress) -> Path:
            with self.ctx.unit_of_work() as uow:
                sheet = build_door_schedule(uow, day)
            return write_door_schedule_pdf(sheet, target)

        def done(written: Path) -> None:
            self.show_notice(self.tr("Door schedule saved to {path}.").format(path=written))
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Door schedule"), error_text(exc))

        self.ctx.tasks.submit(job, done, failed)
