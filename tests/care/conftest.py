"""A small library to take care of: titles with copies, patrons and some loan history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from pymarc import Field, Record, Subfield

from lms_desktop.bootstrap import AppContext
from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.models import Item, JournalEntry, Loan, Patron
from lms_desktop.db.unit_of_work import Database
from lms_desktop.school.setup import item_type_id, patron_type_id

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


@dataclass(frozen=True)
class SmallLibrary:
    patron_ids: dict[str, int]  # by first name
    item_ids: dict[str, int]  # by barcode
    titles: tuple[str, ...]


def marc_for(title: str, author: str) -> bytes:
    record = Record(force_utf8=True)
    record.add_field(Field(tag="001", data=title[:8]))
    record.add_field(
        Field(tag="100", indicators=["1", " "], subfields=[Subfield("a", author)]),
        Field(tag="245", indicators=["1", "0"], subfields=[Subfield("a", title)]),
    )
    return record.as_marc()


def lend(
    session, item_id: int, patron: Patron, out: datetime, back: datetime | None, staff: str
) -> Loan:
    loan = Loan(
        item_id=item_id,
        patron_id=patron.id,
        checked_out_at=out,
        due_at=out + timedelta(days=14),
        returned_at=back,
        checked_out_by=staff,
        patron_type_code="student",
        patron_grade=patron.grade,
        patron_homeroom=patron.homeroom,
        item_type_code="book",
        outcome="returned" if back else None,
    )
    session.add(loan)
    session.add(
        JournalEntry(
            at=out,
            staff_name=staff,
            action="checkout",
            summary=f"Checked out {item_id} to {patron.first_name} {patron.last_name}",
            patron_id=patron.id,
            item_id=item_id,
        )
    )
    return loan


@pytest.fixture
def small_library(database: Database) -> SmallLibrary:
    return stock_small_library(database)


def stock_small_library(database: Database) -> SmallLibrary:
    """Four titles with a copy each, Ana and Ben, and some loan history."""
    titles = ("Wonder", "Hatchet", "Holes", "Dog Man")
    with database.unit_of_work() as uow:
        s = uow.session
        book = item_type_id(uow, "book")
        student = patron_type_id(uow, "student")
        items: dict[str, int] = {}
        for n, title in enumerate(titles, start=1):
            marc = marc_for(title, "A. Writer")
            bib = BibRecord(title=title, author="Author " + title, marc=marc)
            s.add(bib)
            s.flush()
            item = Item(barcode=f"3100000000{n}", item_type_id=book, bib_record_id=bib.id)
            s.add(item)
            s.flush()
            items[item.barcode] = item.id
        patrons = {}
        for first, last, grade in (("Ana", "Lopez", "5"), ("Ben", "Okafor", "4")):
            p = Patron(
                barcode=f"P-{first}",
                patron_type_id=student,
                first_name=first,
                last_name=last,
                grade=grade,
                homeroom="Room 12",
            )
            s.add(p)
            s.flush()
            patrons[first] = p
        ids = list(items.values())
        ana, ben = patrons["Ana"], patrons["Ben"]
        lend(s, ids[0], ana, NOW - timedelta(days=90), NOW - timedelta(days=80), "Ms Reed")
        lend(s, ids[1], ana, NOW - timedelta(days=20), NOW - timedelta(days=10), "Ms Reed")
        lend(s, ids[2], ana, NOW - timedelta(days=2), None, "Ms Reed")
        lend(s, ids[3], ben, NOW - timedelta(days=60), NOW - timedelta(days=45), "Sam (aide)")
        s.flush()
        result = SmallLibrary(
            patron_ids={k: p.id for k, p in patrons.items()}, item_ids=items, titles=titles
        )
        uow.commit()
    return result


@pytest.fixture
def db_arg(app_context: AppContext) -> str:
    """What a school's IT person passes as --db: the SQLite file or the district URL."""
    return app_context.database.url
