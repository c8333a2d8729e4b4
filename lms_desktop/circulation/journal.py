"""The journal of every desk action, and undoing one until the end of the day."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase

from lms_desktop.circulation.models import JournalEntry
from lms_desktop.circulation.results import JournalView
from lms_desktop.db.base import Base, utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import ConflictError, NotFoundError
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.school.models import DEFAULT_SITE_ID, Site
from lms_desktop.texts import Text, say, text_from_json, text_to_json


def encode_value(value: Any) -> Any:
    """A JSON-safe form of a column value that `decode_value` turns back."""
    if isinstance(value, datetime):
        return {"$dt": value.astimezone(UTC).isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, time):
        return {"$t": value.isoformat()}
    if isinstance(value, bytes):
        return {"$b": base64.b64encode(value).decode("ascii")}
    return value


def decode_value(value: Any) -> Any:
    if isinstance(value, dict):
        if "$dt" in value:
            return datetime.fromisoformat(value["$dt"])
        if "$d" in value:
            return date.fromisoformat(value["$d"])
        if "$t" in value:
            return time.fromisoformat(value["$t"])
        if "$b" in value:
            return base64.b64decode(value["$b"])
    return value


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _pk_of(obj: DeclarativeBase) -> dict[str, Any]:
    table = cast(Table, obj.__table__)
    return {col.name: getattr(obj, col.key) for col in table.primary_key.columns}


@dataclass
class ChangeLog:
    """Records what an action changed, row by row, so it can be reversed exactly.

    `insert(obj)` after the row has an id; `update(obj, field=value, ...)` sets the new
    values on the ORM object and remembers the old ones.
    """

    ops: list[dict[str, Any]] = field(default_factory=list)

    def insert(self, obj: DeclarativeBase) -> None:
        table = cast(Table, obj.__table__).name
        self.ops.append({"op": "insert", "table": table, "pk": _pk_of(obj)})

    def update(self, obj: DeclarativeBase, **values: Any) -> None:
        table = cast(Table, obj.__table__)
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        for key, value in values.items():
            current = getattr(obj, key)
            if current == value:
                continue
            column = table.columns[key].name
            old[column] = encode_value(current)
            new[column] = encode_value(value)
            setattr(obj, key, value)
        if new:
            self.ops.append(
                {"op": "update", "table": table.name, "pk": _pk_of(obj), "old": old, "new": new}
            )

    def extend(self, other: ChangeLog) -> None:
        self.ops.extend(other.ops)

    def inserted(self, table: str, pk: dict[str, Any]) -> None:
        """A row added with a Core statement."""
        self.ops.append({"op": "insert", "table": table, "pk": pk})

    def updated(
        self, table: str, pk: dict[str, Any], old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        """A row changed with a Core statement (column names, plain values)."""
        changed = [key for key in new if old.get(key) != new[key]]
        if changed:
            self.ops.append(
                {
                    "op": "update",
                    "table": table,
                    "pk": pk,
                    "old": {k: encode_value(old.get(k)) for k in changed},
                    "new": {k: encode_value(new[k]) for k in changed},
                }
            )


def _payload(
    summary: str, changes: ChangeLog | None, result: dict[str, Any] | None
) -> dict[str, Any]:
    payload: dict[str, Any] = {"result": result or {}}
    if changes is not None:
        payload["ops"] = changes.ops
    if isinstance(summary, Text) and len(summary) <= 500:
        # Last actions shows the summary in the desk's language
        payload["summary"] = text_to_json(summary)
    return payload


def _summary(entry: JournalEntry, payload: dict[str, Any]) -> str:
    """The entry's summary; translatable when it was written as a Text."""
    if "summary" in payload:
        text = text_from_json(payload["summary"])
        if text == entry.summary:
            return text
    return entry.summary


def record_entry(
    uow: UnitOfWork,
    action: str,
    summary: str,
    *,
    changes: ChangeLog | None = None,
    patron_id: int | None = None,
    item_id: int | None = None,
    scan_id: str | None = None,
    result: dict[str, Any] | None = None,
    at: datetime | None = None,
    site_id: int = DEFAULT_SITE_ID,
) -> JournalEntry:
    """Write a journal entry (the caller commits). `result` is what a repeated scan_id
    answers; `changes` is what undo reverses (None: the action cannot be undone)."""
    payload = _payload(summary, changes, result)
    entry = JournalEntry(
        site_id=site_id,
        at=at or utcnow(),
        staff_name=uow.staff_name or "",
        action=action,
        summary=summary[:500],
        patron_id=patron_id,
        item_id=item_id,
        scan_id=scan_id,
        undo_json=json.dumps(payload, ensure_ascii=False),
    )
    uow.session.add(entry)
    uow.session.flush()
    return entry


_INSERT_ENTRY = insert(JournalEntry.__table__)  # type: ignore[arg-type]
_ENTRY_ID_BY_SCAN = select(JournalEntry.id).where(JournalEntry.scan_id == bindparam("scan_id"))


def record_entry_core(
    uow: UnitOfWork,
    action: str,
    summary: str,
    *,
    changes: ChangeLog | None = None,
    patron_id: int | None = None,
    item_id: int | None = None,
    scan_id: str | None = None,
    result: dict[str, Any] | None = None,
    at: datetime | None = None,
    site_id: int = DEFAULT_SITE_ID,
) -> int:
    """`record_entry` for the desk's hot path: one prebuilt INSERT; returns the id."""
    payload = _payload(summary, changes, result)
    inserted = uow.session.connection().execute(
        _INSERT_ENTRY,
        {
            "site_id": site_id,
            "at": at or utcnow(),
            "staff_name": uow.staff_name or "",
            "action": action,
            "summary": summary[:500],
            "patron_id": patron_id,
            "item_id": item_id,
            "scan_id": scan_id,
            "undo_json": json.dumps(payload, ensure_ascii=False),
            "undone_by": "",
        },
    )
    key = inserted.inserted_primary_key
    assert key is not None
    return int(key[0])


def scan_was_handled(uow: UnitOfWork, scan_id: str) -> bool:
    """Whether a journal entry already carries this scan_id (cheap, prebuilt)."""
    return (
        uow.session.connection().execute(_ENTRY_ID_BY_SCAN, {"scan_id": scan_id}).first()
        is not None
    )


def stored_result(entry: JournalEntry) -> dict[str, Any]:
    """The `result` an entry stored for repeated scans."""
    if not entry.undo_json:
        return {}
    result = json.loads(entry.undo_json).get("result") or {}
    return dict(result)


def _site_zone(uow: UnitOfWork, site_id: int) -> str:
    zone = uow.session.scalar(select(Site.timezone).where(Site.id == site_id))
    return zone or "America/New_York"


def _undoable(entry: JournalEntry, now: datetime, zone: str) -> bool:
    if entry.undone_at is not None or not entry.undo_json or entry.action == "undo":
        return False
    if "ops" not in json.loads(entry.undo_json):
        return False
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(zone)
    return entry.at.astimezone(tz).date() == now.astimezone(tz).date()


def _view(entry: JournalEntry, now: datetime, zone: str) -> JournalView:
    payload = json.loads(entry.undo_json) if entry.undo_json else {}
    return JournalView(
        id=entry.id,
        at=entry.at,
        staff_name=entry.staff_name,
        action=entry.action,
        summary=_summary(entry, payload),
        patron_id=entry.patron_id,
        item_id=entry.item_id,
        scan_id=entry.scan_id,
        undone_at=entry.undone_at,
        undone_by=entry.undone_by,
        can_undo=_undoable(entry, now, zone),
    )


def recent_entries(
    uow: UnitOfWork,
    *,
    limit: int = 50,
    patron_id: int | None = None,
    now: datetime | None = None,
) -> list[JournalView]:
    """The latest journal entries, newest first (optionally for one patron)."""
    now = now or utcnow()
    query = select(JournalEntry).order_by(JournalEntry.at.desc(), JournalEntry.id.desc())
    if patron_id is not None:
        query = query.where(JournalEntry.patron_id == patron_id)
    entries = uow.session.scalars(query.limit(limit)).all()
    zone = _site_zone(uow, DEFAULT_SITE_ID)
    return [_view(e, now, zone) for e in entries]


def entry_for_scan(uow: UnitOfWork, scan_id: str) -> JournalView | None:
    """The entry a scan_id produced, if that scan was already handled."""
    entry = uow.session.scalar(select(JournalEntry).where(JournalEntry.scan_id == scan_id))
    if entry is None:
        return None
    return _view(entry, utcnow(), _site_zone(uow, entry.site_id))


def journal_entry_by_scan(uow: UnitOfWork, scan_id: str) -> JournalEntry | None:
    """The ORM entry for a scan_id (for the services' exactly-once check)."""
    return uow.session.scalar(select(JournalEntry).where(JournalEntry.scan_id == scan_id))


# What undoing each kind of entry needs, besides CHECK_IN (undo is desk work, so never
# the kiosk's). Undoing is doing the opposite action: removing a fee charge or a lost
# item's replacement fee is a waiver; undoing a patron change is changing the patron.
_UNDO_NEEDS: dict[str, tuple[Permission, ...]] = {
    "checkout": (),
    "checkin": (Permission.CHECK_OUT,),
    "renew": (Permission.RENEW,),
    "renew_all": (Permission.RENEW,),
    "hold": (Permission.PLACE_HOLD,),
    "hold_cancel": (Permission.PLACE_HOLD,),
    "hold_expire": (Permission.PLACE_HOLD,),
    "payment": (Permission.TAKE_PAYMENT,),
    "waive": (Permission.WAIVE_FEES,),
    "fee": (Permission.WAIVE_FEES,),
    "lost": (Permission.WAIVE_FEES,),
    "claims_returned": (Permission.CHECK_OUT,),
    "patron_add": (Permission.EDIT_PATRONS,),
    "patron_edit": (Permission.EDIT_PATRONS,),
    "patron_photo": (Permission.EDIT_PATRONS,),
    "block": (Permission.EDIT_PATRONS,),
    "unblock": (Permission.EDIT_PATRONS,),
}


def _same_person(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").split()).casefold() == " ".join((b or "").split()).casefold()


def require_undo_permission(uow: UnitOfWork, entry: JournalEntry) -> None:
    """Refuse to undo an entry the signed-in role could not have done (or undone) itself.

    Someone else's entry also needs UNDO_ANY, so an aide undoes only their own scans;
    an action this table does not know is the librarian's to undo.
    """
    require_permission(uow, Permission.CHECK_IN)
    for permission in _UNDO_NEEDS.get(entry.action, (Permission.UNDO_ANY,)):
        require_permission(uow, permission)
    if not _same_person(entry.staff_name, uow.staff_name):
        require_permission(uow, Permission.UNDO_ANY)


def undo_entry(uow: UnitOfWork, entry_id: int, *, now: datetime | None = None) -> JournalView:
    """Reverse the action of a journal entry, journaling the undo itself.

    Only until the end of the (local) day it happened, only once, and only while the
    rows it changed are still as it left them (undo later actions first). Raises
    ConflictError otherwise, and PermissionDeniedError when the signed-in role may not
    undo it (`require_undo_permission`). Commits.
    """
    now = now or utcnow()
    session = uow.session
    entry = session.get(JournalEntry, entry_id)
    if entry is None:
        raise NotFoundError(say("That journal entry no longer exists. Refresh the list."))
    require_undo_permission(uow, entry)
    zone = _site_zone(uow, entry.site_id)
    summary = _summary(entry, json.loads(entry.undo_json) if entry.undo_json else {})
    if entry.undone_at is not None:
        raise ConflictError(
            say(
                "“{what}” was already undone by {who}.",
                what=summary,
                who=entry.undone_by or say("someone"),
            )
        )
    if not _undoable(entry, now, zone):
        raise ConflictError(
            say(
                "“{what}” can no longer be undone (only today's desk actions can). "
                "Make the correction by hand instead.",
                what=summary,
            )
        )
    ops = json.loads(entry.undo_json or "{}")["ops"]
    session.flush()
    for op in reversed(ops):
        _reverse(uow, op, summary)
    session.expire_all()
    entry = session.get(JournalEntry, entry_id)
    assert entry is not None
    entry.undone_at = now
    entry.undone_by = uow.staff_name or ""
    record_entry(
        uow,
        "undo",
        say("Undid: {what}", what=summary),
        patron_id=entry.patron_id,
        item_id=entry.item_id,
        at=now,
        site_id=entry.site_id,
    )
    view = _view(entry, now, zone)
    uow.commit()
    return view


def _reverse(uow: UnitOfWork, op: dict[str, Any], summary: str) -> None:
    table = _table(op["table"])
    where = [table.c[name] == value for name, value in op["pk"].items()]
    later = ConflictError(
        say(
            "“{what}” cannot be undone because something changed afterwards "
            "(a renewal, a return, a payment…). Undo the later actions first.",
            what=summary,
        )
    )
    if op["op"] == "insert":
        try:
            with uow.session.begin_nested():
                gone = uow.session.execute(delete(table).where(*where))
        except IntegrityError as exc:
            raise later from exc
        if gone.rowcount != 1:  # type: ignore[attr-defined]
            raise later
        return
    new = op["new"]
    columns = [table.c[name] for name in new]
    row = uow.session.execute(select(*columns).where(*where)).first()
    if row is None:
        raise later
    current = {name: encode_value(value) for name, value in zip(new, row, strict=True)}
    if current != new:
        raise later
    old = {name: decode_value(value) for name, value in op["old"].items()}
    try:
        with uow.session.begin_nested():
            uow.session.execute(update(table).where(*where).values(**old))
    except IntegrityError as exc:
        raise later from exc
