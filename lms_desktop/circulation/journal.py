"""The journal of every desk action, and undoing one until the end of the day."""

from __future__ import annotations

from datetime import datetime

from lms_desktop.circulation.results import JournalView
from lms_desktop.db.unit_of_work import UnitOfWork


def recent_entries(
    uow: UnitOfWork,
    *,
    limit: int = 50,
    patron_id: int | None = None,
    now: datetime | None = None,
) -> list[JournalView]:
    """The latest journal entries, newest first (optionally for one patron)."""
    raise NotImplementedError


def entry_for_scan(uow: UnitOfWork, scan_id: str) -> JournalView | None:
    """The entry a scan_id produced, if that scan was already handled."""
    raise NotImplementedError


def undo_entry(uow: UnitOfWork, entry_id: int, *, now: datetime | None = None) -> JournalView:
    """Reverse the action of a journal entry, journaling the undo itself.

    Only until the end of the (local) day it happened, only once, and only while the
    rows it changed are still as it left them (undo later actions first). Raises
    ConflictError otherwise. Commits.
    """
    raise NotImplementedError
