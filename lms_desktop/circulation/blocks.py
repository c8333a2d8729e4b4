"""Why a patron may not borrow: manual blocks, status, overdues and fees."""

from __future__ import annotations

from datetime import datetime

from lms_desktop.circulation.results import Block
from lms_desktop.db.unit_of_work import UnitOfWork


def blocks_for_patron(
    uow: UnitOfWork,
    patron_id: int,
    *,
    item_type_code: str | None = None,
    now: datetime | None = None,
) -> list[Block]:
    """Every reason the patron is blocked now, judged by the loan rule for the given item
    type (the strictest rule over all item types when None). Empty: free to borrow."""
    raise NotImplementedError


def set_manual_block(uow: UnitOfWork, patron_id: int, reason: str) -> None:
    """Block (non-empty reason) or unblock (empty) a patron by hand. Journaled. Commits."""
    raise NotImplementedError
