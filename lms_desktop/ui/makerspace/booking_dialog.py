"""The booking dialog: a resource, who it is for, a day and a period (or clock time), recurrence."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.circulation.patrons import search_patrons
from lms_desktop.errors import DomainError
from lms_desktop.makerspace.bookings import (
    BookingConflictError,
    BookingInfo,
    BookingRequest,
    SeriesResult,
    create_booking,
    create_series,
)
from lms_desktop.makerspace.resources import ResourceInfo
from lms_desktop.makerspace.schedule import (
    ClosedDayError,
    SchoolCalendar,
    closed_day_error,
    day_type,
    is_school_day,
    next_school_day,
    periods_on,
    to_local,
)
from lms_desktop.makerspace.slots import RecurrenceRule, slot_by_clock, slot_by_period
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text, shown
from lms_desktop.ui.tasks import Progress
from lms_desktop.ui.theme import text_colour_css

# marked for pyside6-lupdate, which does not read the self.tr(WEEKDAYS[…]) that shows them
WEEKDAYS = (
    QT_TRANSLATE_NOOP("BookingDialog", "Monday"),
    QT_TRANSLATE_NOOP("BookingDialog", "Tuesday"),
    QT_TRANSLATE_NOOP("BookingDialog", "Wednesday"),
    QT_TRANSLATE_NOOP("BookingDialog", "Thursday"),
    QT_TRANSLATE_NOOP("BookingDialog", "Friday"),
    QT_TRANSLATE_NOOP("BookingDialog", "Saturday"),
    QT_TRANSLATE_NOOP("BookingDialog", "Sunday"),
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


class BookingDialog(QDialog):
    """Book a resource once or as a series; conflicts show who is in the way and a way out.

    Signals:
        booked(object): the BookingInfo, or the SeriesResult of a series, once saved.
        refused(str): the message of a refusal (conflict, closed day, quota, training…).
    """

    booked = Signal(object)
    refused = Signal(str)

    def __init__(
        self,
        ctx: UiContext,
        cal: SchoolCalendar,
        resources: Sequence[ResourceInfo],
        parent: QWidget | None = None,
        *,
        resource_id: int | None = None,
        starts_at: datetime | None = None,
        period_name: str = "",
        school_year_end: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cal = cal
        self.resources = list(resources)
        self._suggestion: tuple[datetime, datetime] | None = None
        # the periods last chosen, kept while a closed day (no periods) is shown
        self._chosen_periods: tuple[str, str | None] | None = None
        self._busy = False
        self.setWindowTitle(self.tr("New makerspace booking"))
        self.setAccessibleName(self.tr("New makerspace booking"))

        form = QFormLayout()
        self.resource_box = QComboBox()
        self.resource_box.setAccessibleName(self.tr("Resource"))
        for r in self.resources:
            self.resource_box.addItem(r.name, r.id)
        if resource_id is not None:
            self.resource_box.setCurrentIndex(max(0, self.resource_box.findData(resource_id)))
        form.addRow(self.tr("&Resource:"), self.resource_box)

        self.for_student = QRadioButton(self.tr("A &student"))
        self.for_class = QRadioButton(self.tr("A teacher's &class"))
        self.for_student.setChecked(True)
        for button in (self.for_student, self.for_class):
            button.setAccessibleName(button.text().replace("&", ""))
        who_group = QButtonGroup(self)
        who_group.addButton(self.for_student)
        who_group.addButton(self.for_class)
        who_row = QHBoxLayout()
        who_row.addWidget(self.for_student)
        who_row.addWidget(self.for_class)
        who_row.addStretch(1)
        form.addRow(self.tr("For:"), who_row)

        self.patron_search = QLineEdit()
        self.patron_search.setPlaceholderText(self.tr("Scan a card or type a name"))
        self.patron_search.setAccessibleName(self.tr("Find patron"))
        self.patron_box = QComboBox()
        self.patron_box.setAccessibleName(self.tr("Patron"))
        self.patron_box.setMinimumContentsLength(24)
        patron_row = QHBoxLayout()
        patron_row.addWidget(self.patron_search, 1)
        patron_row.addWidget(self.patron_box, 1)
        form.addRow(self.tr("Patron:"), patron_row)
        self.patron_search.textEdited.connect(self._search_patrons)
        self.patron_search.returnPressed.connect(self._search_patrons)

        self.class_name = QLineEdit()
        self.class_name.setPlaceholderText(self.tr("e.g. 7B Science"))
        self.class_name.setAccessibleName(self.tr("Class"))
        form.addRow(self.tr("C&lass:"), self.class_name)

        self.purpose = QLineEdit()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.setPlaceholderText(self.tr("What is it for?"))
        form.addRow(self.tr("P&urpose:"), self.purpose)

        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("ddd d MMM yyyy")
        self.day_edit.setAccessibleName(self.tr("Day"))
        self.day_type_label = QLabel()
        self.day_type_label.setAccessibleName(self.tr("Day type"))
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_edit)
        day_row.addWidget(self.day_type_label, 1)
        form.addRow(self.tr("Day:"), day_row)

        self.by_period = QRadioButton(self.tr("By &period"))
        self.by_clock = QRadioButton(self.tr("By cloc&k time"))
        self.by_period.setAccessibleName(self.tr("Book by period"))
        self.by_clock.setAccessibleName(self.tr("Book by clock time"))
        self.by_period.setChecked(True)
        mode_group = QButtonGroup(self)
        mode_group.addButton(self.by_period)
        mode_group.addButton(self.by_clock)
        self.first_period = QComboBox()
        self.first_period.setAccessibleName(self.tr("First period"))
        self.last_period = QComboBox()
        self.last_period.setAccessibleName(self.tr("Last period"))
        self.start_time = QTimeEdit(QTime(15, 0))
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.end_time = QTimeEdit(QTime(15, 45))
        self.end_time.setAccessibleName(self.tr("End time"))
        for edit in (self.start_time, self.end_time):
            edit.setDisplayFormat("HH:mm")
        period_row = QHBoxLayout()
        period_row.addWidget(self.by_period)
        period_row.addWidget(self.first_period)
        period_row.addWidget(QLabel(self.tr("to")))
        period_row.addWidget(self.last_period)
        period_row.addStretch(1)
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.by_clock)
        clock_row.addWidget(self.start_time)
        clock_row.addWidget(QLabel(self.tr("to")))
        clock_row.addWidget(self.end_time)
        clock_row.addStretch(1)
        form.addRow(self.tr("When:"), period_row)
        form.addRow("", clock_row)

        self.seats = QSpinBox()
        self.seats.setRange(1, 1)
        self.seats.setAccessibleName(self.tr("Seats"))
        form.addRow(self.tr("S&eats:"), self.seats)

        self.repeat_group = QGroupBox(self.tr("Re&peat"))
        self.repeat_group.setCheckable(True)
        self.repeat_group.setChecked(False)
        self.repeat_group.setAccessibleName(self.tr("Repeat"))
        repeat_form = QFormLayout(self.repeat_group)
        self.repeat_every = QComboBox()
        self.repeat_every.setAccessibleName(self.tr("Repeat every"))
        for letter in cal.rotation:
            self.repeat_every.addItem(
                self.tr("{letter}-day").format(letter=letter), f"type:{letter}"
            )
        for iso in sorted(cal.school_weekdays):
            self.repeat_every.addItem(self.tr(WEEKDAYS[iso - 1]), f"weekday:{iso}")
        self.repeat_every.addItem(self.tr("School day"), "any:")
        self.repeat_until = QDateEdit()
        self.repeat_until.setCalendarPopup(True)
        self.repeat_until.setDisplayFormat("d MMM yyyy")
        self.repeat_until.setAccessibleName(self.tr("Repeat until"))
        repeat_form.addRow(self.tr("Every:"), self.repeat_every)
        repeat_form.addRow(self.tr("Until:"), self.repeat_until)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Booking message"))
        self.message.setMinimumWidth(420)

        self.buttons = QDialogButtonBox()
        self.book_button = self.buttons.addButton(
            self.tr("&Book"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.book_button.setAccessibleName(self.tr("Book"))
        self.book_button.setDefault(True)
        self.suggestion_button = QPushButton(self.tr("Use the &next free slot"))
        self.suggestion_button.setAccessibleName(self.tr("Use the next free slot"))
        self.waitlist_button = QPushButton(self.tr("Join the &waitlist"))
        self.waitlist_button.setAccessibleName(self.tr("Join the waitlist"))
        self.free_only_button = QPushButton(self.tr("Book the &free dates only"))
        self.free_only_button.setAccessibleName(self.tr("Book the free dates only"))
        for extra in (self.suggestion_button, self.waitlist_button, self.free_only_button):
            self.buttons.addButton(extra, QDialogButtonBox.ButtonRole.ActionRole)
            extra.hide()
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.book_button.clicked.connect(lambda: self.submit())
        self.suggestion_button.clicked.connect(self.use_suggestion)
        self.waitlist_button.clicked.connect(lambda: self.submit(waitlist=True))
        self.free_only_button.clicked.connect(lambda: self.submit(skip_conflicts=True))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.repeat_group)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.resource_box.currentIndexChanged.connect(self._resource_changed)
        self.day_edit.dateChanged.connect(self._day_changed)
        self.first_period.currentIndexChanged.connect(self._first_period_changed)
        self.for_student.toggled.connect(self._who_changed)
        for widget in (self.first_period, self.last_period):
            widget.activated.connect(lambda _i: self.by_period.setChecked(True))
        for edit in (self.start_time, self.end_time):
            edit.timeChanged.connect(lambda _t: self.by_clock.setChecked(True))

        start_day = to_local(cal, starts_at).date() if starts_at else datetime.now(cal.zone).date()
        if starts_at is None and not is_school_day(cal, start_day):
            start_day = next_school_day(cal, start_day) or start_day
        self.day_edit.setDate(_qdate(start_day))
        self.repeat_until.setDate(
            _qdate(school_year_end or cal.last_day or start_day + timedelta(weeks=12))
        )
        self._day_changed()
        self._resource_changed()
        self._who_changed()
        if starts_at is not None:
            if period_name:
                self.set_period(period_name)
            else:
                local = to_local(cal, starts_at)
                self.start_time.setTime(QTime(local.hour, local.minute))
                end = local + timedelta(minutes=45)
                self.end_time.setTime(QTime(end.hour, end.minute))
                self.by_clock.setChecked(True)

    # --- form behaviour -------------------------------------------------------------------

    def current_resource(self) -> ResourceInfo | None:
        rid = self.resource_box.currentData()
        return next((r for r in self.resources if r.id == rid), None)

    def _resource_changed(self) -> None:
        resource = self.current_resource()
        self.seats.setRange(1, resource.capacity if resource else 1)
        self.seats.setEnabled(bool(resource and resource.capacity > 1))

    def _who_changed(self) -> None:
        student = self.for_student.isChecked()
        self.class_name.setEnabled(not student)
        self.patron_search.setPlaceholderText(
            self.tr("Scan a card or type a name")
            if student
            else self.tr("The teacher (optional): card or name")
        )

    def _day_changed(self) -> None:
        day = self.selected_day()
        letter = day_type(self.cal, day)
        if letter is None:
            self.day_type_label.setText(self.tr("No school that day"))
        elif letter:
            self.day_type_label.setText(self.tr("{letter}-day").format(letter=letter))
        else:
            self.day_type_label.setText("")
        keep_first = self.first_period.currentText()
        keep_last = self.last_period.currentText()
        if self.first_period.currentData() is not None:
            self._chosen_periods = (
                self.first_period.currentData(),
                self.last_period.currentData(),
            )
        names = [p.name for p in periods_on(self.cal, day)]
        for box, keep in ((self.first_period, keep_first), (self.last_period, keep_last)):
            box.blockSignals(True)
            box.clear()
            for name in names:
                box.addItem(self.tr("Period {name}").format(name=name), name)
            if keep:
                box.setCurrentIndex(max(0, box.findText(keep)))
            box.blockSignals(False)
        kind = str(self.repeat_every.currentData() or "")
        if letter and kind.startswith("type:"):
            self.repeat_every.setCurrentIndex(max(0, self.repeat_every.findData(f"type:{letter}")))

    def _first_period_changed(self) -> None:
        if self.last_period.currentIndex() < self.first_period.currentIndex():
            self.last_period.setCurrentIndex(self.first_period.currentIndex())

    def _search_patrons(self, text: str | None = None) -> None:
        text = (text if text is not None else self.patron_search.text()).strip()
        self.patron_box.clear()
        if len(text) < 2:
            return
        with self.ctx.unit_of_work() as uow:
            found = search_patrons(uow, text, limit=25)
        for p in found:
            self.patron_box.addItem(f"{p.last_name}, {p.first_name} ({p.barcode})", p.id)

    def selected_day(self) -> date:
        return _pydate(self.day_edit.date())

    def set_period(self, first: str, last: str | None = None) -> None:
        self.by_period.setChecked(True)
        self.first_period.setCurrentIndex(max(0, self.first_period.findData(first)))
        self.last_period.setCurrentIndex(max(0, self.last_period.findData(last or first)))

    def set_clock(self, starts: time, ends: time) -> None:
        self.start_time.setTime(QTime(starts.hour, starts.minute))
        self.end_time.setTime(QTime(ends.hour, ends.minute))
        self.by_clock.setChecked(True)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(text_colour_css("#b00020") if error else "")

    # --- submitting -----------------------------------------------------------------------

    def _slot(self) -> tuple[datetime, datetime]:
        day = self.selected_day()
        if self.by_period.isChecked():
            first = self.first_period.currentData()
            if first is None and not is_school_day(self.cal, day):
                raise closed_day_error(self.cal, day)
            if first is None:
                raise DomainError(self.tr("There are no periods on that day. Choose a school day."))
            return slot_by_period(self.cal, day, first, self.last_period.currentData())
        return slot_by_clock(
            self.cal, day, _pytime(self.start_time.time()), _pytime(self.end_time.time())
        )

    def _rule(self) -> RecurrenceRule:
        kind, _, value = str(self.repeat_every.currentData() or "any:").partition(":")
        common: dict[str, Any] = {
            "first_day": self.selected_day(),
            "last_day": _pydate(self.repeat_until.date()),
            "day_types": (value,) if kind == "type" else (),
            "weekdays": (int(value),) if kind == "weekday" else (),
        }
        if self.by_period.isChecked():
            return RecurrenceRule(
                **common,
                period_name=self.first_period.currentData(),
                last_period_name=self.last_period.currentData(),
            )
        return RecurrenceRule(
            **common, starts=_pytime(self.start_time.time()), ends=_pytime(self.end_time.time())
        )

    def use_suggestion(self) -> None:
        if self._suggestion is None:
            return
        starts, ends = (to_local(self.cal, t) for t in self._suggestion)
        self.day_edit.setDate(_qdate(starts.date()))
        names = [p for p in periods_on(self.cal, starts.date())]
        first = next((p for p in names if p.starts == starts.time().replace(tzinfo=None)), None)
        last = next((p for p in names if p.ends == ends.time().replace(tzinfo=None)), None)
        if first is not None and last is not None:
            self.set_period(first.name, last.name)
        else:
            self.set_clock(starts.time(), ends.time())
        self.submit()

    def submit(self, waitlist: bool = False, skip_conflicts: bool = False) -> None:
        """Check the form and save the booking on the database worker."""
        if self._busy:
            return
        resource = self.current_resource()
        if resource is None:
            self._refuse(self.tr("Add a resource in Settings → Makerspace first."))
            return
        patron_id = self.patron_box.currentData() if self.patron_box.count() else None
        class_name = self.class_name.text().strip() if self.for_class.isChecked() else ""
        if self.for_student.isChecked() and patron_id is None:
            self._refuse(self.tr("Find the student first: scan their card or type their name."))
            return
        if self.for_class.isChecked() and not class_name:
            self._refuse(self.tr("Type the class, such as '7B Science'."))
            return
        purpose = self.purpose.text().strip()
        seats = self.seats.value()
        try:
            if self.repeat_group.isChecked():
                rule = self._rule()
                resource_id = resource.id

                def job(_p: Progress) -> SeriesResult:
                    with self.ctx.unit_of_work() as uow:
                        result = create_series(
                            uow, resource_id, rule, patron_id, class_name, purpose, seats,
                            skip_conflicts=skip_conflicts, cal=self.cal,
                        )  # fmt: skip
                        uow.commit()
                    return result
            else:
                request = BookingRequest(
                    resource.id, *self._slot(), patron_id, class_name, purpose, seats, waitlist
                )

                def job(_p: Progress) -> BookingInfo:  # type: ignore[misc]
                    with self.ctx.unit_of_work() as uow:
                        info = create_booking(uow, request, cal=self.cal)
                        uow.commit()
                    return info
        except DomainError as exc:
            self._failed(exc)
            return
        self._busy = True
        self.book_button.setEnabled(False)
        self.show_message(self.tr("Booking…"))
        self.ctx.tasks.submit(job, self._done, self._failed)

    def _done(self, result: object) -> None:
        self._busy = False
        self.book_button.setEnabled(True)
        self.ctx.hub.data_changed.emit("makerspace")
        if isinstance(result, SeriesResult):
            text = self.tr("Booked {n} dates ({rule}).").format(
                n=len(result.created), rule=shown(result.rule_text)
            )
            if result.skipped:
                text += " " + self.tr("{n} taken dates were left out.").format(
                    n=len(result.skipped)
                )
        else:
            assert isinstance(result, BookingInfo)
            text = (
                self.tr("Booked, waiting for approval.")
                if result.status == "requested"
                else self.tr("Added to the waitlist.")
                if result.status == "waitlisted"
                else self.tr("Booked.")
            )
        self.ctx.hub.status_message.emit(text)
        self.booked.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.book_button.setEnabled(True)
        if not isinstance(exc, DomainError):
            self._refuse(self.tr("The booking could not be saved: {error}").format(error=exc))
            return
        series = self.repeat_group.isChecked()
        conflict = isinstance(exc, BookingConflictError)
        self._suggestion = exc.suggestion if isinstance(exc, BookingConflictError) else None
        closed = isinstance(exc, ClosedDayError)
        if isinstance(exc, ClosedDayError):
            self._suggestion = self._same_time_on(exc.next_day)
        self.suggestion_button.setText(
            self.tr("Use the &next school day") if closed else self.tr("Use the &next free slot")
        )
        self.suggestion_button.setAccessibleName(self.suggestion_button.text().replace("&", ""))
        # for a series the suggestion is its first date at a time when every date is free
        self.suggestion_button.setVisible(self._suggestion is not None)
        self.waitlist_button.setVisible(conflict and not series)
        self.free_only_button.setVisible(series and "occurrences cannot be booked" in exc.message)
        self._refuse(error_text(exc))

    def _same_time_on(self, day: date | None) -> tuple[datetime, datetime] | None:
        """The times asked for (the same periods, or clock times) on `day`, if it has them."""
        if day is None:
            return None
        try:
            if self.by_period.isChecked():
                if self._chosen_periods is None:
                    return None
                return slot_by_period(self.cal, day, *self._chosen_periods)
            return slot_by_clock(
                self.cal, day, _pytime(self.start_time.time()), _pytime(self.end_time.time())
            )
        except DomainError:
            return None

    def _refuse(self, message: str) -> None:
        self.show_message(message, error=True)
        self.refused.emit(message)
