"""Small builders for the inventory tests: titles, copies, students and loans."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

from lms_desktop.catalog.call_numbers import call_number_sort_key
from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.models import Item, ItemType, Loan, Patron, PatronType
from lms_desktop.db.unit_of_work import Database


def add_copy(
    database: Database,
    barcode: str,
    call_number: str,
    *,
    title: str = "",
    location: str = "Main",
    item_type: str = "book",
    year: int | None = 2015,
    status: str = "available",
    condition: str = "good",
    acquired_on: date | None = date(2015, 8, 1),
) -> int:
    with database.unit_of_work() as uow:
        s = uow.session
        record = BibRecord(title=title or f"Title {barcode}", publication_year=year)
        s.add(record)
        s.flush()
        type_id = s.scalar(select(ItemType.id).where(ItemType.code == item_type))
        item = Item(
            barcode=barcode,
            item_type_id=type_id,
            bib_record_id=record.id,
            call_number=call_number,
            call_number_sort=call_number_sort_key(call_number),
            location=location,
            status=status,
            condition=condition,
            acquired_on=acquired_on,
        )
        s.add(item)
        s.flush()
        uow.commit()
        return item.id


def add_student(
    database: Database,
    barcode: str,
    grade: str,
    *,
    homeroom: str = "",
    status: str = "active",
    sis_id: str | None = None,
    site_id: int = 1,
) -> int:
    with database.unit_of_work() as uow:
        s = uow.session
        type_id = s.scalar(select(PatronType.id).where(PatronType.code == "student"))
        patron = Patron(
            barcode=barcode,
            patron_type_id=type_id,
            sis_id=sis_id or barcode,
            first_name=f"First{barcode}",
            last_name=f"Last{barcode}",
            grade=grade,
            homeroom=homeroom,
            status=status,
            site_id=site_id,
        )
        s.add(patron)
        s.flush()
        uow.commit()
        return patron.id


def add_past_loan(database: Database, item_id: int, when: date, *, open_: bool = False) -> None:
    """A loan in the history (returned two weeks later unless `open_`)."""
    out = datetime(when.year, when.month, when.day, 10, tzinfo=UTC)
    with database.unit_of_work() as uow:
        uow.session.add(
            Loan(
                item_id=item_id,
                checked_out_at=out,
                due_at=out.replace(day=min(out.day + 14, 28)),
                returned_at=None if open_ else out.replace(day=min(out.day + 10, 28)),
                item_type_code="book",
            )
        )
        if open_:
            uow.session.get(Item, item_id).status = "on_loan"  # type: ignore[union-attr]
        uow.commit()


def status_of(database: Database, item_id: int) -> str:
    with database.unit_of_work() as uow:
        return uow.session.get(Item, item_id).status  # type: ignore[union-attr]
