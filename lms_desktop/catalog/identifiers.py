"""Normalising ISBNs, ISSNs and LCCNs so matching and search compare like with like."""

from __future__ import annotations

import re

from stdnum import issn as stdnum_issn
from stdnum.exceptions import ValidationError as StdnumValidationError

_ISBN_CANDIDATE = re.compile(r"[0-9][0-9\- ]{8,16}[0-9Xx]")
_LCCN_PREFIX = re.compile(r"^[a-z]{0,3}")


def _isbn10_ok(digits: str) -> bool:
    if (
        len(digits) != 10
        or not digits[:9].isdigit()
        or not (digits[9].isdigit() or digits[9] == "X")
    ):
        return False
    total = sum((10 - i) * int(d) for i, d in enumerate(digits[:9]))
    total += 10 if digits[9] == "X" else int(digits[9])
    return total % 11 == 0


def _isbn13_check(first12: str) -> str:
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def normalize_isbn(text: str) -> str | None:
    """The ISBN-13 form of the ISBN at the start of `text`, or None if there is none.

    `text` may be a 020 $a such as "0-394-80001-1 (lib. bdg.)". An ISBN whose check digit
    is wrong is still kept (as its bare digits) because it is what is printed on the book
    and what a librarian will type or scan.
    """
    found = _ISBN_CANDIDATE.search(text or "")
    if not found:
        return None
    compact = found.group(0).replace("-", "").replace(" ", "").upper()
    if len(compact) not in (10, 13):
        # e.g. "9780394800011 1" grabbed too much: try the first 13 or 10 characters
        for size in (13, 10):
            if len(compact) > size and _valid(compact[:size]):
                compact = compact[:size]
                break
        else:
            return None
    if len(compact) == 10:
        if _isbn10_ok(compact):
            body = "978" + compact[:9]
            return body + _isbn13_check(body)
        return compact if compact[:-1].isdigit() else None
    if (
        compact.isdigit()
        and compact[:3] in ("978", "979")
        and _isbn13_check(compact[:12]) == compact[12]
    ):
        return compact
    return compact if compact.isdigit() else None


def _valid(candidate: str) -> bool:
    if len(candidate) == 10:
        return _isbn10_ok(candidate)
    return (
        len(candidate) == 13
        and candidate.isdigit()
        and _isbn13_check(candidate[:12]) == candidate[12]
    )


def isbn_search_forms(text: str) -> tuple[str, ...]:
    """Every stored form an ISBN typed by a user could match (ISBN-13 and bare digits)."""
    compact = re.sub(r"[^0-9Xx]", "", text or "").upper()
    forms: list[str] = []
    normalized = normalize_isbn(compact) if compact else None
    if normalized:
        forms.append(normalized)
    if compact and compact not in forms:
        forms.append(compact)
    return tuple(forms)


def normalize_issn(text: str) -> str | None:
    compact = re.sub(r"[^0-9Xx]", "", (text or "")[:12]).upper()
    if len(compact) != 8:
        return None
    try:
        return str(stdnum_issn.format(stdnum_issn.validate(compact)))
    except StdnumValidationError:
        return compact


def normalize_lccn(text: str) -> str | None:
    """The Library of Congress normalised LCCN ("n 78-890351 " -> "n78890351").

    Follows https://www.loc.gov/marc/lccn-namespace.html: remove blanks, drop anything
    after a slash, and zero-pad the serial part after a hyphen to six digits.
    """
    value = (text or "").strip().replace(" ", "").lower()
    if not value:
        return None
    value = value.split("/", 1)[0]
    if "-" in value:
        head, _, serial = value.partition("-")
        serial = re.sub(r"\D.*$", "", serial)
        value = head + serial.zfill(6) if serial.isdigit() else head
    prefix = _LCCN_PREFIX.match(value)
    rest = value[prefix.end() if prefix else 0 :]
    if not rest or not re.match(r"^\d+", rest):
        return None
    return value
