"""How the barcode scanner talks: prefix/suffix, terminators, timing, and cleaning a scan."""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import ValidationError
from lms_desktop.school.settings import get_setting, set_setting
from lms_desktop.texts import say

SCANNER_SETTING = "scanner.config"


@dataclass(frozen=True)
class ScannerConfig:
    """What the librarian's scanner sends around each barcode, and how fast it types.

    `max_key_gap_ms` is the longest pause between two keystrokes of one scan: a scanner
    types a whole barcode in a few milliseconds per key, a person needs 80 ms or more.
    """

    prefix: str = ""
    suffix: str = ""
    enter_ends_scan: bool = True
    tab_ends_scan: bool = True
    max_key_gap_ms: int = 45
    min_length: int = 3
    play_sounds: bool = True

    def validate(self) -> ScannerConfig:
        if not 5 <= self.max_key_gap_ms <= 500:
            raise ValidationError(
                say(
                    "The pause between scanner keystrokes must be between 5 and 500 ms; "
                    "45 ms suits almost every USB scanner."
                )
            )
        if not 1 <= self.min_length <= 32:
            raise ValidationError(say("The shortest barcode must be between 1 and 32 characters."))
        if not (self.enter_ends_scan or self.tab_ends_scan or self.suffix):
            raise ValidationError(
                say(
                    "The scanner needs a way to end a scan: tick Enter or Tab, or enter the "
                    "suffix your scanner sends after each barcode."
                )
            )
        for name, value in ((say("prefix"), self.prefix), (say("suffix"), self.suffix)):
            if len(value) > 8:
                raise ValidationError(
                    say(
                        "The {name} is at most 8 characters; check your scanner's manual.",
                        name=name,
                    )
                )
        return self

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> ScannerConfig:
        if not isinstance(data, dict):
            return cls()
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in data.items() if k in known}
        try:
            return replace(cls(), **values).validate()
        except (TypeError, ValidationError):
            return cls()


def load_scanner_config(uow: UnitOfWork) -> ScannerConfig:
    """The saved scanner settings, or the defaults that suit a plain USB scanner."""
    return ScannerConfig.from_json(get_setting(uow, SCANNER_SETTING, None))


def save_scanner_config(uow: UnitOfWork, config: ScannerConfig) -> None:
    """Store the scanner settings (the caller commits)."""
    set_setting(uow, SCANNER_SETTING, config.validate().to_json())


def is_control(char: str) -> bool:
    """True for characters a barcode never holds: control and formatting codes."""
    return unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


def clean_scan(raw: str, config: ScannerConfig) -> str:
    """The barcode inside what the scanner sent.

    Drops control characters (GS separators, CR, LF, NUL…), then the configured prefix
    and suffix, then surrounding spaces. Returns "" when nothing usable is left.
    """
    text = "".join(ch for ch in raw if not is_control(ch))
    if config.prefix and text.startswith(config.prefix):
        text = text[len(config.prefix) :]
    if config.suffix and text.endswith(config.suffix):
        text = text[: -len(config.suffix)]
    return text.strip()


@dataclass(frozen=True)
class Keystroke:
    """One key the scanner (or a person) typed, with when it arrived."""

    text: str
    at_ms: float


@dataclass
class BurstTracker:
    """Tells a scanner burst from a person typing, one keystroke at a time.

    Feed it every printable keystroke with its arrival time. A burst is a run of
    keystrokes each arriving within `max_key_gap_ms` of the previous one; it becomes a
    scan when a terminator (Enter, Tab or the suffix) ends it and it is at least
    `min_length` characters long.
    """

    config: ScannerConfig
    keys: list[Keystroke] = field(default_factory=list)

    def is_fast(self, at_ms: float) -> bool:
        """Whether a key arriving now continues the current burst."""
        return bool(self.keys) and at_ms - self.keys[-1].at_ms <= self.config.max_key_gap_ms

    def add(self, text: str, at_ms: float) -> None:
        """Record a keystroke; a slow one starts a new burst."""
        if self.keys and not self.is_fast(at_ms):
            self.keys.clear()
        self.keys.append(Keystroke(text, at_ms))

    def text(self) -> str:
        return "".join(k.text for k in self.keys)

    def ends_with_suffix(self) -> bool:
        return bool(self.config.suffix) and self.text().endswith(self.config.suffix)

    def completes_scan(self, at_ms: float) -> bool:
        """Whether a terminator arriving now turns the burst into a scan."""
        if not self.keys or not self.is_fast(at_ms):
            return False
        return len(clean_scan(self.text(), self.config)) >= self.config.min_length

    def take(self) -> str:
        """The burst's raw text; the tracker starts afresh."""
        text = self.text()
        self.keys.clear()
        return text

    def gaps_ms(self) -> list[float]:
        return [b.at_ms - a.at_ms for a, b in zip(self.keys, self.keys[1:], strict=False)]


_KEY_LABELS = {"\r": "<Enter>", "\n": "<LF>", "\t": "<Tab>", " ": "<space>", "\x1d": "<GS>"}


def label_for(text: str) -> str:
    """A keystroke's text made visible: control characters as <Enter>, <GS>, <U+0007>…"""
    return "".join(
        _KEY_LABELS.get(ch, f"<U+{ord(ch):04X}>" if is_control(ch) else ch) for ch in text
    )


def describe_key_sequence(keys: list[Keystroke]) -> list[tuple[str, float]]:
    """Each keystroke as a printable label with the pause before it, for the test page."""
    rows: list[tuple[str, float]] = []
    previous: float | None = None
    for key in keys:
        label = label_for(key.text)
        rows.append((label, 0.0 if previous is None else key.at_ms - previous))
        previous = key.at_ms
    return rows
