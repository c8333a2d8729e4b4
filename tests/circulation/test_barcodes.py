"""Check digits and shapes of what a scanner sends."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lms_desktop.circulation.barcodes import (
    BarcodeShape,
    classify_barcode,
    codabar_body,
    is_valid_library_barcode,
    isbn13_of,
    library_check_digit,
    make_library_barcode,
)


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        (make_library_barcode("patron", 1234, 1), BarcodeShape.LIBRARY_PATRON),
        (make_library_barcode("item", 1234, 99), BarcodeShape.LIBRARY_ITEM),
        ("31234000000991", BarcodeShape.LIBRARY_BAD_CHECK),
        ("9780064400558", BarcodeShape.ISBN),
        ("0-06-440055-7", BarcodeShape.ISBN),
        ("9780064400551", BarcodeShape.EAN13_BAD_CHECK),
        ("4006381333931", BarcodeShape.EAN13),
        ("4006381333932", BarcodeShape.EAN13_BAD_CHECK),  # not Bookland, still checked
        ("0-06-440055-8", BarcodeShape.ISBN_BAD_CHECK),
        ("0064400558", BarcodeShape.ISBN_BAD_CHECK),
        ("080442957X", BarcodeShape.ISBN),
        ("A31234000000016B", BarcodeShape.OTHER),  # the router looks inside the letters
        ("CB-0042", BarcodeShape.OTHER),
        ("", BarcodeShape.INVALID),
        ("abc\x1bdef", BarcodeShape.INVALID),
        ("x" * 5000, BarcodeShape.INVALID),
        (" 12345", BarcodeShape.INVALID),
    ],
)
def test_scans_are_sorted_by_shape(text: str, shape: BarcodeShape) -> None:
    assert classify_barcode(text) is shape


def test_a_known_library_barcode_check_digit() -> None:
    # worked by hand: double the 1st, 3rd … 13th digits of 3123400000001 (3→6, 2→4, 4→8,
    # 1→2) and add the rest (1, 3): 6+1+4+3+8+0+…+2 = 24, so the check digit is 10-4 = 6
    assert library_check_digit("3123400000001") == "6"
    assert make_library_barcode("item", 1234, 1) == "31234000000016"


def test_isbn10_becomes_isbn13() -> None:
    assert isbn13_of("0-06-440055-7") == "9780064400558"
    assert isbn13_of("0-06-440055-8") is None


@given(st.integers(0, 9999), st.integers(0, 99_999_999), st.sampled_from(["patron", "item"]))
def test_every_made_barcode_validates_and_one_changed_digit_does_not(
    institution: int, sequence: int, kind: str
) -> None:
    code = make_library_barcode(kind, institution, sequence)
    assert is_valid_library_barcode(code)
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    assert not is_valid_library_barcode(wrong)


@given(st.text(max_size=300))
def test_classify_never_fails_on_any_text(text: str) -> None:
    assert isinstance(classify_barcode(text), BarcodeShape)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A31234000000016B", "31234000000016"),
        ("d21234000000018a", "21234000000018"),
        ("31234000000016", None),
        ("A123B", None),  # too short to be a library barcode: an asset tag, left alone
        ("CB-0042", None),
        ("AB31234000000016B", None),
    ],
)
def test_codabar_start_and_stop_letters(text: str, body: str | None) -> None:
    assert codabar_body(text) == body
