"""Damage, loss and theft of devices: incidents with photos and fees, and their history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from lms_desktop.circulation.fees import add_fee
from lms_desktop.circulation.journal import ChangeLog, record_entry
from lms_desktop.circulation.models import Fee, Item, Loan, Patron
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.models import Device, Incident, IncidentPhoto
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.texts import say

INCIDENT_KINDS: tuple[str, ...] = ("damage", "loss", "theft")
MAX_PHOTO_BYTES = 15 * 1024 * 1024

_IMAGE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"BM", "bmp"),
)


@dataclass(frozen=True)
class PhotoInput:
    file_name: str
    data: bytes


@dataclass(frozen=True)
class IncidentInput:
    asset_tag: str
    description: str
    kind: str = "damage"
    fee_cents: int = 0
    # who is responsible; None: whoever has (or last had) the device
    patron_barcode: str | None = None
    photos: tuple[PhotoInput, ...] = ()


@dataclass(frozen=True)
class IncidentView:
    id: int
    item_id: int
    asset_tag: str
    device_type: str
    kind: str
    description: str
    patron_name: str
    patron_barcode: str
    fee_cents: int
    fee_id: int | None
    reported_at: datetime
    reported_by: str
    photo_count: int


@dataclass(frozen=True)
class PhotoView:
    id: int
    file_name: str
    data: bytes


def image_kind(data: bytes) -> str | None:
    """'png', 'jpeg', 'gif', 'bmp' or 'webp' from the file's first bytes; None otherwise."""
    for signature, kind in _IMAGE_SIGNATURES:
        if data.startswith(signature):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def photo_from_file(path: Path) -> PhotoInput:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            say(
                "The photo {name} cannot be read ({reason}). Choose another file.",
                name=path.name,
                reason=exc.strerror,
            )
        ) from None
    return PhotoInput(path.name, data)


def _check_photo(photo: PhotoInput) -> None:
    if len(photo.data) > MAX_PHOTO_BYTES:
        raise ValidationError(
            say(
                "The photo {name} is larger than 15 MB. Take it at a lower resolution.",
                name=photo.file_name,
            )
        )
    if image_kind(photo.data) is None:
        raise ValidationError(
            say(
                "{name} is not a picture (PNG, JPEG, GIF, BMP or WebP). Choose a photo.",
                name=photo.file_name,
            )
        )


def _device_item(uow: UnitOfWork, asset_tag: str) -> Item:
    item = uow.session.scalar(
        select(Item).join(Device, Device.item_id == Item.id).where(Item.barcode == asset_tag)
    )
    if item is None:
        raise NotFoundError(say("No device has the asset tag {tag}. Check the tag.", tag=asset_tag))
    return item


def _responsible_loan(uow: UnitOfWork, item_id: int) -> Loan | None:
    """The open loan, or else the most recent one: who had the device last."""
    return uow.session.scalar(
        select(Loan)
        .where(Loan.item_id == item_id)
        .order_by(Loan.returned_at.is_not(None), Loan.checked_out_at.desc(), Loan.id.desc())
        .limit(1)
    )


def report_incident(uow: UnitOfWork, data: IncidentInput) -> IncidentView:
    """Record damage or loss; a fee is charged to the responsible patron through the
    circulation fee service, in the same transaction (the fee is journaled and can be
    undone from the desk like any fee). Commits."""
    if data.kind not in INCIDENT_KINDS:
        raise ValidationError(
            say("'{kind}' is not an incident kind; use damage, loss or theft.", kind=data.kind)
        )
    if not data.description.strip():
        raise ValidationError(
            say("Describe what happened, e.g. 'cracked screen, lower left corner'.")
        )
    if data.fee_cents < 0:
        raise ValidationError(say("A fee cannot be negative."))
    for photo in data.photos:
        _check_photo(photo)
    item = _device_item(uow, data.asset_tag.strip())
    loan = _responsible_loan(uow, item.id)
    patron_id: int | None
    if data.patron_barcode:
        patron_id = uow.session.scalar(
            select(Patron.id).where(Patron.barcode == data.patron_barcode.strip())
        )
        if patron_id is None:
            raise NotFoundError(
                say(
                    "No patron has the card number {card}. Scan the card again.",
                    card=data.patron_barcode,
                )
            )
    else:
        patron_id = loan.patron_id if loan is not None else None
    if data.fee_cents and patron_id is None:
        raise ValidationError(
            say(
                "Nobody is on record for this device, so the fee has no one to go to. Choose "
                "the patron responsible, or record the incident without a fee."
            )
        )
    incident = Incident(
        item_id=item.id,
        loan_id=loan.id if loan is not None and loan.patron_id == patron_id else None,
        patron_id=patron_id,
        kind=data.kind,
        description=data.description.strip(),
        reported_by=uow.staff_name or "",
    )
    uow.session.add(incident)
    uow.session.flush()
    for photo in data.photos:
        uow.session.add(
            IncidentPhoto(incident_id=incident.id, file_name=photo.file_name, image=photo.data)
        )
    uow.session.flush()
    if data.fee_cents and patron_id is not None:
        _charge_incident_fee(uow, incident, item, patron_id, data.fee_cents)
    uow.commit()
    return incident_view(uow, incident.id)


def _charge_incident_fee(
    uow: UnitOfWork, incident: Incident, item: Item, patron_id: int, amount_cents: int
) -> None:
    """The incident's fee, journaled so the desk can undo it (no commit)."""
    patron = uow.session.get(Patron, patron_id)
    assert patron is not None
    now = utcnow()
    fee_kind = "damaged" if incident.kind == "damage" else "lost"
    changes = ChangeLog()
    fee = add_fee(
        uow,
        changes,
        patron_id=patron_id,
        kind=fee_kind,
        amount_cents=amount_cents,
        item_id=item.id,
        loan_id=incident.loan_id,
        description=f"{incident.kind.capitalize()} of device {item.barcode}: "
        f"{incident.description}"[:300],
        now=now,
        site_id=patron.site_id,
    )
    # logged after the fee, so an undo lets go of the fee before removing it
    changes.update(incident, fee_id=fee.id)
    record_entry(
        uow,
        "fee",
        say(
            "Charged {name} ${amount:.2f} ({kind}, device {tag})",
            name=f"{patron.first_name} {patron.last_name}",
            amount=amount_cents / 100,
            kind=say("damaged") if fee_kind == "damaged" else say("lost"),
            tag=item.barcode,
        ),
        changes=changes,
        patron_id=patron_id,
        item_id=item.id,
        at=now,
        site_id=patron.site_id,
    )


def add_photos(uow: UnitOfWork, incident_id: int, photos: Sequence[PhotoInput]) -> int:
    if uow.session.get(Incident, incident_id) is None:
        raise NotFoundError(say("That incident no longer exists."))
    for photo in photos:
        _check_photo(photo)
        uow.session.add(
            IncidentPhoto(incident_id=incident_id, file_name=photo.file_name, image=photo.data)
        )
    uow.session.flush()
    return len(photos)


def _views(uow: UnitOfWork, where: object, limit: int = 1000) -> list[IncidentView]:
    photo_counts = (
        select(IncidentPhoto.incident_id, func.count().label("n"))
        .group_by(IncidentPhoto.incident_id)
        .subquery()
    )
    query = (
        select(
            Incident,
            Item.barcode,
            Device.device_type,
            Patron.first_name,
            Patron.last_name,
            Patron.barcode,
            Fee.amount_cents,
            photo_counts.c.n,
        )
        .join(Item, Item.id == Incident.item_id)
        .join(Device, Device.item_id == Item.id)
        .outerjoin(Patron, Patron.id == Incident.patron_id)
        .outerjoin(Fee, Fee.id == Incident.fee_id)
        .outerjoin(photo_counts, photo_counts.c.incident_id == Incident.id)
        .where(where)  # type: ignore[arg-type]
        .order_by(Incident.reported_at.desc(), Incident.id.desc())
        .limit(limit)
    )
    result = []
    for inc, tag, dtype, first, last, pbarcode, fee_cents, photos in uow.session.execute(query):
        result.append(
            IncidentView(
                id=inc.id,
                item_id=inc.item_id,
                asset_tag=tag,
                device_type=dtype,
                kind=inc.kind,
                description=inc.description,
                patron_name=f"{last}, {first}" if last is not None else "",
                patron_barcode=pbarcode or "",
                fee_cents=fee_cents or 0,
                fee_id=inc.fee_id,
                reported_at=inc.reported_at,
                reported_by=inc.reported_by,
                photo_count=photos or 0,
            )
        )
    return result


def incident_view(uow: UnitOfWork, incident_id: int) -> IncidentView:
    found = _views(uow, Incident.id == incident_id)
    if not found:
        raise NotFoundError(say("That incident no longer exists."))
    return found[0]


def incidents_for_device(uow: UnitOfWork, item_id: int) -> list[IncidentView]:
    return _views(uow, Incident.item_id == item_id)


def damage_history(uow: UnitOfWork, patron_barcode: str) -> list[IncidentView]:
    """Every incident on record for one student, newest first."""
    patron_id = uow.session.scalar(select(Patron.id).where(Patron.barcode == patron_barcode))
    if patron_id is None:
        raise NotFoundError(say("No patron has the card number {card}.", card=patron_barcode))
    return _views(uow, Incident.patron_id == patron_id)


def incident_photos(uow: UnitOfWork, incident_id: int) -> list[PhotoView]:
    rows = uow.session.execute(
        select(IncidentPhoto.id, IncidentPhoto.file_name, IncidentPhoto.image)
        .where(IncidentPhoto.incident_id == incident_id)
        .order_by(IncidentPhoto.id)
    )
    return [PhotoView(i, name, data) for i, name, data in rows]
