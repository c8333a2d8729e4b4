"""Offline scanner batches: parse the plain-text format and replay it with every rule."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Self
from zoneinfo import ZoneInfo

from sqlalchemy import select

from lms_desktop.circulation.context import patron_row_by_barcode
from lms_desktop.circulation.loans import repeated_result
from lms_desktop.circulation.results import ScanOutcome
from lms_desktop.circulation.scan_router import DeskMode, DeskState, route_scan
from lms_desktop.circulation.scanner_config import ScannerConfig, clean_scan, load_scanner_config
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import Database, UnitOfWork
from lms_desktop.errors import ValidationError
from lms_desktop.school.models import DEFAULT_SITE_ID, Site
from lms_desktop.texts import Text, say

MAX_LINE_LENGTH = 200
MAX_BATCH_BYTES = 20 * 1024 * 1024
_STAMP = re.compile(
    r"^(?P<at>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)(?:[\s,;]+(?P<rest>.*))?$"
)
_MODE_WORDS = {
    "CHECKIN": "checkin",
    "CHECK-IN": "checkin",
    "RETURNS": "checkin",
    "CHECKOUT": "checkout",
    "CHECK-OUT": "checkout",
    "END": "end",
    "DONE": "end",
}
_PREFIXES = {"P": "patron", "PATRON": "patron", "I": "item", "ITEM": "item"}


@dataclass(frozen=True)
class BatchLine:
    """One meaningful line of a batch file."""

    line_no: int
    command: str  # scan | patron | item | checkin | checkout | end
    text: str  # the barcode, "" for mode commands
    at: datetime | None  # when it was scanned, if the scanner recorded it


@dataclass(frozen=True)
class BatchLineResult:
    line_no: int
    text: str
    outcome: ScanOutcome | None  # None for mode lines
    message: str
    repeated: bool = False


@dataclass(frozen=True)
class BatchReport:
    file_name: str
    lines: tuple[BatchLineResult, ...]
    cancelled: bool
    seconds: float

    def count(self, outcome: ScanOutcome) -> int:
        return sum(1 for line in self.lines if line.outcome == outcome)

    @property
    def scans(self) -> int:
        return sum(1 for line in self.lines if line.outcome is not None)

    def summary(self) -> str:
        counts = {o: self.count(o) for o in ScanOutcome if self.count(o)}
        parts = [f"{n} {o.value.replace('_', ' ')}" for o, n in counts.items()]
        repeated = sum(1 for line in self.lines if line.repeated)
        text = f"{self.scans} scans: " + (", ".join(parts) or "nothing to do")
        if repeated:
            text += f" ({repeated} already replayed before, not repeated)"
        if self.cancelled:
            text += "; stopped before the end"
        return text + "."


def read_batch_file(path: Path) -> str:
    """The batch file's text; a clear ValidationError for files that are not batches."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            say(
                "The file {file} could not be read ({reason}). Copy it to this "
                "computer and try again.",
                file=path.name,
                reason=exc.strerror,
            )
        ) from exc
    if len(data) > MAX_BATCH_BYTES:
        raise ValidationError(say("{file} is too big to be a scanner batch.", file=path.name))
    if b"\x00" in data[:4096]:
        raise ValidationError(
            say(
                "{file} is not a text file. Export the scanner's memory as plain text.",
                file=path.name,
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _parse_stamp(text: str, line_no: int) -> datetime:
    value = text.replace(" ", "T", 1)
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValidationError(
            say(
                "Line {line}: “{text}” is not a date and time (use 2026-03-10 09:15:00).",
                line=line_no,
                text=text,
            )
        ) from exc


def parse_batch(text: str) -> list[BatchLine]:
    """Parse the batch format of docs/CIRCULATION.md. Raises ValidationError naming the
    first bad line."""
    lines: list[BatchLine] = []
    for line_no, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        if len(line) > MAX_LINE_LENGTH:
            raise ValidationError(
                say(
                    "Line {line} is {length} characters long; a scan is never that long. "
                    "Is this the right file?",
                    line=line_no,
                    length=len(line),
                )
            )
        if not line.isprintable():
            raise ValidationError(
                say(
                    "Line {line} has control characters; this does not look like a batch "
                    "file from a scanner.",
                    line=line_no,
                )
            )
        at = None
        match = _STAMP.match(line)
        if match:
            at = _parse_stamp(match["at"], line_no)
            line = (match["rest"] or "").strip()
            if not line:
                raise ValidationError(say("Line {line} has a time but no barcode.", line=line_no))
        word = line.upper()
        if word in _MODE_WORDS:
            lines.append(BatchLine(line_no, _MODE_WORDS[word], "", at))
            continue
        head, _, rest = line.partition(" ")
        if rest.strip() and head.upper().rstrip(":") in _PREFIXES:
            lines.append(BatchLine(line_no, _PREFIXES[head.upper().rstrip(":")], rest.strip(), at))
            continue
        if ":" in head and head.split(":", 1)[0].upper() in _PREFIXES and not rest:
            prefix, _, barcode = head.partition(":")
            lines.append(BatchLine(line_no, _PREFIXES[prefix.upper()], barcode.strip(), at))
            continue
        if " " in line:
            raise ValidationError(
                say(
                    "Line {line} (“{text}”) is not a barcode, a P/I line or a mode word "
                    "(CHECKIN, CHECKOUT, END). See the batch format in the user guide.",
                    line=line_no,
                    text=line[:40],
                )
            )
        lines.append(BatchLine(line_no, "scan", line, at))
    return lines


# Scans of a batch share a transaction, each in its own savepoint, committed every this
# many scans: far faster than one commit per scan, and as safe, because a replay that dies
# half-way is simply run again and the scan ids already committed are not repeated.
COMMIT_EVERY = 200


class _ScanSavepoint(UnitOfWork):
    """One scan of a batch, as the services see it: `commit()` keeps the scan (releases
    its savepoint), `rollback()` and leaving without commit undo just this scan.

    The savepoint is plain SQL with one fixed name: SQLAlchemy's own nested transactions
    compile a new statement for every savepoint name, which costs more than the scan.
    """

    def __init__(self, outer: UnitOfWork) -> None:
        super().__init__(lambda: outer.session)
        self.staff_name = outer.staff_name
        for name in ("staff_role", "kiosk_patron_id"):
            if hasattr(outer, name):
                setattr(self, name, getattr(outer, name))
        self._outer = outer
        self._open = False

    def __enter__(self) -> Self:
        session = self._outer.session
        session.expire_all()  # Core statements of earlier scans may have changed rows
        self._session = session
        session.connection().exec_driver_sql("SAVEPOINT batch_scan")
        self._open = True
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.rollback()
        finally:
            self._session = None

    def commit(self) -> None:
        if self._open:
            session = self.session
            session.flush()
            session.connection().exec_driver_sql("RELEASE batch_scan")
            self._open = False

    def rollback(self) -> None:
        if self._open:
            session = self.session
            connection = session.connection()
            connection.exec_driver_sql("ROLLBACK TO batch_scan")
            connection.exec_driver_sql("RELEASE batch_scan")
            session.expunge_all()  # rows added in the savepoint are gone
            self._open = False


def _zone_and_scanner(database: Database) -> tuple[ZoneInfo, ScannerConfig]:
    with database.unit_of_work() as uow:
        zone = uow.session.scalar(select(Site.timezone).where(Site.id == DEFAULT_SITE_ID))
        config = load_scanner_config(uow)
    return ZoneInfo(zone or "America/New_York"), config


def batch_scan_ids(lines: list[BatchLine]) -> list[str]:
    """Each line's scan id: a hash of that line and every meaningful line before it.

    A line's id never depends on what comes after it, so a scanner whose memory was not
    cleared, exported again with more scans at the end, replays only the new lines (the
    old ones are recognised, even a book lent in the first export and returned since).
    Comments and blank lines do not count, so an export header that changes is harmless.
    """
    running = hashlib.sha256()
    ids: list[str] = []
    for line in lines:
        stamp = line.at.isoformat() if line.at is not None else ""
        running.update(f"{line.command}\x1f{line.text}\x1f{stamp}\n".encode())
        ids.append(f"batch:{running.copy().hexdigest()[:32]}")
    return ids


def legacy_scan_id(text: str, line_no: int) -> str:
    """The scan id earlier versions gave a line: the whole file's hash and the line
    number. Still honoured, so a file replayed before the upgrade is not replayed again."""
    return f"batch:{hashlib.sha256(text.encode('utf-8')).hexdigest()[:20]}:{line_no}"


def _wrong_kind(uow: UnitOfWork, line: BatchLine, code: str) -> tuple[ScanOutcome, Text] | None:
    """A P line that is no patron card, or an I line that is one: reported, not acted on."""
    if line.command not in ("patron", "item"):
        return None
    is_patron = patron_row_by_barcode(uow, code) is not None
    if line.command == "patron" and not is_patron:
        return ScanOutcome.UNKNOWN, say(
            "{code} is not a patron card; the line was skipped.", code=code
        )
    if line.command == "item" and is_patron:
        return ScanOutcome.REFUSED, say("{code} is a patron card, not an item; skipped.", code=code)
    return None


def _replay_lines(
    outer: UnitOfWork,
    lines: list[BatchLine],
    text: str,
    scanner: ScannerConfig,
    zone: ZoneInfo,
    now: datetime | None,
    results: list[BatchLineResult],
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> bool:
    """Replay the lines into `outer`; True when cancelled before the end."""
    total = len(lines)
    patron_id: int | None = None
    checkin_mode = False
    stopped = False
    scans = 0
    scan_ids = batch_scan_ids(lines)
    for done, line in enumerate(lines):
        if cancelled is not None and cancelled():
            stopped = True
            break
        if progress is not None and done % 25 == 0:
            progress(done, total)
        if line.command in ("checkin", "checkout", "end"):
            checkin_mode = line.command == "checkin"
            patron_id = None
            label = {
                "checkin": say("Check-in mode: items are returned."),
                "checkout": say("Check-out mode: a patron card, then their items."),
                "end": say("Patron finished."),
            }[line.command]
            results.append(BatchLineResult(line.line_no, "", None, label))
            continue
        at = line.at
        if at is not None and at.tzinfo is None:
            at = at.replace(tzinfo=zone)
        when = (at.astimezone(UTC) if at is not None else None) or now or utcnow()
        desk = DeskState(
            patron_id=None if checkin_mode else patron_id,
            mode=DeskMode.CHECK_IN if checkin_mode else DeskMode.AUTO,
        )
        # the scanner's prefix, suffix and control characters, as at the desk
        code = clean_scan(line.text, scanner)
        if not code:
            message = say("Nothing readable is left once the scanner's prefix is taken off.")
            results.append(BatchLineResult(line.line_no, line.text, ScanOutcome.INVALID, message))
            continue
        with _ScanSavepoint(outer) as uow:
            wrong = _wrong_kind(uow, line, code)
            if wrong is not None:
                results.append(BatchLineResult(line.line_no, code, *wrong))
                continue
            earlier = (
                repeated_result(uow, legacy_scan_id(text, line.line_no))
                if line.command in ("scan", "item")
                else None
            )
            if earlier is not None:
                results.append(
                    BatchLineResult(line.line_no, code, earlier.outcome, earlier.message, True)
                )
                continue
            result = route_scan(uow, code, desk, scan_id=scan_ids[done], now=when)
        if result.outcome is ScanOutcome.PATRON_SELECTED and result.patron is not None:
            patron_id = result.patron.id
            checkin_mode = False
        results.append(
            BatchLineResult(line.line_no, code, result.outcome, result.message, result.repeated)
        )
        scans += 1
        if scans % COMMIT_EVERY == 0:
            outer.commit()
    return stopped


def replay_batch(
    database: Database,
    text: str,
    *,
    file_name: str = "batch.txt",
    staff_name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: datetime | None = None,
) -> BatchReport:
    """Replay every line through the scan router with every rule, each scan in its own
    savepoint, committed every COMMIT_EVERY scans. Barcodes are cleaned like live scans
    (the scanner's prefix and suffix, control characters). Each line carries a scan_id
    made from it and the lines before it (`batch_scan_ids`), so replaying the same file
    twice, again after a crash, or again with more scans appended does nothing twice.
    `progress(done, total)` is called as it goes; `cancelled()` returning True stops
    before the next line."""
    started = time.perf_counter()
    lines = parse_batch(text)
    zone, scanner = _zone_and_scanner(database)
    total = len(lines)
    results: list[BatchLineResult] = []
    with database.unit_of_work(staff_name=staff_name) as outer:
        try:
            stopped = _replay_lines(
                outer, lines, text, scanner, zone, now, results, progress, cancelled
            )
        finally:
            # the scans that went through are kept even if a later one failed (the failed
            # one's savepoint is already rolled back); running the file again finishes it
            outer.commit()
    if progress is not None and not stopped:
        progress(total, total)
    return BatchReport(
        file_name=file_name,
        lines=tuple(results),
        cancelled=stopped,
        seconds=time.perf_counter() - started,
    )
