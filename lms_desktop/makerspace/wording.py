"""The makerspace's dates inside its messages ('01 Sep 2026', 'Wed 09 Sep'), translatable.

The makerspace says its dates day first with a two-digit day, as the school's schedules
do; lms_desktop.texts.day_text and month_day_text say them month first ('Dec 15'). Each
function here gives the same English as the strftime pattern it names, as a Text whose
weekday and month names the desk shows in the reader's language.
"""

from __future__ import annotations

from datetime import date, timedelta

from lms_desktop.texts import Text, day_text, long_day_text, say

__all__ = [
    "date_text",
    "day_month_text",
    "long_date_text",
    "short_weekday_name",
    "weekday_text",
]


def _short_names(day: date) -> tuple[Text, Text]:
    # day_text already holds the translatable short names ('Tue', 'Dec') of the day
    parts = day_text(day).values
    weekday, month = parts["weekday"], parts["month"]
    assert isinstance(weekday, Text) and isinstance(month, Text)
    return weekday, month


def short_weekday_name(iso_weekday: int) -> Text:
    """ "Mon" for 1 … "Sun" for 7 (ISO weekdays), as a series names its days."""
    weekday, _month = _short_names(_A_MONDAY + timedelta(days=iso_weekday - 1))
    return weekday


def date_text(day: date) -> Text:
    """'01 Sep 2026' (strftime '%d %b %Y')."""
    _weekday, month = _short_names(day)
    return say("{day:02d} {month} {year}", day=day.day, month=month, year=day.year)


def day_month_text(day: date) -> Text:
    """'07 Sep' (strftime '%d %b'), as in 'the week of 07 Sep'."""
    _weekday, month = _short_names(day)
    return say("{day:02d} {month}", day=day.day, month=month)


def weekday_text(day: date) -> Text:
    """'Wed 09 Sep' (strftime '%a %d %b'), the day of a booking's slot."""
    weekday, month = _short_names(day)
    return say("{weekday} {day:02d} {month}", weekday=weekday, day=day.day, month=month)


def long_date_text(day: date) -> Text:
    """'Thursday 26 November 2026' (strftime '%A %d %B %Y'), the day in a refusal."""
    return long_day_text(day)


_A_MONDAY = date(2024, 1, 1)
