"""Check out, check in, renew, lost and claims returned: the lending rules in one place."""

from __future__ import annotations

from datetime import datetime

from lms_desktop.circulation.results import CirculationResult, RenewAllResult
from lms_desktop.db.unit_of_work import UnitOfWork

# A second scan of the same item within this many seconds is a double scan, not an action.
DOUBLE_SCAN_SECONDS = 10


def checkout_item(
    uow: UnitOfWork,
    patron_id: int,
    item_barcode: str,
    *,
    override_blocks: bool = False,
    scan_id: str | None = None,
    now: datetime | None = None,
) -> CirculationResult:
    """Lend the item to the patron under the loan rule for patron type x item type.

    Refusals (block, limit, not for loan, on hold for someone else) come back as a result
    with outcome BLOCKED/REFUSED and a message, not as an exception; `override_blocks`
    lends anyway and journals the override. A repeated `scan_id` returns the earlier
    answer. Raises NotFoundError for an unknown patron or barcode. Commits.
    """
    raise NotImplementedError


def checkin_item(
    uow: UnitOfWork,
    item_barcode: str,
    *,
    scan_id: str | None = None,
    now: datetime | None = None,
) -> CirculationResult:
    """Return the item: close its loan, charge a late fine by the rule, and trap it for
    the next hold (outcome HOLD_TRAPPED with a `hold_slip`). A lost or claims-returned
    item is found again. Commits."""
    raise NotImplementedError


def renew_loan(
    uow: UnitOfWork,
    item_barcode: str,
    *,
    override_blocks: bool = False,
    scan_id: str | None = None,
    now: datetime | None = None,
) -> CirculationResult:
    """Renew the open loan of the item (renewal limit, holds waiting, blocks). Commits."""
    raise NotImplementedError


def renew_all(uow: UnitOfWork, patron_id: int, *, now: datetime | None = None) -> RenewAllResult:
    """Renew every open loan of the patron that may be renewed; say why not for the rest.
    Commits."""
    raise NotImplementedError


def mark_lost(
    uow: UnitOfWork,
    item_barcode: str,
    *,
    charge_replacement: bool = True,
    now: datetime | None = None,
) -> CirculationResult:
    """Close the item's loan as lost, set the item lost and (by default) charge the
    replacement cost to the borrower. Checking the item in later finds it again. Commits."""
    raise NotImplementedError


def mark_claims_returned(
    uow: UnitOfWork, item_barcode: str, *, now: datetime | None = None
) -> CirculationResult:
    """The patron says they returned it: close the loan without a fee and stop counting
    it overdue; the item is `claims_returned` until found. Commits."""
    raise NotImplementedError
