"""Holds: place on a title, queue, trap on check-in, slips and expiry."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, or_, select

from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.context import (
    hold_view,
    item_row_required,
    load_rule,
    load_school_calendar,
)
from lms_desktop.circulation.due_dates import SchoolCalendar, next_open_day
from lms_desktop.circulation.journal import ChangeLog, record_entry
from lms_desktop.circulation.models import Hold, Item, Loan, Patron
from lms_desktop.circulation.results import HoldSlip, HoldView
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import ConflictError, NotFoundError, ValidationError
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.school.settings import get_setting
from lms_desktop.texts import say

# How many school days a trapped item waits on the hold shelf (setting overrides it).
HOLD_SHELF_DAYS_SETTING = "circulation.hold_shelf_days"
DEFAULT_HOLD_SHELF_DAYS = 7
OPEN_HOLD_STATUSES = ("waiting", "ready")


def shelf_expiry(trapped_on: date, shelf_days: int, calendar: SchoolCalendar) -> date:
    """The last day a trapped item waits: `shelf_days` school days after trapping."""
    day = trapped_on
    for _ in range(max(shelf_days, 1)):
        day = next_open_day(day + timedelta(days=1), calendar)
    return day


def next_hold_for_item(uow: UnitOfWork, item_id: int, bib_record_id: int | None) -> Hold | None:
    """The oldest waiting hold this copy can fill (a hold on it, or on its title)."""
    target = Hold.item_id == item_id
    if bib_record_id is not None:
        target = or_(target, (Hold.bib_record_id == bib_record_id) & Hold.item_id.is_(None))
    return uow.session.scalar(
        select(Hold)
        .where(target, Hold.status == "waiting")
        .order_by(Hold.placed_at, Hold.id)
        .limit(1)
    )


_NEXT_HOLD_FOR_ITEM = (
    select(Hold.id)
    .where(
        Hold.status == "waiting",
        (Hold.item_id == bindparam("item_id"))
        | ((Hold.bib_record_id == bindparam("bib_record_id")) & Hold.item_id.is_(None)),
    )
    .order_by(Hold.placed_at, Hold.id)
    .limit(1)
)


def next_hold_id_for_item(uow: UnitOfWork, item_id: int, bib_record_id: int | None) -> int | None:
    """The id of the hold `next_hold_for_item` would fill (prebuilt, for every check-in)."""
    return (
        uow.session.connection()
        .execute(_NEXT_HOLD_FOR_ITEM, {"item_id": item_id, "bib_record_id": bib_record_id})
        .scalar()
    )


def trap_item(
    uow: UnitOfWork,
    changes: ChangeLog,
    item: Item,
    now: datetime,
) -> Hold | None:
    """Put the item on the hold shelf for the next waiting hold, if any (no commit)."""
    hold = next_hold_for_item(uow, item.id, item.bib_record_id)
    if hold is None:
        return None
    calendar = load_school_calendar(uow, item.site_id)
    shelf_days = int(get_setting(uow, HOLD_SHELF_DAYS_SETTING, DEFAULT_HOLD_SHELF_DAYS))
    changes.update(
        hold,
        status="ready",
        trapped_item_id=item.id,
        trapped_at=now,
        expires_on=shelf_expiry(calendar.local(now).date(), shelf_days, calendar),
    )
    changes.update(item, status="on_hold_shelf")
    return hold


def release_item(uow: UnitOfWork, changes: ChangeLog, item: Item, now: datetime) -> Hold | None:
    """A trapped item whose hold ended: trap it for the next in line or shelve it."""
    hold = trap_item(uow, changes, item, now)
    if hold is None:
        changes.update(item, status="available")
    return hold


def hold_slip(uow: UnitOfWork, hold: Hold) -> HoldSlip:
    patron = uow.session.get(Patron, hold.patron_id)
    item = uow.session.get(Item, hold.trapped_item_id) if hold.trapped_item_id else None
    title: str | None = ""
    if item is not None and item.bib_record_id is not None:
        title = uow.session.scalar(
            select(BibRecord.title).where(BibRecord.id == item.bib_record_id)
        )
    assert patron is not None
    return HoldSlip(
        hold_id=hold.id,
        patron_name=f"{patron.first_name} {patron.last_name}",
        patron_barcode=patron.barcode,
        homeroom=patron.homeroom,
        homeroom_teacher=patron.homeroom_teacher,
        title=title or (item.barcode if item else ""),
        item_barcode=item.barcode if item else "",
        call_number=item.call_number if item else "",
        trapped_at=hold.trapped_at or utcnow(),
        expires_on=hold.expires_on,
    )


def place_hold(
    uow: UnitOfWork,
    patron_id: int,
    *,
    bib_record_id: int | None = None,
    item_barcode: str | None = None,
    now: datetime | None = None,
) -> HoldView:
    """Put the patron in the queue for a title (or, for devices, one item). Refuses a
    second hold on the same title, a title the patron already has out, and item types
    whose loan rule allows no holds. Commits."""
    require_permission(uow, Permission.PLACE_HOLD, patron_id=patron_id)
    now = now or utcnow()
    session = uow.session
    patron = session.get(Patron, patron_id)
    if patron is None:
        raise NotFoundError(say("That patron is no longer in the database. Scan their card again."))
    name = f"{patron.first_name} {patron.last_name}"
    if patron.status != "active":
        raise ConflictError(
            say(
                "{name} is marked “{status}” and cannot place holds.",
                name=name,
                status=patron.status,
            )
        )
    item_id: int | None = None
    if item_barcode:
        row = item_row_required(uow, item_barcode)
        if row.kind == "book" and row.bib_record_id is not None:
            bib_record_id = row.bib_record_id
        else:
            item_id = row.id
    if bib_record_id is None and item_id is None:
        raise ValidationError(say("Choose a title or scan an item to place the hold on."))
    if bib_record_id is not None:
        title = session.scalar(select(BibRecord.title).where(BibRecord.id == bib_record_id))
        if title is None:
            raise NotFoundError(say("That title is no longer in the catalog."))
        copies = session.execute(
            select(Item.id, Item.item_type_id).where(
                Item.bib_record_id == bib_record_id,
                Item.status.not_in(("withdrawn", "retired", "lost", "missing")),
            )
        ).all()
        label = f"“{title}”"
    else:
        copies = session.execute(select(Item.id, Item.item_type_id).where(Item.id == item_id)).all()
        label = item_barcode or ""
    if not copies:
        raise ConflictError(
            say(
                "The library has no copy of {title} that can be lent. Order one or choose "
                "another title.",
                title=label,
            )
        )
    if not any(
        load_rule(uow, patron.patron_type_id, c[1], patron.site_id).holds_allowed for c in copies
    ):
        raise ConflictError(
            say(
                "Holds are not allowed on {title} for {name}'s patron type.",
                title=label,
                name=name,
            )
        )
    same_target = (
        (Hold.bib_record_id == bib_record_id)
        if bib_record_id is not None
        else (Hold.item_id == item_id)
    )
    duplicate = session.scalar(
        select(Hold.id).where(
            Hold.patron_id == patron_id, same_target, Hold.status.in_(OPEN_HOLD_STATUSES)
        )
    )
    if duplicate is not None:
        raise ConflictError(say("{name} already has a hold on {title}.", name=name, title=label))
    has_it = session.scalar(
        select(Loan.id)
        .where(
            Loan.patron_id == patron_id,
            Loan.returned_at.is_(None),
            Loan.item_id.in_([c[0] for c in copies]),
        )
        .limit(1)
    )
    if has_it is not None:
        raise ConflictError(say("{name} already has {title} checked out.", name=name, title=label))
    changes = ChangeLog()
    hold = Hold(
        site_id=patron.site_id,
        patron_id=patron_id,
        bib_record_id=bib_record_id,
        item_id=item_id,
        status="waiting",
        placed_at=now,
    )
    session.add(hold)
    session.flush()
    changes.insert(hold)
    view = hold_view(uow, hold)
    record_entry(
        uow,
        "hold",
        say(
            "Placed a hold on {title} for {name} (number {position} in line)",
            title=label,
            name=name,
            position=view.queue_position,
        ),
        changes=changes,
        patron_id=patron_id,
        item_id=item_id,
        at=now,
        site_id=patron.site_id,
    )
    uow.commit()
    return view


def _close_hold(uow: UnitOfWork, hold: Hold, status: str, now: datetime) -> ChangeLog:
    changes = ChangeLog()
    trapped_id = hold.trapped_item_id if hold.status == "ready" else None
    changes.update(hold, status=status, closed_at=now)
    if trapped_id is not None:
        item = uow.session.get(Item, trapped_id)
        if item is not None and item.status == "on_hold_shelf":
            uow.session.flush()
            release_item(uow, changes, item, now)
    return changes


def cancel_hold(uow: UnitOfWork, hold_id: int, *, now: datetime | None = None) -> HoldView:
    """Cancel a waiting or ready hold; a trapped item goes to the next in line or back on
    the shelf. Commits."""
    now = now or utcnow()
    hold = uow.session.get(Hold, hold_id)
    if hold is None:
        raise NotFoundError(say("That hold is no longer in the database. Refresh the list."))
    if hold.status not in OPEN_HOLD_STATUSES:
        raise ConflictError(say("That hold is already {status}.", status=hold.status))
    changes = _close_hold(uow, hold, "cancelled", now)
    view = hold_view(uow, hold)
    record_entry(
        uow,
        "hold_cancel",
        say(
            "Cancelled {name}'s hold on {title}",
            name=view.patron_name,
            title=view.title,
        ),
        changes=changes,
        patron_id=hold.patron_id,
        item_id=hold.item_id,
        at=now,
        site_id=hold.site_id,
    )
    uow.commit()
    return view


def holds_for_patron(uow: UnitOfWork, patron_id: int) -> list[HoldView]:
    """The patron's waiting and ready holds, oldest first."""
    holds = uow.session.scalars(
        select(Hold)
        .where(Hold.patron_id == patron_id, Hold.status.in_(OPEN_HOLD_STATUSES))
        .order_by(Hold.placed_at, Hold.id)
    ).all()
    return [hold_view(uow, h) for h in holds]


def holds_for_title(uow: UnitOfWork, bib_record_id: int) -> list[HoldView]:
    """The queue for a title: waiting and ready holds in order."""
    holds = uow.session.scalars(
        select(Hold)
        .where(Hold.bib_record_id == bib_record_id, Hold.status.in_(OPEN_HOLD_STATUSES))
        .order_by(Hold.status.desc(), Hold.placed_at, Hold.id)
    ).all()
    return [hold_view(uow, h) for h in holds]


def hold_shelf(uow: UnitOfWork) -> list[HoldSlip]:
    """Everything on the hold shelf now (ready holds), for the librarian's list."""
    holds = uow.session.scalars(
        select(Hold).where(Hold.status == "ready").order_by(Hold.expires_on, Hold.id)
    ).all()
    return [hold_slip(uow, h) for h in holds]


def expire_holds(uow: UnitOfWork, today: date | None = None) -> list[HoldView]:
    """Expire ready holds whose shelf time ran out; their items go to the next in line or
    back on the shelf. Returns the expired holds. Commits."""
    now = utcnow()
    if today is None:
        today = load_school_calendar(uow).local(now).date()
    expired = uow.session.scalars(
        select(Hold)
        .where(Hold.status == "ready", Hold.expires_on < today)
        .order_by(Hold.expires_on, Hold.id)
    ).all()
    views = []
    for hold in expired:
        changes = _close_hold(uow, hold, "expired", now)
        view = hold_view(uow, hold)
        record_entry(
            uow,
            "hold_expire",
            f"{view.patron_name}'s hold on {view.title} expired",
            changes=changes,
            patron_id=hold.patron_id,
            item_id=hold.trapped_item_id,
            at=now,
            site_id=hold.site_id,
        )
        views.append(view)
    uow.commit()
    return views
