"""MarcEdit mnemonic text (.mrk, .mrk8): reading with its character mnemonics, and writing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO, TextIO

import pymarc
from pymarc import Field, Indicators, Subfield

from lms_desktop.catalog.conformance import (
    conform_record,
    indicator_is_valid,
    subfield_code_is_valid,
)
from lms_desktop.catalog.marc8 import Marc8Decoder
from lms_desktop.catalog.reading import (
    ReadOutcome,
    ReadRecord,
    ReadRejection,
    RecordPosition,
    _fixed_leader,
    reason_of,
)
from lms_desktop.texts import say

# MarcEdit's names for MARC-8 (ANSEL) characters, as the MARC-8 byte they stand for;
# decoding those bytes as MARC-8 puts diacritics after their letter as Unicode wants.
MNEMONIC_MARC8: dict[str, int] = {
    "Lstrok": 0xA1, "Ostrok": 0xA2, "Dstrok": 0xA3, "THORN": 0xA4, "AElig": 0xA5,
    "OElig": 0xA6, "softsign": 0xA7, "middot": 0xA8, "flat": 0xA9, "reg": 0xAA,
    "plusmn": 0xAB, "Ohorn": 0xAC, "Uhorn": 0xAD, "mlrhring": 0xAE, "mllhring": 0xB0,
    "lstrok": 0xB1, "ostrok": 0xB2, "dstrok": 0xB3, "thorn": 0xB4, "aelig": 0xB5,
    "oelig": 0xB6, "hardsign": 0xB7, "inodot": 0xB8, "pound": 0xB9, "eth": 0xBA,
    "ohorn": 0xBC, "uhorn": 0xBD, "deg": 0xC0, "scriptl": 0xC1, "phono": 0xC2,
    "copy": 0xC3, "sharp": 0xC4, "iquest": 0xC5, "iexcl": 0xC6, "szlig": 0xC7,
    "euro": 0xC8, "hooka": 0xE0, "grave": 0xE1, "acute": 0xE2, "circ": 0xE3,
    "tilde": 0xE4, "macr": 0xE5, "breve": 0xE6, "dot": 0xE7, "uml": 0xE8, "caron": 0xE9,
    "ring": 0xEA, "llig": 0xEB, "rlig": 0xEC, "rcommaa": 0xED, "dblac": 0xEE,
    "candra": 0xEF, "cedil": 0xF0, "ogon": 0xF1, "dotb": 0xF2, "dbldotb": 0xF3,
    "ringb": 0xF4, "dblunder": 0xF5, "under": 0xF6, "commab": 0xF7, "rcedil": 0xF8,
    "breveb": 0xF9, "ldbltil": 0xFA, "rdbltil": 0xFB, "commaa": 0xFE,
    "dollar": 0x24, "lcub": 0x7B, "rcub": 0x7D, "bsol": 0x5C, "esc": 0x1B,
    "joiner": 0x8D, "nonjoin": 0x8E, "curren": 0x24, "lsqb": 0x5B, "rsqb": 0x5D,
    "commat": 0x40, "num": 0x23, "percnt": 0x25, "amp": 0x26, "ast": 0x2A,
    "verbar": 0x7C, "quot": 0x22, "apos": 0x27, "lowast": 0x2A,
}  # fmt: skip
# In a UTF-8 (.mrk8) file only these are mnemonics; everything else is real text.
MNEMONIC_TEXT: dict[str, str] = {
    "dollar": "$", "lcub": "{", "rcub": "}", "bsol": "\\", "lsqb": "[", "rsqb": "]",
    "esc": "\x1b", "joiner": "\u200d", "nonjoin": "\u200c", "curren": "$",
}  # fmt: skip
_MNEMONIC = re.compile(r"\{([A-Za-z][A-Za-z0-9]*|U\+[0-9A-Fa-f]{4,6}|x[0-9A-Fa-f]{2})\}")
_LINE = re.compile(r"^=(?P<tag>[0-9A-Za-z]{3}|LDR)  ?(?P<data>.*)$")


def _marc8_bytes(text: str) -> bytes:
    out = bytearray()
    pos = 0
    for match in _MNEMONIC.finditer(text):
        out += text[pos : match.start()].encode("latin-1", errors="replace")
        name = match.group(1)
        if name in MNEMONIC_MARC8:
            out.append(MNEMONIC_MARC8[name])
        elif name.startswith("x"):
            out.append(int(name[1:], 16))
        else:
            out += match.group(0).encode("latin-1", errors="replace")
        pos = match.end()
    out += text[pos:].encode("latin-1", errors="replace")
    return bytes(out)


def _utf8_text(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in MNEMONIC_TEXT:
            return MNEMONIC_TEXT[name]
        if name.startswith("U+"):
            return chr(int(name[2:], 16))
        return match.group(0)

    return _MNEMONIC.sub(replace, text)


def _blank(text: str) -> str:
    return text.replace("\\", " ")


def _parse_record(lines: list[tuple[int, str]], notes: list[str]) -> pymarc.Record:
    leader_lines = [data for _n, tag, data in _tagged(lines, notes) if tag == "LDR"]
    if not leader_lines:
        raise ValueError(say("there is no =LDR line"))
    leader = _blank(leader_lines[0])
    if len(leader) != 24:
        notes.append(
            say(
                "the leader had {length} characters; it was padded or cut to 24",
                length=len(leader),
            )
        )
        leader = (leader + " " * 24)[:24]
    marc8 = leader[9] != "a"
    record = pymarc.Record(to_unicode=True, force_utf8=True)
    record.leader = pymarc.Leader(_fixed_leader(leader, notes))
    for _number, tag, data in _tagged(lines, notes):
        if tag == "LDR":
            continue
        if tag < "010" and tag.isdigit():
            value = _blank(data)
            record.fields.append(Field(tag=tag, data=_decode(value, marc8, Marc8Decoder())))
            continue
        indicators = _blank(data[:2]).ljust(2)
        body = data[2:]
        decoder = Marc8Decoder()
        subfields = [
            Subfield(part[0], _decode(part[1:], marc8, decoder))
            for part in body.split("$")[1:]
            if part
        ]
        if not subfields:
            notes.append(say("field {tag} has no subfields and was left out", tag=tag))
            continue
        for problem in decoder.problems:
            notes.append(say("field {tag}: MARC-8 {problem}", tag=tag, problem=problem))
        record.fields.append(
            Field(tag=tag, indicators=Indicators(indicators[0], indicators[1]), subfields=subfields)
        )
    if len(record.fields) == 0:
        raise ValueError(say("the record has no fields"))
    return record


def _decode(text: str, marc8: bool, decoder: Marc8Decoder) -> str:
    if marc8:
        return decoder.decode(_marc8_bytes(text))
    return _utf8_text(text)


def _tagged(lines: list[tuple[int, str]], notes: list[str]) -> Iterator[tuple[int, str, str]]:
    for number, line in lines:
        match = _LINE.match(line)
        if match is None:
            note = say(
                "line {number} is not a MARC field (=TAG  data) and was left out", number=number
            )
            if note not in notes:
                notes.append(note)
            continue
        yield number, match.group("tag").upper(), match.group("data")


def read_mrk(stream: BinaryIO) -> Iterator[ReadOutcome]:
    """Records of a MarcEdit mnemonic file; a blank line or =LDR starts each record.

    Read line by line, so a large file is never held in memory at once. A line that is
    not UTF-8 is read as Windows-1252, and its record says so.
    """
    number = 0
    current: list[tuple[int, str]] = []
    current_notes: list[str] = []

    def finish() -> ReadOutcome | None:
        nonlocal number
        if not current:
            return None
        number += 1
        position = RecordPosition(number=number, line=current[0][0])
        notes = list(current_notes)
        try:
            record = _parse_record(current, notes)
        except ValueError as exc:
            return ReadRejection(position, reason_of(exc))
        notes.extend(conform_record(record))
        return ReadRecord(position=position, parsed=record, raw=None, repairs=tuple(notes))

    for line_number, raw_line in enumerate(_lines(stream), start=1):
        try:
            line = raw_line.decode("utf-8")
            note = None
        except UnicodeDecodeError:
            line = raw_line.decode("cp1252", errors="replace")
            note = say(
                "line {number} is not UTF-8; it was read as Windows-1252", number=line_number
            )
        if line_number == 1:
            line = line.removeprefix("\ufeff")
        stripped = line.rstrip("\r\n")
        if not stripped.strip() or stripped.startswith("=LDR"):
            outcome = finish()
            current = []
            current_notes = []
            if outcome is not None:
                yield outcome
            if not stripped.strip():
                continue
        if note:
            current_notes.append(note)
        current.append((line_number, stripped))
    outcome = finish()
    if outcome is not None:
        yield outcome


def _lines(stream: BinaryIO) -> Iterator[bytes]:
    pending = b""
    while True:
        block = stream.read(1 << 20)
        if not block:
            break
        pending += block
        *lines, pending = pending.split(b"\n")
        yield from lines
    if pending:
        yield pending


_ESCAPES = str.maketrans({"{": "{lcub}", "}": "{rcub}", "$": "{dollar}"})


def _escape_text(value: str) -> str:
    return value.translate(_ESCAPES)


def record_to_mrk(record: pymarc.Record) -> str:
    """A record as MarcEdit UTF-8 mnemonic text (.mrk8 style), ending in a blank line."""
    leader = str(record.leader)
    leader = leader[:9] + "a" + leader[10:]
    lines = [f"=LDR  {leader.replace(' ', chr(92))}"]
    for fld in record.fields:
        if fld.is_control_field():
            data = _escape_text(fld.data or "").replace(" ", "\\")
            lines.append(f"={fld.tag}  {data}")
            continue
        indicators = "".join(
            i if i and i != " " and indicator_is_valid(i) else "\\"
            for i in (fld.indicator1, fld.indicator2)
        )
        body = "".join(
            f"${sf.code if subfield_code_is_valid(sf.code) else '?'}{_escape_text(sf.value)}"
            for sf in fld.subfields
        )
        lines.append(f"={fld.tag}  {indicators}{body}")
    return "\n".join(lines) + "\n\n"


def write_mrk(records: Iterable[pymarc.Record], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(record_to_mrk(record))
        count += 1
    return count
