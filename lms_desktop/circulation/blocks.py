"""Why a patron may not borrow: manual blocks, status, overdues and fees."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, bindparam, func, select

from lms_desktop.circulation.context import (
    _cached,
    _db_key,
    _store,
    connection,
    load_rule,
    patron_row,
)
from lms_desktop.circulation.due_dates import LoanRule
from lms_desktop.circulation.journal import ChangeLog, record_entry
from lms_desktop.circulation.models import Fee, FeePayment, ItemType, Loan, LoanPolicy, Patron
from lms_desktop.circulation.results import Block
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import NotFoundError
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.texts import say

_PAID = (
    select(func.coalesce(func.sum(FeePayment.amount_cents), 0))
    .where(FeePayment.fee_id == Fee.id)
    .scalar_subquery()
)
_FEE_BALANCE = select(func.coalesce(func.sum(Fee.amount_cents - _PAID), 0)).where(
    Fee.patron_id == bindparam("patron_id"), Fee.status == "open"
)


def fee_balance_cents(uow: UnitOfWork, patron_id: int) -> int:
    """What the patron owes on open fees, after payments and waivers."""
    owed = connection(uow).execute(_FEE_BALANCE, {"patron_id": patron_id}).scalar()
    return int(owed or 0)


# Filtered by due date in Python: a patron has a handful of open loans, and a "due_at <"
# condition in SQL tempts SQLite into walking every overdue loan of the district.
_OPEN_DUE_DATES = select(Loan.due_at).where(
    Loan.patron_id == bindparam("patron_id"), Loan.returned_at.is_(None)
)
_BLOCK_THRESHOLDS = (
    select(LoanPolicy.block_fee_cents, LoanPolicy.block_overdue_count, LoanPolicy.grace_days)
    .join(ItemType, ItemType.id == LoanPolicy.item_type_id)
    .where(
        LoanPolicy.site_id == bindparam("site_id"),
        LoanPolicy.patron_type_id == bindparam("patron_type_id"),
        LoanPolicy.max_items > 0,
    )
)


def overdue_due_dates(uow: UnitOfWork, patron_id: int, now: datetime) -> list[datetime]:
    """Due dates of the patron's open loans that are past due."""
    rows = connection(uow).execute(_OPEN_DUE_DATES, {"patron_id": patron_id})
    return [row[0] for row in rows if row[0] < now]


def _strictest_rule(uow: UnitOfWork, patron_type_id: int, site_id: int) -> LoanRule:
    key = ("strictest", _db_key(uow), site_id, patron_type_id)
    found = _cached(key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    rows = (
        connection(uow)
        .execute(_BLOCK_THRESHOLDS, {"site_id": site_id, "patron_type_id": patron_type_id})
        .all()
    )
    fees = [r[0] for r in rows if r[0] > 0]
    counts = [r[1] for r in rows if r[1] > 0]
    rule = LoanRule(
        block_fee_cents=min(fees) if fees else 0,
        block_overdue_count=min(counts) if counts else 0,
        grace_days=min((r[2] for r in rows), default=0),
    )
    return _store(key, rule)  # type: ignore[no-any-return]


def judge_blocks(
    *,
    name: str,
    status: str,
    block_reason: str,
    rule: LoanRule,
    overdue_due_at: list[datetime],
    balance_cents: int,
    now: datetime,
) -> list[Block]:
    """The blocks as a pure function of what is known about the patron."""
    blocks: list[Block] = []
    if status != "active":
        blocks.append(
            Block(
                "inactive",
                say(
                    "{name} is marked “{status}”. Check the roster before lending.",
                    name=name,
                    status=status,
                ),
                can_override=status != "deleted",
            )
        )
    if block_reason.strip():
        blocks.append(
            Block(
                "manual",
                say("{name} is blocked: {reason}", name=name, reason=block_reason.strip()),
            )
        )
    if rule.block_overdue_count > 0:
        grace = timedelta(days=rule.grace_days)
        late = sum(1 for due in overdue_due_at if due + grace < now)
        if late >= rule.block_overdue_count:
            blocks.append(
                Block(
                    "overdues",
                    say(
                        "{name} has {late} overdue items (the limit is {limit}). "
                        "Ask for them back first.",
                        name=name,
                        late=late,
                        limit=rule.block_overdue_count - 1,
                    ),
                )
            )
    if rule.block_fee_cents > 0 and balance_cents >= rule.block_fee_cents:
        blocks.append(
            Block(
                "fees",
                say(
                    "{name} owes ${owed:.2f} (blocking from ${limit:.2f}). "
                    "Settle or waive fees first.",
                    name=name,
                    owed=balance_cents / 100,
                    limit=rule.block_fee_cents / 100,
                ),
            )
        )
    return blocks


def blocks_for_patron(
    uow: UnitOfWork,
    patron_id: int,
    *,
    item_type_code: str | None = None,
    now: datetime | None = None,
) -> list[Block]:
    """Every reason the patron is blocked now, judged by the loan rule for the given item
    type (the strictest rule over all item types when None). Empty: free to borrow."""
    now = now or utcnow()
    row = patron_row(uow, patron_id)
    return blocks_for_patron_row(uow, row, item_type_code=item_type_code, now=now)


def blocks_for_patron_row(
    uow: UnitOfWork,
    row: Row[Any],
    *,
    item_type_code: str | None = None,
    now: datetime,
    open_due_dates: list[datetime] | None = None,
) -> list[Block]:
    """`blocks_for_patron` for a patron row already read (`context.PATRON_COLUMNS`),
    optionally with the due dates of their open loans already read too."""
    patron_type_id, site_id = row.patron_type_id, row.site_id
    if open_due_dates is None:
        overdue = overdue_due_dates(uow, row.id, now)
    else:
        overdue = [due for due in open_due_dates if due < now]
    if item_type_code is None:
        rule = _strictest_rule(uow, patron_type_id, site_id)
    else:
        item_type_id = uow.session.scalar(
            select(ItemType.id).where(ItemType.code == item_type_code)
        )
        if item_type_id is None:
            raise NotFoundError(say("There is no item type “{code}”.", code=item_type_code))
        rule = load_rule(uow, patron_type_id, item_type_id, site_id)
    return judge_blocks(
        name=f"{row.first_name} {row.last_name}",
        status=row.status,
        block_reason=row.block_reason,
        rule=rule,
        overdue_due_at=overdue,
        balance_cents=fee_balance_cents(uow, row.id),
        now=now,
    )


def open_due_dates(uow: UnitOfWork, patron_id: int) -> list[datetime]:
    """Due dates of all the patron's open loans."""
    return [r[0] for r in connection(uow).execute(_OPEN_DUE_DATES, {"patron_id": patron_id})]


def set_manual_block(uow: UnitOfWork, patron_id: int, reason: str) -> None:
    """Block (non-empty reason) or unblock (empty) a patron by hand. Librarian only.
    Journaled. Commits."""
    require_permission(uow, Permission.EDIT_PATRONS)
    patron = uow.session.get(Patron, patron_id)
    if patron is None:
        raise NotFoundError(say("That patron is no longer in the database."))
    changes = ChangeLog()
    changes.update(patron, block_reason=reason.strip())
    name = f"{patron.first_name} {patron.last_name}"
    summary = (
        say("Blocked {name}: {reason}", name=name, reason=reason.strip())
        if reason.strip()
        else say("Unblocked {name}", name=name)
    )
    record_entry(
        uow,
        "block" if reason.strip() else "unblock",
        summary,
        changes=changes,
        patron_id=patron_id,
        site_id=patron.site_id,
    )
    uow.commit()
