"""Deriving the sortable, searchable display fields of a title from its MARC record."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import pymarc

from lms_desktop.catalog.identifiers import normalize_isbn, normalize_issn, normalize_lccn

_TRAILING_PUNCTUATION = re.compile(r"[\s/:;,=.]+$")
_YEAR = re.compile(r"(1[0-9]{3}|20[0-9]{2})")

TITLE_CODES = ("a", "b", "f", "g", "k", "n", "p", "s")
AUTHOR_CODES = ("a", "b", "c", "d", "q")
SUBJECT_CODES = ("a", "b", "c", "d", "v", "x", "y", "z")
# fields indexed in their own search columns, so not repeated among the keywords
OWN_COLUMN_TAGS = frozenset({"100", "110", "111", "245"})


class RecordLike(Protocol):
    """A pymarc record, or the light read-only record of a sound import (LightRecord)."""

    leader: Any

    def get_fields(self, *tags: str) -> Sequence[Any]: ...


Index = dict[str, list[Any]]


def _index(record: RecordLike) -> Index:
    by_tag = getattr(record, "by_tag", None)
    if by_tag is not None:
        return by_tag  # type: ignore[no-any-return]
    index: Index = {}
    for fld in record.fields:  # type: ignore[attr-defined]
        index.setdefault(fld.tag, []).append(fld)
    return index


def _get(index: Index, *tags: str) -> list[Any]:
    if len(tags) == 1:
        return index.get(tags[0], [])
    return [f for tag in tags for f in index.get(tag, ())]


@dataclass(frozen=True)
class DisplayFields:
    """What the app shows, sorts and indexes about a title, derived from its record."""

    control_number: str | None
    control_number_identifier: str | None
    title: str
    author: str
    publisher: str
    publication_year: int | None
    subjects: str
    classification: str
    material_type: str
    keywords: str
    identifiers: tuple[tuple[str, str], ...]  # (kind, normalised value)


def clean(text: str) -> str:
    """Trim ISBD punctuation ("Charlotte's web /") from the end of a MARC value."""
    return _TRAILING_PUNCTUATION.sub("", " ".join(text.split()))


def values(field: Any, codes: str) -> list[str]:
    """The values of a field's subfields with these codes (pymarc or light field)."""
    fast = getattr(field, "values", None)
    if fast is not None:
        return fast(codes)  # type: ignore[no-any-return]
    return [value for code, value in field.subfields if code in codes]


def _joined(field: Any, codes: tuple[str, ...]) -> str:
    return clean(" ".join(v for v in values(field, "".join(codes)) if v))


def _first(index: Index, *tags: str) -> Any | None:
    for tag in tags:
        fields = index.get(tag)
        if fields:
            return fields[0]
    return None


def _control(index: Index, tag: str) -> str | None:
    field = _first(index, tag)
    if field is None or not field.is_control_field():
        return None
    value = (field.data or "").strip()
    return value[:64] or None


def derive_display(record: RecordLike | pymarc.Record) -> DisplayFields:
    """The display columns and identifiers of `record` (pure; the record is not changed)."""
    leader = str(record.leader or "")
    index = _index(record)
    title_field = _first(index, "245")
    title = _joined(title_field, TITLE_CODES) if title_field else ""
    if not title:
        other = _first(index, "130", "240", "246")
        title = _joined(other, ("a", "b", "n", "p")) if other else ""
    author_field = _first(index, "100", "110", "111")
    if author_field is None:
        author_field = _first(index, "700", "710", "711")
    author = _joined(author_field, AUTHOR_CODES) if author_field else ""
    if not author and title_field is not None:
        author = clean(" ".join(title_field.get_subfields("c")))
    return DisplayFields(
        control_number=_control(index, "001"),
        control_number_identifier=_control(index, "003"),
        title=title,
        author=author,
        publisher=_publisher(index),
        publication_year=_year(index),
        subjects="; ".join(_subjects(index)),
        classification=_classification(index),
        material_type=(leader[6:8] if len(leader) >= 8 else "am").strip() or "am",
        keywords=_keywords(record, index),
        identifiers=_identifiers(index),
    )


def _publisher(index: Index) -> str:
    for field in _get(index, "264"):
        if field.indicator2 == "1":
            return clean(" ".join(field.get_subfields("b")))
    field = _first(index, "260", "264")
    return clean(" ".join(field.get_subfields("b"))) if field else ""


def _year(index: Index) -> int | None:
    fixed = _first(index, "008")
    if fixed is not None and fixed.is_control_field():
        candidate = (fixed.data or "")[7:11]
        if candidate.isdigit() and 1000 <= int(candidate) <= 2100:
            return int(candidate)
    for tag in ("264", "260"):
        for field in _get(index, tag):
            for value in field.get_subfields("c"):
                found = _YEAR.search(value)
                if found:
                    return int(found.group(1))
    return None


_SUBJECT_CODE_TEXT = "".join(SUBJECT_CODES)
_PART_END = re.compile(r"[\s/:;,=.]+(?=\x1f|$)")


def _subjects(index: Index) -> list[str]:
    headings: list[str] = []
    tags = sorted(tag for tag in index if tag[0] == "6")
    for field in _get(index, *tags):
        if field.is_control_field():
            continue
        # one regex pass trims every part's closing punctuation ("Fiction." -> "Fiction")
        joined = "\x1f".join(v for v in values(field, _SUBJECT_CODE_TEXT) if v)
        parts = _PART_END.sub("", joined).split("\x1f")
        heading = " -- ".join(" ".join(part.split()) for part in parts if part.strip())
        if heading and heading not in headings:
            headings.append(heading)
    return headings


def _classification(index: Index) -> str:
    for tag in ("092", "082", "090", "050", "055", "060", "086"):
        for field in _get(index, tag):
            if field.is_control_field():
                continue
            parts = [value for value in values(field, "ab") if value]
            if parts:
                value = " ".join(part.replace("/", "").strip() for part in parts[:2])
                return value[:100]
    return ""


def _keywords(record: Any, index: Index) -> str:
    """The text of every data field except title, author and subjects (indexed in
    their own columns): notes, series, contents, other titles, added authors…"""
    fast = getattr(record, "keyword_text", None)
    if fast is not None:
        return fast()  # type: ignore[no-any-return]
    words: list[str] = []
    for tag, fields in index.items():
        if tag < "010" or tag in OWN_COLUMN_TAGS or tag[0] == "6":
            continue
        for field in fields:
            if not field.is_control_field():
                words.extend(v for c, v in field.subfields if v and c.isalpha())
    return " ".join(words)


def _identifiers(index: Index) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []

    def add(kind: str, value: str | None) -> None:
        if value and (kind, value) not in found:
            found.append((kind, value[:32]))

    for field in _get(index, "020"):
        if not field.is_control_field():
            for value in field.get_subfields("a"):
                add("isbn", normalize_isbn(value))
    for field in _get(index, "022"):
        if not field.is_control_field():
            for value in field.get_subfields("a"):
                add("issn", normalize_issn(value))
    for field in _get(index, "010"):
        if not field.is_control_field():
            for value in field.get_subfields("a"):
                add("lccn", normalize_lccn(value))
    return tuple(found)
