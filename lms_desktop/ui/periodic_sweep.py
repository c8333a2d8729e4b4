"""Housekeeping that runs while the app is open: once at start, then on a timer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from lms_desktop.ui.context import UiContext
from lms_desktop.ui.tasks import Progress


class PeriodicSweep(QObject):
    """Runs `work` on the database worker once at start and then every `interval_ms`
    (hold expiry, makerspace no-shows), so nobody has to remember to. A run is skipped
    while the previous one is still going. Subclasses say what the work is and what to
    tell the librarian (`finished`, `failed`); they name their own `swept` signal."""

    # what each subclass gives: the database work (on the worker thread, in its own unit
    # of work), and, on the GUI thread, what to say after a run or when it raised (the
    # timer tries again later)
    work: Callable[[], Any]
    finished: Callable[[Any], None]
    failed: Callable[[BaseException], None]

    def __init__(self, ctx: UiContext, parent: QObject | None, interval_ms: int) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sweep)
        self.timer.start()
        # the app may have been closed past a deadline: sweep right away too
        QTimer.singleShot(0, self.sweep)

    def sweep(self) -> None:
        """Run the work now (skipped while the previous run is still going)."""
        if self._running:
            return
        self._running = True

        def job(_p: Progress) -> Any:
            return self.work()

        self.ctx.tasks.submit(job, self._done, self._failed)

    def _done(self, result: Any) -> None:
        self._running = False
        self.finished(result)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self.failed(exc)
