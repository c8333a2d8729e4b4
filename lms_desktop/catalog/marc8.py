"""MARC-8 to Unicode with a note of every problem (bad escapes, unknown characters)."""

from __future__ import annotations

import unicodedata

from pymarc import marc8_mapping

from lms_desktop.texts import say

ESC = 0x1B
BASIC_LATIN = 0x42
ANSEL = 0x45
EACC = 0x31
# Technique 1 escapes: ESC followed by one of these switches G0 directly.
_TECHNIQUE_1 = {0x73: BASIC_LATIN, 0x67: 0x67, 0x62: 0x62, 0x70: 0x70}
_G0_INTERMEDIATES = {0x28, 0x2C}  # "(" and ","
_G1_INTERMEDIATES = {0x29, 0x2D}  # ")" and "-"


class Marc8Decoder:
    """Decodes the MARC-8 text of one field; escapes stay in effect across subfields.

    Every field starts in the default sets (ASCII as G0, ANSEL as G1). Problems are
    collected in `problems` instead of silently turning into spaces.
    """

    def __init__(self) -> None:
        self.g0 = BASIC_LATIN
        self.g1 = ANSEL
        self.problems: list[str] = []

    def _note(self, problem: str) -> None:
        if problem not in self.problems:
            self.problems.append(problem)

    def _escape(self, data: bytes, pos: int) -> int:
        """Apply the escape sequence at data[pos]; returns the position after it."""
        rest = data[pos + 1 : pos + 4]
        if not rest:
            self._note(say("an escape character at the end of the text was dropped"))
            return pos + 1
        first = rest[0]
        if first in _TECHNIQUE_1:
            self.g0 = _TECHNIQUE_1[first]
            return pos + 2
        multibyte = first == 0x24  # "$"
        if not multibyte and first not in _G0_INTERMEDIATES | _G1_INTERMEDIATES:
            # not an escape sequence at all: drop the stray escape, keep the text
            self._note(say("a stray escape character was dropped"))
            return pos + 1
        if multibyte:
            rest = rest[1:]
            if rest and rest[0] in marc8_mapping.CODESETS:  # "ESC $ 1": G0 implied
                self.g0 = rest[0]
                return pos + 3
        if len(rest) < 2:
            self._note(say("an incomplete escape sequence was dropped"))
            return pos + 1 + (1 if multibyte else 0) + len(rest)
        intermediate, final = rest[0], rest[1]
        consumed = pos + (4 if multibyte else 3)
        if final not in marc8_mapping.CODESETS:
            self._note(
                say("an escape to unknown character set 0x{final:02X} was ignored", final=final)
            )
            return consumed
        if intermediate in _G0_INTERMEDIATES:
            self.g0 = final
        elif intermediate in _G1_INTERMEDIATES:
            self.g1 = final
        else:
            self._note(say("an escape sequence with 0x{byte:02X} was ignored", byte=intermediate))
        return consumed

    def decode(self, data: bytes) -> str:
        out: list[str] = []
        combining: list[str] = []
        pos = 0
        size = len(data)
        while pos < size:
            byte = data[pos]
            if byte == ESC:
                pos = self._escape(data, pos)
                continue
            if self.g0 == EACC and 0x21 <= byte <= 0x7F:
                chunk = data[pos : pos + 3]
                pos += 3
                if len(chunk) < 3:
                    self._note(say("a CJK character cut short at the end of the text was dropped"))
                    continue
                code_point = (chunk[0] << 16) | (chunk[1] << 8) | chunk[2]
                table = marc8_mapping.CODESETS[EACC]
            else:
                pos += 1
                code_point = byte
                if byte < 0x20 or 0x80 <= byte < 0xA0:
                    if byte in (0x8D, 0x8E):  # joiner / non-joiner
                        out.append("\u200d" if byte == 0x8D else "\u200c")
                    else:
                        self._note(say("control character 0x{byte:02X} was dropped", byte=byte))
                    continue
                if byte == 0x20:
                    out.append(" ")
                    out.extend(combining)
                    combining.clear()
                    continue
                table = marc8_mapping.CODESETS[self.g1 if byte > 0x80 else self.g0]
            entry = table.get(code_point)
            if entry is None:
                odd = marc8_mapping.ODD_MAP.get(code_point)
                if odd is not None:
                    out.append(chr(odd))
                    continue
                self._note(say("unknown MARC-8 character 0x{code:X} became “?”", code=code_point))
                out.append("?")
                continue
            uni, is_combining = entry
            if is_combining:
                combining.append(chr(uni))
            else:
                out.append(chr(uni))
                if combining:
                    out.extend(combining)
                    combining.clear()
        if combining:
            self._note(say("a diacritic with no letter after it was kept on its own"))
            out.extend(combining)
        return unicodedata.normalize("NFC", "".join(out))


def looks_like_marc8(data: bytes) -> bool:
    """True when non-UTF-8 bytes look like MARC-8: escapes, or ANSEL diacritics before a
    letter (0xE0-0xFE followed by ASCII), which UTF-8 never has."""
    if ESC in data:
        return True
    return any(0xE0 <= byte <= 0xFE and data[i + 1] < 0x80 for i, byte in enumerate(data[:-1]))
