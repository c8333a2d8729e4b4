"""Everything the circulation engine lends and records.

One engine lends books and devices alike: both are `Item` rows with a barcode; what
differs is the item type, and the loan rules by patron type x item type.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lms_desktop.db.base import Base, UTCDateTime, utcnow
from lms_desktop.school.models import DEFAULT_SITE_ID


class ItemType(Base):
    """Book, reference, DVD, Chromebook, hotspot, charger, 3D printer…"""

    __tablename__ = "item_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16), default="book")  # book | device | equipment
    circulates: Mapped[bool] = mapped_column(Boolean, default=True)
    replacement_cost_cents: Mapped[int] = mapped_column(Integer, default=0)


class Item(Base):
    """A physical thing with a barcode: a book copy, a device, a cart, a tool."""

    __tablename__ = "items"
    __table_args__ = (Index("ix_items_site_acquired", "site_id", "acquired_on"),)  # reports

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    barcode: Mapped[str] = mapped_column(String(64), unique=True)
    item_type_id: Mapped[int] = mapped_column(ForeignKey("item_types.id"))
    bib_record_id: Mapped[int | None] = mapped_column(
        ForeignKey("bib_records.id", ondelete="SET NULL"), index=True
    )
    call_number: Mapped[str] = mapped_column(String(100), default="")
    call_number_sort: Mapped[str] = mapped_column(String(200), default="", index=True)
    location: Mapped[str] = mapped_column(String(100), default="")
    # available | on_loan | on_hold_shelf | in_transit | in_repair | lost | missing
    # | claims_returned | withdrawn | retired
    status: Mapped[str] = mapped_column(String(20), default="available", index=True)
    price_cents: Mapped[int | None] = mapped_column(Integer)
    acquired_on: Mapped[date | None] = mapped_column(Date)
    condition: Mapped[str] = mapped_column(String(50), default="good")
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_reason: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    holdings_json: Mapped[str | None] = mapped_column(Text)  # imported 852/949 field, whole
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    item_type: Mapped[ItemType] = relationship()


class PatronType(Base):
    """Student, teacher, staff, class account…"""

    __tablename__ = "patron_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))


class Patron(Base):
    """A borrower. Students carry grade and homeroom; the SIS id ties them to rosters."""

    __tablename__ = "patrons"
    __table_args__ = (
        Index("ix_patrons_name", "last_name", "first_name"),
        Index("ix_patrons_homeroom", "site_id", "homeroom"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    barcode: Mapped[str] = mapped_column(String(64), unique=True)
    patron_type_id: Mapped[int] = mapped_column(ForeignKey("patron_types.id"))
    sis_id: Mapped[str | None] = mapped_column(String(64), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    grade: Mapped[str] = mapped_column(String(8), default="")
    homeroom: Mapped[str] = mapped_column(String(50), default="")
    homeroom_teacher: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    guardian_email: Mapped[str] = mapped_column(String(200), default="")
    preferred_language: Mapped[str] = mapped_column(String(8), default="en")
    # active | inactive | graduated | left | deleted
    status: Mapped[str] = mapped_column(String(16), default="active", index=True)
    block_reason: Mapped[str] = mapped_column(String(200), default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    patron_type: Mapped[PatronType] = relationship()


class LoanPolicy(Base):
    """One cell of the loan-rule matrix: patron type x item type (per site).

    A loan is due either `loan_days` school days later, or (devices) at `due_time` on
    the same day, or at the end of `loan_periods` periods of the bell schedule.
    """

    __tablename__ = "loan_policies"
    __table_args__ = (UniqueConstraint("site_id", "patron_type_id", "item_type_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    patron_type_id: Mapped[int] = mapped_column(ForeignKey("patron_types.id"))
    item_type_id: Mapped[int] = mapped_column(ForeignKey("item_types.id"))
    loan_days: Mapped[int | None] = mapped_column(Integer, default=14)
    due_time: Mapped[time | None] = mapped_column(Time)
    loan_periods: Mapped[int | None] = mapped_column(Integer)
    max_items: Mapped[int] = mapped_column(Integer, default=2)
    max_renewals: Mapped[int] = mapped_column(Integer, default=1)
    holds_allowed: Mapped[bool] = mapped_column(Boolean, default=True)
    grace_days: Mapped[int] = mapped_column(Integer, default=0)
    daily_fine_cents: Mapped[int] = mapped_column(Integer, default=0)
    max_fine_cents: Mapped[int] = mapped_column(Integer, default=0)
    block_fee_cents: Mapped[int] = mapped_column(Integer, default=1000)
    block_overdue_count: Mapped[int] = mapped_column(Integer, default=3)


class Loan(Base):
    """One lending of one item. `patron_id` is cleared by the privacy setting after
    return; the snapshot columns keep anonymous statistics."""

    __tablename__ = "loans"
    __table_args__ = (
        # At most one open loan per item: the database itself refuses a double lend,
        # whatever two desks do at the same moment.
        Index(
            "uq_loans_open_item",
            "item_id",
            unique=True,
            sqlite_where=text("returned_at IS NULL"),
            postgresql_where=text("returned_at IS NULL"),
        ),
        Index("ix_loans_patron_open", "patron_id", "returned_at"),
        Index("ix_loans_checked_out_at", "checked_out_at"),
        Index("ix_loans_due_open", "returned_at", "due_at"),
        # reports (0004): a month's checkouts and returns counted from the index alone
        Index(
            "ix_loans_site_out_stats",
            "site_id",
            "checked_out_at",
            "patron_grade",
            "item_type_code",
            "patron_id",
        ),
        Index("ix_loans_site_returned", "site_id", "returned_at"),
        # inventory (0008): an item's last checkout and loan count from the index alone,
        # for weeding lists over the whole collection
        Index("ix_loans_item_out", "item_id", "checked_out_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    patron_id: Mapped[int | None] = mapped_column(ForeignKey("patrons.id", ondelete="SET NULL"))
    checked_out_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    renewals: Mapped[int] = mapped_column(Integer, default=0)
    checked_out_by: Mapped[str] = mapped_column(String(100), default="")
    returned_by: Mapped[str] = mapped_column(String(100), default="")
    # anonymous snapshot kept for statistics
    patron_type_code: Mapped[str] = mapped_column(String(32), default="")
    patron_grade: Mapped[str] = mapped_column(String(8), default="")
    patron_homeroom: Mapped[str] = mapped_column(String(50), default="")
    item_type_code: Mapped[str] = mapped_column(String(32), default="")
    anonymized: Mapped[bool] = mapped_column(Boolean, default=False)
    # ended by: returned | lost | claims_returned | None while open
    outcome: Mapped[str | None] = mapped_column(String(20))

    item: Mapped[Item] = relationship()
    patron: Mapped[Patron | None] = relationship()


class Hold(Base):
    """A request for a title (or a specific item, for devices), queued by `placed_at`."""

    __tablename__ = "holds"
    __table_args__ = (
        Index("ix_holds_queue", "bib_record_id", "status", "placed_at"),
        # every check-out asks for the patron's holds, every check-in for an item's (0009)
        Index("ix_holds_patron_status", "patron_id", "status"),
        Index("ix_holds_item_status", "item_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    patron_id: Mapped[int] = mapped_column(ForeignKey("patrons.id", ondelete="CASCADE"))
    bib_record_id: Mapped[int | None] = mapped_column(ForeignKey("bib_records.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    # waiting | ready (trapped on the hold shelf) | fulfilled | cancelled | expired
    status: Mapped[str] = mapped_column(String(16), default="waiting")
    placed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    trapped_item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    trapped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    expires_on: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Fee(Base):
    """Money a patron owes: overdue, lost, damaged, a missing component…"""

    __tablename__ = "fees"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    patron_id: Mapped[int | None] = mapped_column(
        ForeignKey("patrons.id", ondelete="SET NULL"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id"))
    kind: Mapped[str] = mapped_column(String(20))  # overdue | lost | damaged | component | other
    amount_cents: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(300), default="")
    # open | paid | waived | cancelled
    status: Mapped[str] = mapped_column(String(12), default="open")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")

    payments: Mapped[list[FeePayment]] = relationship(cascade="all, delete-orphan")


class FeePayment(Base):
    """A payment or a waiver against a fee."""

    __tablename__ = "fee_payments"
    # what is still owed sums a fee's payments on every check-out (0009)
    __table_args__ = (Index("ix_fee_payments_fee_id", "fee_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    fee_id: Mapped[int] = mapped_column(ForeignKey("fees.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))  # payment | waiver
    amount_cents: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(String(300), default="")


class ClosedDay(Base):
    """A day (or the first day of a break) the school is closed; due dates skip them."""

    __tablename__ = "closed_days"
    __table_args__ = (UniqueConstraint("site_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(100), default="")


class SchoolYear(Base):
    """The school year's first and last day, and which weekdays are school days."""

    __tablename__ = "school_years"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    name: Mapped[str] = mapped_column(String(50))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    school_weekdays: Mapped[str] = mapped_column(String(7), default="12345")  # ISO weekdays
    end_of_day: Mapped[time] = mapped_column(Time, default=time(15, 0))


class JournalEntry(Base):
    """Who did what, when; `undo_json` holds what is needed to reverse it."""

    __tablename__ = "journal_entries"
    __table_args__ = (Index("ix_journal_at", "site_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    staff_name: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(40))  # checkout | checkin | renew | override…
    summary: Mapped[str] = mapped_column(String(500))
    patron_id: Mapped[int | None] = mapped_column(ForeignKey("patrons.id", ondelete="SET NULL"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="SET NULL"))
    scan_id: Mapped[str | None] = mapped_column(String(64), unique=True)  # exactly-once scans
    undo_json: Mapped[str | None] = mapped_column(Text)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    undone_by: Mapped[str] = mapped_column(String(100), default="")


class RosterImport(Base):
    """One applied roster import, with what is needed to undo it as a whole."""

    __tablename__ = "roster_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    file_name: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(String(500), default="")
    undo_json: Mapped[str] = mapped_column(Text, default="{}")
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Visit(Base):
    """A counted library visit (door counter, class visit or patron sign-in)."""

    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    day: Mapped[date] = mapped_column(Date, index=True)
    count: Mapped[int] = mapped_column(Integer, default=1)
    kind: Mapped[str] = mapped_column(String(20), default="walk_in")  # walk_in | class
    note: Mapped[str] = mapped_column(String(200), default="")
