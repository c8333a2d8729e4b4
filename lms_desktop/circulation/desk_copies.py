"""An unknown copy scanned at the desk: the item types to offer and the quick title + copy."""

from __future__ import annotations

from dataclasses import dataclass

import pymarc
from sqlalchemy import select

from lms_desktop.catalog.copies import add_copy
from lms_desktop.catalog.records import add_record
from lms_desktop.catalog.sru import SruHit
from lms_desktop.circulation.models import ItemType
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import ValidationError
from lms_desktop.texts import say


@dataclass(frozen=True)
class ItemTypeChoice:
    """One item type the add-copy dialog offers."""

    code: str
    name: str


@dataclass(frozen=True)
class NewCopy:
    """What the librarian typed (or looked up) for the copy in hand."""

    barcode: str
    title: str
    author: str
    isbn: str
    item_type: str
    call_number: str


@dataclass(frozen=True)
class AddedCopy:
    item_id: int
    record_id: int
    barcode: str


def item_type_choices(uow: UnitOfWork) -> list[ItemTypeChoice]:
    """Every item type, in the order they were set up (book first)."""
    rows = uow.session.execute(select(ItemType.code, ItemType.name).order_by(ItemType.id))
    return [ItemTypeChoice(code, name) for code, name in rows]


def minimal_record(copy: NewCopy) -> pymarc.Record:
    """A brief MARC record for a title typed at the desk (full cataloguing can follow)."""
    record = pymarc.Record(force_utf8=True, leader="00000nam a22000007a 4500")
    fields: list[pymarc.Field] = []
    if copy.isbn:
        fields.append(
            pymarc.Field(
                tag="020",
                indicators=pymarc.Indicators(" ", " "),
                subfields=[pymarc.Subfield("a", copy.isbn)],
            )
        )
    if copy.author:
        fields.append(
            pymarc.Field(
                tag="100",
                indicators=pymarc.Indicators("1", " "),
                subfields=[pymarc.Subfield("a", copy.author)],
            )
        )
    fields.append(
        pymarc.Field(
            tag="245",
            indicators=pymarc.Indicators("1" if copy.author else "0", "0"),
            subfields=[pymarc.Subfield("a", copy.title)],
        )
    )
    record.fields.extend(fields)
    return record


def save_new_copy(uow: UnitOfWork, copy: NewCopy, hit: SruHit | None = None) -> AddedCopy:
    """Store the title (the looked-up record when there is one) and its copy. Commits."""
    if not copy.barcode.strip():
        raise ValidationError(say("Scan or type the copy's barcode first."))
    if not copy.title.strip() and hit is None:
        raise ValidationError(say("Type the title from the book's title page."))
    record = hit.to_record() if hit is not None else minimal_record(copy)
    source = "SRU lookup at the desk" if hit is not None else "added at the desk"
    record_id = add_record(uow, record, source)
    barcode = copy.barcode.strip()
    item_id = add_copy(
        uow, record_id, barcode, call_number=copy.call_number, item_type=copy.item_type
    )
    uow.commit()
    return AddedCopy(item_id=item_id, record_id=record_id, barcode=barcode)
