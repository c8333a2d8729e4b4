"""Due dates over the school calendar, and late fines, as table-driven pure rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from lms_desktop.circulation.due_dates import (
    LoanRule,
    SchoolCalendar,
    due_at_for,
    next_open_day,
    open_days_late,
    overdue_fine_cents,
)

SPRING_BREAK = frozenset(date(2026, 3, d) for d in range(23, 28))  # Mon 23 - Fri 27 March
CALENDAR = SchoolCalendar(
    timezone="America/New_York",
    closed_days=SPRING_BREAK | {date(2026, 4, 3)},  # and Good Friday
    end_of_day=time(15, 0),
    last_day=date(2026, 6, 12),
)


def local(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=CALENDAR.zone)


@pytest.mark.parametrize(
    ("checked_out", "rule", "due_local"),
    [
        # two weeks from a Tuesday is a Tuesday, due at the end of the day
        (local(2026, 3, 3), LoanRule(loan_days=14), local(2026, 3, 17, 23, 59)),
        # landing in spring break moves to the Monday after it
        (local(2026, 3, 10), LoanRule(loan_days=14), local(2026, 3, 30, 23, 59)),
        # landing on a Saturday moves to Monday
        (local(2026, 3, 6), LoanRule(loan_days=1), local(2026, 3, 9, 23, 59)),
        # landing on Good Friday moves to the Monday after Easter
        (local(2026, 3, 20), LoanRule(loan_days=14), local(2026, 4, 6, 23, 59)),
        # never after the last day of the school year
        (local(2026, 6, 1), LoanRule(loan_days=28), local(2026, 6, 12, 23, 59)),
        # a device is due back at 15:00 the same day
        (
            local(2026, 3, 10, 8, 5),
            LoanRule(loan_days=None, due_time=time(15)),
            local(2026, 3, 10, 15),
        ),
        # lent after 15:00 on a Friday: due Monday at 15:00
        (
            local(2026, 3, 13, 15, 30),
            LoanRule(loan_days=None, due_time=time(15)),
            local(2026, 3, 16, 15),
        ),
        # lent on a closed day (Saturday event): the next open day
        (
            local(2026, 3, 14, 9),
            LoanRule(loan_days=None, due_time=time(15)),
            local(2026, 3, 16, 15),
        ),
        # an overnight hotspot: 1 school day, due at 08:30 the next morning
        (
            local(2026, 3, 10, 14, 0),
            LoanRule(loan_days=1, due_time=time(8, 30)),
            local(2026, 3, 11, 8, 30),
        ),
        # ... lent on a Friday: Monday at 08:30
        (
            local(2026, 3, 13, 14, 0),
            LoanRule(loan_days=1, due_time=time(8, 30)),
            local(2026, 3, 16, 8, 30),
        ),
        # ... lent the Friday before spring break: the Monday after it, at 08:30
        (
            local(2026, 3, 20, 14, 0),
            LoanRule(loan_days=1, due_time=time(8, 30)),
            local(2026, 3, 30, 8, 30),
        ),
        # by-period loan without a bell schedule: the end of the school day
        (local(2026, 3, 10, 9), LoanRule(loan_days=None, loan_periods=2), local(2026, 3, 10, 15)),
    ],
)
def test_due_dates_follow_the_school_calendar(
    checked_out: datetime, rule: LoanRule, due_local: datetime
) -> None:
    due = due_at_for(rule, checked_out.astimezone(UTC), CALENDAR)
    assert due.tzinfo is not None
    assert due.astimezone(CALENDAR.zone).replace(second=0) == due_local


def test_a_period_loan_asks_the_bell_schedule() -> None:
    asked: list[tuple[datetime, int]] = []

    def end_of_periods(at: datetime, count: int) -> datetime:
        asked.append((at, count))
        return local(2026, 3, 10, 11, 40)

    rule = LoanRule(loan_days=None, loan_periods=2)
    due = due_at_for(rule, local(2026, 3, 10, 9).astimezone(UTC), CALENDAR, end_of_periods)
    assert due == local(2026, 3, 10, 11, 40)
    assert asked[0][1] == 2


def test_due_dates_are_right_across_the_daylight_saving_change() -> None:
    # US clocks go forward on Sunday 8 March 2026
    due = due_at_for(LoanRule(loan_days=7), local(2026, 3, 2).astimezone(UTC), CALENDAR)
    assert due.astimezone(CALENDAR.zone).hour == 23
    assert due.astimezone(CALENDAR.zone).date() == date(2026, 3, 9)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 3, 20), date(2026, 3, 20)),
        (date(2026, 3, 21), date(2026, 3, 30)),
        (date(2026, 4, 3), date(2026, 4, 6)),
    ],
)
def test_next_open_day_skips_weekends_and_breaks(day: date, expected: date) -> None:
    assert next_open_day(day, CALENDAR) == expected


@pytest.mark.parametrize(
    ("rule", "returned", "fine"),
    [
        (LoanRule(daily_fine_cents=0), local(2026, 4, 30), 0),  # fine-free library
        (LoanRule(daily_fine_cents=10), local(2026, 3, 17, 20), 0),  # on the due day
        (LoanRule(daily_fine_cents=10), local(2026, 3, 18), 10),  # one school day late
        (LoanRule(daily_fine_cents=10), local(2026, 3, 31), 50),  # break days are free
        (LoanRule(daily_fine_cents=10, grace_days=2), local(2026, 3, 19), 0),
        (LoanRule(daily_fine_cents=10, grace_days=2), local(2026, 3, 20), 10),
        (LoanRule(daily_fine_cents=25, max_fine_cents=100), local(2026, 5, 1), 100),
    ],
)
def test_late_fines_count_school_days_after_grace(
    rule: LoanRule, returned: datetime, fine: int
) -> None:
    due = local(2026, 3, 17, 23, 59)
    assert overdue_fine_cents(rule, due, returned, CALENDAR) == fine


def test_days_late_is_zero_for_an_early_return() -> None:
    assert open_days_late(local(2026, 3, 17), local(2026, 3, 16), CALENDAR) == 0
