"""Settings → Makerspace: bell schedules, the day rotation, special days, resources,
trainings, consumables and the booking rules."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.errors import DomainError
from lms_desktop.makerspace.bookings import (
    DEFAULT_NO_SHOW_GRACE_MINUTES,
    NO_SHOW_GRACE_KEY,
    STUDENT_WEEKLY_QUOTA_KEY,
)
from lms_desktop.makerspace.calendar_setup import (
    BellScheduleInfo,
    delete_bell_schedule,
    delete_special_day,
    ensure_makerspace_defaults,
    get_rotation,
    list_bell_schedules,
    list_special_days,
    save_bell_schedule,
    save_rotation,
    save_special_day,
)
from lms_desktop.makerspace.resources import (
    RESOURCE_KINDS,
    ResourceInput,
    item_barcode,
    item_id_for_barcode,
    list_certifications,
    list_consumables,
    list_resources,
    save_certification,
    save_consumable,
    save_resource,
)
from lms_desktop.school.settings import get_setting, set_setting
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.dates import day_label
from lms_desktop.ui.domain_text import error_text
from lms_desktop.ui.makerspace.qdates import from_qdate
from lms_desktop.ui.theme import text_colour_css


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _pytime(t: QTime) -> time:
    return time(t.hour(), t.minute())


def _parse_time(text: str) -> time:
    try:
        return datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError:
        raise DomainError(
            QCoreApplication.translate(
                "MakerspaceSettingsPage", "{text} is not a time. Type it as HH:MM, such as 09:50."
            ).format(text=repr(text))
        ) from None


W = TypeVar("W", bound=QWidget)
ID_ROLE = Qt.ItemDataRole.UserRole


def _named(widget: W, name: str) -> W:
    widget.setAccessibleName(name)
    return widget


class MakerspaceSettingsPage(QWidget):
    """Everything the makerspace's bookings are checked against."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Makerspace settings message"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Makerspace settings"))
        self.tabs.addTab(self._bell_tab(), self.tr("Bell schedules"))
        self.tabs.addTab(self._rotation_tab(), self.tr("Day rotation and special days"))
        self.tabs.addTab(self._resources_tab(), self.tr("Resources"))
        self.tabs.addTab(self._rules_tab(), self.tr("Trainings, materials and rules"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.reload()

    # --- helpers --------------------------------------------------------------------------

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(text_colour_css("#b00020" if error else "#1b5e20"))
        if not error:
            self.ctx.hub.status_message.emit(text)

    def _save(self, action: object, success: str) -> bool:
        """Run one settings change in its own unit of work; say what happened."""
        try:
            with self.ctx.unit_of_work() as uow:
                action(uow)  # type: ignore[operator]
                uow.commit()
        except DomainError as exc:
            self.say(error_text(exc), error=True)
            return False
        self.say(success)
        self.ctx.hub.data_changed.emit("makerspace")
        self.reload()
        return True

    # --- bell schedules -------------------------------------------------------------------

    def _bell_tab(self) -> QWidget:
        page = QWidget()
        self.schedule_box = _named(QComboBox(), self.tr("Bell schedule"))
        self.schedule_box.currentIndexChanged.connect(self._show_schedule)
        self.new_schedule_button = _named(
            QPushButton(self.tr("&New schedule")), self.tr("New schedule")
        )
        self.new_schedule_button.clicked.connect(self._new_schedule)
        self.defaults_button = _named(
            QPushButton(self.tr("Start from a typical school day")),
            self.tr("Start from a typical school day"),
        )
        self.defaults_button.clicked.connect(self.create_defaults)
        self.schedule_name = _named(QLineEdit(), self.tr("Schedule name"))
        self.schedule_default = _named(
            QCheckBox(self.tr("The regular day (used unless a special day says otherwise)")),
            self.tr("Regular day schedule"),
        )
        self.periods_table = QTableWidget(0, 3)
        self.periods_table.setAccessibleName(self.tr("Periods"))
        self.periods_table.setHorizontalHeaderLabels(
            [self.tr("Period"), self.tr("Starts (HH:MM)"), self.tr("Ends (HH:MM)")]
        )
        self.periods_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        add_period = _named(QPushButton(self.tr("&Add period")), self.tr("Add period"))
        remove_period = _named(QPushButton(self.tr("&Remove period")), self.tr("Remove period"))
        self.save_schedule_button = _named(
            QPushButton(self.tr("&Save schedule")), self.tr("Save schedule")
        )
        delete_schedule = _named(
            QPushButton(self.tr("&Delete schedule")), self.tr("Delete schedule")
        )
        add_period.clicked.connect(lambda: self.add_period_row("", "", ""))
        remove_period.clicked.connect(
            lambda: self.periods_table.removeRow(self.periods_table.currentRow())
        )
        self.save_schedule_button.clicked.connect(self.save_schedule)
        delete_schedule.clicked.connect(self._delete_schedule)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Schedule:")))
        top.addWidget(self.schedule_box, 1)
        top.addWidget(self.new_schedule_button)
        top.addWidget(self.defaults_button)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.schedule_name)
        form.addRow("", self.schedule_default)
        buttons = QHBoxLayout()
        for b in (add_period, remove_period):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(delete_schedule)
        buttons.addWidget(self.save_schedule_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.periods_table, 1)
        layout.addLayout(buttons)
        return page

    def add_period_row(self, name: str, starts: str, ends: str) -> None:
        row = self.periods_table.rowCount()
        self.periods_table.insertRow(row)
        for column, text in enumerate((name, starts, ends)):
            self.periods_table.setItem(row, column, QTableWidgetItem(text))

    def _new_schedule(self) -> None:
        self.schedule_box.setCurrentIndex(-1)
        self.schedule_name.setText(self.tr("Early release"))
        self.schedule_default.setChecked(False)
        self.periods_table.setRowCount(0)

    def _show_schedule(self) -> None:
        schedule: BellScheduleInfo | None = next(
            (s for s in self._schedules if s.id == self.schedule_box.currentData()), None
        )
        self.periods_table.setRowCount(0)
        if schedule is None:
            return
        self.schedule_name.setText(schedule.name)
        self.schedule_default.setChecked(schedule.is_default)
        for p in schedule.periods:
            self.add_period_row(p.name, f"{p.starts:%H:%M}", f"{p.ends:%H:%M}")

    def save_schedule(self) -> bool:
        try:
            periods = []
            for row in range(self.periods_table.rowCount()):
                cells = [self.periods_table.item(row, c) for c in range(3)]
                texts = [c.text() if c is not None else "" for c in cells]
                if not any(t.strip() for t in texts):
                    continue
                periods.append((texts[0], _parse_time(texts[1]), _parse_time(texts[2])))
        except DomainError as exc:
            self.say(error_text(exc), error=True)
            return False
        schedule_id = self.schedule_box.currentData()
        name = self.schedule_name.text()
        is_default = self.schedule_default.isChecked() or not self._schedules
        return self._save(
            lambda uow: save_bell_schedule(uow, name, periods, is_default, schedule_id),
            self.tr("Bell schedule saved."),
        )

    def _delete_schedule(self) -> None:
        schedule_id = self.schedule_box.currentData()
        if schedule_id is not None:
            self._save(
                lambda uow: delete_bell_schedule(uow, schedule_id), self.tr("Schedule deleted.")
            )

    def create_defaults(self) -> bool:
        start = date.today()

        def action(uow):  # type: ignore[no-untyped-def]
            if not ensure_makerspace_defaults(uow, start):
                raise DomainError(self.tr("A bell schedule already exists; nothing was changed."))

        return self._save(
            action, self.tr("A typical setup was created: adjust the periods, tools and trainings.")
        )

    # --- rotation and special days --------------------------------------------------------

    def _rotation_tab(self) -> QWidget:
        page = QWidget()
        rotation = QGroupBox(self.tr("Day rotation"))
        self.day_types = _named(QLineEdit(), self.tr("Day types"))
        self.day_types.setPlaceholderText(self.tr("A, B   (empty: no rotation)"))
        self.rotation_start = _named(QDateEdit(), self.tr("Rotation starts on"))
        self.rotation_start.setCalendarPopup(True)
        save_rotation_button = _named(
            QPushButton(self.tr("Save &rotation")), self.tr("Save rotation")
        )
        save_rotation_button.clicked.connect(self.save_rotation)
        rform = QFormLayout(rotation)
        rform.addRow(self.tr("Day types, in order:"), self.day_types)
        rform.addRow(self.tr("First day counted:"), self.rotation_start)
        rform.addRow(
            "",
            QLabel(
                self.tr(
                    "Day types advance on school days only; closed days (Settings → School "
                    "calendar) are skipped. A special day with a fixed day type restarts the count."
                )
            ),
        )
        rform.addRow("", save_rotation_button)

        special = QGroupBox(self.tr("Special days (early release, assembly, fixed day type)"))
        self.special_list = _named(QListWidget(), self.tr("Special days"))
        self.special_day = _named(QDateEdit(_qdate(date.today())), self.tr("Special day"))
        self.special_day.setCalendarPopup(True)
        self.special_schedule = _named(QComboBox(), self.tr("Special day schedule"))
        self.special_type = _named(QLineEdit(), self.tr("Special day type"))
        self.special_type.setPlaceholderText(self.tr("e.g. A (optional)"))
        self.special_note = _named(QLineEdit(), self.tr("Special day note"))
        add_special = _named(
            QPushButton(self.tr("&Add or change")), self.tr("Add or change special day")
        )
        remove_special = _named(QPushButton(self.tr("Remo&ve")), self.tr("Remove special day"))
        add_special.clicked.connect(self.save_special_day)
        remove_special.clicked.connect(self._remove_special)
        sform = QFormLayout()
        sform.addRow(self.tr("Day:"), self.special_day)
        sform.addRow(self.tr("Bell schedule:"), self.special_schedule)
        sform.addRow(self.tr("Day type:"), self.special_type)
        sform.addRow(self.tr("Note:"), self.special_note)
        row = QHBoxLayout()
        row.addWidget(add_special)
        row.addWidget(remove_special)
        row.addStretch(1)
        slayout = QHBoxLayout(special)
        slayout.addWidget(self.special_list, 1)
        right = QVBoxLayout()
        right.addLayout(sform)
        right.addLayout(row)
        right.addStretch(1)
        slayout.addLayout(right, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(rotation)
        layout.addWidget(special, 1)
        return page

    def save_rotation(self) -> bool:
        types = [t for t in self.day_types.text().replace(";", ",").split(",")]
        starts = from_qdate(self.rotation_start.date())
        return self._save(
            lambda uow: save_rotation(uow, types, starts), self.tr("Day rotation saved.")
        )

    def save_special_day(self) -> bool:
        day = from_qdate(self.special_day.date())
        schedule_id = self.special_schedule.currentData()
        day_type = self.special_type.text().strip() or None
        note = self.special_note.text()
        return self._save(
            lambda uow: save_special_day(uow, day, schedule_id, day_type, note),
            self.tr("Special day saved."),
        )

    def _remove_special(self) -> None:
        item = self.special_list.currentItem()
        if item is not None:
            special_id = item.data(ID_ROLE)
            self._save(
                lambda uow: delete_special_day(uow, special_id), self.tr("Special day removed.")
            )

    # --- resources ------------------------------------------------------------------------

    def _resources_tab(self) -> QWidget:
        page = QWidget()
        self.resource_list = _named(QListWidget(), self.tr("Resources"))
        self.resource_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resource_list.currentItemChanged.connect(lambda *_: self._show_resource())
        self.r_name = _named(QLineEdit(), self.tr("Resource name"))
        self.r_kind = _named(QComboBox(), self.tr("Kind"))
        for kind in RESOURCE_KINDS:
            self.r_kind.addItem(kind.replace("_", " "), kind)
        self.r_capacity = _named(QSpinBox(), self.tr("Capacity"))
        self.r_capacity.setRange(1, 200)
        self.r_location = _named(QLineEdit(), self.tr("Location"))
        self.r_from = _named(QTimeEdit(QTime(7, 30)), self.tr("Bookable from"))
        self.r_until = _named(QTimeEdit(QTime(16, 0)), self.tr("Bookable until"))
        for edit in (self.r_from, self.r_until):
            edit.setDisplayFormat("HH:mm")
        self.r_min = _named(QSpinBox(), self.tr("Shortest booking in minutes"))
        self.r_max = _named(QSpinBox(), self.tr("Longest booking in minutes"))
        for spin in (self.r_min, self.r_max):
            spin.setRange(5, 24 * 60)
            spin.setSuffix(self.tr(" min"))
        self.r_approval = _named(
            QCheckBox(self.tr("Bookings need the librarian's approval")), self.tr("Needs approval")
        )
        self.r_training = _named(QComboBox(), self.tr("Training required"))
        self.r_barcode = _named(QLineEdit(), self.tr("Desk item barcode"))
        self.r_barcode.setPlaceholderText(self.tr("if the tool is also lent at the desk"))
        self.r_quota = _named(QSpinBox(), self.tr("Weekly quota per student in minutes"))
        self.r_quota.setRange(0, 5000)
        self.r_quota.setSpecialValueText(self.tr("No limit"))
        self.r_quota.setSuffix(self.tr(" min a week"))
        self.r_active = _named(QCheckBox(self.tr("In service")), self.tr("In service"))
        new_button = _named(QPushButton(self.tr("&New resource")), self.tr("New resource"))
        self.save_resource_button = _named(
            QPushButton(self.tr("&Save resource")), self.tr("Save resource")
        )
        new_button.clicked.connect(self._new_resource)
        self.save_resource_button.clicked.connect(self.save_resource)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.r_name)
        form.addRow(self.tr("Kind:"), self.r_kind)
        form.addRow(self.tr("Capacity (people or seats):"), self.r_capacity)
        form.addRow(self.tr("Location:"), self.r_location)
        hours = QHBoxLayout()
        hours.addWidget(self.r_from)
        hours.addWidget(QLabel(self.tr("to")))
        hours.addWidget(self.r_until)
        hours.addStretch(1)
        form.addRow(self.tr("Bookable hours:"), hours)
        durations = QHBoxLayout()
        durations.addWidget(self.r_min)
        durations.addWidget(QLabel(self.tr("to")))
        durations.addWidget(self.r_max)
        durations.addStretch(1)
        form.addRow(self.tr("Booking length:"), durations)
        form.addRow("", self.r_approval)
        form.addRow(self.tr("Training required:"), self.r_training)
        form.addRow(self.tr("Desk barcode:"), self.r_barcode)
        form.addRow(self.tr("Student quota:"), self.r_quota)
        form.addRow("", self.r_active)
        buttons = QHBoxLayout()
        buttons.addWidget(new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_resource_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addStretch(1)
        layout = QHBoxLayout(page)
        layout.addWidget(self.resource_list, 1)
        layout.addLayout(right, 2)
        return page

    def _new_resource(self) -> None:
        self.resource_list.setCurrentRow(-1)
        self.resource_list.clearSelection()
        self.r_name.clear()
        self.r_location.clear()
        self.r_barcode.clear()
        self.r_capacity.setValue(1)
        self.r_min.setValue(15)
        self.r_max.setValue(180)
        self.r_quota.setValue(0)
        self.r_training.setCurrentIndex(0)
        self.r_approval.setChecked(False)
        self.r_active.setChecked(True)
        self.r_name.setFocus()

    def _show_resource(self) -> None:
        item = self.resource_list.currentItem()
        resource = next((r for r in self._resources if item and r.id == item.data(ID_ROLE)), None)
        if resource is None:
            return
        self.r_name.setText(resource.name)
        self.r_kind.setCurrentIndex(max(0, self.r_kind.findData(resource.kind)))
        self.r_capacity.setValue(resource.capacity)
        self.r_location.setText(resource.location)
        self.r_from.setTime(_qtime(resource.bookable_from))
        self.r_until.setTime(_qtime(resource.bookable_until))
        self.r_min.setValue(resource.min_minutes)
        self.r_max.setValue(resource.max_minutes)
        self.r_approval.setChecked(resource.needs_approval)
        self.r_training.setCurrentIndex(max(0, self.r_training.findData(resource.certification_id)))
        self.r_barcode.setText(self._barcodes.get(resource.id, ""))
        self.r_quota.setValue(resource.weekly_quota_minutes or 0)
        self.r_active.setChecked(resource.active)

    def save_resource(self) -> bool:
        item = self.resource_list.currentItem()
        resource_id = item.data(ID_ROLE) if item is not None and item.isSelected() else None
        barcode = self.r_barcode.text()

        def action(uow):  # type: ignore[no-untyped-def]
            data = ResourceInput(
                name=self.r_name.text(),
                kind=self.r_kind.currentData(),
                capacity=self.r_capacity.value(),
                location=self.r_location.text(),
                bookable_from=_pytime(self.r_from.time()),
                bookable_until=_pytime(self.r_until.time()),
                min_minutes=self.r_min.value(),
                max_minutes=self.r_max.value(),
                needs_approval=self.r_approval.isChecked(),
                certification_id=self.r_training.currentData(),
                item_id=item_id_for_barcode(uow, barcode),
                weekly_quota_minutes=self.r_quota.value() or None,
                active=self.r_active.isChecked(),
            )
            return save_resource(uow, data, resource_id)

        return self._save(action, self.tr("Resource saved."))

    # --- trainings, consumables, rules ----------------------------------------------------

    def _rules_tab(self) -> QWidget:
        page = QWidget()
        trainings = QGroupBox(self.tr("Trainings"))
        self.training_list = _named(QListWidget(), self.tr("Trainings"))
        self.t_name = _named(QLineEdit(), self.tr("Training name"))
        self.t_days = _named(QSpinBox(), self.tr("Valid for days"))
        self.t_days.setRange(0, 3650)
        self.t_days.setValue(365)
        self.t_days.setSpecialValueText(self.tr("Never expires"))
        self.t_days.setSuffix(self.tr(" days"))
        add_training = _named(QPushButton(self.tr("Add &training")), self.tr("Add training"))
        add_training.clicked.connect(self.add_training)
        tform = QFormLayout()
        tform.addRow(self.tr("Name:"), self.t_name)
        tform.addRow(self.tr("Valid for:"), self.t_days)
        tform.addRow("", add_training)
        tl = QHBoxLayout(trainings)
        tl.addWidget(self.training_list, 1)
        tl.addLayout(tform, 1)

        materials = QGroupBox(self.tr("Consumables"))
        self.consumable_list = _named(QListWidget(), self.tr("Consumables"))
        self.c_name = _named(QLineEdit(), self.tr("Consumable name"))
        self.c_unit = _named(QComboBox(), self.tr("Unit"))
        self.c_unit.setEditable(True)
        self.c_unit.addItems(["g", "in", "sheet", "m", "ml"])
        self.c_stock = _named(QDoubleSpinBox(), self.tr("Stock"))
        self.c_low = _named(QDoubleSpinBox(), self.tr("Reorder level"))
        for spin in (self.c_stock, self.c_low):
            spin.setRange(0, 1_000_000)
        self.c_resource = _named(QComboBox(), self.tr("Used on"))
        add_material = _named(QPushButton(self.tr("Add &consumable")), self.tr("Add consumable"))
        add_material.clicked.connect(self.add_consumable)
        cform = QFormLayout()
        cform.addRow(self.tr("Name:"), self.c_name)
        cform.addRow(self.tr("Unit:"), self.c_unit)
        cform.addRow(self.tr("In stock:"), self.c_stock)
        cform.addRow(self.tr("Warn at or below:"), self.c_low)
        cform.addRow(self.tr("Used on:"), self.c_resource)
        cform.addRow("", add_material)
        cl = QHBoxLayout(materials)
        cl.addWidget(self.consumable_list, 1)
        cl.addLayout(cform, 1)

        rules = QGroupBox(self.tr("Booking rules"))
        self.grace = _named(QSpinBox(), self.tr("No-show grace minutes"))
        self.grace.setRange(0, 120)
        self.grace.setSuffix(self.tr(" min"))
        self.space_quota = _named(QSpinBox(), self.tr("Student weekly limit in minutes"))
        self.space_quota.setRange(0, 5000)
        self.space_quota.setSpecialValueText(self.tr("No limit"))
        self.space_quota.setSuffix(self.tr(" min a week"))
        save_rules = _named(QPushButton(self.tr("Save r&ules")), self.tr("Save booking rules"))
        save_rules.clicked.connect(self.save_rules)
        rform = QFormLayout(rules)
        rform.addRow(self.tr("Release a booking nobody checked in to after:"), self.grace)
        rform.addRow(self.tr("Each student may book in all, per week:"), self.space_quota)
        rform.addRow("", save_rules)

        layout = QVBoxLayout(page)
        layout.addWidget(trainings, 1)
        layout.addWidget(materials, 1)
        layout.addWidget(rules)
        return page

    def add_training(self) -> bool:
        name = self.t_name.text()
        days = self.t_days.value() or None
        ok = self._save(lambda uow: save_certification(uow, name, days), self.tr("Training added."))
        if ok:
            self.t_name.clear()
        return ok

    def add_consumable(self) -> bool:
        name, unit = self.c_name.text(), self.c_unit.currentText()
        stock, low = self.c_stock.value(), self.c_low.value()
        resource_id = self.c_resource.currentData()
        ok = self._save(
            lambda uow: save_consumable(uow, name, unit, stock, low, resource_id),
            self.tr("Consumable added."),
        )
        if ok:
            self.c_name.clear()
        return ok

    def save_rules(self) -> bool:
        grace, quota = self.grace.value(), self.space_quota.value()

        def action(uow):  # type: ignore[no-untyped-def]
            set_setting(uow, NO_SHOW_GRACE_KEY, grace)
            set_setting(uow, STUDENT_WEEKLY_QUOTA_KEY, quota or None)

        return self._save(action, self.tr("Booking rules saved."))

    # --- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        with self.ctx.unit_of_work() as uow:
            self._schedules = list_bell_schedules(uow)
            rotation = get_rotation(uow)
            specials = list_special_days(uow)
            self._resources = list_resources(uow, include_inactive=True)
            self._barcodes = {r.id: item_barcode(uow, r.item_id) for r in self._resources}
            certifications = list_certifications(uow)
            consumables = list_consumables(uow)
            grace = get_setting(uow, NO_SHOW_GRACE_KEY, DEFAULT_NO_SHOW_GRACE_MINUTES)
            quota = get_setting(uow, STUDENT_WEEKLY_QUOTA_KEY, None)
        keep = self.schedule_box.currentData()
        self.schedule_box.blockSignals(True)
        self.schedule_box.clear()
        for s in self._schedules:
            label = s.name + (self.tr(" (regular day)") if s.is_default else "")
            self.schedule_box.addItem(label, s.id)
        self.schedule_box.setCurrentIndex(max(0, self.schedule_box.findData(keep)))
        self.schedule_box.blockSignals(False)
        self._show_schedule()
        self.defaults_button.setVisible(not self._schedules)

        self.day_types.setText(", ".join(rotation.day_types))
        self.rotation_start.setDate(_qdate(rotation.starts_on or date.today()))
        self.special_schedule.clear()
        self.special_schedule.addItem(self.tr("Same as the regular day"), None)
        for s in self._schedules:
            self.special_schedule.addItem(s.name, s.id)
        self.special_list.clear()
        for sd in specials:
            parts = [day_label(sd.day)]
            if sd.schedule_name:
                parts.append(sd.schedule_name)
            if sd.day_type:
                parts.append(self.tr("{t}-day").format(t=sd.day_type))
            if sd.note:
                parts.append(sd.note)
            item = QListWidgetItem(" · ".join(parts))
            item.setData(ID_ROLE, sd.id)
            self.special_list.addItem(item)

        self.r_training.clear()
        self.r_training.addItem(self.tr("None"), None)
        for c in certifications:
            self.r_training.addItem(c.name, c.id)
        selected = self.resource_list.currentItem()
        keep_resource = selected.data(ID_ROLE) if selected is not None else None
        self.resource_list.blockSignals(True)
        self.resource_list.clear()
        for r in self._resources:
            text = r.name if r.active else self.tr("{name} (out of service)").format(name=r.name)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, r.id)
            self.resource_list.addItem(item)
            if r.id == keep_resource:
                self.resource_list.setCurrentItem(item)
        self.resource_list.blockSignals(False)

        self.training_list.clear()
        for c in certifications:
            valid = (
                self.tr("valid {n} days").format(n=c.valid_days)
                if c.valid_days
                else self.tr("never expires")
            )
            self.training_list.addItem(f"{c.name} — {valid}")
        self.consumable_list.clear()
        for m in consumables:
            self.consumable_list.addItem(
                self.tr("{name}: {stock} {unit} (warn at {level})").format(
                    name=m.name, stock=f"{m.stock:g}", unit=m.unit, level=f"{m.low_stock_level:g}"
                )
            )
        self.c_resource.clear()
        self.c_resource.addItem(self.tr("Any resource"), None)
        for r in self._resources:
            self.c_resource.addItem(r.name, r.id)
        self.grace.setValue(int(grace))
        self.space_quota.setValue(int(quota or 0))
