"""MARC validation rules, table-driven, and the definitions they read."""

from __future__ import annotations

import pytest
from pymarc import Field, Indicators, Leader, Record, Subfield

from lms_desktop.catalog.marc_definitions import marc_definitions, material_key
from lms_desktop.catalog.validation import (
    IssueKind,
    Severity,
    check_indicator,
    check_leader,
    check_subfields,
    check_tag,
    has_errors,
    validate_record,
)

BOOK_LEADER = "00000nam a2200000 a 4500"


def _field(tag: str, ind: str = "  ", *pairs: str) -> Field:
    subfields = [Subfield(pairs[i], pairs[i + 1]) for i in range(0, len(pairs), 2)]
    return Field(tag=tag, indicators=Indicators(ind[0], ind[1]), subfields=subfields)


def _book(*fields: Field) -> Record:
    record = Record(leader=Leader(BOOK_LEADER))
    record.add_field(Field(tag="008", data="260101s2024    nyu           000 0 eng d"))
    for field in fields:
        record.add_field(field)
    return record


def test_the_definitions_know_field_indicator_and_subfield_names() -> None:
    defs = marc_definitions()
    title = defs.field("245")
    assert title is not None
    assert title.label == "Title Statement"
    assert not title.repeatable
    assert title.indicator2 is not None and title.indicator2.label == "Nonfiling characters"
    assert title.indicator2.meaning("4") == "Number of nonfiling characters"
    assert title.subfield("c") is not None
    assert defs.field("650").repeatable
    assert defs.label("949") == "Local field"


@pytest.mark.parametrize(
    ("leader", "material", "name"),
    [
        ("00000nam a2200000 a 4500", "b", "Books"),
        ("00000nas a2200000 a 4500", "s", "Continuing Resources"),
        ("00000njm a2200000 a 4500", "m", "Music"),
        ("00000nem a2200000 a 4500", "p", "Maps"),
        ("00000ngm a2200000 a 4500", "v", "Visual Materials"),
        ("00000nmm a2200000 a 4500", "c", "Computer Files"),
    ],
)
def test_the_008_layout_follows_the_leader(leader: str, material: str, name: str) -> None:
    assert material_key(leader) == material
    assert marc_definitions().material_name(leader) == name
    positions = marc_definitions().fixed_field_positions(leader)
    covered = sum(position.length for position in positions)
    assert covered == 40, "the 008 positions cover all 40 characters, none twice"


@pytest.mark.parametrize(
    ("tag", "position", "value", "problem"),
    [
        ("245", 1, "1", None),
        ("245", 2, "4", None),
        ("245", 2, "0", None),
        ("245", 1, " ", "cannot be blank"),
        ("245", 2, "x", "cannot be 'x'"),
        ("100", 1, "1", None),
        ("100", 1, "2", "cannot be '2'"),
        ("100", 2, "0", "undefined and must be blank"),
        ("650", 2, "0", None),
        ("650", 2, "9", "cannot be '9'"),
        ("020", 1, " ", None),
        ("020", 1, "", "exactly one character"),
        ("949", 1, "z", None),  # local fields: anything goes
        ("880", 1, "q", None),  # 880 borrows the indicators of its linked field
    ],
)
def test_indicators(tag: str, position: int, value: str, problem: str | None) -> None:
    issue = check_indicator(tag, position, value)
    if problem is None:
        assert issue is None
    else:
        assert issue is not None
        assert issue.kind is IssueKind.BAD_INDICATOR
        assert issue.severity is Severity.ERROR
        assert problem in issue.message


@pytest.mark.parametrize(
    ("tag", "codes", "kinds"),
    [
        ("245", ["a", "b", "c"], []),
        ("245", ["a", "a"], [IssueKind.REPEATED_SUBFIELD]),
        ("245", ["a", "x"], [IssueKind.UNKNOWN_SUBFIELD]),
        ("650", ["a", "x", "x", "z"], []),  # general subdivisions repeat
        ("880", ["6", "a", "b"], []),  # code ranges a-z, 0-5
        ("500", [], [IssueKind.EMPTY_FIELD]),
        ("999", ["q", "q"], []),
    ],
)
def test_subfields(tag: str, codes: list[str], kinds: list[IssueKind]) -> None:
    assert [issue.kind for issue in check_subfields(tag, codes)] == kinds


@pytest.mark.parametrize(
    ("tag", "kind"),
    [
        ("245", None),
        ("949", None),
        ("590", None),
        ("2450", IssueKind.BAD_TAG),
        ("24", IssueKind.BAD_TAG),
        ("377", None),
        ("299", None),
        ("283", IssueKind.UNKNOWN_TAG),
    ],
)
def test_tags(tag: str, kind: IssueKind | None) -> None:
    issue = check_tag(tag)
    assert (issue.kind if issue else None) is kind


@pytest.mark.parametrize(
    ("leader", "problem"),
    [
        (BOOK_LEADER, None),
        ("00000nam a2200000 a 450", "24"),
        ("00000xam a2200000 a 4500", "position 5"),
        ("00000nqm a2200000 a 4500", "position 6"),
        ("00000namqa2200000 a 4500", "position 8"),
        ("00000nam 52200000 a 4500", "position 9"),
    ],
)
def test_leader(leader: str, problem: str | None) -> None:
    issues = check_leader(leader)
    if problem is None:
        assert issues == []
    else:
        assert len(issues) == 1 and problem in issues[0].message


def test_a_good_book_record_has_no_issues() -> None:
    record = _book(
        _field("020", "  ", "a", "9780316769488"),
        _field("100", "1 ", "a", "Salinger, J. D."),
        _field("245", "14", "a", "The catcher in the rye /", "c", "J.D. Salinger."),
        _field("650", " 0", "a", "Teenage boys", "v", "Fiction."),
        _field("650", " 0", "a", "Runaway teenagers", "v", "Fiction."),
    )
    assert validate_record(record) == ()


def test_a_record_without_a_title_is_an_error() -> None:
    issues = validate_record(_book(_field("100", "1 ", "a", "Salinger, J. D.")))
    assert [issue.kind for issue in issues] == [IssueKind.MISSING_TITLE]
    assert has_errors(issues)
    assert "245" in issues[0].message


def test_a_repeated_non_repeatable_field_points_at_the_extra_copy() -> None:
    record = _book(
        _field("100", "1 ", "a", "Salinger, J. D."),
        _field("245", "10", "a", "First title"),
        _field("245", "10", "a", "Second title"),
    )
    issues = validate_record(record)
    assert [(issue.kind, issue.field_index) for issue in issues] == [(IssueKind.REPEATED_FIELD, 3)]


def test_issues_carry_the_field_position_for_the_editor() -> None:
    record = _book(
        _field("245", "10", "a", "Title", "q", "odd"),
        _field("100", "9 ", "a", "Name"),
        Field(tag="008", data="short"),
    )
    found = {(issue.kind, issue.field_index) for issue in validate_record(record)}
    assert found == {
        (IssueKind.UNKNOWN_SUBFIELD, 1),
        (IssueKind.BAD_INDICATOR, 2),
        (IssueKind.BAD_FIXED_FIELD, 3),
        (IssueKind.REPEATED_FIELD, 3),
    }
    warnings_only = [i for i in validate_record(record) if i.severity is Severity.WARNING]
    assert {i.kind for i in warnings_only} == {
        IssueKind.UNKNOWN_SUBFIELD,
        IssueKind.BAD_FIXED_FIELD,
    }
