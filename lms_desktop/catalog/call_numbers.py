"""Shelf-order sort keys for Dewey, Cutter and Library of Congress call numbers."""

from __future__ import annotations

import re
import unicodedata

# Prefixes school libraries put in front of Dewey numbers or author letters; a call
# number starting with one of these is never read as an LC class ("E" is also LC's
# American-history class, "FIC" would parse as LC class F).
SCHOOL_PREFIXES = frozenset(
    "A AUD B BIO BIOG BR CD DVD E EASY ER F FIC GN GRAPHIC J JE JF JUV KIT LP MAG P PB PER "
    "PROF R REF SC SF SPA SPAN STORY T TR VF YA".split()
)

_LC = re.compile(
    r"""^(?P<cls>[A-Z]{1,3})\s*
        (?P<num>\d{1,4}(?:\.\d+)?)\s*
        (?P<rest>.*)$""",
    re.VERBOSE | re.ASCII,
)
_TOKEN = re.compile(r"\d+(?:\.\d+)?|\.\d+|[A-Z]+\d*|[^\sA-Z\d]+", re.ASCII)
_VOLUME = re.compile(r"^(V|VOL|C|COP|NO|PT|BK|BOOK|SER)\.?\s*(\d+)$", re.ASCII)
_NUMBER_WIDTH = 6


def _number_key(token: str) -> str:
    """'599.75' -> '000599.75': whole part padded, fraction compared digit by digit."""
    whole, _, fraction = token.partition(".")
    key = f"{int(whole or '0'):0{_NUMBER_WIDTH}d}"
    return f"{key}.{fraction}" if fraction else key


def is_lc_call_number(call_number: str) -> bool:
    """True for a Library of Congress call number such as 'QA76.73.P98 L88 2019'."""
    text = _normalise(call_number)
    match = _LC.match(text)
    if not match:
        return False
    cls = match.group("cls")
    if cls in SCHOOL_PREFIXES and text[len(cls)] == " ":
        # "E 185.97" is an Everybody book with a Dewey number; "E185.97" is LC
        return False
    rest = match.group("rest")
    # LC numbers are followed by a Cutter (".P98", "P98") or a date, or nothing
    return rest == "" or bool(re.match(r"^\.?[A-Z]\d|^\d{4}", rest))


def _is_ascii_number(word: str) -> bool:
    return word.isascii() and word.isdigit()


def _normalise(call_number: str) -> str:
    text = (
        unicodedata.normalize("NFKC", call_number or "").upper().replace("[", " ").replace("]", " ")
    )
    return " ".join(text.split())


def _tokens_key(text: str) -> list[str]:
    parts: list[str] = []
    words = text.split(" ")
    i = 0
    while i < len(words):
        word = words[i]
        volume = _VOLUME.match(word)
        if volume is None and i + 1 < len(words) and _is_ascii_number(words[i + 1]):
            volume = _VOLUME.match(f"{word}{words[i + 1]}")
            if volume is not None:
                i += 1
        if volume is not None:
            parts.append(f"{volume.group(1)} {_number_key(volume.group(2))}")
            i += 1
            continue
        for token in _TOKEN.findall(word):
            if _is_ascii_number(token[0]):
                parts.append(_number_key(token))
            elif token[0] == "." and token[1:].isdigit():
                # a Cutter decimal written ".5" stays a decimal fraction
                parts.append(token[1:])
            elif token[0].isalpha():
                parts.append(token)
            # other punctuation (slashes, hyphens, commas) does not affect shelf order
        i += 1
    return parts


def call_number_sort_key(call_number: str) -> str:
    """A string whose plain text order is shelf order.

    Dewey numbers compare as decimals (599.75 before 599.8, 92 before 599), Cutters
    compare as decimals too (S65 before S7), author letters alphabetically (SMI before
    SMITH), volume and copy numbers as whole numbers (v.2 before v.10). Prefixes such
    as FIC, E, B, REF sort as words, so numbers come first, then FIC, then REF.
    LC call numbers ('QA76.73.P98 L88 2019') sort by class letters, class number,
    Cutters and date.
    """
    text = _normalise(call_number)
    if not text:
        return ""
    match = _LC.match(text) if is_lc_call_number(text) else None
    if match:
        parts = [match.group("cls"), _number_key(match.group("num"))]
        rest = match.group("rest").replace(".", " ")
        parts.extend(_tokens_key(" ".join(rest.split())))
    else:
        parts = _tokens_key(text)
    # a space separates tokens: it sorts before every digit and letter, so a shorter
    # call number comes before a longer one that starts the same way
    return " ".join(parts)[:200]
