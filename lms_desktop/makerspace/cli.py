"""Makerspace sub-commands: setup, book, list, door, release-no-shows, expiring, low-stock."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from lms_desktop.bootstrap import open_app
from lms_desktop.circulation.models import Patron
from lms_desktop.cli import add_db_option, config_from, print_json
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.makerspace.bookings import (
    BookingInfo,
    BookingRequest,
    bookings_between,
    create_booking,
    create_series,
    release_no_shows,
)
from lms_desktop.makerspace.calendar_setup import ensure_makerspace_defaults
from lms_desktop.makerspace.certificates import expiring_soon
from lms_desktop.makerspace.door_schedule import build_door_schedule, write_door_schedule_pdf
from lms_desktop.makerspace.resources import list_resources, low_stock
from lms_desktop.makerspace.schedule import load_calendar, local_datetime
from lms_desktop.makerspace.slots import (
    RecurrenceRule,
    label_slot,
    slot_by_clock,
    slot_by_period,
)
from lms_desktop.texts import say

WEEKDAY_CODES = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-09-09") from None


def _clock(text: str) -> time:
    try:
        return datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time like 15:30") from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    maker = subparsers.add_parser(
        "makerspace",
        help="book makerspace tools, print the door schedule, release no-shows",
        description="Makerspace bookings on the bell schedule. Run "
        "'lms-desktop makerspace ACTION --help' for one action.",
    )
    add_db_option(maker)
    actions = maker.add_subparsers(title="actions", metavar="ACTION", required=True)

    setup = actions.add_parser(
        "setup",
        help="create a typical bell schedule, A/B rotation, tools and trainings to start from",
    )
    add_db_option(setup)
    setup.add_argument(
        "--rotation-start", type=_day, default=None, help="first day counted as an A-day"
    )
    setup.set_defaults(func=_setup)

    book = actions.add_parser(
        "book",
        help="book a resource by period or clock time, once or every A-day/weekday",
        description="Examples: book --resource 'Laser cutter' --patron S1001 --day 2026-09-09 "
        "--period 3;  book --resource '3D printer 1' --class '7B Science' --day 2026-09-08 "
        "--period 3 --every A --until 2027-06-11",
    )
    add_db_option(book)
    book.add_argument("--resource", required=True, help="the resource's name")
    book.add_argument("--patron", metavar="BARCODE", help="the student's or teacher's card")
    book.add_argument("--class", dest="class_name", default="", help="a teacher's class")
    book.add_argument("--purpose", default="")
    book.add_argument("--seats", type=int, default=1)
    book.add_argument("--day", type=_day, required=True, help="YYYY-MM-DD (first day of a series)")
    book.add_argument("--period", help="period name, such as 3")
    book.add_argument("--through", help="last period, for a booking over several periods")
    book.add_argument("--start", type=_clock, help="clock start HH:MM (instead of --period)")
    book.add_argument("--end", type=_clock, help="clock end HH:MM")
    book.add_argument("--every", help="repeat: a day type (A, B…) or a weekday (mon…fri)")
    book.add_argument("--until", type=_day, help="last day of the series")
    book.add_argument("--skip-conflicts", action="store_true", help="book the free dates only")
    book.add_argument("--waitlist", action="store_true", help="join the waitlist if taken")
    book.add_argument("--staff", default="command line")
    book.add_argument("--json", action="store_true")
    book.set_defaults(func=_book)

    listing = actions.add_parser("list", help="list the bookings of a day")
    add_db_option(listing)
    listing.add_argument("--day", type=_day, default=None, help="YYYY-MM-DD (default: today)")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_list)

    door = actions.add_parser("door", help="write the day's door schedule as a PDF")
    add_db_option(door)
    door.add_argument("output", type=Path, metavar="PDF")
    door.add_argument("--day", type=_day, default=None, help="YYYY-MM-DD (default: today)")
    door.set_defaults(func=_door)

    release = actions.add_parser(
        "release-no-shows", help="release bookings nobody checked in to (after the grace period)"
    )
    add_db_option(release)
    release.set_defaults(func=_release)

    expiring = actions.add_parser("expiring", help="training certificates expiring soon")
    add_db_option(expiring)
    expiring.add_argument("--days", type=int, default=30)
    expiring.add_argument("--json", action="store_true")
    expiring.set_defaults(func=_expiring)

    stock = actions.add_parser(
        "low-stock",
        help="consumables at or below their reorder level (exit code 1 when any is low)",
    )
    add_db_option(stock)
    stock.add_argument("--json", action="store_true")
    stock.set_defaults(func=_low_stock)


def _setup(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    with ctx.database.unit_of_work() as uow:
        created = ensure_makerspace_defaults(uow, args.rotation_start or date.today())
        uow.commit()
    ctx.database.dispose()
    print(
        "A typical makerspace setup was created; adjust it in Settings → Makerspace."
        if created
        else "The school already has a bell schedule; nothing was changed."
    )
    return 0


def _resource_id(uow: UnitOfWork, name: str) -> int:
    for r in list_resources(uow):
        if r.name.casefold() == name.strip().casefold():
            return r.id
    names = ", ".join(r.name for r in list_resources(uow)) or say("none yet")
    raise NotFoundError(
        say("There is no resource called {name!r} (resources: {names}).", name=name, names=names)
    )


def _patron_id(uow: UnitOfWork, barcode: str | None) -> int | None:
    if not barcode:
        return None
    found = uow.session.scalar(select(Patron.id).where(Patron.barcode == barcode.strip()))
    if found is None:
        raise NotFoundError(say("No patron has the card {card}. Check the barcode.", card=barcode))
    return found


def _booking_json(b: BookingInfo, label: str) -> dict[str, object]:
    return {
        "id": b.id,
        "resource": b.resource_name,
        "for": b.who,
        "purpose": b.purpose,
        "when": label,
        "starts_at": b.starts_at.isoformat(),
        "ends_at": b.ends_at.isoformat(),
        "status": b.status,
    }


def _book(args: argparse.Namespace) -> int:
    if (args.period is None) == (args.start is None):
        raise ValidationError(say("Give either --period or --start and --end."))
    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work(args.staff) as uow:
            resource_id = _resource_id(uow, args.resource)
            patron_id = _patron_id(uow, args.patron)
            cal = load_calendar(uow, on=args.day)
            if args.every:
                code = args.every.strip()
                weekday = WEEKDAY_CODES.get(code[:3].lower())
                rule = RecurrenceRule(
                    first_day=args.day,
                    last_day=args.until or cal.last_day or args.day + timedelta(weeks=12),
                    day_types=() if weekday else (code.upper(),),
                    weekdays=(weekday,) if weekday else (),
                    period_name=args.period,
                    last_period_name=args.through,
                    starts=args.start,
                    ends=args.end,
                )
                result = create_series(
                    uow,
                    resource_id,
                    rule,
                    patron_id,
                    args.class_name,
                    args.purpose,
                    args.seats,
                    skip_conflicts=args.skip_conflicts,
                    cal=cal,
                )
                uow.commit()
                rows = [
                    _booking_json(b, label_slot(cal, b.starts_at, b.ends_at))
                    for b in result.created
                ]
                if args.json:
                    print_json(
                        {
                            "series_id": result.series_id,
                            "rule": result.rule_text,
                            "created": rows,
                            "skipped": [
                                {
                                    "when": label_slot(cal, s.starts_at, s.ends_at),
                                    "reason": s.reason,
                                }
                                for s in result.skipped
                            ],
                        }
                    )
                else:
                    print(f"Booked {len(rows)} dates: {result.rule_text}.")
                    for s in result.skipped:
                        print(f"  skipped {label_slot(cal, s.starts_at, s.ends_at)}: {s.reason}")
                return 0
            slot = (
                slot_by_period(cal, args.day, args.period, args.through)
                if args.period
                else slot_by_clock(cal, args.day, args.start, args.end)
            )
            info = create_booking(
                uow,
                BookingRequest(
                    resource_id,
                    *slot,
                    patron_id,
                    args.class_name,
                    args.purpose,
                    args.seats,
                    args.waitlist,
                ),
                cal=cal,
            )
            uow.commit()
            label = label_slot(cal, info.starts_at, info.ends_at)
            if args.json:
                print_json(_booking_json(info, label))
            else:
                print(f"Booked {info.resource_name} for {info.who}: {label} ({info.status}).")
            return 0
    finally:
        ctx.database.dispose()


def _list(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    with ctx.database.unit_of_work() as uow:
        cal = load_calendar(uow, on=args.day)
        day = args.day or datetime.now(cal.zone).date()
        start = local_datetime(cal, day, time(0, 0))
        rows = bookings_between(uow, start, start + timedelta(days=1))
    ctx.database.dispose()
    data = [_booking_json(b, label_slot(cal, b.starts_at, b.ends_at)) for b in rows]
    if args.json:
        print_json(data)
    elif not data:
        print(f"No makerspace bookings on {day:%A %d %B %Y}.")
    else:
        for row in data:
            print(f"{row['when']:<40} {row['resource']:<20} {row['for']}  [{row['status']}]")
    return 0


def _door(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    with ctx.database.unit_of_work() as uow:
        day = args.day or datetime.now(load_calendar(uow).zone).date()
        sheet = build_door_schedule(uow, day)
    ctx.database.dispose()
    written = write_door_schedule_pdf(sheet, args.output)
    print(f"Door schedule for {day:%A %d %B %Y} written to {written}.")
    return 0


def _release(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    with ctx.database.unit_of_work("command line") as uow:
        released = release_no_shows(uow)
        uow.commit()
    ctx.database.dispose()
    print(f"Released {len(released)} no-show booking(s).")
    return 0


def _expiring(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    with ctx.database.unit_of_work() as uow:
        found = expiring_soon(uow, date.today(), args.days)
    ctx.database.dispose()
    if args.json:
        print_json(
            [
                {
                    "patron": c.patron_name,
                    "barcode": c.patron_barcode,
                    "training": c.certification_name,
                    "expires_on": c.expires_on,
                }
                for c in found
            ]
        )
    elif not found:
        print(f"No certificate expires in the next {args.days} days.")
    else:
        for c in found:
            print(f"{c.expires_on}  {c.patron_name} ({c.patron_barcode})  {c.certification_name}")
    return 0


def _low_stock(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    with ctx.database.unit_of_work() as uow:
        found = low_stock(uow)
    ctx.database.dispose()
    if args.json:
        print_json(
            [
                {
                    "name": c.name,
                    "stock": c.stock,
                    "unit": c.unit,
                    "reorder_level": c.low_stock_level,
                }
                for c in found
            ]
        )
    elif not found:
        print("Every consumable is above its reorder level.")
    else:
        for c in found:
            print(f"LOW  {c.name}: {c.stock:g} {c.unit} (reorder at {c.low_stock_level:g})")
    return 1 if found else 0
