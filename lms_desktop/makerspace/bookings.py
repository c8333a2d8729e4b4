"""Booking services: book, recur, move, approve, check in, release no-shows, waitlist."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, bindparam, insert, select

from lms_desktop.circulation.models import Patron, PatronType
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from lms_desktop.makerspace.certificates import GATED_PATRON_TYPES, certificate_rule
from lms_desktop.makerspace.models import Booking, BookingSeries, Resource
from lms_desktop.makerspace.schedule import (
    SchoolCalendar,
    closed_day_error,
    is_school_day,
    load_calendar,
    local_datetime,
    to_local,
)
from lms_desktop.makerspace.slots import (
    BLOCKING_STATUSES,
    RecurrenceRule,
    Span,
    SpanIndex,
    expand_recurrence,
    free_slot_after,
    label_slot,
    minutes_by_week,
    week_start,
)
from lms_desktop.makerspace.wording import date_text, day_month_text
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.school.settings import get_setting
from lms_desktop.texts import Text, joined, say

NO_SHOW_GRACE_KEY = "makerspace.no_show_grace_minutes"
STUDENT_WEEKLY_QUOTA_KEY = "makerspace.student_weekly_quota_minutes"
DEFAULT_NO_SHOW_GRACE_MINUTES = 10
CHECK_IN_EARLY = timedelta(minutes=15)

# A booking's status as a refusal names it ("This booking is checked in, so …").
_STATUS_WORDS = {
    "requested": say("requested"),
    "approved": say("approved"),
    "waitlisted": say("waitlisted"),
    "checked_in": say("checked in"),
    "completed": say("completed"),
    "cancelled": say("cancelled"),
    "no_show": say("no show"),
}


def _status_word(status: str) -> str:
    return _STATUS_WORDS.get(status) or status.replace("_", " ")


@dataclass(frozen=True)
class BookingInfo:
    id: int
    resource_id: int
    resource_name: str
    patron_id: int | None
    patron_name: str
    class_name: str
    purpose: str
    starts_at: datetime
    ends_at: datetime
    seats: int
    status: str
    series_id: int | None
    created_by: str
    checked_in_at: datetime | None
    # a waitlisted booking that would not get a freed slot says why (quota, training)
    held_back_because: str = ""

    @property
    def who(self) -> str:
        if self.class_name and self.patron_name:
            return f"{self.patron_name} ({self.class_name})"
        return self.class_name or self.patron_name or "—"

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True)
class BookingRequest:
    """One booking as asked for; times are aware datetimes (see `slots.slot_by_period`)."""

    resource_id: int
    starts_at: datetime
    ends_at: datetime
    patron_id: int | None = None
    class_name: str = ""
    purpose: str = ""
    seats: int = 1
    waitlist_if_full: bool = False


@dataclass(frozen=True)
class ConflictInfo:
    """A booking in the way: who holds the slot and when, in the school's words."""

    booking_id: int | None
    who: str
    when: str


class BookingConflictError(ConflictError):
    """The slot is taken. Carries what is in the way and the next free slot, if any."""

    def __init__(
        self,
        message: str,
        conflicts: Sequence[ConflictInfo],
        suggestion: tuple[datetime, datetime] | None,
        suggestion_label: str | None,
    ) -> None:
        super().__init__(message)
        self.conflicts = tuple(conflicts)
        self.suggestion = suggestion
        self.suggestion_label = suggestion_label


@dataclass(frozen=True)
class SkippedOccurrence:
    starts_at: datetime
    ends_at: datetime
    reason: str


@dataclass(frozen=True)
class SeriesResult:
    series_id: int
    rule_text: str
    created: tuple[BookingInfo, ...]
    skipped: tuple[SkippedOccurrence, ...] = field(default=())


# --- reading ------------------------------------------------------------------------------


def _booking_query() -> Select[tuple[Booking, str, str, str]]:
    # first and last name are None for a class booking without a teacher (outer join)
    return (
        select(Booking, Resource.name, Patron.first_name, Patron.last_name)
        .join(Resource, Resource.id == Booking.resource_id)
        .outerjoin(Patron, Patron.id == Booking.patron_id)
    )


def _info(row: Booking, resource_name: str, first: str | None, last: str | None) -> BookingInfo:
    return BookingInfo(
        id=row.id,
        resource_id=row.resource_id,
        resource_name=resource_name,
        patron_id=row.patron_id,
        patron_name=f"{first or ''} {last or ''}".strip(),
        class_name=row.class_name,
        purpose=row.purpose,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        seats=row.seats,
        status=row.status,
        series_id=row.series_id,
        created_by=row.created_by,
        checked_in_at=row.checked_in_at,
    )


def get_booking(uow: UnitOfWork, booking_id: int) -> BookingInfo:
    found = uow.session.execute(_booking_query().where(Booking.id == booking_id)).first()
    if found is None:
        raise NotFoundError(say("That booking no longer exists. Refresh the schedule."))
    return _info(*found)


def bookings_between(
    uow: UnitOfWork,
    starts_at: datetime,
    ends_at: datetime,
    resource_id: int | None = None,
    statuses: Iterable[str] | None = None,
) -> list[BookingInfo]:
    """Bookings overlapping [starts_at, ends_at), earliest first (cancelled ones left out
    unless asked for by `statuses`)."""
    query = _booking_query().where(Booking.starts_at < ends_at, Booking.ends_at > starts_at)
    if resource_id is not None:
        query = query.where(Booking.resource_id == resource_id)
    wanted = set(statuses) if statuses is not None else None
    if wanted is None:
        query = query.where(Booking.status != "cancelled")
    else:
        query = query.where(Booking.status.in_(wanted))
    query = query.order_by(Booking.starts_at, Resource.name, Booking.id)
    return [_info(*row) for row in uow.session.execute(query)]


def approval_queue(uow: UnitOfWork) -> list[BookingInfo]:
    """Bookings waiting for the librarian's yes or no, earliest first."""
    query = _booking_query().where(Booking.status == "requested").order_by(Booking.starts_at)
    return [_info(*row) for row in uow.session.execute(query)]


def waitlist(uow: UnitOfWork, now: datetime | None = None) -> list[BookingInfo]:
    """Waitlisted bookings still in the future, in the order they joined.

    Each says in `held_back_because` why it would be passed over if its slot came free
    now (over a weekly limit, no valid training certificate), or is empty.
    """
    now = now or utcnow()
    query = (
        _booking_query()
        .where(Booking.status == "waitlisted", Booking.ends_at > now)
        .order_by(Booking.created_at, Booking.id)
    )
    found = list(uow.session.execute(query))
    calendars: dict[int, SchoolCalendar] = {}
    result: list[BookingInfo] = []
    for row, *names in found:
        resource = uow.session.get(Resource, row.resource_id)
        assert resource is not None
        if resource.site_id not in calendars:
            calendars[resource.site_id] = load_calendar(
                uow, resource.site_id, to_local_date(row.starts_at)
            )
        cal = calendars[resource.site_id]
        reason = _promotion_problem(uow, cal, resource, row, {}) or ""
        result.append(replace(_info(row, *names), held_back_because=reason))
    return result


# --- rules shared by every way of booking --------------------------------------------------


def _resource(uow: UnitOfWork, resource_id: int) -> Resource:
    resource = uow.session.get(Resource, resource_id)
    if resource is None:
        raise NotFoundError(say("That resource no longer exists. Refresh the list."))
    if not resource.active:
        raise ValidationError(
            say("{resource} is out of service. Choose another resource.", resource=resource.name)
        )
    return resource


def _patron(uow: UnitOfWork, patron_id: int | None) -> tuple[Patron | None, str | None]:
    if patron_id is None:
        return None, None
    patron = uow.session.get(Patron, patron_id)
    if patron is None:
        raise NotFoundError(say("That patron no longer exists. Scan or search for them again."))
    if patron.status != "active":
        raise ValidationError(
            say(
                "{name} is not an active patron ({status}). Reactivate them in Patrons first.",
                name=f"{patron.first_name} {patron.last_name}",
                status=patron.status,
            )
        )
    type_code = uow.session.scalar(
        select(PatronType.code).where(PatronType.id == patron.patron_type_id)
    )
    return patron, type_code


def _check_shape(
    cal: SchoolCalendar, resource: Resource, starts_at: datetime, ends_at: datetime, seats: int
) -> str | None:
    """Why this time cannot be booked on this resource at all (whatever else is booked)."""
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise ValueError("booking times must be timezone-aware")
    if ends_at <= starts_at:
        return say("The booking must end after it starts. Fix the end time.")
    local_start = to_local(cal, starts_at)
    local_end = to_local(cal, ends_at)
    day = local_start.date()
    if local_end.date() != day:
        return say("A booking must start and end on the same day. Book each day separately.")
    if not is_school_day(cal, day):
        return closed_day_error(cal, day).message
    minutes = int((ends_at - starts_at).total_seconds() // 60)
    if minutes < resource.min_minutes:
        return say(
            "{resource} is booked for at least {minutes} minutes. Make the booking longer.",
            resource=resource.name,
            minutes=resource.min_minutes,
        )
    if minutes > resource.max_minutes:
        return say(
            "{resource} can be booked for at most {minutes} minutes at a time. "
            "Make the booking shorter, or book two slots.",
            resource=resource.name,
            minutes=resource.max_minutes,
        )
    opens = local_datetime(cal, day, resource.bookable_from)
    closes = local_datetime(cal, day, resource.bookable_until)
    if starts_at < opens or ends_at > closes:
        return say(
            "{resource} can be booked from {opens} to {closes}. Choose a time within those hours.",
            resource=resource.name,
            opens=f"{resource.bookable_from:%H:%M}",
            closes=f"{resource.bookable_until:%H:%M}",
        )
    if seats < 1:
        return say("A booking takes at least one seat.")
    if seats > resource.capacity:
        return say(
            "{resource} has room for {capacity}; {seats} were asked for. "
            "Book fewer seats or another resource.",
            resource=resource.name,
            capacity=resource.capacity,
            seats=seats,
        )
    return None


def _spans(
    uow: UnitOfWork,
    resource_id: int | None,
    starts_at: datetime,
    ends_at: datetime,
    patron_id: int | None = None,
) -> list[tuple[Span, int]]:
    """Blocking bookings overlapping the range, as (span, resource id).

    Plain columns rather than ORM objects: a school year holds thousands of bookings and
    loading each as an object would cost more than all the checks together.
    """
    query = select(
        Booking.id, Booking.starts_at, Booking.ends_at, Booking.seats, Booking.resource_id
    ).where(
        Booking.status.in_(BLOCKING_STATUSES),
        Booking.starts_at < ends_at,
        Booking.ends_at > starts_at,
    )
    if resource_id is not None:
        query = query.where(Booking.resource_id == resource_id)
    if patron_id is not None:
        query = query.where(Booking.patron_id == patron_id)
    return [
        (Span(start, end, seats, booking_id), rid)
        for booking_id, start, end, seats, rid in uow.session.execute(query)
    ]


def _spans_on_slots(
    uow: UnitOfWork,
    cal: SchoolCalendar,
    resource_id: int,
    slots: Sequence[tuple[datetime, datetime]],
) -> list[Span]:
    """Blocking bookings that overlap any of many slots (a series).

    A booking never crosses midnight, so only bookings that start on a slot's own day can
    overlap it: each slot is one narrow index range, asked with one cached statement,
    instead of reading the whole year.
    """
    query = select(Booking.id, Booking.starts_at, Booking.ends_at, Booking.seats).where(
        Booking.resource_id == bindparam("resource_id"),
        Booking.status.in_(BLOCKING_STATUSES),
        Booking.starts_at >= bindparam("day_start", type_=Booking.starts_at.type),
        Booking.starts_at < bindparam("slot_end", type_=Booking.starts_at.type),
        Booking.ends_at > bindparam("slot_start", type_=Booking.starts_at.type),
    )
    found: dict[int, Span] = {}
    connection = uow.session.connection()
    for starts_at, ends_at in slots:
        midnight = local_datetime(cal, to_local(cal, starts_at).date(), time(0, 0))
        params = {
            "resource_id": resource_id,
            "day_start": midnight,
            "slot_end": ends_at,
            "slot_start": starts_at,
        }
        for booking_id, start, end, seats in connection.execute(query, params):
            found[booking_id] = Span(start, end, seats, booking_id)
    return list(found.values())


def _bookings(uow: UnitOfWork, ids: Iterable[int | None]) -> list[Booking]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return []
    return list(
        uow.session.scalars(
            select(Booking).where(Booking.id.in_(wanted)).order_by(Booking.starts_at)
        )
    )


def _names_for(uow: UnitOfWork, bookings: Iterable[Booking]) -> dict[int, str]:
    ids = {b.patron_id for b in bookings if b.patron_id is not None}
    if not ids:
        return {}
    rows = uow.session.execute(
        select(Patron.id, Patron.first_name, Patron.last_name).where(Patron.id.in_(ids))
    )
    return {pid: f"{first} {last}".strip() for pid, first, last in rows}


def _who(booking: Booking, names: dict[int, str]) -> str:
    name = names.get(booking.patron_id or -1, "")
    if booking.class_name and name:
        return f"{name} ({booking.class_name})"
    return booking.class_name or name or say("another booking")


def _quota_limits(
    uow: UnitOfWork, resource: Resource, type_code: str | None
) -> list[tuple[int | None, int]]:
    """(resource id or None for the whole space, minutes a week) that apply to this patron."""
    if type_code not in GATED_PATRON_TYPES:
        return []
    limits: list[tuple[int | None, int]] = []
    if resource.weekly_quota_minutes:
        limits.append((resource.id, resource.weekly_quota_minutes))
    space = get_setting(uow, STUDENT_WEEKLY_QUOTA_KEY, None, resource.site_id)
    if space:
        limits.append((None, int(space)))
    return limits


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"


class _QuotaTracker:
    """Minutes a student already has per week, for each limit that applies."""

    def __init__(
        self,
        uow: UnitOfWork,
        cal: SchoolCalendar,
        resource: Resource,
        patron: Patron | None,
        type_code: str | None,
        starts_at: datetime,
        ends_at: datetime,
        ignore_booking: int | None = None,
    ) -> None:
        self._cal = cal
        self._limits = _quota_limits(uow, resource, type_code) if patron is not None else []
        self._name = f"{patron.first_name} {patron.last_name}" if patron is not None else ""
        self._resource_name = resource.name
        self._used: dict[int | None, dict[date, int]] = {}
        if not self._limits or patron is None:
            return
        # whole weeks around the range, so a booking late in a week sees the week's others
        first = datetime.combine(week_start(cal, starts_at), datetime.min.time(), cal.zone)
        last = datetime.combine(
            week_start(cal, ends_at) + timedelta(days=7), datetime.min.time(), cal.zone
        )
        mine = [
            (span, rid)
            for span, rid in _spans(uow, None, first, last, patron_id=patron.id)
            if span.booking_id != ignore_booking
        ]
        for scope, _limit in self._limits:
            spans = [s for s, rid in mine if scope is None or rid == scope]
            self._used[scope] = minutes_by_week(cal, spans)

    def problem(self, starts_at: datetime, ends_at: datetime) -> str | None:
        week = week_start(self._cal, starts_at)
        minutes = int((ends_at - starts_at).total_seconds() // 60)
        for scope, limit in self._limits:
            used = self._used[scope].get(week, 0)
            if used + minutes > limit:
                where = (
                    say("on {resource}", resource=self._resource_name)
                    if scope is not None
                    else say("in the makerspace")
                )
                return say(
                    "{name} already has {used} booked {where} in the week of {week}; "
                    "this booking ({minutes}) would go over the {limit} weekly limit. "
                    "Choose a shorter booking or another week.",
                    name=self._name,
                    used=_hours(used),
                    where=where,
                    week=day_month_text(week),
                    minutes=_hours(minutes),
                    limit=_hours(limit),
                )
        return None

    def add(self, starts_at: datetime, ends_at: datetime) -> None:
        week = week_start(self._cal, starts_at)
        minutes = int((ends_at - starts_at).total_seconds() // 60)
        for scope, _limit in self._limits:
            self._used[scope][week] = self._used[scope].get(week, 0) + minutes


def _certificate_gate(
    uow: UnitOfWork, resource: Resource, patron: Patron | None
) -> Callable[[date], str | None]:
    if resource.certification_id is None or patron is None:
        return lambda _day: None
    rule = certificate_rule(uow, patron.id, resource.certification_id)

    def gate(day: date) -> str | None:
        problem = rule(day)
        if not problem:
            return None
        return say("{tool} needs training. {problem}", tool=resource.name, problem=problem)

    return gate


def _conflict_error(
    uow: UnitOfWork,
    cal: SchoolCalendar,
    resource: Resource,
    index: SpanIndex,
    in_the_way: Sequence[Booking],
    starts_at: datetime,
    ends_at: datetime,
    seats: int,
    by_period: bool,
    ignore_booking: int | None = None,
) -> BookingConflictError:
    names = _names_for(uow, in_the_way)
    conflicts = [
        ConflictInfo(b.id, _who(b, names), label_slot(cal, b.starts_at, b.ends_at))
        for b in sorted(in_the_way, key=lambda b: b.starts_at)
    ]
    suggestion = free_slot_after(
        cal,
        index,
        starts_at,
        ends_at - starts_at,
        seats,
        resource.capacity,
        resource.bookable_from,
        resource.bookable_until,
        by_period,
        ignore_booking=ignore_booking,
    )
    label = label_slot(cal, *suggestion) if suggestion else None
    listed: str = joined(*(joined(c.who, c.when, sep=", ") for c in conflicts[:3]), sep="; ")
    if len(conflicts) > 3:
        listed = say("{listed} and {more} more", listed=listed, more=len(conflicts) - 3)
    taken = (
        say("{resource} is full then: {listed}.", resource=resource.name, listed=listed)
        if resource.capacity > 1
        else say(
            "{resource} is already booked then: {listed}.", resource=resource.name, listed=listed
        )
    )
    message = joined(
        taken,
        say("The next free slot is {slot}.", slot=label) if label else "",
        say("Choose another time, or join the waitlist."),
    )
    return BookingConflictError(message, conflicts, suggestion, label)


def _is_period_aligned(cal: SchoolCalendar, starts_at: datetime, ends_at: datetime) -> bool:
    return "period" in label_slot(cal, starts_at, ends_at)


# --- booking ------------------------------------------------------------------------------


def create_booking(
    uow: UnitOfWork,
    request: BookingRequest,
    cal: SchoolCalendar | None = None,
) -> BookingInfo:
    """Book one slot, or raise: ValidationError (closed day, hours, duration, quota),
    PermissionDeniedError (no training), BookingConflictError (taken, with the next free
    slot). With `waitlist_if_full` a taken slot puts the booking on the waitlist instead.
    The caller commits."""
    resource = _resource(uow, request.resource_id)
    cal = cal or load_calendar(uow, resource.site_id, to_local_date(request.starts_at))
    local_day = to_local(cal, request.starts_at).date()
    if not is_school_day(cal, local_day):
        raise closed_day_error(cal, local_day)  # it names the next school day
    problem = _check_shape(cal, resource, request.starts_at, request.ends_at, request.seats)
    if problem:
        raise ValidationError(problem)
    patron, type_code = _patron(uow, request.patron_id)
    if request.patron_id is None and not request.class_name.strip():
        raise ValidationError(say("Say who the booking is for: a student, or a teacher's class."))
    day = to_local(cal, request.starts_at).date()
    gate_problem = _certificate_gate(uow, resource, patron)(day)
    if gate_problem:
        raise PermissionDeniedError(gate_problem)
    quota = _QuotaTracker(uow, cal, resource, patron, type_code, request.starts_at, request.ends_at)
    quota_problem = quota.problem(request.starts_at, request.ends_at)
    if quota_problem:
        raise ValidationError(quota_problem)

    status = "requested" if resource.needs_approval else "approved"
    day_start = local_datetime(cal, day, resource.bookable_from)
    day_end = local_datetime(cal, day, resource.bookable_until) + timedelta(days=15)
    existing = _spans(uow, resource.id, day_start, day_end)
    index = SpanIndex(span for span, _ in existing)
    if not index.fits(request.starts_at, request.ends_at, request.seats, resource.capacity):
        if request.waitlist_if_full:
            status = "waitlisted"
        else:
            in_the_way = _bookings(
                uow,
                (
                    s.booking_id
                    for s, _ in existing
                    if s.overlaps(request.starts_at, request.ends_at)
                ),
            )
            raise _conflict_error(
                uow,
                cal,
                resource,
                index,
                in_the_way,
                request.starts_at,
                request.ends_at,
                request.seats,
                _is_period_aligned(cal, request.starts_at, request.ends_at),
            )
    row = Booking(
        resource_id=resource.id,
        patron_id=request.patron_id,
        class_name=request.class_name.strip(),
        purpose=request.purpose.strip(),
        starts_at=request.starts_at,
        ends_at=request.ends_at,
        seats=request.seats,
        status=status,
        created_by=uow.staff_name or "",
    )
    uow.session.add(row)
    uow.session.flush()
    return get_booking(uow, row.id)


def to_local_date(moment: datetime) -> date:
    """The date of `moment` as written (for picking the school year)."""
    return moment.date()


def create_series(
    uow: UnitOfWork,
    resource_id: int,
    rule: RecurrenceRule,
    patron_id: int | None = None,
    class_name: str = "",
    purpose: str = "",
    seats: int = 1,
    skip_conflicts: bool = False,
    cal: SchoolCalendar | None = None,
) -> SeriesResult:
    """Book every occurrence of `rule` ("every A-day period 3 until June").

    All occurrences are checked against existing bookings (one query for the whole range).
    If any is taken or breaks a rule, nothing is booked and BookingConflictError or
    ValidationError names them, unless `skip_conflicts`, which books the rest and returns
    the skipped ones with their reasons. The caller commits.
    """
    resource = _resource(uow, resource_id)
    cal = cal or load_calendar(uow, resource.site_id, rule.first_day)
    occurrences = expand_recurrence(cal, rule)
    if not occurrences:
        raise ValidationError(
            say(
                "No school day between {first_day} and {last_day} matches the series. "
                "Check the day types and dates.",
                first_day=date_text(rule.first_day),
                last_day=date_text(rule.last_day),
            )
        )
    patron, type_code = _patron(uow, patron_id)
    if patron_id is None and not class_name.strip():
        raise ValidationError(say("Say who the booking is for: a student, or a teacher's class."))
    range_start, range_end = occurrences[0][0], occurrences[-1][1]
    index = SpanIndex(_spans_on_slots(uow, cal, resource.id, occurrences))
    gate = _certificate_gate(uow, resource, patron)
    quota = _QuotaTracker(uow, cal, resource, patron, type_code, range_start, range_end)
    status = "requested" if resource.needs_approval else "approved"

    accepted: list[tuple[datetime, datetime]] = []
    skipped: list[SkippedOccurrence] = []
    taken: list[Booking] = []
    for starts_at, ends_at in occurrences:
        reason = _check_shape(cal, resource, starts_at, ends_at, seats)
        reason = reason or gate(to_local(cal, starts_at).date())
        reason = reason or quota.problem(starts_at, ends_at)
        if reason is None and not index.fits(starts_at, ends_at, seats, resource.capacity):
            in_the_way = _bookings(
                uow, (s.booking_id for s in index.overlapping(starts_at, ends_at))
            )
            taken.extend(in_the_way)
            names = _names_for(uow, in_the_way)
            reason = say(
                "taken by {bookers}",
                bookers=joined(*(_who(b, names) for b in in_the_way), sep=", "),
            )
        if reason is not None:
            skipped.append(SkippedOccurrence(starts_at, ends_at, reason))
            continue
        accepted.append((starts_at, ends_at))
        index.add(Span(starts_at, ends_at, seats))
        quota.add(starts_at, ends_at)

    if skipped and not skip_conflicts:
        first = skipped[0]
        first_when = label_slot(cal, first.starts_at, first.ends_at)
        message: Text = (
            say(
                "{skipped} of {total} occurrences cannot be booked. First: {when}: {reason} "
                "({more} more occurrences too). Book the free ones only, or change the series.",
                skipped=len(skipped),
                total=len(occurrences),
                when=first_when,
                reason=first.reason,
                more=len(skipped) - 1,
            )
            if len(skipped) > 1
            else say(
                "{skipped} of {total} occurrences cannot be booked. First: {when}: {reason}. "
                "Book the free ones only, or change the series.",
                skipped=len(skipped),
                total=len(occurrences),
                when=first_when,
                reason=first.reason,
            )
        )
        if taken:
            names = _names_for(uow, taken)
            conflicts = [
                ConflictInfo(b.id, _who(b, names), label_slot(cal, b.starts_at, b.ends_at))
                for b in taken
            ]
            # another time of day helps only when every refusal is a clash
            clashes_only = all(k.reason.startswith("taken by ") for k in skipped)
            found = (
                _series_alternative(cal, resource, rule, occurrences, seats, uow, taken)
                if clashes_only
                else None
            )
            suggestion, label = found if found is not None else (None, None)
            if label:
                message = joined(
                    message, say("Every date of the series is free {when}.", when=label)
                )
            raise BookingConflictError(message, conflicts, suggestion, label)
        raise ValidationError(message)
    if not accepted:
        raise ValidationError(
            joined(
                say("None of the occurrences can be booked."),
                skipped[0].reason if skipped else "",
            )
        )

    rule_json = {
        "first_day": rule.first_day.isoformat(),
        "last_day": rule.last_day.isoformat(),
        "day_types": list(rule.day_types),
        "weekdays": list(rule.weekdays),
        "period_name": rule.period_name,
        "last_period_name": rule.last_period_name,
        "starts": rule.starts.isoformat() if rule.starts else None,
        "ends": rule.ends.isoformat() if rule.ends else None,
        "text": rule.describe(),
    }
    series = BookingSeries(rule_json=json.dumps(rule_json))
    uow.session.add(series)
    uow.session.flush()
    common = {
        "resource_id": resource.id,
        "patron_id": patron_id,
        "class_name": class_name.strip(),
        "purpose": purpose.strip(),
        "seats": seats,
        "status": status,
        "series_id": series.id,
        "created_by": uow.staff_name or "",
        "created_at": utcnow(),
    }
    # One multi-row INSERT … RETURNING: a year of occurrences without a unit-of-work flush.
    ids = uow.session.scalars(
        insert(Booking).returning(Booking.id, sort_by_parameter_order=True),
        [{**common, "starts_at": a, "ends_at": b} for a, b in accepted],
    ).all()
    patron_name = f"{patron.first_name} {patron.last_name}" if patron is not None else ""
    created = tuple(
        BookingInfo(
            id=booking_id,
            resource_id=resource.id,
            resource_name=resource.name,
            patron_id=patron_id,
            patron_name=patron_name,
            class_name=common["class_name"],  # type: ignore[arg-type]
            purpose=common["purpose"],  # type: ignore[arg-type]
            starts_at=starts_at,
            ends_at=ends_at,
            seats=seats,
            status=status,
            series_id=series.id,
            created_by=common["created_by"],  # type: ignore[arg-type]
            checked_in_at=None,
        )
        for booking_id, (starts_at, ends_at) in zip(ids, accepted, strict=True)
    )
    return SeriesResult(series.id, rule.describe(), created, tuple(skipped))


def _series_alternative(
    cal: SchoolCalendar,
    resource: Resource,
    rule: RecurrenceRule,
    occurrences: Sequence[tuple[datetime, datetime]],
    seats: int,
    uow: UnitOfWork,
    taken: Sequence[Booking],
) -> tuple[tuple[datetime, datetime], str] | None:
    """The next time of day at which every date of a clashing series is free, as (its
    first occurrence, "in period 4 (10:45-11:35)" or "at 15:00-15:45"), or None.

    Same days and length: for a series by period, the later periods first, then the
    earlier ones; for one by clock time, the period starts, the opening time and the ends
    of the bookings in the way. Weekly limits and training do not depend on the time of
    day, so only the resource's hours and the bookings already there are checked.
    """
    first_day = to_local(cal, occurrences[0][0]).date()
    last_day = to_local(cal, occurrences[-1][1]).date()
    start = local_datetime(cal, first_day, time(0, 0))
    end = local_datetime(cal, last_day, time(0, 0)) + timedelta(days=1)
    index = SpanIndex(span for span, _ in _spans(uow, resource.id, start, end))
    periods = sorted(cal.periods, key=lambda p: p.position)
    candidates: list[tuple[RecurrenceRule, Text]] = []
    if rule.period_name is not None:
        names = [p.name for p in periods]
        if rule.period_name not in names:
            return None
        first = names.index(rule.period_name)
        last = names.index(rule.last_period_name) if rule.last_period_name else first
        width = max(0, last - first)
        order = list(range(first + 1, len(periods))) + list(range(first - 1, -1, -1))
        for i in order:
            if i + width >= len(periods):
                continue
            a, b = periods[i], periods[i + width]
            times = f"{a.starts:%H:%M}-{b.ends:%H:%M}"
            candidates.append(
                (
                    replace(rule, period_name=a.name, last_period_name=b.name if width else None),
                    say("in period {name} ({times})", name=a.name, times=times)
                    if width == 0
                    else say(
                        "in periods {first}-{last} ({times})",
                        first=a.name,
                        last=b.name,
                        times=times,
                    ),
                )
            )
    else:
        assert rule.starts is not None and rule.ends is not None
        length = datetime.combine(first_day, rule.ends) - datetime.combine(first_day, rule.starts)
        starts = {p.starts for p in periods} | {resource.bookable_from}
        starts |= {to_local(cal, b.ends_at).time() for b in taken}
        ordered = sorted(t for t in starts if t > rule.starts)
        ordered += sorted((t for t in starts if t < rule.starts), reverse=True)
        for t in ordered:
            until = datetime.combine(first_day, t) + length
            if until.date() != first_day or until.time() > resource.bookable_until:
                continue
            candidates.append(
                (
                    replace(rule, starts=t, ends=until.time()),
                    say("at {times}", times=f"{t:%H:%M}-{until:%H:%M}"),
                )
            )
    for candidate, label in candidates:
        try:
            slots = expand_recurrence(cal, candidate)
        except ValidationError:
            continue
        if slots and all(
            _check_shape(cal, resource, a, b, seats) is None
            and index.fits(a, b, seats, resource.capacity)
            for a, b in slots
        ):
            return slots[0], label
    return None


def move_booking(
    uow: UnitOfWork,
    booking_id: int,
    starts_at: datetime,
    ends_at: datetime,
    resource_id: int | None = None,
    cal: SchoolCalendar | None = None,
) -> BookingInfo:
    """Move or resize a booking (drag in the week view), with every check a new one gets."""
    row = uow.session.get(Booking, booking_id)
    if row is None:
        raise NotFoundError(say("That booking no longer exists. Refresh the schedule."))
    if row.status not in ("requested", "approved", "waitlisted"):
        raise ValidationError(
            say(
                "A {status} booking cannot be moved. Make a new booking.",
                status=_status_word(row.status),
            )
        )
    resource = _resource(uow, resource_id or row.resource_id)
    cal = cal or load_calendar(uow, resource.site_id, to_local_date(starts_at))
    problem = _check_shape(cal, resource, starts_at, ends_at, row.seats)
    if problem:
        raise ValidationError(problem)
    patron, type_code = _patron(uow, row.patron_id) if row.patron_id else (None, None)
    gate_problem = _certificate_gate(uow, resource, patron)(to_local(cal, starts_at).date())
    if gate_problem:
        raise PermissionDeniedError(gate_problem)
    quota = _QuotaTracker(uow, cal, resource, patron, type_code, starts_at, ends_at, row.id)
    quota_problem = quota.problem(starts_at, ends_at)
    if quota_problem:
        raise ValidationError(quota_problem)
    if row.status != "waitlisted":
        day = to_local(cal, starts_at).date()
        existing = [
            (s, b)
            for s, b in _spans(
                uow,
                resource.id,
                local_datetime(cal, day, resource.bookable_from),
                local_datetime(cal, day, resource.bookable_until) + timedelta(days=15),
            )
            if s.booking_id != row.id
        ]
        index = SpanIndex(s for s, _ in existing)
        if not index.fits(starts_at, ends_at, row.seats, resource.capacity):
            in_the_way = _bookings(
                uow, (s.booking_id for s, _ in existing if s.overlaps(starts_at, ends_at))
            )
            raise _conflict_error(
                uow,
                cal,
                resource,
                index,
                in_the_way,
                starts_at,
                ends_at,
                row.seats,
                _is_period_aligned(cal, starts_at, ends_at),
            )
    old = (row.resource_id, row.starts_at, row.ends_at)
    row.resource_id = resource.id
    row.starts_at = starts_at
    row.ends_at = ends_at
    uow.session.flush()
    promote_waitlist(uow, old[0], old[1], old[2], cal)
    return get_booking(uow, row.id)


def _set_status(uow: UnitOfWork, booking_id: int, allowed: Iterable[str], status: str) -> Booking:
    row = uow.session.get(Booking, booking_id)
    if row is None:
        raise NotFoundError(say("That booking no longer exists. Refresh the schedule."))
    if row.status not in set(allowed):
        raise ValidationError(
            say(
                "This booking is {status}, so it cannot be {wanted}. Refresh the schedule.",
                status=_status_word(row.status),
                wanted=_status_word(status),
            )
        )
    row.status = status
    return row


def approve_booking(uow: UnitOfWork, booking_id: int) -> BookingInfo:
    require_permission(uow, Permission.MANAGE_MAKERSPACE)
    _set_status(uow, booking_id, ("requested",), "approved")
    uow.session.flush()
    return get_booking(uow, booking_id)


def decline_booking(uow: UnitOfWork, booking_id: int) -> list[BookingInfo]:
    """Say no to a request; returns the waitlisted bookings that took its place."""
    require_permission(uow, Permission.MANAGE_MAKERSPACE)
    row = _set_status(uow, booking_id, ("requested",), "cancelled")
    uow.session.flush()
    return promote_waitlist(uow, row.resource_id, row.starts_at, row.ends_at)


def cancel_booking(
    uow: UnitOfWork, booking_id: int, whole_series: bool = False, now: datetime | None = None
) -> list[BookingInfo]:
    """Cancel a booking (and, with `whole_series`, the series' later ones).

    Returns the waitlisted bookings promoted into the freed slots.
    """
    now = now or utcnow()
    allowed = ("requested", "approved", "waitlisted")
    row = _set_status(uow, booking_id, allowed, "cancelled")
    rows = [row]
    if whole_series and row.series_id is not None:
        later = uow.session.scalars(
            select(Booking).where(
                Booking.series_id == row.series_id,
                Booking.starts_at >= max(now, row.starts_at),
                Booking.status.in_(allowed),
            )
        )
        for other in later:
            other.status = "cancelled"
            rows.append(other)
    uow.session.flush()
    promoted: list[BookingInfo] = []
    for cancelled in rows:
        promoted += promote_waitlist(
            uow, cancelled.resource_id, cancelled.starts_at, cancelled.ends_at
        )
    return promoted


def check_in(uow: UnitOfWork, booking_id: int, now: datetime | None = None) -> BookingInfo:
    """The booker has arrived: from 15 minutes before the start until the end."""
    now = now or utcnow()
    row = uow.session.get(Booking, booking_id)
    if row is None:
        raise NotFoundError(say("That booking no longer exists. Refresh the schedule."))
    if row.status == "requested":
        raise ValidationError(say("This booking has not been approved yet. Approve it first."))
    if row.status != "approved":
        raise ValidationError(
            say(
                "This booking is {status}; only an approved booking can be checked in.",
                status=_status_word(row.status),
            )
        )
    if now < row.starts_at - CHECK_IN_EARLY:
        raise ValidationError(
            say("It is too early to check in: check-in opens 15 minutes before the booking starts.")
        )
    if now >= row.ends_at:
        raise ValidationError(say("This booking has already ended. Make a new booking instead."))
    row.status = "checked_in"
    row.checked_in_at = now
    uow.session.flush()
    return get_booking(uow, booking_id)


def no_show_grace(uow: UnitOfWork) -> timedelta:
    minutes = get_setting(uow, NO_SHOW_GRACE_KEY, DEFAULT_NO_SHOW_GRACE_MINUTES)
    return timedelta(minutes=int(minutes))


def release_no_shows(uow: UnitOfWork, now: datetime | None = None) -> list[BookingInfo]:
    """Mark approved bookings nobody checked in to, `grace` minutes after their start, as
    no-shows, and give their slots to the waitlist. Checked-in bookings that have ended
    become completed. Returns the released bookings."""
    now = now or utcnow()
    grace = no_show_grace(uow)
    released_rows = list(
        uow.session.scalars(
            select(Booking).where(Booking.status == "approved", Booking.starts_at <= now - grace)
        )
    )
    for row in released_rows:
        row.status = "no_show"
    for row in uow.session.scalars(
        select(Booking).where(Booking.status == "checked_in", Booking.ends_at <= now)
    ):
        row.status = "completed"
    uow.session.flush()
    for row in released_rows:
        if row.ends_at > now:
            promote_waitlist(uow, row.resource_id, row.starts_at, row.ends_at)
    return [get_booking(uow, row.id) for row in released_rows]


def _promotion_problem(
    uow: UnitOfWork,
    cal: SchoolCalendar,
    resource: Resource,
    row: Booking,
    quotas: dict[int, _QuotaTracker],
) -> str | None:
    """Why a waitlisted booking may not take a freed slot: the rules a new booking meets
    (active patron, training certificate, weekly limits) are checked again, since the
    waitlist was joined without them counting minutes not yet held."""
    if row.patron_id is None:
        return None
    try:
        patron, type_code = _patron(uow, row.patron_id)
    except (NotFoundError, ValidationError) as exc:
        return say("Not given the slot: {reason}", reason=exc.message)
    gate_problem = _certificate_gate(uow, resource, patron)(to_local(cal, row.starts_at).date())
    if gate_problem:
        return say("Not given the slot: {reason}", reason=gate_problem)
    quota = quotas.get(row.patron_id)
    if quota is None:
        quota = _QuotaTracker(uow, cal, resource, patron, type_code, row.starts_at, row.ends_at)
        quotas[row.patron_id] = quota
    quota_problem = quota.problem(row.starts_at, row.ends_at)
    if quota_problem:
        return say("Not given the slot: {reason}", reason=quota_problem)
    return None


def promote_waitlist(
    uow: UnitOfWork,
    resource_id: int,
    starts_at: datetime,
    ends_at: datetime,
    cal: SchoolCalendar | None = None,
) -> list[BookingInfo]:
    """Give a freed stretch to waitlisted bookings that now fit, first come first served.

    A waitlisted booking that would break a weekly limit or lacks a valid training
    certificate stays on the waitlist (the waitlist says why) and the next one is tried.
    """
    waiting = list(
        uow.session.scalars(
            select(Booking)
            .where(
                Booking.resource_id == resource_id,
                Booking.status == "waitlisted",
                Booking.starts_at < ends_at,
                Booking.ends_at > starts_at,
            )
            .order_by(Booking.created_at, Booking.id)
        )
    )
    if not waiting:
        return []
    resource = uow.session.get(Resource, resource_id)
    assert resource is not None
    cal = cal or load_calendar(uow, resource.site_id, to_local_date(starts_at))
    low = min(b.starts_at for b in waiting)
    high = max(b.ends_at for b in waiting)
    index = SpanIndex(span for span, _ in _spans(uow, resource_id, low, high))
    quotas: dict[int, _QuotaTracker] = {}
    promoted: list[BookingInfo] = []
    for row in waiting:
        if not index.fits(row.starts_at, row.ends_at, row.seats, resource.capacity):
            continue
        if _promotion_problem(uow, cal, resource, row, quotas) is not None:
            continue
        row.status = "requested" if resource.needs_approval else "approved"
        index.add(Span(row.starts_at, row.ends_at, row.seats, row.id))
        if row.patron_id is not None:
            quotas[row.patron_id].add(row.starts_at, row.ends_at)
        uow.session.flush()
        promoted.append(get_booking(uow, row.id))
    return promoted


def series_rule_text(uow: UnitOfWork, series_id: int) -> str:
    row = uow.session.get(BookingSeries, series_id)
    if row is None:
        return ""
    return str(json.loads(row.rule_json).get("text", ""))
