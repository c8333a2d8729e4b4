"""MARC record checks against the MARC 21 definitions: what is wrong, where, and how to fix it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from pymarc import Field, Record

from lms_desktop.catalog.marc_definitions import MarcDefinitions, is_local_tag, marc_definitions
from lms_desktop.texts import joined, say

LEADER_LENGTH = 24
FIXED_FIELD_008_LENGTH = 40


class Severity(StrEnum):
    ERROR = "error"  # the record is wrong: a rule of the format is broken
    WARNING = "warning"  # suspicious: unknown to the format, or an obsolete habit


class IssueKind(StrEnum):
    MISSING_TITLE = "missing_245"
    REPEATED_FIELD = "repeated_field"
    BAD_INDICATOR = "bad_indicator"
    UNKNOWN_SUBFIELD = "unknown_subfield"
    REPEATED_SUBFIELD = "repeated_subfield"
    EMPTY_FIELD = "empty_field"
    UNKNOWN_TAG = "unknown_tag"
    BAD_TAG = "bad_tag"
    BAD_LEADER = "bad_leader"
    BAD_FIXED_FIELD = "bad_fixed_field"


@dataclass(frozen=True)
class ValidationIssue:
    """One problem, located by the field's position in the record (None: the whole record)."""

    severity: Severity
    kind: IssueKind
    message: str
    tag: str | None = None
    field_index: int | None = None
    indicator: int | None = None
    subfield_code: str | None = None


def check_tag(tag: str, definitions: MarcDefinitions | None = None) -> ValidationIssue | None:
    defs = definitions or marc_definitions()
    if len(tag) != 3 or not tag.isalnum():
        return ValidationIssue(
            Severity.ERROR,
            IssueKind.BAD_TAG,
            say(
                "'{tag}' is not a MARC tag. A tag is three digits, for example 245 for the title.",
                tag=tag,
            ),
            tag=tag,
        )
    if defs.field(tag) is None and not is_local_tag(tag):
        return ValidationIssue(
            Severity.WARNING,
            IssueKind.UNKNOWN_TAG,
            say(
                "Field {tag} is not defined in MARC 21. Check the tag, or use a 9XX tag for "
                "local information.",
                tag=tag,
            ),
            tag=tag,
        )
    return None


def check_indicator(
    tag: str, position: int, value: str, definitions: MarcDefinitions | None = None
) -> ValidationIssue | None:
    """Is `value` allowed as indicator `position` (1 or 2) of field `tag`?"""
    defs = definitions or marc_definitions()
    definition = defs.field(tag)
    shown = say("blank") if value == " " else f"'{value}'"
    if len(value) != 1:
        return ValidationIssue(
            Severity.ERROR,
            IssueKind.BAD_INDICATOR,
            say(
                "Indicator {position} of {tag} must be exactly one character (use a blank "
                "for 'no information').",
                position=position,
                tag=tag,
            ),
            tag=tag,
            indicator=position,
        )
    if definition is None:
        return None
    indicator = definition.indicator(position)
    if indicator is None or indicator.allows(value):
        return None
    allowed = joined(*(say("blank") if code == " " else code for code in indicator.codes), sep=", ")
    if indicator.is_undefined:
        message = say(
            "Indicator {position} of {tag} is undefined and must be blank, not {shown}.",
            position=position,
            tag=tag,
            shown=shown,
        )
    else:
        message = say(
            "Indicator {position} of {tag} ({label}) cannot be {shown}. Allowed: {allowed}.",
            position=position,
            tag=tag,
            label=indicator.label,
            shown=shown,
            allowed=allowed,
        )
    return ValidationIssue(
        Severity.ERROR, IssueKind.BAD_INDICATOR, message, tag=tag, indicator=position
    )


def check_subfields(
    tag: str, codes: list[str], definitions: MarcDefinitions | None = None
) -> list[ValidationIssue]:
    """Unknown subfield codes and non-repeatable subfields given more than once."""
    defs = definitions or marc_definitions()
    definition = defs.field(tag)
    issues: list[ValidationIssue] = []
    if not codes:
        issues.append(
            ValidationIssue(
                Severity.ERROR,
                IssueKind.EMPTY_FIELD,
                say(
                    "Field {tag} has no subfields. Add at least one ($a), or remove the field.",
                    tag=tag,
                ),
                tag=tag,
            )
        )
    if definition is None or not definition.subfields:
        return issues
    seen: Counter[str] = Counter()
    for code in codes:
        seen[code] += 1
        sub = definition.subfield(code)
        if sub is None:
            if seen[code] == 1:
                issues.append(
                    ValidationIssue(
                        Severity.WARNING,
                        IssueKind.UNKNOWN_SUBFIELD,
                        say(
                            "Subfield ${code} is not defined for {tag} ({label}).",
                            code=code,
                            tag=tag,
                            label=definition.label,
                        ),
                        tag=tag,
                        subfield_code=code,
                    )
                )
        elif not sub.repeatable and seen[code] == 2:
            issues.append(
                ValidationIssue(
                    Severity.WARNING,
                    IssueKind.REPEATED_SUBFIELD,
                    say(
                        "Subfield ${code} ({label}) of {tag} may appear only once.",
                        code=code,
                        label=sub.label,
                        tag=tag,
                    ),
                    tag=tag,
                    subfield_code=code,
                )
            )
    return issues


def check_leader(leader: str, definitions: MarcDefinitions | None = None) -> list[ValidationIssue]:
    defs = definitions or marc_definitions()
    if len(leader) != LEADER_LENGTH:
        return [
            ValidationIssue(
                Severity.ERROR,
                IssueKind.BAD_LEADER,
                say(
                    "The leader has {length} characters; it must have {required}.",
                    length=len(leader),
                    required=LEADER_LENGTH,
                ),
            )
        ]
    issues = []
    for position in defs.leader_positions:
        # lengths, base address and counts are computed when the record is written
        if position.start in (0, 10, 11, 12, 20, 21, 22, 23) or not position.codes:
            continue
        value = leader[position.start : position.end + 1]
        if position.meaning(value) is None:
            issues.append(
                ValidationIssue(
                    Severity.ERROR,
                    IssueKind.BAD_LEADER,
                    say(
                        "Leader position {start} ({label}) cannot be '{value}'.",
                        start=position.start,
                        label=position.label,
                        value=value,
                    ),
                )
            )
    return issues


def _index_issue(issue: ValidationIssue, index: int) -> ValidationIssue:
    return ValidationIssue(
        issue.severity,
        issue.kind,
        issue.message,
        tag=issue.tag,
        field_index=index,
        indicator=issue.indicator,
        subfield_code=issue.subfield_code,
    )


def validate_field(
    field: Field, index: int | None = None, definitions: MarcDefinitions | None = None
) -> list[ValidationIssue]:
    """Tag, indicators and subfields of one field (not its repetition in the record)."""
    defs = definitions or marc_definitions()
    tag = field.tag
    issues: list[ValidationIssue] = []
    tag_issue = check_tag(tag, defs)
    if tag_issue is not None:
        issues.append(tag_issue)
    if field.is_control_field():
        if tag == "008" and len(field.data or "") != FIXED_FIELD_008_LENGTH:
            issues.append(
                ValidationIssue(
                    Severity.WARNING,
                    IssueKind.BAD_FIXED_FIELD,
                    say(
                        "Field 008 has {length} characters; it must have {required}.",
                        length=len(field.data or ""),
                        required=FIXED_FIELD_008_LENGTH,
                    ),
                    tag=tag,
                )
            )
    else:
        for position, value in ((1, field.indicator1), (2, field.indicator2)):
            indicator_issue = check_indicator(tag, position, value or "", defs)
            if indicator_issue is not None:
                issues.append(indicator_issue)
        issues.extend(check_subfields(tag, [sub.code for sub in field.subfields], defs))
    if index is None:
        return issues
    return [_index_issue(issue, index) for issue in issues]


def validate_record(
    record: Record, definitions: MarcDefinitions | None = None
) -> tuple[ValidationIssue, ...]:
    """Every problem in `record`, errors and warnings, in field order (record-wide first)."""
    defs = definitions or marc_definitions()
    issues: list[ValidationIssue] = list(check_leader(str(record.leader), defs))
    tags = [field.tag for field in record.fields]
    if "245" not in tags:
        issues.append(
            ValidationIssue(
                Severity.ERROR,
                IssueKind.MISSING_TITLE,
                say("The record has no title (field 245). Add a 245 with the title in $a."),
                tag="245",
            )
        )
    seen: Counter[str] = Counter()
    for index, field in enumerate(record.fields):
        issues.extend(validate_field(field, index, defs))
        seen[field.tag] += 1
        definition = defs.field(field.tag)
        if definition is not None and not definition.repeatable and seen[field.tag] > 1:
            issues.append(
                ValidationIssue(
                    Severity.ERROR,
                    IssueKind.REPEATED_FIELD,
                    say(
                        "Field {tag} ({label}) may appear only once; this is "
                        "copy {copy}. Merge it into the first or remove it.",
                        tag=field.tag,
                        label=definition.label,
                        copy=seen[field.tag],
                    ),
                    tag=field.tag,
                    field_index=index,
                )
            )
    return tuple(issues)


def has_errors(issues: tuple[ValidationIssue, ...] | list[ValidationIssue]) -> bool:
    return any(issue.severity is Severity.ERROR for issue in issues)
