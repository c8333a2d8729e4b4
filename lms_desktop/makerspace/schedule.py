"""The school day as pure functions: day types (A/B), periods, and period times in local time.

Everything here works on a `SchoolCalendar` snapshot (plain data, no database), so the
rules are cheap to call in loops and easy to test. `load_calendar()` builds the snapshot
from the database: the school year, closed days, the day rotation, the bell schedules
and special days, and the site's time zone.

Rotation rule: day types advance by one on every school day (a weekday of the school
year that is not a closed day), starting from the rotation's first day. A special day
with a fixed day type *resets* the rotation: that day gets the fixed type and the days
after it continue from there ("Monday is a B-day after the snow day").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from lms_desktop.circulation.models import ClosedDay, SchoolYear
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.makerspace.models import BellSchedule, DayRotation, Period, SpecialDay
from lms_desktop.makerspace.wording import long_date_text
from lms_desktop.school.models import DEFAULT_SITE_ID, Site
from lms_desktop.texts import joined, say

DEFAULT_TIMEZONE = "America/New_York"
MONDAY_TO_FRIDAY = frozenset({1, 2, 3, 4, 5})


@dataclass(frozen=True)
class PeriodSlot:
    """One period of a bell schedule, in wall-clock time."""

    name: str
    position: int
    starts: time
    ends: time

    def label(self, numbered: str = "Period {name}") -> str:
        """How the period is named on screen and on paper: "Period 3" (or the `numbered`
        pattern, "P{name}" in the week view) for a numbered period; a named one ("Lunch",
        "Advisory") as it is named, not "Period Lunch"."""
        return numbered.format(name=self.name) if self.name.isdigit() else self.name


@dataclass(frozen=True)
class SpecialDayRule:
    """A school day with another bell schedule (early release) and/or a fixed day type."""

    day: date
    periods: tuple[PeriodSlot, ...] | None = None
    day_type: str | None = None
    note: str = ""


@dataclass(frozen=True)
class SchoolCalendar:
    """A snapshot of what makes the school day: build it with `load_calendar()`."""

    timezone: str = DEFAULT_TIMEZONE
    periods: tuple[PeriodSlot, ...] = ()
    rotation: tuple[str, ...] = ()
    rotation_starts_on: date | None = None
    school_weekdays: frozenset[int] = MONDAY_TO_FRIDAY
    first_day: date | None = None
    last_day: date | None = None
    closed_days: frozenset[date] = frozenset()
    special_days: Mapping[date, SpecialDayRule] = field(default_factory=dict)

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @cached_property
    def _resets(self) -> list[date]:
        return sorted(d for d, rule in self.special_days.items() if rule.day_type)


# --- school days and day types -----------------------------------------------------------


def is_school_day(cal: SchoolCalendar, day: date) -> bool:
    """True on a weekday of the school year that is not a closed day."""
    if day.isoweekday() not in cal.school_weekdays or day in cal.closed_days:
        return False
    if cal.first_day is not None and day < cal.first_day:
        return False
    return not (cal.last_day is not None and day > cal.last_day)


def school_days_between(cal: SchoolCalendar, start: date, end: date) -> Iterator[date]:
    """The school days from `start` to `end`, both included."""
    day = start
    while day <= end:
        if is_school_day(cal, day):
            yield day
        day += timedelta(days=1)


def next_school_day(cal: SchoolCalendar, after: date, limit_days: int = 400) -> date | None:
    """The first school day strictly after `after` (None past the end of the year)."""
    day = after
    for _ in range(limit_days):
        day += timedelta(days=1)
        if is_school_day(cal, day):
            return day
    return None


class ClosedDayError(ValidationError):
    """A day without school was asked for; carries the next school day (None if none)."""

    def __init__(self, message: str, day: date, next_day: date | None) -> None:
        super().__init__(message)
        self.day = day
        self.next_day = next_day


def closed_day_error(cal: SchoolCalendar, day: date) -> ClosedDayError:
    """ "The school is closed on Thursday 26 November 2026 (not a school day). The next
    school day is Friday 27 November 2026 (B-day): choose that day or another school day." """
    following = next_school_day(cal, day)
    closed = say("The school is closed on {day} (not a school day).", day=long_date_text(day))
    if following is None:
        way_out = say("Choose a day within the school year.")
    elif letter := day_type(cal, following):
        way_out = say(
            "The next school day is {day} ({letter}-day): choose that day or another school day.",
            day=long_date_text(following),
            letter=letter,
        )
    else:
        way_out = say(
            "The next school day is {day}: choose that day or another school day.",
            day=long_date_text(following),
        )
    return ClosedDayError(joined(closed, way_out), day, following)


def day_type(cal: SchoolCalendar, day: date) -> str | None:
    """ "A", "B"… for a school day; "" when the school has no rotation; None if no school."""
    if not is_school_day(cal, day):
        return None
    rule = cal.special_days.get(day)
    if rule is not None and rule.day_type:
        return rule.day_type
    if not cal.rotation or cal.rotation_starts_on is None:
        return ""
    anchor, anchor_index = _anchor_for(cal, day)
    if day < anchor:
        return ""
    steps = sum(1 for _ in school_days_between(cal, anchor, day)) - 1
    return cal.rotation[(anchor_index + steps) % len(cal.rotation)]


def day_types_between(cal: SchoolCalendar, start: date, end: date) -> dict[date, str]:
    """Every school day from `start` to `end` with its day type, in one pass."""
    result: dict[date, str] = {}
    index: int | None = None
    day = start
    while day <= end:
        if is_school_day(cal, day):
            rule = cal.special_days.get(day)
            if rule is not None and rule.day_type:
                letter = rule.day_type
            elif index is None:
                # First school day (or before the rotation starts): count from the anchor.
                letter = day_type(cal, day) or ""
            else:
                letter = cal.rotation[(index + 1) % len(cal.rotation)]
            result[day] = letter
            index = _rotation_index(cal, letter)
        day += timedelta(days=1)
    return result


def _rotation_index(cal: SchoolCalendar, letter: str | None) -> int | None:
    if not letter or letter not in cal.rotation:
        return None
    return cal.rotation.index(letter)


def _anchor_for(cal: SchoolCalendar, day: date) -> tuple[date, int]:
    """The latest rotation reset on or before `day`: a fixed-type special day or the start."""
    assert cal.rotation_starts_on is not None
    resets = cal._resets
    position = bisect.bisect_right(resets, day)
    while position > 0:
        reset = resets[position - 1]
        letter = cal.special_days[reset].day_type
        if reset >= cal.rotation_starts_on and letter in cal.rotation and is_school_day(cal, reset):
            return reset, cal.rotation.index(letter)
        position -= 1
    start = cal.rotation_starts_on
    while not is_school_day(cal, start) and start <= day:
        start += timedelta(days=1)
    return start, 0


# --- periods and clock time ---------------------------------------------------------------


def periods_on(cal: SchoolCalendar, day: date) -> tuple[PeriodSlot, ...]:
    """The periods of `day` (the special schedule on early-release days); () if no school."""
    if not is_school_day(cal, day):
        return ()
    rule = cal.special_days.get(day)
    if rule is not None and rule.periods is not None:
        return rule.periods
    return cal.periods


def find_period(cal: SchoolCalendar, day: date, period_name: str) -> PeriodSlot:
    """The period called `period_name` on `day`, or a ValidationError saying why not."""
    slots = periods_on(cal, day)
    if not slots:
        raise closed_day_error(cal, day)
    for slot in slots:
        if slot.name == period_name:
            return slot
    names = ", ".join(s.name for s in slots)
    raise ValidationError(
        say(
            "There is no period {period!r} on {day} (periods: {names}). "
            "Choose one of those periods.",
            period=period_name,
            day=long_date_text(day),
            names=names,
        )
    )


def local_datetime(cal: SchoolCalendar, day: date, wall_clock: time) -> datetime:
    """`day` at `wall_clock` in the school's time zone, as an aware datetime.

    A wall-clock time that does not exist (inside the spring-forward gap) is moved forward
    by the gap, as a clock on the wall would show it; an ambiguous one (the repeated hour
    in autumn) is taken as the first occurrence.
    """
    naive = datetime.combine(day, wall_clock)
    aware = naive.replace(tzinfo=cal.zone, fold=0)
    # Round-trip through UTC normalises a non-existent time to the real instant.
    return aware.astimezone(UTC).astimezone(cal.zone)


def period_bounds(cal: SchoolCalendar, day: date, period_name: str) -> tuple[datetime, datetime]:
    """Start and end of a period on a day, timezone-aware in the school's zone."""
    slot = find_period(cal, day, period_name)
    return local_datetime(cal, day, slot.starts), local_datetime(cal, day, slot.ends)


def to_local(cal: SchoolCalendar, moment: datetime) -> datetime:
    """An aware datetime shown in the school's time zone."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(cal.zone)


def period_at(cal: SchoolCalendar, moment: datetime) -> PeriodSlot | None:
    """The period running at `moment` (start included, end excluded), if any."""
    local = to_local(cal, moment)
    for slot in periods_on(cal, local.date()):
        if slot.starts <= local.time() < slot.ends:
            return slot
    return None


def periods_overlapping(
    cal: SchoolCalendar, starts_at: datetime, ends_at: datetime
) -> tuple[PeriodSlot, ...]:
    """The periods of the start's day that overlap the span (for labels: "periods 3-4")."""
    local_start = to_local(cal, starts_at)
    local_end = to_local(cal, ends_at)
    day = local_start.date()
    found = []
    for slot in periods_on(cal, day):
        slot_start = local_datetime(cal, day, slot.starts)
        slot_end = local_datetime(cal, day, slot.ends)
        if slot_start < local_end and local_start < slot_end:
            found.append(slot)
    return tuple(found)


def end_of_periods(cal: SchoolCalendar, at: datetime, count: int) -> datetime:
    """When a loan of `count` periods made at `at` is due: the end of the count-th period.

    The period running at `at` counts as the first; between periods (or before school) the
    next period to start is the first. Periods run on across days and skip days without
    school. Used by the circulation engine for by-period loans.
    """
    if count < 1:
        raise ValidationError(say("A period loan lasts at least one period. Fix the loan rule."))
    local = to_local(cal, at)
    day = local.date()
    remaining = count
    first = True
    for _ in range(400):
        for slot in periods_on(cal, day):
            if first and local_datetime(cal, day, slot.ends) <= local:
                continue
            remaining -= 1
            if remaining == 0:
                return local_datetime(cal, day, slot.ends)
        first = False
        following = next_school_day(cal, day)
        if following is None:
            break
        day = following
    raise ValidationError(
        say(
            "There are not enough school periods left in the school year for this loan. "
            "Lend it with a date due instead, or extend the school year in Settings."
        )
    )


# --- loading from the database ------------------------------------------------------------


def _session_of(source: UnitOfWork | Session) -> Session:
    return source.session if isinstance(source, UnitOfWork) else source


def _slots(session: Session, schedule_id: int) -> tuple[PeriodSlot, ...]:
    rows = session.scalars(
        select(Period).where(Period.schedule_id == schedule_id).order_by(Period.position)
    )
    return tuple(PeriodSlot(p.name, p.position, p.starts, p.ends) for p in rows)


def default_schedule_id(source: UnitOfWork | Session, site_id: int = DEFAULT_SITE_ID) -> int | None:
    """The regular bell schedule: the one marked default, else the first one made."""
    session = _session_of(source)
    return session.scalar(
        select(BellSchedule.id)
        .where(BellSchedule.site_id == site_id)
        .order_by(BellSchedule.is_default.desc(), BellSchedule.id)
        .limit(1)
    )


def load_calendar(
    source: UnitOfWork | Session, site_id: int = DEFAULT_SITE_ID, on: date | None = None
) -> SchoolCalendar:
    """Read the school calendar and bell schedules of a site into a `SchoolCalendar`.

    `on` picks the school year containing that date (default: today); without a matching
    year the latest one is used, and without any year every Monday-Friday is a school day.
    """
    session = _session_of(source)
    site = session.get(Site, site_id)
    if site is None:
        raise NotFoundError(say("There is no site {site}. Check the school's setup.", site=site_id))
    zone = site.timezone or DEFAULT_TIMEZONE
    on = on or datetime.now(ZoneInfo(zone)).date()

    years = list(
        session.scalars(
            select(SchoolYear).where(SchoolYear.site_id == site_id).order_by(SchoolYear.first_day)
        )
    )
    year = next((y for y in years if y.first_day <= on <= y.last_day), None)
    if year is None and years:
        year = years[-1]

    closed = frozenset(
        session.scalars(select(ClosedDay.day).where(ClosedDay.site_id == site_id)).all()
    )
    rotation_row = session.scalar(
        select(DayRotation).where(DayRotation.site_id == site_id).order_by(DayRotation.id.desc())
    )
    rotation: tuple[str, ...] = ()
    rotation_start: date | None = None
    if rotation_row is not None:
        rotation = tuple(t.strip() for t in rotation_row.day_types.split(",") if t.strip())
        rotation_start = rotation_row.starts_on

    schedule_id = default_schedule_id(session, site_id)
    regular = _slots(session, schedule_id) if schedule_id is not None else ()
    cache: dict[int, tuple[PeriodSlot, ...]] = {}
    specials: dict[date, SpecialDayRule] = {}
    for row in session.scalars(select(SpecialDay).where(SpecialDay.site_id == site_id)):
        slots = None
        if row.schedule_id is not None:
            if row.schedule_id not in cache:
                cache[row.schedule_id] = _slots(session, row.schedule_id)
            slots = cache[row.schedule_id]
        specials[row.day] = SpecialDayRule(row.day, slots, row.day_type or None, row.note)

    return SchoolCalendar(
        timezone=zone,
        periods=regular,
        rotation=rotation,
        rotation_starts_on=rotation_start,
        school_weekdays=(
            frozenset(int(c) for c in year.school_weekdays if c.isdigit())
            if year is not None
            else MONDAY_TO_FRIDAY
        ),
        first_day=year.first_day if year is not None else None,
        last_day=year.last_day if year is not None else None,
        closed_days=closed,
        special_days=specials,
    )
