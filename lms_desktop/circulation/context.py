"""Shared look-ups of the circulation services: rules, calendar, and row-to-result views."""

from __future__ import annotations

import time as _time
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, Row, bindparam, func, select

from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.due_dates import LoanRule, PeriodEndLookup, SchoolCalendar
from lms_desktop.circulation.models import (
    ClosedDay,
    Hold,
    Item,
    ItemType,
    Loan,
    LoanPolicy,
    Patron,
    PatronType,
    SchoolYear,
)
from lms_desktop.circulation.results import HoldView, ItemSummary, LoanView, PatronSummary
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import NotFoundError
from lms_desktop.school.models import DEFAULT_SITE_ID, Site
from lms_desktop.texts import say

# Rules and the calendar change rarely and are read on every scan: keep them this long.
CACHE_SECONDS = 30.0
_cache: dict[tuple[Any, ...], tuple[float, Any]] = {}


def invalidate_cache() -> None:
    """Forget cached loan rules and calendars (call after editing them in Settings)."""
    _cache.clear()


def _cached(key: tuple[Any, ...]) -> Any:
    hit = _cache.get(key)
    if hit is not None and _time.monotonic() - hit[0] < CACHE_SECONDS:
        return hit[1]
    return None


def _store(key: tuple[Any, ...], value: Any) -> Any:
    _cache[key] = (_time.monotonic(), value)
    return value


def _db_key(uow: UnitOfWork) -> tuple[int, str | None]:
    # the engine's identity and file/database name: cheap (no URL rendering), and distinct
    # for two databases open in one process (tests, the district benchmark)
    bind = uow.session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    return id(engine), engine.url.database


def load_school_calendar(
    uow: UnitOfWork, site_id: int = DEFAULT_SITE_ID, now: datetime | None = None
) -> SchoolCalendar:
    """The calendar the due dates use: time zone, school weekdays, closed days."""
    key = ("calendar", _db_key(uow), site_id)
    found = _cached(key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    session = uow.session
    zone = session.scalar(select(Site.timezone).where(Site.id == site_id)) or "America/New_York"
    years = session.scalars(
        select(SchoolYear).where(SchoolYear.site_id == site_id).order_by(SchoolYear.first_day)
    ).all()
    today = (now or datetime.now().astimezone()).date()
    year = next((y for y in years if y.first_day <= today <= y.last_day), None)
    if year is None:
        upcoming = [y for y in years if y.first_day > today]
        year = upcoming[0] if upcoming else None
    closed = frozenset(session.scalars(select(ClosedDay.day).where(ClosedDay.site_id == site_id)))
    calendar = SchoolCalendar(
        timezone=zone,
        school_weekdays=frozenset(int(c) for c in year.school_weekdays if c.isdigit())
        if year is not None
        else frozenset({1, 2, 3, 4, 5}),
        closed_days=closed,
        end_of_day=year.end_of_day if year is not None else SchoolCalendar.end_of_day,
        last_day=year.last_day if year is not None else None,
    )
    return _store(key, calendar)  # type: ignore[no-any-return]


def period_end_lookup(uow: UnitOfWork, site_id: int = DEFAULT_SITE_ID) -> PeriodEndLookup | None:
    """The bell schedule's "end of the n-th period" for by-period loans, if one is set up."""
    try:
        from lms_desktop.makerspace import schedule
    except ImportError:  # pragma: no cover - the makerspace area always ships
        return None
    calendar = schedule.load_calendar(uow, site_id)
    if not calendar.periods:
        return None

    def lookup(local: datetime, count: int) -> datetime | None:
        return schedule.end_of_periods(calendar, local, count)

    return lookup


def load_rule(
    uow: UnitOfWork, patron_type_id: int, item_type_id: int, site_id: int = DEFAULT_SITE_ID
) -> LoanRule:
    """The loan rule for patron type x item type; a cautious default when none is set."""
    key = ("rule", _db_key(uow), site_id, patron_type_id, item_type_id)
    found = _cached(key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    policy = uow.session.scalar(
        select(LoanPolicy).where(
            LoanPolicy.site_id == site_id,
            LoanPolicy.patron_type_id == patron_type_id,
            LoanPolicy.item_type_id == item_type_id,
        )
    )
    if policy is None:
        rule = LoanRule(loan_days=14, max_items=0, max_renewals=0, holds_allowed=False)
    else:
        rule = LoanRule(
            loan_days=policy.loan_days,
            due_time=policy.due_time,
            loan_periods=policy.loan_periods,
            max_items=policy.max_items,
            max_renewals=policy.max_renewals,
            holds_allowed=policy.holds_allowed,
            grace_days=policy.grace_days,
            daily_fine_cents=policy.daily_fine_cents,
            max_fine_cents=policy.max_fine_cents,
            block_fee_cents=policy.block_fee_cents,
            block_overdue_count=policy.block_overdue_count,
        )
    return _store(key, rule)  # type: ignore[no-any-return]


# --- rows to results ---------------------------------------------------------------------

PATRON_COLUMNS = (
    Patron.id,
    Patron.barcode,
    Patron.first_name,
    Patron.last_name,
    PatronType.code,
    Patron.grade,
    Patron.homeroom,
    Patron.homeroom_teacher,
    Patron.status,
    Patron.sis_id,
    Patron.patron_type_id,
    Patron.block_reason,
    Patron.site_id,
)

ITEM_COLUMNS = (
    Item.id,
    Item.barcode,
    ItemType.code,
    ItemType.kind,
    Item.status,
    func.coalesce(BibRecord.title, ""),
    func.coalesce(BibRecord.author, ""),
    Item.call_number,
    Item.bib_record_id,
    Item.item_type_id,
    ItemType.circulates,
    ItemType.replacement_cost_cents,
    Item.price_cents,
    Item.site_id,
)


def patron_query() -> Any:
    return select(*PATRON_COLUMNS).join(PatronType, PatronType.id == Patron.patron_type_id)


def item_query() -> Any:
    return (
        select(*ITEM_COLUMNS)
        .join(ItemType, ItemType.id == Item.item_type_id)
        .outerjoin(BibRecord, BibRecord.id == Item.bib_record_id)
    )


def patron_summary(row: Sequence[Any]) -> PatronSummary:
    return PatronSummary(
        id=row[0],
        barcode=row[1],
        first_name=row[2],
        last_name=row[3],
        patron_type=row[4],
        grade=row[5],
        homeroom=row[6],
        homeroom_teacher=row[7],
        status=row[8],
        sis_id=row[9],
    )


def item_summary(row: Sequence[Any], status: str | None = None) -> ItemSummary:
    return ItemSummary(
        id=row[0],
        barcode=row[1],
        item_type=row[2],
        item_kind=row[3],
        status=status or row[4],
        title=row[5] or "",
        author=row[6] or "",
        call_number=row[7],
        bib_record_id=row[8],
    )


# Built once: the desk runs these on every scan, and building a statement costs more
# than running it.
PATRON_BY_ID = patron_query().where(Patron.id == bindparam("patron_id"))
PATRON_BY_BARCODE = patron_query().where(Patron.barcode == bindparam("barcode"))
ITEM_BY_BARCODE = item_query().where(Item.barcode == bindparam("barcode"))
ITEM_BY_ID = item_query().where(Item.id == bindparam("item_id"))


def connection(uow: UnitOfWork) -> Connection:
    """The unit of work's connection for prebuilt Core statements, after flushing any
    pending ORM changes so the statements see them."""
    session = uow.session
    if session.new or session.dirty or session.deleted:
        session.flush()
    return session.connection()


def patron_row(uow: UnitOfWork, patron_id: int) -> Row[Any]:
    row = connection(uow).execute(PATRON_BY_ID, {"patron_id": patron_id}).first()
    if row is None:
        raise NotFoundError(say("That patron is no longer in the database. Scan their card again."))
    return row


def patron_row_by_barcode(uow: UnitOfWork, barcode: str) -> Row[Any] | None:
    return connection(uow).execute(PATRON_BY_BARCODE, {"barcode": barcode}).first()


def item_row_by_barcode(uow: UnitOfWork, barcode: str) -> Row[Any] | None:
    return connection(uow).execute(ITEM_BY_BARCODE, {"barcode": barcode}).first()


def item_row_by_id(uow: UnitOfWork, item_id: int) -> Row[Any] | None:
    return connection(uow).execute(ITEM_BY_ID, {"item_id": item_id}).first()


def item_row_required(uow: UnitOfWork, barcode: str) -> Row[Any]:
    row = item_row_by_barcode(uow, barcode)
    if row is None:
        raise NotFoundError(
            say(
                "No item has the barcode {barcode}. Check the label, or add the copy in Catalog.",
                barcode=barcode,
            )
        )
    return row


def item_label(item: ItemSummary) -> str:
    """How messages name an item: its title, or its barcode when it has none."""
    if item.title:
        title = item.title if len(item.title) <= 60 else item.title[:57] + "…"
        return say("“{title}” ({barcode})", title=title, barcode=item.barcode)
    return f"{item.item_type} {item.barcode}"


def loan_view(loan: Loan, item: ItemSummary, max_renewals: int, now: datetime) -> LoanView:
    return LoanView(
        id=loan.id,
        item=item,
        patron_id=loan.patron_id,
        checked_out_at=loan.checked_out_at,
        due_at=loan.due_at,
        returned_at=loan.returned_at,
        renewals=loan.renewals,
        max_renewals=max_renewals,
        overdue=loan.returned_at is None and now > loan.due_at,
        outcome=loan.outcome,
    )


def hold_queue_position(uow: UnitOfWork, hold: Hold) -> int:
    if hold.status != "waiting":
        return 0
    same_target = (
        Hold.bib_record_id == hold.bib_record_id
        if hold.bib_record_id is not None
        else Hold.item_id == hold.item_id
    )
    ahead = uow.session.scalar(
        select(func.count())
        .select_from(Hold)
        .where(
            same_target,
            Hold.status == "waiting",
            (Hold.placed_at < hold.placed_at)
            | ((Hold.placed_at == hold.placed_at) & (Hold.id < hold.id)),
        )
    )
    return int(ahead or 0) + 1


def hold_view(uow: UnitOfWork, hold: Hold) -> HoldView:
    patron = uow.session.get(Patron, hold.patron_id)
    title = ""
    if hold.bib_record_id is not None:
        title = (
            uow.session.scalar(select(BibRecord.title).where(BibRecord.id == hold.bib_record_id))
            or ""
        )
    trapped_barcode = None
    if hold.trapped_item_id is not None:
        trapped_barcode = uow.session.scalar(
            select(Item.barcode).where(Item.id == hold.trapped_item_id)
        )
    if not title and hold.item_id is not None:
        title = uow.session.scalar(select(Item.barcode).where(Item.id == hold.item_id)) or ""
    return HoldView(
        id=hold.id,
        patron_id=hold.patron_id,
        patron_name=f"{patron.first_name} {patron.last_name}" if patron else "",
        bib_record_id=hold.bib_record_id,
        item_id=hold.item_id,
        title=title,
        status=hold.status,
        placed_at=hold.placed_at,
        queue_position=hold_queue_position(uow, hold),
        trapped_item_barcode=trapped_barcode,
        expires_on=hold.expires_on,
    )
