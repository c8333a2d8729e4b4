"""The one scan field: decide what a scan is and do the right thing with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from lms_desktop.circulation.results import ScanResult
from lms_desktop.db.unit_of_work import UnitOfWork


class DeskMode(StrEnum):
    """AUTO: item scans check out with a patron selected, check in without one.
    CHECK_IN: every item scan checks in (the patron is ignored). RENEW: item scans renew."""

    AUTO = "auto"
    CHECK_IN = "check_in"
    RENEW = "renew"


@dataclass(frozen=True)
class DeskState:
    """What the desk knows when a scan arrives."""

    patron_id: int | None = None
    mode: DeskMode = DeskMode.AUTO
    override_blocks: bool = False


def route_scan(
    uow: UnitOfWork,
    text: str,
    desk: DeskState = DeskState(),
    *,
    scan_id: str | None = None,
    now: datetime | None = None,
) -> ScanResult:
    """Handle one cleaned scan (scanner prefixes/suffixes already stripped).

    - a patron card selects the patron (`result.patron`), with their blocks;
    - an item or device asset tag checks out to the selected patron, or checks in when
      none is selected (trapping it for a hold when someone is waiting: HOLD_TRAPPED);
    - an ISBN lists matching titles (TITLE_FOUND) or offers LOOKUP_ISBN;
    - anything else says so (UNKNOWN, with ADD_COPY/LOOKUP_ISBN offers, or INVALID).

    A `scan_id` seen before returns the earlier answer with `repeated=True` and changes
    nothing. Never raises for bad input; database errors propagate. Commits what it did.
    """
    raise NotImplementedError
