"""Bell schedule, resources, bookings, training certificates and consumables."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from lms_desktop.db.base import Base, UTCDateTime, utcnow
from lms_desktop.school.models import DEFAULT_SITE_ID


class BellSchedule(Base):
    """A set of periods: the regular day, early release, assembly day…"""

    __tablename__ = "bell_schedules"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    name: Mapped[str] = mapped_column(String(100))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class Period(Base):
    __tablename__ = "periods"
    __table_args__ = (UniqueConstraint("schedule_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    schedule_id: Mapped[int] = mapped_column(ForeignKey("bell_schedules.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(50))  # "1", "2", "Lunch"…
    position: Mapped[int] = mapped_column(Integer)
    starts: Mapped[time] = mapped_column(Time)
    ends: Mapped[time] = mapped_column(Time)


class DayRotation(Base):
    """The day-type cycle (A/B, or A-F) and the date it starts counting from."""

    __tablename__ = "day_rotations"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    day_types: Mapped[str] = mapped_column(String(50), default="A,B")
    starts_on: Mapped[date] = mapped_column(Date)


class SpecialDay(Base):
    """A school day that uses another bell schedule (early release) or a fixed day type."""

    __tablename__ = "special_days"
    __table_args__ = (UniqueConstraint("site_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    day: Mapped[date] = mapped_column(Date)
    schedule_id: Mapped[int | None] = mapped_column(ForeignKey("bell_schedules.id"))
    day_type: Mapped[str | None] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(String(100), default="")


class Certification(Base):
    """A kind of training: "Laser cutter safety", valid for a number of days."""

    __tablename__ = "certifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    name: Mapped[str] = mapped_column(String(100))
    valid_days: Mapped[int | None] = mapped_column(Integer, default=365)


class PatronCertificate(Base):
    """Who was trained by whom on what, when, and until when it is valid."""

    __tablename__ = "patron_certificates"
    __table_args__ = (Index("ix_patron_certificates_lookup", "patron_id", "certification_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patron_id: Mapped[int] = mapped_column(ForeignKey("patrons.id", ondelete="CASCADE"))
    certification_id: Mapped[int] = mapped_column(ForeignKey("certifications.id"))
    trained_by: Mapped[str] = mapped_column(String(100))
    trained_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class Resource(Base):
    """A bookable thing or space: a 3D printer, the laser cutter, the green-screen room."""

    __tablename__ = "resources"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(40))  # 3d_printer | laser_cutter | room | vr…
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    location: Mapped[str] = mapped_column(String(100), default="")
    bookable_from: Mapped[time] = mapped_column(Time, default=time(7, 30))
    bookable_until: Mapped[time] = mapped_column(Time, default=time(16, 0))
    min_minutes: Mapped[int] = mapped_column(Integer, default=15)
    max_minutes: Mapped[int] = mapped_column(Integer, default=180)
    needs_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    certification_id: Mapped[int | None] = mapped_column(ForeignKey("certifications.id"))
    # an item barcode, when the tool can also be lent at the desk
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="SET NULL"))
    weekly_quota_minutes: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class BookingSeries(Base):
    """A recurrence rule that produced several bookings ("every A-day period 3")."""

    __tablename__ = "booking_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Booking(Base):
    __tablename__ = "bookings"
    __table_args__ = (Index("ix_bookings_resource_time", "resource_id", "starts_at", "ends_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("resources.id", ondelete="CASCADE"))
    patron_id: Mapped[int | None] = mapped_column(
        ForeignKey("patrons.id", ondelete="SET NULL"), index=True
    )
    class_name: Mapped[str] = mapped_column(String(100), default="")  # for a teacher's class
    purpose: Mapped[str] = mapped_column(String(300), default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    seats: Mapped[int] = mapped_column(Integer, default=1)
    # requested | approved | waitlisted | checked_in | completed | cancelled | no_show
    status: Mapped[str] = mapped_column(String(16), default="approved", index=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("booking_series.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Consumable(Base):
    """Filament, vinyl, acrylic sheets: stock counted in a unit."""

    __tablename__ = "consumables"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    resource_id: Mapped[int | None] = mapped_column(ForeignKey("resources.id"))
    name: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(20))  # g | in | sheet
    stock: Mapped[float] = mapped_column(Float, default=0)
    low_stock_level: Mapped[float] = mapped_column(Float, default=0)


class ConsumableUse(Base):
    __tablename__ = "consumable_uses"

    id: Mapped[int] = mapped_column(primary_key=True)
    consumable_id: Mapped[int] = mapped_column(ForeignKey("consumables.id"))
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id", ondelete="SET NULL"))
    quantity: Mapped[float] = mapped_column(Float)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(100), default="")
