"""The IT service-desk priority matrix: impact x urgency -> priority 1 (critical)..5."""

from __future__ import annotations

from enum import IntEnum

from lms_desktop.errors import ValidationError
from lms_desktop.texts import say


class Level(IntEnum):
    """Impact or urgency, as service desks rate them: 1 is the most serious."""

    HIGH = 1
    MEDIUM = 2
    LOW = 3


class Priority(IntEnum):
    CRITICAL = 1
    HIGH = 2
    MEDIUM = 3
    LOW = 4
    PLANNING = 5


# shown on screens (a Text each) and written in English on IT's hand-off list
PRIORITY_NAMES: dict[Priority, str] = {
    Priority.CRITICAL: say("Critical"),
    Priority.HIGH: say("High"),
    Priority.MEDIUM: say("Medium"),
    Priority.LOW: say("Low"),
    Priority.PLANNING: say("Planning"),
}

LEVEL_NAMES: dict[Level, str] = {Level.HIGH: "High", Level.MEDIUM: "Medium", Level.LOW: "Low"}

# Rows are impact, columns urgency (ITIL's 3x3 matrix): equal steps on either axis
# move the priority by one, so a high-impact low-urgency fault ranks with a
# low-impact high-urgency one.
PRIORITY_MATRIX: dict[tuple[Level, Level], Priority] = {
    (Level.HIGH, Level.HIGH): Priority.CRITICAL,
    (Level.HIGH, Level.MEDIUM): Priority.HIGH,
    (Level.HIGH, Level.LOW): Priority.MEDIUM,
    (Level.MEDIUM, Level.HIGH): Priority.HIGH,
    (Level.MEDIUM, Level.MEDIUM): Priority.MEDIUM,
    (Level.MEDIUM, Level.LOW): Priority.LOW,
    (Level.LOW, Level.HIGH): Priority.MEDIUM,
    (Level.LOW, Level.MEDIUM): Priority.LOW,
    (Level.LOW, Level.LOW): Priority.PLANNING,
}


def to_level(value: int | str) -> Level:
    """Accept 1-3 or high/medium/low (any case)."""
    if isinstance(value, str):
        text = value.strip().lower()
        by_name = {"high": Level.HIGH, "medium": Level.MEDIUM, "low": Level.LOW}
        if text in by_name:
            return by_name[text]
        if text.isdigit():
            value = int(text)
    try:
        return Level(int(value))
    except (ValueError, TypeError):
        raise ValidationError(
            say(
                "'{value}' is not an impact or urgency level. Use high, medium or low (1, 2 or 3).",
                value=value,
            )
        ) from None


def priority_for(impact: int | str, urgency: int | str) -> Priority:
    """The priority of a repair ticket from its impact and urgency."""
    return PRIORITY_MATRIX[(to_level(impact), to_level(urgency))]
