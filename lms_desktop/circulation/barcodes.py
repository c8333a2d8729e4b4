"""Barcode shapes and check digits: Codabar library barcodes, EAN-13 and ISBN."""

from __future__ import annotations

import re
from enum import StrEnum

from stdnum import ean, isbn, luhn
from stdnum.exceptions import ValidationError as StdnumValidationError

# Codabar library barcodes: 14 digits = type digit (2 patron, 3 item) + 4-digit
# institution code + 8-digit sequence + a mod-10 (Luhn) check digit.
LIBRARY_BARCODE_LENGTH = 14
PATRON_TYPE_DIGIT = "2"
ITEM_TYPE_DIGIT = "3"
MAX_SCAN_LENGTH = 64


class BarcodeShape(StrEnum):
    """What a scanned text looks like before anyone looks it up."""

    LIBRARY_PATRON = "library_patron"  # 14-digit Codabar starting with 2, check digit ok
    LIBRARY_ITEM = "library_item"  # 14-digit Codabar starting with 3, check digit ok
    LIBRARY_BAD_CHECK = "library_bad_check"  # looks like a library barcode, digit wrong
    ISBN = "isbn"  # ISBN-10 or an EAN-13 in the 978/979 Bookland range, valid
    ISBN_BAD_CHECK = "isbn_bad_check"  # the shape of an ISBN-10, check character wrong
    EAN13 = "ean13"  # another valid EAN-13 (a DVD, a product code)
    EAN13_BAD_CHECK = "ean13_bad_check"  # 13 digits (Bookland or not) with a wrong digit
    OTHER = "other"  # printable text of a sane length: a local barcode or asset tag
    INVALID = "invalid"  # empty, too long or with control characters


def barcode_spellings(barcode: str) -> set[str]:
    """The barcode as typed, in upper and in lower case: "p-9" and "P-9" are one label to
    a scanner. Looked up with IN (...), the set goes through the unique barcode indexes,
    which lower(barcode) = ... would not."""
    return {barcode, barcode.upper(), barcode.lower()}


def library_check_digit(body: str) -> str:
    """The mod-10 check digit of the first 13 digits of a library barcode."""
    if len(body) != LIBRARY_BARCODE_LENGTH - 1 or not body.isdigit():
        raise ValueError("a library barcode body is 13 digits")
    return str(luhn.calc_check_digit(body))


def is_valid_library_barcode(text: str) -> bool:
    """True for a 14-digit library barcode whose check digit is right."""
    return len(text) == LIBRARY_BARCODE_LENGTH and text.isdigit() and luhn.is_valid(text)


def make_library_barcode(kind: str, institution: int, sequence: int) -> str:
    """A new 14-digit barcode: kind is 'patron' or 'item'."""
    type_digit = {"patron": PATRON_TYPE_DIGIT, "item": ITEM_TYPE_DIGIT}[kind]
    if not 0 <= institution <= 9999 or not 0 <= sequence <= 99_999_999:
        raise ValueError("institution has 4 digits and sequence 8")
    body = f"{type_digit}{institution:04d}{sequence:08d}"
    return body + library_check_digit(body)


# Codabar's start and stop characters (A-D), which some scanners send along: "A…B"
_CODABAR_FRAMED = re.compile(r"^[A-Da-d](\d{6,})[A-Da-d]$")
_ISBN10_SHAPE = re.compile(r"^\d{9}[\dXx]$")

# Shapes that are a misread, not an unknown barcode: never offer to catalogue them.
MISREAD_SHAPES = frozenset(
    {BarcodeShape.LIBRARY_BAD_CHECK, BarcodeShape.EAN13_BAD_CHECK, BarcodeShape.ISBN_BAD_CHECK}
)


def codabar_body(text: str) -> str | None:
    """The digits inside Codabar start/stop characters ("A31234000000016B"), else None."""
    match = _CODABAR_FRAMED.match(text)
    return match[1] if match else None


def is_clean_scan(text: str) -> bool:
    """Printable, non-empty and not absurdly long: worth looking up at all."""
    return 0 < len(text) <= MAX_SCAN_LENGTH and text.isprintable() and text.strip() == text


def isbn13_of(text: str) -> str | None:
    """The ISBN-13 of a valid ISBN-10/13 (hyphens allowed), else None."""
    compact = isbn.compact(text) if text else ""
    try:
        if len(compact) == 10:
            return str(isbn.to_isbn13(isbn.validate(compact)))
        if len(compact) == 13 and compact[:3] in ("978", "979"):
            return str(isbn.validate(compact))
    except StdnumValidationError:
        return None
    return None


def classify_barcode(text: str) -> BarcodeShape:
    """The shape of a cleaned scan; the database decides what it actually is."""
    if not is_clean_scan(text):
        return BarcodeShape.INVALID
    if len(text) == LIBRARY_BARCODE_LENGTH and text.isdigit() and text[0] in "23":
        if not luhn.is_valid(text):
            return BarcodeShape.LIBRARY_BAD_CHECK
        return (
            BarcodeShape.LIBRARY_PATRON
            if text[0] == PATRON_TYPE_DIGIT
            else BarcodeShape.LIBRARY_ITEM
        )
    if isbn13_of(text) is not None:
        return BarcodeShape.ISBN
    if len(text) == 13 and text.isdigit():
        # every EAN-13 has a check digit, in the Bookland range or not (a DVD, a game)
        return BarcodeShape.EAN13 if ean.is_valid(text) else BarcodeShape.EAN13_BAD_CHECK
    if _ISBN10_SHAPE.match(isbn.compact(text)) and not isbn.is_valid(text):
        return BarcodeShape.ISBN_BAD_CHECK
    return BarcodeShape.OTHER
