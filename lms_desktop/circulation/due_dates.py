"""Due dates and overdue fines as pure functions of the loan rule and the school calendar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

# Days-based loans are due at the end of the due day, local school time.
END_OF_DUE_DAY = time(23, 59, 59)
# Never search further than this for an open day (a calendar with no open day at all).
MAX_DAYS_SEARCHED = 400

# A bell-schedule hook: given the local check-out time and a number of periods, the local
# time the last of those periods ends, or None when the schedule does not know.
PeriodEndLookup = Callable[[datetime, int], datetime | None]


@dataclass(frozen=True)
class LoanRule:
    """The cell of the loan-rule matrix that applies to one patron type x item type."""

    loan_days: int | None = 14
    due_time: time | None = None
    loan_periods: int | None = None
    max_items: int = 2
    max_renewals: int = 1
    holds_allowed: bool = True
    grace_days: int = 0
    daily_fine_cents: int = 0
    max_fine_cents: int = 0
    block_fee_cents: int = 1000
    block_overdue_count: int = 3


@dataclass(frozen=True)
class SchoolCalendar:
    """Which days the school is open, in which time zone, and when the day ends."""

    timezone: str = "America/New_York"
    school_weekdays: frozenset[int] = frozenset({1, 2, 3, 4, 5})  # ISO weekdays
    closed_days: frozenset[date] = frozenset()
    end_of_day: time = time(15, 0)
    last_day: date | None = None  # of the school year; loans are not due after it

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def is_open(self, day: date) -> bool:
        return day.isoweekday() in self.school_weekdays and day not in self.closed_days

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def to_utc(self, day: date, at: time) -> datetime:
        return datetime.combine(day, at, tzinfo=self.zone).astimezone(UTC)


def next_open_day(day: date, calendar: SchoolCalendar) -> date:
    """`day` itself if the school is open that day, else the next day it is."""
    candidate = day
    for _ in range(MAX_DAYS_SEARCHED):
        if calendar.is_open(candidate):
            return candidate
        candidate += timedelta(days=1)
    return day  # a calendar with no open day: keep the plain date rather than loop


def previous_open_day(day: date, calendar: SchoolCalendar) -> date:
    candidate = day
    for _ in range(MAX_DAYS_SEARCHED):
        if calendar.is_open(candidate):
            return candidate
        candidate -= timedelta(days=1)
    return day


def due_at_for(
    rule: LoanRule,
    checked_out_at: datetime,
    calendar: SchoolCalendar,
    period_end: PeriodEndLookup | None = None,
) -> datetime:
    """When a loan made at `checked_out_at` (aware) is due, in UTC.

    - `loan_days`: that many calendar days later, pushed to the next open school day,
      due at the end of that day; never after the school year's last day.
    - `due_time` (devices): at that time today, or on the next open day when the school is
      closed today or the time has already passed.
    - `loan_periods`: at the end of the last period, asked of the bell schedule; without
      one, at the end of the school day.
    """
    local = calendar.local(checked_out_at)
    today = local.date()
    if rule.loan_periods:
        if period_end is not None:
            ends = period_end(local, rule.loan_periods)
            if ends is not None:
                return ends.astimezone(UTC)
        return _same_day_at(calendar.end_of_day, local, calendar)
    if rule.due_time is not None and not rule.loan_days:
        return _same_day_at(rule.due_time, local, calendar)
    days = rule.loan_days or 0
    due_day = next_open_day(today + timedelta(days=days), calendar)
    if calendar.last_day is not None and due_day > calendar.last_day >= today:
        due_day = previous_open_day(calendar.last_day, calendar)
        due_day = max(due_day, today)
    at = rule.due_time if rule.due_time is not None else END_OF_DUE_DAY
    return calendar.to_utc(due_day, at)


def _same_day_at(at: time, local: datetime, calendar: SchoolCalendar) -> datetime:
    today = local.date()
    if calendar.is_open(today) and local.time() < at:
        return calendar.to_utc(today, at)
    return calendar.to_utc(next_open_day(today + timedelta(days=1), calendar), at)


def renewal_due_at(
    rule: LoanRule,
    renewed_at: datetime,
    current_due_at: datetime,
    calendar: SchoolCalendar,
    period_end: PeriodEndLookup | None = None,
) -> datetime:
    """A renewal counts a new loan period from now, and never shortens the loan."""
    return max(current_due_at, due_at_for(rule, renewed_at, calendar, period_end))


def open_days_late(due_at: datetime, returned_at: datetime, calendar: SchoolCalendar) -> int:
    """School days between the due day (exclusive) and the return day (inclusive)."""
    due_day = calendar.local(due_at).date()
    back_day = calendar.local(returned_at).date()
    if returned_at <= due_at or back_day <= due_day:
        return 0
    days = 0
    day = due_day + timedelta(days=1)
    while day <= back_day and days < MAX_DAYS_SEARCHED:
        if calendar.is_open(day):
            days += 1
        day += timedelta(days=1)
    return days


def overdue_fine_cents(
    rule: LoanRule, due_at: datetime, returned_at: datetime, calendar: SchoolCalendar
) -> int:
    """The fine for returning late: school days late after the grace days, capped."""
    if rule.daily_fine_cents <= 0:
        return 0
    late = open_days_late(due_at, returned_at, calendar) - rule.grace_days
    if late <= 0:
        return 0
    fine = late * rule.daily_fine_cents
    return min(fine, rule.max_fine_cents) if rule.max_fine_cents > 0 else fine


def is_overdue(
    due_at: datetime, now: datetime, rule: LoanRule | None, calendar: SchoolCalendar
) -> bool:
    """Overdue once past due; grace days only delay fines and blocks, not the colour."""
    return now > due_at
