"""Makerspace resources, the kinds of training they need, and their consumables."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime, time

from sqlalchemy import select

from lms_desktop.circulation.models import Item
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.makerspace.models import (
    Booking,
    Certification,
    Consumable,
    ConsumableUse,
    Resource,
)
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.school.models import DEFAULT_SITE_ID
from lms_desktop.texts import say

RESOURCE_KINDS: tuple[str, ...] = (
    "3d_printer",
    "laser_cutter",
    "vinyl_cutter",
    "room",
    "vr",
    "electronics",
    "sewing",
    "other",
)


@dataclass(frozen=True)
class ResourceInfo:
    id: int
    name: str
    kind: str
    capacity: int
    location: str
    bookable_from: time
    bookable_until: time
    min_minutes: int
    max_minutes: int
    needs_approval: bool
    certification_id: int | None
    certification_name: str | None
    item_id: int | None
    weekly_quota_minutes: int | None
    active: bool


@dataclass(frozen=True)
class ResourceInput:
    """What the librarian fills in for a resource."""

    name: str
    kind: str = "other"
    capacity: int = 1
    location: str = ""
    bookable_from: time = time(7, 30)
    bookable_until: time = time(16, 0)
    min_minutes: int = 15
    max_minutes: int = 180
    needs_approval: bool = False
    certification_id: int | None = None
    item_id: int | None = None
    weekly_quota_minutes: int | None = None
    active: bool = True


@dataclass(frozen=True)
class CertificationInfo:
    id: int
    name: str
    valid_days: int | None


@dataclass(frozen=True)
class ConsumableInfo:
    id: int
    name: str
    unit: str
    stock: float
    low_stock_level: float
    resource_id: int | None
    resource_name: str | None

    @property
    def is_low(self) -> bool:
        return self.stock <= self.low_stock_level


@dataclass(frozen=True)
class ConsumableUseInfo:
    id: int
    consumable_id: int
    booking_id: int | None
    quantity: float
    at: datetime
    by: str
    stock_after: float
    low_stock_warning: str | None


def _resource_info(resource: Resource, certification: Certification | None) -> ResourceInfo:
    return ResourceInfo(
        id=resource.id,
        name=resource.name,
        kind=resource.kind,
        capacity=resource.capacity,
        location=resource.location,
        bookable_from=resource.bookable_from,
        bookable_until=resource.bookable_until,
        min_minutes=resource.min_minutes,
        max_minutes=resource.max_minutes,
        needs_approval=resource.needs_approval,
        certification_id=resource.certification_id,
        certification_name=certification.name if certification is not None else None,
        item_id=resource.item_id,
        weekly_quota_minutes=resource.weekly_quota_minutes,
        active=resource.active,
    )


def _validate_resource(data: ResourceInput) -> None:
    if not data.name.strip():
        raise ValidationError(say("A resource needs a name, such as 'Laser cutter'. Type one in."))
    if data.capacity < 1:
        raise ValidationError(say("Capacity must be at least 1. Fix the capacity."))
    if data.min_minutes < 1 or data.max_minutes < data.min_minutes:
        raise ValidationError(
            say("The longest booking must be at least as long as the shortest. Fix the durations.")
        )
    if data.bookable_until <= data.bookable_from:
        raise ValidationError(say("Bookable hours must end after they start. Fix the hours."))
    if data.weekly_quota_minutes is not None and data.weekly_quota_minutes < 1:
        raise ValidationError(say("A weekly quota must be at least one minute, or left empty."))


def list_resources(
    uow: UnitOfWork, include_inactive: bool = False, site_id: int = DEFAULT_SITE_ID
) -> list[ResourceInfo]:
    query = (
        select(Resource, Certification)
        .outerjoin(Certification, Certification.id == Resource.certification_id)
        .where(Resource.site_id == site_id)
        .order_by(Resource.name)
    )
    if not include_inactive:
        query = query.where(Resource.active.is_(True))
    return [_resource_info(r, c) for r, c in uow.session.execute(query)]


def get_resource(uow: UnitOfWork, resource_id: int) -> ResourceInfo:
    resource = uow.session.get(Resource, resource_id)
    if resource is None:
        raise NotFoundError(
            say("Resource {resource} does not exist. Refresh the list.", resource=resource_id)
        )
    certification = (
        uow.session.get(Certification, resource.certification_id)
        if resource.certification_id is not None
        else None
    )
    return _resource_info(resource, certification)


def save_resource(
    uow: UnitOfWork,
    data: ResourceInput,
    resource_id: int | None = None,
    site_id: int = DEFAULT_SITE_ID,
) -> ResourceInfo:
    """Create a resource, or update the one with `resource_id`. The caller commits."""
    require_permission(uow, Permission.MANAGE_MAKERSPACE)
    _validate_resource(data)
    if (
        data.certification_id is not None
        and uow.session.get(Certification, data.certification_id) is None
    ):
        raise NotFoundError(say("That training no longer exists. Choose another one."))
    if resource_id is None:
        resource = Resource(site_id=site_id)
        uow.session.add(resource)
    else:
        found = uow.session.get(Resource, resource_id)
        if found is None:
            raise NotFoundError(
                say("Resource {resource} does not exist. Refresh the list.", resource=resource_id)
            )
        resource = found
    for f in fields(ResourceInput):
        value = getattr(data, f.name)
        setattr(resource, f.name, value.strip() if isinstance(value, str) else value)
    uow.session.flush()
    return get_resource(uow, resource.id)


def list_certifications(uow: UnitOfWork, site_id: int = DEFAULT_SITE_ID) -> list[CertificationInfo]:
    rows = uow.session.scalars(
        select(Certification).where(Certification.site_id == site_id).order_by(Certification.name)
    )
    return [CertificationInfo(c.id, c.name, c.valid_days) for c in rows]


def save_certification(
    uow: UnitOfWork,
    name: str,
    valid_days: int | None,
    certification_id: int | None = None,
    site_id: int = DEFAULT_SITE_ID,
) -> CertificationInfo:
    """Create or rename a kind of training; `valid_days=None` means it never expires."""
    require_permission(uow, Permission.MANAGE_MAKERSPACE)
    if not name.strip():
        raise ValidationError(say("A training needs a name, such as 'Laser cutter safety'."))
    if valid_days is not None and valid_days < 1:
        raise ValidationError(say("A training is valid for at least one day, or for ever."))
    if certification_id is None:
        row = Certification(site_id=site_id)
        uow.session.add(row)
    else:
        found = uow.session.get(Certification, certification_id)
        if found is None:
            raise NotFoundError(say("That training no longer exists. Refresh the list."))
        row = found
    row.name = name.strip()
    row.valid_days = valid_days
    uow.session.flush()
    if valid_days is None and row.valid_days is not None:
        # On INSERT the column default (365) replaces a None; "never expires" is NULL.
        row.valid_days = None
        uow.session.flush()
    return CertificationInfo(row.id, row.name, row.valid_days)


# --- consumables --------------------------------------------------------------------------


def _consumable_info(row: Consumable, resource_name: str | None) -> ConsumableInfo:
    return ConsumableInfo(
        id=row.id,
        name=row.name,
        unit=row.unit,
        stock=row.stock,
        low_stock_level=row.low_stock_level,
        resource_id=row.resource_id,
        resource_name=resource_name,
    )


def list_consumables(uow: UnitOfWork, site_id: int = DEFAULT_SITE_ID) -> list[ConsumableInfo]:
    rows = uow.session.execute(
        select(Consumable, Resource.name)
        .outerjoin(Resource, Resource.id == Consumable.resource_id)
        .where(Consumable.site_id == site_id)
        .order_by(Consumable.name)
    )
    return [_consumable_info(c, name) for c, name in rows]


def low_stock(uow: UnitOfWork, site_id: int = DEFAULT_SITE_ID) -> list[ConsumableInfo]:
    """Consumables at or below their reorder level."""
    return [c for c in list_consumables(uow, site_id) if c.is_low]


def save_consumable(
    uow: UnitOfWork,
    name: str,
    unit: str,
    stock: float,
    low_stock_level: float,
    resource_id: int | None = None,
    consumable_id: int | None = None,
    site_id: int = DEFAULT_SITE_ID,
) -> ConsumableInfo:
    require_permission(uow, Permission.MANAGE_MAKERSPACE)
    if not name.strip() or not unit.strip():
        raise ValidationError(say("A consumable needs a name and a unit (g, in, sheet)."))
    if stock < 0 or low_stock_level < 0:
        raise ValidationError(say("Stock and the low-stock level cannot be negative."))
    if consumable_id is None:
        row = Consumable(site_id=site_id)
        uow.session.add(row)
    else:
        found = uow.session.get(Consumable, consumable_id)
        if found is None:
            raise NotFoundError(say("That consumable no longer exists. Refresh the list."))
        row = found
    row.name = name.strip()
    row.unit = unit.strip()
    row.stock = stock
    row.low_stock_level = low_stock_level
    row.resource_id = resource_id
    uow.session.flush()
    resource = uow.session.get(Resource, resource_id) if resource_id is not None else None
    return _consumable_info(row, resource.name if resource is not None else None)


def restock(uow: UnitOfWork, consumable_id: int, quantity: float) -> ConsumableInfo:
    """Add a delivery to the stock."""
    if quantity <= 0:
        raise ValidationError(say("Enter how much arrived (more than zero)."))
    row = uow.session.get(Consumable, consumable_id)
    if row is None:
        raise NotFoundError(say("That consumable no longer exists. Refresh the list."))
    row.stock += quantity
    uow.session.flush()
    resource = uow.session.get(Resource, row.resource_id) if row.resource_id else None
    return _consumable_info(row, resource.name if resource is not None else None)


def log_consumable_use(
    uow: UnitOfWork,
    consumable_id: int,
    quantity: float,
    booking_id: int | None = None,
    by: str = "",
    at: datetime | None = None,
) -> ConsumableUseInfo:
    """Record material used (grams of filament, inches of vinyl), usually against a booking.

    Refuses more than is in stock; the result carries a low-stock warning when the stock
    falls to the reorder level.
    """
    if quantity <= 0:
        raise ValidationError(say("Enter how much was used (more than zero)."))
    row = uow.session.get(Consumable, consumable_id)
    if row is None:
        raise NotFoundError(say("That consumable no longer exists. Refresh the list."))
    if booking_id is not None and uow.session.get(Booking, booking_id) is None:
        raise NotFoundError(say("That booking no longer exists. Refresh the schedule."))
    if quantity > row.stock:
        raise ValidationError(
            say(
                "Only {stock:g} {unit} of {name} is in stock, less than the {quantity:g} {unit} "
                "entered. Check the amount, or restock first.",
                stock=row.stock,
                unit=row.unit,
                name=row.name,
                quantity=quantity,
            )
        )
    row.stock -= quantity
    use = ConsumableUse(
        consumable_id=row.id,
        booking_id=booking_id,
        quantity=quantity,
        at=at or utcnow(),
        by=by or (uow.staff_name or ""),
    )
    uow.session.add(use)
    uow.session.flush()
    warning = None
    if row.stock <= row.low_stock_level:
        warning = say(
            "{name} is low: {stock:g} {unit} left (reorder level {level:g} {unit}). Order more.",
            name=row.name,
            stock=row.stock,
            unit=row.unit,
            level=row.low_stock_level,
        )
    return ConsumableUseInfo(
        id=use.id,
        consumable_id=row.id,
        booking_id=booking_id,
        quantity=quantity,
        at=use.at,
        by=use.by,
        stock_after=row.stock,
        low_stock_warning=warning,
    )


def uses_for_booking(uow: UnitOfWork, booking_id: int) -> list[tuple[str, float, str]]:
    """(consumable name, quantity, unit) logged against a booking."""
    rows = uow.session.execute(
        select(Consumable.name, ConsumableUse.quantity, Consumable.unit)
        .join(Consumable, Consumable.id == ConsumableUse.consumable_id)
        .where(ConsumableUse.booking_id == booking_id)
        .order_by(ConsumableUse.id)
    )
    return [(name, qty, unit) for name, qty, unit in rows]


def item_id_for_barcode(uow: UnitOfWork, barcode: str) -> int | None:
    """The desk item behind a tool's barcode ("" means none); NotFoundError if unknown."""
    if not barcode.strip():
        return None
    found = uow.session.scalar(select(Item.id).where(Item.barcode == barcode.strip()))
    if found is None:
        raise NotFoundError(
            say(
                "No item has the barcode {barcode}. Add the tool as an item in the catalog "
                "first, or leave the barcode empty.",
                barcode=barcode.strip(),
            )
        )
    return found


def item_barcode(uow: UnitOfWork, item_id: int | None) -> str:
    if item_id is None:
        return ""
    return uow.session.scalar(select(Item.barcode).where(Item.id == item_id)) or ""
