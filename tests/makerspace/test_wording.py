"""The makerspace's dates in messages read as its strftime patterns did, and stay translatable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from lms_desktop.makerspace.wording import (
    date_text,
    day_month_text,
    long_date_text,
    short_weekday_name,
    weekday_text,
)
from lms_desktop.texts import Text

EVERY_DAY_OF_2027 = [date(2027, 1, 1) + timedelta(days=n) for n in range(365)]


@pytest.mark.parametrize(
    ("write", "pattern"),
    [
        (date_text, "%d %b %Y"),
        (day_month_text, "%d %b"),
        (weekday_text, "%a %d %b"),
        (long_date_text, "%A %d %B %Y"),
    ],
)
def test_every_day_of_a_year_reads_as_its_strftime_pattern(
    write: Callable[[date], str], pattern: str
) -> None:
    for day in EVERY_DAY_OF_2027:
        assert write(day) == day.strftime(pattern)


def test_the_names_in_a_date_are_translatable_words() -> None:
    thanksgiving = long_date_text(date(2026, 11, 26))
    assert thanksgiving == "Thursday 26 November 2026"
    assert thanksgiving.template == "{weekday} {day_and_month} {year}"
    assert isinstance(thanksgiving.values["weekday"], Text)
    assert thanksgiving.values["day_and_month"].template == "{day} November"  # type: ignore[attr-defined]
    first_of_september = date_text(date(2026, 9, 1))
    assert first_of_september.template == "{day:02d} {month} {year}"
    assert first_of_september.values["month"].template == "Sep"  # type: ignore[attr-defined]


def test_a_series_names_its_weekdays_short() -> None:
    assert [short_weekday_name(n) for n in range(1, 8)] == [
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
    ]  # fmt: skip
