"""Build a realistic demo school in a fresh database, the same every time (fixed seed)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from zoneinfo import ZoneInfo

import pymarc
from sqlalchemy import func, select

from lms_desktop.circulation.barcodes import make_library_barcode
from lms_desktop.circulation.models import (
    ClosedDay,
    Fee,
    Hold,
    Item,
    Loan,
    Patron,
    SchoolYear,
    Visit,
)
from lms_desktop.db.unit_of_work import Database, UnitOfWork
from lms_desktop.devices.models import Cart, Device, DeviceComponent, RepairTicket
from lms_desktop.errors import ConflictError
from lms_desktop.makerspace.models import (
    BellSchedule,
    Booking,
    Certification,
    Consumable,
    DayRotation,
    PatronCertificate,
    Period,
    Resource,
)
from lms_desktop.school.models import DEFAULT_SITE_ID, Site, StaffUser
from lms_desktop.school.settings import SCHOOL_NAME, set_setting
from lms_desktop.school.setup import item_type_id, patron_type_id
from lms_desktop.texts import say

DEMO_SCHOOL_NAME = "Riverside Middle School"
DEMO_TIMEZONE = "America/Chicago"
TITLES_RESOURCE = "loc_sample_titles.mrc"
DEMO_INSTITUTION = 4021

FIRST_NAMES = (
    "Aaliyah Aiden Alejandro Amelia Aria Ava Benjamin Brooklyn Caleb Camila Carter Chloe "
    "Daniel Diego Elena Eli Elijah Emily Emma Ethan Evelyn Gabriel Grace Hannah Harper "
    "Henry Isabella Isaiah Jack Jackson Jada Jayden Jasmine Jordan Joseph Julian Kai "
    "Kayla Layla Leah Leo Liam Lily Logan Lucas Luna Madison Malik Maria Mateo Maya Mia "
    "Michael Mila Nathan Noah Nora Olivia Omar Owen Priya Riley Samuel Santiago Sara "
    "Scarlett Sebastian Sofia Stella Theo Valentina Wyatt Xavier Yusuf Zoe Zara"
).split()
LAST_NAMES = (
    "Adams Ahmed Allen Alvarez Anderson Baker Bennett Brooks Brown Campbell Carter Castillo "
    "Chen Clark Collins Cruz Davis Diaz Edwards Evans Flores Foster Garcia Gomez Gonzalez "
    "Green Gupta Hall Harris Hernandez Hill Howard Hughes Jackson James Jimenez Johnson "
    "Jones Kelly Kim King Lee Lewis Lopez Martin Martinez Mendoza Miller Mitchell Moore "
    "Morales Morgan Murphy Nguyen Nelson Ortiz Parker Patel Perez Peterson Phillips "
    "Ramirez Reed Reyes Rivera Roberts Robinson Rodriguez Rogers Ruiz Sanchez Scott Shah "
    "Smith Stewart Taylor Thomas Thompson Torres Turner Walker Ward Washington Watson "
    "White Williams Wilson Wright Young"
).split()
TEACHERS = (
    ("Grace", "Okafor"),
    ("Daniel", "Lindqvist"),
    ("Maria", "Santos"),
    ("Kevin", "Brennan"),
    ("Aisha", "Rahman"),
    ("Thomas", "Whitfield"),
    ("Laura", "Kowalski"),
    ("James", "Nakamura"),
    ("Patricia", "Delgado"),
    ("Robert", "Ellison"),
    ("Nadia", "Haddad"),
    ("Steven", "Park"),
    ("Helen", "Fitzgerald"),
    ("Marcus", "Obi"),
    ("Rachel", "Levin"),
    ("Carlos", "Medina"),
    ("Erin", "McAllister"),
    ("Samuel", "Achebe"),
)
GRADES = ("6", "7", "8")
HOMEROOMS_PER_GRADE = 4
STUDENTS_PER_HOMEROOM = 28


@dataclass(frozen=True)
class DemoSummary:
    titles: int
    copies: int
    students: int
    teachers: int
    devices: int
    resources: int
    loans: int
    open_loans: int
    overdue_loans: int
    holds: int

    def lines(self) -> list[str]:
        return [
            f"{self.titles} titles with {self.copies} copies",
            f"{self.students} students in grades 6-8 and {self.teachers} teachers",
            f"{self.devices} devices (Chromebooks, hotspots, chargers, carts)",
            f"{self.resources} makerspace resources with a bell schedule",
            f"{self.loans} loans this term ({self.open_loans} out now, "
            f"{self.overdue_loans} overdue), {self.holds} holds waiting",
        ]


def school_year_for(today: date) -> tuple[date, date]:
    """The school year `today` falls in: mid-August to early June."""
    start_year = today.year if today.month >= 8 else today.year - 1
    first = date(start_year, 8, 17)
    while first.weekday() != 0:  # the Monday on or after Aug 17
        first += timedelta(days=1)
    last = date(start_year + 1, 6, 4)
    return first, last


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    day = date(year, month, 1)
    while day.weekday() != weekday:
        day += timedelta(days=1)
    return day + timedelta(weeks=n - 1)


def closed_days_for(first: date, last: date) -> list[tuple[date, str]]:
    """US public-school holidays and breaks in the school year."""
    y = first.year
    days: list[tuple[date, str]] = [(_nth_weekday(y, 9, 0, 1), "Labor Day")]
    thanksgiving = _nth_weekday(y, 11, 3, 4)
    days += [(thanksgiving + timedelta(days=d), "Thanksgiving break") for d in (-1, 0, 1)]
    winter = date(y, 12, 21)
    days += [(winter + timedelta(days=d), "Winter break") for d in range(12)]
    days.append((_nth_weekday(y + 1, 1, 0, 3), "Martin Luther King Jr. Day"))
    days.append((_nth_weekday(y + 1, 2, 0, 3), "Presidents' Day"))
    spring = _nth_weekday(y + 1, 3, 0, 3)
    days += [(spring + timedelta(days=d), "Spring break") for d in range(5)]
    days.append(
        (
            _nth_weekday(y + 1, 5, 0, 5)
            if _nth_weekday(y + 1, 5, 0, 5).month == 5
            else _nth_weekday(y + 1, 5, 0, 4),
            "Memorial Day",
        )
    )
    return [(d, why) for d, why in days if first <= d <= last and d.weekday() < 5]


def school_days_between(start: date, end: date, closed: set[date]) -> list[date]:
    days = []
    day = start
    while day <= end:
        if day.weekday() < 5 and day not in closed:
            days.append(day)
        day += timedelta(days=1)
    return days


def _next_school_day(day: date, closed: set[date]) -> date:
    while day.weekday() >= 5 or day in closed:
        day += timedelta(days=1)
    return day


def _demo_call_number(record: pymarc.Record, rng: random.Random) -> str:
    author = ""
    for tag in ("100", "110", "111", "245"):
        field = record.get(tag)
        if field is not None:
            author = (field.get("a") or "").strip()
            break
    cutter = "".join(ch for ch in author.upper() if ch.isalpha())[:3] or "ZZZ"
    dewey = record.get("082")
    if dewey is not None and dewey.get("a"):
        number = dewey.get("a", "").replace("/", "").split()[0].rstrip(".")
        return f"{number} {cutter}"
    lc = record.get("050")
    if lc is not None and (lc.get("a") or "").startswith("PZ"):
        return f"FIC {cutter}"
    if record.leader[6:8] == "am" and rng.random() < 0.3:
        return f"FIC {cutter}"
    if lc is not None and lc.get("a"):
        return " ".join(part for part in (lc.get("a"), lc.get("b")) if part)
    return f"REF {cutter}"


def _read_titles() -> list[pymarc.Record]:
    data = (resources.files("lms_desktop") / "resources" / "demo" / TITLES_RESOURCE).read_bytes()
    reader = pymarc.MARCReader(data, to_unicode=True, force_utf8=True, utf8_handling="replace")
    return [record for record in reader if record is not None]


def _database_has_data(uow: UnitOfWork) -> bool:
    from lms_desktop.catalog.models import BibRecord

    titles = uow.session.scalar(select(func.count()).select_from(BibRecord)) or 0
    patrons = uow.session.scalar(select(func.count()).select_from(Patron)) or 0
    return titles + patrons > 0


def build_demo_school(
    database: Database, seed: int = 2026, force: bool = False, today: date | None = None
) -> DemoSummary:
    """Fill the database with the demo school, in one transaction.

    Refuses (ConflictError) when the database already holds titles or patrons, unless
    `force`: the demo must never be mixed into a real library by accident.
    """
    rng = random.Random(seed)
    zone = ZoneInfo(DEMO_TIMEZONE)
    today = today or datetime.now(zone).date()
    with database.unit_of_work(staff_name="Demo set-up") as uow:
        if _database_has_data(uow) and not force:
            raise ConflictError(
                say(
                    "This database already has titles or patrons, so the demo school was "
                    "not added. Use a new database file (--db demo.sqlite3), or add --force."
                )
            )
        summary = _build(uow, rng, zone, today)
        uow.commit()
    return summary


def _build(uow: UnitOfWork, rng: random.Random, zone: ZoneInfo, today: date) -> DemoSummary:
    from lms_desktop.catalog.records import add_record

    session = uow.session
    site = session.get(Site, DEFAULT_SITE_ID)
    assert site is not None, "the school defaults are created when the database opens"
    site.name = DEMO_SCHOOL_NAME
    site.timezone = DEMO_TIMEZONE
    set_setting(uow, SCHOOL_NAME, DEMO_SCHOOL_NAME)
    session.add_all(
        [
            StaffUser(name="Ms. Rivera", role="librarian"),
            StaffUser(name="Jamal (aide)", role="aide"),
            StaffUser(name="Priya (aide)", role="aide"),
        ]
    )

    # calendar
    first, last = school_year_for(today)
    closed = closed_days_for(first, last)
    closed_set = {d for d, _ in closed}
    session.add(
        SchoolYear(
            name=f"{first.year}-{last.year}",
            first_day=first,
            last_day=last,
            end_of_day=time(15, 10),
        )
    )
    session.add_all([ClosedDay(day=d, reason=why) for d, why in closed])

    def at_local(day: date, hour: int, minute: int) -> datetime:
        return datetime.combine(day, time(hour, minute), zone).astimezone(UTC)

    # catalog
    book_type = item_type_id(uow, "book")
    reference_type = item_type_id(uow, "reference")
    records = _read_titles()
    copies: list[Item] = []
    copies_by_title: dict[int, list[Item]] = {}
    barcode_seq = 1
    for record in records:
        record_id = add_record(uow, record, source="demo: Library of Congress sample")
        call_number = _demo_call_number(record, rng)
        is_reference = call_number.startswith("REF")
        if rng.random() < 0.08 and today > first:  # this term's new books
            acquired = first + timedelta(days=rng.randint(0, (today - first).days))
        else:
            acquired = first - timedelta(days=rng.randint(30, 365 * 12))
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
            item = Item(
                barcode=make_library_barcode("item", DEMO_INSTITUTION, barcode_seq),
                item_type_id=reference_type if is_reference else book_type,
                bib_record_id=record_id,
                call_number=call_number,
                call_number_sort=_sort_key(call_number),
                location="Reference" if is_reference else "Main stacks",
                price_cents=rng.choice((1299, 1599, 1899, 2499, 3499)),
                acquired_on=acquired,
            )
            barcode_seq += 1
            copies.append(item)
            copies_by_title.setdefault(record_id, []).append(item)
    session.add_all(copies)

    # patrons
    student_type = patron_type_id(uow, "student")
    teacher_type = patron_type_id(uow, "teacher")
    staff_type = patron_type_id(uow, "staff")
    teachers: list[Patron] = []
    patron_seq = 1
    for first_name, last_name in TEACHERS:
        teachers.append(
            Patron(
                barcode=make_library_barcode("patron", DEMO_INSTITUTION, patron_seq),
                patron_type_id=teacher_type,
                first_name=first_name,
                last_name=last_name,
                email=f"{first_name[0].lower()}{last_name.lower()}@riverside.example.edu",
            )
        )
        patron_seq += 1
    students: list[Patron] = []
    room_number = 101
    for grade_index, grade in enumerate(GRADES):
        for h in range(HOMEROOMS_PER_GRADE):
            teacher = teachers[grade_index * HOMEROOMS_PER_GRADE + h]
            homeroom = f"{room_number + grade_index * 100 + h}"
            for _ in range(STUDENTS_PER_HOMEROOM):
                first_name = rng.choice(FIRST_NAMES)
                last_name = rng.choice(LAST_NAMES)
                students.append(
                    Patron(
                        barcode=make_library_barcode("patron", DEMO_INSTITUTION, patron_seq),
                        patron_type_id=student_type,
                        sis_id=f"S{240000 + patron_seq}",
                        first_name=first_name,
                        last_name=last_name,
                        grade=grade,
                        homeroom=homeroom,
                        homeroom_teacher=f"{teacher.first_name[0]}. {teacher.last_name}",
                        preferred_language="es" if rng.random() < 0.18 else "en",
                    )
                )
                patron_seq += 1
    staff = [
        Patron(
            barcode=make_library_barcode("patron", DEMO_INSTITUTION, patron_seq + i),
            patron_type_id=staff_type,
            first_name=f,
            last_name=la,
        )
        for i, (f, la) in enumerate((("Dana", "Whitaker"), ("Luis", "Ferreira")))
    ]
    session.add_all([*teachers, *students, *staff])

    # devices
    devices = _add_devices(uow, rng, students)

    session.flush()

    # a term of loans, from the first day of school to today
    term_days = [d for d in school_days_between(first, min(today, last), closed_set)]
    if not term_days or term_days[-1] == today:
        history_days = term_days[:-1] if term_days else []
    else:
        history_days = term_days
    _add_loan_history(
        uow, rng, history_days, today, closed_set, students, teachers, copies, at_local
    )

    # holds on titles whose copies are all out
    holds = 0
    out_titles = [
        rid for rid, items in copies_by_title.items() if all(i.status == "on_loan" for i in items)
    ]
    for record_id in out_titles[:12]:
        for patron in rng.sample(students, rng.choice((1, 1, 2))):
            session.add(
                Hold(
                    patron_id=patron.id,
                    bib_record_id=record_id,
                    placed_at=at_local(
                        history_days[-1] if history_days else today, 10, rng.randint(0, 59)
                    ),
                )
            )
            holds += 1

    # a few fees
    for patron in rng.sample(students, 6):
        session.add(
            Fee(
                patron_id=patron.id,
                kind=rng.choice(("lost", "damaged")),
                amount_cents=rng.choice((500, 1299, 1899)),
                description="Demo: book returned with water damage"
                if rng.random() < 0.5
                else "Demo: book lost",
            )
        )

    # visits per day
    for day in history_days:
        session.add(Visit(day=day, count=rng.randint(40, 140), kind="walk_in"))
        if rng.random() < 0.3:
            session.add(
                Visit(
                    day=day,
                    count=rng.randint(20, 30),
                    kind="class",
                    note=f"Class visit: {rng.choice(teachers).last_name}",
                )
            )

    resources_count = _add_makerspace(
        uow, rng, students, teachers, first, today, closed_set, at_local
    )
    _add_device_loans(uow, rng, history_days, today, students, teachers, at_local)
    session.flush()
    loans = session.scalar(select(func.count()).select_from(Loan)) or 0
    open_count = session.scalar(select(func.count()).where(Loan.returned_at.is_(None))) or 0
    overdue_count = (
        session.scalar(
            select(func.count()).where(Loan.returned_at.is_(None), Loan.due_at < datetime.now(UTC))
        )
        or 0
    )

    return DemoSummary(
        titles=len(records),
        copies=len(copies),
        students=len(students),
        teachers=len(teachers),
        devices=devices,
        resources=resources_count,
        loans=loans,
        open_loans=open_count,
        overdue_loans=overdue_count,
        holds=holds,
    )


def _sort_key(call_number: str) -> str:
    try:
        from lms_desktop.catalog.call_numbers import call_number_sort_key
    except ImportError:  # the catalog's sort key arrives with the catalog work
        return call_number.upper()
    return call_number_sort_key(call_number)


def _add_devices(uow: UnitOfWork, rng: random.Random, students: list[Patron]) -> int:
    session = uow.session
    count = 0
    carts = []
    cart_type = item_type_id(uow, "cart")
    for letter in ("A", "B"):
        cart_item = Item(
            barcode=f"CART-{letter}",
            item_type_id=cart_type,
            location="Media center workroom",
            call_number="",
        )
        session.add(cart_item)
        session.flush()
        cart = Cart(item_id=cart_item.id, name=f"Chromebook cart {letter}", slot_count=15)
        session.add(cart)
        carts.append(cart)
        count += 1
    session.flush()

    specs = [
        ("chromebook", "CB", 40, "Lenovo", "100e Chromebook Gen 4"),
        ("hotspot", "HS", 10, "Kajeet", "SmartSpot 5G"),
        ("charger", "CH", 15, "Lenovo", "45W USB-C charger"),
        ("calculator", "TI", 8, "Texas Instruments", "TI-84 Plus CE"),
        ("camera", "CAM", 3, "Canon", "EOS Rebel T7"),
    ]
    for code, prefix, how_many, make, model in specs:
        type_id = item_type_id(uow, code)
        for n in range(1, how_many + 1):
            item = Item(
                barcode=f"{prefix}-{n:04d}",
                item_type_id=type_id,
                location="Device closet",
                price_cents=None,
            )
            session.add(item)
            session.flush()
            cart_id = slot = None
            if code == "chromebook" and n <= 30:
                cart = carts[(n - 1) // 15]
                cart_id, slot = cart.id, (n - 1) % 15 + 1
            device = Device(
                item_id=item.id,
                device_type=code,
                make=make,
                model=model,
                serial_number=f"{prefix}{rng.randint(10**7, 10**8 - 1)}",
                purchase_date=date(2024, 7, 1),
                warranty_end=date(2027, 6, 30),
                home_location="Cart" if cart_id else "Device closet",
                cart_id=cart_id,
                cart_slot=slot,
                imei=str(rng.randint(10**14, 10**15 - 1)) if code == "hotspot" else "",
            )
            session.add(device)
            if code == "chromebook":
                session.add(
                    DeviceComponent(
                        device_item_id=item.id, name="Charger", replacement_fee_cents=3000
                    )
                )
            count += 1
            if code == "chromebook" and n == 37:
                item.status = "in_repair"
                session.add(
                    RepairTicket(
                        item_id=item.id,
                        symptom="Cracked screen, hinge loose",
                        impact=2,
                        urgency=2,
                        priority=3,
                        status="sent_to_it",
                        it_ticket_number="IT-48213",
                    )
                )
    return count


def _add_loan_history(
    uow: UnitOfWork,
    rng: random.Random,
    days: list[date],
    today: date,
    closed: set[date],
    students: list[Patron],
    teachers: list[Patron],
    copies: list[Item],
    at_local: object,
) -> tuple[int, int, int]:
    session = uow.session
    loan_at = at_local  # (day, hour, minute) -> aware UTC datetime
    open_by_item: dict[int, Loan] = {}
    busy_until: dict[int, date] = {}  # an item is lent again only after it came back
    loans: list[Loan] = []
    lendable = [c for c in copies if c.location != "Reference"]
    for day in days:
        # a school day: a few classes visit, each student borrows one or two books
        for _ in range(rng.randint(20, 45)):
            borrower = rng.choice(students) if rng.random() < 0.92 else rng.choice(teachers)
            item = rng.choice(lendable)
            if item.id in open_by_item or busy_until.get(item.id, date.min) >= day:
                continue
            if item.acquired_on is not None and item.acquired_on > day:
                continue  # not on the shelf yet
            out = loan_at(day, rng.randint(8, 14), rng.randint(0, 59))  # type: ignore[operator]
            due_day = _next_school_day(
                day + timedelta(days=14 if borrower in students else 28), closed
            )
            loan = Loan(
                item_id=item.id,
                patron_id=borrower.id,
                checked_out_at=out,
                due_at=loan_at(due_day, 23, 59),  # type: ignore[operator]
                checked_out_by=rng.choice(("Ms. Rivera", "Jamal (aide)", "Priya (aide)")),
                patron_type_code="student" if borrower in students else "teacher",
                patron_grade=borrower.grade,
                patron_homeroom=borrower.homeroom,
                item_type_code="book",
            )
            # most books come back around the due date; recent ones are still out
            keep_days = rng.choice((3, 7, 10, 13, 14, 16, 21))
            back_day = day + timedelta(days=keep_days)
            if back_day < today and rng.random() < 0.97:
                back_day = _next_school_day(back_day, closed)
                if back_day < today:
                    loan.returned_at = loan_at(back_day, rng.randint(8, 15), rng.randint(0, 59))  # type: ignore[operator]
                    loan.returned_by = loan.checked_out_by
                    loan.outcome = "returned"
            if loan.returned_at is None:
                open_by_item[item.id] = loan
                item.status = "on_loan"
            else:
                busy_until[item.id] = back_day
            loans.append(loan)
    session.add_all(loans)
    now = datetime.now(UTC)
    overdue = sum(1 for loan in open_by_item.values() if loan.due_at < now)
    return len(loans), len(open_by_item), overdue


def _add_makerspace(
    uow: UnitOfWork,
    rng: random.Random,
    students: list[Patron],
    teachers: list[Patron],
    first: date,
    today: date,
    closed: set[date],
    at_local: object,
) -> int:
    session = uow.session
    regular = BellSchedule(name="Regular day", is_default=True)
    early = BellSchedule(name="Early release")
    session.add_all([regular, early])
    session.flush()
    regular_periods = [
        ("1", 8, 0, 8, 50),
        ("2", 8, 55, 9, 45),
        ("3", 9, 50, 10, 40),
        ("4", 10, 45, 11, 35),
        ("Lunch", 11, 35, 12, 10),
        ("5", 12, 15, 13, 5),
        ("6", 13, 10, 14, 0),
        ("7", 14, 5, 14, 55),
    ]
    early_periods = [
        ("1", 8, 0, 8, 35),
        ("2", 8, 40, 9, 15),
        ("3", 9, 20, 9, 55),
        ("4", 10, 0, 10, 35),
        ("5", 10, 40, 11, 15),
        ("6", 11, 20, 11, 55),
        ("7", 12, 0, 12, 35),
    ]
    for schedule, periods in ((regular, regular_periods), (early, early_periods)):
        for pos, (name, h1, m1, h2, m2) in enumerate(periods):
            session.add(
                Period(
                    schedule_id=schedule.id,
                    name=name,
                    position=pos,
                    starts=time(h1, m1),
                    ends=time(h2, m2),
                )
            )
    session.add(DayRotation(day_types="A,B", starts_on=first))

    printer_cert = Certification(name="3D printer basics", valid_days=365)
    laser_cert = Certification(name="Laser cutter safety", valid_days=180)
    session.add_all([printer_cert, laser_cert])
    session.flush()
    tool_type = item_type_id(uow, "maker_tool")
    laser_item = Item(barcode="MK-LASER-1", item_type_id=tool_type, location="Makerspace")
    session.add(laser_item)
    session.flush()
    resources = [
        *(
            Resource(
                name=f"3D printer {n} (Prusa MK4)",
                kind="3d_printer",
                location="Makerspace",
                certification_id=printer_cert.id,
                max_minutes=240,
                weekly_quota_minutes=180,
            )
            for n in (1, 2)
        ),
        Resource(
            name="Laser cutter (Glowforge)",
            kind="laser_cutter",
            location="Makerspace",
            certification_id=laser_cert.id,
            needs_approval=True,
            item_id=laser_item.id,
            max_minutes=90,
        ),
        Resource(name="Vinyl cutter (Cricut)", kind="vinyl_cutter", location="Makerspace"),
        Resource(
            name="Green-screen room", kind="room", capacity=6, location="Studio B", min_minutes=30
        ),
        Resource(name="VR headsets (Quest 3)", kind="vr", capacity=8, location="Makerspace"),
    ]
    session.add_all(resources)
    session.flush()
    session.add_all(
        [
            Consumable(
                resource_id=resources[0].id,
                name="PLA filament",
                unit="g",
                stock=3200,
                low_stock_level=1000,
            ),
            Consumable(
                resource_id=resources[3].id,
                name="Adhesive vinyl",
                unit="in",
                stock=240,
                low_stock_level=60,
            ),
            Consumable(
                resource_id=resources[2].id,
                name="Birch plywood sheets",
                unit="sheet",
                stock=14,
                low_stock_level=5,
            ),
        ]
    )
    trained = rng.sample(students, 40)
    for index, student in enumerate(trained):
        cert = printer_cert if index % 3 else laser_cert
        trained_on = first + timedelta(days=rng.randint(7, 60))
        session.add(
            PatronCertificate(
                patron_id=student.id,
                certification_id=cert.id,
                trained_by="Ms. Rivera",
                trained_on=trained_on,
                expires_on=trained_on + timedelta(days=cert.valid_days or 365),
            )
        )
    # bookings by period over the term and the next two weeks
    gated_students: dict[int, list[Patron]] = {printer_cert.id: [], laser_cert.id: []}
    for index, student in enumerate(trained):
        gated_students[printer_cert.id if index % 3 else laser_cert.id].append(student)
    now = datetime.now(UTC)
    day = first
    while day <= today + timedelta(days=14):
        if day.weekday() < 5 and day not in closed:
            for resource in rng.sample(resources, rng.choice((1, 2, 3))):
                name, h1, m1, h2, m2 = rng.choice([p for p in regular_periods if p[0] != "Lunch"])
                starts = at_local(day, h1, m1)  # type: ignore[operator]
                ends = at_local(day, h2, m2)  # type: ignore[operator]
                booking = Booking(
                    resource_id=resource.id, starts_at=starts, ends_at=ends, created_by="Ms. Rivera"
                )
                if resource.capacity > 1 or resource.certification_id is None:
                    teacher = rng.choice(teachers)
                    booking.patron_id = teacher.id
                    booking.class_name = rng.choice(
                        ("Grade 6 science", "Grade 7 ELA", "Grade 8 art", "Grade 7 history")
                    )
                    booking.purpose = rng.choice(
                        ("Class project", "Book trailer filming", "Science unit", "Art project")
                    )
                    booking.seats = resource.capacity
                else:
                    student = rng.choice(gated_students[resource.certification_id])
                    booking.patron_id = student.id
                    booking.purpose = rng.choice(
                        ("Science fair prototype", "Robotics team part", "Keychain design")
                    )
                if ends < now:
                    booking.status = "no_show" if rng.random() < 0.05 else "completed"
                    if booking.status == "completed":
                        booking.checked_in_at = starts + timedelta(minutes=rng.randint(0, 6))
                elif resource.needs_approval and rng.random() < 0.5:
                    booking.status = "requested"
                session.add(booking)
        day += timedelta(days=1)
    return len(resources)


def _add_device_loans(
    uow: UnitOfWork,
    rng: random.Random,
    days: list[date],
    today: date,
    students: list[Patron],
    teachers: list[Patron],
    at_local: object,
) -> None:
    """Day loaners that came back the same afternoon, and hotspots lent for weeks."""
    session = uow.session
    items = {
        item.barcode: item
        for item in session.scalars(
            select(Item).where(Item.barcode.like("CB-%") | Item.barcode.like("HS-%"))
        )
    }
    loaners = [items[f"CB-{n:04d}"] for n in range(31, 41) if n != 37]
    hotspots = [items[f"HS-{n:04d}"] for n in range(1, 11)]
    busy_until: dict[int, date] = {}
    for day in days:
        for item in rng.sample(loaners, rng.randint(1, 3)):
            student = rng.choice(students)
            session.add(
                Loan(
                    item_id=item.id,
                    patron_id=student.id,
                    checked_out_at=at_local(day, 8, rng.randint(0, 40)),  # type: ignore[operator]
                    due_at=at_local(day, 15, 10),  # type: ignore[operator]
                    returned_at=at_local(day, 14, rng.randint(5, 59)),  # type: ignore[operator]
                    checked_out_by="Jamal (aide)",
                    returned_by="Jamal (aide)",
                    outcome="returned",
                    patron_type_code="student",
                    patron_grade=student.grade,
                    patron_homeroom=student.homeroom,
                    item_type_code="chromebook",
                )
            )
        if rng.random() < 0.35:
            free = [h for h in hotspots if busy_until.get(h.id, date.min) < day]
            if not free:
                continue
            hotspot = rng.choice(free)
            borrower = rng.choice(students)
            due = day + timedelta(days=21)
            loan = Loan(
                item_id=hotspot.id,
                patron_id=borrower.id,
                checked_out_at=at_local(day, 9, rng.randint(0, 59)),  # type: ignore[operator]
                due_at=at_local(due, 15, 10),  # type: ignore[operator]
                checked_out_by="Ms. Rivera",
                patron_type_code="student",
                patron_grade=borrower.grade,
                patron_homeroom=borrower.homeroom,
                item_type_code="hotspot",
            )
            back = day + timedelta(days=rng.choice((14, 20, 21, 23)))
            if back < today:
                loan.returned_at = at_local(back, 8, 30)  # type: ignore[operator]
                loan.returned_by = "Ms. Rivera"
                loan.outcome = "returned"
                busy_until[hotspot.id] = back
            else:
                busy_until[hotspot.id] = date.max
                hotspot.status = "on_loan"
            session.add(loan)
