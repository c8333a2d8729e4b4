"""Show a domain message (lms_desktop.texts.Text) in the reader's language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from lms_desktop.errors import DomainError
from lms_desktop.texts import Text

log = logging.getLogger(__name__)

CONTEXT = "domain"  # the .ts context scripts/extract_domain_texts.py fills


def shown(message: str) -> str:
    """`message` as the desk shows it: a Text is translated (its nested Texts too);
    a plain str is shown as it is. Never raises: a translation whose placeholders do not
    fit its English template falls back to the English text."""
    if not isinstance(message, Text):
        return message
    values = {
        name: shown(value) if isinstance(value, Text) else value
        for name, value in message.values.items()
    }
    translated = QCoreApplication.translate(CONTEXT, message.template)
    if translated == message.template and not any(
        isinstance(value, Text) for value in message.values.values()
    ):
        return str(message)
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        log.warning("the translation of %r does not fit its placeholders", message.template)
        return str(message)


def error_text(exc: BaseException) -> str:
    """What a screen says about a failed action: a domain error's message in the
    reader's language; any other exception as its own text."""
    if isinstance(exc, DomainError):
        return shown(exc.message)
    return str(exc)
