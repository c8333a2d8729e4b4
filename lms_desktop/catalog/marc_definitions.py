"""MARC 21 bibliographic field, indicator, subfield and fixed-position names for help and checks.

The names come from `resources/marc/marc21_bibliographic_avram.json` (timathom/marc-schema,
Apache-2.0), a machine-readable copy of the Library of Congress format documentation.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType

RESOURCE_PARTS = ("resources", "marc", "marc21_bibliographic_avram.json")

# Local fields (9XX, X9X and 09X) are each library's own; the format leaves them undefined.
LOCAL_TAG_DIGIT = "9"


def _code_range(code: str) -> tuple[str, str] | None:
    """'1-9' -> ('1', '9'); anything else (a single code, a pattern) -> None."""
    if len(code) == 3 and code[1] == "-" and code[0] <= code[2]:
        return code[0], code[2]
    return None


def _code_matches(code: str, value: str) -> bool:
    span = _code_range(code)
    if span is not None:
        return span[0] <= value <= span[1]
    return code == value


@dataclass(frozen=True)
class IndicatorDefinition:
    """One indicator position of a field: its name and the codes it may hold.

    An empty `codes` means the format allows anything (880 copies its linked field's).
    """

    label: str
    codes: Mapping[str, str]

    def allows(self, value: str) -> bool:
        if not self.codes:
            return True
        return any(_code_matches(code, value) for code in self.codes)

    def meaning(self, value: str) -> str | None:
        for code, meaning in self.codes.items():
            if _code_matches(code, value):
                return meaning
        return None

    @property
    def is_undefined(self) -> bool:
        return set(self.codes) == {" "} and self.label.lower() == "undefined"


@dataclass(frozen=True)
class SubfieldDefinition:
    code: str
    label: str
    repeatable: bool


@dataclass(frozen=True)
class FieldDefinition:
    """A variable or control field: name, repeatability, indicators and subfields."""

    tag: str
    label: str
    repeatable: bool
    indicator1: IndicatorDefinition | None = None
    indicator2: IndicatorDefinition | None = None
    subfields: Mapping[str, SubfieldDefinition] = field(default_factory=dict)

    @property
    def is_control(self) -> bool:
        return self.tag < "010"

    def subfield(self, code: str) -> SubfieldDefinition | None:
        found = self.subfields.get(code)
        if found is not None:
            return found
        for key, definition in self.subfields.items():
            span = _code_range(key)
            if span is not None and span[0] <= code <= span[1]:
                return SubfieldDefinition(code, definition.label, definition.repeatable)
        return None

    def indicator(self, position: int) -> IndicatorDefinition | None:
        return self.indicator1 if position == 1 else self.indicator2


@dataclass(frozen=True)
class PositionDefinition:
    """A character position (or run of positions) of the leader, 006, 007 or 008."""

    start: int
    end: int
    label: str
    codes: Mapping[str, str] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start + 1

    def meaning(self, value: str) -> str | None:
        if value in self.codes:
            return self.codes[value]
        if len(value) == 1:
            for code, meaning in self.codes.items():
                if _code_matches(code, value):
                    return meaning
        return None


# Leader/06 type of record and /07 bibliographic level -> which 008/18-34 layout applies.
_MATERIAL_BY_TYPE = {
    "a": "b",
    "t": "b",
    "m": "c",
    "e": "p",
    "f": "p",
    "c": "m",
    "d": "m",
    "i": "m",
    "j": "m",
    "g": "v",
    "k": "v",
    "o": "v",
    "r": "v",
    "p": "x",
}
_CONTINUING_LEVELS = frozenset("bis")


def material_key(leader: str) -> str:
    """The 008 layout letter for a leader: b books, s continuing resources, m music…"""
    record_type = leader[6] if len(leader) > 6 else "a"
    level = leader[7] if len(leader) > 7 else "m"
    if record_type == "a" and level in _CONTINUING_LEVELS:
        return "s"
    return _MATERIAL_BY_TYPE.get(record_type, "b")


class MarcDefinitions:
    """Look-ups over the MARC 21 bibliographic format definitions."""

    def __init__(self, data: Mapping[str, object]) -> None:
        raw_fields = data["fields"]
        assert isinstance(raw_fields, dict)
        self.title = str(data.get("title", ""))
        self._raw = raw_fields
        self._fields: dict[str, FieldDefinition] = {}
        for tag, raw in raw_fields.items():
            if len(tag) == 3 and tag[0].isdigit():
                self._fields[tag] = _parse_field(tag, raw)
        self._fields.setdefault(
            "007", FieldDefinition("007", "Physical Description Fixed Field", True)
        )
        self._fields.setdefault("008", FieldDefinition("008", "Fixed-Length Data Elements", False))
        self.leader_positions: tuple[PositionDefinition, ...] = _parse_positions(
            raw_fields["LDR"]["positions"]
        )

    def field(self, tag: str) -> FieldDefinition | None:
        return self._fields.get(tag)

    def tags(self) -> list[str]:
        return sorted(self._fields)

    def label(self, tag: str) -> str:
        definition = self._fields.get(tag)
        if definition is not None:
            return definition.label
        if is_local_tag(tag):
            return "Local field"
        return ""

    def fixed_field_positions(self, leader: str) -> tuple[PositionDefinition, ...]:
        """The 008 positions for a record with this leader: all-materials plus its material."""
        common = _parse_positions(self._raw["008a"]["positions"])
        specific_key = "008" + material_key(leader)
        specific = _parse_positions(self._raw[specific_key]["positions"])
        merged = [p for p in common if not (p.start == 18 and p.end == 34)]
        merged.extend(specific)
        return tuple(sorted(merged, key=lambda p: p.start))

    def material_name(self, leader: str) -> str:
        return str(self._raw["008" + material_key(leader)]["label"])


def is_local_tag(tag: str) -> bool:
    """9XX, X9X and 09X fields are local by definition of the format."""
    return len(tag) == 3 and LOCAL_TAG_DIGIT in (tag[0], tag[1]) and tag.isdigit()


def _parse_indicator(raw: object) -> IndicatorDefinition | None:
    if not isinstance(raw, dict):
        return None
    codes = raw.get("codes") or {}
    return IndicatorDefinition(str(raw.get("label", "")), MappingProxyType(dict(codes)))


def _parse_field(tag: str, raw: Mapping[str, object]) -> FieldDefinition:
    subfields: dict[str, SubfieldDefinition] = {}
    raw_subfields = raw.get("subfields") or {}
    assert isinstance(raw_subfields, dict)
    for code, sub in raw_subfields.items():
        subfields[code] = SubfieldDefinition(
            code, str(sub.get("label", "")), bool(sub.get("repeatable", True))
        )
    return FieldDefinition(
        tag=tag,
        label=str(raw.get("label", "")),
        repeatable=bool(raw.get("repeatable", True)),
        indicator1=_parse_indicator(raw.get("indicator1")),
        indicator2=_parse_indicator(raw.get("indicator2")),
        subfields=MappingProxyType(subfields),
    )


def _parse_positions(raw: Mapping[str, Mapping[str, object]]) -> tuple[PositionDefinition, ...]:
    positions = []
    for item in raw.values():
        codes = item.get("codes") or {}
        assert isinstance(codes, dict)
        positions.append(
            PositionDefinition(
                start=int(str(item["start"])),
                end=int(str(item["end"])),
                label=str(item.get("label", "")),
                codes=MappingProxyType(dict(codes)),
            )
        )
    return tuple(sorted(positions, key=lambda p: p.start))


@cache
def marc_definitions() -> MarcDefinitions:
    """The shipped definitions, read once per process."""
    text = resources.files("lms_desktop").joinpath(*RESOURCE_PARTS).read_text(encoding="utf-8")
    return MarcDefinitions(json.loads(text))
