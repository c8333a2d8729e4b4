"""Repair priority comes from the impact x urgency matrix, as IT service desks use it."""

from __future__ import annotations

import pytest

from lms_desktop.devices.priority import Level, Priority, priority_for, to_level
from lms_desktop.errors import ValidationError


@pytest.mark.parametrize(
    ("impact", "urgency", "expected"),
    [
        ("high", "high", Priority.CRITICAL),
        ("high", "medium", Priority.HIGH),
        ("high", "low", Priority.MEDIUM),
        ("medium", "high", Priority.HIGH),
        ("medium", "medium", Priority.MEDIUM),
        ("medium", "low", Priority.LOW),
        ("low", "high", Priority.MEDIUM),
        ("low", "medium", Priority.LOW),
        ("low", "low", Priority.PLANNING),
    ],
)
def test_every_cell_of_the_matrix(impact: str, urgency: str, expected: Priority) -> None:
    assert priority_for(impact, urgency) == expected


def test_levels_may_be_numbers_or_words_in_any_case() -> None:
    assert priority_for(1, "HIGH") == Priority.CRITICAL
    assert priority_for("3", 3) == Priority.PLANNING
    assert to_level(" Medium ") == Level.MEDIUM


def test_more_impact_or_more_urgency_never_lowers_the_priority() -> None:
    for impact in Level:
        for urgency in Level:
            here = priority_for(impact, urgency)
            if impact > Level.HIGH:
                assert priority_for(Level(impact - 1), urgency) <= here
            if urgency > Level.HIGH:
                assert priority_for(impact, Level(urgency - 1)) <= here


@pytest.mark.parametrize("bad", ["urgent", 0, 4, "", "2.5"])
def test_an_unknown_level_is_refused_with_the_allowed_words(bad: object) -> None:
    with pytest.raises(ValidationError, match="high, medium or low"):
        priority_for(bad, "low")  # type: ignore[arg-type]
