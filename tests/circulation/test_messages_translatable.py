"""The roster, patron and batch messages keep their English and how they were made.

Each is a lms_desktop.texts.Text: the same English as ever for logs, the CLI and JSON,
and a template the desk shows in the reader's language. The translations themselves are
checked on screen in tests/ui/patrons/test_patrons_in_spanish.py and
tests/ui/desk/test_desk_in_spanish.py.
"""

from __future__ import annotations

from datetime import time

import pytest

from lms_desktop.circulation.batch import parse_batch, replay_batch
from lms_desktop.circulation.desk_queries import latest_roster_import
from lms_desktop.circulation.patrons import PatronInput, create_patron
from lms_desktop.circulation.roster import (
    apply_roster,
    guess_mapping,
    parse_roster_bytes,
    preview_roster,
)
from lms_desktop.circulation.rules_admin import LoanRuleCell
from lms_desktop.circulation.scanner_config import ScannerConfig
from lms_desktop.errors import ConflictError, ValidationError
from lms_desktop.texts import Text
from tests.circulation.conftest import SmallSchool

ROSTER = (
    b"Student ID,First Name,Last Name,Grade\n"
    b"S1001,Ada,Lovelace,5\n"
    b"S1001,Ada,Lovelace,5\n"  # the same student twice
    b",Nobody,Here,4\n"  # no student ID
)


def test_the_roster_preview_problems_and_summary_are_translatable(school: SmallSchool) -> None:
    roster = parse_roster_bytes(ROSTER, "sept.csv")
    mapping = guess_mapping(roster.headers)
    with school.uow() as uow:
        preview = preview_roster(uow, roster, mapping)
    problems = {p.line: p.message for p in preview.problems}
    assert problems == {
        3: "repeats student ID S1001; skipped",
        4: "has no student ID; skipped",
    }
    assert all(isinstance(message, Text) for message in problems.values())
    assert problems[3].template == "repeats student ID {sis_id}; skipped"

    with school.uow() as uow:
        result = apply_roster(uow, roster, mapping, deactivate_missing=False)
    assert isinstance(result.summary, Text)
    assert result.summary.startswith("Roster sept.csv: 0 new, 1 changed")
    # the Undo button's question shows the import's summary as it was made
    with school.uow() as uow:
        last = latest_roster_import(uow)
    assert last is not None and isinstance(last.summary, Text)
    assert last.summary == result.summary and last.summary.template == result.summary.template


def test_a_roster_that_is_a_spreadsheet_is_refused_with_a_translatable_message() -> None:
    with pytest.raises(ValidationError) as refused:
        parse_roster_bytes(b"PK\x03\x04" + bytes(40), "students.xlsx")
    assert isinstance(refused.value.message, Text)
    assert refused.value.message.startswith("students.xlsx is a spreadsheet, not a CSV file.")


def test_a_patron_card_already_in_use_is_refused_with_a_translatable_message(
    school: SmallSchool,
) -> None:
    with school.uow() as uow, pytest.raises(ConflictError) as refused:
        create_patron(uow, PatronInput(barcode=school.ada_card, first_name="Eve", last_name="Li"))
    message = refused.value.message
    assert isinstance(message, Text)
    assert message == (
        f"The barcode {school.ada_card} is already on another patron's card. Use another card."
    )


def test_the_lines_a_batch_replay_writes_itself_are_translatable(school: SmallSchool) -> None:
    text = f"P {school.holes}\nEND\n"  # a book's label scanned as a card
    report = replay_batch(school.database, text)
    skipped, finished = report.lines
    assert skipped.message == f"{school.holes} is not a patron card; the line was skipped."
    assert isinstance(skipped.message, Text) and isinstance(finished.message, Text)
    assert finished.message == "Patron finished."
    assert [line.command for line in parse_batch(text)] == ["patron", "end"]


def test_settings_refusals_and_loan_periods_are_translatable() -> None:
    with pytest.raises(ValidationError) as refused:
        ScannerConfig(prefix="#" * 9).validate()
    assert isinstance(refused.value.message, Text)
    assert refused.value.message == (
        "The prefix is at most 8 characters; check your scanner's manual."
    )
    cell = LoanRuleCell("student", "book", 14, None, None, 5, 2, True, 0, 10, 500, 500, 3)
    assert cell.loan_period_text() == "14 days" and isinstance(cell.loan_period_text(), Text)
    overnight = LoanRuleCell("student", "hotspot", 1, time(8, 30), None, 1, 0, False, 0, 0, 0, 0, 0)
    assert overnight.loan_period_text() == "until 08:30"
