"""A small school for the circulation tests: titles with copies, devices, patrons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from lms_desktop.catalog.models import BibIdentifier, BibRecord
from lms_desktop.circulation.barcodes import make_library_barcode
from lms_desktop.circulation.context import invalidate_cache
from lms_desktop.circulation.models import Item, Patron
from lms_desktop.db.unit_of_work import Database, UnitOfWork
from lms_desktop.school.setup import item_type_id, patron_type_id

# Tuesday 10 March 2026, 10:00 in New York: a plain school morning.
SCHOOL_MORNING = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


@dataclass(frozen=True)
class SmallSchool:
    database: Database
    ada: int  # student, grade 4, Room 12 (Ms. Rivera)
    ben: int  # student, grade 5, Room 14 (Mr. Okafor)
    teacher: int
    ada_card: str
    ben_card: str
    teacher_card: str
    charlotte: list[str]  # three copies of Charlotte's Web
    holes: str  # one copy of Holes
    chromebook: str
    bib_charlotte: int
    bib_holes: int

    def uow(self, staff: str = "Ms. Librarian") -> UnitOfWork:
        return self.database.unit_of_work(staff_name=staff)


def item_barcode(n: int) -> str:
    return make_library_barcode("item", 1234, n)


def patron_barcode(n: int) -> str:
    return make_library_barcode("patron", 1234, n)


@pytest.fixture
def school(database: Database) -> SmallSchool:
    invalidate_cache()
    with database.unit_of_work() as uow:
        s = uow.session
        book = item_type_id(uow, "book")
        chromebook = item_type_id(uow, "chromebook")
        student = patron_type_id(uow, "student")
        teacher = patron_type_id(uow, "teacher")
        charlotte = BibRecord(title="Charlotte's Web", author="White, E. B.")
        holes = BibRecord(title="Holes", author="Sachar, Louis")
        s.add_all([charlotte, holes])
        s.flush()
        s.add(BibIdentifier(record_id=charlotte.id, kind="isbn", value="9780064400558"))
        copies = [item_barcode(n) for n in (1, 2, 3)]
        for barcode in copies:
            s.add(
                Item(
                    barcode=barcode,
                    item_type_id=book,
                    bib_record_id=charlotte.id,
                    call_number="FIC WHI",
                    price_cents=899,
                )
            )
        s.add(
            Item(
                barcode=item_barcode(4),
                item_type_id=book,
                bib_record_id=holes.id,
                call_number="FIC SAC",
            )
        )
        s.add(Item(barcode="CB-0042", item_type_id=chromebook))
        people = [
            Patron(
                barcode=patron_barcode(1),
                patron_type_id=student,
                first_name="Ada",
                last_name="Lovelace",
                grade="4",
                homeroom="Room 12",
                homeroom_teacher="Ms. Rivera",
                sis_id="S1001",
            ),
            Patron(
                barcode=patron_barcode(2),
                patron_type_id=student,
                first_name="Ben",
                last_name="Okoro",
                grade="5",
                homeroom="Room 14",
                homeroom_teacher="Mr. Okafor",
                sis_id="S1002",
            ),
            Patron(
                barcode=patron_barcode(3),
                patron_type_id=teacher,
                first_name="Maria",
                last_name="Rivera",
            ),
        ]
        s.add_all(people)
        s.flush()
        uow.commit()
        return SmallSchool(
            database=database,
            ada=people[0].id,
            ben=people[1].id,
            teacher=people[2].id,
            ada_card=people[0].barcode,
            ben_card=people[1].barcode,
            teacher_card=people[2].barcode,
            charlotte=copies,
            holes=item_barcode(4),
            chromebook="CB-0042",
            bib_charlotte=charlotte.id,
            bib_holes=holes.id,
        )
