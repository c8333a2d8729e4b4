"""The no-show sweep: releases unclaimed makerspace bookings while the app is open."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from lms_desktop.makerspace.bookings import BookingInfo, release_no_shows
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text
from lms_desktop.ui.periodic_sweep import PeriodicSweep

NO_SHOW_SWEEP_MS = 60_000


class NoShowSweeper(PeriodicSweep):
    """Runs `release_no_shows` on the database worker once at start and then every minute.

    It belongs to the main window, not to the Makerspace screen, so bookings are released
    (and their slots given to the waitlist) even if nobody opens the Makerspace today.

    Signals:
        swept(int): a sweep finished; how many bookings it released.
    """

    swept = Signal(int)

    def __init__(
        self, ctx: UiContext, parent: QObject | None = None, interval_ms: int = NO_SHOW_SWEEP_MS
    ) -> None:
        super().__init__(ctx, parent, interval_ms)

    def work(self) -> list[BookingInfo]:
        """Release the bookings nobody checked in for within the grace period."""
        with self.ctx.unit_of_work() as uow:
            released = release_no_shows(uow)
            uow.commit()
        return released

    def finished(self, released: list[BookingInfo]) -> None:
        if released:
            self.ctx.hub.status_message.emit(
                self.tr("Makerspace: released {n} no-show booking(s).").format(n=len(released))
            )
            self.ctx.hub.data_changed.emit("makerspace")
        self.swept.emit(len(released))

    def failed(self, exc: BaseException) -> None:
        self.ctx.hub.status_message.emit(
            self.tr(
                "Makerspace: no-shows could not be released ({reason}). They will be tried "
                "again in a minute."
            ).format(reason=error_text(exc))
        )
        self.swept.emit(0)
