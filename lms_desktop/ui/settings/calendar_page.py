"""Settings → School calendar: the school year, school weekdays, closed days and breaks."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.circulation.rules_admin import (
    ClosedDayView,
    SchoolYearView,
    add_closed_days,
    remove_closed_days,
    save_school_year,
    school_calendar,
)
from lms_desktop.errors import DomainError
from lms_desktop.ui.care.site import site_of
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.dates import day_label
from lms_desktop.ui.desk.patron_card import make_table
from lms_desktop.ui.desk.row_models import Column, RowsModel
from lms_desktop.ui.domain_text import error_text
from lms_desktop.ui.theme import text_colour_css


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def default_year(today: date) -> SchoolYearView:
    """A US-style school year around `today`: late August to mid June."""
    start_year = today.year if today.month >= 7 else today.year - 1
    return SchoolYearView(
        name=f"{start_year}-{str(start_year + 1)[-2:]}",
        first_day=date(start_year, 8, 25),
        last_day=date(start_year + 1, 6, 15),
        school_weekdays="12345",
        end_of_day=time(15, 0),
    )


class CalendarPage(QWidget):
    """Signals:
    changed(): the calendar was saved (year or closed days).
    """

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

        year_box = QGroupBox(self.tr("School year"))
        form = QFormLayout(year_box)
        self.year_name = QLineEdit()
        self.year_name.setAccessibleName(self.tr("School year name"))
        self.first_day = QDateEdit()
        self.first_day.setCalendarPopup(True)
        self.first_day.setDisplayFormat("ddd d MMM yyyy")
        self.first_day.setAccessibleName(self.tr("First day of school"))
        self.last_day = QDateEdit()
        self.last_day.setCalendarPopup(True)
        self.last_day.setDisplayFormat("ddd d MMM yyyy")
        self.last_day.setAccessibleName(self.tr("Last day of school"))
        self.end_of_day = QTimeEdit()
        self.end_of_day.setDisplayFormat("HH:mm")
        self.end_of_day.setAccessibleName(self.tr("End of the school day"))
        weekdays = QHBoxLayout()
        self.weekday_boxes: list[QCheckBox] = []
        # Monday first, as the school weekdays are numbered (1 = Monday)
        day_names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        for name in day_names:
            box = QCheckBox(name)
            box.setAccessibleName(self.tr("School on {day}").format(day=name))
            self.weekday_boxes.append(box)
            weekdays.addWidget(box)
        self.save_year_button = QPushButton(self.tr("Save school year"))
        self.save_year_button.setAccessibleName(self.tr("Save school year"))
        self.save_year_button.clicked.connect(self.save_year)
        form.addRow(self.tr("Name:"), self.year_name)
        form.addRow(self.tr("First day:"), self.first_day)
        form.addRow(self.tr("Last day:"), self.last_day)
        form.addRow(self.tr("School days:"), weekdays)
        form.addRow(self.tr("School day ends at:"), self.end_of_day)
        form.addRow(self.save_year_button)

        closed_box = QGroupBox(self.tr("Closed days and breaks"))
        closed_layout = QVBoxLayout(closed_box)
        add_row = QHBoxLayout()
        self.break_from = QDateEdit()
        self.break_from.setCalendarPopup(True)
        self.break_from.setDisplayFormat("ddd d MMM yyyy")
        self.break_from.setAccessibleName(self.tr("Closed from"))
        self.break_to = QDateEdit()
        self.break_to.setCalendarPopup(True)
        self.break_to.setDisplayFormat("ddd d MMM yyyy")
        self.break_to.setAccessibleName(self.tr("Closed until"))
        self.break_reason = QLineEdit()
        self.break_reason.setAccessibleName(self.tr("Reason"))
        self.break_reason.setPlaceholderText(self.tr("Winter break, teacher workday…"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add closed days"))
        self.add_button.clicked.connect(self.add_break)
        for label, w in (
            (self.tr("From"), self.break_from),
            (self.tr("to"), self.break_to),
            ("", self.break_reason),
        ):
            if label:
                add_row.addWidget(QLabel(label))
            add_row.addWidget(w)
        add_row.addWidget(self.add_button)
        self.closed: RowsModel[ClosedDayView] = RowsModel(
            [
                Column(self.tr("Day"), lambda c: day_label(c.day)),
                Column(self.tr("Why"), lambda c: c.reason),
            ],
            parent=self,
        )
        self.closed_view = make_table(self.closed, self.tr("Closed days"))
        self.closed_view.setSelectionMode(self.closed_view.SelectionMode.ExtendedSelection)
        self.remove_button = QPushButton(self.tr("Open the school again on the selected days"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected closed days"))
        self.remove_button.clicked.connect(self.remove_selected)
        closed_layout.addLayout(add_row)
        closed_layout.addWidget(self.closed_view, 1)
        closed_layout.addWidget(self.remove_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Calendar message"))
        intro = QLabel(
            self.tr(
                "Loans that would fall due on a closed day are due on the next open day "
                "instead. Enter breaks once, as a range."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(year_box, 2)
        row.addWidget(closed_box, 3)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        with self.ctx.unit_of_work() as uow:
            view = school_calendar(uow, site_of(self.ctx))
        year = view.year or default_year(date.today())
        self.year_name.setText(year.name)
        self.first_day.setDate(_qdate(year.first_day))
        self.last_day.setDate(_qdate(year.last_day))
        self.end_of_day.setTime(QTime(year.end_of_day.hour, year.end_of_day.minute))
        for n, box in enumerate(self.weekday_boxes, start=1):
            box.setChecked(str(n) in year.school_weekdays)
        self.closed.set_rows(view.closed_days)
        today = _qdate(date.today())
        if self.break_from.date() < today.addYears(-5):  # never set yet
            self.break_from.setDate(today)
            self.break_to.setDate(today)

    def _done(self, text: str) -> None:
        self.message.setStyleSheet(text_colour_css("#14532d"))
        self.message.setText(text)
        self.reload()
        self.ctx.hub.data_changed.emit("settings")
        self.changed.emit()

    def _failed(self, exc: DomainError) -> None:
        self.message.setStyleSheet(text_colour_css("#9b1c1c"))
        self.message.setText(error_text(exc))

    def save_year(self) -> bool:
        qt_time = self.end_of_day.time()
        year = SchoolYearView(
            name=self.year_name.text().strip(),
            first_day=_date(self.first_day.date()),
            last_day=_date(self.last_day.date()),
            school_weekdays="".join(
                str(n) for n, box in enumerate(self.weekday_boxes, start=1) if box.isChecked()
            ),
            end_of_day=time(qt_time.hour(), qt_time.minute()),
        )
        try:
            with self.ctx.unit_of_work() as uow:
                save_school_year(uow, year, site_of(self.ctx))
        except DomainError as exc:
            self._failed(exc)
            return False
        self._done(self.tr("School year saved."))
        return True

    def add_break(self) -> int:
        first, last = _date(self.break_from.date()), _date(self.break_to.date())
        try:
            with self.ctx.unit_of_work() as uow:
                added = add_closed_days(
                    uow, first, last, self.break_reason.text(), site_of(self.ctx)
                )
        except DomainError as exc:
            self._failed(exc)
            return 0
        self.break_reason.clear()
        self._done(self.tr("{n} closed days added.").format(n=added))
        return added

    def remove_selected(self) -> int:
        rows = self.closed_view.selectionModel().selectedRows()
        days = [self.closed.row_at(index.row()).day for index in rows]
        if not days:
            self.message.setText(self.tr("Pick the days to open again in the list first."))
            return 0
        with self.ctx.unit_of_work() as uow:
            removed = remove_closed_days(uow, days, site_of(self.ctx))
        self._done(self.tr("The school is open again on {n} days.").format(n=removed))
        return removed
