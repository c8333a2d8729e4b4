"""Scans wait in line here and go to the database worker one at a time, in order."""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from lms_desktop.ui.desk.scanner import now_ms
from lms_desktop.ui.tasks import Progress, TaskRunner


@dataclass(frozen=True)
class QueuedScan:
    """One scan as the desk received it; `scan_id` makes replaying it harmless."""

    text: str
    raw: str
    override_blocks: bool = False
    mode: str | None = None  # a DeskMode value for this scan only (the "Renew it" offer)
    received_at_ms: float = field(default_factory=now_ms)
    scan_id: str = field(default_factory=lambda: uuid.uuid4().hex)


class ScanQueue(QObject):
    """First in, first out; the next scan starts only when the previous one is answered.

    The job for a scan is built when it starts (not when it arrives) so it sees the
    desk as the previous scan left it: a patron card scanned just before an item is the
    patron that item goes to.

    Signals:
        queued(object): a QueuedScan joined the line.
        started(object): a QueuedScan went to the database worker.
        finished(object, object): the scan and its result.
        failed(object, object): the scan and the exception.
        drained(): the line is empty and nothing is running.
    """

    queued = Signal(object)
    started = Signal(object)
    finished = Signal(object, object)
    failed = Signal(object, object)
    drained = Signal()

    def __init__(
        self,
        tasks: TaskRunner,
        make_job: Callable[[QueuedScan], Callable[[Progress], Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._make_job = make_job
        self._waiting: deque[QueuedScan] = deque()
        self._running: QueuedScan | None = None

    def put(self, scan: QueuedScan) -> None:
        self._waiting.append(scan)
        self.queued.emit(scan)
        self._start_next()

    def waiting(self) -> int:
        return len(self._waiting)

    def busy(self) -> bool:
        return self._running is not None or bool(self._waiting)

    def _start_next(self) -> None:
        if self._running is not None:
            return
        if not self._waiting:
            self.drained.emit()
            return
        scan = self._waiting.popleft()
        self._running = scan
        self.started.emit(scan)
        try:
            job = self._make_job(scan)
        except Exception as exc:  # a bug building the job must not stall the line
            self._done(scan, exc, failed=True)
            return
        self._tasks.submit(
            job,
            on_done=lambda result, s=scan: self._done(s, result, failed=False),
            on_error=lambda exc, s=scan: self._done(s, exc, failed=True),
        )

    def _done(self, scan: QueuedScan, outcome: object, failed: bool) -> None:
        self._running = None
        try:
            if failed:
                self.failed.emit(scan, outcome)
            else:
                self.finished.emit(scan, outcome)
        finally:
            self._start_next()
