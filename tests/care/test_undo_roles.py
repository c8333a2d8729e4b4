"""Undo at the desk follows the roles: nobody undoes what they could not have done.

Ms Reed, the librarian, adds and edits patrons and charges fees. Sam, the student aide,
works the desk and may undo his own scans, but not her patron work, not a fee (removing
a charge is a waiver), and not anyone else's entry. The kiosk undoes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select

from lms_desktop.circulation.fees import charge_fee
from lms_desktop.circulation.journal import undo_entry
from lms_desktop.circulation.loans import checkout_item
from lms_desktop.circulation.models import Fee, JournalEntry, Patron
from lms_desktop.circulation.patrons import PatronInput, create_patron, update_patron
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import PermissionDeniedError
from tests.care.conftest import SmallLibrary

LIBRARIAN = {"staff_name": "Ms Reed"}
AIDE = {"staff_name": "Sam", "staff_role": "aide"}


@dataclass(frozen=True)
class LibrariansDay:
    added_patron: int  # journal entry ids
    edited_patron: int
    charged_fee: int
    new_patron_id: int


@pytest.fixture
def librarians_day(database: Database, small_library: SmallLibrary) -> LibrariansDay:
    ben = small_library.patron_ids["Ben"]
    with database.unit_of_work(**LIBRARIAN) as uow:
        new = create_patron(uow, PatronInput(barcode="P-Cy", first_name="Cy", last_name="Ng"))
    with database.unit_of_work(**LIBRARIAN) as uow:
        update_patron(uow, ben, PatronInput(barcode="P-Ben", first_name="Ben", last_name="Oka"))
    with database.unit_of_work(**LIBRARIAN) as uow:
        charge_fee(uow, ben, "damaged", 2500, description="Water damage")
    with database.unit_of_work() as uow:
        ids = {
            action: uow.session.scalar(
                select(JournalEntry.id)
                .where(JournalEntry.action == action)
                .order_by(JournalEntry.id.desc())
            )
            for action in ("patron_add", "patron_edit", "fee")
        }
    return LibrariansDay(ids["patron_add"], ids["patron_edit"], ids["fee"], new.id)


def _state(database: Database) -> tuple[object, ...]:
    with database.unit_of_work() as uow:
        s = uow.session
        return (
            tuple(s.execute(select(Patron.barcode, Patron.last_name).order_by(Patron.id))),
            tuple(s.execute(select(Fee.id, Fee.status, Fee.amount_cents))),
            tuple(s.scalars(select(JournalEntry.undone_at))),
        )


@pytest.mark.parametrize("entry", ["added_patron", "edited_patron", "charged_fee"])
@pytest.mark.parametrize("role", ["aide", "kiosk"])
def test_an_aide_or_the_kiosk_cannot_undo_the_librarians_patron_work_or_a_fee(
    database: Database,
    small_library: SmallLibrary,
    librarians_day: LibrariansDay,
    role: str,
    entry: str,
) -> None:
    before = _state(database)
    kiosk = small_library.patron_ids["Ben"] if role == "kiosk" else None
    with (
        database.unit_of_work(staff_name="Sam", staff_role=role, kiosk_patron_id=kiosk) as uow,
        pytest.raises(PermissionDeniedError, match="Ask the librarian"),
    ):
        undo_entry(uow, getattr(librarians_day, entry))
    assert _state(database) == before  # Cy still exists, Ben keeps his edit, the fee stays


def test_an_aide_can_neither_charge_a_fee_nor_wipe_one_by_undoing_it(
    database: Database, small_library: SmallLibrary
) -> None:
    with (
        database.unit_of_work(**AIDE) as uow,
        pytest.raises(PermissionDeniedError, match="cannot charge fees"),
    ):
        charge_fee(uow, small_library.patron_ids["Ana"], "other", 100)
    with database.unit_of_work(**LIBRARIAN) as uow:
        charge_fee(uow, small_library.patron_ids["Ana"], "other", 100)
    with database.unit_of_work() as uow:
        entry = uow.session.scalar(select(JournalEntry.id).where(JournalEntry.action == "fee"))
    with (
        database.unit_of_work(**AIDE) as uow,
        pytest.raises(PermissionDeniedError, match="cannot waive fees"),
    ):
        undo_entry(uow, entry)


def test_an_aide_undoes_his_own_scan_but_not_the_librarians(
    database: Database, small_library: SmallLibrary
) -> None:
    ana, ben = small_library.patron_ids["Ana"], small_library.patron_ids["Ben"]
    with database.unit_of_work(**AIDE) as uow:
        his = checkout_item(uow, ben, "31000000004")
    with database.unit_of_work(**AIDE) as uow:
        assert undo_entry(uow, his.journal_entry_id).undone_by == "Sam"
    with database.unit_of_work(**LIBRARIAN) as uow:
        hers = checkout_item(uow, ana, "31000000004")
    with (
        database.unit_of_work(**AIDE) as uow,
        pytest.raises(PermissionDeniedError, match="undo someone else's action"),
    ):
        undo_entry(uow, hers.journal_entry_id)
    # the librarian may undo anyone's entry, the aide's too
    with database.unit_of_work(**AIDE) as uow:
        checkout_item(uow, ben, "31000000001")
    with database.unit_of_work() as uow:
        aides = uow.session.scalar(
            select(JournalEntry.id)
            .where(JournalEntry.action == "checkout")
            .order_by(JournalEntry.id.desc())
        )
    with database.unit_of_work(**LIBRARIAN) as uow:
        assert undo_entry(uow, hers.journal_entry_id).undone_by == "Ms Reed"
    with database.unit_of_work(**LIBRARIAN) as uow:
        assert undo_entry(uow, aides).undone_by == "Ms Reed"


def test_the_librarian_can_still_undo_her_own_patron_work(
    database: Database, librarians_day: LibrariansDay
) -> None:
    with database.unit_of_work(**LIBRARIAN) as uow:
        undo_entry(uow, librarians_day.added_patron)
    with database.unit_of_work() as uow:
        assert uow.session.get(Patron, librarians_day.new_patron_id) is None
