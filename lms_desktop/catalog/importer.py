"""Importing MARC files: match/overlay, holdings to copies, whole records only, a report."""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

import pymarc
from sqlalchemy import insert, select
from sqlalchemy.exc import SQLAlchemyError

from lms_desktop.bulk_memory import fewer_collections
from lms_desktop.catalog.call_numbers import call_number_sort_key
from lms_desktop.catalog.display import DisplayFields, derive_display
from lms_desktop.catalog.holdings import (
    HOLDINGS_852,
    HoldingsMapping,
    copy_values,
    holdings_json,
)
from lms_desktop.catalog.models import BibIdentifier, BibRecord
from lms_desktop.catalog.read_ahead import (
    AGAIN,
    READ_AHEAD_FROM_BYTES,
    ReadAhead,
    ReaderStoppedError,
    read_ahead,
)
from lms_desktop.catalog.reading import (
    CountingStream,
    MarcFormat,
    ReadRecord,
    ReadRejection,
    RecordPosition,
    detect_format,
    read_marc_stream,
)
from lms_desktop.catalog.records import (
    PreparedRecord,
    insert_prepared,
    replace_record,
    serialize_record,
)
from lms_desktop.circulation.models import Item, ItemType, Patron
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.texts import joined, say

DEFAULT_BATCH_SIZE = 500
MAX_LISTED_OUTCOMES = 5000
LIST_CLEAN_ADDS_UP_TO = 1000


class MatchPoint(StrEnum):
    """What makes an incoming record "the same title" as one already in the catalog."""

    CONTROL_NUMBER = "control"  # 001 + 003
    ISBN = "isbn"
    LCCN = "lccn"


class OnMatch(StrEnum):
    """What to do with an incoming record that matches a title already in the catalog."""

    ADD_NEW = "add"  # add it as another title anyway
    OVERLAY = "overlay"  # replace the stored record with the incoming one (copies stay)
    SKIP = "skip"  # keep the stored record; only its holdings are added as copies


class OutcomeStatus(StrEnum):
    ADDED = "added"
    OVERLAID = "overlaid"
    SKIPPED = "skipped"
    REJECTED = "rejected"


@dataclass(frozen=True)
class ImportOptions:
    match_points: tuple[MatchPoint, ...] = (
        MatchPoint.CONTROL_NUMBER,
        MatchPoint.ISBN,
        MatchPoint.LCCN,
    )
    on_match: OnMatch = OnMatch.SKIP
    holdings: HoldingsMapping | None = HOLDINGS_852
    item_type: str = "book"
    default_location: str = ""
    batch_size: int = DEFAULT_BATCH_SIZE
    all_or_nothing: bool = False  # one transaction for the file: cancel leaves no trace
    source: str | None = None  # shown with each title; the file name by default
    # read a file in a second process while this one stores (None: for large files)
    read_ahead: bool | None = None


@dataclass(frozen=True)
class RecordOutcome:
    """What happened to one record of the file."""

    position: RecordPosition
    status: OutcomeStatus
    record_id: int | None
    title: str
    message: str
    copies_added: int = 0

    def describe(self) -> str:
        text = f"{self.position.describe()}: {self.status.value}"
        if self.title:
            text += f" “{self.title[:60]}”"
        if self.record_id is not None:
            text += f" (title #{self.record_id})"
        if self.copies_added:
            text += f", {self.copies_added} copies"
        if not self.message:
            return f"{text}."
        message = self.message[:1].upper() + self.message[1:]
        return f"{text}. {message.rstrip('.')}."


@dataclass(frozen=True)
class ImportProgress:
    records_read: int
    bytes_done: int
    bytes_total: int

    @property
    def fraction(self) -> float:
        return min(1.0, self.bytes_done / self.bytes_total) if self.bytes_total else 0.0


@dataclass(frozen=True)
class ImportReport:
    file_name: str
    format: MarcFormat
    read: int
    added: int
    overlaid: int
    skipped: int
    rejected: int
    repaired: int
    copies_added: int
    copies_refused: int
    cancelled: bool
    outcomes: tuple[RecordOutcome, ...]
    outcomes_truncated: bool

    @property
    def imported(self) -> int:
        return self.added + self.overlaid

    def summary(self) -> str:
        if self.read == 0 and not self.cancelled:
            return say(
                "{file}: no MARC records were found in this file, so nothing was "
                "imported. Check that it is a MARC file (.mrc, MARCXML or MarcEdit .mrk): a "
                "MODS, Dublin Core or OAI-PMH file without MARC records in it has none.",
                file=self.file_name,
            )
        counts = say(
            "{file}: {read} read, {added} imported, {overlaid} overlaid, {skipped} skipped "
            "(already in the catalog), {rejected} rejected; {repaired} repaired; "
            "{copies} copies added",
            file=self.file_name,
            read=self.read,
            added=self.added,
            overlaid=self.overlaid,
            skipped=self.skipped,
            rejected=self.rejected,
            repaired=self.repaired,
            copies=self.copies_added,
        )
        refused = (
            say(", {refused} copies refused", refused=self.copies_refused)
            if self.copies_refused
            else ""
        )
        cancelled = say(". Cancelled before the end of the file") if self.cancelled else ""
        return joined(counts, refused, cancelled, ".", sep="")

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file_name,
            "format": self.format.value,
            "read": self.read,
            "imported": self.added,
            "overlaid": self.overlaid,
            "skipped": self.skipped,
            "rejected": self.rejected,
            "repaired": self.repaired,
            "copies_added": self.copies_added,
            "copies_refused": self.copies_refused,
            "cancelled": self.cancelled,
            "outcomes": [
                {
                    "record": o.position.number,
                    "byte_offset": o.position.offset,
                    "line": o.position.line,
                    "status": o.status.value,
                    "title_id": o.record_id,
                    "title": o.title,
                    "message": o.message,
                    "copies_added": o.copies_added,
                }
                for o in self.outcomes
            ],
            "outcomes_truncated": self.outcomes_truncated,
        }


@dataclass(frozen=True)
class HoldingCopy:
    barcode: str
    call_number: str
    location: str
    price_cents: int | None
    source_field: pymarc.Field
    original: str  # the whole field as JSON (holdings_json), kept with the copy


def holdings_of(record: pymarc.Record, mapping: HoldingsMapping) -> list[HoldingCopy]:
    """The copies described by the record's holdings fields (those with a barcode)."""
    copies: list[HoldingCopy] = []
    for fld in record.get_fields(mapping.tag):
        if fld.is_control_field():
            continue
        values = copy_values([(s.code, s.value) for s in fld.subfields], mapping)
        if not values.barcode:
            continue
        copies.append(
            HoldingCopy(
                barcode=values.barcode,
                call_number=values.call_number,
                location=values.location,
                price_cents=values.price_cents,
                source_field=fld,
                original=holdings_json(fld, mapping),
            )
        )
    return copies


@dataclass(slots=True)
class _Pending:
    """A record read from the file, waiting to be written with its batch."""

    read: ReadRecord
    display: DisplayFields
    holdings: list[HoldingCopy]
    notes: list[str] = field(default_factory=list)
    action: OnMatch | None = None  # None: no match, add
    target_id: int | None = None  # the matched title
    target_pending: int | None = None  # or a title earlier in this batch
    record_id: int | None = None
    copies_added: int = 0
    prepared: PreparedRecord | None = None
    failed: str | None = None


@dataclass
class _Tally:
    read: int = 0
    added: int = 0
    overlaid: int = 0
    skipped: int = 0
    rejected: int = 0
    repaired: int = 0
    copies_added: int = 0
    copies_refused: int = 0
    outcomes: list[RecordOutcome] = field(default_factory=list)
    truncated: bool = False

    def add(self, outcome: RecordOutcome, notable: bool) -> None:
        if len(self.outcomes) >= MAX_LISTED_OUTCOMES:
            self.truncated = True
            return
        if notable or self.read <= LIST_CLEAN_ADDS_UP_TO:
            self.outcomes.append(outcome)
        else:
            self.truncated = True


class _Importer:
    def __init__(
        self,
        uow: UnitOfWork,
        options: ImportOptions,
        source: str,
    ) -> None:
        self.uow = uow
        self.options = options
        self.source = source[:200]
        self.tally = _Tally()
        self.item_type_id: int | None = None
        if options.holdings is not None:
            self.item_type_id = uow.session.scalar(
                select(ItemType.id).where(ItemType.code == options.item_type)
            )
            if self.item_type_id is None:
                raise ValidationError(
                    say(
                        "There is no item type “{code}” for the imported copies. "
                        "Choose one of the item types in Settings.",
                        code=options.item_type,
                    )
                )

    # -- per record -------------------------------------------------------------------
    def reject(self, rejection: ReadRejection) -> None:
        self.tally.rejected += 1
        self.tally.add(
            RecordOutcome(rejection.position, OutcomeStatus.REJECTED, None, "", rejection.reason),
            notable=True,
        )

    def pending_for(self, read: ReadRecord, display: DisplayFields | None = None) -> _Pending:
        if display is not None:  # derived by the reader process: no holdings to take out
            return _Pending(read=read, display=display, holdings=[])
        mapping = self.options.holdings
        holdings: list[HoldingCopy] = []
        if mapping is not None and read.view.get_fields(mapping.tag):
            # holdings fields may be taken out of the record: work on the full record
            holdings = holdings_of(read.record, mapping)
            display = derive_display(read.record)
        else:
            display = derive_display(read.view)
        return _Pending(read=read, display=display, holdings=holdings)

    # -- per batch ----------------------------------------------------------------------
    def flush(self, batch: list[_Pending]) -> None:
        if not batch:
            return
        session = self.uow.session
        self._match(batch)
        self._choose_copies(batch)
        for p in batch:
            self._prepare(p)
        try:
            with session.begin_nested():
                self._write(batch)
        except SQLAlchemyError:
            # something in the batch broke a database rule: write the records one by
            # one so only the guilty one is set aside
            for p in batch:
                p.record_id = None
                p.copies_added = 0
            for p in batch:
                if p.failed:
                    continue
                try:
                    with session.begin_nested():
                        self._write([p])
                except SQLAlchemyError as exc:
                    p.failed = say(
                        "the record could not be saved: {error}",
                        error=str(getattr(exc, "orig", exc)).splitlines()[0],
                    )
                    p.record_id = None
                    p.copies_added = 0
        for p in batch:
            self._report(p)

    def _match(self, batch: list[_Pending]) -> None:
        options = self.options
        if not options.match_points or options.on_match is OnMatch.ADD_NEW:
            return
        session = self.uow.session
        found: dict[tuple[str, str], int] = {}
        controls = {
            (p.display.control_number, p.display.control_number_identifier or "")
            for p in batch
            if p.display.control_number
        }
        if MatchPoint.CONTROL_NUMBER in options.match_points and controls:
            numbers = {c for c, _i in controls}
            for rid, number, ident in session.execute(
                select(BibRecord.id, BibRecord.control_number, BibRecord.control_number_identifier)
                .where(BibRecord.control_number.in_(numbers))
                .order_by(BibRecord.id)
            ):
                found.setdefault(("control", f"{number}\x1f{ident or ''}"), rid)
        for point in (MatchPoint.ISBN, MatchPoint.LCCN):
            if point not in options.match_points:
                continue
            values = {v for p in batch for k, v in p.display.identifiers if k == point.value}
            if not values:
                continue
            for rid, value in session.execute(
                select(BibIdentifier.record_id, BibIdentifier.value)
                .where(BibIdentifier.kind == point.value, BibIdentifier.value.in_(values))
                .order_by(BibIdentifier.record_id)
            ):
                found.setdefault((point.value, value), rid)
        earlier: dict[tuple[str, str], int] = {}
        for index, p in enumerate(batch):
            keys = self._keys(p)
            for key in keys:
                if key in found:
                    p.action, p.target_id = options.on_match, found[key]
                    p.notes.append(
                        say("Matched title #{id} by {key}", id=found[key], key=_KEY_NAMES[key[0]])
                    )
                    break
                if key in earlier:
                    p.action, p.target_pending = options.on_match, earlier[key]
                    first = batch[earlier[key]].read.position.number
                    p.notes.append(
                        say(
                            "Matched record {number} of this file by {key}",
                            number=first,
                            key=_KEY_NAMES[key[0]],
                        )
                    )
                    break
            if p.action is None:
                for key in keys:
                    earlier.setdefault(key, index)

    def _keys(self, p: _Pending) -> list[tuple[str, str]]:
        keys: list[tuple[str, str]] = []
        for point in self.options.match_points:
            if point is MatchPoint.CONTROL_NUMBER and p.display.control_number:
                ident = p.display.control_number_identifier or ""
                keys.append(("control", f"{p.display.control_number}\x1f{ident}"))
            elif point in (MatchPoint.ISBN, MatchPoint.LCCN):
                keys.extend((k, v) for k, v in p.display.identifiers if k == point.value)
        return keys

    def _choose_copies(self, batch: list[_Pending]) -> None:
        wanted = {h.barcode for p in batch for h in p.holdings}
        if not wanted:
            return
        session = self.uow.session
        used: set[str] = set()
        chunk = list(wanted)
        for start in range(0, len(chunk), 500):
            part = chunk[start : start + 500]
            used.update(session.scalars(select(Item.barcode).where(Item.barcode.in_(part))))
            used.update(session.scalars(select(Patron.barcode).where(Patron.barcode.in_(part))))
        for p in batch:
            kept: list[HoldingCopy] = []
            for h in p.holdings:
                if h.barcode in used:
                    p.notes.append(
                        say(
                            "Copy {barcode} was not added: that barcode is already in use "
                            "(its {tag} stays in the record)",
                            barcode=h.barcode,
                            tag=h.source_field.tag,
                        )
                    )
                    self.tally.copies_refused += 1
                    continue
                used.add(h.barcode)
                kept.append(h)
            p.holdings = kept

    def _prepare(self, p: _Pending) -> None:
        if p.action is OnMatch.SKIP:
            return
        raw = p.read.raw
        if p.holdings:
            for h in p.holdings:
                p.read.record.remove_field(h.source_field)
            raw = None
        marc: bytes | None
        marc_xml: str | None
        try:
            if raw is not None:
                marc, marc_xml = raw, None
            else:
                marc, marc_xml = serialize_record(p.read.record)
        except (ValueError, TypeError, ValidationError) as exc:
            error = exc.message if isinstance(exc, ValidationError) else str(exc)
            p.failed = say("the record cannot be stored: {error}", error=error)
            return
        if marc is None:
            p.notes.append(say("It is over 99,999 bytes, so it is kept as MARCXML"))
        p.prepared = PreparedRecord(
            display=p.display, marc=marc, marc_xml=marc_xml, source=self.source
        )

    def _write(self, batch: list[_Pending]) -> None:
        session = self.uow.session
        adds = [p for p in batch if not p.failed and p.action in (None, OnMatch.ADD_NEW)]
        adds = [p for p in adds if p.prepared is not None]
        ids = insert_prepared(session, [p.prepared for p in adds if p.prepared])
        for p, record_id in zip(adds, ids, strict=True):
            p.record_id = record_id
        for p in batch:
            if p.failed or p.action in (None, OnMatch.ADD_NEW):
                continue
            target = p.target_id
            if target is None and p.target_pending is not None:
                target = batch[p.target_pending].record_id
            if target is None:
                p.failed = say("the title it matched could not be saved")
                continue
            p.record_id = target
            if p.action is OnMatch.OVERLAY and p.prepared is not None:
                try:
                    replace_record(self.uow, target, p.read.record, self.source)
                except NotFoundError:
                    p.failed = say("title #{id} it matched is no longer in the catalog", id=target)
                    continue
        self._insert_copies(batch)

    def _insert_copies(self, batch: list[_Pending]) -> None:
        rows: list[dict[str, object]] = []
        now = utcnow()
        for p in batch:
            if p.failed or p.record_id is None:
                continue
            for h in p.holdings:
                rows.append(
                    {
                        "barcode": h.barcode,
                        "item_type_id": self.item_type_id,
                        "bib_record_id": p.record_id,
                        "call_number": h.call_number,
                        "call_number_sort": call_number_sort_key(h.call_number),
                        "location": h.location or self.options.default_location,
                        "status": "available",
                        "price_cents": h.price_cents,
                        "holdings_json": h.original,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            p.copies_added = len(p.holdings)
        if rows:
            self.uow.session.execute(insert(Item), rows)

    def _report(self, p: _Pending) -> None:
        tally = self.tally
        position = p.read.position
        if p.failed:
            tally.rejected += 1
            tally.add(
                RecordOutcome(position, OutcomeStatus.REJECTED, None, p.display.title, p.failed),
                notable=True,
            )
            return
        if (
            p.action is None
            and not p.notes
            and not p.read.repairs
            and not p.read.converted_from_marc8
            and tally.read > LIST_CLEAN_ADDS_UP_TO
        ):
            # the common case in a big file: counted, not listed one by one
            tally.added += 1
            tally.copies_added += p.copies_added
            tally.truncated = True
            return
        status = {
            None: OutcomeStatus.ADDED,
            OnMatch.ADD_NEW: OutcomeStatus.ADDED,
            OnMatch.OVERLAY: OutcomeStatus.OVERLAID,
            OnMatch.SKIP: OutcomeStatus.SKIPPED,
        }[p.action]
        if status is OutcomeStatus.ADDED:
            tally.added += 1
        elif status is OutcomeStatus.OVERLAID:
            tally.overlaid += 1
        else:
            tally.skipped += 1
        tally.copies_added += p.copies_added
        repairs = list(p.read.repairs)
        if repairs:
            tally.repaired += 1
        parts: list[str] = []
        if repairs:
            parts.append(say("Repaired: {repairs}", repairs=joined(*repairs, sep="; ")))
        if p.read.converted_from_marc8:
            parts.append(say("Converted from MARC-8 to UTF-8"))
        parts.extend(p.notes)  # each said as a sentence
        message = joined(*parts, sep=". ")
        tally.add(
            RecordOutcome(position, status, p.record_id, p.display.title, message, p.copies_added),
            notable=bool(message) or status is not OutcomeStatus.ADDED,
        )


_KEY_NAMES: dict[str, str] = {
    "control": say("control number (001/003)"),
    "isbn": "ISBN",
    "lccn": "LCCN",
}


def import_marc_file(
    uow: UnitOfWork,
    path: Path,
    options: ImportOptions | None = None,
    *,
    fmt: MarcFormat | None = None,
    progress: Callable[[ImportProgress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import every readable record of the MARC file at `path` into the catalog.

    Records are written and committed in batches of whole records, so a crash or a
    cancel leaves only whole records (with `all_or_nothing`, nothing at all). Every
    record gets an outcome in the report: added, overlaid, skipped or rejected, with
    its position in the file and what was repaired. A large file is read by a second
    process while this one stores (see `read_ahead`).
    """
    path = Path(path)
    try:
        total = os.path.getsize(path)
        stream = path.open("rb")
    except OSError as exc:
        raise NotFoundError(
            say(
                "The file {path} cannot be opened ({reason}). Check the name and try again.",
                path=str(path),
                reason=exc.strerror,
            )
        ) from exc
    options = options or ImportOptions()
    fmt = fmt or detect_format(path)
    with stream:
        wanted = options.read_ahead
        if wanted is None:
            wanted = total >= READ_AHEAD_FROM_BYTES
        if not wanted:
            return import_marc_stream(
                uow,
                stream,
                name=path.name,
                fmt=fmt,
                options=options,
                total_bytes=total,
                progress=progress,
                cancel=cancel,
            )
    require_permission(uow, Permission.EDIT_CATALOG)
    importer = _Importer(uow, options, options.source or path.name)
    done = [0]
    holdings_tag = options.holdings.tag if options.holdings is not None else None
    return _import(
        uow,
        importer,
        read_ahead(path, fmt, holdings_tag, done),
        name=path.name,
        fmt=fmt,
        position=lambda: done[0],
        total_bytes=total,
        progress=progress,
        cancel=cancel,
    )


def import_marc_stream(
    uow: UnitOfWork,
    stream: BinaryIO,
    *,
    name: str,
    fmt: MarcFormat,
    options: ImportOptions | None = None,
    total_bytes: int = 0,
    progress: Callable[[ImportProgress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """As import_marc_file, from an open binary stream (a download, an SRU response),
    read in this process."""
    require_permission(uow, Permission.EDIT_CATALOG)
    options = options or ImportOptions()
    importer = _Importer(uow, options, options.source or name)
    tracked = CountingStream(stream)

    def in_process() -> Generator[ReadAhead, None, None]:
        for outcome in read_marc_stream(tracked, fmt):  # type: ignore[arg-type]
            yield ReadAhead(outcome, None)

    return _import(
        uow,
        importer,
        in_process(),
        name=name,
        fmt=fmt,
        position=lambda: tracked.position,
        total_bytes=total_bytes,
        progress=progress,
        cancel=cancel,
    )


def _import(
    uow: UnitOfWork,
    importer: _Importer,
    records: Generator[ReadAhead, None, None],
    *,
    name: str,
    fmt: MarcFormat,
    position: Callable[[], int],
    total_bytes: int,
    progress: Callable[[ImportProgress], None] | None,
    cancel: Callable[[], bool] | None,
) -> ImportReport:
    options = importer.options
    tally = importer.tally
    cancelled = False
    batch: list[_Pending] = []

    def report_progress() -> None:
        if progress is not None:
            progress(ImportProgress(tally.read, position(), total_bytes))

    with fewer_collections(), closing(records):
        for record in _readable(records, name):
            tally.read += 1
            outcome = record.outcome
            if isinstance(outcome, ReadRejection):
                importer.reject(outcome)
            else:
                batch.append(importer.pending_for(outcome, record.display))
            if len(batch) >= options.batch_size:
                importer.flush(batch)
                batch = []
                if not options.all_or_nothing:
                    uow.commit()
                report_progress()
            if cancel is not None and cancel():
                cancelled = True
                break
        if cancelled and options.all_or_nothing:
            uow.rollback()
            return _report(name, fmt, _Tally(read=tally.read), cancelled=True)
        importer.flush(batch)
        uow.commit()
    report_progress()
    return _report(name, fmt, tally, cancelled=cancelled)


def _readable(
    records: Generator[ReadAhead, None, None], name: str
) -> Generator[ReadAhead, None, None]:
    """The records, with a file that stops being readable part way (a USB stick pulled
    out, a network drive gone) turned into a message the librarian can act on."""
    try:
        yield from records
    except OSError as exc:
        raise ReaderStoppedError(
            say(
                "Reading {name} stopped: {reason}. The records before the stop are "
                "in the catalog. Check the file (or the drive it is on); {again}",
                name=name,
                reason=exc.strerror or str(exc),
                again=AGAIN,
            )
        ) from exc


def _report(name: str, fmt: MarcFormat, tally: _Tally, *, cancelled: bool) -> ImportReport:
    return ImportReport(
        file_name=name,
        format=fmt,
        read=tally.read,
        added=tally.added,
        overlaid=tally.overlaid,
        skipped=tally.skipped,
        rejected=tally.rejected,
        repaired=tally.repaired,
        copies_added=tally.copies_added,
        copies_refused=tally.copies_refused,
        cancelled=cancelled,
        outcomes=tuple(sorted(tally.outcomes, key=lambda o: o.position.number)),
        outcomes_truncated=tally.truncated,
    )


def import_marc_files(
    uow: UnitOfWork, paths: Iterable[Path], options: ImportOptions | None = None
) -> list[ImportReport]:
    """Import several files one after another, each with its own report."""
    return [import_marc_file(uow, Path(p), options) for p in paths]
