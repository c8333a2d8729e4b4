"""How the screens name a patron's status (the database keeps the English code)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "PatronStatus"
STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("PatronStatus", "active"),
    "inactive": QT_TRANSLATE_NOOP("PatronStatus", "inactive"),
    "graduated": QT_TRANSLATE_NOOP("PatronStatus", "graduated"),
    "left": QT_TRANSLATE_NOOP("PatronStatus", "left"),
    "deleted": QT_TRANSLATE_NOOP("PatronStatus", "deleted"),
}


def status_label(status: str) -> str:
    """The status in the reader's language, lower case ("graduated"); an unknown code as
    it is."""
    english = STATUS_LABELS.get(status)
    return QCoreApplication.translate(CONTEXT, str(english)) if english else status
