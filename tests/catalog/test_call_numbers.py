"""Call numbers sort the way the books stand on the shelf."""

from __future__ import annotations

import random

import pytest

from lms_desktop.catalog.call_numbers import call_number_sort_key, is_lc_call_number

# Each list is in shelf order, as a librarian would read the shelf left to right.
SHELF_ORDERS: dict[str, list[str]] = {
    "Dewey numbers compare as decimals": [
        "92 LIN",
        "398.2 GRI",
        "598 PET",
        "599 BRO",
        "599.7 ZOO",
        "599.75 ADA",
        "599.75 SMI",
        "599.757 KIN",
        "599.8 ABC",
        "600 HOW",
        "921 LIN",
    ],
    "Cutter numbers compare as decimals": [
        "599.75 S6",
        "599.75 S65",
        "599.75 S658",
        "599.75 S7",
        "599.75 S72",
    ],
    "author letters alphabetically, shorter first": [
        "FIC SM",
        "FIC SMI",
        "FIC SMITH",
        "FIC SMY",
    ],
    "volumes and copies as whole numbers": [
        "FIC SMI v.1",
        "FIC SMI v.2",
        "FIC SMI v.10",
        "REF 031 WOR v. 3",
        "REF 031 WOR v. 21",
    ],
    "numbers first, then prefixes alphabetically": [
        "005.1 BAS",
        "973 HIS",
        "B LIN",
        "E SEU",
        "FIC SMI",
        "REF 031 WOR",
        "REF 423 MER",
        "SC ALE",
    ],
    "LC call numbers by class, number, Cutter and date": [
        "P35 .A1",
        "PZ7.W5865 Ch 1952",
        "PZ7.W5865 Ch 2001",
        "PZ8.3.S477",
        "Q175 .S23",
        "QA9 .B7",
        "QA76 .A2",
        "QA76.73.P98 L88 2019",
        "QA76.9.D3 D3",
        "QA76.9 .D35",
        "QA760 .A1",
        "QB1 .A2",
    ],
}


@pytest.mark.parametrize("case", sorted(SHELF_ORDERS))
def test_call_numbers_sort_in_shelf_order(case: str) -> None:
    shelf = SHELF_ORDERS[case]
    shuffled = shelf[:]
    random.Random(case).shuffle(shuffled)
    assert sorted(shuffled, key=call_number_sort_key) == shelf


@pytest.mark.parametrize(
    ("typed", "same_as"),
    [
        ("fic smi", "FIC SMI"),
        ("  FIC   SMI ", "FIC SMI"),
        ("[Fic] SMI", "FIC SMI"),
        ("599.75 SMI", "599.75  smi"),
        ("QA76.73.P98 L88 2019", "QA 76.73 .P98 L88 2019"),
    ],
)
def test_case_spacing_and_brackets_do_not_change_the_key(typed: str, same_as: str) -> None:
    assert call_number_sort_key(typed) == call_number_sort_key(same_as)


@pytest.mark.parametrize(
    ("call_number", "is_lc"),
    [
        ("QA76.73.P98 L88 2019", True),
        ("PZ7.W5865 Ch 1952", True),
        ("E185.97 .K5", True),
        ("QA 76", True),
        ("FIC SMI", False),
        ("E SEU", False),
        ("E 185.97 .K5", False),  # an "Everybody" book with a Dewey number, not LC
        ("REF 031 WOR", False),
        ("599.75 SMI", False),
        ("B LIN", False),
        ("", False),
    ],
)
def test_lc_call_numbers_are_recognised(call_number: str, is_lc: bool) -> None:
    assert is_lc_call_number(call_number) is is_lc


def test_an_empty_call_number_has_an_empty_key() -> None:
    assert call_number_sort_key("") == ""
    assert call_number_sort_key("   ") == ""


def test_the_key_fits_the_column() -> None:
    assert len(call_number_sort_key("599.75 " + "SMITH " * 100)) <= 200
