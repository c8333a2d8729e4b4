"""Which single-byte code page a record's text is in when it is neither UTF-8 nor MARC-8:
a plain score, table-driven."""

from __future__ import annotations

import pytest

from lms_desktop.catalog.code_pages import guess_code_page, marc8_nonsense_share

RUSSIAN = "Психологический тренинг с подростками / Людмила Федоровна Анн"
FRENCH = "Élégie pour un garçon énergique, à lire à l'école maternelle"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RUSSIAN.encode("cp1251"), "Windows-1251 (Cyrillic)"),
        (RUSSIAN.encode("cp866"), "CP866 (DOS Cyrillic)"),
        ("Ёжик в тумане, Їжачок і Ґанок".encode("cp1251"), "Windows-1251 (Cyrillic)"),
        # the words are Latin with an accent here and there: not Cyrillic
        ("Été à Montréal, où naïveté et façade règnent".encode("latin-1"), None),
    ],
)
def test_the_likeliest_code_page(text: bytes, expected: str | None) -> None:
    guess = guess_code_page([b"10\x1fa" + text])
    if expected is None:
        assert guess is None or guess.page is None or guess.page.script == "LATIN"
    else:
        assert guess is not None and guess.page is not None
        assert guess.page.name == expected


@pytest.mark.parametrize(
    "marc8",
    [
        b"Soci\xe2et\xe2e",  # acute before its letter: MARC-8
        b"\xa5sopiska \xe2a",  # a special letter (AE) and an accent
        FRENCH.encode("ascii", "replace"),  # plain ASCII
        b"\x1b(NCyrillic in MARC-8 escapes \xe0\xe1\xe2\xe3\xe4",  # escapes: MARC-8
    ],
)
def test_text_that_reads_as_marc8_is_left_to_marc8(marc8: bytes) -> None:
    assert guess_code_page([marc8]) is None


def test_the_marc8_nonsense_share_counts_long_runs_and_lonely_diacritics() -> None:
    assert marc8_nonsense_share([b"Soci\xe2et\xe2e"]) == (0.0, 2)
    assert marc8_nonsense_share([b"caf\xe2 "]) == (1.0, 1)  # a diacritic before a blank
    assert marc8_nonsense_share([RUSSIAN.encode("cp866")])[0] > 0.9


def test_no_convincing_code_page_gives_a_guess_without_a_page() -> None:
    guess = guess_code_page([b"\xb0\xb1\xb2\xb3 \xb4\xb5\xb6\xb7 \xb8\xb9\xba\xbb"])
    assert guess is not None and guess.page is None
    assert "Windows-1251 (Cyrillic)" in guess.describe_scores()
