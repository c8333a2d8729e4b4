"""Find, show, add and edit patrons."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from lms_desktop.circulation.barcodes import barcode_spellings
from lms_desktop.circulation.blocks import blocks_for_patron
from lms_desktop.circulation.context import patron_query, patron_row, patron_summary
from lms_desktop.circulation.fees import fees_for_patron
from lms_desktop.circulation.holds import holds_for_patron
from lms_desktop.circulation.journal import ChangeLog, record_entry
from lms_desktop.circulation.loans import open_loans_for_patron
from lms_desktop.circulation.models import Item, Patron, PatronType
from lms_desktop.circulation.results import PatronDetail, PatronSummary
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import ConflictError, NotFoundError, ValidationError
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.school.models import DEFAULT_SITE_ID
from lms_desktop.texts import say

PATRON_STATUSES = ("active", "inactive", "graduated", "left", "deleted")


@dataclass(frozen=True)
class PatronInput:
    """A new patron, or the new values of an edited one (all fields replace the old)."""

    barcode: str
    first_name: str
    last_name: str
    patron_type: str = "student"  # code
    grade: str = ""
    homeroom: str = ""
    homeroom_teacher: str = ""
    sis_id: str | None = None
    email: str = ""
    guardian_email: str = ""
    status: str = "active"
    notes: str = ""
    block_reason: str = ""


def find_patron_by_barcode(uow: UnitOfWork, barcode: str) -> PatronSummary | None:
    row = uow.session.execute(patron_query().where(Patron.barcode == barcode.strip())).first()
    return patron_summary(row) if row is not None else None


def search_patrons(
    uow: UnitOfWork, text: str, *, limit: int = 50, include_inactive: bool = False
) -> list[PatronSummary]:
    """Patrons whose name, barcode, SIS id or homeroom starts with/contains `text`."""
    query = patron_query()
    words = text.split()
    for word in words:
        like = f"%{word.replace('%', '').replace('_', '')}%"
        query = query.where(
            or_(
                Patron.first_name.ilike(like),
                Patron.last_name.ilike(like),
                Patron.barcode.ilike(like),
                Patron.sis_id.ilike(like),
                Patron.homeroom.ilike(like),
                Patron.homeroom_teacher.ilike(like),
            )
        )
    if not include_inactive:
        query = query.where(Patron.status == "active")
    query = query.order_by(Patron.last_name, Patron.first_name, Patron.id).limit(limit)
    return [patron_summary(row) for row in uow.session.execute(query)]


def patron_detail(uow: UnitOfWork, patron_id: int) -> PatronDetail:
    """The desk's patron card: loans, holds, fees, blocks, photo. NotFoundError if gone."""
    patron = uow.session.get(Patron, patron_id)
    if patron is None:
        raise NotFoundError(say("That patron is no longer in the database. Scan their card again."))
    return PatronDetail(
        patron=patron_summary(patron_row(uow, patron_id)),
        email=patron.email,
        guardian_email=patron.guardian_email,
        notes=patron.notes,
        block_reason=patron.block_reason,
        photo=patron.photo,
        loans=tuple(open_loans_for_patron(uow, patron_id)),
        holds=tuple(holds_for_patron(uow, patron_id)),
        fees=tuple(fees_for_patron(uow, patron_id)),
        blocks=tuple(blocks_for_patron(uow, patron_id)),
    )


def _type_id(uow: UnitOfWork, code: str) -> int:
    found = uow.session.scalar(select(PatronType.id).where(PatronType.code == code))
    if found is None:
        codes = ", ".join(uow.session.scalars(select(PatronType.code).order_by(PatronType.id)))
        raise ValidationError(
            say("“{code}” is not a patron type. Use one of: {codes}.", code=code, codes=codes)
        )
    return found


def _check(uow: UnitOfWork, data: PatronInput, patron_id: int | None) -> dict[str, object]:
    barcode = data.barcode.strip()
    if not barcode:
        raise ValidationError(say("A patron needs a card barcode. Scan or type one."))
    if not barcode.isprintable() or len(barcode) > 64:
        raise ValidationError(say("That card barcode has odd characters or is too long."))
    if not data.first_name.strip() and not data.last_name.strip():
        raise ValidationError(say("A patron needs a name. Type the first or last name."))
    if data.status not in PATRON_STATUSES:
        raise ValidationError(say("“{status}” is not a patron status.", status=data.status))
    clash = uow.session.scalar(
        select(Patron.id).where(func.lower(Patron.barcode) == barcode.lower())
    )
    if clash is not None and clash != patron_id:
        raise ConflictError(
            say(
                "The barcode {barcode} is already on another patron's card. Use another card.",
                barcode=barcode,
            )
        )
    # one barcode, one thing: a card that reads as a book's or a device's barcode would
    # send every scan of it to the wrong place
    spellings = barcode_spellings(barcode)
    item = uow.session.scalar(select(Item.id).where(Item.barcode.in_(spellings)))
    if item is not None:
        raise ConflictError(
            say(
                "The barcode {barcode} is already on a book or device. Use another card.",
                barcode=barcode,
            )
        )
    return {
        "barcode": barcode,
        "first_name": data.first_name.strip(),
        "last_name": data.last_name.strip(),
        "patron_type_id": _type_id(uow, data.patron_type),
        "grade": data.grade.strip(),
        "homeroom": data.homeroom.strip(),
        "homeroom_teacher": data.homeroom_teacher.strip(),
        "sis_id": (data.sis_id or "").strip() or None,
        "email": data.email.strip(),
        "guardian_email": data.guardian_email.strip(),
        "status": data.status,
        "notes": data.notes,
        "block_reason": data.block_reason.strip(),
    }


def create_patron(
    uow: UnitOfWork, data: PatronInput, *, site_id: int = DEFAULT_SITE_ID
) -> PatronSummary:
    """Add a patron; refuses a barcode already in use. Commits."""
    require_permission(uow, Permission.EDIT_PATRONS)
    values = _check(uow, data, None)
    patron = Patron(site_id=site_id, **values)
    uow.session.add(patron)
    try:
        uow.session.flush()
    except IntegrityError as exc:
        raise ConflictError(
            say("The barcode {barcode} is already in use.", barcode=data.barcode)
        ) from exc
    changes = ChangeLog()
    changes.insert(patron)
    name = f"{patron.first_name} {patron.last_name}"
    record_entry(
        uow,
        "patron_add",
        say("Added patron {name}", name=name),
        changes=changes,
        patron_id=patron.id,
        site_id=site_id,
    )
    summary = patron_summary(patron_row(uow, patron.id))
    uow.commit()
    return summary


def update_patron(uow: UnitOfWork, patron_id: int, data: PatronInput) -> PatronSummary:
    """Replace a patron's details (journaled, undoable). Commits."""
    require_permission(uow, Permission.EDIT_PATRONS)
    patron = uow.session.get(Patron, patron_id)
    if patron is None:
        raise NotFoundError(say("That patron is no longer in the database."))
    values = _check(uow, data, patron_id)
    changes = ChangeLog()
    changes.update(patron, **values)
    if changes.ops:
        name = f"{patron.first_name} {patron.last_name}"
        fields = ", ".join(sorted(changes.ops[0]["new"]))
        record_entry(
            uow,
            "patron_edit",
            say("Edited {name}: {fields}", name=name, fields=fields),
            changes=changes,
            patron_id=patron_id,
            site_id=patron.site_id,
        )
    summary = patron_summary(patron_row(uow, patron_id))
    uow.commit()
    return summary


def set_patron_photo(uow: UnitOfWork, patron_id: int, photo: bytes | None) -> None:
    """Store (or remove) the patron's photo as image bytes (PNG/JPEG). Commits."""
    require_permission(uow, Permission.EDIT_PATRONS)
    patron = uow.session.get(Patron, patron_id)
    if patron is None:
        raise NotFoundError(say("That patron is no longer in the database."))
    if photo is not None and not (photo.startswith(b"\x89PNG") or photo.startswith(b"\xff\xd8")):
        raise ValidationError(say("The photo must be a PNG or JPEG picture."))
    patron.photo = photo
    name = f"{patron.first_name} {patron.last_name}"
    record_entry(
        uow,
        "patron_photo",
        say("Changed the photo of {name}", name=name)
        if photo
        else say("Removed the photo of {name}", name=name),
        patron_id=patron_id,
        site_id=patron.site_id,
    )
    uow.commit()


def homerooms(uow: UnitOfWork) -> list[tuple[str, str]]:
    """Every (homeroom, teacher) pair in use by active patrons, sorted."""
    rows = uow.session.execute(
        select(Patron.homeroom, Patron.homeroom_teacher)
        .where(Patron.status == "active", Patron.homeroom != "")
        .distinct()
        .order_by(Patron.homeroom, Patron.homeroom_teacher)
    ).all()
    return [(r[0], r[1]) for r in rows]
