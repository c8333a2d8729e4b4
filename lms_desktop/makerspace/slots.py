"""Pure slot rules: overlaps, capacity, recurrence over the school calendar, quotas, free slots."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from lms_desktop.errors import ValidationError
from lms_desktop.makerspace.schedule import (
    PeriodSlot,
    SchoolCalendar,
    closed_day_error,
    day_type,
    day_types_between,
    find_period,
    is_school_day,
    local_datetime,
    next_school_day,
    periods_on,
    periods_overlapping,
    to_local,
)
from lms_desktop.makerspace.wording import date_text, short_weekday_name, weekday_text
from lms_desktop.texts import Text, joined, say

# Statuses that hold a place on the resource; waitlisted, cancelled and no-show do not.
BLOCKING_STATUSES = frozenset({"requested", "approved", "checked_in", "completed"})


@dataclass(frozen=True)
class Span:
    """A booked stretch of time on one resource (aware datetimes, end excluded)."""

    starts_at: datetime
    ends_at: datetime
    seats: int = 1
    booking_id: int | None = None

    def overlaps(self, starts_at: datetime, ends_at: datetime) -> bool:
        return self.starts_at < ends_at and starts_at < self.ends_at


def seats_in_use(spans: Iterable[Span], starts_at: datetime, ends_at: datetime) -> int:
    """The most seats taken at any one moment within [starts_at, ends_at)."""
    events: list[tuple[datetime, int]] = []
    for span in spans:
        if span.overlaps(starts_at, ends_at):
            events.append((max(span.starts_at, starts_at), span.seats))
            events.append((min(span.ends_at, ends_at), -span.seats))
    # At equal times the end (-) sorts before the start (+): back-to-back never clashes.
    events.sort(key=lambda e: (e[0], e[1]))
    peak = current = 0
    for _, change in events:
        current += change
        peak = max(peak, current)
    return peak


class SpanIndex:
    """Spans of one resource sorted by start, for fast overlap queries over many slots."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self._spans = sorted(spans, key=lambda s: s.starts_at)
        self._starts = [s.starts_at for s in self._spans]
        self._longest = max((s.ends_at - s.starts_at for s in self._spans), default=timedelta(0))

    def add(self, span: Span) -> None:
        position = bisect.bisect_right(self._starts, span.starts_at)
        self._starts.insert(position, span.starts_at)
        self._spans.insert(position, span)
        self._longest = max(self._longest, span.ends_at - span.starts_at)

    def overlapping(
        self, starts_at: datetime, ends_at: datetime, ignore_booking: int | None = None
    ) -> list[Span]:
        low = bisect.bisect_left(self._starts, starts_at - self._longest)
        high = bisect.bisect_left(self._starts, ends_at)
        return [
            s
            for s in self._spans[low:high]
            if s.overlaps(starts_at, ends_at)
            and (ignore_booking is None or s.booking_id != ignore_booking)
        ]

    def fits(
        self,
        starts_at: datetime,
        ends_at: datetime,
        seats: int,
        capacity: int,
        ignore_booking: int | None = None,
    ) -> bool:
        found = self.overlapping(starts_at, ends_at, ignore_booking)
        return not found or seats_in_use(found, starts_at, ends_at) + seats <= capacity


@dataclass(frozen=True)
class RecurrenceRule:
    """ "Every A-day, period 3, until June", or "every Tuesday and Thursday, 14:05-14:55".

    Give either `period_name` (optionally through `last_period_name`) or clock times;
    either `day_types` (rotation letters) or ISO `weekdays` (1 = Monday), or neither for
    every school day.
    """

    first_day: date
    last_day: date
    day_types: tuple[str, ...] = ()
    weekdays: tuple[int, ...] = ()
    period_name: str | None = None
    last_period_name: str | None = None
    starts: time | None = None
    ends: time | None = None

    def describe(self) -> Text:
        """ "every A-days, period 3, 08 Sep 2026 to 11 Jun 2027", as the librarian reads it."""
        days: str
        if self.day_types:
            days = say("{day_types}-days", day_types="/".join(self.day_types))
        elif self.weekdays:
            days = joined(*(short_weekday_name(d) for d in self.weekdays), sep=", ")
        else:
            days = say("school days")
        when: str
        if self.period_name is None:
            when = f"{self.starts:%H:%M}-{self.ends:%H:%M}"
        elif self.last_period_name and self.last_period_name != self.period_name:
            when = say("period {first}-{last}", first=self.period_name, last=self.last_period_name)
        else:
            when = say("period {name}", name=self.period_name)
        return say(
            "every {days}, {when}, {first_day} to {last_day}",
            days=days,
            when=when,
            first_day=date_text(self.first_day),
            last_day=date_text(self.last_day),
        )


def slot_by_period(
    cal: SchoolCalendar, day: date, period_name: str, last_period_name: str | None = None
) -> tuple[datetime, datetime]:
    """From the start of one period to the end of the same (or a later) period on `day`."""
    first = find_period(cal, day, period_name)
    last = find_period(cal, day, last_period_name) if last_period_name else first
    if last.position < first.position:
        raise ValidationError(
            say(
                "Period {last} comes before period {first}. Choose a later last period.",
                last=last.name,
                first=first.name,
            )
        )
    return local_datetime(cal, day, first.starts), local_datetime(cal, day, last.ends)


def slot_by_clock(
    cal: SchoolCalendar, day: date, starts: time, ends: time
) -> tuple[datetime, datetime]:
    """A clock-time slot on a school day."""
    if not is_school_day(cal, day):
        raise closed_day_error(cal, day)
    if ends <= starts:
        raise ValidationError(say("The booking must end after it starts. Fix the end time."))
    return local_datetime(cal, day, starts), local_datetime(cal, day, ends)


def expand_recurrence(cal: SchoolCalendar, rule: RecurrenceRule) -> list[tuple[datetime, datetime]]:
    """Every occurrence of `rule` on the school calendar; closed days and breaks are skipped."""
    if rule.last_day < rule.first_day:
        raise ValidationError(say("The series ends before it starts. Choose a later end date."))
    if rule.period_name is None and (rule.starts is None or rule.ends is None):
        raise ValidationError(say("Choose a period, or a start and end time, for the series."))
    unknown = [t for t in rule.day_types if t not in cal.rotation]
    if unknown:
        known = ", ".join(cal.rotation) or say("none set up")
        raise ValidationError(
            say(
                "Day type {day_type!r} is not in the school's rotation (day types: {known}). "
                "Choose one of those, or set up the rotation in Settings.",
                day_type=unknown[0],
                known=known,
            )
        )
    wanted_types = set(rule.day_types)
    wanted_weekdays = set(rule.weekdays)
    found: list[tuple[datetime, datetime]] = []
    for day, letter in day_types_between(cal, rule.first_day, rule.last_day).items():
        if wanted_types and letter not in wanted_types:
            continue
        if wanted_weekdays and day.isoweekday() not in wanted_weekdays:
            continue
        if rule.period_name is not None:
            names = {p.name for p in periods_on(cal, day)}
            if rule.period_name not in names or (
                rule.last_period_name and rule.last_period_name not in names
            ):
                continue  # a special schedule without that period: nothing to book
            found.append(slot_by_period(cal, day, rule.period_name, rule.last_period_name))
        else:
            assert rule.starts is not None and rule.ends is not None
            found.append(slot_by_clock(cal, day, rule.starts, rule.ends))
    return found


def week_start(cal: SchoolCalendar, moment: datetime) -> date:
    """The Monday of the school-local week containing `moment`."""
    day = to_local(cal, moment).date()
    return day - timedelta(days=day.weekday())


def minutes_by_week(cal: SchoolCalendar, spans: Iterable[Span]) -> dict[date, int]:
    """Booked minutes per school week (keyed by Monday)."""
    totals: dict[date, int] = {}
    for span in spans:
        key = week_start(cal, span.starts_at)
        minutes = int((span.ends_at - span.starts_at).total_seconds() // 60)
        totals[key] = totals.get(key, 0) + minutes
    return totals


def free_slot_after(
    cal: SchoolCalendar,
    index: SpanIndex,
    after: datetime,
    duration: timedelta,
    seats: int,
    capacity: int,
    bookable_from: time,
    bookable_until: time,
    by_period: bool,
    search_days: int = 15,
    ignore_booking: int | None = None,
) -> tuple[datetime, datetime] | None:
    """The earliest free slot of `duration` starting at or after `after`.

    Candidates are period starts (when booking by period) or, for clock-time bookings,
    period starts, the ends of existing bookings and the resource's opening time.
    """
    local_after = to_local(cal, after)
    day = local_after.date()
    if not is_school_day(cal, day):
        following = next_school_day(cal, day)
        if following is None:
            return None
        day = following
    for _ in range(search_days):
        opens = local_datetime(cal, day, bookable_from)
        closes = local_datetime(cal, day, bookable_until)
        slots = periods_on(cal, day)
        candidates: list[tuple[datetime, datetime]] = []
        if by_period:
            for i, first in enumerate(slots):
                start = local_datetime(cal, day, first.starts)
                for last in slots[i:]:
                    end = local_datetime(cal, day, last.ends)
                    if end - start >= duration:
                        candidates.append((start, end))
                        break
        else:
            starts = {opens} | {local_datetime(cal, day, p.starts) for p in slots}
            starts |= {s.ends_at for s in index.overlapping(opens, closes)}
            candidates = [(s, s + duration) for s in starts]
        for start, end in sorted(candidates):
            if start < after or start < opens or end > closes:
                continue
            if index.fits(start, end, seats, capacity, ignore_booking):
                return start, end
        following = next_school_day(cal, day)
        if following is None:
            return None
        day = following
    return None


def label_slot(cal: SchoolCalendar, starts_at: datetime, ends_at: datetime) -> Text:
    """ "B-day Wed 09 Sep, period 3 (09:50-10:40)" or "Wed 09 Sep 15:00-15:45"."""
    local_start = to_local(cal, starts_at)
    local_end = to_local(cal, ends_at)
    day = local_start.date()
    letter = day_type(cal, day)
    on_day = say("{letter}-day {day}", letter=letter, day=weekday_text(day)) if letter else None
    times = f"{local_start:%H:%M}-{local_end:%H:%M}"
    names = _period_names_exactly(
        cal, starts_at, ends_at, periods_overlapping(cal, starts_at, ends_at)
    )
    if names:
        return say(
            "{day}, {periods} ({times})",
            day=on_day or weekday_text(day),
            periods=names,
            times=times,
        )
    return say("{day} {times}", day=on_day or weekday_text(day), times=times)


def _period_names_exactly(
    cal: SchoolCalendar, starts_at: datetime, ends_at: datetime, slots: Sequence[PeriodSlot]
) -> Text | None:
    periods = list(slots)
    if not periods:
        return None
    day = to_local(cal, starts_at).date()
    if (
        local_datetime(cal, day, periods[0].starts) != starts_at
        or local_datetime(cal, day, periods[-1].ends) != ends_at
    ):
        return None
    if len(periods) == 1:
        return say("period {name}", name=periods[0].name)
    return say("periods {first}-{last}", first=periods[0].name, last=periods[-1].name)
