"""The Riverside Middle School calendar used by the makerspace tests (2026-27, A/B days)."""

from __future__ import annotations

from datetime import date, time, timedelta

from lms_desktop.makerspace.schedule import PeriodSlot, SchoolCalendar, SpecialDayRule

REGULAR = (
    PeriodSlot("1", 1, time(8, 0), time(8, 50)),
    PeriodSlot("2", 2, time(8, 55), time(9, 45)),
    PeriodSlot("3", 3, time(9, 50), time(10, 40)),
    PeriodSlot("4", 4, time(10, 45), time(11, 35)),
    PeriodSlot("5", 5, time(12, 15), time(13, 5)),
    PeriodSlot("6", 6, time(13, 10), time(14, 0)),
    PeriodSlot("7", 7, time(14, 5), time(14, 55)),
)
EARLY_RELEASE = (
    PeriodSlot("1", 1, time(8, 0), time(8, 30)),
    PeriodSlot("2", 2, time(8, 35), time(9, 5)),
    PeriodSlot("3", 3, time(9, 10), time(9, 40)),
    PeriodSlot("4", 4, time(9, 45), time(10, 15)),
    PeriodSlot("5", 5, time(10, 20), time(10, 50)),
    PeriodSlot("6", 6, time(10, 55), time(11, 25)),
    PeriodSlot("7", 7, time(11, 30), time(12, 0)),
)
FIRST_DAY = date(2026, 9, 8)  # a Tuesday
LAST_DAY = date(2027, 6, 11)
THANKSGIVING = frozenset({date(2026, 11, 26), date(2026, 11, 27)})
WINTER_BREAK = frozenset(date(2026, 12, 21) + timedelta(days=i) for i in range(12))
SPRING_BREAK = frozenset(date(2027, 3, 29) + timedelta(days=i) for i in range(5))
EARLY_RELEASE_DAY = date(2026, 12, 16)
B_DAY_RESET = date(2027, 2, 1)  # declared an "A" day whatever the count says


def riverside_calendar(**changes: object) -> SchoolCalendar:
    values: dict[str, object] = {
        "timezone": "America/New_York",
        "periods": REGULAR,
        "rotation": ("A", "B"),
        "rotation_starts_on": FIRST_DAY,
        "first_day": FIRST_DAY,
        "last_day": LAST_DAY,
        "closed_days": THANKSGIVING | WINTER_BREAK | SPRING_BREAK,
        "special_days": {
            EARLY_RELEASE_DAY: SpecialDayRule(EARLY_RELEASE_DAY, EARLY_RELEASE, None, "Early"),
            B_DAY_RESET: SpecialDayRule(B_DAY_RESET, None, "A", "Rotation reset"),
        },
    }
    values.update(changes)
    return SchoolCalendar(**values)  # type: ignore[arg-type]
