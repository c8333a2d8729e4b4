"""Offline scanner batches: parse the plain-text format and replay it with every rule."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from lms_desktop.circulation.results import ScanOutcome
from lms_desktop.db.unit_of_work import Database


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


def parse_batch(text: str) -> list[BatchLine]:
    """Parse the batch format of docs/CIRCULATION.md. Raises ValidationError naming the
    first bad line."""
    raise NotImplementedError


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
    """Replay every line through the scan router, one transaction per scan. Each line
    carries a scan_id derived from the file's content and line number, so replaying the
    same file twice does nothing the second time. `progress(done, total)` is called as it
    goes; `cancelled()` returning True stops before the next line."""
    raise NotImplementedError
