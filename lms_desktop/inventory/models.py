"""Tables for shelf inventories, the weeding log and year-end rollovers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lms_desktop.db.base import Base, UTCDateTime, utcnow
from lms_desktop.school.models import DEFAULT_SITE_ID


class InventorySession(Base):
    """One shelf inventory: the whole collection or a scope (location, call numbers, type).

    `totals_json` keeps how many copies of each shelf group (Dewey hundred, Fiction…) were
    in scope when the inventory started, so progress needs no scan of the collection.
    """

    __tablename__ = "inventory_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    name: Mapped[str] = mapped_column(String(200), default="")
    scope_location: Mapped[str] = mapped_column(String(100), default="")
    scope_call_from: Mapped[str] = mapped_column(String(100), default="")
    scope_call_to: Mapped[str] = mapped_column(String(100), default="")
    scope_item_type: Mapped[str] = mapped_column(String(32), default="")
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | closed
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_by: Mapped[str] = mapped_column(String(100), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    in_scope_count: Mapped[int] = mapped_column(Integer, default=0)
    totals_json: Mapped[str] = mapped_column(Text, default="{}")


class InventoryScan(Base):
    """One barcode read during an inventory, with what it meant.

    outcome: found | on_loan (on the shelf but lent in the system) | unknown | duplicate
    | withdrawn. `misshelved` marks a copy found away from its place (another location or
    outside a partial inventory's scope); `out_of_order` what the scan line said: out of
    the shelf's longest run in call-number order as scanned so far. Counts and lists work
    the run out again over the whole shelf (`shelf.out_of_order_items`), since a later
    scan can show that another book is the one out of place.
    """

    __tablename__ = "inventory_scans"
    __table_args__ = (
        Index("ix_inventory_scans_session_seq", "session_id", "seq"),
        Index("ix_inventory_scans_session_item", "session_id", "item_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("inventory_sessions.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    scanned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    barcode: Mapped[str] = mapped_column(String(64))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="SET NULL"))
    shelf: Mapped[str] = mapped_column(String(100), default="")
    location: Mapped[str] = mapped_column(String(100), default="")
    shelf_group: Mapped[str] = mapped_column(String(40), default="")
    call_number_sort: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(String(12))
    in_scope: Mapped[bool] = mapped_column(Boolean, default=False)
    misshelved: Mapped[bool] = mapped_column(Boolean, default=False)
    out_of_order: Mapped[bool] = mapped_column(Boolean, default=False)
    previous_status: Mapped[str] = mapped_column(String(20), default="")


class InventoryMissing(Base):
    """A copy in scope, expected on the shelf, that no scan found by the close.

    decision: missing (set at close) | lost (the librarian confirmed) | restored (put
    back to `previous_status`, e.g. found after all).
    """

    __tablename__ = "inventory_missing"
    __table_args__ = (Index("ix_inventory_missing_session", "session_id", "decision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("inventory_sessions.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    previous_status: Mapped[str] = mapped_column(String(20))
    decision: Mapped[str] = mapped_column(String(12), default="missing")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by: Mapped[str] = mapped_column(String(100), default="")


class WeedingLogEntry(Base):
    """A copy withdrawn from the weeding workbench: what, when, why, by whom.

    The title and call number are copied so the log reads the same if the record goes.
    """

    __tablename__ = "weeding_log"
    __table_args__ = (Index("ix_weeding_log_site_at", "site_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="SET NULL"))
    barcode: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text, default="")
    call_number: Mapped[str] = mapped_column(String(100), default="")
    publication_year: Mapped[int | None] = mapped_column(Integer)
    loan_count: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(String(200), default="")
    staff_name: Mapped[str] = mapped_column(String(100), default="")


class YearEndRollover(Base):
    """One applied year-end rollover: the backup taken before it and what it did.

    `stats_json` archives the closing year's statistics (loans by grade and item type,
    copies added and withdrawn, visits, patrons).
    """

    __tablename__ = "year_end_rollovers"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    staff_name: Mapped[str] = mapped_column(String(100), default="")
    closed_year: Mapped[str] = mapped_column(String(50), default="")
    new_year: Mapped[str] = mapped_column(String(50), default="")
    backup_path: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    options_json: Mapped[str] = mapped_column(Text, default="{}")
    stats_json: Mapped[str] = mapped_column(Text, default="{}")
