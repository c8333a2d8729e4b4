"""Time a 36-week recurring booking checked against 5,000 existing bookings on the resource.

Run: .venv/bin/python benchmarks/makerspace_recurring.py [--runs 15]
Prints the median and percentiles of create_series (check + insert + commit).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time as clock
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import delete, insert

from lms_desktop.bootstrap import open_app
from lms_desktop.circulation.models import ClosedDay, SchoolYear
from lms_desktop.config import AppConfig
from lms_desktop.db.unit_of_work import Database
from lms_desktop.makerspace.bookings import create_series
from lms_desktop.makerspace.calendar_setup import (
    EARLY_RELEASE_DAY,
    REGULAR_DAY,
    save_bell_schedule,
    save_rotation,
    save_special_day,
)
from lms_desktop.makerspace.models import Booking, Resource
from lms_desktop.makerspace.schedule import day_types_between, load_calendar, local_datetime
from lms_desktop.makerspace.slots import RecurrenceRule

FIRST_DAY = date(2026, 9, 8)
LAST_DAY = date(2027, 5, 14)  # 36 weeks
BREAKS = [date(2026, 11, 26), date(2026, 11, 27)]
BREAKS += [date(2026, 12, 21) + timedelta(days=i) for i in range(12)]
BREAKS += [date(2027, 3, 29) + timedelta(days=i) for i in range(5)]


def build(path: Path, existing: int) -> tuple[Database, int]:
    ctx = open_app(AppConfig.from_args(str(path)))
    db = ctx.database
    with db.unit_of_work() as uow:
        s = uow.session
        s.add(SchoolYear(name="2026-27", first_day=FIRST_DAY, last_day=LAST_DAY))
        for day in BREAKS:
            s.add(ClosedDay(day=day, reason="Break"))
        save_bell_schedule(uow, "Regular day", REGULAR_DAY, is_default=True)
        early = save_bell_schedule(uow, "Early release", EARLY_RELEASE_DAY)
        save_rotation(uow, ("A", "B"), FIRST_DAY)
        save_special_day(uow, date(2026, 12, 16), schedule_id=early.id, note="Early release")
        room = Resource(
            name="Green-screen room", kind="room", bookable_from=time(7, 0),
            bookable_until=time(17, 0), max_minutes=240,
        )  # fmt: skip
        s.add(room)
        uow.commit()
        room_id = room.id
    with db.unit_of_work() as uow:
        cal = load_calendar(uow, on=FIRST_DAY)
        rows = []
        # Fill every school day with 20-minute bookings from 7:00 to 17:00, leaving
        # period 3 free on A-days, until `existing` bookings exist.
        for day, letter in day_types_between(cal, FIRST_DAY, LAST_DAY).items():
            minute = 7 * 60
            while minute + 20 <= 17 * 60 and len(rows) < existing:
                starts = local_datetime(cal, day, time(minute // 60, minute % 60))
                ends = starts + timedelta(minutes=20)
                in_period_3 = time(9, 30) < starts.time() < time(10, 40)
                if not (letter == "A" and in_period_3):
                    rows.append(
                        {"resource_id": room_id, "class_name": "Existing", "starts_at": starts,
                         "ends_at": ends, "status": "approved", "seats": 1,
                         "created_at": datetime.now().astimezone()}
                    )  # fmt: skip
                minute += 20
        uow.session.execute(insert(Booking), rows)
        uow.commit()
    return db, room_id


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--existing", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db, room_id = build(Path(folder) / "bench.sqlite3", args.existing)
        rule = RecurrenceRule(FIRST_DAY, LAST_DAY, day_types=("A",), period_name="3")
        timings = []
        created = 0
        for _ in range(args.runs):
            started = clock.perf_counter()
            with db.unit_of_work("bench") as uow:
                result = create_series(uow, room_id, rule, None, "7B Science", "Green screen")
                uow.commit()
            timings.append((clock.perf_counter() - started) * 1000)
            created = len(result.created)
            with db.unit_of_work() as uow:
                uow.session.execute(delete(Booking).where(Booking.series_id == result.series_id))
                uow.commit()
        timings.sort()
        p90 = timings[int(0.9 * (len(timings) - 1))]
        print(
            f"recurring booking: {created} occurrences over 36 weeks, checked against "
            f"{args.existing} bookings on the resource; {args.runs} runs: "
            f"median {statistics.median(timings):.1f} ms, p90 {p90:.1f} ms, "
            f"min {timings[0]:.1f} ms, max {timings[-1]:.1f} ms"
        )
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
