"""Telling which single-byte code page a record is in when its text is neither UTF-8 nor
MARC-8 (a system that wrote Windows-1251 or DOS Cyrillic and said nothing).

Two plain measures, both easy to explain to a librarian:

- how much of the text makes no sense as MARC-8: bytes MARC-8 does not define, and
  diacritics with no letter after them (MARC-8 puts a diacritic just before its letter);
- for each candidate code page, the share of the non-ASCII characters that are letters of
  one alphabet inside words that look like words (one alphabet, normal case), with no
  control characters at all. Cyrillic read as Latin-1 gives words made only of accented
  letters, which no Western language writes; Windows-1251 read as CP866 gives box-drawing
  characters in the middle of words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pymarc import marc8_mapping

_ANSEL = marc8_mapping.CODESETS[0x45]  # MARC-8's default G1 set (extended Latin)
_ESC = 0x1B

# MARC-8 must make no sense of at least this share of the non-ASCII bytes, and there must
# be at least this many of them, before another code page is tried: a record with a stray
# byte or two keeps its MARC-8 reading, as it always has
NOT_MARC8_SHARE = 0.75
NOT_MARC8_MIN_BYTES = 10
# a code page reads the record convincingly when this share of its non-ASCII characters
# are letters in plausible words
CONVINCING_SHARE = 0.9


@dataclass(frozen=True)
class CodePage:
    codec: str
    name: str  # what the librarian is told
    script: str  # the Unicode script name its letters belong to


CODE_PAGES = (
    CodePage("cp1251", "Windows-1251 (Cyrillic)", "CYRILLIC"),
    CodePage("cp866", "CP866 (DOS Cyrillic)", "CYRILLIC"),
    CodePage("latin-1", "Latin-1 (ISO 8859-1, Western European)", "LATIN"),
)

_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]+")
_SUBFIELD_CODE = re.compile(rb"\x1f.", re.DOTALL)
_WORD = re.compile(r"[^\W\d_]+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1c\x7f-\x9f]")


def marc8_nonsense_share(texts: list[bytes]) -> tuple[float, int]:
    """(share of the non-ASCII bytes that make no sense as MARC-8, how many there are).

    No sense: a byte MARC-8 does not define; a diacritic with no letter after it; a run
    of three or more non-ASCII bytes (MARC-8 text is Latin letters with a special letter
    or a diacritic here and there, never whole words of them). A record with escape
    sequences is MARC-8 by its own word: (0.0, count).
    """
    total = nonsense = 0
    for data in texts:
        if _ESC in data:
            return 0.0, sum(b >= 0x80 for b in data)
        for run in _NON_ASCII_RUN.finditer(data):
            start, end = run.span()
            total += end - start
            if end - start >= 3:
                nonsense += end - start
                continue
            for i in range(start, end):
                entry = _ANSEL.get(data[i])
                if entry is None:
                    nonsense += 1
                elif entry[1] and not (end < len(data) and chr(data[end]).isalpha()):
                    nonsense += 1  # a diacritic with no letter after it
    return (nonsense / total if total else 0.0), total


def _plausible_word(word: str, script: str) -> bool:
    """A word in one alphabet and a normal case (lower, upper or capitalised)."""
    if not (word.islower() or word.isupper() or word.istitle()):
        return False
    foreign = sum(not c.isascii() for c in word)
    if script == "LATIN":
        # Western languages accent a letter here and there, never a whole word
        latin = all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in word)
        return latin and (len(word) == 1 or foreign * 2 <= len(word))
    # a Cyrillic word is written in Cyrillic letters only
    return foreign == len(word) and all(unicodedata.name(c, "").startswith(script) for c in word)


def code_page_score(texts: list[bytes], page: CodePage) -> float:
    """The share of non-ASCII characters that read as letters in plausible words when the
    text is taken as `page`; 0.0 if the code page cannot read it or gives control codes."""
    good = total = 0
    for data in texts:
        try:
            text = _SUBFIELD_CODE.sub(b" ", data).decode(page.codec)
        except UnicodeDecodeError:
            return 0.0
        if _CONTROL.search(text):
            return 0.0
        total += sum(not c.isascii() for c in text)
        for word in _WORD.findall(text):
            if not word.isascii() and _plausible_word(word, page.script):
                good += sum(not c.isascii() for c in word)
    return good / total if total else 0.0


@dataclass(frozen=True)
class CodePageGuess:
    page: CodePage | None  # None: no code page reads the text convincingly
    scores: tuple[tuple[str, float], ...]  # (name, score) for every candidate, best first

    def describe_scores(self) -> str:
        return ", ".join(f"{name} {score:.0%}" for name, score in self.scores)


def guess_code_page(texts: list[bytes]) -> CodePageGuess | None:
    """None when the text is (or may well be) MARC-8; otherwise the likeliest code page,
    or a guess with no page when none is convincing."""
    share, count = marc8_nonsense_share(texts)
    if share < NOT_MARC8_SHARE or count < NOT_MARC8_MIN_BYTES:
        return None
    scored = sorted(
        ((code_page_score(texts, page), page) for page in CODE_PAGES),
        key=lambda pair: -pair[0],
    )
    best_score, best = scored[0]
    scores = tuple((page.name, score) for score, page in scored)
    return CodePageGuess(best if best_score >= CONVINCING_SHARE else None, scores)
