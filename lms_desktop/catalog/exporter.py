"""Exporting the catalog (or a selection) as ISO 2709, MARCXML or .mrk, copies as holdings."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pymarc
from pymarc import Field, Indicators, Subfield
from pymarc.exceptions import PymarcException
from sqlalchemy import func, select

from lms_desktop.catalog.holdings import CopyValues, format_price, load_holding, updated_holding
from lms_desktop.catalog.marcxml_io import (
    record_to_marcxml,
    write_marcxml_footer,
    write_marcxml_header,
)
from lms_desktop.catalog.models import BibRecord
from lms_desktop.catalog.mrk import record_to_mrk
from lms_desktop.catalog.reading import FIELD_TERMINATOR, ISO2709_MAX_LENGTH, RECORD_TERMINATOR
from lms_desktop.catalog.records import fits_iso2709, load_stored_record
from lms_desktop.circulation.models import Item
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import ValidationError
from lms_desktop.texts import say

CHUNK = 1000
NOT_EXPORTED_STATUSES = ("withdrawn", "retired")


class ExportFormat(StrEnum):
    ISO2709 = "iso2709"
    MARCXML = "marcxml"
    MRK = "mrk"


SUFFIXES = {ExportFormat.ISO2709: ".mrc", ExportFormat.MARCXML: ".xml", ExportFormat.MRK: ".mrk"}


@dataclass(frozen=True)
class CopyHolding:
    barcode: str
    call_number: str
    location: str
    price_cents: int | None
    original: str | None = None  # the holdings field it was imported from (JSON)


@dataclass(frozen=True)
class ExportProgress:
    done: int
    total: int


@dataclass(frozen=True)
class ExportReport:
    path: str
    format: ExportFormat
    records: int
    copies: int
    left_out: tuple[str, ...]  # why a title could not be written (ISO 2709 size limit…)
    cancelled: bool

    def summary(self) -> str:
        if self.cancelled:
            return say("Export cancelled; nothing was written.")
        if self.left_out:
            return say(
                "{records} titles with {copies} copies written to {path}; {left_out} left out "
                "(see the list).",
                records=self.records,
                copies=self.copies,
                path=self.path,
                left_out=len(self.left_out),
            )
        return say(
            "{records} titles with {copies} copies written to {path}.",
            records=self.records,
            copies=self.copies,
            path=self.path,
        )


def holding_field(copy: CopyHolding, tag: str = "852") -> Field:
    """A copy as a MARC holdings field.

    A copy imported from a holdings field gets that field back, whole (tag, indicators,
    every subfield), with its barcode, call number, location and price brought up to
    date. A copy added in the app gets `tag` with $b location, $h call number,
    $p barcode, $9 price.
    """
    if copy.original:
        try:
            original = load_holding(copy.original)
        except ValueError:
            pass  # a damaged kept field: write the copy as the app knows it
        else:
            values = CopyValues(copy.barcode, copy.call_number, copy.location, copy.price_cents)
            return updated_holding(original, values)
    subfields: list[Subfield] = []
    if copy.location:
        subfields.append(Subfield("b", copy.location))
    if copy.call_number:
        subfields.append(Subfield("h", copy.call_number))
    subfields.append(Subfield("p", copy.barcode))
    if copy.price_cents is not None:
        subfields.append(Subfield("9", format_price(copy.price_cents)))
    return Field(tag=tag, indicators=Indicators(" ", " "), subfields=subfields)


def append_fields_iso2709(raw: bytes, fields: Sequence[Field]) -> bytes:
    """Add fields to the end of a valid UTF-8 ISO 2709 record without decoding it."""
    if not fields:
        return raw
    base = int(raw[12:17])
    directory = raw[24 : base - 1]
    data = raw[base:-1]
    new_entries = bytearray()
    new_data = bytearray()
    offset = len(data)
    for fld in fields:
        encoded = fld.as_marc(encoding="utf-8")
        new_entries += f"{fld.tag}{len(encoded):04d}{offset:05d}".encode("ascii")
        new_data += encoded
        offset += len(encoded)
    new_base = 24 + len(directory) + len(new_entries) + 1
    total = new_base + len(data) + len(new_data) + 1
    leader = f"{total:05d}".encode() + raw[5:12] + f"{new_base:05d}".encode() + raw[17:24]
    return b"".join(
        (
            leader,
            directory,
            bytes(new_entries),
            bytes([FIELD_TERMINATOR]),
            data,
            bytes(new_data),
            bytes([RECORD_TERMINATOR]),
        )
    )


def _chunks_of_records(
    uow: UnitOfWork, record_ids: Sequence[int] | None
) -> Iterator[list[tuple[int, bytes | None, str | None]]]:
    session = uow.session
    columns = (BibRecord.id, BibRecord.marc, BibRecord.marc_xml)
    if record_ids is None:
        last = 0
        while True:
            rows = session.execute(
                select(*columns).where(BibRecord.id > last).order_by(BibRecord.id).limit(CHUNK)
            ).all()
            if not rows:
                return
            last = rows[-1][0]
            yield [(r[0], r[1], r[2]) for r in rows]
    else:
        wanted = list(dict.fromkeys(record_ids))
        for start in range(0, len(wanted), CHUNK):
            part = wanted[start : start + CHUNK]
            rows = session.execute(select(*columns).where(BibRecord.id.in_(part))).all()
            by_id = {r[0]: (r[0], r[1], r[2]) for r in rows}
            yield [by_id[i] for i in part if i in by_id]


def _copies_of(uow: UnitOfWork, ids: list[int]) -> dict[int, list[CopyHolding]]:
    copies: dict[int, list[CopyHolding]] = {}
    rows = uow.session.execute(
        select(
            Item.bib_record_id,
            Item.barcode,
            Item.call_number,
            Item.location,
            Item.price_cents,
            Item.holdings_json,
        )
        .where(Item.bib_record_id.in_(ids), Item.status.not_in(NOT_EXPORTED_STATUSES))
        .order_by(Item.bib_record_id, Item.call_number_sort, Item.barcode)
    )
    for record_id, barcode, call_number, location, price, original in rows:
        copies.setdefault(record_id, []).append(
            CopyHolding(barcode, call_number or "", location or "", price, original)
        )
    return copies


def export_marc(
    uow: UnitOfWork,
    out_path: Path,
    fmt: ExportFormat | str = ExportFormat.ISO2709,
    *,
    record_ids: Sequence[int] | None = None,
    include_holdings: bool = True,
    holdings_tag: str = "852",
    progress: Callable[[ExportProgress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ExportReport:
    """Write the catalog (or the titles `record_ids`) to `out_path`.

    The file appears only when complete (written next to it, then renamed), so a
    cancelled or failed export never leaves half a file under the chosen name.
    """
    fmt = ExportFormat(fmt)
    out_path = Path(out_path)
    if out_path.is_dir():
        raise ValidationError(
            say(
                "{path} is a folder. Choose a file name to export to, such as {example}.",
                path=str(out_path),
                example=f"catalog{SUFFIXES[fmt]}",
            )
        )
    total = (
        len(set(record_ids))
        if record_ids is not None
        else uow.session.scalar(select(func.count()).select_from(BibRecord)) or 0
    )
    part = out_path.with_name(out_path.name + ".part")
    written = copies_written = 0
    left_out: list[str] = []
    cancelled = False
    binary = fmt is ExportFormat.ISO2709
    with part.open("wb") as raw_out:
        text_out = None if binary else io.TextIOWrapper(raw_out, encoding="utf-8", newline="\n")
        if fmt is ExportFormat.MARCXML and text_out is not None:
            write_marcxml_header(text_out)
        for chunk in _chunks_of_records(uow, record_ids):
            ids = [row[0] for row in chunk]
            copies = _copies_of(uow, ids) if include_holdings else {}
            for record_id, marc, marc_xml in chunk:
                fields = [holding_field(c, holdings_tag) for c in copies.get(record_id, [])]
                try:
                    if binary:
                        data = _iso2709_bytes(marc, marc_xml, fields)
                        if data is None:
                            left_out.append(
                                say(
                                    "title #{id} is over 99,999 bytes or has a field over "
                                    "9,999 bytes, the ISO 2709 limits; export as MARCXML to "
                                    "include it",
                                    id=record_id,
                                )
                            )
                            continue
                        raw_out.write(data)
                    else:
                        record = load_stored_record(marc, marc_xml)
                        record.fields.extend(fields)
                        assert text_out is not None
                        if fmt is ExportFormat.MARCXML:
                            text = record_to_marcxml(record)
                        else:
                            text = record_to_mrk(record)
                        text_out.write(text)
                except (PymarcException, ValueError, TypeError, IndexError, UnicodeError) as exc:
                    # one damaged stored record never stops the export of the others
                    left_out.append(
                        say(
                            "title #{id} could not be written ({error}); open it in the "
                            "MARC editor, save it, and export again",
                            id=record_id,
                            error=str(exc),
                        )
                    )
                    continue
                written += 1
                copies_written += len(fields)
            if progress is not None:
                progress(ExportProgress(written + len(left_out), total))
            if cancel is not None and cancel():
                cancelled = True
                break
        if text_out is not None:
            if fmt is ExportFormat.MARCXML:
                write_marcxml_footer(text_out)
            text_out.flush()
            text_out.detach()
    if cancelled:
        part.unlink(missing_ok=True)
        return ExportReport(str(out_path), fmt, 0, 0, (), cancelled=True)
    os.replace(part, out_path)
    return ExportReport(
        str(out_path), fmt, written, copies_written, tuple(left_out), cancelled=False
    )


def _iso2709_bytes(marc: bytes | None, marc_xml: str | None, fields: list[Field]) -> bytes | None:
    if marc is not None:
        data = append_fields_iso2709(marc, fields)
        return data if len(data) <= ISO2709_MAX_LENGTH else None
    record = load_stored_record(marc, marc_xml)
    record.fields.extend(fields)
    record.leader = pymarc.Leader(str(record.leader)[:9] + "a" + str(record.leader)[10:])
    data = record.as_marc()
    return data if fits_iso2709(data, len(record.fields)) else None
