"""Fees for lost and damaged items, overdue fines, payments and waivers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from lms_desktop.circulation.journal import ChangeLog, record_entry
from lms_desktop.circulation.models import Fee, FeePayment, Item, Patron
from lms_desktop.circulation.results import FeeView
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import ConflictError, NotFoundError, ValidationError
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.texts import say

FEE_KINDS = ("overdue", "lost", "damaged", "component", "other")


def fee_view(uow: UnitOfWork, fee: Fee) -> FeeView:
    paid = sum(p.amount_cents for p in fee.payments if p.kind == "payment")
    waived = sum(p.amount_cents for p in fee.payments if p.kind == "waiver")
    barcode = None
    if fee.item_id is not None:
        barcode = uow.session.scalar(select(Item.barcode).where(Item.id == fee.item_id))
    return FeeView(
        id=fee.id,
        patron_id=fee.patron_id,
        item_barcode=barcode,
        kind=fee.kind,
        amount_cents=fee.amount_cents,
        paid_cents=paid,
        waived_cents=waived,
        status=fee.status,
        description=fee.description,
        created_at=fee.created_at,
    )


def fees_for_patron(uow: UnitOfWork, patron_id: int, *, open_only: bool = True) -> list[FeeView]:
    """The patron's fees, newest first."""
    query = select(Fee).where(Fee.patron_id == patron_id)
    if open_only:
        query = query.where(Fee.status == "open")
    fees = uow.session.scalars(query.order_by(Fee.created_at.desc(), Fee.id.desc())).all()
    return [fee_view(uow, fee) for fee in fees]


def add_fee(
    uow: UnitOfWork,
    changes: ChangeLog,
    *,
    patron_id: int | None,
    kind: str,
    amount_cents: int,
    item_id: int | None = None,
    loan_id: int | None = None,
    description: str = "",
    now: datetime,
    site_id: int,
) -> Fee:
    """Add a fee row inside a bigger action (no journal entry, no commit)."""
    fee = Fee(
        site_id=site_id,
        patron_id=patron_id,
        item_id=item_id,
        loan_id=loan_id,
        kind=kind,
        amount_cents=amount_cents,
        description=description[:300],
        status="open",
        created_at=now,
        created_by=uow.staff_name or "",
    )
    uow.session.add(fee)
    uow.session.flush()
    changes.insert(fee)
    return fee


def charge_fee(
    uow: UnitOfWork,
    patron_id: int,
    kind: str,
    amount_cents: int,
    *,
    item_barcode: str | None = None,
    description: str = "",
    now: datetime | None = None,
) -> FeeView:
    """Charge a fee (kind: lost | damaged | component | overdue | other) by hand.
    Librarian only. Journaled. Commits."""
    require_permission(uow, Permission.CHARGE_FEES)
    now = now or utcnow()
    if kind not in FEE_KINDS:
        raise ValidationError(
            say(
                "“{kind}” is not a kind of fee. Use one of: {kinds}.",
                kind=kind,
                kinds=", ".join(FEE_KINDS),
            )
        )
    if amount_cents <= 0:
        raise ValidationError(say("A fee must be more than $0.00. Enter the amount again."))
    patron = uow.session.get(Patron, patron_id)
    if patron is None:
        raise NotFoundError(say("That patron is no longer in the database."))
    item_id = None
    if item_barcode:
        item_id = uow.session.scalar(select(Item.id).where(Item.barcode == item_barcode))
        if item_id is None:
            raise NotFoundError(
                say("No item has the barcode {barcode}. Check the label.", barcode=item_barcode)
            )
    changes = ChangeLog()
    fee = add_fee(
        uow,
        changes,
        patron_id=patron_id,
        kind=kind,
        amount_cents=amount_cents,
        item_id=item_id,
        description=description,
        now=now,
        site_id=patron.site_id,
    )
    record_entry(
        uow,
        "fee",
        say(
            "Charged {name} ${amount:.2f} ({kind})",
            name=f"{patron.first_name} {patron.last_name}",
            amount=amount_cents / 100,
            kind=kind,
        ),
        changes=changes,
        patron_id=patron_id,
        item_id=item_id,
        at=now,
        site_id=patron.site_id,
    )
    view = fee_view(uow, fee)
    uow.commit()
    return view


def _open_fee(uow: UnitOfWork, fee_id: int) -> Fee:
    fee = uow.session.get(Fee, fee_id)
    if fee is None:
        raise NotFoundError(say("That fee is no longer in the database. Refresh the patron."))
    if fee.status != "open":
        raise ConflictError(
            say("That fee is already {status}; nothing is owed on it.", status=fee.status)
        )
    return fee


def _settle(
    uow: UnitOfWork, fee_id: int, kind: str, amount_cents: int | None, note: str, now: datetime
) -> FeeView:
    fee = _open_fee(uow, fee_id)
    balance = fee_view(uow, fee).balance_cents
    amount = balance if amount_cents is None else amount_cents
    if amount <= 0:
        raise ValidationError(say("Enter an amount of more than $0.00."))
    if amount > balance:
        raise ValidationError(
            say(
                "Only ${owed:.2f} is owed on this fee. Enter at most that amount.",
                owed=balance / 100,
            )
        )
    changes = ChangeLog()
    payment = FeePayment(
        fee_id=fee.id,
        kind=kind,
        amount_cents=amount,
        at=now,
        by=uow.staff_name or "",
        note=note[:300],
    )
    uow.session.add(payment)
    uow.session.flush()
    changes.insert(payment)
    if amount == balance:
        changes.update(fee, status="paid" if kind == "payment" else "waived")
    summary = (
        say(
            "Payment of ${amount:.2f} on {kind} fee #{number}",
            amount=amount / 100,
            kind=fee.kind,
            number=fee.id,
        )
        if kind == "payment"
        else say(
            "Waived ${amount:.2f} on {kind} fee #{number}",
            amount=amount / 100,
            kind=fee.kind,
            number=fee.id,
        )
    )
    record_entry(
        uow,
        kind,
        say("{what} ({note})", what=summary, note=note) if note else summary,
        changes=changes,
        patron_id=fee.patron_id,
        item_id=fee.item_id,
        at=now,
        site_id=fee.site_id,
    )
    uow.session.refresh(fee)
    view = fee_view(uow, fee)
    uow.commit()
    return view


def pay_fee(
    uow: UnitOfWork, fee_id: int, amount_cents: int, *, note: str = "", now: datetime | None = None
) -> FeeView:
    """Record a payment; a fee paid in full becomes `paid`. Refuses overpaying. Commits."""
    require_permission(uow, Permission.TAKE_PAYMENT)
    return _settle(uow, fee_id, "payment", amount_cents, note, now or utcnow())


def waive_fee(
    uow: UnitOfWork,
    fee_id: int,
    *,
    amount_cents: int | None = None,
    note: str = "",
    now: datetime | None = None,
) -> FeeView:
    """Waive the rest of a fee (or part of it). Journaled with who and why. Commits."""
    require_permission(uow, Permission.WAIVE_FEES)
    return _settle(uow, fee_id, "waiver", amount_cents, note, now or utcnow())
