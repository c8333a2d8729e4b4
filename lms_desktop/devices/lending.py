"""Device loans around the one circulation engine: kits, condition, agreements, carts.

The engine (lms_desktop.circulation.loans) decides whether a loan may happen and when it
is due; this module only adds what devices need before and after.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from lms_desktop.circulation.loans import checkin_item, checkout_item
from lms_desktop.circulation.models import Item, Loan, Patron
from lms_desktop.circulation.results import CirculationResult, ScanOutcome
from lms_desktop.db.unit_of_work import Database, UnitOfWork
from lms_desktop.devices.agreements import agreement_for_device, record_receipt
from lms_desktop.devices.carts import (
    cart_loan_slots,
    is_cart_barcode,
    mark_unreturned_missing,
    record_cart_loan,
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
    record_components_out,
    settle_components,
)
from lms_desktop.devices.models import Cart, Device
from lms_desktop.errors import ConflictError, NotFoundError, ValidationError


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


def _open_loan_id(uow: UnitOfWork, barcode: str) -> int | None:
    return uow.session.scalar(
        select(Loan.id)
        .join(Item, Item.id == Loan.item_id)
        .where(Item.barcode == barcode, Loan.returned_at.is_(None))
    )


def after_device_checkout(uow: UnitOfWork, loan_id: int) -> None:
    """Called by the circulation engine inside every checkout of a device or cart (no
    commit): the kit's components and, for a cart, the device in each slot go on the loan."""
    if cart_loan_slots(uow, loan_id):
        return
    record_components_out(uow, loan_id)
    loan_item = uow.session.scalar(select(Loan.item_id).where(Loan.id == loan_id))
    if loan_item is not None and uow.session.scalar(
        select(Cart.id).where(Cart.item_id == loan_item)
    ):
        record_cart_loan(uow, loan_id)


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
            f"{tag} needs the signed '{agreement.title}' before it can go out. Read it with "
            "the student, tick 'Agreement accepted', and print the receipt to sign."
        )
    result = checkout_item(uow, patron_id, tag, override_blocks=override_blocks, now=now)
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
    now: datetime | None = None,
) -> DeviceCheckin:
    """Check a device (or cart) in through the engine; settle its kit (a missing component
    is charged to the borrower), record its condition and name any new damage. For a cart,
    devices not scanned back into their slots become missing. Commits.

    `returned_component_ids` None means everything that went out came back.
    """
    tag = asset_tag.strip()
    loan_id = _open_loan_id(uow, tag)
    result = checkin_item(uow, tag, now=now)
    if loan_id is None or result.outcome not in (
        ScanOutcome.CHECKED_IN,
        ScanOutcome.HOLD_TRAPPED,
    ):
        return DeviceCheckin(result, None, None, ())
    empty: tuple[tuple[int, str], ...] = ()
    if is_cart_barcode(uow, tag):
        empty = tuple(mark_unreturned_missing(uow, loan_id))
    if returned_component_ids is None:
        returned_component_ids = [v.component.id for v in components_on_loan(uow, loan_id)]
    settlement = settle_components(uow, loan_id, returned_component_ids)
    damage: tuple[str, ...] = ()
    item_id = uow.session.scalar(select(Loan.item_id).where(Loan.id == loan_id))
    if item_id is not None and uow.session.get(Device, item_id) is not None:
        after = condition or ConditionInput()
        record_condition(uow, item_id, "checkin", after, loan_id)
        damage = new_damage(checkout_condition(uow, loan_id), after)
    uow.commit()
    return DeviceCheckin(result, loan_id, settlement, damage, empty)


def bulk_return(
    database: Database,
    tags: Sequence[str],
    *,
    staff_name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> list[BulkReturnLine]:
    """Year-end collection: check in a stack of scanned tags, one transaction per scan.
    Every kit is assumed complete; a device whose kit is short is handled at the desk."""
    lines: list[BulkReturnLine] = []
    cleaned = [t.strip() for t in tags if t.strip()]
    for index, tag in enumerate(cleaned, start=1):
        with database.unit_of_work(staff_name=staff_name) as uow:
            try:
                checkin = return_device(uow, tag, now=now)
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
        raise NotFoundError(f"No device has the asset tag {asset_tag}.")
    if not patron_barcode:
        device.assigned_patron_id = None
        return
    patron_id = uow.session.scalar(select(Patron.id).where(Patron.barcode == patron_barcode))
    if patron_id is None:
        raise NotFoundError(f"No patron has the card number {patron_barcode}.")
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
        raise NotFoundError(f"No device has the asset tag {device_tag}.")
    if device.assigned_patron_id is None:
        raise ValidationError(
            f"{device_tag} is not anyone's 1:1 device. Assign it to the student first, or "
            "lend the loaner at the desk."
        )
    status = uow.session.scalar(select(Item.status).where(Item.id == device.item_id))
    if status != "in_repair":
        raise ConflictError(f"{device_tag} is not in repair. Open a repair ticket for it first.")
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
