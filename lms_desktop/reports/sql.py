"""Small SQL helpers that work on SQLite and PostgreSQL alike (local days, grade order)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func

from lms_desktop.db.unit_of_work import UnitOfWork


def local_day(uow: UnitOfWork, column: Any, zone: ZoneInfo, at: datetime) -> Any:
    """An SQL expression for the school-local calendar day of a UTC timestamp column.

    SQLite shifts by the zone's UTC offset at `at` (one offset for the whole report, which
    is exact unless the range spans a daylight-saving change at night); PostgreSQL
    converts with the real zone rules.
    """
    if uow.session.get_bind().dialect.name == "postgresql":
        return func.date(func.timezone(zone.key, func.timezone("UTC", column)))
    offset = zone.utcoffset(at.replace(tzinfo=None))
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return func.date(column, f"{minutes:+d} minutes")


GRADE_ORDER = ["PK", "TK", "K", *[str(n) for n in range(1, 13)]]


def grade_sort_key(grade: str) -> tuple[int, str]:
    """Pre-K, K, 1…12, then anything else alphabetically, then blank (staff) last."""
    cleaned = grade.strip().upper().lstrip("0") or ("0" if grade.strip() else "")
    if cleaned in GRADE_ORDER:
        return (GRADE_ORDER.index(cleaned), "")
    if not cleaned:
        return (999, "")
    return (500, cleaned)


def grade_code(typed: str) -> str:
    """A typed grade filter as grades are stored: 'Grade 3' -> '3', 'k' -> 'K'."""
    text = typed.strip()
    if text.lower().startswith("grade"):
        text = text[5:].strip()
    return text.upper() if text.upper() in ("K", "PK", "TK") else text


def grade_label(grade: str) -> str:
    grade = grade.strip()
    if not grade:
        return "Staff & other"
    if grade.upper() in ("K", "PK", "TK"):
        return grade.upper()
    return f"Grade {grade}"
