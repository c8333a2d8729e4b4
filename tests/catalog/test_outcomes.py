"""Golden per-record outcomes for every marc4j test file, both pymarc bad_records.mrc and
the Windows-1251 and CP866 files: what the librarian is told about each record (imported
as it was, imported and repaired with the reason, or rejected with the reason).

Each file lists the records that get a word in the import report; every record not
listed must be imported clean and silently. A change in how any of these hard records
is read shows up here as the record it changed.
"""

from __future__ import annotations

import pytest

from lms_desktop.catalog.importer import (
    ImportOptions,
    OnMatch,
    OutcomeStatus,
    RecordOutcome,
    import_marc_file,
)
from lms_desktop.db.unit_of_work import Database
from tests.conftest import DATA_DIR

MARC = DATA_DIR / "marc"
AS_IS = ImportOptions(match_points=(), on_match=OnMatch.ADD_NEW, holdings=None)

ADDED = "added"  # imported unchanged, with a note (e.g. converted from MARC-8)
REPAIRED = "repaired"  # imported, and the report says what was repaired
REJECTED = "rejected"  # not imported, and the report says why

# (what the record's outcome is, words its message holds, its record numbers in the file:
# "2 7 10-12" is records 2, 7, 10, 11 and 12)
Expected = tuple[str, str, str]


def numbers(listed: str) -> list[int]:
    out: list[int] = []
    for part in listed.split():
        first, _, last = part.partition("-")
        out.extend(range(int(first), int(last or first) + 1))
    return out


GOLDEN: dict[str, tuple[int, int, list[Expected]]] = {
    "marc4j/src/org/marc4j/samples/resources/brkrtest.mrc": (
        8,
        0,
        [
            (ADDED, "Converted from MARC-8 to UTF-8", "2-6"),
        ],
    ),
    "marc4j/src/org/marc4j/samples/resources/chabon-loc.mrc": (2, 0, []),
    "marc4j/src/org/marc4j/samples/resources/chabon.mrc": (2, 0, []),
    "marc4j/src/org/marc4j/samples/resources/diacritic4.mrc": (
        1,
        0,
        [
            (ADDED, "Converted from MARC-8 to UTF-8", "1"),
        ],
    ),
    "marc4j/src/org/marc4j/samples/resources/error.mrc": (
        1,
        0,
        [
            (REPAIRED, "the leader gives the record length as", "1"),
        ],
    ),
    # a MODS file, not MARC: no records in it, and the import says nothing more
    "marc4j/src/org/marc4j/samples/resources/modsoutput.xml": (0, 0, []),
    "marc4j/src/org/marc4j/samples/resources/summerland.mrc": (1, 0, []),
    "marc4j/src/org/marc4j/samples/resources/summerland.xml": (1, 0, []),
    "marc4j/test/resources/008008027.mrc": (
        19,
        0,
        [
            (REPAIRED, "the file ends in the middle of", "19"),
        ],
    ),
    "marc4j/test/resources/065001035.mrc": (40, 0, []),
    "marc4j/test/resources/1474920681_KOHA_LFL_5.xml": (1, 0, []),
    "marc4j/test/resources/1474920681_KOHA_LFL_6_with_comment.xml": (1, 0, []),
    "marc4j/test/resources/185258.mrc": (
        1,
        0,
        [
            (REPAIRED, "field 082: indicator 1 '²' is not", "1"),
        ],
    ),
    "marc4j/test/resources/54-56-008008027.mrc": (5, 0, []),
    "marc4j/test/resources/OCLC_814388508.xml": (1, 0, []),
    "marc4j/test/resources/azdoud.xml": (1, 0, []),
    "marc4j/test/resources/bad-characters-in-various-fields.mrc": (
        1,
        0,
        [
            (REPAIRED, "the leader had unreadable characters at position", "1"),
        ],
    ),
    "marc4j/test/resources/bad_hathi_records.mrc": (
        5,
        0,
        [
            (REPAIRED, "the leader gives the record length as", "4"),
        ],
    ),
    "marc4j/test/resources/bad_leaders_10_11.mrc": (
        1,
        0,
        [
            (REPAIRED, "leader/10-11 '  ' set to '22'", "1"),
        ],
    ),
    "marc4j/test/resources/bad_oversize_field_bad_directory.mrc": (
        5,
        0,
        [
            (REPAIRED, "the directory was broken", "2"),
        ],
    ),
    "marc4j/test/resources/bad_too_long_plus_2.mrc": (
        3,
        0,
        [
            (REPAIRED, "the leader gives the record length as", "1"),
            (REPAIRED, "leader/20-23 '45x ' set to '4500'", "2"),
            (REPAIRED, "leader/20-23 '450 ' set to '4500'", "3"),
        ],
    ),
    "marc4j/test/resources/brkrtest.mrc": (
        8,
        0,
        [
            (ADDED, "Converted from MARC-8 to UTF-8", "2-6"),
        ],
    ),
    "marc4j/test/resources/brkrtest.mrk": (8, 0, []),
    "marc4j/test/resources/brkrtest.mrk8": (8, 0, []),
    "marc4j/test/resources/brkrtest1.mrk8": (8, 0, []),
    "marc4j/test/resources/brkrtest_UTF8.mrc": (8, 0, []),
    "marc4j/test/resources/chabon-bad-subfields-element.xml": (
        1,
        0,
        [
            (REPAIRED, "field 020 had no subfields and was", "1"),
        ],
    ),
    "marc4j/test/resources/chabon-loc.mrc": (2, 0, []),
    "marc4j/test/resources/chabon-missing-controlfield-tag.xml": (
        0,
        1,
        [
            (REJECTED, "a control field has no valid tag", "1"),
        ],
    ),
    "marc4j/test/resources/chabon-missing-datafield-tag.xml": (
        0,
        1,
        [
            (REJECTED, "a data field has no valid tag", "1"),
        ],
    ),
    "marc4j/test/resources/chabon-missing-subfield-code.xml": (
        0,
        1,
        [
            (REJECTED, "a subfield in field 020 has no", "1"),
        ],
    ),
    "marc4j/test/resources/chabon-record-type-bad.xml": (2, 0, []),
    "marc4j/test/resources/chabon-record-type.xml": (2, 0, []),
    "marc4j/test/resources/chabon.mrc": (2, 0, []),
    "marc4j/test/resources/chabon.xml": (2, 0, []),
    "marc4j/test/resources/chinese_mangled_multibyte.mrc": (
        4,
        0,
        [
            (REPAIRED, "field 880: MARC-8 unknown MARC-8 character 0x4A2148", "1"),
        ],
    ),
    "marc4j/test/resources/cruel-cruel-indicatorless-summerland.xml": (
        1,
        0,
        [
            (REPAIRED, "field 911: missing or bad indicators were", "1"),
        ],
    ),
    "marc4j/test/resources/cyrillic_capital_e.mrc": (
        2,
        0,
        [
            (REPAIRED, "field 880: a subfield delimiter inside non-Latin", "1"),
            (ADDED, "Converted from MARC-8 to UTF-8", "2"),
        ],
    ),
    "marc4j/test/resources/datos-20161010-slice.mrc": (
        1,
        0,
        [
            (REPAIRED, "the leader gives the record length as", "1"),
        ],
    ),
    "marc4j/test/resources/dp_004015001.mrc": (3, 0, []),
    "marc4j/test/resources/field700_4_test.mrc": (2, 0, []),
    "marc4j/test/resources/getty_test_1.mrc": (1, 0, []),
    "marc4j/test/resources/getty_test_output.mrc": (1, 0, []),
    "marc4j/test/resources/greekmissingcharsetchange.mrc": (
        3,
        0,
        [
            (REPAIRED, "field 880: MARC-8 unknown MARC-8 character 0x3A", "1"),
            (ADDED, "Converted from MARC-8 to UTF-8", "2"),
        ],
    ),
    "marc4j/test/resources/illegal-marc-in-json.json": (
        0,
        1,
        [
            (REJECTED, "this file is JSON", "1"),
        ],
    ),
    "marc4j/test/resources/incomplete_esc_seq.mrc": (
        1,
        0,
        [
            (REPAIRED, "field 880: MARC-8 unknown MARC-8 character 0x623C21", "1"),
        ],
    ),
    "marc4j/test/resources/kan1222221.mrc": (1, 0, []),
    "marc4j/test/resources/legal-json-marc-in-json.json": (
        0,
        1,
        [
            (REJECTED, "this file is JSON", "1"),
        ],
    ),
    "marc4j/test/resources/loongboonmee.mrc": (2, 0, []),
    "marc4j/test/resources/marc-in-json.json": (
        0,
        1,
        [
            (REJECTED, "this file is JSON", "1"),
        ],
    ),
    "marc4j/test/resources/marc-json.json": (
        0,
        1,
        [
            (REJECTED, "this file is JSON", "1"),
        ],
    ),
    "marc4j/test/resources/not_unimarc_errors_3.mrc": (
        3,
        0,
        [
            (REPAIRED, "field 776: bytes that are not UTF-8", "1"),
            (REPAIRED, "field 880: bytes that are not UTF-8", "2 3"),
        ],
    ),
    "marc4j/test/resources/oclc_63111280_export_as_UTF8_from_connexion.mrc": (1, 0, []),
    "marc4j/test/resources/pride-and-prejudice-fixed.mrc": (
        383,
        0,
        [
            (REPAIRED, "field 876: indicator 1 '-' is not", "9 28 65 119 168 255 256"),
        ],
    ),
    "marc4j/test/resources/pride-and-prejudice-with-many-errors.mrc": (
        383,
        0,
        [
            (REPAIRED, "field 350: bytes that are not UTF-8", "2 7 10 52 80 82 132 172 218 219"),
            (REPAIRED, "field 876: indicator 1 '-' is not", "9 28 65 119 168 255 256"),
            (REPAIRED, "field 020: bytes that are not UTF-8", "17 54-56 60 73 277 278 289"),
            (
                REPAIRED,
                "the leader says UTF-8 but the text",
                "24 189 192 241 251 252 286 290 292 294 295 302-310 328 331-335 340-344 346 347"
                " 349-354 380-382",
            ),
            (
                REPAIRED,
                "the directory was broken",
                "93 184 203 248 265-268 275 280 287 311 336 338 356 377",
            ),
            (REPAIRED, "field 245: bytes that are not UTF-8", "238 293 296-298"),
            (REPAIRED, "field 260: bytes that are not UTF-8", "291 337"),
            (REPAIRED, "field 852: bytes that are not UTF-8", "374"),
        ],
    ),
    "marc4j/test/resources/rec1.mrc": (1, 0, []),
    "marc4j/test/resources/rec2.mrc": (1, 0, []),
    "marc4j/test/resources/rec3.mrc": (1, 0, []),
    "marc4j/test/resources/sample1.mrc": (
        8,
        0,
        [
            (REPAIRED, "the leader had unreadable characters at position", "1 3 5"),
            (REPAIRED, "field 245: bytes that are not UTF-8", "7"),
        ],
    ),
    "marc4j/test/resources/sample1a.xml": (9, 0, []),
    "marc4j/test/resources/selectedRecs.mrc": (
        11,
        0,
        [
            (ADDED, "Converted from MARC-8 to UTF-8", "1-3 10 11"),
        ],
    ),
    "marc4j/test/resources/summerland-indented-marc-json.json": (
        0,
        1,
        [
            (REJECTED, "this file is JSON", "1"),
        ],
    ),
    "marc4j/test/resources/summerland-marc-in-json-indented.json": (
        0,
        1,
        [
            (REJECTED, "this file is JSON", "1"),
        ],
    ),
    "marc4j/test/resources/summerland-marc-in-json.json": (
        0,
        1,
        [
            (REJECTED, "this file is JSON", "1"),
        ],
    ),
    "marc4j/test/resources/summerland-marc-json.json": (
        0,
        1,
        [
            (REJECTED, "this file is JSON", "1"),
        ],
    ),
    "marc4j/test/resources/summerland-record-with-type.xml": (1, 0, []),
    "marc4j/test/resources/summerland-record.xml": (1, 0, []),
    "marc4j/test/resources/summerland.mrc": (1, 0, []),
    "marc4j/test/resources/summerland.xml": (1, 0, []),
    "marc4j/test/resources/summerlandwith710.xml": (1, 0, []),
    "marc4j/test/resources/u17_marc4j.mrk8": (1, 0, []),
    "marc4j/test/resources/u17_utf8.mrc": (1, 0, []),
    "marc4j/test/resources/u335.mrc": (
        1,
        0,
        [
            (ADDED, "Converted from MARC-8 to UTF-8", "1"),
        ],
    ),
    "marc4j/test/resources/unordered-directory-entries.mrc": (1, 0, []),
    "pymarc/test/bad_records.mrc": (
        7,
        1,
        [
            (REPAIRED, "leader position 06 held an invalid character", "1 8"),
            (REPAIRED, "leader/12-16 base address '99937' was wrong", "2"),
            (REPAIRED, "leader/12-16 base address '00000' was wrong", "3"),
            (REPAIRED, "the directory was broken", "4 5"),
            (REPAIRED, "leader/12-16 base address 'f0037' was wrong", "6"),
            (REJECTED, "the record has no fields", "7"),
        ],
    ),
    "pymarc-5.4.0/test/bad_records.mrc": (
        7,
        2,
        [
            (REPAIRED, "leader position 06 held an invalid character", "1 8"),
            (REPAIRED, "leader/12-16 base address '99937' was wrong", "2"),
            (REPAIRED, "leader/12-16 base address '00000' was wrong", "3"),
            (REPAIRED, "the directory was broken", "4 5"),
            (REPAIRED, "leader/12-16 base address 'f0037' was wrong", "6"),
            (REJECTED, "the record has no fields", "7 9"),
        ],
    ),
    # the real single-byte code page files: Windows-1251 is read as such; the CP866 files'
    # directories give field lengths that match no field, so they are rejected first
    "pymarc/test/1251.dat": (
        6,
        0,
        [(REPAIRED, "it was read as Windows-1251 (Cyrillic)", "1-6")],
    ),
    "ruby-marc/test/cp866_unimarc.marc": (
        0,
        1,
        [(REJECTED, "its tags cannot be matched to the 17 fields", "1")],
    ),
    "ruby-marc/test/cp866_multirecord.marc": (
        0,
        2,
        [(REJECTED, "its tags cannot be matched to the 17 fields", "1 2")],
    ),
}


def kind(outcome: RecordOutcome) -> str:
    if outcome.status is OutcomeStatus.REJECTED:
        return REJECTED
    assert outcome.status is OutcomeStatus.ADDED, outcome.describe()
    return REPAIRED if outcome.message.startswith("Repaired: ") else ADDED


def test_every_marc4j_file_is_in_the_table() -> None:
    on_disk = {p.relative_to(MARC).as_posix() for p in (MARC / "marc4j").rglob("*") if p.is_file()}
    assert on_disk <= set(GOLDEN)


@pytest.mark.parametrize(("name", "expected"), GOLDEN.items(), ids=list(GOLDEN))
def test_each_record_gets_its_golden_outcome(
    database: Database, name: str, expected: tuple[int, int, list[Expected]]
) -> None:
    added, rejected, notable = expected
    with database.unit_of_work() as uow:
        report = import_marc_file(uow, MARC / name, AS_IS)
    assert (report.added, report.rejected) == (added, rejected)
    assert not report.outcomes_truncated
    said = {o.position.number: o for o in report.outcomes if o.message or kind(o) != ADDED}
    wrong = []
    for status, words, listed in notable:
        for number in numbers(listed):
            outcome = said.pop(number, None)
            if outcome is None:
                wrong.append(f"record {number}: imported without a word, expected {words!r}")
            elif kind(outcome) != status or words not in outcome.message:
                wrong.append(f"record {number}: {outcome.describe()[:300]}")
    wrong += [f"record {n}, not in the table: {o.describe()[:300]}" for n, o in said.items()]
    for outcome in report.outcomes:
        if kind(outcome) == REJECTED:
            assert outcome.message, "a rejection without a reason"
            assert outcome.position.offset is not None or outcome.position.line is not None
    assert wrong == []
