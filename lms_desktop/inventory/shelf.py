"""Shelf inventory: scoped sessions, scans, misshelving and shelf order, progress, close."""

from __future__ import annotations

import json
import re
import threading
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import ColumnElement, Select, func, insert, select, update

from lms_desktop.catalog.call_numbers import call_number_sort_key
from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.journal import ChangeLog, record_entry
from lms_desktop.circulation.models import Fee, Item, ItemType, JournalEntry
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import ConflictError, NotFoundError, ValidationError
from lms_desktop.inventory.models import InventoryMissing, InventoryScan, InventorySession
from lms_desktop.reports.common import shelf_group
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.school.models import DEFAULT_SITE_ID
from lms_desktop.texts import Text, joined, month_day_text, say

# statuses that say "this copy should be standing on the shelf": only these can go missing
SHELF_STATUSES: Final = ("available", "missing")
# marked gone but found standing on the shelf: scanning puts it back, like a check-in
FOUND_AGAIN: Final = ("missing", "lost")
# never counted by an inventory: they have left the collection
GONE_STATUSES: Final = ("withdrawn", "retired")
# sorts after every character of a call-number sort key (digits, capitals, space, dot)
_KEY_END: Final = "~"
# a copy read in any inventory this long before this one started was seen in the building
# (found away from its place in another part of the spring inventory): it is not missing
SEEN_WINDOW: Final = timedelta(days=60)
# how a scan names an item status it found on the shelf
_STATUS_WORDS: Final = {
    "missing": say("missing"),
    "lost": say("lost"),
    "claims_returned": say("claims returned"),
}

ProgressFn = Callable[[int, int, str], None]


def _no_progress(done: int, total: int, message: str = "") -> None:
    """Progress callback used when nobody watches."""


@dataclass(frozen=True)
class InventoryScope:
    """What an inventory covers; empty fields mean "any". Call numbers are inclusive:
    `call_to="599"` takes in 599.75 too."""

    location: str = ""
    call_from: str = ""
    call_to: str = ""
    item_type: str = ""

    @property
    def is_whole_collection(self) -> bool:
        return not (self.location or self.call_from or self.call_to or self.item_type)

    def describe(self) -> Text:
        if self.is_whole_collection:
            return say("the whole collection")
        parts = []
        if self.location:
            parts.append(say("location {location}", location=self.location))
        if self.call_from or self.call_to:
            parts.append(
                say(
                    "call numbers {first} to {last}",
                    first=self.call_from or "…",
                    last=self.call_to or "…",
                )
            )
        if self.item_type:
            parts.append(say("item type {code}", code=self.item_type))
        return joined(*parts, sep=", ")


@dataclass(frozen=True)
class _ScopeKeys:
    location: str
    low: str
    high: str
    item_type: str

    def holds(self, location: str, sort_key: str, item_type: str) -> bool:
        if self.location and location != self.location:
            return False
        if self.item_type and item_type != self.item_type:
            return False
        if self.low and sort_key < self.low:
            return False
        return not (self.high and sort_key >= self.high)


def _keys(scope: InventoryScope) -> _ScopeKeys:
    low = call_number_sort_key(scope.call_from) if scope.call_from else ""
    high = call_number_sort_key(scope.call_to) + _KEY_END if scope.call_to else ""
    return _ScopeKeys(scope.location, low, high, scope.item_type)


@dataclass(frozen=True)
class GroupProgress:
    """How far an inventory has got on one shelf group (a Dewey hundred, Fiction…)."""

    group: str
    total: int
    found: int

    @property
    def percent(self) -> int:
        # truncated like a progress bar: 100% only when every copy is found
        return 100 if self.total == 0 else min(100, 100 * self.found // self.total)


@dataclass(frozen=True)
class InventoryView:
    id: int
    name: str
    scope: InventoryScope
    status: str
    started_at: datetime
    closed_at: datetime | None
    in_scope_count: int


@dataclass(frozen=True)
class InventoryProgress:
    session_id: int
    groups: tuple[GroupProgress, ...]
    expected: int
    found: int
    scans: int
    misshelved: int
    out_of_order: int
    unknown: int
    on_loan: int


@dataclass(frozen=True)
class ScanResult:
    """What one scan meant, for the aide with the scanner."""

    seq: int
    barcode: str
    item_id: int | None
    title: str
    call_number: str
    shelf_group: str
    outcome: str  # found | on_loan | unknown | duplicate | withdrawn
    in_scope: bool
    misshelved: bool
    out_of_order: bool
    newly_found: bool  # the first scan of an in-scope copy: progress moves on
    message: str
    # earlier scans on this shelf that this one shows to be out of call-number order
    # ("call number (barcode)"): the Out of order list now names them
    earlier_out_of_order: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScanLine:
    """A scan listed in the misshelved and out-of-order lists."""

    seq: int
    barcode: str
    title: str
    call_number: str
    shelf: str
    location: str
    home_location: str
    reason: str


@dataclass(frozen=True)
class MissingItem:
    id: int
    item_id: int
    barcode: str
    title: str
    call_number: str
    location: str
    previous_status: str
    decision: str  # missing | lost | restored


@dataclass(frozen=True)
class CloseResult:
    session_id: int
    expected: int
    found: int
    missing: int
    misshelved: int
    out_of_order: int
    # not scanned, but checked in at the desk after the inventory started: in the
    # building, so counted as found (they are in `found`, never missing)
    returned_at_desk: int = 0


# --- starting --------------------------------------------------------------------------


def _in_scope_statement(keys: _ScopeKeys, site_id: int) -> Select[tuple[int, str, str]]:
    stmt = (
        select(Item.id, Item.call_number, Item.status)
        .join(ItemType, Item.item_type_id == ItemType.id)
        .where(
            Item.site_id == site_id,
            Item.bib_record_id.is_not(None),
            Item.status.not_in(GONE_STATUSES),
        )
    )
    if keys.location:
        stmt = stmt.where(Item.location == keys.location)
    if keys.item_type:
        stmt = stmt.where(ItemType.code == keys.item_type)
    if keys.low:
        stmt = stmt.where(Item.call_number_sort >= keys.low)
    if keys.high:
        stmt = stmt.where(Item.call_number_sort < keys.high)
    return stmt


def start_inventory(
    uow: UnitOfWork,
    scope: InventoryScope = InventoryScope(),
    *,
    name: str = "",
    site_id: int = DEFAULT_SITE_ID,
) -> InventoryView:
    """Open an inventory of `scope` and count what it expects to find. Commits."""
    require_permission(uow, Permission.EDIT_CATALOG)
    s = uow.session
    if (
        scope.item_type
        and s.scalar(select(ItemType.id).where(ItemType.code == scope.item_type)) is None
    ):
        raise ValidationError(
            say(
                "There is no item type “{code}”. Choose one of the item types in Settings.",
                code=scope.item_type,
            )
        )
    keys = _keys(scope)
    if keys.low and keys.high and keys.low >= keys.high:
        raise ValidationError(
            say(
                "The call-number range starts ({first}) after it ends ({last}). "
                "Swap the two call numbers.",
                first=scope.call_from,
                last=scope.call_to,
            )
        )
    totals: dict[str, int] = {}
    count = 0
    for _id, call_number, status in s.execute(_in_scope_statement(keys, site_id)):
        count += 1
        if status in SHELF_STATUSES:
            group = shelf_group(call_number or "")
            totals[group] = totals.get(group, 0) + 1
    if count == 0:
        raise ValidationError(
            say(
                "No copies match {scope}. Check the location and call numbers.",
                scope=scope.describe(),
            )
        )
    session_row = InventorySession(
        site_id=site_id,
        name=(name or f"Inventory of {scope.describe()}")[:200],
        scope_location=scope.location,
        scope_call_from=scope.call_from,
        scope_call_to=scope.call_to,
        scope_item_type=scope.item_type,
        status="open",
        started_at=utcnow(),
        started_by=uow.staff_name or "",
        in_scope_count=count,
        totals_json=json.dumps(totals, sort_keys=True),
    )
    s.add(session_row)
    s.flush()
    record_entry(
        uow, "inventory_start", say("Started {name}", name=session_row.name), site_id=site_id
    )
    uow.commit()
    return _view(session_row)


def _scope_of(row: InventorySession) -> InventoryScope:
    return InventoryScope(
        row.scope_location, row.scope_call_from, row.scope_call_to, row.scope_item_type
    )


def _view(row: InventorySession) -> InventoryView:
    return InventoryView(
        row.id, row.name, _scope_of(row), row.status, row.started_at, row.closed_at,
        row.in_scope_count,
    )  # fmt: skip


def _session(uow: UnitOfWork, session_id: int) -> InventorySession:
    row = uow.session.get(InventorySession, session_id)
    if row is None:
        raise NotFoundError(
            say(
                "Inventory #{number} does not exist. Choose one from the list.",
                number=session_id,
            )
        )
    return row


def _open_session(uow: UnitOfWork, session_id: int) -> InventorySession:
    row = _session(uow, session_id)
    if row.status != "open":
        raise ConflictError(
            say(
                "“{name}” was closed on {day}. Start a new inventory to scan more shelves.",
                name=row.name,
                day=month_day_text(row.closed_at) if row.closed_at else "",
            )
        )
    return row


def get_inventory(uow: UnitOfWork, session_id: int) -> InventoryView:
    return _view(_session(uow, session_id))


def list_inventories(uow: UnitOfWork, *, site_id: int = DEFAULT_SITE_ID) -> list[InventoryView]:
    """Inventories, open ones first, newest first."""
    rows = uow.session.scalars(
        select(InventorySession)
        .where(InventorySession.site_id == site_id)
        .order_by(InventorySession.status != "open", InventorySession.started_at.desc())
    )
    return [_view(r) for r in rows]


# --- scanning --------------------------------------------------------------------------

_ITEM_BY_BARCODE = (
    select(
        Item.id,
        Item.call_number,
        Item.call_number_sort,
        Item.location,
        Item.status,
        Item.bib_record_id,
        ItemType.code,
        BibRecord.title,
    )
    .join(ItemType, Item.item_type_id == ItemType.id)
    .outerjoin(BibRecord, Item.bib_record_id == BibRecord.id)
)


def _clean(barcode: str) -> str:
    return "".join(ch for ch in (barcode or "") if ch.isprintable()).strip()[:64]


def scan_item(
    uow: UnitOfWork,
    session_id: int,
    barcode: str,
    *,
    shelf: str = "",
    location: str | None = None,
) -> ScanResult:
    """Record one barcode read on `shelf` (a label such as "Shelf 12") in `location`.

    `location` is where the scanning happens; it defaults to the inventory's location.
    Nothing outside the inventory's scope changes status. The caller commits.
    """
    require_permission(uow, Permission.CHECK_IN)
    row = _open_session(uow, session_id)
    s = uow.session
    code = _clean(barcode)
    if not code:
        raise ValidationError(say("The scan was empty. Scan the barcode again."))
    here = (location if location is not None else row.scope_location).strip()
    shelf = shelf.strip()[:100]
    seq = (
        s.scalar(select(func.max(InventoryScan.seq)).where(InventoryScan.session_id == row.id)) or 0
    ) + 1
    found = s.execute(_ITEM_BY_BARCODE.where(Item.barcode == code)).first()
    scan = InventoryScan(
        session_id=row.id, seq=seq, scanned_at=utcnow(), barcode=code, shelf=shelf, location=here
    )
    if found is None or found.bib_record_id is None:
        scan.outcome = "unknown"
        s.add(scan)
        s.flush()
        return ScanResult(
            seq, code, None, "", "", "", "unknown", False, False, False, False,
            say("{code} is not a copy in the catalog. Put it aside for the librarian.", code=code),
        )  # fmt: skip
    item_id, call_number, sort_key, home, status, _bib, type_code, title = found
    scope = _keys(_scope_of(row))
    in_scope = scope.holds(home, sort_key, type_code) and status not in GONE_STATUSES
    group = shelf_group(call_number or "")
    scan.item_id = item_id
    scan.shelf_group = group
    scan.call_number_sort = sort_key
    scan.in_scope = in_scope
    # found away from home: in another location, or outside a partial inventory's scope
    wrong_location = bool(here) and bool(home) and here != home
    misshelved = wrong_location or (not in_scope and status not in GONE_STATUSES)
    scan.misshelved = misshelved
    earlier = s.scalar(
        select(InventoryScan.id)
        .where(InventoryScan.session_id == row.id, InventoryScan.item_id == item_id)
        .limit(1)
    )
    title = title or ""
    # the scan line, said part by part (each part keeps its own translation)
    parts: list[Text] = []
    if earlier is not None:
        scan.outcome = "duplicate"
        parts.append(
            say("Already scanned: {title} ({call_number}).", title=title, call_number=call_number)
        )
    elif status in GONE_STATUSES:
        scan.outcome = "withdrawn"
        parts.append(
            say(
                "{title} ({call_number}) was withdrawn: take it off the shelf.",
                title=title,
                call_number=call_number,
            )
        )
    elif status == "on_loan":
        scan.outcome = "on_loan"
        parts.append(
            say(
                "{title} ({call_number}) is on loan in the system: check it in at the desk.",
                title=title,
                call_number=call_number,
            )
        )
    else:
        scan.outcome = "found"
        if in_scope and status in FOUND_AGAIN:
            parts += _back_on_the_shelf(uow, row, scan, item_id, status, title, call_number)
        elif status in _STATUS_WORDS:
            parts.append(
                say(
                    "{title} ({call_number}) is marked {status}: check it in at the desk to put "
                    "it back in the catalog.",
                    title=title,
                    call_number=call_number,
                    status=_STATUS_WORDS[status],
                )
            )
        if misshelved:
            parts.append(_reshelve(parts, title, call_number, home if wrong_location else ""))
        elif not parts:
            parts.append(say("{title} ({call_number})", title=title, call_number=call_number))
    # shelf order, by the same rule as the Out of order list (longest run in order)
    out_of_order = False
    displaced: tuple[str, ...] = ()
    if not misshelved and sort_key and scan.outcome in _ORDER_OUTCOMES:
        s.add(scan)
        s.flush()
        out_of_order, displaced = _shelf_order(uow, row.id, shelf, scan, f"{call_number} ({code})")
    scan.out_of_order = out_of_order
    if out_of_order:
        parts.append(say("Out of call-number order on this shelf: move it to its place."))
    if displaced:
        more = len(displaced) - 5
        named = joined(
            ", ".join(displaced[:5]), say("and {count} more", count=more) if more > 0 else ""
        )
        parts.append(say("Earlier on this shelf, out of call-number order: {named}.", named=named))
    message = parts[0] if len(parts) == 1 else joined(*parts)
    s.add(scan)
    s.flush()
    newly_found = in_scope and earlier is None and scan.outcome == "found"
    return ScanResult(
        seq, code, item_id, title, call_number, group, scan.outcome, in_scope, misshelved,
        out_of_order, newly_found, message, displaced,
    )  # fmt: skip


def _reshelve(said: Sequence[Text], title: str, call_number: str, home: str) -> Text:
    """Where a misshelved copy goes: a sentence of its own, or the end of what `said`
    already told about it."""
    if not said:
        if home:
            return say(
                "{title} ({call_number}) belongs in {home}: reshelve it there.",
                title=title,
                call_number=call_number,
                home=home,
            )
        return say(
            "{title} ({call_number}) does not belong on these shelves: reshelve it.",
            title=title,
            call_number=call_number,
        )
    if home:
        return say("belongs in {home}: reshelve it there.", home=home)
    return say("does not belong on these shelves: reshelve it.")


def _back_on_the_shelf(
    uow: UnitOfWork,
    row: InventorySession,
    scan: InventoryScan,
    item_id: int,
    status: str,
    title: str,
    call_number: str,
) -> list[Text]:
    """A copy marked missing or lost stands on the shelf after all: available again, as a
    check-in at the desk would make it (its unpaid lost fee is cancelled). Journaled, so
    it can be undone from the journal; the scan keeps the status it had."""
    s = uow.session
    item = s.get(Item, item_id)
    assert item is not None
    scan.previous_status = status
    changes = ChangeLog()
    changes.update(item, status="available")
    said = [
        say(
            "{title} ({call_number}) was {status} — now back on the shelf.",
            title=title,
            call_number=call_number,
            status=_STATUS_WORDS[status],
        )
    ]
    for fee in s.scalars(
        select(Fee).where(Fee.item_id == item_id, Fee.kind == "lost", Fee.status == "open")
    ):
        if fee.payments:
            said.append(
                say(
                    "Its lost fee of ${fee:.2f} was paid: refund it at the desk.",
                    fee=fee.amount_cents / 100,
                )
            )
        else:
            changes.update(fee, status="cancelled")
            said.append(say("Its lost fee of ${fee:.2f} is cancelled.", fee=fee.amount_cents / 100))
    s.flush()
    record_entry(
        uow,
        "inventory_found",
        say(
            "Found on the shelf during {name}: {title} ({call_number}), was {status}",
            name=row.name,
            title=title,
            call_number=call_number,
            status=_STATUS_WORDS[status],
        ),
        changes=changes,
        item_id=item_id,
        site_id=row.site_id,
    )
    return said


# --- shelf order -------------------------------------------------------------------------
#
# One rule decides what is out of order, everywhere (scan line, list, counts, report): per
# shelf, the scans outside one longest run already in call-number order
# (`longest_in_order`). At a scan the run is worked out on the shelf as scanned so far, so
# the scan line says what the list says at that moment; later scans can change which
# books the run leaves out, and the list follows.

# outcomes whose scans take part in shelf order (a duplicate is the same book again)
_ORDER_OUTCOMES: Final = ("found", "on_loan", "withdrawn")


@dataclass
class _ShelfRun:
    """`longest_in_order`'s state over one shelf's scans so far, kept between scans so
    a scan costs O(log n) on a long shelf. `last` (scan id, time) checks it against the
    database: a rolled-back or foreign scan makes it rebuilt."""

    last: tuple[int, datetime] | None = None
    labels: list[str] = field(default_factory=list)
    tails: list[str] = field(default_factory=list)
    tail_at: list[int] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)

    def add(self, key: str, label: str) -> tuple[bool, list[int]]:
        """Add the next scan; (it is out of the run, earlier positions now out of it)."""
        i = len(self.parent)
        self.labels.append(label)
        j = bisect_left(self.tails, key + "\x00")
        replaced = self.tail_at[j] if j < len(self.tails) else -1
        if j == len(self.tails):
            self.tails.append(key)
            self.tail_at.append(i)
        else:
            self.tails[j] = key
            self.tail_at[j] = i
        self.parent.append(self.tail_at[j - 1] if j > 0 else -1)
        if j < len(self.tails) - 1:
            return True, []  # the run ends elsewhere: this book is the one out of place
        if replaced < 0:
            return False, []  # the run just grew by this book
        # the run now ends here instead of at `replaced`: walk both runs back to where they
        # meet; books only on the old run are out of order now
        dropped: list[int] = []
        old, new = replaced, self.parent[i]
        while old != new and old >= 0:
            if old > new:
                dropped.append(old)
                old = self.parent[old]
            else:
                new = self.parent[new]
        return False, dropped


_RUNS: OrderedDict[tuple[int, int, str], _ShelfRun] = OrderedDict()
_RUNS_LOCK = threading.Lock()
_RUNS_KEPT: Final = 64


def _order_rows(session_id: int) -> Select[tuple[int, datetime, int, str, str]]:
    return (
        select(
            InventoryScan.id,
            InventoryScan.scanned_at,
            InventoryScan.seq,
            InventoryScan.call_number_sort,
            InventoryScan.barcode,
        )
        .where(
            InventoryScan.session_id == session_id,
            InventoryScan.misshelved.is_(False),
            InventoryScan.call_number_sort != "",
            InventoryScan.outcome.in_(_ORDER_OUTCOMES),
        )
        .order_by(InventoryScan.seq)
    )


def _shelf_order(
    uow: UnitOfWork, session_id: int, shelf: str, scan: InventoryScan, label: str
) -> tuple[bool, tuple[str, ...]]:
    """Whether `scan` (flushed, the newest on `shelf`) is out of the shelf's longest run in
    order, and the earlier scans it pushes out of that run."""
    s = uow.session
    before = s.execute(
        _order_rows(session_id)
        .with_only_columns(InventoryScan.id, InventoryScan.scanned_at)
        .where(InventoryScan.shelf == shelf, InventoryScan.id != scan.id)
        .order_by(None)
        .order_by(InventoryScan.seq.desc())
        .limit(1)
    ).first()
    last = None if before is None else (int(before[0]), before[1])
    key = (id(s.get_bind()), session_id, shelf)
    with _RUNS_LOCK:
        run = _RUNS.pop(key, None)
        if run is None or run.last != last:
            run = _ShelfRun()
            calls = dict(
                s.execute(
                    select(InventoryScan.id, Item.call_number)
                    .join(Item, InventoryScan.item_id == Item.id)
                    .where(InventoryScan.session_id == session_id, InventoryScan.shelf == shelf)
                )
                .tuples()
                .all()
            )
            for scan_id, _at, _seq, sort_key, barcode in s.execute(
                _order_rows(session_id).where(
                    InventoryScan.shelf == shelf, InventoryScan.id != scan.id
                )
            ):
                run.add(sort_key, f"{calls.get(scan_id) or ''} ({barcode})")
        stray, dropped = run.add(scan.call_number_sort, label)
        run.last = (scan.id, scan.scanned_at)
        _RUNS[key] = run
        while len(_RUNS) > _RUNS_KEPT:
            _RUNS.popitem(last=False)
        return stray, tuple(run.labels[i] for i in sorted(dropped))


def _stray_seqs(uow: UnitOfWork, session_id: int) -> set[int]:
    """Seqs of the scans out of call-number order on their shelf (the one rule)."""
    rows = uow.session.execute(
        _order_rows(session_id).with_only_columns(
            InventoryScan.seq, InventoryScan.shelf, InventoryScan.call_number_sort
        )
    ).all()
    by_shelf: dict[str, list[tuple[int, str]]] = {}
    for seq, shelf, key in rows:
        by_shelf.setdefault(shelf, []).append((seq, key))
    stray: set[int] = set()
    for scans in by_shelf.values():
        keep = longest_in_order([key for _seq, key in scans])
        stray.update(seq for i, (seq, _key) in enumerate(scans) if i not in keep)
    return stray


# --- scanner-memory files -----------------------------------------------------------------

_DIRECTIVE = re.compile(r"^#\s*(shelf|location)\s*[:=]\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class ScannerRead:
    """One barcode from a scanner's memory, with the shelf and location set before it."""

    line: int
    barcode: str
    shelf: str
    location: str | None


def parse_scanner_file(text: str) -> list[ScannerRead]:
    """Read a scanner-memory export: one barcode a line, optionally followed by a comma
    or tab and the scanner's date and time (ignored). `# shelf: Shelf 12` and
    `# location: Main` lines set where the following barcodes were read; other lines
    starting with # are comments."""
    reads: list[ScannerRead] = []
    shelf = ""
    location: str | None = None
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            directive = _DIRECTIVE.match(line)
            if directive:
                value = directive.group(2).strip()
                if directive.group(1).lower() == "shelf":
                    shelf = value
                else:
                    location = value
            continue
        barcode = _clean(re.split(r"[,\t;]", line, maxsplit=1)[0].strip('"'))
        if barcode:
            reads.append(ScannerRead(number, barcode, shelf, location))
    return reads


@dataclass(frozen=True)
class ReplayResult:
    scans: int
    found: int
    misshelved: int
    out_of_order: int
    unknown: tuple[str, ...]
    duplicates: int


def replay_scans(
    uow: UnitOfWork,
    session_id: int,
    reads: Sequence[ScannerRead],
    *,
    progress: ProgressFn = _no_progress,
    batch: int = 500,
) -> ReplayResult:
    """Scan every read in order, as if typed at the scan field; commits every `batch`."""
    found = misshelved = duplicates = 0
    unknown: list[str] = []
    for n, read in enumerate(reads, start=1):
        result = scan_item(uow, session_id, read.barcode, shelf=read.shelf, location=read.location)
        found += result.newly_found
        misshelved += result.misshelved and result.outcome != "duplicate"
        duplicates += result.outcome == "duplicate"
        if result.outcome == "unknown":
            unknown.append(read.barcode)
        if n % batch == 0:
            uow.commit()
            progress(n, len(reads), say("{done:,} of {total:,} scans", done=n, total=len(reads)))
    uow.commit()
    # the Out of order list once the whole file is in: later reads can clear an earlier flag
    out_of_order = len(_stray_seqs(uow, session_id))
    progress(len(reads), len(reads), say("done"))
    return ReplayResult(len(reads), found, misshelved, out_of_order, tuple(unknown), duplicates)


# --- progress and lists -------------------------------------------------------------------


def inventory_progress(uow: UnitOfWork, session_id: int) -> InventoryProgress:
    """Found against expected per shelf group, and the counts of each kind of scan."""
    row = _session(uow, session_id)
    s = uow.session
    totals: dict[str, int] = json.loads(row.totals_json or "{}")
    found_by_group = dict(
        s.execute(
            select(InventoryScan.shelf_group, func.count(func.distinct(InventoryScan.item_id)))
            .where(
                InventoryScan.session_id == row.id,
                InventoryScan.in_scope.is_(True),
                InventoryScan.outcome == "found",
            )
            .group_by(InventoryScan.shelf_group)
        )
        .tuples()
        .all()
    )
    counts = dict(
        s.execute(
            select(InventoryScan.outcome, func.count())
            .where(InventoryScan.session_id == row.id)
            .group_by(InventoryScan.outcome)
        )
        .tuples()
        .all()
    )
    misshelved = s.scalar(
        select(func.count()).where(
            InventoryScan.session_id == row.id,
            InventoryScan.misshelved.is_(True),
            InventoryScan.outcome != "duplicate",
        )
    )
    groups = tuple(
        GroupProgress(g, totals.get(g, 0), min(found_by_group.get(g, 0), totals.get(g, 0)))
        for g in sorted(set(totals) | set(found_by_group), key=_group_order)
    )
    return InventoryProgress(
        session_id=row.id,
        groups=groups,
        expected=sum(totals.values()),
        found=sum(g.found for g in groups),
        scans=sum(counts.values()),
        misshelved=int(misshelved or 0),
        out_of_order=len(_stray_seqs(uow, row.id)),
        unknown=counts.get("unknown", 0),
        on_loan=counts.get("on_loan", 0),
    )


def _group_order(group: str) -> tuple[int, str]:
    return (0, group) if group[:1].isdigit() else (1, group)


def _scan_lines(
    uow: UnitOfWork,
    session_id: int,
    condition: ColumnElement[bool],
    reason: Callable[[str, str, bool], str],
) -> list[ScanLine]:
    rows = uow.session.execute(
        select(
            InventoryScan.seq,
            InventoryScan.barcode,
            BibRecord.title,
            Item.call_number,
            InventoryScan.shelf,
            InventoryScan.location,
            Item.location,
            InventoryScan.in_scope,
        )
        .join(Item, InventoryScan.item_id == Item.id)
        .outerjoin(BibRecord, Item.bib_record_id == BibRecord.id)
        .where(InventoryScan.session_id == session_id, condition)
        .order_by(InventoryScan.seq)
    ).all()
    return [
        ScanLine(
            seq, barcode, title or "", call or "", shelf, here, home, reason(here, home, in_scope)
        )
        for seq, barcode, title, call, shelf, here, home, in_scope in rows
    ]


def misshelved_items(uow: UnitOfWork, session_id: int) -> list[ScanLine]:
    """Copies found away from their place: they are found, never missing."""

    def reason(here: str, home: str, in_scope: bool) -> str:
        if here and home and here != home:
            return say("found in {here}, belongs in {home}", here=here, home=home)
        return say("found here, but outside this inventory's shelves")

    return _scan_lines(
        uow,
        session_id,
        (InventoryScan.misshelved.is_(True)) & (InventoryScan.outcome != "duplicate"),
        reason,
    )


def longest_in_order(keys: Sequence[str]) -> set[int]:
    """Positions of one longest run of keys already in shelf order (not necessarily
    adjacent); every other position is a book out of place. O(n log n)."""
    tails: list[str] = []
    tail_at: list[int] = []
    parent = [-1] * len(keys)
    for i, key in enumerate(keys):
        # non-decreasing: two copies of one title side by side are in order
        j = bisect_left(tails, key + "\x00")
        if j == len(tails):
            tails.append(key)
            tail_at.append(i)
        else:
            tails[j] = key
            tail_at[j] = i
        parent[i] = tail_at[j - 1] if j > 0 else -1
    keep: set[int] = set()
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        keep.add(i)
        i = parent[i]
    return keep


def out_of_order_items(uow: UnitOfWork, session_id: int) -> list[ScanLine]:
    """Copies out of call-number order on their shelf: per shelf, the scans outside the
    longest run already in order (so one stray book flags one book, not the rest)."""
    stray = _stray_seqs(uow, session_id)
    if not stray:
        return []
    return _scan_lines(
        uow,
        session_id,
        InventoryScan.seq.in_(sorted(stray)),
        lambda _h, _o, _s: say("out of call-number order on the shelf"),
    )


# --- closing and the missing review -------------------------------------------------------


def close_inventory(uow: UnitOfWork, session_id: int) -> CloseResult:
    """Close the inventory: every copy in scope that should be on the shelf and was not
    scanned (here, or in any other inventory of the spring: see SEEN_WINDOW) nor checked in
    at the desk since the inventory started becomes missing and goes on the review list.
    Copies outside the scope are never touched. Commits."""
    require_permission(uow, Permission.EDIT_CATALOG)
    row = _open_session(uow, session_id)
    s = uow.session
    keys = _keys(_scope_of(row))
    expected = {
        item_id: status
        for item_id, _call, status in s.execute(_in_scope_statement(keys, row.site_id))
        if status in SHELF_STATUSES
    }
    seen = set(
        s.scalars(
            select(InventoryScan.item_id)
            .join(InventorySession, InventoryScan.session_id == InventorySession.id)
            .where(
                InventorySession.site_id == row.site_id,
                InventoryScan.item_id.is_not(None),
                InventoryScan.outcome != "unknown",
                (InventoryScan.session_id == row.id)
                | (InventoryScan.scanned_at >= row.started_at - SEEN_WINDOW),
            )
        )
    )
    # a copy checked in at the desk after the inventory started was in someone's hands in
    # the library while the shelves were scanned (often after its own shelf was done): it
    # is accounted for, not missing. The journal has every check-in, with a loan or not
    # (a missing copy found at the desk); one undone since does not count.
    returned = set(
        s.scalars(
            select(JournalEntry.item_id).where(
                JournalEntry.site_id == row.site_id,
                JournalEntry.at >= row.started_at,
                JournalEntry.action == "checkin",
                JournalEntry.item_id.is_not(None),
                JournalEntry.undone_at.is_(None),
            )
        )
    )
    returned_unscanned = (set(expected) & returned) - seen
    seen |= returned_unscanned
    missing_ids = sorted(set(expected) - seen)
    found = len(set(expected) & seen)
    if missing_ids:
        s.execute(
            insert(InventoryMissing),
            [
                {
                    "session_id": row.id,
                    "item_id": item_id,
                    "previous_status": expected[item_id],
                    "decision": "missing",
                    "decided_by": "",
                }
                for item_id in missing_ids
            ],
        )
        for chunk in _chunks(missing_ids, 500):
            s.execute(update(Item).where(Item.id.in_(chunk)).values(status="missing"))
    progress = inventory_progress(uow, row.id)
    row.status = "closed"
    row.closed_at = utcnow()
    record_entry(
        uow,
        "inventory_close",
        say(
            "Closed {name}: {found:,} found ({returned:,} of them returned at the desk during "
            "the inventory), {missing:,} missing",
            name=row.name,
            found=found,
            returned=len(returned_unscanned),
            missing=len(missing_ids),
        ),
        site_id=row.site_id,
    )
    uow.commit()
    return CloseResult(
        row.id,
        len(expected),
        found,
        len(missing_ids),
        progress.misshelved,
        progress.out_of_order,
        len(returned_unscanned),
    )


def _chunks(values: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def missing_items(uow: UnitOfWork, session_id: int) -> list[MissingItem]:
    """The review list after the close, in shelf order."""
    _session(uow, session_id)
    rows = uow.session.execute(
        select(
            InventoryMissing.id,
            InventoryMissing.item_id,
            Item.barcode,
            BibRecord.title,
            Item.call_number,
            Item.location,
            InventoryMissing.previous_status,
            InventoryMissing.decision,
        )
        .join(Item, InventoryMissing.item_id == Item.id)
        .outerjoin(BibRecord, Item.bib_record_id == BibRecord.id)
        .where(InventoryMissing.session_id == session_id)
        .order_by(Item.call_number_sort, Item.barcode)
    ).all()
    return [
        MissingItem(mid, iid, bc, title or "", call or "", loc or "", prev, decision)
        for mid, iid, bc, title, call, loc, prev, decision in rows
    ]


def _review_rows(uow: UnitOfWork, session_id: int, ids: Iterable[int]) -> list[InventoryMissing]:
    wanted = sorted(set(ids))
    rows = list(
        uow.session.scalars(
            select(InventoryMissing).where(
                InventoryMissing.session_id == session_id, InventoryMissing.id.in_(wanted)
            )
        )
    )
    if len(rows) != len(wanted):
        raise NotFoundError(say("Some of those copies are not on this inventory's review list."))
    return rows


def mark_lost(uow: UnitOfWork, session_id: int, missing_ids: Iterable[int]) -> int:
    """Mark reviewed missing copies lost (they leave availability). Reversible with
    `restore_missing`. Returns how many changed. Commits."""
    require_permission(uow, Permission.EDIT_CATALOG)
    changed = 0
    for review in _review_rows(uow, session_id, missing_ids):
        item = uow.session.get(Item, review.item_id)
        if item is None or item.status not in ("missing", "lost"):
            continue  # found and lent, or reshelved since: leave it as it is now
        item.status = "lost"
        review.decision = "lost"
        review.decided_at = utcnow()
        review.decided_by = uow.staff_name or ""
        changed += 1
    record_entry(uow, "inventory_lost", say("Marked {count} missing copies lost", count=changed))
    uow.commit()
    return changed


def restore_missing(uow: UnitOfWork, session_id: int, missing_ids: Iterable[int]) -> int:
    """Undo a missing or lost mark: the copy gets the status it had before the close
    (available), as long as nobody changed it since. Returns how many changed. Commits."""
    require_permission(uow, Permission.EDIT_CATALOG)
    changed = 0
    for review in _review_rows(uow, session_id, missing_ids):
        item = uow.session.get(Item, review.item_id)
        if item is None or item.status not in ("missing", "lost"):
            continue
        item.status = review.previous_status
        review.decision = "restored"
        review.decided_at = utcnow()
        review.decided_by = uow.staff_name or ""
        changed += 1
    record_entry(
        uow,
        "inventory_restore",
        say("Put {count} missing copies back on the shelf", count=changed),
    )
    uow.commit()
    return changed
