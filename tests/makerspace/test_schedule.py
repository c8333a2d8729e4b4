"""Slot arithmetic: A/B days across weekends and breaks, special days, time zones and DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from lms_desktop.bootstrap import AppContext
from lms_desktop.circulation.models import ClosedDay, SchoolYear
from lms_desktop.errors import ValidationError
from lms_desktop.makerspace.models import BellSchedule, DayRotation, Period, SpecialDay
from lms_desktop.makerspace.schedule import (
    day_type,
    day_types_between,
    end_of_periods,
    find_period,
    is_school_day,
    load_calendar,
    local_datetime,
    period_at,
    period_bounds,
    periods_on,
    periods_overlapping,
)
from tests.makerspace.calendar_fixtures import (
    B_DAY_RESET,
    EARLY_RELEASE_DAY,
    FIRST_DAY,
    riverside_calendar,
)

CAL = riverside_calendar()
NY = CAL.zone


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 9, 7), None),  # Labor Day, before the first day
        (date(2026, 9, 8), "A"),  # first day
        (date(2026, 9, 9), "B"),
        (date(2026, 9, 11), "B"),  # Friday
        (date(2026, 9, 12), None),  # Saturday
        (date(2026, 9, 14), "A"),  # Monday continues the count
        (date(2026, 11, 25), "A"),  # the Wednesday before Thanksgiving
        (date(2026, 11, 26), None),  # Thanksgiving (closed)
        (date(2026, 11, 30), "B"),  # Monday after: the break does not use up day types
        (date(2026, 12, 18), "B"),  # last day before winter break
        (date(2026, 12, 28), None),  # winter break
        (date(2027, 1, 4), "A"),  # back from the break
        (B_DAY_RESET, "A"),  # a fixed day type overrides the count…
        (B_DAY_RESET + timedelta(days=1), "B"),  # …and the rotation continues from it
        (B_DAY_RESET + timedelta(days=2), "A"),
        (date(2027, 3, 30), None),  # spring break
        (date(2027, 6, 14), None),  # after the last day
    ],
)
def test_day_types_alternate_on_school_days_only(day: date, expected: str | None) -> None:
    assert day_type(CAL, day) == expected


def test_day_types_for_a_whole_year_in_one_pass_match_day_by_day() -> None:
    many = day_types_between(CAL, date(2026, 9, 1), date(2027, 6, 30))
    assert many == {d: day_type(CAL, d) for d in many}
    assert len(many) == sum(
        1 for offset in range(303) if is_school_day(CAL, date(2026, 9, 1) + timedelta(offset))
    )
    assert set(many.values()) == {"A", "B"}


def test_a_school_without_rotation_has_plain_school_days() -> None:
    plain = riverside_calendar(rotation=(), special_days={})
    assert day_type(plain, date(2026, 9, 9)) == ""
    assert day_type(plain, date(2026, 9, 12)) is None


def test_a_six_day_rotation_cycles_through_every_letter() -> None:
    six = riverside_calendar(rotation=tuple("ABCDEF"), special_days={})
    week = [day_type(six, FIRST_DAY + timedelta(days=i)) for i in range(9)]
    assert week == ["A", "B", "C", "D", None, None, "E", "F", "A"]


@pytest.mark.parametrize(
    ("day", "period", "starts", "ends"),
    [
        (date(2026, 9, 9), "3", time(9, 50), time(10, 40)),
        (EARLY_RELEASE_DAY, "3", time(9, 10), time(9, 40)),  # early release: short periods
        (EARLY_RELEASE_DAY, "7", time(11, 30), time(12, 0)),
    ],
)
def test_periods_follow_the_days_bell_schedule(
    day: date, period: str, starts: time, ends: time
) -> None:
    slot = find_period(CAL, day, period)
    assert (slot.starts, slot.ends) == (starts, ends)


def test_a_weekend_or_closed_day_has_no_periods() -> None:
    assert periods_on(CAL, date(2026, 11, 26)) == ()
    with pytest.raises(ValidationError, match="not a school day"):
        find_period(CAL, date(2026, 9, 12), "3")
    with pytest.raises(ValidationError, match="no period '9'"):
        find_period(CAL, date(2026, 9, 9), "9")


@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [
        (date(2026, 10, 30), 12),  # Friday before the clocks go back: EDT, UTC-4
        (date(2026, 11, 2), 13),  # Monday after: EST, UTC-5
        (date(2027, 3, 12), 13),  # Friday before spring forward: EST
        (date(2027, 3, 15), 12),  # Monday after: EDT
    ],
)
def test_period_one_starts_at_eight_local_time_across_daylight_saving(
    day: date, utc_hour: int
) -> None:
    starts, ends = period_bounds(CAL, day, "1")
    assert starts.tzinfo is not None
    assert (starts.hour, starts.minute) == (8, 0)
    assert starts.astimezone(UTC).hour == utc_hour
    assert ends - starts == timedelta(minutes=50)


def test_a_wall_clock_time_inside_the_spring_gap_moves_forward() -> None:
    moment = local_datetime(CAL, date(2027, 3, 14), time(2, 30))
    assert (moment.hour, moment.minute) == (3, 30)
    assert moment.astimezone(UTC) == datetime(2027, 3, 14, 7, 30, tzinfo=UTC)


def test_period_at_and_periods_overlapping_name_the_periods() -> None:
    day = date(2026, 9, 9)
    assert period_at(CAL, datetime.combine(day, time(10, 0), NY)).name == "3"
    assert period_at(CAL, datetime.combine(day, time(11, 50), NY)) is None  # lunch
    span = periods_overlapping(
        CAL, datetime.combine(day, time(9, 50), NY), datetime.combine(day, time(11, 35), NY)
    )
    assert [p.name for p in span] == ["3", "4"]


@pytest.mark.parametrize(
    ("at", "count", "due"),
    [
        # during period 3, a one-period loan is due when period 3 ends
        (datetime(2026, 9, 9, 10, 0), 1, datetime(2026, 9, 9, 10, 40)),
        # at lunch, the next period (5) is the first
        (datetime(2026, 9, 9, 11, 50), 1, datetime(2026, 9, 9, 13, 5)),
        # two periods from period 7 on the Wednesday before Thanksgiving: Monday period 1
        (datetime(2026, 11, 25, 14, 30), 2, datetime(2026, 11, 30, 8, 50)),
        # after school: the first period of the next school day
        (datetime(2026, 9, 11, 16, 0), 1, datetime(2026, 9, 14, 8, 50)),
        # early release day periods are shorter
        (datetime(2026, 12, 16, 9, 0), 2, datetime(2026, 12, 16, 9, 40)),
    ],
)
def test_period_loans_end_at_the_end_of_the_counted_period(
    at: datetime, count: int, due: datetime
) -> None:
    assert end_of_periods(CAL, at.replace(tzinfo=NY), count) == due.replace(tzinfo=NY)


def test_the_calendar_is_read_from_the_database(app_context: AppContext) -> None:
    with app_context.database.unit_of_work() as uow:
        s = uow.session
        s.add(SchoolYear(name="2026-27", first_day=FIRST_DAY, last_day=date(2027, 6, 11)))
        s.add(ClosedDay(day=date(2026, 11, 26), reason="Thanksgiving"))
        s.add(DayRotation(day_types="A, B", starts_on=FIRST_DAY))
        regular = BellSchedule(name="Regular", is_default=True)
        early = BellSchedule(name="Early release")
        s.add_all([regular, early])
        s.flush()
        s.add(Period(schedule_id=regular.id, name="1", position=1, starts=time(8), ends=time(9)))
        s.add(Period(schedule_id=early.id, name="1", position=1, starts=time(8), ends=time(8, 30)))
        s.add(SpecialDay(day=EARLY_RELEASE_DAY, schedule_id=early.id, note="Early release"))
        uow.commit()
    with app_context.database.unit_of_work() as uow:
        cal = load_calendar(uow, on=date(2026, 10, 1))
    assert cal.rotation == ("A", "B")
    assert day_type(cal, date(2026, 9, 9)) == "B"
    assert not is_school_day(cal, date(2026, 11, 26))
    assert find_period(cal, date(2026, 9, 9), "1").ends == time(9)
    assert find_period(cal, EARLY_RELEASE_DAY, "1").ends == time(8, 30)
