"""Split a call number into spine-label lines the way school libraries shelve them."""

from __future__ import annotations

import re

# shelf prefixes that sit on their own line above the class number or cutter
PREFIXES = {
    "FIC", "F", "E", "EASY", "ER", "J", "JF", "YA", "REF", "R", "B", "BIO", "SC", "GN",
    "PB", "AV", "DVD", "CD", "PRO", "SPA", "BB", "OVERSIZE", "OS", "MAG", "PER", "TCH",
}  # fmt: skip
# after these the next token is the author's letters, never an LC class
AUTHOR_FOLLOWS = {"FIC", "F", "E", "EASY", "ER", "JF", "YA", "B", "BIO", "SC", "GN", "PB", "SPA"}
_DEWEY = re.compile(r"^\d{1,3}(\.\d+)?$")
_LC_CLASS = re.compile(r"^([A-Z]{1,3})(\d+(?:\.\d+)?)(.*)$")


def _split_decimal(number: str, max_chars: int) -> list[str]:
    """'599.757308' on a narrow label: '599' / '.757308' (the whole number, then the
    decimal part in pieces of at most max_chars)."""
    if len(number) <= max_chars:
        return [number]
    whole, _, fraction = number.partition(".")
    lines = [whole]
    rest = "." + fraction if fraction else ""
    while rest:
        lines.append(rest[:max_chars])
        rest = rest[max_chars:]
    return lines


def spine_lines(call_number: str, prefix: str = "", max_chars: int = 8) -> list[str]:
    """The lines of a spine label.

    >>> spine_lines("599.75 SMI")
    ['599.75', 'SMI']
    >>> spine_lines("FIC SMI")
    ['FIC', 'SMI']
    >>> spine_lines("E SEU", prefix="Easy")
    ['EASY', 'E', 'SEU']

    A Dewey number too long for the label breaks after the decimal point; an LC call
    number breaks into class letters, class number and each cutter; an optional genre or
    prefix line ("MYSTERY") goes on top.
    """
    tokens = [t for t in re.split(r"[\s/]+", call_number.strip()) if t]
    lines: list[str] = []
    if prefix.strip():
        lines.append(prefix.strip().upper())
    seen_class = False  # only the first token after any prefixes can be an LC class
    for token in tokens:
        upper = token.upper()
        first = not seen_class
        if upper not in PREFIXES:
            seen_class = True
        if _DEWEY.match(token):
            lines.extend(_split_decimal(token, max_chars))
            continue
        lc = _LC_CLASS.match(upper)
        if lc and first and not AUTHOR_FOLLOWS.intersection(lines):
            letters, number, rest = lc.groups()
            if rest.startswith("."):
                lines.extend([letters, number])
                lines.extend("." + c if i == 0 else c for i, c in enumerate(_cutters(rest)))
                continue
            if not rest:
                lines.extend([letters, number])
                continue
        if upper.startswith(".") and len(upper) > 1:
            lines.extend("." + c if i == 0 else c for i, c in enumerate(_cutters(upper)))
            continue
        lines.append(upper if len(upper) <= max_chars else upper[:max_chars])
    return lines


def _cutters(text: str) -> list[str]:
    """'.P98L88' -> ['P98', 'L88']."""
    return re.findall(r"[A-Z]+\d*", text.lstrip(".").upper())
