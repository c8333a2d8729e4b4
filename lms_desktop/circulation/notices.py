"""Overdue notices grouped by homeroom teacher, as plain data for the report renderers."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time

from sqlalchemy import select

from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.context import load_school_calendar
from lms_desktop.circulation.models import Item, Loan, Patron, PatronType
from lms_desktop.circulation.results import HomeroomOverdues, OverdueLine
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.school.models import DEFAULT_SITE_ID
from lms_desktop.texts import say

STAFF_GROUP = say("Staff")


def overdues_by_homeroom(
    uow: UnitOfWork, today: date, *, site_id: int = DEFAULT_SITE_ID
) -> list[HomeroomOverdues]:
    """Every open loan due before `today` (local school date), grouped by the borrower's
    homeroom (teachers and staff under "Staff"), sorted by homeroom then name."""
    calendar = load_school_calendar(uow, site_id)
    cutoff = datetime.combine(today, time.min, tzinfo=calendar.zone).astimezone(UTC)
    rows = uow.session.execute(
        select(
            Patron.first_name,
            Patron.last_name,
            Patron.barcode,
            Patron.grade,
            Patron.homeroom,
            Patron.homeroom_teacher,
            PatronType.code,
            BibRecord.title,
            Item.barcode,
            Item.call_number,
            Loan.due_at,
        )
        .select_from(Loan)
        .join(Patron, Patron.id == Loan.patron_id)
        .join(PatronType, PatronType.id == Patron.patron_type_id)
        .join(Item, Item.id == Loan.item_id)
        .outerjoin(BibRecord, BibRecord.id == Item.bib_record_id)
        .where(Loan.returned_at.is_(None), Loan.due_at < cutoff, Loan.site_id == site_id)
    ).all()
    groups: dict[tuple[str, str], list[tuple[str, OverdueLine]]] = defaultdict(list)
    grades: dict[tuple[str, str], set[str]] = defaultdict(set)
    for first, last, card, grade, room, teacher, type_code, title, barcode, call, due in rows:
        key = (room or "", teacher or "") if type_code == "student" else (STAFF_GROUP, "")
        due_on = calendar.local(due).date()
        line = OverdueLine(
            patron_name=f"{first} {last}",
            patron_barcode=card,
            title=title or barcode,
            item_barcode=barcode,
            call_number=call,
            due_on=due_on,
            days_overdue=(today - due_on).days,
        )
        groups[key].append((f"{last} {first}".lower(), line))
        if grade:
            grades[key].add(grade)
    result = []
    for key in sorted(groups, key=lambda k: (k == (STAFF_GROUP, ""), k[0].lower(), k[1].lower())):
        lines = [
            line
            for _, line in sorted(
                groups[key], key=lambda pair: (pair[0], pair[1].due_on, pair[1].title.lower())
            )
        ]
        result.append(
            HomeroomOverdues(
                homeroom=key[0] or say("No homeroom"),
                teacher=key[1],
                grade=", ".join(sorted(grades[key])),
                lines=tuple(lines),
            )
        )
    return result
