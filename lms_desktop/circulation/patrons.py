"""Find, show, add and edit patrons."""

from __future__ import annotations

from dataclasses import dataclass

from lms_desktop.circulation.results import PatronDetail, PatronSummary
from lms_desktop.db.unit_of_work import UnitOfWork


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
    raise NotImplementedError


def search_patrons(
    uow: UnitOfWork, text: str, *, limit: int = 50, include_inactive: bool = False
) -> list[PatronSummary]:
    """Patrons whose name, barcode, SIS id or homeroom starts with/contains `text`."""
    raise NotImplementedError


def patron_detail(uow: UnitOfWork, patron_id: int) -> PatronDetail:
    """The desk's patron card: loans, holds, fees, blocks, photo. NotFoundError if gone."""
    raise NotImplementedError


def create_patron(uow: UnitOfWork, data: PatronInput) -> PatronSummary:
    """Add a patron; refuses a barcode already in use. Commits."""
    raise NotImplementedError


def update_patron(uow: UnitOfWork, patron_id: int, data: PatronInput) -> PatronSummary:
    """Replace a patron's details (journaled, undoable). Commits."""
    raise NotImplementedError


def set_patron_photo(uow: UnitOfWork, patron_id: int, photo: bytes | None) -> None:
    """Store (or remove) the patron's photo as image bytes (PNG/JPEG). Commits."""
    raise NotImplementedError


def homerooms(uow: UnitOfWork) -> list[tuple[str, str]]:
    """Every (homeroom, teacher) pair in use by active patrons, sorted."""
    raise NotImplementedError
