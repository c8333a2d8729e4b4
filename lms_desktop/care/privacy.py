"""Reading-history privacy: anonymising old loans, family record requests, deleting patrons."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, and_, delete, func, inspect, or_, select, update

from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.models import (
    Fee,
    FeePayment,
    Hold,
    Item,
    JournalEntry,
    Loan,
    Patron,
    PatronType,
    RosterImport,
)
from lms_desktop.db.all_models import Base
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.models import AgreementReceipt
from lms_desktop.errors import ConflictError, NotFoundError, ValidationError
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.school.settings import get_setting, set_setting
from lms_desktop.texts import say

ANONYMIZE_AFTER_DAYS = "privacy.anonymize_after_days"
DELETED_PATRON = "(deleted patron)"
ANONYMOUS_PATRON = "(anonymous)"
CLOSED_HOLD_STATUSES = ("fulfilled", "cancelled", "expired")
_HOLD_ACTIONS = ("hold", "hold_cancel", "hold_expire")


@dataclass(frozen=True)
class ReadingHistoryEntry:
    loan_id: int
    title: str
    author: str
    barcode: str
    checked_out_at: datetime
    returned_at: datetime | None


@dataclass(frozen=True)
class DeletionResult:
    patron_barcode: str
    loans_kept_anonymous: int
    journal_entries_scrubbed: int


def anonymize_after_days(uow: UnitOfWork) -> int | None:
    """Days after return when a loan loses its patron; None keeps the link."""
    value = get_setting(uow, ANONYMIZE_AFTER_DAYS, None)
    return None if value is None else int(value)


def set_anonymize_after_days(uow: UnitOfWork, days: int | None) -> None:
    require_permission(uow, Permission.EDIT_SETTINGS)
    if days is not None and not 0 <= days <= 3650:
        raise ValidationError(say("Forget who borrowed what after 0 to 3650 days, or never."))
    set_setting(uow, ANONYMIZE_AFTER_DAYS, days)


def _name_variants(patron: Patron) -> list[str]:
    first, last = patron.first_name.strip(), patron.last_name.strip()
    variants = [f"{first} {last}", f"{last}, {first}", f"{last} {first}", patron.barcode]
    # longest first, so "Ana Li" is replaced before "Li"
    return sorted({v for v in variants if v.strip(" ,")}, key=len, reverse=True)


def _scrub(text: str, variants: list[str], replacement: str) -> str:
    for variant in variants:
        text = text.replace(variant, replacement)
    return text


def _scrub_value(value: Any, variants: list[str], replacement: str) -> Any:
    if isinstance(value, str):
        return _scrub(value, variants, replacement)
    if isinstance(value, dict):
        return {k: _scrub_value(v, variants, replacement) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_value(v, variants, replacement) for v in value]
    return value


def _forget_in_entry(entry: JournalEntry, variants: list[str], replacement: str) -> None:
    """Unlink a journal entry from its patron and take the name out of every text in it.

    `undo_json` keeps only the scrubbed `result` (what a repeated scan answers): its
    `ops` hold the rows' old values, and an entry without its patron cannot be undone.
    """
    entry.patron_id = None
    entry.summary = _scrub(entry.summary, variants, replacement)
    if entry.undo_json is None:
        return
    try:
        payload = json.loads(entry.undo_json)
    except ValueError:
        payload = {}
    result = payload.get("result") if isinstance(payload, dict) else None
    entry.undo_json = json.dumps(
        {"result": _scrub_value(result or {}, variants, replacement)}, ensure_ascii=False
    )


def _forget_in_receipts(uow: UnitOfWork, receipts: Any, replacement: str) -> None:
    """Blank who signed a device agreement; the device, terms and dates stay."""
    for receipt in uow.session.scalars(select(AgreementReceipt).where(receipts)):
        try:
            snapshot = json.loads(receipt.snapshot_json or "{}")
        except ValueError:
            snapshot = {}
        snapshot.update(patron_name=replacement, patron_barcode="", homeroom="")
        receipt.snapshot_json = json.dumps(snapshot, ensure_ascii=False)
        receipt.patron_id = None


def anonymize_returned_loans(
    uow: UnitOfWork, now: datetime | None = None, days: int | None = None
) -> int:
    """Drop the patron from loans returned more than `days` ago (default: the setting).

    The loan keeps its snapshot (patron type, grade, homeroom, item type, dates), so
    circulation statistics stay right. The journal entries of those loans lose the patron
    and the patron's name (summary and stored result), their device agreement receipts
    lose the name, card and homeroom, and holds closed before the cutoff are dropped with
    their journal entries scrubbed the same way. Returns how many loans were anonymised;
    the caller commits.
    """
    chosen = anonymize_after_days(uow) if days is None else days
    if chosen is None:
        return 0
    cutoff = (now or utcnow()) - timedelta(days=chosen)
    session = uow.session
    _forget_closed_holds(uow, cutoff)
    rows = session.execute(
        select(Loan.id, Loan.item_id, Loan.patron_id, Loan.checked_out_at, Loan.returned_at).where(
            Loan.returned_at.is_not(None),
            Loan.returned_at <= cutoff,
            Loan.patron_id.is_not(None),
        )
    ).all()
    if not rows:
        return 0
    patrons = {
        p.id: p
        for p in session.scalars(select(Patron).where(Patron.id.in_({r.patron_id for r in rows})))
    }
    for row in rows:
        patron = patrons.get(row.patron_id)
        entries = session.scalars(
            select(JournalEntry).where(
                JournalEntry.patron_id == row.patron_id,
                JournalEntry.item_id == row.item_id,
                JournalEntry.at >= row.checked_out_at - timedelta(minutes=1),
                JournalEntry.at <= row.returned_at + timedelta(minutes=1),
            )
        )
        variants = _name_variants(patron) if patron else []
        for entry in entries:
            _forget_in_entry(entry, variants, ANONYMOUS_PATRON)
    _forget_in_receipts(uow, AgreementReceipt.loan_id.in_([r.id for r in rows]), ANONYMOUS_PATRON)
    session.execute(
        update(Loan)
        .where(Loan.id.in_([r.id for r in rows]))
        .values(patron_id=None, anonymized=True)
        .execution_options(synchronize_session=False)
    )
    return len(rows)


def _forget_in_roster_imports(uow: UnitOfWork, patron_id: int) -> None:
    """Drop a deleted patron's rows from the roster imports' undo data (old names)."""
    for row in uow.session.scalars(select(RosterImport)):
        try:
            ops = json.loads(row.undo_json or "{}").get("ops", [])
        except ValueError:
            continue
        kept = [
            op
            for op in ops
            if not (op.get("table") == "patrons" and op.get("pk", {}).get("id") == patron_id)
        ]
        if len(kept) != len(ops):
            row.undo_json = json.dumps({"ops": kept}, ensure_ascii=False)


def _forget_closed_holds(uow: UnitOfWork, cutoff: datetime) -> None:
    """Drop holds closed before `cutoff` (who wanted which title) and scrub their journal."""
    session = uow.session
    holds = session.scalars(
        select(Hold).where(Hold.status.in_(CLOSED_HOLD_STATUSES), Hold.closed_at <= cutoff)
    ).all()
    for hold in holds:
        patron = session.get(Patron, hold.patron_id)
        variants = _name_variants(patron) if patron else []
        assert hold.closed_at is not None
        entries = session.scalars(
            select(JournalEntry).where(
                JournalEntry.patron_id == hold.patron_id,
                JournalEntry.action.in_(_HOLD_ACTIONS),
                JournalEntry.at >= hold.placed_at - timedelta(minutes=1),
                JournalEntry.at <= hold.closed_at + timedelta(minutes=1),
            )
        )
        for entry in entries:
            _forget_in_entry(entry, variants, ANONYMOUS_PATRON)
        session.delete(hold)
    session.flush()


def reading_history(uow: UnitOfWork, patron_id: int) -> list[ReadingHistoryEntry]:
    """Every loan still linked to the patron, newest first. Librarians only."""
    require_permission(uow, Permission.VIEW_READING_HISTORY)
    rows = uow.session.execute(
        select(Loan, Item.barcode, BibRecord.title, BibRecord.author)
        .join(Item, Loan.item_id == Item.id)
        .outerjoin(BibRecord, Item.bib_record_id == BibRecord.id)
        .where(Loan.patron_id == patron_id)
        .order_by(Loan.checked_out_at.desc(), Loan.id.desc())
    ).all()
    return [
        ReadingHistoryEntry(
            loan_id=loan.id,
            title=title or "",
            author=author or "",
            barcode=barcode,
            checked_out_at=loan.checked_out_at,
            returned_at=loan.returned_at,
        )
        for loan, barcode, title, author in rows
    ]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _row_dict(obj: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {
        col.key: _plain(getattr(obj, col.key)) for col in mapper.column_attrs if col.key not in skip
    }


def _patron(uow: UnitOfWork, patron_id: int) -> Patron:
    patron = uow.session.get(Patron, patron_id)
    if patron is None or patron.status == "deleted":
        raise NotFoundError(say("That patron is not in the database. Search for them again."))
    return patron


def _patron_tables() -> list[tuple[Table, str]]:
    """Every table with a column pointing at patrons.id (devices, makerspace, …)."""
    found: list[tuple[Table, str]] = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == "patrons":
                found.append((table, fk.parent.name))
    return found


def export_patron_record(uow: UnitOfWork, patron_id: int) -> dict[str, Any]:
    """Everything the library holds about one patron, for a family's request (JSON-ready)."""
    require_permission(uow, Permission.EDIT_PATRONS)
    patron = _patron(uow, patron_id)
    session = uow.session
    record: dict[str, Any] = {
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "patron": _row_dict(patron),
        "patron_type": session.scalar(
            select(PatronType.name).where(PatronType.id == patron.patron_type_id)
        ),
        "reading_history": [
            {k: _plain(v) for k, v in vars(entry).items()}
            for entry in reading_history(uow, patron_id)
        ],
        "holds": [
            _row_dict(h) for h in session.scalars(select(Hold).where(Hold.patron_id == patron_id))
        ],
        "fees": [],
    }
    for fee in session.scalars(select(Fee).where(Fee.patron_id == patron_id)):
        fee_dict = _row_dict(fee)
        fee_dict["payments"] = [
            _row_dict(p)
            for p in session.scalars(select(FeePayment).where(FeePayment.fee_id == fee.id))
        ]
        record["fees"].append(fee_dict)
    record["journal"] = [
        {"at": _plain(e.at), "action": e.action, "summary": e.summary, "by": e.staff_name}
        for e in session.scalars(
            select(JournalEntry)
            .where(JournalEntry.patron_id == patron_id)
            .order_by(JournalEntry.at)
        )
    ]
    handled = {"loans", "holds", "fees", "journal_entries"}
    other: dict[str, list[dict[str, Any]]] = {}
    for table, column in _patron_tables():
        if table.name in handled:
            continue
        rows = session.execute(select(table).where(table.c[column] == patron_id)).mappings()
        listed = [{k: _plain(v) for k, v in row.items()} for row in rows]
        if listed:
            other[table.name] = listed
    record["other"] = other
    return record


def delete_patron(uow: UnitOfWork, patron_id: int) -> DeletionResult:
    """Remove a patron's personal data; their loans stay as anonymous statistics.

    Refused while the patron still has items out or money owing, since those need the
    name. The caller commits.
    """
    require_permission(uow, Permission.EDIT_PATRONS)
    patron = _patron(uow, patron_id)
    session = uow.session
    open_loans = session.scalar(
        select(func.count()).where(Loan.patron_id == patron_id, Loan.returned_at.is_(None))
    )
    if open_loans:
        raise ConflictError(
            say(
                "{name} still has {count} item(s) out. "
                "Check them in or mark them lost before deleting the patron.",
                name=f"{patron.first_name} {patron.last_name}",
                count=open_loans,
            )
        )
    open_fees = session.scalar(
        select(func.count()).where(Fee.patron_id == patron_id, Fee.status == "open")
    )
    if open_fees:
        raise ConflictError(
            say(
                "{name} has {count} open fee(s). Collect or waive them before deleting the patron.",
                name=f"{patron.first_name} {patron.last_name}",
                count=open_fees,
            )
        )
    variants = _name_variants(patron)
    scrubbed = 0
    # the patron's own entries, and entries anonymised earlier that still name them
    # (anonymising before this fix left the name in the stored result)
    names_them = or_(
        *(JournalEntry.summary.contains(v, autoescape=True) for v in variants),
        *(JournalEntry.undo_json.contains(v, autoescape=True) for v in variants),
    )
    for entry in session.scalars(
        select(JournalEntry).where(
            or_(
                JournalEntry.patron_id == patron_id,
                and_(JournalEntry.patron_id.is_(None), names_them),
            )
        )
    ):
        _forget_in_entry(entry, variants, DELETED_PATRON)
        scrubbed += 1
    _forget_in_roster_imports(uow, patron_id)
    patron_loans = select(Loan.id).where(Loan.patron_id == patron_id)
    _forget_in_receipts(
        uow,
        or_(AgreementReceipt.patron_id == patron_id, AgreementReceipt.loan_id.in_(patron_loans)),
        DELETED_PATRON,
    )
    kept = session.execute(
        update(Loan)
        .where(Loan.patron_id == patron_id)
        .values(patron_id=None, anonymized=True)
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    barcode = patron.barcode
    session.expunge(patron)
    # the foreign keys clear or remove the rest: fees and device/makerspace rows keep
    # their counts with no patron (SET NULL); holds and certificates go (CASCADE)
    for table, column in _patron_tables():
        fk_col = table.c[column]
        if table.name in {"loans", "journal_entries"}:
            continue
        if fk_col.nullable:
            session.execute(update(table).where(fk_col == patron_id).values({column: None}))
        else:
            session.execute(delete(table).where(fk_col == patron_id))
    session.execute(delete(Patron).where(and_(Patron.id == patron_id)))
    return DeletionResult(
        patron_barcode=barcode, loans_kept_anonymous=kept or 0, journal_entries_scrubbed=scrubbed
    )
