"""Small look-ups the catalog screens need: item types for copies and known shelf locations."""

from __future__ import annotations

from sqlalchemy import select

from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.models import Item, ItemType
from lms_desktop.db.unit_of_work import UnitOfWork


def copy_item_types(uow: UnitOfWork) -> tuple[tuple[str, str], ...]:
    """(code, name) of the item types a catalog copy can have (books, DVDs, audiobooks…)."""
    rows = uow.session.execute(
        select(ItemType.code, ItemType.name).where(ItemType.kind == "book").order_by(ItemType.id)
    ).all()
    return tuple((code, name) for code, name in rows)


def known_locations(uow: UnitOfWork, limit: int = 200) -> tuple[str, ...]:
    """Shelf locations already used on copies, for the location box's suggestions."""
    rows = uow.session.scalars(
        select(Item.location)
        .where(Item.location != "", Item.bib_record_id.is_not(None))
        .distinct()
        .order_by(Item.location)
        .limit(limit)
    )
    return tuple(rows)


def recent_title_ids(uow: UnitOfWork, limit: int = 500) -> tuple[int, ...]:
    """The titles added most recently, newest first (the catalog's start page).

    By id, not by date: the primary key is indexed, so this stays instant at 250,000 titles.
    """
    rows = uow.session.scalars(select(BibRecord.id).order_by(BibRecord.id.desc()).limit(limit))
    return tuple(rows)
