"""Copies of a title: add, edit, withdraw, list; barcodes unique across items and patrons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Final

from sqlalchemy import func, select

from lms_desktop.catalog.call_numbers import call_number_sort_key
from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.barcodes import barcode_spellings
from lms_desktop.circulation.models import Item, ItemType, Loan, Patron
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import ConflictError, NotFoundError, ValidationError
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.texts import say

MAX_BARCODE_LENGTH = 64

# statuses a librarian may set by hand; on_loan, on_hold_shelf and the like belong to
# the circulation engine, which sets them as books go out and come back
EDITABLE_STATUSES: Final = ("available", "missing", "in_repair", "in_transit", "lost")
COPY_STATUSES: Final = (
    "available", "on_loan", "on_hold_shelf", "in_transit", "in_repair", "lost", "missing",
    "claims_returned", "withdrawn", "retired",
)  # fmt: skip


class _Unset(Enum):
    UNSET = "unset"


UNSET: Final = _Unset.UNSET


@dataclass(frozen=True)
class CopyView:
    """One copy (item) of a title."""

    id: int
    record_id: int | None
    barcode: str
    item_type: str
    call_number: str
    call_number_sort: str
    location: str
    status: str
    price_cents: int | None
    acquired_on: date | None
    withdrawn_on: date | None
    withdrawn_reason: str
    notes: str
    item_type_name: str = ""  # the school's name of the type ("Book"), for lists


def _view(item: Item, item_type_code: str, item_type_name: str = "") -> CopyView:
    return CopyView(
        id=item.id,
        record_id=item.bib_record_id,
        barcode=item.barcode,
        item_type=item_type_code,
        call_number=item.call_number,
        call_number_sort=item.call_number_sort,
        location=item.location,
        status=item.status,
        price_cents=item.price_cents,
        acquired_on=item.acquired_on,
        withdrawn_on=item.withdrawn_on,
        withdrawn_reason=item.withdrawn_reason,
        notes=item.notes,
        item_type_name=item_type_name,
    )


def clean_barcode(barcode: str) -> str:
    """The barcode as stored: trimmed; refuses empty, over-long or unprintable text."""
    value = (barcode or "").strip()
    if not value:
        raise ValidationError(say("The barcode is empty. Scan or type the copy's barcode."))
    if len(value) > MAX_BARCODE_LENGTH or not value.isprintable():
        raise ValidationError(
            say(
                "“{start}…” is not a usable barcode (at most {limit} printable characters). "
                "Scan the barcode label again.",
                start=value[:20],
                limit=MAX_BARCODE_LENGTH,
            )
        )
    return value


def barcode_owner(uow: UnitOfWork, barcode: str) -> str | None:
    """'item' or 'patron' if the barcode is already used, else None."""
    session = uow.session
    spellings = barcode_spellings(barcode)
    if session.scalar(select(Item.id).where(Item.barcode.in_(spellings))) is not None:
        return "item"
    if session.scalar(select(Patron.id).where(Patron.barcode.in_(spellings))) is not None:
        return "patron"
    return None


def _check_barcode_free(uow: UnitOfWork, barcode: str, own_item_id: int | None = None) -> None:
    session = uow.session
    spellings = barcode_spellings(barcode)
    clashes = set(session.scalars(select(Item.id).where(Item.barcode.in_(spellings))))
    clashes.discard(own_item_id)
    if clashes:
        raise ConflictError(
            say(
                "Barcode {barcode} is already on another item. Check the label, or use a new "
                "barcode for this copy.",
                barcode=barcode,
            )
        )
    if session.scalar(select(Patron.id).where(Patron.barcode.in_(spellings))) is not None:
        raise ConflictError(
            say(
                "Barcode {barcode} is a patron's library card. Use a book barcode label for "
                "this copy.",
                barcode=barcode,
            )
        )


def _item_type_id(uow: UnitOfWork, code: str) -> int:
    found = uow.session.scalar(select(ItemType.id).where(ItemType.code == code))
    if found is None:
        raise ValidationError(
            say(
                "There is no item type “{code}”. Choose one of the item types in Settings.",
                code=code,
            )
        )
    return found


def _price(price_cents: int | None) -> int | None:
    if price_cents is not None and price_cents < 0:
        raise ValidationError(
            say("A price cannot be negative. Type the price paid, or leave it empty.")
        )
    return price_cents


def add_copy(
    uow: UnitOfWork,
    record_id: int,
    barcode: str,
    *,
    call_number: str = "",
    location: str = "",
    item_type: str = "book",
    status: str = "available",
    price_cents: int | None = None,
    acquired_on: date | None = None,
    notes: str = "",
) -> int:
    """Add a copy of title `record_id`; returns the new item's id. The caller commits."""
    require_permission(uow, Permission.EDIT_CATALOG)
    if uow.session.get(BibRecord, record_id) is None:
        raise NotFoundError(
            say("Title #{id} is not in the catalog. Search for it again.", id=record_id)
        )
    value = clean_barcode(barcode)
    _check_barcode_free(uow, value)
    if status not in EDITABLE_STATUSES:
        raise ValidationError(
            say("A new copy cannot start as “{status}”. Choose available.", status=status)
        )
    call_number = " ".join((call_number or "").split())[:100]
    item = Item(
        barcode=value,
        item_type_id=_item_type_id(uow, item_type),
        bib_record_id=record_id,
        call_number=call_number,
        call_number_sort=call_number_sort_key(call_number),
        location=(location or "").strip()[:100],
        status=status,
        price_cents=_price(price_cents),
        acquired_on=acquired_on,
        notes=notes or "",
    )
    uow.session.add(item)
    uow.session.flush()
    return item.id


def _item(uow: UnitOfWork, item_id: int) -> Item:
    item = uow.session.get(Item, item_id)
    if item is None or item.bib_record_id is None:
        raise NotFoundError(
            say("Copy #{id} is not in the catalog. Search for it again.", id=item_id)
        )
    return item


def update_copy(
    uow: UnitOfWork,
    item_id: int,
    *,
    barcode: str | None = None,
    call_number: str | None = None,
    location: str | None = None,
    item_type: str | None = None,
    status: str | None = None,
    price_cents: int | _Unset | None = UNSET,
    acquired_on: date | _Unset | None = UNSET,
    notes: str | None = None,
) -> CopyView:
    """Change the given details of a copy; what is not given stays as it is."""
    require_permission(uow, Permission.EDIT_CATALOG)
    item = _item(uow, item_id)
    if barcode is not None:
        value = clean_barcode(barcode)
        if value != item.barcode:
            _check_barcode_free(uow, value, own_item_id=item.id)
            item.barcode = value
    if call_number is not None:
        item.call_number = " ".join(call_number.split())[:100]
        item.call_number_sort = call_number_sort_key(item.call_number)
    if location is not None:
        item.location = location.strip()[:100]
    if item_type is not None:
        item.item_type_id = _item_type_id(uow, item_type)
    if status is not None and status != item.status:
        if status not in EDITABLE_STATUSES or item.status not in EDITABLE_STATUSES:
            raise ConflictError(
                say(
                    "A copy that is “{current}” cannot be set to “{status}” here. "
                    "Check it in at the desk first (or withdraw it).",
                    current=item.status,
                    status=status,
                )
            )
        item.status = status
    if not isinstance(price_cents, _Unset):
        item.price_cents = _price(price_cents)
    if not isinstance(acquired_on, _Unset):
        item.acquired_on = acquired_on
    if notes is not None:
        item.notes = notes
    uow.session.flush()
    return get_copy(uow, item.id)


def withdraw_copy(uow: UnitOfWork, item_id: int, reason: str, on: date | None = None) -> CopyView:
    """Take a copy out of the collection (weeded, lost for good); its history stays."""
    require_permission(uow, Permission.EDIT_CATALOG)
    item = _item(uow, item_id)
    open_loan = uow.session.scalar(
        select(Loan.id).where(Loan.item_id == item.id, Loan.returned_at.is_(None))
    )
    if open_loan is not None or item.status == "on_loan":
        raise ConflictError(
            say(
                "Copy {barcode} is checked out. Check it in first, then withdraw it.",
                barcode=item.barcode,
            )
        )
    item.status = "withdrawn"
    item.withdrawn_on = on or date.today()
    item.withdrawn_reason = (reason or "").strip()[:200]
    uow.session.flush()
    return get_copy(uow, item.id)


def get_copy(uow: UnitOfWork, item_id: int) -> CopyView:
    row = uow.session.execute(
        select(Item, ItemType.code, ItemType.name).join(ItemType).where(Item.id == item_id)
    ).first()
    if row is None or row[0].bib_record_id is None:
        raise NotFoundError(
            say("Copy #{id} is not in the catalog. Search for it again.", id=item_id)
        )
    return _view(row[0], row[1], row[2])


def find_copy_by_barcode(uow: UnitOfWork, barcode: str) -> CopyView | None:
    row = uow.session.execute(
        select(Item, ItemType.code, ItemType.name)
        .join(ItemType)
        .where(Item.barcode == barcode.strip(), Item.bib_record_id.is_not(None))
    ).first()
    return _view(row[0], row[1], row[2]) if row else None


def copies_of(uow: UnitOfWork, record_id: int) -> tuple[CopyView, ...]:
    """The copies of a title in shelf order (withdrawn ones last)."""
    rows = uow.session.execute(
        select(Item, ItemType.code, ItemType.name)
        .join(ItemType)
        .where(Item.bib_record_id == record_id)
        .order_by(Item.status == "withdrawn", Item.call_number_sort, Item.barcode)
    ).all()
    return tuple(_view(item, code, name) for item, code, name in rows)


def count_copies(uow: UnitOfWork) -> int:
    return (
        uow.session.scalar(
            select(func.count()).select_from(Item).where(Item.bib_record_id.is_not(None))
        )
        or 0
    )
