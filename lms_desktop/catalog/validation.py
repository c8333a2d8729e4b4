"""MARC record checks against the MARC 21 definitions: what is wrong, where, and how to fix it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from pymarc import Field, Record

from lms_desktop.catalog.marc_definitions import MarcDefinitions, is_local_tag, marc_definitions

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
            f"'{tag}' is not a MARC tag. A tag is three digits, for example 245 for the title.",
            tag=tag,
        )
    if defs.field(tag) is None and not is_local_tag(tag):
        return ValidationIssue(
            Severity.WARNING,
            IssueKind.UNKNOWN_TAG,
            f"Field {tag} is not defined in MARC 21. Check the tag, or use a 9XX tag for "
            "local information.",
            tag=tag,
        )
    return None


def check_indicator(
    tag: str, position: int, value: str, definitions: MarcDefinitions | None = None
) -> ValidationIssue | None:
    """Is `value` allowed as indicator `position` (1 or 2) of field `tag`?"""
    defs = definitions or marc_definitions()
    definition = defs.field(tag)
    shown = "blank" if value == " " else f"'{value}'"
    if len(value) != 1:
        return ValidationIssue(
            Severity.ERROR,
            IssueKind.BAD_INDICATOR,
            f"Indicator {position} of {tag} must be exactly one character (use a blank "
            "for 'no information').",
            tag=tag,
            indicator=position,
        )
    if definition is None:
        return None
    indicator = definition.indicator(position)
    if indicator is None or indicator.allows(value):
        return None
    allowed = ", ".join("blank" if code == " " else code for code in indicator.codes)
    if indicator.is_undefined:
        message = f"Indicator {position} of {tag} is undefined and must be blank, not {shown}."
    else:
        message = (
            f"Indicator {position} of {tag} ({indicator.label}) cannot be {shown}. "
            f"Allowed: {allowed}."
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
                f"Field {tag} has no subfields. Add at least one ($a), or remove the field.",
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
                        f"Subfield ${code} is not defined for {tag} ({definition.label}).",
                        tag=tag,
                        subfield_code=code,
                    )
                )
        elif not sub.repeatable and seen[code] == 2:
            issues.append(
                ValidationIssue(
                    Severity.WARNING,
                    IssueKind.REPEATED_SUBFIELD,
                    f"Subfield ${code} ({sub.label}) of {tag} may appear only once.",
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
                f"The leader has {len(leader)} characters; it must have {LEADER_LENGTH}.",
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
                    f"Leader position {position.start} ({position.label}) cannot be '{value}'.",
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
                    f"Field 008 has {len(field.data or '')} characters; it must have "
                    f"{FIXED_FIELD_008_LENGTH}.",
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
                "The record has no title (field 245). Add a 245 with the title in $a.",
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
                    f"Field {field.tag} ({definition.label}) may appear only once; this is "
                    f"copy {seen[field.tag]}. Merge it into the first or remove it.",
                    tag=field.tag,
                    field_index=index,
                )
            )
    return tuple(issues)


def has_errors(issues: tuple[ValidationIssue, ...] | list[ValidationIssue]) -> bool:
    return any(issue.severity is Severity.ERROR for issue in issues)
