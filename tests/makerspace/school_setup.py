"""Puts the Riverside calendar, a few patrons and the makerspace tools into a test database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from lms_desktop.circulation.models import ClosedDay, Item, Patron, SchoolYear
from lms_desktop.db.unit_of_work import Database
from lms_desktop.makerspace.calendar_setup import (
    EARLY_RELEASE_DAY as EARLY_PERIODS,
)
from lms_desktop.makerspace.calendar_setup import (
    REGULAR_DAY,
    save_bell_schedule,
    save_rotation,
    save_special_day,
)
from lms_desktop.makerspace.models import Certification, Consumable, Resource
from lms_desktop.makerspace.schedule import SchoolCalendar, load_calendar
from lms_desktop.school.setup import item_type_id, patron_type_id
from tests.makerspace.calendar_fixtures import (
    B_DAY_RESET,
    EARLY_RELEASE_DAY,
    FIRST_DAY,
    LAST_DAY,
    SPRING_BREAK,
    THANKSGIVING,
    WINTER_BREAK,
)


@dataclass(frozen=True)
class Riverside:
    student: int  # Jordan Lee, trained on the laser cutter
    untrained: int  # Ava Chen, no training
    teacher: int  # Ms. Rivera
    laser: int  # gated, needs approval
    printer: int  # 3D printer, quota 120 min/week
    vr: int  # VR headsets, 6 seats
    laser_training: int
    laser_item: int
    filament: int

    def calendar(self, database: Database) -> SchoolCalendar:
        with database.unit_of_work() as uow:
            return load_calendar(uow, on=FIRST_DAY)


def _patron(uow, barcode: str, first: str, last: str, kind: str) -> Patron:  # type: ignore[no-untyped-def]
    patron = Patron(
        barcode=barcode,
        patron_type_id=patron_type_id(uow, kind),
        first_name=first,
        last_name=last,
        grade="7" if kind == "student" else "",
        homeroom="7B" if kind == "student" else "",
    )
    uow.session.add(patron)
    return patron


def set_up_riverside(database: Database) -> Riverside:
    """The 2026-27 Riverside Middle School year, with its makerspace."""
    with database.unit_of_work() as uow:
        s = uow.session
        s.add(SchoolYear(name="2026-27", first_day=FIRST_DAY, last_day=LAST_DAY))
        for day in sorted(THANKSGIVING | WINTER_BREAK | SPRING_BREAK):
            s.add(ClosedDay(day=day, reason="Break"))
        save_bell_schedule(uow, "Regular day", REGULAR_DAY, is_default=True)
        early = save_bell_schedule(uow, "Early release", EARLY_PERIODS)
        save_rotation(uow, ("A", "B"), FIRST_DAY)
        save_special_day(uow, EARLY_RELEASE_DAY, schedule_id=early.id, note="Early release")
        save_special_day(uow, B_DAY_RESET, day_type="A", note="Rotation reset")

        jordan = _patron(uow, "S1001", "Jordan", "Lee", "student")
        ava = _patron(uow, "S1002", "Ava", "Chen", "student")
        rivera = _patron(uow, "T2001", "Maria", "Rivera", "teacher")
        training = Certification(name="Laser cutter safety", valid_days=365)
        s.add(training)
        laser_item = Item(barcode="MK-LASER-1", item_type_id=item_type_id(uow, "maker_tool"))
        s.add(laser_item)
        s.flush()
        laser = Resource(
            name="Laser cutter",
            kind="laser_cutter",
            needs_approval=True,
            certification_id=training.id,
            item_id=laser_item.id,
            bookable_from=time(7, 30),
            bookable_until=time(16, 0),
            max_minutes=120,
        )
        printer = Resource(name="3D printer 1", kind="3d_printer", weekly_quota_minutes=120)
        vr = Resource(name="VR headsets", kind="vr", capacity=6)
        s.add_all([laser, printer, vr])
        s.flush()
        filament = Consumable(
            resource_id=printer.id, name="PLA filament", unit="g", stock=1000, low_stock_level=300
        )
        s.add(filament)
        s.flush()
        from lms_desktop.makerspace.certificates import record_certificate

        record_certificate(uow, jordan.id, training.id, "Ms. Okafor", date(2026, 9, 1))
        uow.commit()
        return Riverside(
            student=jordan.id,
            untrained=ava.id,
            teacher=rivera.id,
            laser=laser.id,
            printer=printer.id,
            vr=vr.id,
            laser_training=training.id,
            laser_item=laser_item.id,
            filament=filament.id,
        )


def at(
    cal: SchoolCalendar, year: int, month: int, day: int, hour: int, minute: int = 0
) -> datetime:
    """A wall-clock moment at the school."""
    return datetime(year, month, day, hour, minute, tzinfo=cal.zone)
