"""Reading MARC files record by record: each yields a record (maybe repaired) or a rejection."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from itertools import accumulate
from pathlib import Path
from typing import BinaryIO

import pymarc
from pymarc import Field, Indicators, Subfield

from lms_desktop.catalog.code_pages import CodePage, guess_code_page
from lms_desktop.catalog.conformance import conform_record
from lms_desktop.catalog.display import OWN_COLUMN_TAGS
from lms_desktop.catalog.marc8 import Marc8Decoder, looks_like_marc8
from lms_desktop.texts import Text, say

RECORD_TERMINATOR = 0x1D
FIELD_TERMINATOR = 0x1E
SUBFIELD_DELIMITER = 0x1F
LEADER_LENGTH = 24
ISO2709_MAX_LENGTH = 99_999
_READ_BLOCK = 1 << 22


class MarcFormat(StrEnum):
    ISO2709 = "iso2709"
    MARCXML = "marcxml"
    MRK = "mrk"


@dataclass(frozen=True)
class RecordPosition:
    """Where a record is in its file: its number (from 1) and byte offset or line."""

    number: int
    offset: int | None = None
    line: int | None = None

    def describe(self) -> str:
        if self.offset is not None:
            return say("record {number} (byte {offset})", number=self.number, offset=self.offset)
        if self.line is not None:
            return say("record {number} (line {line})", number=self.number, line=self.line)
        return say("record {number}", number=self.number)


@dataclass(frozen=True)
class ReadRecord:
    """A record read from a file. `raw` is its original ISO 2709 bytes when they can be
    stored unchanged (valid UTF-8, nothing repaired); `repairs` says what was fixed.

    A sound UTF-8 record is not decoded into a pymarc record unless someone asks for
    `record`: `view` (a light, read-only record) is enough to derive what the catalog
    shows, which is what makes a big import fast.
    """

    position: RecordPosition
    parsed: pymarc.Record | None = None
    raw: bytes | None = None
    repairs: tuple[str, ...] = ()
    converted_from_marc8: bool = False
    light: LightRecord | None = None

    @cached_property
    def record(self) -> pymarc.Record:
        if self.parsed is not None:
            return self.parsed
        assert self.raw is not None
        return decode_iso2709(self.raw)[0]

    @property
    def view(self) -> LightRecord | pymarc.Record:
        return self.light if self.light is not None else self.record


@dataclass(frozen=True)
class ReadRejection:
    """A record that could not be read, and why."""

    position: RecordPosition
    reason: str


ReadOutcome = ReadRecord | ReadRejection


class RecordRejected(Exception):
    """Raised inside a reader for a record that cannot be read at all."""


def reason_of(exc: Exception) -> str:
    """Why `exc` was raised, as its message: a Text given to the exception stays one
    (str(exc) would make it plain English)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Text) else str(exc)


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    # Invalid UTF-8 in a "UTF-8" record is almost always a Windows-1252/Latin-1 byte
    # pasted in by a vendor; read it as such instead of losing it.
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.start + 1]
    return bad.decode("cp1252", errors="replace").replace("\ufffd", bad.decode("latin-1")), (
        error.start + 1
    )


codecs.register_error("lms_cp1252_fallback", _cp1252_fallback)


@dataclass
class _FieldDecoder:
    """Decodes field text as the record's encoding, noting repairs as it goes."""

    utf8: bool
    code_page: CodePage | None = None  # a single-byte code page, neither UTF-8 nor MARC-8
    repairs: list[str] = field(default_factory=list)

    def note(self, repair: str) -> None:
        if repair not in self.repairs:
            self.repairs.append(repair)

    def text(self, data: bytes, tag: str, decoder: Marc8Decoder | None = None) -> str:
        if b"\x1d" in data or b"\x1e" in data:
            self.note(
                say(
                    "field {tag}: a stray record or field terminator inside it was removed", tag=tag
                )
            )
            data = data.replace(b"\x1d", b"").replace(b"\x1e", b"")
        if data.isascii() and (self.utf8 or b"\x1b" not in data):
            return data.decode("ascii")
        if self.utf8:
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                self.note(
                    say("field {tag}: bytes that are not UTF-8 were read as Windows-1252", tag=tag)
                )
                return data.decode("utf-8", errors="lms_cp1252_fallback")
        if self.code_page is not None:
            return data.decode(self.code_page.codec, errors="replace")
        own = decoder or Marc8Decoder()
        before = len(own.problems)
        value = own.decode(data)
        for problem in own.problems[before:]:
            self.note(say("field {tag}: MARC-8 {problem}", tag=tag, problem=problem))
        return value


def _digits(value: bytes) -> int | None:
    return int(value) if value.isdigit() else None


def _repaired_leader(raw: bytes, notes: list[str]) -> str:
    leader_bytes = raw[:LEADER_LENGTH]
    text = leader_bytes.decode("latin-1")
    bad = [i for i, ch in enumerate(text) if not (ch.isascii() and ch.isprintable())]
    if not bad:
        return text
    if len(bad) > 4 or any(i < 5 for i in bad):
        raise RecordRejected(say("the leader is not a MARC leader (it holds binary data)"))
    notes.append(
        say(
            "the leader had unreadable characters at position {positions}; they were set to blank",
            positions=", ".join(f"{i:02d}" for i in bad),
        )
    )
    return "".join(" " if i in bad else ch for i, ch in enumerate(text))


def _fields_by_standard_directory(directory: bytes, data: bytes) -> list[tuple[str, bytes]] | None:
    """The fields at the offsets the 12-byte directory entries give (any order)."""
    if len(directory) % 12 or not directory:
        return None
    fields: list[tuple[str, bytes]] = []
    for i in range(0, len(directory), 12):
        entry = directory[i : i + 12]
        length, offset = _digits(entry[3:7]), _digits(entry[7:12])
        if (
            length is None
            or offset is None
            or length < 1
            or offset + length > len(data)
            or data[offset + length - 1] != FIELD_TERMINATOR
            or not entry[:3].isascii()
        ):
            return None
        fields.append((entry[:3].decode("ascii"), data[offset : offset + length - 1]))
    return fields


def _fields_by_directory(directory: bytes, data: bytes) -> list[tuple[str, bytes]] | None:
    """The fields as the directory describes them, or None if it does not add up.

    Entries are read one after another and each offset must be where the previous
    field ended; that also reads records over 99,999 bytes whose writer widened the
    offsets to six digits part way through the directory.
    """
    fields: list[tuple[str, bytes]] = []
    p = 0
    running = 0
    size = len(directory)
    while p < size:
        tag = directory[p : p + 3]
        length = _digits(directory[p + 3 : p + 7])
        if len(tag) < 3 or not tag.isascii() or length is None or length < 1:
            return None
        for width in (5, 6, 7):
            offset = directory[p + 7 : p + 7 + width]
            if _digits(offset) == running:
                break
        else:
            return None
        if running + length > len(data) or data[running + length - 1] != FIELD_TERMINATOR:
            return None
        fields.append((tag.decode("ascii"), data[running : running + length - 1]))
        running += length
        p += 7 + width
    return fields or None


def _split_fields(raw: bytes, notes: list[str]) -> tuple[str, list[tuple[str, bytes]]]:
    """(leader, [(tag, field bytes without terminator)]) from an ISO 2709 record.

    Uses the directory when it is sound; otherwise rebuilds it from the field
    terminators, which is how a record with a broken directory is still read.
    """
    if len(raw) < LEADER_LENGTH + 1:
        raise RecordRejected(
            say("the record is only {length} bytes long (a leader alone is 24)", length=len(raw))
        )
    leader = _repaired_leader(raw, notes)
    directory_end = raw.find(bytes([FIELD_TERMINATOR]), LEADER_LENGTH)
    if directory_end < 0:
        raise RecordRejected(say("the record has no directory (no field terminator found)"))
    base = _digits(raw[12:17])
    if base != directory_end + 1:
        notes.append(
            say(
                "leader/12-16 base address {base} was wrong; the data starts at byte {start}",
                base=repr(leader[12:17]),
                start=directory_end + 1,
            )
        )
        base = directory_end + 1
    directory = raw[LEADER_LENGTH:directory_end]
    data = raw[base:]
    truncated = not data.endswith(bytes([RECORD_TERMINATOR]))
    if not truncated:
        data = data[:-1]
    fields = _fields_by_standard_directory(directory, data)
    if fields is None:
        fields = _fields_by_directory(directory, data)
        if fields is not None:
            notes.append(say("directory offsets past 99,999 bytes were read as wider numbers"))
    if fields is not None:
        return leader, fields
    # rebuild from the terminators
    chunks = data.split(bytes([FIELD_TERMINATOR]))
    partial = chunks.pop()
    if not chunks:
        raise RecordRejected(say("the record has no fields"))
    cut_off = truncated and bool(partial)
    found = _tags_by_lengths(directory, chunks, entries=len(chunks) + cut_off)
    if found is not None:
        tags_found, rest = found
        notes.append(
            say(
                "the directory was broken; each field's tag was found in it by the field's "
                "length and position"
            )
        )
        if cut_off and len(rest) >= 3 and rest[:3].isascii() and rest[:3].isalnum():
            cut_tag = rest[:3].decode("ascii")
            notes.append(
                say("field {tag} was cut off where the file ends and was left out", tag=cut_tag)
            )
        return leader, list(zip(tags_found, chunks, strict=True))
    # the n-th field belongs to the n-th 12-byte directory entry, if their kinds agree
    entries = [directory[i : i + 12] for i in range(0, len(directory), 12)]
    tags = [e[:3] for e in entries if len(e) >= 3]
    dropped = ""
    if truncated and partial and len(tags) == len(chunks) + 1:
        dropped = tags.pop().decode("latin-1")
    if (
        len(tags) != len(chunks)
        or not all(t.isascii() and t.isalnum() for t in tags)
        or not all(_kind_fits(t.decode("ascii"), c) for t, c in zip(tags, chunks, strict=True))
    ):
        raise RecordRejected(
            say(
                "the directory is broken ({length} bytes, {entries} entries) and "
                "its tags cannot be matched to the {fields} fields in the record",
                length=len(directory),
                entries=len(tags),
                fields=len(chunks),
            )
        )
    notes.append(say("the directory was broken; fields were recovered from their terminators"))
    if dropped:
        notes.append(
            say("field {tag} was cut off where the file ends and was left out", tag=dropped)
        )
    return leader, [(t.decode("ascii"), c) for t, c in zip(tags, chunks, strict=True)]


def _kind_fits(tag: str, data: bytes) -> bool:
    """Whether a field's bytes look like the kind of field its tag says: a control field
    (001-009) has no subfields; a data field starts with its indicators and a subfield."""
    delimiter = data.find(bytes([SUBFIELD_DELIMITER]))
    if tag < "010" and tag.isdigit():
        return delimiter < 0
    return 0 <= delimiter <= 3


def _tags_by_lengths(
    directory: bytes, chunks: list[bytes], entries: int
) -> tuple[list[str], bytes] | None:
    """The tags of fields recovered from their terminators, each found in the directory
    by its own length and offset (LLLLOOOOO), so a byte lost or added in the directory
    moves no tag onto another field; and what is left of the directory after them.

    Only for a directory within two bytes of `entries` 12-byte entries (one that lost or
    gained a byte or two): anything else is not a damaged directory but something else,
    and gets None, as does an entry that cannot be found this way.
    """
    if abs(len(directory) - 12 * entries) > 2:
        return None
    tags: list[str] = []
    position = offset = 0
    for n, chunk in enumerate(chunks):
        length = len(chunk) + 1
        key = b"%04d%05d" % (length, offset)
        at = directory.find(key, position)
        if at < 0:
            return None
        start = max(position, at - 3)
        tag_bytes = directory[start:at]
        if n == 0 and len(tag_bytes) == 2 and _kind_fits("001", chunk):
            tag_bytes = b"0" + tag_bytes  # the directory lost its first byte (a 00X tag)
        if len(tag_bytes) != 3 or not (tag_bytes.isascii() and tag_bytes.isalnum()):
            return None
        tag = tag_bytes.decode("ascii")
        if not _kind_fits(tag, chunk):
            return None
        tags.append(tag)
        position = at + 9
        offset += length
    return tags, directory[position:]


def decode_iso2709(raw: bytes) -> tuple[pymarc.Record, tuple[str, ...], bool, bool]:
    """Decode one ISO 2709 record: (record, repairs, storable_as_is, was_marc8).

    Raises RecordRejected with the reason when nothing sensible can be made of it.
    """
    notes: list[str] = []
    leader, raw_fields = _split_fields(raw, notes)
    coding = leader[9]
    non_ascii = [data for _tag, data in raw_fields if not data.isascii()]
    utf8 = coding == "a"
    said_utf8 = False
    code_page: CodePage | None = None
    if utf8 and non_ascii:
        broken = [d for d in non_ascii if not _is_utf8(d)]
        if broken and all(looks_like_marc8(d) for d in broken):
            said_utf8 = True
            utf8 = False
        elif broken and len(broken) == len(non_ascii):
            # no UTF-8 text at all: a Cyrillic code page that makes words of it wins over
            # the Windows-1252 reading of single bad bytes (which stays for Latin text)
            guess = guess_code_page(broken)
            if guess is not None and guess.page is not None and guess.page.script != "LATIN":
                code_page = guess.page
                utf8 = False
                notes.append(
                    say(
                        "the leader says UTF-8 but the text is {code_page}; it was read as such",
                        code_page=code_page.name,
                    )
                )
    elif not utf8:
        if coding != " ":
            notes.append(
                say(
                    "leader/09 {coding} is not a MARC encoding; the text was checked",
                    coding=repr(coding),
                )
            )
        if (
            non_ascii
            and all(_is_utf8(d) for d in non_ascii)
            and not any(looks_like_marc8(d) for d in non_ascii)
        ):
            notes.append(say("the leader says MARC-8 but the text is UTF-8; it was read as UTF-8"))
            utf8 = True
    if code_page is None and not utf8 and non_ascii:
        code_page = _legacy_code_page(non_ascii)
        if code_page is not None:
            notes.append(
                say(
                    "the text is neither UTF-8 nor MARC-8; it was read as {code_page}",
                    code_page=code_page.name,
                )
            )
    if said_utf8 and code_page is None:
        notes.append(say("the leader says UTF-8 but the text is MARC-8; it was converted"))
    was_marc8 = not utf8 and code_page is None and bool(non_ascii)
    decoder = _FieldDecoder(utf8=utf8, code_page=code_page)
    record = pymarc.Record(leader=leader, to_unicode=True, force_utf8=True)
    record.leader = pymarc.Leader(leader)
    for tag, data in raw_fields:
        record.fields.append(_decode_field(tag, data, decoder))
    if not record.fields:
        raise RecordRejected(say("the record has no fields"))
    fixed_leader = _fixed_leader(leader, notes)
    record.leader = pymarc.Leader(fixed_leader)
    repairs = tuple(notes + decoder.repairs + conform_record(record))
    declared = _digits(raw[:5])
    storable = (
        not repairs
        and coding == "a"
        and declared == len(raw)
        and len(raw) <= ISO2709_MAX_LENGTH
        and raw.endswith(bytes([RECORD_TERMINATOR]))
    )
    return record, repairs, storable, was_marc8


def _legacy_code_page(texts: list[bytes]) -> CodePage | None:
    """The single-byte code page of a record whose text makes no sense as MARC-8 (None:
    MARC-8 it is); a record that no code page reads convincingly is rejected."""
    guess = guess_code_page(texts)
    if guess is None:
        return None
    if guess.page is None:
        raise RecordRejected(
            say(
                "unknown character encoding: the text is neither UTF-8 nor MARC-8, and no "
                "single-byte code page reads it as words ({scores} of its "
                "letters do); ask the supplier for the file in UTF-8 or MARC-8",
                scores=guess.describe_scores(),
            )
        )
    return guess.page


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _fixed_leader(leader: str, notes: list[str]) -> str:
    """The leader with positions MARC 21 fixes (10-11, 20-23) and the MARCXML schema's
    character classes put right; lengths (00-04, 12-16) are recomputed on writing."""
    fixed = list((leader + " " * 24)[:24])
    if leader[10:12] != "22":
        notes.append(
            say(
                "leader/10-11 {value} set to '22' (indicator and code lengths)",
                value=repr(leader[10:12]),
            )
        )
        fixed[10:12] = "22"
    if leader[20:24] != "4500":
        notes.append(
            say("leader/20-23 {value} set to '4500' (directory map)", value=repr(leader[20:24]))
        )
        fixed[20:24] = "4500"
    for i in (*range(0, 5), *range(12, 17)):
        if not fixed[i].isdigit():
            fixed[i] = "0"
    bad = []
    for i in (5, 7, 8, 17, 18, 19):
        if not (fixed[i] == " " or (fixed[i].isascii() and fixed[i].isalnum())):
            bad.append(i)
            fixed[i] = " "
    if not (fixed[6].isascii() and fixed[6].isalnum()):
        bad.append(6)
        fixed[6] = "a"
    if bad:
        notes.append(
            say(
                "leader position {positions} held an invalid character and was set to its default",
                positions=", ".join(f"{i:02d}" for i in bad),
            )
        )
    return "".join(fixed)


def _decode_field(tag: str, data: bytes, decoder: _FieldDecoder) -> Field:
    if tag < "010" and tag.isdigit():
        return Field(tag=tag, data=decoder.text(data, tag))
    head, *parts = data.split(bytes([SUBFIELD_DELIMITER]))
    indicators = head.decode("latin-1")
    if len(indicators) != 2 or not indicators.isprintable():
        if indicators.isprintable() and len(indicators) > 2:
            decoder.note(
                say(
                    "field {tag}: {count} indicators; the first two were kept",
                    tag=tag,
                    count=len(indicators),
                )
            )
            indicators = indicators[:2]
        elif indicators.isprintable():
            decoder.note(say("field {tag}: missing indicators were set to blank", tag=tag))
            indicators = (indicators + "  ")[:2]
        else:
            decoder.note(say("field {tag}: unreadable indicators were set to blank", tag=tag))
            indicators = "  "
    marc8 = None if decoder.utf8 or decoder.code_page else Marc8Decoder()
    subfields: list[Subfield] = []
    for part in parts:
        if not part:
            continue
        if (
            marc8 is not None
            and marc8.g0 in _LETTER_7C_SETS
            and subfields
            and not (chr(part[0]).islower() or chr(part[0]).isdigit())
        ):
            # A delimiter while Cyrillic/Greek/Hebrew/Arabic text is still open is a
            # letter at 0x7C (Cyrillic Э) that a system took for "|", its delimiter,
            # when what follows cannot be a subfield code.
            previous = subfields.pop()
            subfields.append(
                Subfield(previous.code, previous.value + decoder.text(b"\x7c" + part, tag, marc8))
            )
            decoder.note(
                say(
                    "field {tag}: a subfield delimiter inside non-Latin MARC-8 text was read "
                    "as the letter it had replaced",
                    tag=tag,
                )
            )
            continue
        if part[0] < 0x80:
            code, value = chr(part[0]), decoder.text(part[1:], tag, marc8)
            if not code.isalnum():
                decoder.note(
                    say(
                        "field {tag}: subfield code {code} is not a letter or digit",
                        tag=tag,
                        code=repr(code),
                    )
                )
        else:
            code, value = _repaired_subfield(decoder.text(part, tag, marc8))
            decoder.note(
                say(
                    "field {tag}: a subfield began with a non-ASCII character; "
                    "it was read as subfield {code}",
                    tag=tag,
                    code=code,
                )
            )
        subfields.append(Subfield(code, value))
    return Field(tag=tag, indicators=Indicators(indicators[0], indicators[1]), subfields=subfields)


# MARC-8 sets in which 0x7C is a letter (see _decode_field)
_LETTER_7C_SETS = frozenset({0x4E, 0x51, 0x53, 0x32, 0x33, 0x34})


def _repaired_subfield(text: str) -> tuple[str, str]:
    """(code, value) of a subfield whose code byte is not ASCII.

    Usually a diacritic or a replacement character slipped in front of the real code
    ("$\u0301bEditions" for "$bÉditions"): the next letter is the code and a
    combining mark goes back onto the first letter of the value.
    """
    first, rest = text[:1], text[1:]
    base = unicodedata.normalize("NFD", first)
    if (
        len(base) > 1
        and base[0].isascii()
        and base[0].isalnum()
        and all(unicodedata.combining(mark) for mark in base[1:])
    ):
        return base[0], rest  # "$áActivePerl": an accent fell on the code, $a
    if rest[:1].isascii() and rest[:1].isalnum():
        code, value = rest[0], rest[1:]
        if unicodedata.combining(first) and value:
            value = unicodedata.normalize("NFC", value[0] + first + value[1:])
        return code, value
    return "?", text


class LightField:
    """A field of a sound UTF-8 record, decoded only when it is read."""

    __slots__ = ("_data", "_subfields", "tag")

    def __init__(self, tag: str, data: str) -> None:
        self.tag = tag
        self._data = data  # the field's text (indicators and subfields), already decoded
        self._subfields: list[tuple[str, str]] | None = None

    def is_control_field(self) -> bool:
        return self.tag < "010" and self.tag.isdigit()

    @property
    def data(self) -> str:
        return self._data

    @property
    def indicators(self) -> tuple[str, str]:
        head = self._data[:2].ljust(2)
        return head[0], head[1]

    @property
    def indicator1(self) -> str:
        return self.indicators[0]

    @property
    def indicator2(self) -> str:
        return self.indicators[1]

    @property
    def subfields(self) -> list[tuple[str, str]]:
        """(code, value) pairs, as pymarc's Subfield tuples unpack."""
        if self._subfields is None:
            self._subfields = _SUBFIELD.findall(self._data, 2)
        return self._subfields

    def get_subfields(self, *codes: str) -> list[str]:
        return self.values("".join(codes))

    def values(self, codes: str) -> list[str]:
        """The values of the subfields with these codes, in order (one regex pass)."""
        pattern = _VALUES.get(codes)
        if pattern is None:
            pattern = _VALUES[codes] = re.compile(f"\x1f[{re.escape(codes)}]([^\x1f]*)")
        return pattern.findall(self._data, 2)


_VALUES: dict[str, re.Pattern[str]] = {}


_SUBFIELD = re.compile("\x1f(.)([^\x1f]*)", re.DOTALL)
# subfield codes and field ends, replaced by spaces to get a field's plain text
_MARKUP = re.compile("\x1f.|\x1e", re.DOTALL)


class LightRecord:
    """Read-only access to the fields of a sound UTF-8 record, by tag."""

    __slots__ = ("_keyword_text", "by_tag", "leader")

    def __init__(
        self, leader: str, by_tag: dict[str, list[LightField]], keyword_text: str = ""
    ) -> None:
        self.leader = leader
        self.by_tag = by_tag
        self._keyword_text = keyword_text

    def keyword_text(self) -> str:
        """The text of every data field but title, author and subjects, in one pass."""
        return _MARKUP.sub(" ", self._keyword_text)

    def get_fields(self, *tags: str) -> list[LightField]:
        if len(tags) == 1:
            return list(self.by_tag.get(tags[0], ()))
        return [f for tag in tags for f in self.by_tag.get(tag, ())]

    def tags(self) -> list[str]:
        return list(self.by_tag)


_DIRECTORY_PARTS = re.compile(r"([0-9A-Za-z]{3})(\d{4})(\d{5})", re.ASCII)
_BAD_SUBFIELD_CODE = re.compile(rb"\x1f(?![0-9a-z])")


_INDICATOR_BYTES = frozenset(b"0123456789abcdefghijklmnopqrstuvwxyz ")
_SOUND_TAG = re.compile(r"00[1-9]|0[1-9][0-9]|[1-9][0-9]{2}")  # numeric MARC tags
_SOUND_LEADER = re.compile(rb"\d{5}[a-z0-9 ][a-z0-9][a-z0-9 ]{2}a22\d{5}[a-zA-Z0-9 ]{3}4500")


def decode_sound_utf8(raw: bytes) -> LightRecord | None:
    """A light view of `raw` if it is a sound UTF-8 record that can be stored as it is
    (valid leader, lengths, directory, terminators, subfield codes, UTF-8 text);
    None for anything else, which then takes the careful, repairing path."""
    size = len(raw)
    if (
        size > ISO2709_MAX_LENGTH
        or raw[-1:] != b"\x1d"
        or not _SOUND_LEADER.match(raw)
        or int(raw[:5]) != size
        or raw.count(b"\x1d") != 1
    ):
        return None
    base = int(raw[12:17])
    if base < 25 or base > size or raw[base - 1] != FIELD_TERMINATOR:
        return None
    directory = raw[24 : base - 1]
    size_of_directory = len(directory)
    if not size_of_directory or size_of_directory % 12:
        return None
    entries = _DIRECTORY_PARTS.findall(directory.decode("latin-1"))
    if len(entries) * 12 != size_of_directory:
        return None
    tags, length_texts, offset_texts = zip(*entries, strict=True)
    chunks = raw[base:-1].split(b"\x1e")
    if chunks.pop() != b"" or len(chunks) != len(entries):
        return None
    lengths = list(map(int, length_texts))
    # fields in directory order, each right after the previous one, each ending in a
    # field terminator: the common, sound case (anything else is read carefully)
    if lengths != [len(c) + 1 for c in chunks] or list(map(int, offset_texts)) != [
        0,
        *accumulate(lengths[:-1]),
    ]:
        return None
    if _BAD_SUBFIELD_CODE.search(raw, base):
        return None
    try:
        texts = raw[base:-1].decode("utf-8").split("\x1e")
    except UnicodeDecodeError:
        return None
    if any(
        t >= "010"
        and (
            len(c) < 3
            or c[2] != SUBFIELD_DELIMITER
            or c[0] not in _INDICATOR_BYTES
            or c[1] not in _INDICATOR_BYTES
        )
        for t, c in zip(tags, chunks, strict=True)
    ):
        return None  # a data field without two MARC indicators (or without subfields)
    if any(not (_SOUND_TAG.match(t)) for t in tags):
        return None  # a tag that is not a MARC tag
    by_tag: dict[str, list[LightField]] = {}
    keyword_parts: list[str] = []
    for tag, field_text in zip(tags, texts, strict=False):  # texts ends with ""
        if tag in by_tag:
            by_tag[tag].append(LightField(tag, field_text))
        else:
            by_tag[tag] = [LightField(tag, field_text)]
        if tag >= "010" and tag not in OWN_COLUMN_TAGS and tag[0] != "6":
            keyword_parts.append(field_text[2:])
    return LightRecord(raw[:24].decode("ascii"), by_tag, "\x1e".join(keyword_parts))


class CountingStream:
    """A binary stream that counts the bytes read from it (for a progress bar)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.position = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.position += len(data)
        return data


def iso2709_chunks(stream: BinaryIO) -> Iterator[tuple[int, bytes, str | None]]:
    """(byte offset, record bytes, note) for each record in an ISO 2709 stream.

    Trusts the record length in the leader when a record terminator sits where it says;
    otherwise the record runs to the next terminator (and the note says so). Never
    holds more than a few megabytes of the file in memory.
    """
    buffer = bytearray()
    start = 0  # file offset of buffer[0]
    eof = False

    def fill(need: int) -> None:
        nonlocal eof
        while not eof and len(buffer) < need:
            block = stream.read(_READ_BLOCK)
            if not block:
                eof = True
            else:
                buffer.extend(block)

    while True:
        fill(LEADER_LENGTH)
        # whitespace between records (a newline after each record) is not a record
        skip = 0
        while skip < len(buffer) and buffer[skip] in b" \r\n\t\x00\x1a":
            skip += 1
        if skip:
            del buffer[:skip]
            start += skip
            fill(LEADER_LENGTH)
        if not buffer:
            return
        declared = _digits(bytes(buffer[:5]))
        note = None
        end = -1
        if declared is not None and declared >= LEADER_LENGTH:
            fill(declared)
            if len(buffer) >= declared and buffer[declared - 1] == RECORD_TERMINATOR:
                end = declared
        if end < 0:
            search_from = 0
            while True:
                found = buffer.find(bytes([RECORD_TERMINATOR]), search_from)
                if found >= 0 or eof:
                    break
                search_from = len(buffer)
                fill(len(buffer) + _READ_BLOCK)
            if found >= 0:
                end = found + 1
                if declared != end:
                    note = say(
                        "the leader gives the record length as {length}; "
                        "the record ends at byte {end} instead",
                        length=f"{bytes(buffer[:5])!r:.12}",
                        end=end,
                    )
            else:
                end = len(buffer)
                note = say("the file ends in the middle of this record (no record terminator)")
        yield start, bytes(buffer[:end]), note
        del buffer[:end]
        start += end


_JSON_FILE = say(
    "this file is JSON (MARC-in-JSON or MARC-JSON), which the catalog does not import; "
    "save the records as MARC (.mrc), MARCXML (.xml) or MarcEdit (.mrk) and import that"
)


def read_iso2709(stream: BinaryIO) -> Iterator[ReadOutcome]:
    for number, (offset, raw, note) in enumerate(iso2709_chunks(stream), start=1):
        position = RecordPosition(number=number, offset=offset)
        if note is None:
            light = decode_sound_utf8(raw)
            if light is not None:
                yield ReadRecord(position=position, raw=raw, light=light)
                continue
        try:
            record, repairs, storable, was_marc8 = decode_iso2709(raw)
        except RecordRejected as exc:
            if number == 1 and raw.lstrip(b"\xef\xbb\xbf \r\n\t")[:1] in (b"{", b"["):
                yield ReadRejection(position, _JSON_FILE)
                return  # the rest of the file is JSON too: one reason for all of it
            reason = reason_of(exc)
            yield ReadRejection(
                position, say("{what} ({note})", what=reason, note=note) if note else reason
            )
            continue
        except (ValueError, IndexError, UnicodeError) as exc:  # defensive: never stop a file
            yield ReadRejection(
                position, say("the record cannot be read: {error}", error=reason_of(exc))
            )
            continue
        if note:
            if "no record terminator" in note and not _looks_complete(record):
                yield ReadRejection(position, say("{note}; the record is incomplete", note=note))
                continue
            repairs = (note, *repairs)
            storable = False
        yield ReadRecord(
            position=position,
            parsed=record,
            raw=raw if storable else None,
            repairs=repairs,
            converted_from_marc8=was_marc8,
        )


def _looks_complete(record: pymarc.Record) -> bool:
    return bool(record.get_fields("245"))


def detect_format(path: Path) -> MarcFormat:
    """The format of a MARC file, from its name or else its first bytes."""
    suffix = path.suffix.lower()
    if suffix in (".xml", ".marcxml"):
        return MarcFormat.MARCXML
    if suffix in (".mrk", ".mrk8", ".txt"):
        return MarcFormat.MRK
    if suffix in (".mrc", ".marc", ".dat", ".iso", ".usm", ".utf8", ".mrc8"):
        return MarcFormat.ISO2709
    with path.open("rb") as stream:
        head = stream.read(512).lstrip(b"\xef\xbb\xbf \r\n\t")
    if head.startswith(b"<"):
        return MarcFormat.MARCXML
    if head.startswith(b"=") or re.match(rb"^=?LDR ", head):
        return MarcFormat.MRK
    return MarcFormat.ISO2709


def read_marc_stream(stream: BinaryIO, fmt: MarcFormat) -> Iterator[ReadOutcome]:
    if fmt is MarcFormat.MARCXML:
        from lms_desktop.catalog.marcxml_io import read_marcxml

        return read_marcxml(stream)
    if fmt is MarcFormat.MRK:
        from lms_desktop.catalog.mrk import read_mrk

        return read_mrk(stream)
    return read_iso2709(stream)


def read_marc_file(path: Path, fmt: MarcFormat | None = None) -> Iterator[ReadOutcome]:
    """Every record of the file at `path`, read or rejected, in file order."""
    fmt = fmt or detect_format(path)
    with path.open("rb") as stream:
        yield from read_marc_stream(stream, fmt)
