"""A small school built straight through the models: titles, copies, patrons, two months."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.models import Fee, Hold, Item, Loan, Patron, Visit
from lms_desktop.db.unit_of_work import Database
from lms_desktop.devices.models import Device, RepairTicket
from lms_desktop.makerspace.models import Booking, Certification, PatronCertificate, Resource
from lms_desktop.school.setup import item_type_id, patron_type_id

TODAY = date(2026, 11, 20)

TITLES = [
    # title, author, year, call number, item type
    ("Charlotte's Web", "White, E. B.", 1952, "FIC WHI", "book"),
    ("Hatchet", "Paulsen, Gary", 1987, "FIC PAU", "book"),
    ("The Wild Robot", "Brown, Peter", 2016, "FIC BRO", "book"),
    ("Mammals of the World", "Smith, Ann", 1998, "599.75 SMI", "book"),
    ("Volcanoes", "Simon, Seymour", 2006, "551.21 SIM", "book"),
    ("Green Eggs and Ham", "Seuss, Dr.", 1960, "E SEU", "book"),
    ("The Story of the Civil War", "Murphy, Jim", 1975, "973.7 MUR", "book"),
    ("World Book Encyclopedia", "World Book", 2019, "REF 031 WOR", "reference"),
    ("Dog Man", "Pilkey, Dav", 2016, "GN PIL", "graphic_novel"),
    ("Coding for Kids", "Lee, Ada", 2021, "005.1 LEE", "book"),
]

# first, last, grade, homeroom, teacher, language
STUDENTS = [
    ("Ava", "Martinez", "3", "3A", "Ms. Rivera", "es"),
    ("Ben", "Okafor", "3", "3A", "Ms. Rivera", "en"),
    ("Chloe", "Nguyen", "3", "3A", "Ms. Rivera", "en"),
    ("Diego", "Lopez", "4", "4B", "Mr. Chen", "es"),
    ("Emma", "Johnson", "4", "4B", "Mr. Chen", "en"),
    ("Farah", "Khan", "5", "5C", "Mrs. Patel", "en"),
]


@dataclass(frozen=True)
class SmallSchool:
    today: date
    item_barcodes: tuple[str, ...]
    patron_barcodes: tuple[str, ...]
    device_barcodes: tuple[str, ...]
    overdue_by_homeroom: dict[str, int]


def at(day: date, hour: int = 10) -> datetime:
    """A moment on a school day, in UTC (the test school runs on UTC)."""
    return datetime.combine(day, time(hour, 0), UTC)


def build_small_school(database: Database) -> SmallSchool:
    """Ten titles with two copies each, six students and a teacher, loans over Oct-Nov 2026."""
    with database.unit_of_work() as uow:
        s = uow.session
        from lms_desktop.school.models import Site

        site = s.get(Site, 1)
        assert site is not None
        site.timezone = "UTC"
        student_type = patron_type_id(uow, "student")
        teacher_type = patron_type_id(uow, "teacher")
        items: list[Item] = []
        for index, (title, author, year, call, type_code) in enumerate(TITLES):
            record = BibRecord(
                title=title, author=author, publication_year=year, classification=call
            )
            s.add(record)
            s.flush()
            for copy in range(2):
                item = Item(
                    barcode=f"T{index:03d}{copy}",
                    item_type_id=item_type_id(uow, type_code),
                    bib_record_id=record.id,
                    call_number=call,
                    acquired_on=date(2026, 11, 5) if index == 9 else date(2015, 8, 1),
                    price_cents=1500,
                )
                s.add(item)
                items.append(item)
        patrons: list[Patron] = []
        for index, (first, last, grade, room, teacher, lang) in enumerate(STUDENTS):
            patron = Patron(
                barcode=f"P{index + 1:04d}",
                patron_type_id=student_type,
                first_name=first,
                last_name=last,
                grade=grade,
                homeroom=room,
                homeroom_teacher=teacher,
                preferred_language=lang,
            )
            s.add(patron)
            patrons.append(patron)
        teacher = Patron(
            barcode="P9001",
            patron_type_id=teacher_type,
            first_name="Laura",
            last_name="Rivera",
        )
        s.add(teacher)
        devices: list[Item] = []
        for n in range(3):
            device_item = Item(
                barcode=f"CB-{n + 1:03d}",
                item_type_id=item_type_id(uow, "chromebook"),
                status="in_repair" if n == 2 else "available",
            )
            s.add(device_item)
            devices.append(device_item)
        s.flush()
        for n, device_item in enumerate(devices):
            s.add(
                Device(
                    item_id=device_item.id,
                    device_type="chromebook",
                    make="Acer",
                    model="C733",
                    serial_number=f"SN-{n + 1:05d}",
                )
            )

        def lend(item: Item, patron: Patron | None, out: date, back: date | None, days: int = 14):
            loan = Loan(
                item_id=item.id,
                patron_id=patron.id if patron else None,
                checked_out_at=at(out),
                due_at=at(out + timedelta(days=days), 15),
                returned_at=at(back, 11) if back else None,
                outcome="returned" if back else None,
                patron_type_code="student" if patron is not teacher else "teacher",
                patron_grade=patron.grade if patron else "",
                patron_homeroom=patron.homeroom if patron else "",
                item_type_code=item.item_type.code if item.item_type else "book",
            )
            if back is None:
                item.status = "on_loan"
            s.add(loan)
            return loan

        s.flush()
        for item in items:
            s.refresh(item)
        # October: 12 loans returned; November: 10 loans, some overdue on Nov 20
        for n in range(12):
            lend(items[n], patrons[n % 6], date(2026, 10, 1 + n), date(2026, 10, 10 + n))
        lend(items[0], patrons[0], date(2026, 11, 2), None)  # due 11-16: overdue, 3A
        lend(items[2], patrons[1], date(2026, 11, 2), None)  # overdue, 3A
        lend(items[4], patrons[3], date(2026, 11, 3), None)  # overdue, 4B
        lend(items[6], patrons[4], date(2026, 11, 10), None)  # due 11-24, not overdue
        lend(items[8], patrons[5], date(2026, 11, 4), date(2026, 11, 12))
        lend(items[10], patrons[5], date(2026, 11, 4), date(2026, 11, 13))
        lend(items[12], patrons[0], date(2026, 11, 5), date(2026, 11, 14))
        lend(items[14], teacher, date(2026, 11, 6), date(2026, 11, 16))
        lend(items[16], patrons[2], date(2026, 11, 9), date(2026, 11, 17))
        lend(items[12], patrons[2], date(2026, 11, 16), date(2026, 11, 18))
        lend(devices[0], patrons[4], date(2026, 11, 10), date(2026, 11, 10), days=0)
        lend(devices[1], patrons[3], date(2026, 11, 11), date(2026, 11, 11), days=0)
        lend(devices[0], patrons[1], date(2026, 10, 12), date(2026, 10, 12), days=0)
        for day, count in (
            (date(2026, 10, 5), 40),
            (date(2026, 11, 3), 55),
            (date(2026, 11, 12), 30),
        ):
            s.add(Visit(day=day, count=count, kind="walk_in"))
        s.add(
            RepairTicket(
                item_id=devices[2].id,
                symptom="Cracked screen",
                impact=2,
                urgency=2,
                priority=3,
                status="sent_to_it",
                opened_at=at(date(2026, 11, 6)),
            )
        )
        s.add(
            Fee(
                patron_id=patrons[3].id,
                item_id=items[4].id,
                kind="damaged",
                amount_cents=750,
                description="Water damage",
                status="open",
                created_at=at(date(2026, 11, 7)),
            )
        )
        s.add(
            Hold(
                patron_id=patrons[4].id,
                bib_record_id=items[0].bib_record_id,
                status="waiting",
                placed_at=at(date(2026, 11, 15)),
            )
        )
        cert = Certification(name="Laser cutter safety", valid_days=365)
        s.add(cert)
        s.flush()
        printer = Resource(name="3D printer", kind="3d_printer")
        laser = Resource(name="Laser cutter", kind="laser_cutter", certification_id=cert.id)
        s.add_all([printer, laser])
        s.flush()
        s.add(
            PatronCertificate(
                patron_id=patrons[5].id,
                certification_id=cert.id,
                trained_by="Ms. Gray",
                trained_on=date(2025, 12, 1),
                expires_on=date(2026, 12, 1),
            )
        )
        for day, resource, cls, hours in (
            (date(2026, 11, 4), printer, "Mr. Chen 4B", 2),
            (date(2026, 11, 11), printer, "", 1),
            (date(2026, 11, 12), laser, "Mr. Chen 4B", 1),
            (date(2026, 10, 14), printer, "", 1),
        ):
            s.add(
                Booking(
                    resource_id=resource.id,
                    patron_id=patrons[5].id,
                    class_name=cls,
                    starts_at=at(day, 13),
                    ends_at=at(day, 13) + timedelta(hours=hours),
                    status="completed",
                )
            )
        uow.commit()
    return SmallSchool(
        today=TODAY,
        item_barcodes=tuple(i.barcode for i in items),
        patron_barcodes=tuple(p.barcode for p in patrons),
        device_barcodes=tuple(d.barcode for d in devices),
        overdue_by_homeroom={"3A": 2, "4B": 1},
    )
