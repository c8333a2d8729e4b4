"""Read-only queries the desk and patron screens need: the patron list by ids, lazily."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, or_, select

from lms_desktop.circulation.models import (
    Fee,
    JournalEntry,
    Loan,
    Patron,
    PatronType,
    RosterImport,
)
from lms_desktop.circulation.results import JournalView, PatronSummary
from lms_desktop.circulation.roster import stored_summary
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.school.models import DEFAULT_SITE_ID

PATRON_SORT_COLUMNS = ("name", "barcode", "type", "grade", "homeroom", "status")


def _filtered(text: str, include_inactive: bool, site_id: int) -> Select[tuple[int]]:
    query = select(Patron.id).where(Patron.site_id == site_id)
    if not include_inactive:
        query = query.where(Patron.status == "active")
    words = text.split()
    for word in words:
        like = f"%{word.replace('%', '').replace('_', '')}%"
        query = query.where(
            or_(
                Patron.last_name.ilike(like),
                Patron.first_name.ilike(like),
                Patron.barcode.ilike(like),
                Patron.sis_id.ilike(like),
                Patron.homeroom.ilike(like),
                Patron.homeroom_teacher.ilike(like),
            )
        )
    return query


def patron_ids(
    uow: UnitOfWork,
    text: str = "",
    *,
    include_inactive: bool = False,
    sort: str = "name",
    descending: bool = False,
    site_id: int = DEFAULT_SITE_ID,
) -> list[int]:
    """Ids of the patrons matching every word of `text`, in display order.

    Ids only: a district's 20,000 patrons cost a few hundred kilobytes; the rows are
    fetched a screenful at a time with `patron_rows`.
    """
    if sort not in PATRON_SORT_COLUMNS:
        raise ValueError(f"cannot sort patrons by {sort!r}")
    query = _filtered(text, include_inactive, site_id)
    keys = {
        "name": (Patron.last_name, Patron.first_name),
        "barcode": (Patron.barcode,),
        "type": (PatronType.code, Patron.last_name, Patron.first_name),
        "grade": (Patron.grade, Patron.last_name, Patron.first_name),
        "homeroom": (Patron.homeroom, Patron.last_name, Patron.first_name),
        "status": (Patron.status, Patron.last_name, Patron.first_name),
    }[sort]
    if sort == "type":
        query = query.join(PatronType, PatronType.id == Patron.patron_type_id)
    order = [k.desc() if descending else k.asc() for k in keys]
    return list(uow.session.scalars(query.order_by(*order, Patron.id)))


def patron_rows(uow: UnitOfWork, ids: Sequence[int]) -> list[PatronSummary]:
    """The patrons with these ids, in the order of `ids` (missing ones left out)."""
    if not ids:
        return []
    rows = uow.session.execute(
        select(Patron, PatronType.code, PatronType.name)
        .join(PatronType, PatronType.id == Patron.patron_type_id)
        .where(Patron.id.in_(list(ids)))
    ).all()
    by_id = {
        patron.id: PatronSummary(
            id=patron.id,
            barcode=patron.barcode,
            first_name=patron.first_name,
            last_name=patron.last_name,
            patron_type=type_code,
            grade=patron.grade,
            homeroom=patron.homeroom,
            homeroom_teacher=patron.homeroom_teacher,
            status=patron.status,
            sis_id=patron.sis_id,
            patron_type_name=type_name,
        )
        for patron, type_code, type_name in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def patron_counts(uow: UnitOfWork, patron_ids_: Sequence[int]) -> dict[int, tuple[int, int]]:
    """(open loans, open fee count) per patron, for the patron list's extra columns."""
    if not patron_ids_:
        return {}
    ids = list(patron_ids_)
    loans: dict[int, int] = {
        patron_id: n
        for patron_id, n in uow.session.execute(
            select(Loan.patron_id, func.count())
            .where(Loan.patron_id.in_(ids), Loan.returned_at.is_(None))
            .group_by(Loan.patron_id)
        )
        if patron_id is not None
    }
    fees: dict[int, int] = {
        patron_id: n
        for patron_id, n in uow.session.execute(
            select(Fee.patron_id, func.count())
            .where(Fee.patron_id.in_(ids), Fee.status == "open")
            .group_by(Fee.patron_id)
        )
        if patron_id is not None
    }
    return {i: (int(loans.get(i, 0)), int(fees.get(i, 0))) for i in ids}


def patron_type_codes(uow: UnitOfWork) -> list[tuple[str, str]]:
    """(code, name) of every patron type, for pickers."""
    return [
        (code, name)
        for code, name in uow.session.execute(
            select(PatronType.code, PatronType.name).order_by(PatronType.id)
        ).all()
    ]


@dataclass(frozen=True)
class RosterImportInfo:
    id: int
    at: datetime
    file_name: str
    summary: str


def latest_roster_import(
    uow: UnitOfWork, site_id: int = DEFAULT_SITE_ID
) -> RosterImportInfo | None:
    """The most recent roster import that has not been undone, if any."""
    row = uow.session.scalar(
        select(RosterImport)
        .where(RosterImport.site_id == site_id, RosterImport.undone_at.is_(None))
        .order_by(RosterImport.at.desc(), RosterImport.id.desc())
        .limit(1)
    )
    if row is None:
        return None
    return RosterImportInfo(row.id, row.at, row.file_name, stored_summary(row))


def latest_journal(
    uow: UnitOfWork, limit: int = 15, site_id: int = DEFAULT_SITE_ID
) -> list[JournalView]:
    """The desk's "last actions": `journal.recent_entries` read through the (site, time)
    index. On a district database the unfiltered query sorts every journal row (100 ms
    for 14,000 entries); this one reads `limit` rows. The views, and whether each entry
    can be undone, come from the journal module itself."""
    from lms_desktop.circulation import journal

    entries = uow.session.scalars(
        select(JournalEntry)
        .where(JournalEntry.site_id == site_id)
        .order_by(JournalEntry.at.desc(), JournalEntry.id.desc())
        .limit(limit)
    ).all()
    zone = journal._site_zone(uow, site_id)
    now = utcnow()
    return [journal._view(entry, now, zone) for entry in entries]
