"""Device details around the shared `Item`: kits, condition, incidents, repairs, carts."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from lms_desktop.db.base import Base, UTCDateTime, utcnow
from lms_desktop.school.models import DEFAULT_SITE_ID


class Cart(Base):
    """A charging cart with numbered slots; lent as a whole by its own item barcode."""

    __tablename__ = "carts"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    slot_count: Mapped[int] = mapped_column(Integer, default=30)


class Device(Base):
    """Asset details of an item whose type is a device."""

    __tablename__ = "devices"
    __table_args__ = (
        # one device per cart slot; NULL slots (devices outside carts) never clash
        UniqueConstraint("cart_id", "cart_slot", name="uq_devices_cart_slot"),
        Index("ix_devices_device_type", "device_type"),
    )

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    device_type: Mapped[str] = mapped_column(String(40))  # chromebook | ipad | hotspot…
    make: Mapped[str] = mapped_column(String(100), default="")
    model: Mapped[str] = mapped_column(String(100), default="")
    serial_number: Mapped[str] = mapped_column(String(100), default="", index=True)
    mac_address: Mapped[str] = mapped_column(String(32), default="")
    imei: Mapped[str] = mapped_column(String(32), default="")
    purchase_date: Mapped[date | None] = mapped_column(Date)
    warranty_end: Mapped[date | None] = mapped_column(Date)
    home_location: Mapped[str] = mapped_column(String(100), default="")
    cart_id: Mapped[int | None] = mapped_column(ForeignKey("carts.id", ondelete="SET NULL"))
    cart_slot: Mapped[int | None] = mapped_column(Integer)
    # the student whose 1:1 device this is, if any
    assigned_patron_id: Mapped[int | None] = mapped_column(
        ForeignKey("patrons.id", ondelete="SET NULL")
    )
    # while this device is in repair, the loaner lent in its place
    loaner_item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))


class DeviceComponent(Base):
    """Something that travels with a device: a charger, a case, a stylus."""

    __tablename__ = "device_components"

    id: Mapped[int] = mapped_column(primary_key=True)
    device_item_id: Mapped[int] = mapped_column(
        ForeignKey("devices.item_id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    barcode: Mapped[str | None] = mapped_column(String(64))
    replacement_fee_cents: Mapped[int] = mapped_column(Integer, default=0)
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class LoanComponent(Base):
    """A component that went out with a loan, and whether it came back."""

    __tablename__ = "loan_components"

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id", ondelete="CASCADE"), index=True)
    component_id: Mapped[int] = mapped_column(ForeignKey("device_components.id"))
    returned: Mapped[bool | None] = mapped_column(Boolean)  # None while the loan is open
    fee_id: Mapped[int | None] = mapped_column(ForeignKey("fees.id"))


class ConditionCheck(Base):
    """The short checklist filled at check-out or check-in of a device."""

    __tablename__ = "condition_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    # a check-out undone from the journal takes its checklist with it
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id", ondelete="CASCADE"))
    phase: Mapped[str] = mapped_column(String(10))  # checkout | checkin
    screen_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    keyboard_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    hinge_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    charger_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    other: Mapped[str] = mapped_column(String(300), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(100), default="")


class Incident(Base):
    """Damage or loss of a device, with who had it and any fee charged."""

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id", ondelete="SET NULL"))
    patron_id: Mapped[int | None] = mapped_column(
        ForeignKey("patrons.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="damage")  # damage | loss | theft
    description: Mapped[str] = mapped_column(Text)
    fee_id: Mapped[int | None] = mapped_column(ForeignKey("fees.id"))
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reported_by: Mapped[str] = mapped_column(String(100), default="")


class IncidentPhoto(Base):
    """A photo of the damage, stored in the database so a backup keeps it."""

    __tablename__ = "incident_photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(300))
    image: Mapped[bytes] = mapped_column(LargeBinary)


class RepairTicket(Base):
    """A hand-off to IT; priority comes from the impact x urgency matrix."""

    __tablename__ = "repair_tickets"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"))
    symptom: Mapped[str] = mapped_column(Text)
    impact: Mapped[int] = mapped_column(Integer)  # 1 high .. 3 low
    urgency: Mapped[int] = mapped_column(Integer)  # 1 high .. 3 low
    priority: Mapped[int] = mapped_column(Integer)  # 1 critical .. 5 planning
    # open | sent_to_it | waiting_parts | fixed | written_off
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    it_ticket_number: Mapped[str] = mapped_column(String(64), default="")
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")


class AgreementText(Base):
    """An acceptable-use agreement a device type can require."""

    __tablename__ = "agreement_texts"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    device_type: Mapped[str] = mapped_column(String(40), index=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AgreementReceipt(Base):
    """Proof that a patron accepted an agreement for a loan."""

    __tablename__ = "agreement_receipts"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement_texts.id"))
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id", ondelete="CASCADE"))
    patron_id: Mapped[int | None] = mapped_column(ForeignKey("patrons.id", ondelete="SET NULL"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    accepted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    snapshot_json: Mapped[str] = mapped_column(Text, default="{}")


class CartLoanSlot(Base):
    """What sat in one slot of a cart when the cart went out, and whether it came back."""

    __tablename__ = "cart_loan_slots"
    __table_args__ = (UniqueConstraint("loan_id", "slot", name="uq_cart_loan_slots_loan_slot"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id", ondelete="CASCADE"), index=True)
    cart_id: Mapped[int] = mapped_column(ForeignKey("carts.id", ondelete="CASCADE"))
    slot: Mapped[int] = mapped_column(Integer)
    device_item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
