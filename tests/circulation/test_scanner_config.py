"""What the scanner sends is cleaned into a barcode, and bursts are told from typing."""

from __future__ import annotations

import pytest

from lms_desktop.circulation.scanner_config import (
    BurstTracker,
    Keystroke,
    ScannerConfig,
    clean_scan,
    describe_key_sequence,
    label_for,
    load_scanner_config,
    save_scanner_config,
)
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import ValidationError

PLAIN = ScannerConfig()
WITH_AFFIXES = ScannerConfig(prefix="]C1", suffix="#")


@pytest.mark.parametrize(
    ("raw", "config", "expected"),
    [
        ("31234000000012", PLAIN, "31234000000012"),
        ("31234000000012\r", PLAIN, "31234000000012"),
        ("\x1d3123\x00400000\x070012\n", PLAIN, "31234000000012"),
        ("  A-123  ", PLAIN, "A-123"),
        ("]C131234000000012#", WITH_AFFIXES, "31234000000012"),
        ("31234000000012#", WITH_AFFIXES, "31234000000012"),  # prefix missing: still fine
        ("]C1", WITH_AFFIXES, ""),
        ("\x00\x01\x02", PLAIN, ""),
        ("\u200b978\u200e0306406157", PLAIN, "9780306406157"),  # invisible format chars
    ],
)
def test_a_scan_is_cleaned_to_the_barcode_inside(
    raw: str, config: ScannerConfig, expected: str
) -> None:
    assert clean_scan(raw, config) == expected


def test_a_burst_at_scanner_speed_ended_in_time_is_a_scan() -> None:
    tracker = BurstTracker(PLAIN)
    for n, ch in enumerate("3123400"):
        tracker.add(ch, 1000 + n * 4)
    assert tracker.completes_scan(1000 + 7 * 4)
    assert tracker.take() == "3123400"
    assert tracker.keys == []


def test_a_person_typing_is_not_a_scan() -> None:
    tracker = BurstTracker(PLAIN)
    for n, ch in enumerate("hello"):
        tracker.add(ch, 1000 + n * 150)
    # only the last key is in the "burst": a person's pace restarts it every time
    assert tracker.text() == "o"
    assert not tracker.completes_scan(1000 + 5 * 150)


def test_a_burst_that_stalls_before_the_terminator_is_not_a_scan() -> None:
    tracker = BurstTracker(PLAIN)
    for n, ch in enumerate("12345"):
        tracker.add(ch, n * 3)
    assert not tracker.completes_scan(5 * 3 + 400)


def test_too_short_a_burst_is_not_a_scan() -> None:
    tracker = BurstTracker(ScannerConfig(min_length=4))
    for n, ch in enumerate("ab"):
        tracker.add(ch, n)
    assert not tracker.completes_scan(3)


def test_the_suffix_ends_a_scan() -> None:
    tracker = BurstTracker(WITH_AFFIXES)
    for n, ch in enumerate("]C1123456#"):
        tracker.add(ch, n * 2)
    assert tracker.ends_with_suffix()
    assert tracker.completes_scan(20)
    assert clean_scan(tracker.take(), WITH_AFFIXES) == "123456"


def test_the_key_log_shows_invisible_keys_and_pauses() -> None:
    keys = [Keystroke("3", 0.0), Keystroke("\x1d", 4.0), Keystroke("\r", 9.5)]
    assert describe_key_sequence(keys) == [("3", 0.0), ("<GS>", 4.0), ("<Enter>", 5.5)]
    assert label_for("\x07 ") == "<U+0007><space>"


@pytest.mark.parametrize(
    "bad",
    [
        ScannerConfig(max_key_gap_ms=1),
        ScannerConfig(min_length=0),
        ScannerConfig(enter_ends_scan=False, tab_ends_scan=False),
        ScannerConfig(prefix="x" * 9),
    ],
)
def test_impossible_settings_are_refused_with_advice(bad: ScannerConfig) -> None:
    with pytest.raises(ValidationError):
        bad.validate()


def test_settings_are_remembered_in_the_database(database: Database) -> None:
    with database.unit_of_work() as uow:
        assert load_scanner_config(uow) == ScannerConfig()
        save_scanner_config(uow, WITH_AFFIXES)
        uow.commit()
    with database.unit_of_work() as uow:
        assert load_scanner_config(uow) == WITH_AFFIXES


def test_damaged_saved_settings_fall_back_to_the_defaults() -> None:
    assert ScannerConfig.from_json({"max_key_gap_ms": "fast"}) == ScannerConfig()
    assert ScannerConfig.from_json(None) == ScannerConfig()
    assert ScannerConfig.from_json({"prefix": "*", "unknown": 1}).prefix == "*"
