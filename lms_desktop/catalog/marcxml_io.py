"""MARCXML in and out: a forgiving record-by-record reader and a schema-valid writer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO, TextIO
from xml.sax.saxutils import escape, quoteattr

import pymarc
from lxml import etree
from pymarc import Field, Indicators, Subfield

from lms_desktop.catalog.conformance import (
    conform_record,
    indicator_is_valid,
    subfield_code_is_valid,
    tag_is_valid,
)
from lms_desktop.catalog.reading import (
    ReadOutcome,
    ReadRecord,
    ReadRejection,
    RecordPosition,
    _fixed_leader,
    reason_of,
)
from lms_desktop.texts import say

MARC_NS = "http://www.loc.gov/MARC21/slim"
SCHEMA_LOCATION = "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd"
# characters XML 1.0 does not allow at all (C0 controls except tab/newline/CR, etc.)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TAG = re.compile(r"^[0-9A-Za-z]{3}$")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _tag_of(element: etree._Element, kind: str, notes: list[str]) -> str:
    value = element.get("tag")
    tag = str(value) if value is not None else None
    if tag and tag.isdigit() and len(tag) < 3:
        notes.append(say("tag {tag} was read as {read}", tag=repr(tag), read=repr(tag.zfill(3))))
        return tag.zfill(3)
    if not tag or not _TAG.match(tag):
        raise ValueError(
            say("a control field has no valid tag ({tag})", tag=repr(tag))
            if kind == "control"
            else say("a data field has no valid tag ({tag})", tag=repr(tag))
        )
    return tag


def _record_from_element(element: etree._Element, notes: list[str]) -> pymarc.Record:
    record = pymarc.Record(to_unicode=True, force_utf8=True)
    leader = "00000nam a2200000 a 4500"
    for child in element:
        name = _local(child.tag)
        if name == "leader":
            text = child.text or ""
            if len(text) != 24:
                notes.append(
                    say(
                        "the leader had {length} characters; it was padded or cut to 24",
                        length=len(text),
                    )
                )
                text = (text + " " * 24)[:24]
            leader = text
        elif name == "controlfield":
            tag = _tag_of(child, "control", notes)
            record.fields.append(Field(tag=tag, data=child.text or ""))
        elif name == "datafield":
            tag = _tag_of(child, "data", notes)
            ind1, ind2 = child.get("ind1"), child.get("ind2")
            if ind1 is None or ind2 is None or len(ind1) != 1 or len(ind2) != 1:
                notes.append(
                    say("field {tag}: missing or bad indicators were set to blank", tag=tag)
                )
            subfields: list[Subfield] = []
            for sub in child:
                if _local(sub.tag) != "subfield":
                    continue
                code = sub.get("code")
                if not code or len(code) != 1:
                    raise ValueError(
                        say(
                            "a subfield in field {tag} has no valid code ({code})",
                            tag=tag,
                            code=repr(code),
                        )
                    )
                subfields.append(Subfield(code, sub.text or ""))
            if not subfields:
                notes.append(say("field {tag} had no subfields and was left out", tag=tag))
                continue
            record.fields.append(
                Field(
                    tag=tag,
                    indicators=Indicators(
                        (ind1 or " ")[:1] if ind1 else " ", (ind2 or " ")[:1] if ind2 else " "
                    ),
                    subfields=subfields,
                )
            )
    if not record.fields:
        raise ValueError(say("the record has no fields"))
    record.leader = pymarc.Leader(_fixed_leader(leader, notes))
    return record


def read_marcxml(stream: BinaryIO) -> Iterator[ReadOutcome]:
    """Each <record> of a MARCXML document (also inside OAI-PMH or SRU responses).

    Bad records are rejected one by one; damaged XML is read as far as it can be and
    the first place it breaks is reported.
    """
    number = 0
    parser = etree.iterparse(
        stream,
        events=("end",),
        recover=True,
        huge_tree=True,
        resolve_entities=False,
        no_network=True,
    )
    try:
        for _event, element in parser:
            if (
                _local(element.tag) != "record"
                or _local(getattr(element.getparent(), "tag", "")) == "record"
            ):
                continue
            if not any(_local(c.tag) in ("leader", "controlfield", "datafield") for c in element):
                continue  # an OAI/SRU wrapper's <record>, not a MARC record
            number += 1
            position = RecordPosition(number=number, line=element.sourceline)
            notes: list[str] = []
            try:
                record = _record_from_element(element, notes)
            except ValueError as exc:
                yield ReadRejection(position, reason_of(exc))
            else:
                notes.extend(conform_record(record))
                yield ReadRecord(position=position, parsed=record, repairs=tuple(notes))
            element.clear(keep_tail=True)
            # drop the records already read, so a big file is not kept in memory
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as exc:
        yield ReadRejection(
            RecordPosition(number=number + 1, line=exc.lineno),
            say(
                "the XML is damaged here and the rest of the file cannot be read: {error}",
                error=exc.msg,
            ),
        )
    errors = [e for e in parser.error_log if e.level_name in ("ERROR", "FATAL")]
    if errors:
        first = errors[0]
        yield ReadRejection(
            RecordPosition(number=number + 1, line=first.line),
            say(
                "the XML is damaged at line {line} ({error}); "
                "records around it may be missing from the import",
                line=first.line,
                error=first.message,
            ),
        )


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def record_to_marcxml(record: pymarc.Record) -> str:
    """One <record> element (namespace-prefix free, for a MARC21 collection), valid
    against the MARCXML schema whatever the record holds.

    Control fields come first, as the schema's sequence requires. What the schema cannot
    hold is put right the way the importer does (see conformance.py): an indicator that
    is not a digit, lower-case letter or blank is written blank, a subfield code outside
    the schema's characters as "?"; a field whose tag is no MARC tag, or a data field
    without subfields, is left out. The leader is put in the shape the schema requires.
    """
    leader = _fixed_leader(str(record.leader), [])
    leader = leader[:9] + "a" + leader[10:]
    parts = [f"<record>\n  <leader>{escape(_clean(leader))}</leader>\n"]
    data_parts: list[str] = []
    for fld in record.fields:
        if not tag_is_valid(fld.tag):
            continue
        tag = quoteattr(fld.tag)
        if fld.is_control_field():
            parts.append(
                f"  <controlfield tag={tag}>{escape(_clean(fld.data or ''))}</controlfield>\n"
            )
            continue
        if not fld.subfields:
            continue
        ind1, ind2 = (
            i if i and indicator_is_valid(i) else " " for i in (fld.indicator1, fld.indicator2)
        )
        indicators = f"ind1={quoteattr(ind1)} ind2={quoteattr(ind2)}"
        data_parts.append(f"  <datafield tag={tag} {indicators}>\n")
        for sf in fld.subfields:
            code = sf.code if subfield_code_is_valid(sf.code) else "?"
            data_parts.append(
                f"    <subfield code={quoteattr(code)}>{escape(_clean(sf.value))}</subfield>\n"
            )
        data_parts.append("  </datafield>\n")
    parts.extend(data_parts)
    parts.append("</record>\n")
    return "".join(parts)


def write_marcxml_header(out: TextIO) -> None:
    out.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<collection xmlns="{MARC_NS}" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{MARC_NS} {SCHEMA_LOCATION}">\n'
    )


def write_marcxml_footer(out: TextIO) -> None:
    out.write("</collection>\n")
