"""Hold expiry while the app is open: ready holds nobody picked up in time are closed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from lms_desktop.circulation.holds import expire_holds
from lms_desktop.circulation.results import HoldView
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text
from lms_desktop.ui.periodic_sweep import PeriodicSweep

# once at start, then every hour: a desk left open overnight expires the next morning
HOLD_EXPIRY_MS = 60 * 60 * 1000


class HoldExpirySweeper(PeriodicSweep):
    """Runs `expire_holds` on the database worker once at start and then every hour, so
    nobody has to remember the `expire-holds` command.

    Signals:
        swept(object): a run finished, with the list of HoldViews it expired.
    """

    swept = Signal(object)

    def __init__(
        self, ctx: UiContext, parent: QObject | None = None, interval_ms: int = HOLD_EXPIRY_MS
    ) -> None:
        super().__init__(ctx, parent, interval_ms)

    def work(self) -> list[HoldView]:
        """Expire the holds whose shelf time ran out."""
        with self.ctx.unit_of_work() as uow:
            return expire_holds(uow)

    def finished(self, expired: list[HoldView]) -> None:
        if expired:
            self.ctx.hub.status_message.emit(self.message(expired))
            self.ctx.hub.data_changed.emit("holds")
        self.swept.emit(expired)

    def message(self, expired: list[HoldView]) -> str:
        """What the librarian should do about the holds that just expired."""
        items = ", ".join(
            self.tr("“{title}” ({barcode})").format(title=h.title, barcode=h.trapped_item_barcode)
            if h.trapped_item_barcode
            else self.tr("“{title}”").format(title=h.title)
            for h in expired[:5]
        )
        if len(expired) > 5:
            items += self.tr(" and {n} more").format(n=len(expired) - 5)
        return self.tr(
            "{n} hold(s) were not picked up in time and have expired: {items}. Take them off "
            "the hold shelf and scan each with nobody selected: the desk says whether it goes "
            "to the next in line or back on the shelf."
        ).format(n=len(expired), items=items)

    def failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.ctx.hub.status_message.emit(
            self.tr(
                "Holds could not be expired ({reason}). They will be tried again in an hour."
            ).format(reason=text)
        )
        self.swept.emit([])
