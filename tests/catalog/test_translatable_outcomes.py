"""What an import says about each record (repaired, rejected, matched) stays a translatable
message, even when a second process read the file: the desk can show it in Spanish, while
the report, the CLI and the JSON read the same English as before."""

from __future__ import annotations

from pathlib import Path

from lms_desktop.catalog.importer import ImportOptions, OutcomeStatus, import_marc_file
from lms_desktop.catalog.read_ahead import read_ahead
from lms_desktop.catalog.reading import (
    MarcFormat,
    ReadRecord,
    ReadRejection,
    detect_format,
    read_marc_file,
)
from lms_desktop.db.unit_of_work import Database
from lms_desktop.texts import Text, text_from_json, text_to_json
from tests.conftest import DATA_DIR

MARC4J = DATA_DIR / "marc" / "marc4j" / "test" / "resources"
BAD_RECORDS = DATA_DIR / "marc" / "pymarc" / "test" / "bad_records.mrc"
MANY_ERRORS = MARC4J / "pride-and-prejudice-with-many-errors.mrc"

VENDOR_MRK = """=LDR  00000nam a2200000 a 4500
=001  vend0001
a note the vendor left in the file
=245  14$aThe hobbit /$cJ.R.R. Tolkien.
"""


def _said(message: str) -> object:
    """How a message was said: its template and values, nested ones too."""
    assert isinstance(message, Text), f"{message!r} was not said with say()"
    return (
        message.template,
        {
            name: _said(value) if isinstance(value, Text) else value
            for name, value in message.values.items()
        },
    )


def test_repairs_and_rejections_from_the_reader_process_are_said_as_here() -> None:
    for path in (BAD_RECORDS, MANY_ERRORS):
        fmt = detect_format(path)
        here = list(read_marc_file(path, fmt))
        there = [read.outcome for read in read_ahead(path, fmt, None, [0])]
        said = 0
        for mine, theirs in zip(here, there, strict=True):
            if isinstance(mine, ReadRejection):
                assert isinstance(theirs, ReadRejection)
                assert _said(theirs.reason) == _said(mine.reason)
                said += 1
            else:
                assert isinstance(mine, ReadRecord) and isinstance(theirs, ReadRecord)
                assert [_said(r) for r in theirs.repairs] == [_said(r) for r in mine.repairs]
                said += len(mine.repairs)
        assert said > 0, path.name


def test_a_repaired_record_says_what_was_repaired_in_a_translatable_way(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "hobbit.mrk"
    path.write_text(VENDOR_MRK, encoding="utf-8")
    with database.unit_of_work() as uow:
        report = import_marc_file(uow, path, ImportOptions(read_ahead=True))
    (outcome,) = report.outcomes
    assert outcome.status is OutcomeStatus.ADDED
    assert outcome.message == "Repaired: line 3 is not a MARC field (=TAG  data) and was left out"
    assert _said(outcome.message) == (
        "{part0}",
        {
            "part0": (
                "Repaired: {repairs}",
                {
                    "repairs": (
                        "{part0}",
                        {
                            "part0": (
                                "line {number} is not a MARC field (=TAG  data) and was left out",
                                {"number": 3},
                            )
                        },
                    )
                },
            )
        },
    )
    assert _said(outcome.position.describe()) == (
        "record {number} (line {line})",
        {"number": 1, "line": 1},
    )
    summary = report.summary()
    assert summary == (
        "hobbit.mrk: 1 read, 1 imported, 0 overlaid, 0 skipped (already in the catalog), "
        "0 rejected; 1 repaired; 0 copies added."
    )
    # a message kept as JSON comes back as the same translatable message
    again = text_from_json(text_to_json(outcome.message))
    assert again == outcome.message and _said(again) == _said(outcome.message)


def test_a_second_copy_of_a_title_in_the_file_says_which_record_it_matched(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "twice.mrk"
    path.write_text(VENDOR_MRK.replace("a note the vendor left in the file\n", "") * 2)
    with database.unit_of_work() as uow:
        report = import_marc_file(uow, path, ImportOptions(), fmt=MarcFormat.MRK)
    first, second = report.outcomes
    assert (first.status, second.status) == (OutcomeStatus.ADDED, OutcomeStatus.SKIPPED)
    assert second.message == "Matched record 1 of this file by control number (001/003)"
    assert _said(second.message) == (
        "{part0}",
        {
            "part0": (
                "Matched record {number} of this file by {key}",
                {"number": 1, "key": ("control number (001/003)", {})},
            )
        },
    )
