"""One single-worker executor for database work; results come back to the GUI thread."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from lms_desktop.ui.domain_text import shown

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; its signals carry a job's outcome back there.

    Signals:
        finished(object): the job's return value.
        failed(object): the exception the job raised.
        progressed(int, int, str): done, total, message.
    """

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class Progress:
    """Handed to a job so it can report progress and notice a cancel request."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self.cancelled = False

    def report(self, done: int, total: int, message: str = "") -> None:
        # a domain Text would arrive as plain English over the Qt signal: say it in the
        # reader's language here (translating is thread-safe)
        self._relay.progressed.emit(done, total, shown(message))


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], relay: _Relay, progress: Progress) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self._progress = progress

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # report every failure to the GUI, never crash the pool
            log.debug("background job failed:\n%s", traceback.format_exc())
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    """Hand a job's outcome to the screen that asked for it. A screen closed while its
    job ran (a tab rebuilt, the window closing) has nobody left to show it to: its
    widgets are gone, and the outcome is dropped instead of raising in the event loop."""
    try:
        callback(value)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise
        log.debug("a job finished for a screen that is closed: %s", exc)


class TaskRunner(QObject):
    """Runs jobs one after another on a single worker thread.

    One worker means database work is serialised exactly as the scans arrived; workers
    never touch widgets, they return plain data.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def submit(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Progress:
        relay = _Relay()
        self._relays.add(relay)
        progress = Progress(relay)

        def finish(result: Any) -> None:
            self._relays.discard(relay)
            if on_done is not None:
                _deliver(on_done, result)

        def fail(exc: BaseException) -> None:
            self._relays.discard(relay)
            if on_error is not None:
                _deliver(on_error, exc)
            else:
                log.error("background job failed: %s", exc)

        relay.finished.connect(finish)
        relay.failed.connect(fail)
        if on_progress is not None:
            relay.progressed.connect(on_progress)
        self._pool.start(_Job(fn, relay, progress))
        return progress

    def wait_for_done(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)

    def pending(self) -> int:
        return len(self._relays)
