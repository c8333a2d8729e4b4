"""Device loans around the one circulation engine: kits, condition, agreements, carts.

The engine (lms_desktop.circulation.loans) decides whether a loan may happen and when it
is due; this module only adds what devices need before and after.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from lms_desktop.circulation.journal import ChangeLog
from lms_desktop.circulation.loans import checkin_item, checkout_item
from lms_desktop.circulation.models import Item, Loan, Patron
from lms_desktop.circulation.results import CirculationResult, ScanOutcome
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import Database, UnitOfWork
from lms_desktop.devices.agreements import agreement_for_device, record_receipt
from lms_desktop.devices.carts import (
    cart_loan_slots,
    close_cart_loan,
    lent_with_cart,
    record_cart_loan,
    refuse_if_lent_with_cart,
)
from lms_desktop.devices.condition import (
    ConditionInput,
    checkout_condition,
    new_damage,
    record_condition,
)
from lms_desktop.devices.kits import (
    ComponentSettlement,
    components_on_loan,
    kit_summary,
    record_components_out,
    settle_components,
)
from lms_desktop.devices.models import Cart, CartLoanSlot, Device
from lms_desktop.errors import ConflictError, NotFoundError, ValidationError
from lms_desktop.texts import say


@dataclass(frozen=True)
class DeviceCheckout:
    result: CirculationResult
    loan_id: int | None
    components: tuple[str, ...] = ()
    receipt_id: int | None = None
    cart_slots: int = 0

    @property
    def lent(self) -> bool:
        return self.result.outcome == ScanOutcome.CHECKED_OUT


@dataclass(frozen=True)
class DeviceCheckin:
    result: CirculationResult
    loan_id: int | None
    settlement: ComponentSettlement | None
    new_damage: tuple[str, ...]
    empty_cart_slots: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class BulkReturnLine:
    text: str
    outcome: ScanOutcome | None
    message: str


@dataclass(frozen=True)
class OpenDeviceLoan:
    """The loan a device is out on now."""

    loan_id: int
    asset_tag: str
    patron_id: int | None
    checked_out_at: datetime
    due_at: datetime


def open_device_loan(uow: UnitOfWork, asset_tag: str) -> OpenDeviceLoan | None:
    """The device's (or cart's) open loan, or None when it is not on loan."""
    tag = asset_tag.strip()
    row = uow.session.execute(
        select(Loan.id, Loan.patron_id, Loan.checked_out_at, Loan.due_at)
        .join(Item, Item.id == Loan.item_id)
        .where(Item.barcode == tag, Loan.returned_at.is_(None))
    ).first()
    if row is None:
        return None
    return OpenDeviceLoan(row[0], tag, row[1], row[2], row[3])


def _open_loan_id(uow: UnitOfWork, barcode: str) -> int | None:
    return uow.session.scalar(
        select(Loan.id)
        .join(Item, Item.id == Loan.item_id)
        .where(Item.barcode == barcode, Loan.returned_at.is_(None))
    )


def after_device_checkout(uow: UnitOfWork, loan_id: int, changes: ChangeLog) -> None:
    """Called by the circulation engine inside every checkout of a device or cart (no
    commit): the kit's components and, for a cart, the device in each slot go on the loan.

    A device out in a lent cart is refused (ConflictError, so the engine's transaction
    is rolled back). The cart's devices are marked on loan in the check-out's `changes`,
    so undoing the check-out puts them back on the shelf.
    """
    if cart_loan_slots(uow, loan_id):
        return
    loan_item = uow.session.scalar(select(Loan.item_id).where(Loan.id == loan_id))
    if loan_item is None:
        raise NotFoundError(say("That loan does not exist."))
    tag = uow.session.scalar(select(Item.barcode).where(Item.id == loan_item)) or ""
    refuse_if_lent_with_cart(uow, loan_item, tag)
    record_components_out(uow, loan_id)
    if uow.session.scalar(select(Cart.id).where(Cart.item_id == loan_item)):
        record_cart_loan(uow, loan_id, changes)


@dataclass
class _PendingCheckin:
    """What the Devices-section check-in dialog decided, for the engine's hook to apply."""

    loan_id: int
    condition: ConditionInput | None
    returned_component_ids: Collection[int] | None  # None: the kit waits in Kits to check
    settlement: ComponentSettlement | None = None
    damage: tuple[str, ...] = ()
    empty_slots: tuple[tuple[int, str], ...] = ()


_PENDING_KEY = "lms_desktop.devices.pending_checkin"


def after_device_checkin(
    uow: UnitOfWork, item_id: int, loan_id: int | None, changes: ChangeLog
) -> str:
    """For the circulation engine to call inside every check-in of a device or cart, after
    it closed the loan and before it writes the journal entry (no commit). Returns words
    to add to the desk's answer ("" when there is nothing to say).

    A cart: the devices not scanned back into their slots become missing and are listed.
    A device from the Devices section's check-in: its kit is settled (missing components
    charged) and its condition recorded. A device scanned in at the desk: its kit waits
    in Kits to check. A device with no loan of its own that is out in a lent cart (a
    student brought it back): its slot counts as back, and the answer says where it goes.
    Everything goes into `changes`, so undoing the check-in undoes it.
    """
    if loan_id is None:
        return back_from_cart_at_the_desk(uow, item_id, changes)
    pending = uow.session.info.get(_PENDING_KEY)
    if not isinstance(pending, _PendingCheckin) or pending.loan_id != loan_id:
        pending = _PendingCheckin(loan_id, None, None)
    return _apply_checkin(uow, item_id, pending, changes)


def back_from_cart_at_the_desk(uow: UnitOfWork, item_id: int, changes: ChangeLog) -> str:
    """A device out in a lent cart is checked in on its own: its slot is back (so the
    cart's check-in will not call it missing). Returns where it goes, or ""."""
    found = lent_with_cart(uow, item_id)
    if found is None:
        return ""
    slot_row = uow.session.scalar(
        select(CartLoanSlot)
        .join(Loan, Loan.id == CartLoanSlot.loan_id)
        .where(CartLoanSlot.device_item_id == item_id, Loan.returned_at.is_(None))
    )
    assert slot_row is not None
    if slot_row.returned_at is None:
        changes.update(slot_row, returned_at=utcnow())
    return say(
        "It goes back in slot {slot} of {cart}, which is out with {borrower}: put it in the "
        "cart when the cart comes back.",
        slot=found.slot,
        cart=found.cart_name,
        borrower=found.borrower_name,
    )


def _apply_checkin(
    uow: UnitOfWork, item_id: int, pending: _PendingCheckin, changes: ChangeLog
) -> str:
    loan_id = pending.loan_id
    if uow.session.scalar(select(Cart.id).where(Cart.item_id == item_id)) is not None:
        pending.empty_slots = tuple(close_cart_loan(uow, loan_id, changes))
        if not pending.empty_slots:
            return ""
        listed = ", ".join(f"#{slot} {tag}" for slot, tag in pending.empty_slots)
        return say(
            "Empty slots (devices now marked missing): {slots}. "
            "Each one is found again when it is scanned in.",
            slots=listed,
        )
    if uow.session.get(Device, item_id) is None:
        return ""
    tag = uow.session.scalar(select(Item.barcode).where(Item.id == item_id)) or ""
    if pending.returned_component_ids is not None:
        pending.settlement = settle_components(
            uow, loan_id, pending.returned_component_ids, changes
        )
    if pending.condition is not None:
        check = record_condition(uow, item_id, "checkin", pending.condition, loan_id)
        changes.inserted("condition_checks", {"id": check.id})
        pending.damage = new_damage(checkout_condition(uow, loan_id), pending.condition)
    if pending.settlement is not None:
        return kit_summary(tag, pending.settlement) if pending.settlement.missing else ""
    waiting = [v.component.name for v in components_on_loan(uow, loan_id) if v.returned is None]
    if waiting:
        return say("Its kit ({names}) waits in Devices › Kits to check.", names=", ".join(waiting))
    return ""


def lend_device(
    uow: UnitOfWork,
    patron_id: int,
    asset_tag: str,
    condition: ConditionInput | None = None,
    *,
    agreement_accepted: bool = False,
    override_blocks: bool = False,
    now: datetime | None = None,
) -> DeviceCheckout:
    """Check a device (or a cart) out through the engine, then record its kit, its
    condition, the agreement receipt and, for a cart, what is in each slot. Commits.

    A device type with an agreement is refused until the agreement is accepted.
    """
    tag = asset_tag.strip()
    agreement = agreement_for_device(uow, tag)
    if agreement is not None and not agreement_accepted:
        raise ValidationError(
            say(
                "{tag} needs the signed '{agreement}' before it can go out. Read it with the "
                "student, tick 'Agreement accepted', and print the receipt to sign.",
                tag=tag,
                agreement=agreement.title,
            )
        )
    # the agreement was shown and accepted above, and its receipt is recorded below
    result = checkout_item(
        uow, patron_id, tag, override_blocks=override_blocks, require_agreement=False, now=now
    )
    if result.outcome != ScanOutcome.CHECKED_OUT or result.loan is None:
        return DeviceCheckout(result, None)
    loan_id = result.loan.id
    # the engine already called after_device_checkout: the kit and slots are on the loan
    cart_slots = len(cart_loan_slots(uow, loan_id))
    components = tuple(v.component.name for v in components_on_loan(uow, loan_id))
    receipt_id = None
    item_id = result.loan.item.id
    if uow.session.get(Device, item_id) is not None:
        condition = condition or ConditionInput()
        record_condition(uow, item_id, "checkout", condition, loan_id)
        if agreement is not None:
            receipt_id = record_receipt(
                uow,
                loan_id,
                agreement,
                components,
                condition,
                due_text=result.loan.due_at.strftime("%Y-%m-%d %H:%M UTC"),
            )
    uow.commit()
    return DeviceCheckout(result, loan_id, components, receipt_id, cart_slots)


def return_device(
    uow: UnitOfWork,
    asset_tag: str,
    condition: ConditionInput | None = None,
    returned_component_ids: Collection[int] | None = None,
    *,
    kit_checked: bool = True,
    now: datetime | None = None,
) -> DeviceCheckin:
    """Check a device (or cart) in through the engine; settle its kit (a missing component
    is charged to the borrower), record its condition and name any new damage. For a cart,
    devices not scanned back into their slots become missing. One transaction, one
    journal entry: undoing the check-in undoes all of it. Commits.

    `returned_component_ids` None means everything that went out came back; with
    `kit_checked=False` nobody looked, and the kit waits in Kits to check.
    """
    tag = asset_tag.strip()
    loan_id = _open_loan_id(uow, tag)
    if loan_id is not None and kit_checked and returned_component_ids is None:
        returned_component_ids = [v.component.id for v in components_on_loan(uow, loan_id)]
    pending = _PendingCheckin(
        loan_id or 0,
        (condition or ConditionInput()) if loan_id is not None else None,
        returned_component_ids if kit_checked else None,
    )
    # the engine calls after_device_checkin inside its check-in, which picks this up
    uow.session.info[_PENDING_KEY] = pending
    try:
        result = checkin_item(uow, tag, now=now)
    finally:
        uow.session.info.pop(_PENDING_KEY, None)
    if loan_id is None or result.outcome not in (
        ScanOutcome.CHECKED_IN,
        ScanOutcome.HOLD_TRAPPED,
    ):
        return DeviceCheckin(result, None, None, ())
    return DeviceCheckin(result, loan_id, pending.settlement, pending.damage, pending.empty_slots)


def bulk_return(
    database: Database,
    tags: Sequence[str],
    *,
    staff_name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> list[BulkReturnLine]:
    """Year-end collection: check in a stack of scanned tags, one transaction per scan.
    Nobody ticks kits while scanning a stack, so each kit with components waits in Kits
    to check (where a missing charger is charged)."""
    lines: list[BulkReturnLine] = []
    cleaned = [t.strip() for t in tags if t.strip()]
    for index, tag in enumerate(cleaned, start=1):
        with database.unit_of_work(staff_name=staff_name) as uow:
            try:
                checkin = return_device(uow, tag, kit_checked=False, now=now)
            except (NotFoundError, ConflictError, ValidationError) as exc:
                lines.append(BulkReturnLine(tag, None, exc.message))
            else:
                lines.append(BulkReturnLine(tag, checkin.result.outcome, checkin.result.message))
        if progress is not None:
            progress(index, len(cleaned))
    return lines


def assign_one_to_one(uow: UnitOfWork, asset_tag: str, patron_barcode: str | None) -> None:
    """Record (or clear) the student whose 1:1 device this is."""
    device = uow.session.scalar(
        select(Device).join(Item, Item.id == Device.item_id).where(Item.barcode == asset_tag)
    )
    if device is None:
        raise NotFoundError(say("No device has the asset tag {tag}.", tag=asset_tag))
    if not patron_barcode:
        device.assigned_patron_id = None
        return
    patron_id = uow.session.scalar(select(Patron.id).where(Patron.barcode == patron_barcode))
    if patron_id is None:
        raise NotFoundError(say("No patron has the card number {card}.", card=patron_barcode))
    device.assigned_patron_id = patron_id


def lend_loaner_for_repair(
    uow: UnitOfWork,
    device_tag: str,
    loaner_tag: str,
    condition: ConditionInput | None = None,
    *,
    agreement_accepted: bool = False,
    now: datetime | None = None,
) -> DeviceCheckout:
    """A student's 1:1 device is in repair: lend them a loaner and link the two, so the
    ticket shows whose loaner to collect when the device is fixed. Commits."""
    device = uow.session.scalar(
        select(Device).join(Item, Item.id == Device.item_id).where(Item.barcode == device_tag)
    )
    if device is None:
        raise NotFoundError(say("No device has the asset tag {tag}.", tag=device_tag))
    if device.assigned_patron_id is None:
        raise ValidationError(
            say(
                "{tag} is not anyone's 1:1 device. Assign it to the student first, or lend "
                "the loaner at the desk.",
                tag=device_tag,
            )
        )
    status = uow.session.scalar(select(Item.status).where(Item.id == device.item_id))
    if status != "in_repair":
        raise ConflictError(
            say("{tag} is not in repair. Open a repair ticket for it first.", tag=device_tag)
        )
    checkout = lend_device(
        uow,
        device.assigned_patron_id,
        loaner_tag,
        condition,
        agreement_accepted=agreement_accepted,
        now=now,
    )
    if checkout.lent:
        device.loaner_item_id = checkout.result.loan.item.id if checkout.result.loan else None
        uow.commit()
    return checkout
