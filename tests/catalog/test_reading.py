"""The hard records in the test files each get a clear outcome: read (repaired, and how)
or rejected (why), and MARC-8 decodes exactly like the reference vectors."""

from __future__ import annotations

from pathlib import Path

import pymarc
import pytest

from lms_desktop.catalog.marc8 import Marc8Decoder
from lms_desktop.catalog.reading import ReadRecord, ReadRejection, read_marc_file
from tests.conftest import DATA_DIR

MARC = DATA_DIR / "marc"
MARC4J = MARC / "marc4j" / "test" / "resources"
MALFORMED = MARC / "mrrc-testbed" / "data" / "synthetic" / "malformed"


def outcomes(path: Path) -> tuple[list[ReadRecord], list[ReadRejection]]:
    read: list[ReadRecord] = []
    rejected: list[ReadRejection] = []
    for outcome in read_marc_file(path):
        (read if isinstance(outcome, ReadRecord) else rejected).append(outcome)  # type: ignore[arg-type]
    return read, rejected


# (file, records read, records rejected, words that must appear in some repair or reason)
HARD_CASES = [
    (MARC4J / "bad_too_long_plus_2.mrc", 3, 0, "the record ends at byte 123375"),
    (MARC4J / "bad_oversize_field_bad_directory.mrc", 5, 0, "the directory was broken"),
    (MARC4J / "bad_hathi_records.mrc", 5, 0, "base address '99999' was wrong"),
    (MARC4J / "datos-20161010-slice.mrc", 1, 0, "offsets past 99,999 bytes"),
    (MARC4J / "bad_leaders_10_11.mrc", 1, 0, "leader/10-11 '  ' set to '22'"),
    (MARC4J / "008008027.mrc", 19, 0, "field 856 was cut off where the file ends"),
    (MARC4J / "bad-characters-in-various-fields.mrc", 1, 0, "unreadable characters at position 09"),
    (MARC4J / "cyrillic_capital_e.mrc", 2, 0, "read as the letter it had replaced"),
    (MARC4J / "pride-and-prejudice-with-many-errors.mrc", 383, 0, "the text is MARC-8"),
    (MARC / "pymarc" / "test" / "bad_marc8_escape.dat", 1, 0, "stray escape character was dropped"),
    (MARC / "pymarc" / "test" / "bad_records.mrc", 7, 1, "the record has no fields"),
    (MARC / "pymarc" / "test" / "utf8_invalid.mrc", 1, 0, "it was read as subfield b"),
    (
        MARC / "mrrc-testbed" / "data" / "synthetic" / "malformed" / "garbage.mrc",
        0,
        1,
        "not a MARC leader",
    ),
    (MALFORMED / "truncated_leader.mrc", 0, 2, "only 15 bytes long"),
    (MALFORMED / "embedded_terminators.mrc", 3, 0, "stray record or field terminator"),
    (MARC / "ruby-marc" / "test" / "three-records-second-bad.xml", 3, 1, "XML is damaged at line"),
    (MARC4J / "chabon-missing-subfield-code.xml", 0, 1, "has no valid code"),
]


@pytest.mark.parametrize(
    ("path", "read", "rejected", "words"), HARD_CASES, ids=lambda v: getattr(v, "name", None)
)
def test_every_hard_record_gets_a_clear_outcome(
    path: Path, read: int, rejected: int, words: str
) -> None:
    ok, bad = outcomes(path)
    assert (len(ok), len(bad)) == (read, rejected)
    said = [r for o in ok for r in o.repairs] + [b.reason for b in bad]
    assert any(words in text for text in said), said
    for rejection in bad:
        assert rejection.position.number >= 1
        assert rejection.position.offset is not None or rejection.position.line is not None


def test_a_sound_record_is_kept_byte_for_byte() -> None:
    ok, bad = outcomes(MARC4J / "unordered-directory-entries.mrc")
    assert bad == [] and ok[0].repairs == ()
    ok, _ = outcomes(MARC / "traject" / "test" / "test_support" / "test_data.utf8.mrc")
    assert all(o.raw is not None and not o.repairs for o in ok)


@pytest.mark.parametrize("folder", ["pymarc", "ruby-marc"])
def test_marc8_decodes_like_the_reference_vectors(folder: str) -> None:
    base = MARC / folder / "test"
    if folder == "ruby-marc":
        base = base / "marc8" / "data"
    marc8_lines = (base / "test_marc8.txt").read_bytes().splitlines()
    utf8_lines = (base / "test_utf8.txt").read_bytes().splitlines()
    assert len(marc8_lines) == len(utf8_lines) > 1000
    wrong = []
    for marc8, utf8 in zip(marc8_lines, utf8_lines, strict=True):
        decoder = Marc8Decoder()
        if decoder.decode(marc8) != utf8.decode("utf-8") or decoder.problems:
            wrong.append(marc8)
    assert wrong == []


@pytest.mark.parametrize(
    ("marc8", "text", "problem"),
    [
        (b"Soci\x1bt\xe2e", "Socité", "stray escape"),
        (b"abc\x1b(", "abc", "incomplete escape"),
        (b"\x1b(Zxyz", "xyz", "unknown character set 0x5A"),
        (b"caf\xe2", "caf\u0301", "diacritic with no letter"),
        (b"\x1b$1!0", "", "cut short"),
    ],
)
def test_marc8_escape_edge_cases_are_named(marc8: bytes, text: str, problem: str) -> None:
    decoder = Marc8Decoder()
    assert decoder.decode(marc8) == text
    assert any(problem in p for p in decoder.problems), decoder.problems


def test_a_directory_that_lost_a_byte_gives_every_field_its_own_tag() -> None:
    """16 records of marc4j's pride-and-prejudice-with-many-errors.mrc have a directory
    one byte short; reading entries 12 bytes at a time moved every tag onto the wrong
    field (245 became 450, and the title was lost). marc4j ships the same records fixed."""
    damaged = list(read_marc_file(MARC4J / "pride-and-prejudice-with-many-errors.mrc"))
    fixed = list(read_marc_file(MARC4J / "pride-and-prejudice-fixed.mrc"))
    repaired = 0
    for broken, good in zip(damaged, fixed, strict=True):
        assert isinstance(broken, ReadRecord) and isinstance(good, ReadRecord)
        if not any("directory was broken" in r for r in broken.repairs):
            continue
        repaired += 1
        assert [f.tag for f in broken.record.fields] == [f.tag for f in good.record.fields]
        assert broken.record.title and broken.record.title == good.record.title
    assert repaired == 16


def test_a_directory_that_matches_nothing_is_not_passed_off_as_repaired(tmp_path: Path) -> None:
    """Tags that do not fit their fields (a control tag on a field with subfields) mean
    the directory cannot be trusted: the record is rejected with the reason."""
    record = b"".join(
        [
            b"00000nam a2200000 a 4500",
            b"245001300000",  # the entries are swapped: 245 first,
            b"00100080013",  #  then a shortened 001 entry
            b"\x1e",
            b"ocm0001234\x1e",
            b"10\x1faTitle\x1e",
            b"\x1d",
        ]
    )
    path = tmp_path / "swapped.mrc"
    path.write_bytes(record)
    (outcome,) = read_marc_file(path)
    assert isinstance(outcome, ReadRejection)
    assert "cannot be matched to the" in outcome.reason


def test_an_accent_on_a_subfield_code_keeps_the_title_whole(tmp_path: Path) -> None:
    """ "$áActivePerl": the accent fell on the code; the subfield is $a ActivePerl, not
    $A ctivePerl."""
    record = pymarc.Record(force_utf8=True)
    record.leader = pymarc.Leader("00000nam a2200000 a 4500")
    record.add_field(pymarc.Field(tag="001", data="perl-1"))
    raw = record.as_marc()
    field = "10\x1fáActivePerl cookbook\x1e".encode()
    base = int(raw[12:17])
    entry = b"245%04d%05d" % (len(field), len(raw) - base - 1)
    directory = raw[24 : base - 1] + entry
    data = raw[base:-1] + field
    new_base = 24 + len(directory) + 1
    total = new_base + len(data) + 1
    rebuilt = b"%05d" % total + raw[5:12] + b"%05d" % new_base + raw[17:24]
    path = tmp_path / "accent.mrc"
    path.write_bytes(rebuilt + directory + b"\x1e" + data + b"\x1d")
    (outcome,) = read_marc_file(path)
    assert isinstance(outcome, ReadRecord)
    (title,) = outcome.record.get_fields("245")
    assert title.get_subfields("a") == ["ActivePerl cookbook"]
    assert any("245" in r for r in outcome.repairs)


def iso_record(fields: list[tuple[str, bytes]], coding: bytes = b" ") -> bytes:
    """An ISO 2709 record with these (tag, field bytes) and a sound directory."""
    directory = b""
    data = b""
    for tag, body in fields:
        directory += b"%s%04d%05d" % (tag.encode("ascii"), len(body) + 1, len(data))
        data += body + b"\x1e"
    base = 24 + len(directory) + 1
    leader = b"%05dnam %s22%05d   4500" % (base + len(data) + 1, coding, base)
    return leader + directory + b"\x1e" + data + b"\x1d"


def test_a_windows_1251_file_is_read_as_cyrillic_not_as_marc8_junk() -> None:
    """pymarc's 1251.dat: six Russian records in Windows-1251 with a MARC-8 leader. Read
    as MARC-8 they became combining marks and question marks, called "repaired"; now the
    outcome says which code page was used and the titles are the Russian ones."""
    ok, bad = outcomes(MARC / "pymarc" / "test" / "1251.dat")
    assert bad == [] and len(ok) == 6
    for outcome in ok:
        assert outcome.repairs == (
            "the text is neither UTF-8 nor MARC-8; it was read as Windows-1251 (Cyrillic)",
        )
        assert not outcome.converted_from_marc8
    assert ok[1].record.title == "Психологический тренинг с подростками"
    assert ok[4].record["100"].get_subfields("a") == ["Линдгрен, Астрид"]


def test_a_dos_cyrillic_record_is_read_as_cp866(tmp_path: Path) -> None:
    """The CP866 text of ruby-marc's cp866_unimarc.marc (whose own directory is broken),
    in a sound record: ruby-marc's test expects the 001 to start with Cyrillic Н."""
    source = (MARC / "ruby-marc" / "test" / "cp866_unimarc.marc").read_bytes()
    texts = source[int(source[12:17]) :].split(b"\x1e")
    path = tmp_path / "cp866.mrc"
    path.write_bytes(
        iso_record([("001", texts[0]), ("245", b"10\x1fa" + texts[2] + b"\x1fc" + texts[1])])
    )
    (outcome,) = read_marc_file(path)
    assert isinstance(outcome, ReadRecord)
    assert outcome.repairs == (
        "the text is neither UTF-8 nor MARC-8; it was read as CP866 (DOS Cyrillic)",
    )
    assert outcome.record["001"].data.startswith("Никитенко")
    (title,) = outcome.record.get_fields("245")
    assert title.get_subfields("a", "c") == ["Рус.", "Междунар. новости мира пластмасс"]


def test_text_no_code_page_reads_is_rejected_as_an_unknown_encoding(tmp_path: Path) -> None:
    symbols = b"\xb0\xb1\xb2\xb3 \xb4\xb5\xb6\xb7 \xb8\xb9\xba\xbb \xbc\xbd\xbe\xbf"
    path = tmp_path / "unknown.mrc"
    path.write_bytes(iso_record([("001", b"x-1"), ("245", b"10\x1fa" + symbols)]))
    (outcome,) = read_marc_file(path)
    assert isinstance(outcome, ReadRejection)
    assert outcome.reason.startswith("unknown character encoding: ")
    assert "Windows-1251 (Cyrillic)" in outcome.reason


def test_a_marc8_record_with_a_stray_byte_keeps_its_marc8_reading(tmp_path: Path) -> None:
    """Only text that makes no sense as MARC-8 is tried in other code pages: accented
    MARC-8 with one unknown byte is still MARC-8."""
    path = tmp_path / "marc8.mrc"
    path.write_bytes(iso_record([("001", b"m-1"), ("245", b"10\x1faSoci\xe2et\xe2e \xff")]))
    (outcome,) = read_marc_file(path)
    assert isinstance(outcome, ReadRecord) and outcome.converted_from_marc8
    assert outcome.record.title.startswith("Société")
    assert not any("code page" in r or "read as Windows" in r for r in outcome.repairs)


def test_a_marc_in_json_file_is_rejected_saying_it_is_json() -> None:
    """The catalog reads ISO 2709, MARCXML and .mrk; a MARC-in-JSON file used to be read
    as ISO 2709 and rejected as "not a MARC leader", which tells the librarian nothing."""
    ok, bad = outcomes(MARC / "pymarc" / "test" / "one.json")
    assert ok == [] and len(bad) == 1
    assert bad[0].reason.startswith("this file is JSON (MARC-in-JSON or MARC-JSON)")
    assert "MARCXML (.xml)" in bad[0].reason


def test_windows_1251_behind_a_utf8_leader_is_read_as_cyrillic(tmp_path: Path) -> None:
    """The same Russian records with leader/09 'a': they used to come in as Latin
    mojibake ("Ïñèõîëîãè÷åñêèé"), each byte read as Windows-1252 and called repaired."""
    raw = (MARC / "pymarc" / "test" / "1251.dat").read_bytes()
    records = []
    while raw:
        size = int(raw[:5])
        records.append(raw[:9] + b"a" + raw[10:size])
        raw = raw[size:]
    path = tmp_path / "utf8-leader.mrc"
    path.write_bytes(b"".join(records))
    ok, bad = outcomes(path)
    assert bad == [] and len(ok) == 6
    assert all(
        o.repairs
        == ("the leader says UTF-8 but the text is Windows-1251 (Cyrillic); it was read as such",)
        for o in ok
    )
    assert ok[1].record.title == "Психологический тренинг с подростками"
