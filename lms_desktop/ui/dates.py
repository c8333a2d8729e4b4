"""Days and times as a screen shows them, in the reader's language.

The patterns are Qt date formats that go through the translation, so a translator puts
the day before the month where their language does; the day and month names come from
the locale of the language the translation is in ("mar 15 dic" in Spanish).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def reading_locale() -> QLocale:
    """The locale of the installed translation; English when there is none."""
    code = QCoreApplication.translate(
        "DateFormat", "en", "the code of the language this translation is in (es, fr, ...)"
    )
    if code == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(code)


def _qdate(when: date) -> QDate:
    return QDate(when.year, when.month, when.day)


def day_label(when: date, *, weekday: bool = True, year: bool = True) -> str:
    """'Tue 15 Dec 2026' (weekday and year optional); 'mar 15 dic 2026' in Spanish."""
    if weekday and year:
        pattern = QCoreApplication.translate("DateFormat", "ddd dd MMM yyyy")
    elif weekday:
        pattern = QCoreApplication.translate("DateFormat", "ddd dd MMM")
    elif year:
        pattern = QCoreApplication.translate("DateFormat", "dd MMM yyyy")
    else:
        pattern = QCoreApplication.translate("DateFormat", "dd MMM")
    return reading_locale().toString(_qdate(when), pattern)


def day_time_label(when: datetime, *, year: bool = True) -> str:
    """'Tue 15 Dec 2026 09:15' ('Tue 15 Dec 09:15' without year), the moment as given."""
    if year:
        pattern = QCoreApplication.translate("DateFormat", "ddd dd MMM yyyy HH:mm")
    else:
        pattern = QCoreApplication.translate("DateFormat", "ddd dd MMM HH:mm")
    return reading_locale().toString(_qdatetime(when), pattern)


def _qdatetime(when: datetime) -> QDateTime:
    return QDateTime(_qdate(when), QTime(when.hour, when.minute, when.second))


def month_day_label(when: date, *, year: bool = True) -> str:
    """'Dec 15, 2026' ('Dec 15' without year); '15 de dic de 2026' in Spanish."""
    if year:
        pattern = QCoreApplication.translate("DateFormat", "MMM d, yyyy")
    else:
        pattern = QCoreApplication.translate("DateFormat", "MMM d")
    return reading_locale().toString(_qdate(when), pattern)


def long_day_label(when: date | datetime, *, year: bool = True) -> str:
    """'Tuesday 15 December 2026' (a moment adds ', 14:30'; without year 'Tuesday 15
    December 14:30'); 'martes, 15 de diciembre de 2026' in Spanish: a day on a slip, in
    a question to confirm, or read out by a screen reader."""
    if isinstance(when, datetime):
        if year:
            pattern = QCoreApplication.translate("DateFormat", "dddd dd MMMM yyyy, HH:mm")
        else:
            pattern = QCoreApplication.translate("DateFormat", "dddd dd MMMM HH:mm")
        return reading_locale().toString(_qdatetime(when), pattern)
    if year:
        pattern = QCoreApplication.translate("DateFormat", "dddd dd MMMM yyyy")
    else:
        pattern = QCoreApplication.translate("DateFormat", "dddd dd MMMM")
    return reading_locale().toString(_qdate(when), pattern)
