"""Translatable domain messages: a `Text` is its English text and remembers how it was made.

The domain has no Qt, so it cannot call `tr()`. Instead a service says
`say("Checked out {item} to {patron}.", item=label, patron=name)`: the result is an
ordinary `str` in English (so logs, the CLI, JSON and every test read it as before), and
it also carries its English `template` and its `values`, from which the desk shows it in
the reader's language (lms_desktop/ui/domain_text.py). scripts/extract_domain_texts.py
puts every `say("…")` template into the .ts file, in the context "domain".

Rules for a template: a string literal written in the `say()` call (the extractor reads
it from the source), with named placeholders only.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

__all__ = [
    "Text",
    "day_text",
    "joined",
    "long_day_text",
    "month_day_text",
    "say",
    "text_from_json",
    "text_to_json",
]


class Text(str):
    """A user-visible message that is its English text; `.template` and `.values` say
    how to show it in another language. Values may be Text themselves (nested labels)."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, values: Mapping[str, object] | None = None) -> Text:
        values = dict(values or {})
        self = super().__new__(cls, template.format(**values))
        self.template = template
        self.values = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # str's own pickling would rebuild from the English text alone
        return (Text, (self.template, self.values))


def say(template: str, /, **values: object) -> Text:
    """The message `template.format(**values)`, translatable at the desk."""
    return Text(template, values)


def joined(*parts: str, sep: str = " ") -> Text:
    """Messages shown one after the other; each part keeps its own translation."""
    kept = [part for part in parts if part]
    names = [f"part{index}" for index in range(len(kept))]
    template = sep.replace("{", "{{").replace("}", "}}").join("{" + name + "}" for name in names)
    return Text(template, dict(zip(names, kept, strict=True)))


def day_text(when: date) -> Text:
    """'Tue Dec 15', the day as the desk says a due date (names translated at the desk)."""
    return say(
        "{weekday} {month} {day}",
        weekday=_WEEKDAYS[when.weekday()],
        month=_MONTHS[when.month - 1],
        day=when.day,
    )


def long_day_text(when: date) -> Text:
    """'Tuesday 15 December 2026', a day written out in full inside a message."""
    return say(
        "{weekday} {day_and_month} {year}",
        weekday=_FULL_WEEKDAYS[when.weekday()],
        day_and_month=_DAY_AND_MONTH[when.month - 1](f"{when.day:02d}"),
        year=when.year,
    )


def month_day_text(when: date, *, year: bool = False) -> Text:
    """'Dec 15' (or 'Dec 15, 2026' with year), a date inside a message."""
    month = _MONTHS[when.month - 1]
    if year:
        return say("{month} {day}, {year}", month=month, day=when.day, year=when.year)
    return say("{month} {day}", month=month, day=when.day)


def text_to_json(message: str) -> Any:
    """A JSON-able form of a message (a Text keeps its template and values)."""
    if not isinstance(message, Text):
        return str(message)
    return {"template": message.template, "values": _values_to_json(message.values)}


def text_from_json(data: Any) -> str:
    """The message that text_to_json wrote (a plain str stays a str)."""
    if isinstance(data, dict) and isinstance(data.get("template"), str):
        try:
            return Text(data["template"], _values_from_json(data.get("values") or {}))
        except (KeyError, IndexError, ValueError, TypeError):
            return str(data["template"])
    return str(data)


def _values_to_json(values: Mapping[str, object]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, Text):
            out[name] = {"text": text_to_json(value)}
        elif isinstance(value, datetime):
            out[name] = {"datetime": value.isoformat()}
        elif isinstance(value, date):
            out[name] = {"date": value.isoformat()}
        elif value is None or isinstance(value, bool | int | float | str):
            out[name] = value
        else:
            out[name] = str(value)
    return out


def _values_from_json(data: Mapping[str, Any]) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, value in data.items():
        if isinstance(value, dict) and "text" in value:
            out[name] = text_from_json(value["text"])
        elif isinstance(value, dict) and "datetime" in value:
            out[name] = datetime.fromisoformat(value["datetime"])
        elif isinstance(value, dict) and "date" in value:
            out[name] = date.fromisoformat(value["date"])
        else:
            out[name] = value
    return out


_WEEKDAYS = (
    say("Mon"),
    say("Tue"),
    say("Wed"),
    say("Thu"),
    say("Fri"),
    say("Sat"),
    say("Sun"),
)
_MONTHS = (
    say("Jan"),
    say("Feb"),
    say("Mar"),
    say("Apr"),
    say("May"),
    say("Jun"),
    say("Jul"),
    say("Aug"),
    say("Sep"),
    say("Oct"),
    say("Nov"),
    say("Dec"),
)
# Full names; each month comes with its day, since a month alone would clash with the
# short names above ("May" is both) that translate differently ("may", "mayo").
_FULL_WEEKDAYS = (
    say("Monday"),
    say("Tuesday"),
    say("Wednesday"),
    say("Thursday"),
    say("Friday"),
    say("Saturday"),
    say("Sunday"),
)
_DAY_AND_MONTH = (
    lambda day: say("{day} January", day=day),
    lambda day: say("{day} February", day=day),
    lambda day: say("{day} March", day=day),
    lambda day: say("{day} April", day=day),
    lambda day: say("{day} May", day=day),
    lambda day: say("{day} June", day=day),
    lambda day: say("{day} July", day=day),
    lambda day: say("{day} August", day=day),
    lambda day: say("{day} September", day=day),
    lambda day: say("{day} October", day=day),
    lambda day: say("{day} November", day=day),
    lambda day: say("{day} December", day=day),
)
