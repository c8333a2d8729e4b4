"""Deriving the sortable, searchable display fields of a title from its MARC record."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pymarc

from lms_desktop.catalog.identifiers import normalize_isbn, normalize_issn, normalize_lccn

_TRAILING_PUNCTUATION = re.compile(r"[\s/:;,=.]+$")
_YEAR = re.compile(r"(1[0-9]{3}|20[0-9]{2})")

TITLE_CODES = ("a", "b", "f", "g", "k", "n", "p", "s")
AUTHOR_CODES = ("a", "b", "c", "d", "q")
SUBJECT_CODES = ("a", "b", "c", "d", "v", "x", "y", "z")
# fields whose text goes into the keyword index besides title, author and subjects
KEYWORD_TAGS = (
    "130", "240", "246", "250", "260", "264", "440", "490", "500", "505", "520", "521",
    "586", "700", "710", "711", "730", "740", "800", "810", "811", "830",
)  # fmt: skip


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


def _joined(field: pymarc.Field, codes: tuple[str, ...]) -> str:
    return clean(" ".join(sf.value for sf in field.subfields if sf.code in codes and sf.value))


def _first(record: pymarc.Record, *tags: str) -> pymarc.Field | None:
    for tag in tags:
        fields = record.get_fields(tag)
        if fields:
            return fields[0]
    return None


def _control(record: pymarc.Record, tag: str) -> str | None:
    field = _first(record, tag)
    if field is None or not field.is_control_field():
        return None
    value = (field.data or "").strip()
    return value[:64] or None


def derive_display(record: pymarc.Record) -> DisplayFields:
    """The display columns and identifiers of `record` (pure; the record is not changed)."""
    leader = str(record.leader or "")
    title_field = _first(record, "245")
    title = _joined(title_field, TITLE_CODES) if title_field else ""
    if not title:
        other = _first(record, "130", "240", "246")
        title = _joined(other, ("a", "b", "n", "p")) if other else ""
    author_field = _first(record, "100", "110", "111")
    if author_field is None:
        author_field = _first(record, "700", "710", "711")
    author = _joined(author_field, AUTHOR_CODES) if author_field else ""
    if not author and title_field is not None:
        author = clean(" ".join(title_field.get_subfields("c")))
    return DisplayFields(
        control_number=_control(record, "001"),
        control_number_identifier=_control(record, "003"),
        title=title,
        author=author,
        publisher=_publisher(record),
        publication_year=_year(record),
        subjects="; ".join(_subjects(record)),
        classification=_classification(record),
        material_type=(leader[6:8] if len(leader) >= 8 else "am").strip() or "am",
        keywords=_keywords(record),
        identifiers=_identifiers(record),
    )


def _publisher(record: pymarc.Record) -> str:
    for field in record.get_fields("264"):
        if field.indicator2 == "1":
            return clean(" ".join(field.get_subfields("b")))
    field = _first(record, "260", "264")
    return clean(" ".join(field.get_subfields("b"))) if field else ""


def _year(record: pymarc.Record) -> int | None:
    fixed = _first(record, "008")
    if fixed is not None and fixed.is_control_field():
        candidate = (fixed.data or "")[7:11]
        if candidate.isdigit() and 1000 <= int(candidate) <= 2100:
            return int(candidate)
    for tag in ("264", "260"):
        for field in record.get_fields(tag):
            for value in field.get_subfields("c"):
                found = _YEAR.search(value)
                if found:
                    return int(found.group(1))
    return None


def _subjects(record: pymarc.Record) -> list[str]:
    headings: list[str] = []
    for field in record.get_fields(*[f"6{n:02d}" for n in range(100)]):
        if field.is_control_field():
            continue
        parts = [clean(sf.value) for sf in field.subfields if sf.code in SUBJECT_CODES]
        heading = " -- ".join(part for part in parts if part)
        if heading and heading not in headings:
            headings.append(heading)
    return headings


def _classification(record: pymarc.Record) -> str:
    for tag in ("092", "082", "090", "050", "055", "060", "086"):
        for field in record.get_fields(tag):
            if field.is_control_field():
                continue
            parts = [sf.value for sf in field.subfields if sf.code in ("a", "b") and sf.value]
            if parts:
                value = " ".join(part.replace("/", "").strip() for part in parts[:2])
                return value[:100]
    return ""


def _keywords(record: pymarc.Record) -> str:
    words: list[str] = []
    for field in record.get_fields(*KEYWORD_TAGS):
        if field.is_control_field():
            continue
        words.extend(sf.value for sf in field.subfields if sf.code.isalpha() and sf.value)
    return " ".join(words)


def _identifiers(record: pymarc.Record) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []

    def add(kind: str, value: str | None) -> None:
        if value and (kind, value) not in found:
            found.append((kind, value[:32]))

    for field in record.get_fields("020"):
        if not field.is_control_field():
            for value in field.get_subfields("a"):
                add("isbn", normalize_isbn(value))
    for field in record.get_fields("022"):
        if not field.is_control_field():
            for value in field.get_subfields("a"):
                add("issn", normalize_issn(value))
    for field in record.get_fields("010"):
        if not field.is_control_field():
            for value in field.get_subfields("a"):
                add("lccn", normalize_lccn(value))
    return tuple(found)
