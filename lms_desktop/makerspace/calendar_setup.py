"""Edit the bell schedules, the day rotation and special days; seed a starting setup."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from itertools import pairwise

from sqlalchemy import delete, select

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.makerspace.models import (
    BellSchedule,
    Certification,
    Consumable,
    DayRotation,
    Period,
    Resource,
    SpecialDay,
)
from lms_desktop.makerspace.schedule import PeriodSlot
from lms_desktop.makerspace.wording import date_text
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.school.models import DEFAULT_SITE_ID
from lms_desktop.texts import say


@dataclass(frozen=True)
class BellScheduleInfo:
    id: int
    name: str
    is_default: bool
    periods: tuple[PeriodSlot, ...]


@dataclass(frozen=True)
class RotationInfo:
    day_types: tuple[str, ...]
    starts_on: date | None


@dataclass(frozen=True)
class SpecialDayInfo:
    id: int
    day: date
    schedule_id: int | None
    schedule_name: str | None
    day_type: str | None
    note: str


def list_bell_schedules(uow: UnitOfWork, site_id: int = DEFAULT_SITE_ID) -> list[BellScheduleInfo]:
    schedules = list(
        uow.session.scalars(
            select(BellSchedule)
            .where(BellSchedule.site_id == site_id)
            .order_by(BellSchedule.is_default.desc(), BellSchedule.name)
        )
    )
    result = []
    for schedule in schedules:
        periods = uow.session.scalars(
            select(Period).where(Period.schedule_id == schedule.id).order_by(Period.position)
        )
        result.append(
            BellScheduleInfo(
                schedule.id,
                schedule.name,
                schedule.is_default,
                tuple(PeriodSlot(p.name, p.position, p.starts, p.ends) for p in periods),
            )
        )
    return result


def validate_periods(periods: Sequence[tuple[str, time, time]]) -> None:
    """Names unique and filled in, each period ends after it starts, no two overlap."""
    if not periods:
        raise ValidationError(say("A bell schedule needs at least one period. Add one."))
    names = [name.strip() for name, _, _ in periods]
    if any(not n for n in names):
        raise ValidationError(say("Every period needs a name, such as '1' or 'Advisory'."))
    if len(set(names)) != len(names):
        raise ValidationError(say("Two periods have the same name. Give each period its own name."))
    ordered = sorted(periods, key=lambda p: p[1])
    for name, starts, ends in ordered:
        if ends <= starts:
            raise ValidationError(
                say("Period {name} ends before it starts. Fix its times.", name=name)
            )
    for (name_a, _, ends_a), (name_b, starts_b, _) in pairwise(ordered):
        if starts_b < ends_a:
            raise ValidationError(
                say(
                    "Periods {first} and {second} overlap. Fix their times so one ends first.",
                    first=name_a,
                    second=name_b,
                )
            )


def save_bell_schedule(
    uow: UnitOfWork,
    name: str,
    periods: Sequence[tuple[str, time, time]],
    is_default: bool = False,
    schedule_id: int | None = None,
    site_id: int = DEFAULT_SITE_ID,
) -> BellScheduleInfo:
    """Create or replace a bell schedule's periods (in time order). The caller commits."""
    require_permission(uow, Permission.MANAGE_MAKERSPACE)
    if not name.strip():
        raise ValidationError(
            say("A bell schedule needs a name, such as 'Regular' or 'Early release'.")
        )
    validate_periods(periods)
    session = uow.session
    if schedule_id is None:
        schedule = BellSchedule(site_id=site_id, name=name.strip(), is_default=is_default)
        session.add(schedule)
        session.flush()
    else:
        found = session.get(BellSchedule, schedule_id)
        if found is None:
            raise NotFoundError(say("That bell schedule no longer exists. Refresh the list."))
        schedule = found
        schedule.name = name.strip()
        schedule.is_default = is_default
        session.execute(delete(Period).where(Period.schedule_id == schedule.id))
    if is_default:
        for other in session.scalars(
            select(BellSchedule).where(
                BellSchedule.site_id == site_id, BellSchedule.id != schedule.id
            )
        ):
            other.is_default = False
    ordered = sorted(periods, key=lambda p: p[1])
    for position, (period_name, starts, ends) in enumerate(ordered, start=1):
        session.add(
            Period(
                schedule_id=schedule.id,
                name=period_name.strip(),
                position=position,
                starts=starts,
                ends=ends,
            )
        )
    session.flush()
    return next(s for s in list_bell_schedules(uow, site_id) if s.id == schedule.id)


def delete_bell_schedule(uow: UnitOfWork, schedule_id: int) -> None:
    require_permission(uow, Permission.MANAGE_MAKERSPACE)
    schedule = uow.session.get(BellSchedule, schedule_id)
    if schedule is None:
        return
    used = uow.session.scalar(
        select(SpecialDay.day).where(SpecialDay.schedule_id == schedule_id).limit(1)
    )
    if used is not None:
        raise ValidationError(
            say(
                "The {schedule} schedule is used on {day}. Change that special day first.",
                schedule=schedule.name,
                day=date_text(used),
            )
        )
    uow.session.delete(schedule)
    uow.session.flush()


def get_rotation(uow: UnitOfWork, site_id: int = DEFAULT_SITE_ID) -> RotationInfo:
    row = uow.session.scalar(
        select(DayRotation).where(DayRotation.site_id == site_id).order_by(DayRotation.id.desc())
    )
    if row is None:
        return RotationInfo((), None)
    return RotationInfo(
        tuple(t.strip() for t in row.day_types.split(",") if t.strip()), row.starts_on
    )


def save_rotation(
    uow: UnitOfWork, day_types: Sequence[str], starts_on: date, site_id: int = DEFAULT_SITE_ID
) -> RotationInfo:
    """Set the day-type cycle ("A,B" or "A,B,C,D,E,F") and the day it starts counting from.

    An empty `day_types` turns the rotation off.
    """
    require_permission(uow, Permission.MANAGE_MAKERSPACE)
    cleaned = [t.strip().upper() for t in day_types if t.strip()]
    if len(set(cleaned)) != len(cleaned):
        raise ValidationError(say("Each day type may appear only once, such as 'A, B'."))
    if any(len(t) > 10 or "," in t for t in cleaned):
        raise ValidationError(say("Day types are short labels such as A, B or Day 1."))
    uow.session.execute(delete(DayRotation).where(DayRotation.site_id == site_id))
    if cleaned:
        uow.session.add(
            DayRotation(site_id=site_id, day_types=",".join(cleaned), starts_on=starts_on)
        )
    uow.session.flush()
    return get_rotation(uow, site_id)


def list_special_days(uow: UnitOfWork, site_id: int = DEFAULT_SITE_ID) -> list[SpecialDayInfo]:
    rows = uow.session.execute(
        select(SpecialDay, BellSchedule.name)
        .outerjoin(BellSchedule, BellSchedule.id == SpecialDay.schedule_id)
        .where(SpecialDay.site_id == site_id)
        .order_by(SpecialDay.day)
    )
    return [
        SpecialDayInfo(r.id, r.day, r.schedule_id, name, r.day_type, r.note) for r, name in rows
    ]


def save_special_day(
    uow: UnitOfWork,
    day: date,
    schedule_id: int | None = None,
    day_type: str | None = None,
    note: str = "",
    site_id: int = DEFAULT_SITE_ID,
) -> SpecialDayInfo:
    """Give one day another bell schedule (early release) and/or a fixed day type."""
    require_permission(uow, Permission.MANAGE_MAKERSPACE)
    if schedule_id is None and not day_type:
        raise ValidationError(say("Choose a bell schedule or a day type for the special day."))
    if schedule_id is not None and uow.session.get(BellSchedule, schedule_id) is None:
        raise NotFoundError(say("That bell schedule no longer exists. Refresh the list."))
    row = uow.session.scalar(
        select(SpecialDay).where(SpecialDay.site_id == site_id, SpecialDay.day == day)
    )
    if row is None:
        row = SpecialDay(site_id=site_id, day=day)
        uow.session.add(row)
    row.schedule_id = schedule_id
    row.day_type = day_type.strip().upper() if day_type else None
    row.note = note.strip()
    uow.session.flush()
    return next(s for s in list_special_days(uow, site_id) if s.id == row.id)


def delete_special_day(uow: UnitOfWork, special_day_id: int) -> None:
    require_permission(uow, Permission.MANAGE_MAKERSPACE)
    uow.session.execute(delete(SpecialDay).where(SpecialDay.id == special_day_id))
    uow.session.flush()


REGULAR_DAY: tuple[tuple[str, time, time], ...] = (
    ("1", time(8, 0), time(8, 50)),
    ("2", time(8, 55), time(9, 45)),
    ("3", time(9, 50), time(10, 40)),
    ("4", time(10, 45), time(11, 35)),
    ("5", time(12, 15), time(13, 5)),
    ("6", time(13, 10), time(14, 0)),
    ("7", time(14, 5), time(14, 55)),
)
EARLY_RELEASE_DAY: tuple[tuple[str, time, time], ...] = (
    ("1", time(8, 0), time(8, 30)),
    ("2", time(8, 35), time(9, 5)),
    ("3", time(9, 10), time(9, 40)),
    ("4", time(9, 45), time(10, 15)),
    ("5", time(10, 20), time(10, 50)),
    ("6", time(10, 55), time(11, 25)),
    ("7", time(11, 30), time(12, 0)),
)


def ensure_makerspace_defaults(
    uow: UnitOfWork, rotation_starts_on: date, site_id: int = DEFAULT_SITE_ID
) -> bool:
    """A typical middle-school setup to start from: a seven-period day, an early-release
    schedule, A/B days, the usual tools and their trainings. Returns False if the school
    already has a bell schedule (nothing is changed then)."""
    if uow.session.scalar(select(BellSchedule.id).where(BellSchedule.site_id == site_id)):
        return False
    save_bell_schedule(uow, "Regular day", REGULAR_DAY, is_default=True, site_id=site_id)
    save_bell_schedule(uow, "Early release", EARLY_RELEASE_DAY, site_id=site_id)
    save_rotation(uow, ("A", "B"), rotation_starts_on, site_id=site_id)
    laser = Certification(site_id=site_id, name="Laser cutter safety", valid_days=365)
    printer = Certification(site_id=site_id, name="3D printer basics")
    uow.session.add_all([laser, printer])
    uow.session.flush()
    printer.valid_days = None  # never expires (the column default would say 365)
    uow.session.flush()
    printer_1 = Resource(
        site_id=site_id,
        name="3D printer 1",
        kind="3d_printer",
        location="Makerspace bench A",
        max_minutes=240,
        certification_id=printer.id,
        weekly_quota_minutes=180,
    )
    uow.session.add_all(
        [
            printer_1,
            Resource(
                site_id=site_id,
                name="3D printer 2",
                kind="3d_printer",
                location="Makerspace bench A",
                max_minutes=240,
                certification_id=printer.id,
                weekly_quota_minutes=180,
            ),
            Resource(
                site_id=site_id,
                name="Laser cutter",
                kind="laser_cutter",
                location="Makerspace vented corner",
                max_minutes=120,
                needs_approval=True,
                certification_id=laser.id,
            ),
            Resource(
                site_id=site_id,
                name="Vinyl cutter",
                kind="vinyl_cutter",
                location="Makerspace bench B",
            ),
            Resource(
                site_id=site_id,
                name="Green-screen room",
                kind="room",
                location="Room 114",
                capacity=1,
                max_minutes=240,
            ),
            Resource(
                site_id=site_id,
                name="VR headsets",
                kind="vr",
                location="Makerspace cabinet",
                capacity=6,
            ),
        ]
    )
    uow.session.flush()
    uow.session.add_all(
        [
            Consumable(
                site_id=site_id,
                resource_id=printer_1.id,
                name="PLA filament (black)",
                unit="g",
                stock=2000,
                low_stock_level=500,
            ),
            Consumable(
                site_id=site_id,
                name="Vinyl roll (white)",
                unit="in",
                stock=600,
                low_stock_level=120,
            ),
            Consumable(
                site_id=site_id,
                name="Birch plywood 3 mm",
                unit="sheet",
                stock=20,
                low_stock_level=5,
            ),
        ]
    )
    uow.session.flush()
    return True
