"""Device carts: numbered slots, lending a whole cart, and checking its devices back in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from lms_desktop.circulation.journal import ChangeLog
from lms_desktop.circulation.models import Item, ItemType, Loan, Patron
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.models import Cart, CartLoanSlot, Device
from lms_desktop.devices.register import normalize_asset_tag
from lms_desktop.errors import ConflictError, NotFoundError, ValidationError
from lms_desktop.texts import joined, say

CART_ITEM_TYPE = "cart"
MAX_SLOTS = 60


@dataclass(frozen=True)
class CartInfo:
    cart_id: int
    item_id: int
    cart_barcode: str
    name: str
    slot_count: int
    filled_slots: int
    status: str
    borrower_name: str
    due_at: datetime | None


@dataclass(frozen=True)
class SlotView:
    """One slot: which device lives there and, while the cart is out, whether it is back."""

    slot: int
    asset_tag: str
    device_type: str
    device_status: str
    # None: the cart is not out; True/False: the device is back in the slot or not
    returned: bool | None


@dataclass(frozen=True)
class CartView:
    cart: CartInfo
    loan_id: int | None
    slots: tuple[SlotView, ...]

    @property
    def empty_slots(self) -> tuple[int, ...]:
        """Slots with nothing in them now: no device assigned, or not yet back."""
        return tuple(s.slot for s in self.slots if not s.asset_tag or s.returned is False)

    @property
    def missing_devices(self) -> tuple[SlotView, ...]:
        return tuple(s for s in self.slots if s.returned is False)


@dataclass(frozen=True)
class SlotReturn:
    slot: int
    asset_tag: str
    already_back: bool
    still_out: int


def create_cart(uow: UnitOfWork, cart_barcode: str, name: str, slot_count: int) -> CartInfo:
    """A cart is an item of type 'cart' (so the desk lends it) with numbered slots."""
    barcode = normalize_asset_tag(cart_barcode)
    if not name.strip():
        raise ValidationError(
            say("Give the cart a name the teachers know, e.g. 'Cart B - 2nd floor'.")
        )
    if not 1 <= slot_count <= MAX_SLOTS:
        raise ValidationError(
            say("A cart has between 1 and {most} slots; count them again.", most=MAX_SLOTS)
        )
    session = uow.session
    if session.scalar(select(Item.id).where(Item.barcode == barcode)) is not None:
        raise ConflictError(
            say("The barcode {barcode} is already used by another item.", barcode=barcode)
        )
    if session.scalar(select(Cart.id).where(Cart.name == name.strip())) is not None:
        raise ConflictError(
            say("There is already a cart called '{name}'. Choose another name.", name=name.strip())
        )
    type_id = session.scalar(select(ItemType.id).where(ItemType.code == CART_ITEM_TYPE))
    if type_id is None:
        raise NotFoundError(
            say("The 'cart' item type is missing. Add it in Settings > Loan rules.")
        )
    item = Item(barcode=barcode, item_type_id=type_id, location=name.strip())
    session.add(item)
    session.flush()
    cart = Cart(item_id=item.id, name=name.strip(), slot_count=slot_count)
    session.add(cart)
    session.flush()
    return cart_info(uow, cart.id)


def _cart_row(uow: UnitOfWork, cart_id: int) -> tuple[Cart, Item]:
    found = uow.session.execute(
        select(Cart, Item).join(Item, Item.id == Cart.item_id).where(Cart.id == cart_id)
    ).first()
    if found is None:
        raise NotFoundError(say("That cart no longer exists."))
    return found[0], found[1]


def _cart_by_barcode(uow: UnitOfWork, cart_barcode: str) -> tuple[Cart, Item]:
    found = uow.session.execute(
        select(Cart, Item)
        .join(Item, Item.id == Cart.item_id)
        .where(Item.barcode == cart_barcode.strip())
    ).first()
    if found is None:
        raise NotFoundError(
            say(
                "No cart has the barcode {barcode}. Scan the label on the cart itself.",
                barcode=cart_barcode.strip(),
            )
        )
    return found[0], found[1]


def cart_by_name(uow: UnitOfWork, name: str) -> CartInfo:
    cart_id = uow.session.scalar(select(Cart.id).where(Cart.name == name))
    if cart_id is None:
        raise NotFoundError(
            say("There is no cart called '{name}'. Create the cart first.", name=name)
        )
    return cart_info(uow, cart_id)


def cart_by_barcode(uow: UnitOfWork, cart_barcode: str) -> CartInfo:
    return cart_info(uow, _cart_by_barcode(uow, cart_barcode)[0].id)


def is_cart_barcode(uow: UnitOfWork, barcode: str) -> bool:
    return (
        uow.session.scalar(
            select(Cart.id).join(Item, Item.id == Cart.item_id).where(Item.barcode == barcode)
        )
        is not None
    )


def _open_loan(uow: UnitOfWork, item_id: int) -> Loan | None:
    return uow.session.scalar(
        select(Loan).where(Loan.item_id == item_id, Loan.returned_at.is_(None))
    )


def cart_info(uow: UnitOfWork, cart_id: int) -> CartInfo:
    cart, item = _cart_row(uow, cart_id)
    filled = uow.session.scalar(
        select(func.count()).select_from(Device).where(Device.cart_id == cart.id)
    )
    loan = _open_loan(uow, item.id)
    borrower = ""
    if loan is not None and loan.patron_id is not None:
        patron = uow.session.get(Patron, loan.patron_id)
        if patron is not None:
            borrower = f"{patron.last_name}, {patron.first_name}"
    return CartInfo(
        cart_id=cart.id,
        item_id=item.id,
        cart_barcode=item.barcode,
        name=cart.name,
        slot_count=cart.slot_count,
        filled_slots=filled or 0,
        status=item.status,
        borrower_name=borrower,
        due_at=loan.due_at if loan is not None else None,
    )


def all_carts(uow: UnitOfWork) -> list[CartInfo]:
    ids = uow.session.scalars(select(Cart.id).order_by(Cart.name))
    return [cart_info(uow, cart_id) for cart_id in ids]


def assign_to_slot(uow: UnitOfWork, cart_barcode: str, slot: int, asset_tag: str) -> SlotView:
    """Put a device in a numbered slot of a cart (moving it out of any other slot)."""
    cart, _item = _cart_by_barcode(uow, cart_barcode)
    if not 1 <= slot <= cart.slot_count:
        raise ValidationError(
            say(
                "{cart} has slots 1 to {count}; there is no slot {slot}.",
                cart=cart.name,
                count=cart.slot_count,
                slot=slot,
            )
        )
    found = uow.session.execute(
        select(Device, Item)
        .join(Item, Item.id == Device.item_id)
        .where(Item.barcode == asset_tag.strip())
    ).first()
    if found is None:
        raise NotFoundError(
            say("No device has the asset tag {tag}. Add it first.", tag=asset_tag.strip())
        )
    device, device_item = found[0], found[1]
    occupant = uow.session.scalar(
        select(Item.barcode)
        .join(Device, Device.item_id == Item.id)
        .where(Device.cart_id == cart.id, Device.cart_slot == slot)
    )
    if occupant is not None and occupant != device_item.barcode:
        raise ConflictError(
            say(
                "Slot {slot} of {cart} already holds {tag}. Move that device out first.",
                slot=slot,
                cart=cart.name,
                tag=occupant,
            )
        )
    device.cart_id = None
    device.cart_slot = None
    uow.session.flush()
    device.cart_id = cart.id
    device.cart_slot = slot
    device.home_location = cart.name
    uow.session.flush()
    return SlotView(slot, device_item.barcode, device.device_type, device_item.status, None)


def remove_from_cart(uow: UnitOfWork, asset_tag: str) -> None:
    device = uow.session.scalar(
        select(Device).join(Item, Item.id == Device.item_id).where(Item.barcode == asset_tag)
    )
    if device is None:
        raise NotFoundError(say("No device has the asset tag {tag}.", tag=asset_tag))
    device.cart_id = None
    device.cart_slot = None


def cart_view(uow: UnitOfWork, cart_barcode: str) -> CartView:
    """Every slot of the cart; while the cart is out, which devices are back."""
    cart, item = _cart_by_barcode(uow, cart_barcode)
    loan = _open_loan(uow, item.id)
    by_slot: dict[int, SlotView] = {}
    for tag, dtype, status, slot in uow.session.execute(
        select(Item.barcode, Device.device_type, Item.status, Device.cart_slot)
        .join(Device, Device.item_id == Item.id)
        .where(Device.cart_id == cart.id)
    ):
        if slot is not None:
            by_slot[slot] = SlotView(slot, tag, dtype, status, None)
    if loan is not None:
        for slot, tag, dtype, status, returned_at in uow.session.execute(
            select(
                CartLoanSlot.slot,
                Item.barcode,
                Device.device_type,
                Item.status,
                CartLoanSlot.returned_at,
            )
            .join(Item, Item.id == CartLoanSlot.device_item_id)
            .join(Device, Device.item_id == Item.id)
            .where(CartLoanSlot.loan_id == loan.id)
        ):
            by_slot[slot] = SlotView(slot, tag, dtype, status, returned_at is not None)
    slots = tuple(
        by_slot.get(n, SlotView(n, "", "", "", None)) for n in range(1, cart.slot_count + 1)
    )
    return CartView(cart_info(uow, cart.id), loan.id if loan else None, slots)


def record_cart_loan(uow: UnitOfWork, loan_id: int, changes: ChangeLog) -> int:
    """After the engine lent a cart: note which device sat in each slot. Returns the count.

    Devices in repair or lost are not in the cart, so they are not expected back. The
    devices in the slots are on loan with the cart, in the check-out's `changes` (undoing
    the check-out puts them back on the shelf).
    """
    loan = uow.session.get(Loan, loan_id)
    if loan is None:
        raise NotFoundError(say("That loan does not exist."))
    cart = uow.session.scalar(select(Cart).where(Cart.item_id == loan.item_id))
    if cart is None:
        return 0
    rows = uow.session.execute(
        select(Item, Device.cart_slot)
        .join(Device, Device.item_id == Item.id)
        .where(Device.cart_id == cart.id, Device.cart_slot.is_not(None))
        .where(Item.status == "available")
    ).all()
    for device_item, slot in rows:
        uow.session.add(
            CartLoanSlot(loan_id=loan.id, cart_id=cart.id, slot=slot, device_item_id=device_item.id)
        )
        changes.update(device_item, status="on_loan")
    uow.session.flush()
    return len(rows)


@dataclass(frozen=True)
class LentWithCart:
    """A device that is out inside a cart lent as a whole."""

    cart_name: str
    slot: int
    borrower_name: str
    due_at: datetime


def lent_with_cart(uow: UnitOfWork, device_item_id: int) -> LentWithCart | None:
    """The cart loan a device went out with, while that cart is still out."""
    row = uow.session.execute(
        select(Cart.name, CartLoanSlot.slot, Patron.last_name, Patron.first_name, Loan.due_at)
        .join(Cart, Cart.id == CartLoanSlot.cart_id)
        .join(Loan, Loan.id == CartLoanSlot.loan_id)
        .outerjoin(Patron, Patron.id == Loan.patron_id)
        .where(CartLoanSlot.device_item_id == device_item_id, Loan.returned_at.is_(None))
        .limit(1)
    ).first()
    if row is None:
        return None
    name, slot, last, first, due_at = row
    borrower = f"{last}, {first}" if last is not None else say("a teacher")
    return LentWithCart(name, slot, borrower, due_at)


def refuse_if_lent_with_cart(uow: UnitOfWork, device_item_id: int, asset_tag: str) -> None:
    """A device out in a cart cannot be lent on its own until the cart is checked in."""
    found = lent_with_cart(uow, device_item_id)
    if found is not None:
        raise ConflictError(
            say(
                "{tag} is out in {cart} (slot {slot}) with {borrower}. Check the cart in "
                "first (Devices › Carts), then lend it.",
                tag=asset_tag,
                cart=found.cart_name,
                slot=found.slot,
                borrower=found.borrower_name,
            )
        )


def return_device_to_cart(uow: UnitOfWork, cart_barcode: str, asset_tag: str) -> SlotReturn:
    """One scan while checking a cart in: the device is back in its slot."""
    cart, item = _cart_by_barcode(uow, cart_barcode)
    loan = _open_loan(uow, item.id)
    if loan is None:
        raise ConflictError(
            say(
                "{cart} is not checked out, so there is nothing to check in. "
                "Scan the device at the desk instead.",
                cart=cart.name,
            )
        )
    tag = asset_tag.strip()
    found = uow.session.execute(
        select(CartLoanSlot)
        .join(Item, Item.id == CartLoanSlot.device_item_id)
        .where(CartLoanSlot.loan_id == loan.id, Item.barcode == tag)
    ).first()
    if found is None:
        home = uow.session.execute(
            select(Cart.name, Device.cart_slot)
            .join(Device, Device.cart_id == Cart.id)
            .join(Item, Item.id == Device.item_id)
            .where(Item.barcode == tag)
        ).first()
        not_out = say("{tag} did not go out with {cart}.", tag=tag, cart=cart.name)
        belongs = (
            say("It belongs in {cart}, slot {slot}.", cart=home[0], slot=home[1]) if home else ""
        )
        raise ConflictError(
            joined(not_out, belongs, say("Set it aside and check it in at the desk."))
        )
    slot_row: CartLoanSlot = found[0]
    already = slot_row.returned_at is not None
    if not already:
        slot_row.returned_at = utcnow()
    uow.session.flush()
    still_out = uow.session.scalar(
        select(func.count())
        .select_from(CartLoanSlot)
        .where(CartLoanSlot.loan_id == loan.id, CartLoanSlot.returned_at.is_(None))
    )
    return SlotReturn(slot_row.slot, tag, already, still_out or 0)


def cart_loan_slots(uow: UnitOfWork, loan_id: int) -> list[tuple[int, int]]:
    """(slot, device item id) recorded for a cart loan; empty for other loans."""
    return [
        (slot, device_item_id)
        for slot, device_item_id in uow.session.execute(
            select(CartLoanSlot.slot, CartLoanSlot.device_item_id)
            .where(CartLoanSlot.loan_id == loan_id)
            .order_by(CartLoanSlot.slot)
        )
    ]


def unreturned_cart_devices(uow: UnitOfWork, loan_id: int) -> list[tuple[int, str]]:
    """(slot, asset tag) of devices that went out with a cart loan and are not back."""
    return [
        (slot, tag)
        for slot, tag in uow.session.execute(
            select(CartLoanSlot.slot, Item.barcode)
            .join(Item, Item.id == CartLoanSlot.device_item_id)
            .where(CartLoanSlot.loan_id == loan_id, CartLoanSlot.returned_at.is_(None))
            .order_by(CartLoanSlot.slot)
        )
    ]


def close_cart_loan(uow: UnitOfWork, loan_id: int, changes: ChangeLog) -> list[tuple[int, str]]:
    """The cart is checked in: devices scanned back into their slots are available again,
    and those not back (the empty slots) become 'missing'. Returns the empty slots as
    (slot, asset tag). No commit; every change goes into `changes`."""
    missing: list[tuple[int, str]] = []
    for slot_row, device_item in uow.session.execute(
        select(CartLoanSlot, Item)
        .join(Item, Item.id == CartLoanSlot.device_item_id)
        .where(CartLoanSlot.loan_id == loan_id)
        .order_by(CartLoanSlot.slot)
    ).tuples():
        # a device with a loan of its own (lent before carts took theirs along) keeps it
        own_loan = _open_loan(uow, device_item.id)
        if slot_row.returned_at is None:
            missing.append((slot_row.slot, device_item.barcode))
            if own_loan is None and device_item.status in ("available", "on_loan"):
                changes.update(device_item, status="missing")
        elif own_loan is None and device_item.status == "on_loan":
            changes.update(device_item, status="available")
    uow.session.flush()
    return missing
