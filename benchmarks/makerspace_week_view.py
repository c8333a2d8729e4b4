"""Time drawing the makerspace week view with 500 bookings (layout + a full paint).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/makerspace_week_view.py [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time as clock
from datetime import date, datetime, time, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from lms_desktop.makerspace.bookings import BookingInfo
from lms_desktop.makerspace.schedule import PeriodSlot, SchoolCalendar
from lms_desktop.ui.makerspace.week_view import WeekView

PERIODS = tuple(PeriodSlot(str(i + 1), i + 1, time(8 + i, 0), time(8 + i, 50)) for i in range(7))
CAL = SchoolCalendar(periods=PERIODS, rotation=("A", "B"), rotation_starts_on=date(2026, 9, 8))
MONDAY = date(2026, 9, 14)


def bookings(count: int, resources: int = 12) -> list[BookingInfo]:
    rng = random.Random(6)
    result = []
    for i in range(count):
        day = MONDAY + timedelta(days=rng.randrange(5))
        start = 7 * 60 + 30 + rng.randrange(0, 8 * 60 // 5) * 5
        length = rng.choice((20, 30, 45, 50, 90))
        starts = datetime.combine(day, time(start // 60, start % 60), CAL.zone)
        resource = rng.randrange(resources)
        result.append(
            BookingInfo(
                id=i + 1, resource_id=resource, resource_name=f"Resource {resource}",
                patron_id=None, patron_name="", class_name=f"Class {i}", purpose="Project",
                starts_at=starts, ends_at=starts + timedelta(minutes=length), seats=1,
                status=rng.choice(("approved", "approved", "requested", "checked_in")),
                series_id=None, created_by="", checked_in_at=None,
            )
        )  # fmt: skip
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--bookings", type=int, default=500)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    view = WeekView()
    view.resize(1280, 760)
    view.show()
    app.processEvents()
    data = bookings(args.bookings)
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    timings = []
    for _ in range(args.runs):
        started = clock.perf_counter()
        view.set_week(CAL, MONDAY, data)
        view.render(image)
        timings.append((clock.perf_counter() - started) * 1000)
    timings.sort()
    p90 = timings[int(0.9 * (len(timings) - 1))]
    print(
        f"week view, {len(view.booking_ids())} bookings laid out and painted at "
        f"{view.width()}x{view.height()}; {args.runs} runs: median "
        f"{statistics.median(timings):.1f} ms, p90 {p90:.1f} ms, min {timings[0]:.1f} ms"
    )
    image.save("/tmp/makerspace_week_500.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
