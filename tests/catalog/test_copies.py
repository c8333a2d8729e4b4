"""The librarian adds, edits and withdraws copies; barcodes never clash."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from lms_desktop.catalog.copies import (
    add_copy,
    barcode_owner,
    copies_of,
    find_copy_by_barcode,
    update_copy,
    withdraw_copy,
)
from lms_desktop.catalog.records import add_record
from lms_desktop.circulation.models import Item, Loan, Patron
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import ConflictError, NotFoundError, ValidationError
from lms_desktop.school.setup import patron_type_id
from tests.catalog.test_records import charlottes_web


@pytest.fixture
def title_id(database: Database) -> int:
    with database.unit_of_work() as uow:
        record_id = add_record(uow, charlottes_web(), source="test")
        uow.commit()
    return record_id


def test_a_copy_is_added_with_its_shelf_sort_key(database: Database, title_id: int) -> None:
    with database.unit_of_work() as uow:
        add_copy(
            uow,
            title_id,
            " 31234000000019 ",
            call_number="FIC  WHI",
            location="Main stacks",
            price_cents=1899,
            acquired_on=date(2024, 9, 3),
        )
        uow.commit()
    with database.unit_of_work() as uow:
        copy = find_copy_by_barcode(uow, "31234000000019")
    assert copy is not None
    assert (copy.record_id, copy.call_number, copy.call_number_sort) == (
        title_id,
        "FIC WHI",
        "FIC WHI",
    )
    assert (copy.location, copy.price_cents, copy.status) == ("Main stacks", 1899, "available")
    assert copy.item_type == "book"


def test_a_barcode_already_on_an_item_is_refused(database: Database, title_id: int) -> None:
    with database.unit_of_work() as uow:
        add_copy(uow, title_id, "B-1")
        uow.commit()
    with database.unit_of_work() as uow, pytest.raises(ConflictError, match="another item"):
        add_copy(uow, title_id, "B-1")


def test_a_barcode_on_a_patron_card_is_refused(database: Database, title_id: int) -> None:
    with database.unit_of_work() as uow:
        uow.session.add(
            Patron(
                barcode="21234000000017",
                patron_type_id=patron_type_id(uow, "student"),
                first_name="Ava",
                last_name="Reyes",
            )
        )
        uow.commit()
    with database.unit_of_work() as uow:
        assert barcode_owner(uow, "21234000000017") == "patron"
        with pytest.raises(ConflictError, match="library card"):
            add_copy(uow, title_id, "21234000000017")


def test_one_barcode_is_one_thing_whichever_way_round_and_in_any_case(
    database: Database, title_id: int
) -> None:
    """A card may not take a copy's barcode, nor a copy a card's; "p-9" is "P-9"."""
    from lms_desktop.circulation.patrons import PatronInput, create_patron

    with database.unit_of_work() as uow:
        add_copy(uow, title_id, "B-77")
        uow.commit()
    for card in ("B-77", "b-77"):
        with (
            database.unit_of_work() as uow,
            pytest.raises(ConflictError, match="already on a book or device"),
        ):
            create_patron(uow, PatronInput(barcode=card, first_name="Ava", last_name="Reyes"))
    with database.unit_of_work() as uow:
        create_patron(uow, PatronInput(barcode="P-9", first_name="Ben", last_name="Okafor"))
    with database.unit_of_work() as uow, pytest.raises(ConflictError, match="library card"):
        add_copy(uow, title_id, "p-9")
    with database.unit_of_work() as uow, pytest.raises(ConflictError, match="another item"):
        add_copy(uow, title_id, "b-77")
    with database.unit_of_work() as uow:
        assert barcode_owner(uow, "p-9") == "patron"
        assert barcode_owner(uow, "B-77") == "item"


@pytest.mark.parametrize("barcode", ["", "   ", "x" * 65, "ab\tc"])
def test_an_unusable_barcode_is_refused(database: Database, title_id: int, barcode: str) -> None:
    with database.unit_of_work() as uow, pytest.raises(ValidationError):
        add_copy(uow, title_id, barcode)


def test_a_copy_of_a_missing_title_is_refused(database: Database) -> None:
    with database.unit_of_work() as uow, pytest.raises(NotFoundError):
        add_copy(uow, 999, "B-1")


def test_editing_a_copy_changes_only_what_is_given(database: Database, title_id: int) -> None:
    with database.unit_of_work() as uow:
        item_id = add_copy(uow, title_id, "B-1", call_number="FIC WHI", price_cents=1500)
        uow.commit()
    with database.unit_of_work() as uow:
        copy = update_copy(uow, item_id, call_number="599.75 WHI", location="Nonfiction")
        uow.commit()
    assert copy.call_number_sort == "000599.75 WHI"
    assert (copy.location, copy.price_cents, copy.barcode) == ("Nonfiction", 1500, "B-1")
    with database.unit_of_work() as uow:
        copy = update_copy(uow, item_id, price_cents=None, status="missing")
    assert copy.price_cents is None and copy.status == "missing"


def test_a_copy_cannot_take_another_copys_barcode(database: Database, title_id: int) -> None:
    with database.unit_of_work() as uow:
        add_copy(uow, title_id, "B-1")
        second = add_copy(uow, title_id, "B-2")
        uow.commit()
    with database.unit_of_work() as uow, pytest.raises(ConflictError):
        update_copy(uow, second, barcode="B-1")


def test_a_checked_out_copy_cannot_be_withdrawn_or_set_available(
    database: Database, title_id: int
) -> None:
    now = datetime.now(UTC)
    with database.unit_of_work() as uow:
        item_id = add_copy(uow, title_id, "B-1")
        patron = Patron(
            barcode="P-1",
            patron_type_id=patron_type_id(uow, "student"),
            first_name="Ava",
            last_name="Reyes",
        )
        uow.session.add(patron)
        uow.session.flush()
        uow.session.add(
            Loan(
                item_id=item_id,
                patron_id=patron.id,
                checked_out_at=now,
                due_at=now + timedelta(days=14),
            )
        )
        item = uow.session.get(Item, item_id)
        assert item is not None
        item.status = "on_loan"
        uow.commit()
    with database.unit_of_work() as uow, pytest.raises(ConflictError, match="Check it in"):
        withdraw_copy(uow, item_id, "weeded")
    with database.unit_of_work() as uow, pytest.raises(ConflictError, match="on_loan"):
        update_copy(uow, item_id, status="available")


def test_a_withdrawn_copy_keeps_its_reason_and_lists_last(
    database: Database, title_id: int
) -> None:
    with database.unit_of_work() as uow:
        old = add_copy(uow, title_id, "B-1", call_number="FIC WHI")
        add_copy(uow, title_id, "B-2", call_number="FIC WHI")
        uow.commit()
    with database.unit_of_work() as uow:
        withdraw_copy(uow, old, "water damage", on=date(2026, 3, 1))
        uow.commit()
    with database.unit_of_work() as uow:
        copies = copies_of(uow, title_id)
    assert [c.barcode for c in copies] == ["B-2", "B-1"]
    assert (copies[1].status, copies[1].withdrawn_reason, copies[1].withdrawn_on) == (
        "withdrawn",
        "water damage",
        date(2026, 3, 1),
    )
