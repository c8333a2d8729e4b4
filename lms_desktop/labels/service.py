"""Choose what to label (a selection, new items, a barcode range) and make the label PDF."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.models import Item, ItemType, Patron
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.models import Device
from lms_desktop.errors import ValidationError
from lms_desktop.labels.render import (
    AssetTag,
    BarcodeLabel,
    Label,
    NarrowBars,
    PatronCard,
    SpineLabel,
    narrow_bars,
    render_labels,
)
from lms_desktop.labels.sheets import DEFAULT_PRINTER, find_sheet, printer_offset
from lms_desktop.labels.spine import spine_lines
from lms_desktop.reports.common import school_name
from lms_desktop.reports.sql import grade_label

KINDS = {
    "spine": "Spine labels",
    "barcode": "Barcode labels",
    "patron": "Patron cards",
    "asset": "Device asset tags",
}
MAX_RANGE = 5000
LABEL_SYMBOLOGY_KEY = "labels.symbology"

ProgressFn = Callable[[int, int, str], None]


@dataclass(frozen=True)
class LabelSelection:
    """What to print labels for; the first non-empty way wins.

    barcodes: chosen items, patrons or devices by barcode, in that order;
    first_barcode/last_barcode: a range (for barcode labels it need not exist yet);
    new_since: items acquired (or added) on or after that day;
    homeroom / everyone: patron cards for a homeroom, or for every active patron / device.
    """

    barcodes: tuple[str, ...] = ()
    first_barcode: str = ""
    last_barcode: str = ""
    new_since: date | None = None
    homeroom: str = ""
    everyone: bool = False

    def is_empty(self) -> bool:
        return not (
            self.barcodes or self.first_barcode or self.new_since or self.homeroom or self.everyone
        )


@dataclass(frozen=True)
class LabelJob:
    """The label PDF, and what the librarian should know before printing it.

    narrow: barcodes whose bars would print too thin on this sheet to scan reliably;
    warnings: each of those as a sentence saying what to do.
    """

    pdf: bytes
    count: int
    pages: int
    sheet_name: str
    narrow: tuple[NarrowBars, ...] = ()
    warnings: tuple[str, ...] = ()


def barcode_sequence(first: str, last: str) -> list[str]:
    """Every barcode from `first` to `last`: 'T0098'..'T0101' -> T0098, T0099, T0100, T0101."""
    a = re.fullmatch(r"(.*?)(\d+)", first.strip())
    b = re.fullmatch(r"(.*?)(\d+)", last.strip())
    if not a or not b or a.group(1) != b.group(1):
        raise ValidationError(
            f"'{first}' to '{last}' is not a barcode range: both must end in a number and "
            "start with the same letters (e.g. T00001 to T00250)."
        )
    prefix, width = a.group(1), len(a.group(2))
    low, high = int(a.group(2)), int(b.group(2))
    if high < low:
        raise ValidationError("The last barcode comes before the first. Swap them.")
    if high - low + 1 > MAX_RANGE:
        raise ValidationError(
            f"That range has {high - low + 1:,} barcodes; print at most {MAX_RANGE:,} at a time."
        )
    return [f"{prefix}{n:0{width}d}" for n in range(low, high + 1)]


def _item_rows(uow: UnitOfWork, selection: LabelSelection, kind: str) -> list[tuple[str, str, str]]:
    """(barcode, title, call number) of the chosen items, in the order they should print."""
    stmt = (
        select(Item.barcode, BibRecord.title, Item.call_number)
        .select_from(Item)
        .outerjoin(BibRecord, Item.bib_record_id == BibRecord.id)
    )
    if selection.barcodes:
        rows = {
            r[0]: r for r in uow.session.execute(stmt.where(Item.barcode.in_(selection.barcodes)))
        }
        missing = [b for b in selection.barcodes if b not in rows]
        if missing:
            raise ValidationError(
                f"No item has the barcode {', '.join(missing[:5])}. Check the numbers, or "
                "add the copies in the catalog first."
            )
        return [(b, rows[b][1] or "", rows[b][2] or "") for b in selection.barcodes]
    if selection.first_barcode:
        wanted = barcode_sequence(
            selection.first_barcode, selection.last_barcode or selection.first_barcode
        )
        found = {r[0]: r for r in uow.session.execute(stmt.where(Item.barcode.in_(wanted)))}
        if kind == "barcode":  # pre-printing barcodes for copies not catalogued yet
            return [
                (b, found[b][1] or "", found[b][2] or "") if b in found else (b, "", "")
                for b in wanted
            ]
        return [(b, found[b][1] or "", found[b][2] or "") for b in wanted if b in found]
    if selection.new_since:
        new_rows = uow.session.execute(
            stmt.where(
                func.coalesce(Item.acquired_on, func.date(Item.created_at)) >= selection.new_since
            ).order_by(Item.call_number_sort, Item.call_number, Item.barcode)
        ).all()
        from lms_desktop.reports.lists import shelf_sort_key

        return sorted(
            ((b, t or "", c or "") for b, t, c in new_rows), key=lambda r: shelf_sort_key(r[2])
        )
    raise ValidationError(
        "Choose what to print: scan or type barcodes, give a barcode range, or pick new items."
    )


def build_labels(
    uow: UnitOfWork,
    kind: str,
    selection: LabelSelection,
    symbology: str = "",
    prefix: str = "",
) -> list[Label]:
    """The labels' content, in print order (plain data, no drawing yet)."""
    if kind not in KINDS:
        raise ValidationError(f"'{kind}' is not a kind of label. Kinds: {', '.join(KINDS)}.")
    from lms_desktop.school.settings import get_setting

    school = school_name(uow, None)
    symbology = symbology or str(get_setting(uow, LABEL_SYMBOLOGY_KEY, "code39"))
    if kind == "spine":
        return [
            SpineLabel(tuple(spine_lines(call or "", prefix)))
            for _b, _t, call in _item_rows(uow, selection, kind)
        ]
    if kind == "barcode":
        return [
            BarcodeLabel(barcode, title, call, school, symbology)
            for barcode, title, call in _item_rows(uow, selection, kind)
        ]
    if kind == "patron":
        stmt = select(
            Patron.barcode,
            Patron.first_name,
            Patron.last_name,
            Patron.grade,
            Patron.homeroom_teacher,
            Patron.homeroom,
        ).where(Patron.status == "active")
        if selection.barcodes:
            stmt = stmt.where(Patron.barcode.in_(selection.barcodes))
        elif selection.homeroom:
            stmt = stmt.where(Patron.homeroom == selection.homeroom)
        elif not selection.everyone:
            raise ValidationError(
                "Choose whose cards to print: scan cards, pick a homeroom, or everyone."
            )
        rows = uow.session.execute(
            stmt.order_by(Patron.homeroom, Patron.last_name, Patron.first_name)
        ).all()
        if selection.barcodes:
            order = {b: i for i, b in enumerate(selection.barcodes)}
            rows = sorted(rows, key=lambda r: order.get(r[0], 0))
        return [
            PatronCard(
                barcode,
                f"{first} {last}",
                school,
                " · ".join(
                    p for p in ((grade_label(grade) if grade else ""), teacher or room) if p
                ),
                symbology,
            )
            for barcode, first, last, grade, teacher, room in rows
        ]
    devices = (
        select(Item.barcode, ItemType.name, Device.serial_number)
        .select_from(Item)
        .join(ItemType, Item.item_type_id == ItemType.id)
        .outerjoin(Device, Device.item_id == Item.id)
        .where(ItemType.kind.in_(("device", "equipment")))
    )
    if selection.barcodes:
        devices = devices.where(Item.barcode.in_(selection.barcodes))
    elif selection.first_barcode:
        devices = devices.where(
            Item.barcode.in_(
                barcode_sequence(
                    selection.first_barcode, selection.last_barcode or selection.first_barcode
                )
            )
        )
    elif not selection.everyone:
        raise ValidationError("Choose which devices to tag: scan asset tags, give a range, or all.")
    return [
        AssetTag(
            barcode,
            school,
            " · ".join(p for p in (kind_name, f"SN {serial}" if serial else "") if p),
            symbology or "code128",
        )
        for barcode, kind_name, serial in uow.session.execute(devices.order_by(Item.barcode))
    ]


def make_label_pdf(
    uow: UnitOfWork,
    kind: str,
    sheet_name: str,
    selection: LabelSelection,
    start: int = 1,
    printer: str = DEFAULT_PRINTER,
    symbology: str = "",
    prefix: str = "",
    outline: bool = False,
    progress: ProgressFn | None = None,
) -> LabelJob:
    """Build and draw the labels; the printer's stored offset is applied."""
    find_sheet(sheet_name, uow)  # an unknown sheet is reported before any query runs
    labels = build_labels(uow, kind, selection, symbology, prefix)
    return draw_job(sheet_name, labels, uow, start, printer, outline, progress)


def draw_job(
    sheet_name: str,
    labels: Sequence[Label],
    uow: UnitOfWork,
    start: int = 1,
    printer: str = DEFAULT_PRINTER,
    outline: bool = False,
    progress: ProgressFn | None = None,
) -> LabelJob:
    sheet = find_sheet(sheet_name, uow)
    pdf = render_labels(sheet, labels, start, printer_offset(uow, printer), outline, progress)
    used = start - 1 + len(labels)
    pages = -(-used // sheet.per_sheet)
    narrow = tuple(narrow_bars(sheet, labels))
    return LabelJob(
        pdf=pdf,
        count=len(labels),
        pages=pages,
        sheet_name=sheet.name,
        narrow=narrow,
        warnings=tuple(n.message for n in narrow),
    )
