"""Holds: place on a title, queue, trap on check-in, slips and expiry."""

from __future__ import annotations

from datetime import date, datetime

from lms_desktop.circulation.results import HoldSlip, HoldView
from lms_desktop.db.unit_of_work import UnitOfWork

# How many school days a trapped item waits on the hold shelf (setting overrides it).
HOLD_SHELF_DAYS_SETTING = "circulation.hold_shelf_days"
DEFAULT_HOLD_SHELF_DAYS = 7


def place_hold(
    uow: UnitOfWork,
    patron_id: int,
    *,
    bib_record_id: int | None = None,
    item_barcode: str | None = None,
    now: datetime | None = None,
) -> HoldView:
    """Put the patron in the queue for a title (or, for devices, one item). Refuses a
    second hold on the same title, a title the patron already has out, and item types
    whose loan rule allows no holds. Commits."""
    raise NotImplementedError


def cancel_hold(uow: UnitOfWork, hold_id: int, *, now: datetime | None = None) -> HoldView:
    """Cancel a waiting or ready hold; a trapped item goes to the next in line or back on
    the shelf. Commits."""
    raise NotImplementedError


def holds_for_patron(uow: UnitOfWork, patron_id: int) -> list[HoldView]:
    """The patron's waiting and ready holds, oldest first."""
    raise NotImplementedError


def holds_for_title(uow: UnitOfWork, bib_record_id: int) -> list[HoldView]:
    """The queue for a title: waiting and ready holds in order."""
    raise NotImplementedError


def hold_shelf(uow: UnitOfWork) -> list[HoldSlip]:
    """Everything on the hold shelf now (ready holds), for the librarian's list."""
    raise NotImplementedError


def expire_holds(uow: UnitOfWork, today: date | None = None) -> list[HoldView]:
    """Expire ready holds whose shelf time ran out; their items go to the next in line or
    back on the shelf. Returns the expired holds. Commits."""
    raise NotImplementedError
