"""Edit the loan-rule matrix (patron type x item type) and the school calendar."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, time, timedelta

from sqlalchemy import delete, select

from lms_desktop.circulation.models import ClosedDay, ItemType, LoanPolicy, PatronType, SchoolYear
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.school.models import DEFAULT_SITE_ID
from lms_desktop.texts import Text, say

# A break longer than this is a typo in a date, not a break.
MAX_BREAK_DAYS = 120


def _forget_cached_rules() -> None:
    """The engine caches rules and calendars; edits here must reach the next scan."""
    try:
        from lms_desktop.circulation.context import invalidate_cache
    except ImportError:  # an engine without a cache has nothing to forget
        return
    invalidate_cache()


@dataclass(frozen=True)
class LoanRuleCell:
    """One cell of the matrix as the settings page shows and edits it."""

    patron_type: str  # code
    item_type: str  # code
    loan_days: int | None
    due_time: time | None
    loan_periods: int | None
    max_items: int
    max_renewals: int
    holds_allowed: bool
    grace_days: int
    daily_fine_cents: int
    max_fine_cents: int
    block_fee_cents: int
    block_overdue_count: int

    def loan_period_text(self) -> str:
        if self.due_time is not None:
            return say("until {time}", time=f"{self.due_time:%H:%M}")
        if self.loan_periods:
            if self.loan_periods == 1:
                return say("1 period")
            return say("{count} periods", count=self.loan_periods)
        if self.loan_days is not None:
            if self.loan_days == 1:
                return say("1 day")
            return say("{count} days", count=self.loan_days)
        return "—"


_RULE_FIELDS = tuple(
    f.name for f in fields(LoanRuleCell) if f.name not in ("patron_type", "item_type")
)


@dataclass(frozen=True)
class LoanRuleMatrix:
    patron_types: tuple[tuple[str, str], ...]  # (code, name)
    item_types: tuple[tuple[str, str], ...]
    cells: dict[tuple[str, str], LoanRuleCell]  # (patron code, item code) -> cell

    def cell(self, patron_type: str, item_type: str) -> LoanRuleCell | None:
        return self.cells.get((patron_type, item_type))


def loan_rule_matrix(uow: UnitOfWork, site_id: int = DEFAULT_SITE_ID) -> LoanRuleMatrix:
    session = uow.session
    patron_types = tuple(
        (p.code, p.name) for p in session.scalars(select(PatronType).order_by(PatronType.id))
    )
    item_types = tuple(
        (i.code, i.name) for i in session.scalars(select(ItemType).order_by(ItemType.id))
    )
    rows = session.execute(
        select(LoanPolicy, PatronType.code, ItemType.code)
        .join(PatronType, PatronType.id == LoanPolicy.patron_type_id)
        .join(ItemType, ItemType.id == LoanPolicy.item_type_id)
        .where(LoanPolicy.site_id == site_id)
    ).all()
    cells = {
        (p_code, i_code): LoanRuleCell(
            patron_type=p_code,
            item_type=i_code,
            **{name: getattr(policy, name) for name in _RULE_FIELDS},
        )
        for policy, p_code, i_code in rows
    }
    return LoanRuleMatrix(patron_types, item_types, cells)


# how a message names each limit of a rule (its field name in words)
_LIMIT_WORDS: dict[str, Text] = {
    "max_items": say("max items"),
    "max_renewals": say("max renewals"),
    "grace_days": say("grace days"),
    "daily_fine_cents": say("daily fine"),
    "max_fine_cents": say("max fine"),
    "block_fee_cents": say("block fee"),
    "block_overdue_count": say("block overdue count"),
}


def _check(cell: LoanRuleCell) -> None:
    by_days = cell.loan_days is not None
    by_time = cell.due_time is not None
    by_periods = bool(cell.loan_periods)
    # days and a time together are an overnight or multi-day loan due at that time
    # (a hotspot: 1 day, due at 08:30 the next school morning)
    if by_periods == (by_days or by_time):
        raise ValidationError(
            say(
                "Choose one loan period: a number of days (and, if you like, the time it is "
                "due back on the last day, e.g. overnight: 1 day, due at 08:30), a time of "
                "day, or a number of class periods."
            )
        )
    if cell.loan_days is not None and not 0 <= cell.loan_days <= 365:
        raise ValidationError(say("The loan period is between 0 and 365 days."))
    if cell.loan_periods is not None and not 0 <= cell.loan_periods <= 12:
        raise ValidationError(say("A loan lasts between 1 and 12 class periods."))
    for name, top in (
        ("max_items", 500),
        ("max_renewals", 99),
        ("grace_days", 60),
        ("daily_fine_cents", 10_000),
        ("max_fine_cents", 1_000_000),
        ("block_fee_cents", 1_000_000),
        ("block_overdue_count", 500),
    ):
        value = getattr(cell, name)
        if not 0 <= value <= top:
            label = _LIMIT_WORDS[name]
            raise ValidationError(
                say("The {label} must be between 0 and {top}.", label=label, top=top)
            )


def save_loan_rule(uow: UnitOfWork, cell: LoanRuleCell, site_id: int = DEFAULT_SITE_ID) -> None:
    """Create or replace one cell of the matrix. Commits."""
    require_permission(uow, Permission.EDIT_SETTINGS)
    _check(cell)
    session = uow.session
    patron_type_id = session.scalar(
        select(PatronType.id).where(PatronType.code == cell.patron_type)
    )
    item_type_id = session.scalar(select(ItemType.id).where(ItemType.code == cell.item_type))
    if patron_type_id is None or item_type_id is None:
        raise NotFoundError(
            say(
                "There is no patron type {patron_type} or item type {item_type}; "
                "reopen Settings and try again.",
                patron_type=repr(cell.patron_type),
                item_type=repr(cell.item_type),
            )
        )
    policy = session.scalar(
        select(LoanPolicy).where(
            LoanPolicy.site_id == site_id,
            LoanPolicy.patron_type_id == patron_type_id,
            LoanPolicy.item_type_id == item_type_id,
        )
    )
    if policy is None:
        policy = LoanPolicy(
            site_id=site_id, patron_type_id=patron_type_id, item_type_id=item_type_id
        )
        session.add(policy)
    for name in _RULE_FIELDS:
        setattr(policy, name, getattr(cell, name))
    uow.commit()
    _forget_cached_rules()


@dataclass(frozen=True)
class SchoolYearView:
    name: str
    first_day: date
    last_day: date
    school_weekdays: str  # ISO weekday digits, "12345"
    end_of_day: time


@dataclass(frozen=True)
class ClosedDayView:
    day: date
    reason: str


@dataclass(frozen=True)
class CalendarView:
    year: SchoolYearView | None
    closed_days: tuple[ClosedDayView, ...]


def school_calendar(uow: UnitOfWork, site_id: int = DEFAULT_SITE_ID) -> CalendarView:
    """The current school year (the latest one) and every closed day, in date order."""
    session = uow.session
    year = session.scalar(
        select(SchoolYear)
        .where(SchoolYear.site_id == site_id)
        .order_by(SchoolYear.first_day.desc())
    )
    closed = session.scalars(
        select(ClosedDay).where(ClosedDay.site_id == site_id).order_by(ClosedDay.day)
    )
    return CalendarView(
        year=None
        if year is None
        else SchoolYearView(
            year.name, year.first_day, year.last_day, year.school_weekdays, year.end_of_day
        ),
        closed_days=tuple(ClosedDayView(c.day, c.reason) for c in closed),
    )


def save_school_year(uow: UnitOfWork, year: SchoolYearView, site_id: int = DEFAULT_SITE_ID) -> None:
    """Create or replace the school year with this name. Commits."""
    require_permission(uow, Permission.EDIT_SETTINGS)
    if not year.name.strip():
        raise ValidationError(say("Give the school year a name, for example 2026-27."))
    if year.last_day <= year.first_day:
        raise ValidationError(say("The last day of school must come after the first day."))
    if not year.school_weekdays or any(c not in "1234567" for c in year.school_weekdays):
        raise ValidationError(say("Tick at least one school day of the week."))
    session = uow.session
    row = session.scalar(
        select(SchoolYear).where(SchoolYear.site_id == site_id, SchoolYear.name == year.name)
    )
    if row is None:
        row = SchoolYear(site_id=site_id, name=year.name.strip())
        session.add(row)
    row.first_day = year.first_day
    row.last_day = year.last_day
    row.school_weekdays = "".join(sorted(set(year.school_weekdays)))
    row.end_of_day = year.end_of_day
    uow.commit()
    _forget_cached_rules()


def add_closed_days(
    uow: UnitOfWork, first: date, last: date, reason: str, site_id: int = DEFAULT_SITE_ID
) -> int:
    """Close the school from `first` to `last` (one day or a whole break). Days already
    closed keep their reason. Returns how many days were added. Commits."""
    require_permission(uow, Permission.EDIT_SETTINGS)
    if last < first:
        raise ValidationError(say("The break must end on or after the day it starts."))
    if (last - first).days >= MAX_BREAK_DAYS:
        raise ValidationError(
            say(
                "A break is at most {days} days; check the start and end dates.",
                days=MAX_BREAK_DAYS,
            )
        )
    session = uow.session
    existing = set(
        session.scalars(
            select(ClosedDay.day).where(
                ClosedDay.site_id == site_id, ClosedDay.day >= first, ClosedDay.day <= last
            )
        )
    )
    added = 0
    day = first
    while day <= last:
        if day not in existing:
            session.add(ClosedDay(site_id=site_id, day=day, reason=reason.strip()[:100]))
            added += 1
        day += timedelta(days=1)
    uow.commit()
    _forget_cached_rules()
    return added


def remove_closed_days(uow: UnitOfWork, days: list[date], site_id: int = DEFAULT_SITE_ID) -> int:
    """Open the school again on these days. Returns how many were removed. Commits."""
    require_permission(uow, Permission.EDIT_SETTINGS)
    if not days:
        return 0
    result = uow.session.execute(
        delete(ClosedDay).where(ClosedDay.site_id == site_id, ClosedDay.day.in_(days))
    )
    uow.commit()
    _forget_cached_rules()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
