"""Holdings fields (852, 949, a local 9XX): which subfields make a copy, kept whole for export."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pymarc import Field, Indicators, Subfield

from lms_desktop.errors import ValidationError
from lms_desktop.texts import Text, say

MAX_BARCODE = 64
MAX_CALL_NUMBER = 100
MAX_LOCATION = 100


@dataclass(frozen=True)
class HoldingsMapping:
    """Which field and subfields of an incoming record describe a copy.

    `call_number` parts are joined in the field's order; the first non-empty `location`
    subfield is the copy's location. `call_number_into` and `location_into` name the
    subfield a changed value is written to on export (empty: the first of the list).
    An empty `price` means the field carries no price.
    """

    tag: str = "852"
    barcode: str = "p"
    call_number: tuple[str, ...] = ("k", "h", "i", "m")
    location: tuple[str, ...] = ("c", "b")
    price: str = "9"
    call_number_into: str = "h"
    location_into: str = "b"

    @property
    def call_number_code(self) -> str:
        return self.call_number_into or (self.call_number[0] if self.call_number else "")

    @property
    def location_code(self) -> str:
        return self.location_into or (self.location[0] if self.location else "")

    def spec(self) -> str:
        """The mapping as `--holdings` takes it: "852", "949" or "TAG:barcode=p,…"."""
        for name, preset in PRESETS.items():
            if preset == self:
                return name
        parts = [f"barcode={self.barcode}"]
        if self.call_number:
            parts.append("call=" + "+".join(self.call_number))
        if self.location:
            parts.append("location=" + "+".join(self.location))
        if self.price:
            parts.append(f"price={self.price}")
        return f"{self.tag}:" + ",".join(parts)

    def as_dict(self) -> dict[str, object]:
        return {
            "tag": self.tag,
            "barcode": self.barcode,
            "call": list(self.call_number),
            "call_into": self.call_number_code,
            "location": list(self.location),
            "location_into": self.location_code,
            "price": self.price,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> HoldingsMapping:
        return cls(
            tag=str(data["tag"]),
            barcode=str(data["barcode"]),
            call_number=_codes(data.get("call")),
            location=_codes(data.get("location")),
            price=str(data.get("price", "") or ""),
            call_number_into=str(data.get("call_into", "") or ""),
            location_into=str(data.get("location_into", "") or ""),
        )


def _codes(value: object) -> tuple[str, ...]:
    return tuple(str(c) for c in value) if isinstance(value, list | tuple) else ()


HOLDINGS_852 = HoldingsMapping()
# Local item field as many vendors send it (III/Sierra style): $a call number,
# $i barcode, $l location, $p price.
HOLDINGS_949 = HoldingsMapping(
    tag="949",
    barcode="i",
    call_number=("a",),
    location=("l",),
    price="p",
    call_number_into="a",
    location_into="l",
)
PRESETS: dict[str, HoldingsMapping] = {"852": HOLDINGS_852, "949": HOLDINGS_949}

_SPEC = re.compile(r"^\s*(\d{3})\s*:(.*)$", re.DOTALL)
_CODE = re.compile(r"^[a-z0-9]$")
_KEYS = {"barcode": "barcode", "call": "call", "location": "location", "price": "price"}
SPEC_HELP = say(
    "Write 852, 949, none, or a tag and its subfields such as "
    "949:barcode=i,call=a,location=l,price=p (call and location may name several "
    "subfields joined by +; only barcode is required)."
)
# the parts of a copy as a message names them (a key of a spec, or a box of the dialog)
_ROLE_NAMES: dict[str, Text] = {
    "barcode": say("barcode"),
    "call": say("call"),
    "call number": say("call number"),
    "location": say("location"),
    "price": say("price"),
}


def _role_name(what: str) -> str:
    return _ROLE_NAMES.get(what, what)


def parse_holdings_spec(text: str) -> HoldingsMapping | None:
    """The mapping named by `text` ("852", "949", "none", "TAG:barcode=p,call=h+i,…")."""
    value = (text or "").strip()
    if value.lower() == "none":
        return None
    if value in PRESETS:
        return PRESETS[value]
    match = _SPEC.match(value)
    if match is None:
        raise ValidationError(
            say(
                "The holdings field “{value}” is not understood. {help}",
                value=value,
                help=SPEC_HELP,
            )
        )
    tag, body = match.group(1), match.group(2)
    check_holdings_tag(tag)
    chosen: dict[str, tuple[str, ...]] = {}
    for part in body.split(","):
        if not part.strip():
            continue
        key, sep, codes_text = part.partition("=")
        key = key.strip().lower()
        if not sep or key not in _KEYS:
            raise ValidationError(
                say(
                    "“{part}” in the holdings field “{value}” is not understood. {help}",
                    part=part.strip(),
                    value=value,
                    help=SPEC_HELP,
                )
            )
        if key in chosen:
            raise ValidationError(
                say(
                    "{key} is named twice in the holdings field “{value}”.",
                    key=key,
                    value=value,
                )
            )
        chosen[key] = subfield_codes(codes_text, key, single=key in ("barcode", "price"))
    return holdings_mapping(
        tag,
        barcode="".join(chosen.get("barcode", ())),
        call_number=chosen.get("call", ()),
        location=chosen.get("location", ()),
        price="".join(chosen.get("price", ())),
    )


def check_holdings_tag(tag: str) -> None:
    if not (tag == "852" or (len(tag) == 3 and tag.isdigit() and tag.startswith("9"))):
        raise ValidationError(
            say(
                "Copies cannot be read from field {tag}: use 852 or a local "
                "field from 900 to 999, such as 949.",
                tag=tag or say("(none)"),
            )
        )


def subfield_codes(text: str, what: str, *, single: bool = False) -> tuple[str, ...]:
    """Subfield letters as typed ("h+i", "h i", "$h$i", "hi"), lower-cased and checked."""
    cleaned = re.sub(r"[\s+$,]", "", (text or "").strip().lower())
    codes = tuple(cleaned)
    for code in codes:
        if not _CODE.match(code):
            raise ValidationError(
                say(
                    "“{code}” is not a subfield code (for the {what}). Use letters a–z or "
                    "digits 0–9.",
                    code=code,
                    what=_role_name(what),
                )
            )
    if single and len(codes) > 1:
        raise ValidationError(
            say(
                "The {what} is read from one subfield only; “{text}” names more.",
                what=_role_name(what),
                text=text,
            )
        )
    return codes


def holdings_mapping(
    tag: str,
    *,
    barcode: str,
    call_number: Sequence[str] = (),
    location: Sequence[str] = (),
    price: str = "",
) -> HoldingsMapping:
    """A custom mapping, checked: a barcode subfield, no subfield in two roles."""
    check_holdings_tag(tag)
    if not barcode:
        raise ValidationError(
            say(
                "Say which subfield of {tag} holds the barcode (for example barcode=p): "
                "a holdings field becomes a copy only when it has a barcode.",
                tag=tag,
            )
        )
    roles: dict[str, str] = {}
    for role, codes in (
        ("barcode", (barcode,)),
        ("call number", tuple(call_number)),
        ("location", tuple(location)),
        ("price", (price,) if price else ()),
    ):
        for code in codes:
            if code in roles and roles[code] != role:
                raise ValidationError(
                    say(
                        "Subfield ${code} of {tag} cannot be both the {first} and the "
                        "{second}. Choose a different subfield for one of them.",
                        code=code,
                        tag=tag,
                        first=_role_name(roles[code]),
                        second=_role_name(role),
                    )
                )
            roles[code] = role
    mapping = HoldingsMapping(
        tag=tag,
        barcode=barcode,
        call_number=tuple(dict.fromkeys(call_number)),
        location=tuple(dict.fromkeys(location)),
        price=price,
        call_number_into="",
        location_into="",
    )
    for name, preset in PRESETS.items():
        if _same_reading(preset, mapping):
            return PRESETS[name]
    return mapping


def _same_reading(a: HoldingsMapping, b: HoldingsMapping) -> bool:
    return (a.tag, a.barcode, a.call_number, a.location, a.price) == (
        b.tag,
        b.barcode,
        b.call_number,
        b.location,
        b.price,
    )


@dataclass(frozen=True)
class CopyValues:
    """What the app keeps of a copy described by a holdings field."""

    barcode: str
    call_number: str
    location: str
    price_cents: int | None


_PRICE = re.compile(r"(\d+)(?:[.,](\d{1,2}))?")


def parse_price(text: str) -> int | None:
    """Cents from a price as vendors write it: "$12.99", "12.99 USD", "12,99", "12"."""
    match = _PRICE.search(text or "")
    if not match:
        return None
    whole, fraction = match.group(1), match.group(2) or "0"
    return int(whole) * 100 + int(fraction.ljust(2, "0"))


def format_price(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def copy_values(subfields: Sequence[tuple[str, str]], mapping: HoldingsMapping) -> CopyValues:
    """The copy a holdings field's subfields describe (barcode empty: none)."""
    barcode = next((v.strip() for c, v in subfields if c == mapping.barcode and v.strip()), "")
    call_number = " ".join(
        " ".join(v.split()) for c, v in subfields if c in mapping.call_number and v.strip()
    )
    location = next((v.strip() for c, v in subfields if c in mapping.location and v.strip()), "")
    price = next((v for c, v in subfields if c == mapping.price), None) if mapping.price else None
    return CopyValues(
        barcode=barcode[:MAX_BARCODE],
        call_number=" ".join(call_number.split())[:MAX_CALL_NUMBER],
        location=location[:MAX_LOCATION],
        price_cents=parse_price(price) if price is not None else None,
    )


def holdings_json(fld: Field, mapping: HoldingsMapping) -> str:
    """The whole incoming holdings field (and how it was read), kept with its copy."""
    return json.dumps(
        {
            "tag": fld.tag,
            "indicators": [fld.indicator1 or " ", fld.indicator2 or " "],
            "subfields": [[s.code, s.value] for s in fld.subfields],
            "mapping": mapping.as_dict(),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


@dataclass(frozen=True)
class OriginalHolding:
    tag: str
    indicators: tuple[str, str]
    subfields: tuple[tuple[str, str], ...]
    mapping: HoldingsMapping


def load_holding(text: str) -> OriginalHolding:
    """The field kept by holdings_json (ValueError when the text is not one)."""
    try:
        data = json.loads(text)
        ind = data["indicators"]
        return OriginalHolding(
            tag=str(data["tag"]),
            indicators=(str(ind[0])[:1] or " ", str(ind[1])[:1] or " "),
            subfields=tuple((str(c), str(v)) for c, v in data["subfields"]),
            mapping=HoldingsMapping.from_dict(data["mapping"]),
        )
    except (KeyError, TypeError, IndexError, AttributeError) as exc:
        raise ValueError(f"not a kept holdings field: {exc}") from exc


def _sort_key(code: str) -> tuple[bool, str]:
    return (code.isdigit(), code)


def _insert(subs: list[list[str]], code: str, value: str) -> None:
    """A new subfield in code order (letters, then digits), as holdings fields are laid out."""
    for index, (existing, _v) in enumerate(subs):
        if _sort_key(existing) > _sort_key(code):
            subs.insert(index, [code, value])
            return
    subs.append([code, value])


def updated_holding(original: OriginalHolding, now: CopyValues) -> Field:
    """The original holdings field with the copy's current values written into it.

    A value the app did not change keeps its subfields exactly as they came ("$12.99",
    a call number in $h and $i); one it changed is written to the subfield it was read
    from; every other subfield ($a, $t, $x, $z, $5, a second $b…) stays as it was.
    """
    mapping = original.mapping
    subs = [[c, v] for c, v in original.subfields]
    was = copy_values(original.subfields, mapping)
    if now.barcode != was.barcode:
        _replace_first(subs, (mapping.barcode,), now.barcode, mapping.barcode)
    if now.call_number != was.call_number and mapping.call_number:
        at = next((i for i, (c, _v) in enumerate(subs) if c in mapping.call_number), None)
        subs = [s for s in subs if s[0] not in mapping.call_number]
        if now.call_number:
            if at is None:
                _insert(subs, mapping.call_number_code, now.call_number)
            else:
                subs.insert(at, [mapping.call_number_code, now.call_number])
    if now.location != was.location and mapping.location:
        _replace_first(subs, mapping.location, now.location, mapping.location_code)
    if now.price_cents != was.price_cents and mapping.price:
        text = format_price(now.price_cents) if now.price_cents is not None else ""
        _replace_first(subs, (mapping.price,), text, mapping.price, any_value=True)
    return Field(
        tag=original.tag,
        indicators=Indicators(*original.indicators),
        subfields=[Subfield(c, v) for c, v in subs],
    )


def _replace_first(
    subs: list[list[str]],
    codes: Sequence[str],
    value: str,
    new_code: str,
    *,
    any_value: bool = False,
) -> None:
    """Write `value` into the subfield the value was read from (or remove it when empty)."""
    for index, (code, old) in enumerate(subs):
        if code in codes and (any_value or old.strip()):
            if value:
                subs[index][1] = value
            else:
                del subs[index]
            return
    if value:
        _insert(subs, new_code, value)
