"""Putting a record read from a file within MARC 21's character rules before it is stored.

Whatever a file holds, a stored record must be writable again in every export format:
ISO 2709, MARCXML valid against the Library of Congress schema, and `.mrk`. The schema
sets the rules: tags of three letters or digits (control fields 001-009), two
indicators each a digit, a lower-case letter or blank, and subfield codes that are one
printable ASCII character. A record that breaks them is put right here, and each change
is said in the record's outcome, so the librarian knows what was repaired.
"""

from __future__ import annotations

import re
import unicodedata

import pymarc
from pymarc import Field, Indicators, Subfield

from lms_desktop.texts import say

# the MARCXML schema's patterns (MARC21slim.xsd: controltagDataType, tagDataType,
# indicatorDataType, subfieldcodeDataType); control fields are 001-009 only, as pymarc
# and every ISO 2709 reader know them (the schema's 00A-00Z have no such readers)
_CONTROL_TAG = re.compile(r"00[1-9]\Z")
_DATA_TAG = re.compile(
    r"(0([1-9A-Z][0-9A-Z])|0([1-9a-z][0-9a-z])|([1-9A-Z][0-9A-Z]{2})|([1-9a-z][0-9a-z]{2}))\Z"
)
_INDICATOR = re.compile(r"[0-9a-z ]\Z")
_SUBFIELD_CODE = re.compile(r"[0-9A-Za-z!\"#$%&'()*+,\-./:;<=>?{}_^`~\[\]\\]\Z")
# characters XML 1.0 cannot carry at all
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def is_control_tag(tag: str) -> bool:
    return tag < "010" and tag.isdigit()


def tag_is_valid(tag: str) -> bool:
    return bool(_CONTROL_TAG.match(tag) or _DATA_TAG.match(tag))


def indicator_is_valid(indicator: str) -> bool:
    return bool(_INDICATOR.match(indicator))


def subfield_code_is_valid(code: str) -> bool:
    return bool(_SUBFIELD_CODE.match(code))


def _indicator(value: str, which: int, tag: str, notes: list[str]) -> str:
    if indicator_is_valid(value):
        return value
    folded = unicodedata.normalize("NFKD", value)[:1].lower()
    fixed = folded if folded and indicator_is_valid(folded) else " "
    shown = say("blank") if fixed == " " else repr(fixed)
    notes.append(
        say(
            "field {tag}: indicator {which} {value} is not a MARC indicator; set to {shown}",
            tag=tag,
            which=which,
            value=repr(value),
            shown=shown,
        )
    )
    return fixed


def _code(value: str, tag: str, notes: list[str]) -> str:
    if subfield_code_is_valid(value):
        return value
    folded = unicodedata.normalize("NFKD", value)[:1]
    fixed = folded if folded and folded.isascii() and folded.isalnum() else "?"
    notes.append(
        say(
            "field {tag}: subfield code {value} is not a MARC code; read as {fixed}",
            tag=tag,
            value=repr(value),
            fixed=repr(fixed),
        )
    )
    return fixed


def _text(value: str, tag: str, notes: list[str]) -> str:
    if not _NOT_XML.search(value):
        return value
    notes.append(
        say(
            "field {tag}: control characters that no MARC format can carry were removed",
            tag=tag,
        )
    )
    return _NOT_XML.sub("", value)


def conform_record(record: pymarc.Record) -> list[str]:
    """Make `record` writable in every format (in place); the notes say what changed.

    A field whose tag is not a MARC tag at all is left out (its contents are named in
    the note), since no format can carry it.
    """
    notes: list[str] = []
    kept: list[Field] = []
    for fld in record.fields:
        tag = fld.tag
        if not tag_is_valid(tag):
            text = fld.data if fld.is_control_field() else fld.value()
            notes.append(
                say(
                    "a field with tag {tag}, which is not a MARC tag, was left out ({start})",
                    tag=repr(tag),
                    start=repr((text or "")[:40]),
                )
            )
            continue
        if is_control_tag(tag):
            if not fld.is_control_field():  # a 00X field read with subfields
                data = " ".join(s.value for s in fld.subfields)
                notes.append(
                    say("field {tag}: a control field had subfields; kept as its text", tag=tag)
                )
                fld = Field(tag=tag, data=data)
            fld.data = _text(fld.data or "", tag, notes)
            kept.append(fld)
            continue
        if fld.is_control_field():  # a data field without indicators or subfields
            notes.append(
                say("field {tag}: a data field had no subfields; kept as subfield a", tag=tag)
            )
            fld = Field(
                tag=tag, indicators=Indicators(" ", " "), subfields=[Subfield("a", fld.data or "")]
            )
        ind1 = _indicator(fld.indicator1 or " ", 1, tag, notes)
        ind2 = _indicator(fld.indicator2 or " ", 2, tag, notes)
        if (ind1, ind2) != (fld.indicator1, fld.indicator2):
            fld.indicators = Indicators(ind1, ind2)
        subfields = [
            Subfield(_code(s.code, tag, notes), _text(s.value, tag, notes)) for s in fld.subfields
        ]
        if subfields != list(fld.subfields):
            fld.subfields = subfields
        kept.append(fld)
    if len(kept) != len(record.fields):
        record.fields = kept
    return notes
