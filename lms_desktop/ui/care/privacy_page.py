"""Settings > Privacy and staff: forgetting old loans, the idle lock and staff accounts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.care.privacy import (
    anonymize_after_days,
    anonymize_returned_loans,
    set_anonymize_after_days,
)
from lms_desktop.errors import DomainError
from lms_desktop.school.access import (
    PIN_MAX_LENGTH,
    ROLE_LABELS,
    Role,
    add_staff,
    idle_lock_minutes,
    list_staff,
    set_idle_lock_minutes,
    set_staff_active,
)
from lms_desktop.ui.care.sign_in import is_librarian
from lms_desktop.ui.care.site import site_of
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text, shown


class PrivacyPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)

        privacy = QGroupBox(self.tr("Reading history"))
        form = QFormLayout(privacy)
        row = QHBoxLayout()
        self.forget = QCheckBox(self.tr("Forget who borrowed an item"))
        self.forget.setAccessibleName(self.tr("Forget who borrowed returned items"))
        self.forget_days = QSpinBox()
        self.forget_days.setRange(0, 3650)
        self.forget_days.setSuffix(self.tr(" days after it is returned"))
        self.forget_days.setAccessibleName(self.tr("Days after return"))
        self.forget.toggled.connect(self.forget_days.setEnabled)
        row.addWidget(self.forget)
        row.addWidget(self.forget_days)
        row.addStretch(1)
        form.addRow(row)
        explain = QLabel(
            self.tr(
                "Counts by grade, homeroom and item type stay for reports. Only the "
                "librarian sees a patron's reading history."
            )
        )
        explain.setWordWrap(True)
        form.addRow(explain)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.idle_minutes.setAccessibleName(self.tr("Lock the desk after minutes without use"))
        self.idle_minutes.setMaximumWidth(160)
        form.addRow(self.tr("Lock the desk after:"), self.idle_minutes)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save privacy settings"))
        self.save_button.clicked.connect(self.save)
        self.forget_now_button = QPushButton(self.tr("Forget old loans now"))
        self.forget_now_button.setAccessibleName(self.tr("Forget old loans now"))
        self.forget_now_button.clicked.connect(self.forget_now)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.forget_now_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        layout.addWidget(privacy)

        staff = QGroupBox(self.tr("Staff accounts"))
        staff_layout = QVBoxLayout(staff)
        self.staff_list = QListWidget()
        self.staff_list.setAccessibleName(self.tr("Staff accounts"))
        staff_layout.addWidget(self.staff_list)
        add_row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_name.setAccessibleName(self.tr("New staff name"))
        self.new_role = QComboBox()
        self.new_role.setAccessibleName(self.tr("New staff role"))
        for role in Role:
            self.new_role.addItem(shown(ROLE_LABELS[role]), role.value)
        self.new_pin = QLineEdit()
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setMaxLength(PIN_MAX_LENGTH)
        self.new_pin.setPlaceholderText(self.tr("PIN (4-12 digits)"))
        self.new_pin.setAccessibleName(self.tr("New staff PIN"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add staff account"))
        self.add_button.clicked.connect(self.add)
        self.disable_button = QPushButton(self.tr("Turn off selected"))
        self.disable_button.setAccessibleName(self.tr("Turn off the selected staff account"))
        self.disable_button.clicked.connect(self.disable_selected)
        for widget in (self.new_name, self.new_role, self.new_pin, self.add_button):
            add_row.addWidget(widget)
        add_row.addWidget(self.disable_button)
        staff_layout.addLayout(add_row)
        layout.addWidget(staff, 1)

        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Privacy status"))
        layout.addWidget(self.status)

        if not is_librarian(ctx):
            for box in (privacy, staff):
                box.setEnabled(False)
            self.status.setText(self.tr("Only the librarian can change these settings."))
        self.load()

    def load(self) -> None:
        with self.ctx.unit_of_work() as uow:
            days = anonymize_after_days(uow)
            minutes = idle_lock_minutes(uow, site_of(self.ctx))
            accounts = list_staff(uow, site_of(self.ctx))
        self.forget.setChecked(days is not None)
        self.forget_days.setEnabled(days is not None)
        self.forget_days.setValue(days if days is not None else 30)
        self.idle_minutes.setValue(minutes)
        self.staff_list.clear()
        for account in accounts:
            text = f"{account.name} — {shown(ROLE_LABELS[account.role])}"
            if not account.active:
                text += self.tr(" (turned off)")
            self.staff_list.addItem(text)
        self._names = [a.name for a in accounts]
        if not accounts:
            self.staff_list.addItem(
                self.tr("No accounts yet: the app opens as the librarian without a PIN.")
            )

    def save(self) -> bool:
        try:
            with self.ctx.unit_of_work() as uow:
                set_anonymize_after_days(
                    uow, self.forget_days.value() if self.forget.isChecked() else None
                )
                set_idle_lock_minutes(uow, self.idle_minutes.value(), site_of(self.ctx))
                uow.commit()
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return False
        self.status.setText(self.tr("Privacy settings saved."))
        self.ctx.hub.data_changed.emit("settings")
        return True

    def forget_now(self) -> None:
        database_ctx = self.ctx

        def job(_progress: object) -> int:
            with database_ctx.unit_of_work() as uow:
                count = anonymize_returned_loans(uow)
                uow.commit()
            return count

        def done(count: int) -> None:
            self.status.setText(
                self.tr("{n} returned loan(s) no longer say who borrowed them.").format(n=count)
            )
            self.ctx.hub.data_changed.emit("loans")

        self.ctx.tasks.submit(job, done, lambda exc: self.status.setText(error_text(exc)))

    def add(self) -> bool:
        try:
            with self.ctx.unit_of_work() as uow:
                account = add_staff(
                    uow,
                    self.new_name.text(),
                    str(self.new_role.currentData()),
                    self.new_pin.text(),
                    site_of(self.ctx),
                )
                uow.commit()
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return False
        self.new_name.clear()
        self.new_pin.clear()
        self.status.setText(self.tr("{name} can now sign in.").format(name=account.name))
        self.load()
        self.ctx.hub.data_changed.emit("staff")
        return True

    def disable_selected(self) -> None:
        row = self.staff_list.currentRow()
        if not 0 <= row < len(self._names):
            return
        try:
            with self.ctx.unit_of_work() as uow:
                set_staff_active(uow, self._names[row], False, site_of(self.ctx))
                uow.commit()
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return
        self.load()
