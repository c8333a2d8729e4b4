"""Fast add: a book in hand becomes a proper minimal MARC record with its copy."""

from __future__ import annotations

from datetime import date

import pytest

from lms_desktop.catalog.copies import copies_of
from lms_desktop.catalog.fast_add import (
    FastAddInput,
    build_fast_add_record,
    fast_add,
    nonfiling_characters,
)
from lms_desktop.catalog.records import get_record
from lms_desktop.catalog.validation import validate_record
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import ConflictError, ValidationError

TODAY = date(2026, 11, 22)


def test_the_record_is_valid_marc_21_with_every_box_in_its_field() -> None:
    record = build_fast_add_record(
        FastAddInput(
            "The hobbit", "Tolkien, J. R. R.", "0-261-10221-4", "FIC TOL", publication_year=1996
        ),
        TODAY,
    )
    assert validate_record(record) == ()
    assert str(record.leader)[17] == "7"  # minimal level: to be completed later
    assert record["008"].data[:15] == "261122s1996    "
    assert len(record["008"].data) == 40
    assert record["020"]["a"] == "0261102214"
    assert record["099"]["a"] == "FIC TOL"
    assert record["100"].indicator1 == "1" and record["100"]["a"] == "Tolkien, J. R. R."
    assert tuple(record["245"].indicators) == ("1", "4")  # "The " is skipped for filing
    assert record["245"]["a"] == "The hobbit."


def test_a_dewey_number_goes_in_092_and_a_title_without_author_is_its_own_entry() -> None:
    record = build_fast_add_record(FastAddInput("World atlas", call_number="912 WOR"), TODAY)
    assert record["092"]["a"] == "912 WOR"
    assert record.get_fields("100") == []
    assert tuple(record["245"].indicators) == ("0", "0")
    assert record["008"].data[6:11] == "nuuuu"  # no year: dates unknown


@pytest.mark.parametrize(
    ("title", "skip"), [("The hobbit", 4), ("A wrinkle in time", 2), ("An owl", 3), ("Anne", 0)]
)
def test_initial_articles_are_skipped_for_filing(title: str, skip: int) -> None:
    assert nonfiling_characters(title) == skip


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (FastAddInput("   "), "Type the title"),
        (FastAddInput("Wonder", isbn="978-0-375-86902-1"), "not a valid ISBN"),
    ],
)
def test_missing_titles_and_bad_isbns_are_refused(data: FastAddInput, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        build_fast_add_record(data, TODAY)


def test_fast_add_stores_the_title_and_its_copy(database: Database) -> None:
    with database.unit_of_work() as uow:
        result = fast_add(
            uow,
            FastAddInput(
                "Wonder",
                "Palacio, R. J.",
                "9780375869020",
                "FIC PAL",
                "31000042",
                location="Fiction",
            ),
            TODAY,
        )
        uow.commit()
    with database.unit_of_work() as uow:
        view = get_record(uow, result.record_id)
        copies = copies_of(uow, result.record_id)
    assert view.title == "Wonder"
    assert view.isbns == ("9780375869020",)
    assert view.source == "fast add"
    assert [(c.barcode, c.call_number, c.location, c.status) for c in copies] == [
        ("31000042", "FIC PAL", "Fiction", "available")
    ]
    assert result.added_to_existing_title is False


def test_a_second_copy_of_a_known_isbn_joins_the_existing_title(database: Database) -> None:
    with database.unit_of_work() as uow:
        first = fast_add(uow, FastAddInput("Wonder", isbn="9780375869020", barcode="1"), TODAY)
        second = fast_add(uow, FastAddInput("Wonder!", isbn="0375869026", barcode="2"), TODAY)
        uow.commit()
    assert second.record_id == first.record_id
    assert second.added_to_existing_title
    with database.unit_of_work() as uow:
        assert [c.barcode for c in copies_of(uow, first.record_id)] == ["1", "2"]


def test_a_barcode_already_in_use_adds_nothing(database: Database) -> None:
    with database.unit_of_work() as uow:
        fast_add(uow, FastAddInput("Wonder", barcode="31000042"), TODAY)
        uow.commit()
    with database.unit_of_work() as uow, pytest.raises(ConflictError, match="already on another"):
        fast_add(uow, FastAddInput("Holes", barcode="31000042"), TODAY)
