"""The device register: add, edit, find and list devices, and their loan history."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased
from stdnum import imei as stdnum_imei
from stdnum.exceptions import ValidationError as StdnumError

from lms_desktop.circulation.models import Item, ItemType, Loan, Patron
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.models import Cart, Device
from lms_desktop.errors import ConflictError, NotFoundError, ValidationError
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.texts import say

# The statuses a device can have in the register (they are the item's status).
DEVICE_STATUSES: tuple[str, ...] = (
    "available",
    "on_loan",
    "in_repair",
    "lost",
    "missing",
    "retired",
)
# Statuses the librarian may set by hand; on_loan and in_repair come from loans and tickets.
MANUAL_STATUSES: tuple[str, ...] = ("available", "lost", "missing", "retired")

_TAG_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$")
_MAC_HEX_RE = re.compile(r"[0-9A-Fa-f]")


@dataclass(frozen=True)
class DeviceTypeInfo:
    code: str
    name: str


@dataclass(frozen=True)
class DeviceInput:
    """What the librarian types or imports for one device."""

    asset_tag: str
    device_type: str
    make: str = ""
    model: str = ""
    serial_number: str = ""
    mac_address: str = ""
    imei: str = ""
    purchase_date: date | None = None
    price_cents: int | None = None
    warranty_end: date | None = None
    home_location: str = ""
    notes: str = ""
    status: str = "available"


@dataclass(frozen=True)
class DeviceRow:
    """One line of the device list."""

    item_id: int
    asset_tag: str
    device_type: str
    make: str
    model: str
    serial_number: str
    status: str
    home_location: str
    cart_name: str
    cart_slot: int | None
    borrower_name: str
    borrower_barcode: str
    due_at: datetime | None
    type_name: str = ""  # the school's name of the device type ("Chromebook"), for lists


@dataclass(frozen=True)
class DeviceDetail:
    row: DeviceRow
    mac_address: str
    imei: str
    purchase_date: date | None
    price_cents: int | None
    warranty_end: date | None
    notes: str
    assigned_patron_name: str
    loaner_asset_tag: str


@dataclass(frozen=True)
class LoanHistoryRow:
    loan_id: int
    checked_out_at: datetime
    due_at: datetime
    returned_at: datetime | None
    patron_name: str
    patron_barcode: str
    homeroom: str
    outcome: str | None


@dataclass(frozen=True)
class DeviceFilter:
    text: str = ""
    device_type: str = ""
    status: str = ""
    cart_id: int | None = None


@dataclass(frozen=True)
class BulkAddResult:
    added: tuple[str, ...]
    already_registered: tuple[str, ...]
    rejected: tuple[tuple[str, str], ...] = field(default=())  # (tag, why)


def normalize_asset_tag(tag: str) -> str:
    text = tag.strip()
    if not _TAG_RE.match(text):
        raise ValidationError(
            say(
                "'{tag}' is not a usable asset tag. Scan the tag again; tags are letters and "
                "digits (with . _ / -), at most 64 characters, without spaces.",
                tag=tag,
            )
        )
    return text


def normalize_mac(value: str) -> str:
    """Any common MAC spelling to AA:BB:CC:DD:EE:FF; empty stays empty."""
    text = value.strip()
    if not text:
        return ""
    digits = "".join(_MAC_HEX_RE.findall(text))
    leftovers = re.sub(r"[0-9A-Fa-f:.\- ]", "", text)
    if len(digits) != 12 or leftovers:
        raise ValidationError(
            say(
                "'{value}' is not a MAC address. Copy it from the device's label or settings: "
                "12 hexadecimal digits such as 3C:22:FB:01:A2:9E.",
                value=value,
            )
        )
    return ":".join(digits[i : i + 2] for i in range(0, 12, 2)).upper()


def normalize_imei(value: str) -> str:
    text = value.strip()
    if not text:
        return ""
    try:
        return str(stdnum_imei.validate(text))
    except StdnumError:
        raise ValidationError(
            say(
                "'{value}' is not a valid IMEI (its check digit is wrong or it is too short). "
                "Read it again from the hotspot's label or dial *#06#.",
                value=value,
            )
        ) from None


def device_types(uow: UnitOfWork) -> tuple[DeviceTypeInfo, ...]:
    rows = uow.session.execute(
        select(ItemType.code, ItemType.name).where(ItemType.kind == "device").order_by(ItemType.id)
    )
    return tuple(DeviceTypeInfo(code, name) for code, name in rows)


def _device_type_id(uow: UnitOfWork, code: str) -> int:
    found = uow.session.scalar(
        select(ItemType.id).where(ItemType.code == code, ItemType.kind == "device")
    )
    if found is None:
        known = ", ".join(t.code for t in device_types(uow))
        raise ValidationError(
            say(
                "'{code}' is not a device type. Use one of: {known} (Settings adds new types).",
                code=code,
                known=known,
            )
        )
    return found


def _validated(uow: UnitOfWork, data: DeviceInput) -> DeviceInput:
    if data.status not in DEVICE_STATUSES:
        raise ValidationError(
            say(
                "'{status}' is not a device status. Use one of: {statuses}.",
                status=data.status,
                statuses=", ".join(DEVICE_STATUSES),
            )
        )
    if data.price_cents is not None and data.price_cents < 0:
        raise ValidationError(
            say("A price cannot be negative. Type the purchase price, e.g. 289.00.")
        )
    if data.purchase_date and data.warranty_end and data.warranty_end < data.purchase_date:
        raise ValidationError(
            say("The warranty ends before the purchase date. Check both dates on the invoice.")
        )
    _device_type_id(uow, data.device_type)
    return replace(
        data,
        asset_tag=normalize_asset_tag(data.asset_tag),
        mac_address=normalize_mac(data.mac_address),
        imei=normalize_imei(data.imei),
        make=data.make.strip(),
        model=data.model.strip(),
        serial_number=data.serial_number.strip(),
        home_location=data.home_location.strip(),
    )


def add_device(uow: UnitOfWork, data: DeviceInput) -> DeviceRow:
    """Register a device: an item with the asset tag as its barcode, plus asset details."""
    require_permission(uow, Permission.MANAGE_DEVICES)
    data = _validated(uow, data)
    session = uow.session
    if session.scalar(select(Item.id).where(Item.barcode == data.asset_tag)) is not None:
        raise ConflictError(
            say(
                "The barcode {barcode} is already used by another item. Check the tag; "
                "if it is a duplicate label, print a new asset tag.",
                barcode=data.asset_tag,
            )
        )
    item = Item(
        barcode=data.asset_tag,
        item_type_id=_device_type_id(uow, data.device_type),
        status=data.status,
        price_cents=data.price_cents,
        acquired_on=data.purchase_date,
        notes=data.notes,
        location=data.home_location,
    )
    session.add(item)
    session.flush()
    session.add(
        Device(
            item_id=item.id,
            device_type=data.device_type,
            make=data.make,
            model=data.model,
            serial_number=data.serial_number,
            mac_address=data.mac_address,
            imei=data.imei,
            purchase_date=data.purchase_date,
            warranty_end=data.warranty_end,
            home_location=data.home_location,
        )
    )
    session.flush()
    return device_rows(uow, [item.id])[0]


def bulk_add_devices(uow: UnitOfWork, tags: Iterable[str], template: DeviceInput) -> BulkAddResult:
    """Register a stack of scanned asset tags that share type, make, model and dates.

    A tag already in the register (or scanned twice) is reported, not an error: scanning a
    stack twice by mistake must be harmless.
    """
    require_permission(uow, Permission.MANAGE_DEVICES)
    added: list[str] = []
    existing: list[str] = []
    rejected: list[tuple[str, str]] = []
    seen: set[str] = set()
    for raw in tags:
        if not raw.strip():
            continue
        try:
            tag = normalize_asset_tag(raw)
        except ValidationError as exc:
            rejected.append((raw.strip(), exc.message))
            continue
        if tag in seen:
            existing.append(tag)
            continue
        seen.add(tag)
        if uow.session.scalar(select(Item.id).where(Item.barcode == tag)) is not None:
            existing.append(tag)
            continue
        add_device(uow, replace(template, asset_tag=tag, serial_number=""))
        added.append(tag)
    return BulkAddResult(tuple(added), tuple(existing), tuple(rejected))


def _load(uow: UnitOfWork, asset_tag: str) -> tuple[Item, Device]:
    tag = asset_tag.strip()
    found = uow.session.execute(
        select(Item, Device).join(Device, Device.item_id == Item.id).where(Item.barcode == tag)
    ).first()
    if found is None:
        raise NotFoundError(
            say(
                "No device has the asset tag {tag}. Check the tag, or add the device in Devices.",
                tag=tag,
            )
        )
    return found[0], found[1]


def device_item_id(uow: UnitOfWork, asset_tag: str) -> int:
    return _load(uow, asset_tag)[0].id


def update_device(uow: UnitOfWork, asset_tag: str, data: DeviceInput) -> DeviceRow:
    """Change a device's details; the status only moves between the manual statuses."""
    require_permission(uow, Permission.MANAGE_DEVICES)
    item, device = _load(uow, asset_tag)
    data = _validated(uow, data)
    if data.asset_tag != item.barcode:
        clash = uow.session.scalar(select(Item.id).where(Item.barcode == data.asset_tag))
        if clash is not None:
            raise ConflictError(
                say(
                    "The barcode {barcode} is already used by another item. Keep the old "
                    "tag or choose another one.",
                    barcode=data.asset_tag,
                )
            )
        item.barcode = data.asset_tag
    if data.status != item.status:
        set_device_status(uow, item.barcode, data.status)
    item.item_type_id = _device_type_id(uow, data.device_type)
    item.price_cents = data.price_cents
    item.acquired_on = data.purchase_date
    item.notes = data.notes
    item.location = data.home_location
    device.device_type = data.device_type
    device.make = data.make
    device.model = data.model
    device.serial_number = data.serial_number
    device.mac_address = data.mac_address
    device.imei = data.imei
    device.purchase_date = data.purchase_date
    device.warranty_end = data.warranty_end
    device.home_location = data.home_location
    uow.session.flush()
    return device_rows(uow, [item.id])[0]


def set_device_status(uow: UnitOfWork, asset_tag: str, status: str) -> None:
    """Mark a device lost, missing, retired or available again (not while it is on loan)."""
    item, _device = _load(uow, asset_tag)
    if status not in MANUAL_STATUSES:
        raise ValidationError(
            say(
                "A device cannot be set to '{status}' by hand. Lend it at the desk, or open a "
                "repair ticket to put it in repair.",
                status=status,
            )
        )
    if item.status == "on_loan" and _open_loan_id(uow, item.id) is not None:
        raise ConflictError(
            say(
                "{tag} is on loan. Check it in first (or use Lost on the loan at the desk).",
                tag=item.barcode,
            )
        )
    item.status = status


def _open_loan_id(uow: UnitOfWork, item_id: int) -> int | None:
    return uow.session.scalar(
        select(Loan.id).where(Loan.item_id == item_id, Loan.returned_at.is_(None))
    )


def find_device_ids(uow: UnitOfWork, where: DeviceFilter = DeviceFilter()) -> list[int]:
    """The ids of the matching devices, in asset-tag order (a list view fetches rows lazily)."""
    query = select(Item.id).join(Device, Device.item_id == Item.id)
    text = where.text.strip()
    if text:
        like = f"%{text}%"
        query = query.where(
            or_(
                Item.barcode.ilike(like),
                Device.serial_number.ilike(like),
                Device.model.ilike(like),
                Device.make.ilike(like),
                Device.mac_address.ilike(like),
            )
        )
    if where.device_type:
        query = query.where(Device.device_type == where.device_type)
    if where.status:
        query = query.where(Item.status == where.status)
    if where.cart_id is not None:
        query = query.where(Device.cart_id == where.cart_id)
    # a Core read on the session's connection: the ORM's per-row work tripled the time for
    # 5,000 plain ids (Core does not autoflush, so flush pending changes first)
    uow.session.flush()
    return list(uow.session.connection().execute(query.order_by(Item.barcode)).scalars())


def _patron_name(first: str | None, last: str | None) -> str:
    if first is None and last is None:
        return ""
    return f"{last or ''}, {first or ''}".strip(", ")


def device_rows(uow: UnitOfWork, item_ids: Sequence[int]) -> list[DeviceRow]:
    """Rows for `item_ids`, in the order given."""
    if not item_ids:
        return []
    open_loan = aliased(Loan)
    query = (
        select(
            Item.id,
            Item.barcode,
            Device.device_type,
            Device.make,
            Device.model,
            Device.serial_number,
            Item.status,
            Device.home_location,
            Cart.name,
            Device.cart_slot,
            Patron.first_name,
            Patron.last_name,
            Patron.barcode,
            open_loan.due_at,
            ItemType.name,
        )
        .join(Device, Device.item_id == Item.id)
        .outerjoin(ItemType, ItemType.id == Item.item_type_id)
        .outerjoin(Cart, Cart.id == Device.cart_id)
        .outerjoin(open_loan, and_(open_loan.item_id == Item.id, open_loan.returned_at.is_(None)))
        .outerjoin(Patron, Patron.id == open_loan.patron_id)
        .where(Item.id.in_(list(item_ids)))
    )
    by_id: dict[int, DeviceRow] = {}
    for r in uow.session.execute(query):
        by_id[r[0]] = DeviceRow(
            item_id=r[0],
            asset_tag=r[1],
            device_type=r[2],
            make=r[3],
            model=r[4],
            serial_number=r[5],
            status=r[6],
            home_location=r[7],
            cart_name=r[8] or "",
            cart_slot=r[9],
            borrower_name=_patron_name(r[10], r[11]),
            borrower_barcode=r[12] or "",
            due_at=r[13],
            type_name=r[14] or "",
        )
    return [by_id[i] for i in item_ids if i in by_id]


def device_detail(uow: UnitOfWork, asset_tag: str) -> DeviceDetail:
    item, device = _load(uow, asset_tag)
    assigned = ""
    if device.assigned_patron_id is not None:
        patron = uow.session.get(Patron, device.assigned_patron_id)
        if patron is not None:
            assigned = _patron_name(patron.first_name, patron.last_name)
    loaner = ""
    if device.loaner_item_id is not None:
        found = uow.session.scalar(select(Item.barcode).where(Item.id == device.loaner_item_id))
        loaner = found or ""
    return DeviceDetail(
        row=device_rows(uow, [item.id])[0],
        mac_address=device.mac_address,
        imei=device.imei,
        purchase_date=device.purchase_date,
        price_cents=item.price_cents,
        warranty_end=device.warranty_end,
        notes=item.notes,
        assigned_patron_name=assigned,
        loaner_asset_tag=loaner,
    )


def device_input_of(uow: UnitOfWork, asset_tag: str) -> DeviceInput:
    """The editable details of a device, as the edit form and the CSV export see them."""
    item, device = _load(uow, asset_tag)
    return DeviceInput(
        asset_tag=item.barcode,
        device_type=device.device_type,
        make=device.make,
        model=device.model,
        serial_number=device.serial_number,
        mac_address=device.mac_address,
        imei=device.imei,
        purchase_date=device.purchase_date,
        price_cents=item.price_cents,
        warranty_end=device.warranty_end,
        home_location=device.home_location,
        notes=item.notes,
        status=item.status,
    )


def loan_history(uow: UnitOfWork, item_id: int, limit: int = 500) -> list[LoanHistoryRow]:
    """The device's loans, newest first (anonymised loans show no name)."""
    query = (
        select(
            Loan.id,
            Loan.checked_out_at,
            Loan.due_at,
            Loan.returned_at,
            Patron.first_name,
            Patron.last_name,
            Patron.barcode,
            Loan.patron_homeroom,
            Loan.outcome,
        )
        .outerjoin(Patron, Patron.id == Loan.patron_id)
        .where(Loan.item_id == item_id)
        .order_by(Loan.checked_out_at.desc(), Loan.id.desc())
        .limit(limit)
    )
    return [
        LoanHistoryRow(
            loan_id=r[0],
            checked_out_at=r[1],
            due_at=r[2],
            returned_at=r[3],
            patron_name=_patron_name(r[4], r[5]),
            patron_barcode=r[6] or "",
            homeroom=r[7],
            outcome=r[8],
        )
        for r in uow.session.execute(query)
    ]


def count_devices_by_status(uow: UnitOfWork) -> dict[str, int]:
    rows = uow.session.execute(
        select(Item.status, func.count())
        .join(Device, Device.item_id == Item.id)
        .group_by(Item.status)
    )
    return {status: count for status, count in rows}
