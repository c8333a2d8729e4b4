"""Choose what to label (a selection, new items, a barcode range) and make the label PDF."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
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
    crowded_labels,
    narrow_bars,
    render_labels,
)
from lms_desktop.labels.sheets import DEFAULT_PRINTER, find_sheet, printer_offset
from lms_desktop.labels.spine import spine_lines
from lms_desktop.reports.common import school_name
from lms_desktop.reports.sql import grade_label
from lms_desktop.texts import Text, joined, say

KINDS = {
    "spine": say("Spine labels"),
    "barcode": say("Barcode labels"),
    "patron": say("Patron cards"),
    "asset": say("Device asset tags"),
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
    warnings: each of those as a sentence saying what to do, then the words left off
    labels too short for them and bars tall enough to scan, then a range's gaps.
    """

    pdf: bytes
    count: int
    pages: int
    sheet_name: str
    narrow: tuple[NarrowBars, ...] = ()
    warnings: tuple[str, ...] = ()
    not_found: tuple[str, ...] = ()  # barcodes of a range that have nothing to label


@dataclass(frozen=True)
class LabelPlan:
    """The labels' content in print order, and the asked-for barcodes that had no match."""

    labels: tuple[Label, ...]
    not_found: tuple[str, ...] = ()
    note: str = ""  # what to tell the librarian about not_found


def _capital(text: str) -> str:
    """`text` with a capital first letter (str.capitalize would lower the barcodes)."""
    return text[:1].upper() + text[1:]


def _listed(barcodes: Sequence[str], limit: int = 5, *, capital: bool = False) -> str:
    shown = ", ".join(barcodes[:limit])
    if capital:
        shown = _capital(shown)
    more = len(barcodes) - limit
    return joined(shown, say("and {count} more", count=f"{more:,}")) if more > 0 else shown


def _range_words(what: str) -> str:
    """What a barcode of a range should be, as a label note says it."""
    return _RANGE_WORDS.get(what, what)


_RANGE_WORDS = {
    "in the catalog": say("in the catalog"),
    "an active patron's card": say("an active patron's card"),
    "active patrons' cards": say("active patrons' cards"),
    "a device": say("a device"),
    "devices": say("devices"),
}


def _range_plan(
    labels: Sequence[Label], wanted: Sequence[str], found: set[str], what: tuple[str, str]
) -> LabelPlan:
    """Labels for the found part of a range; the rest is reported, never dropped quietly.

    `what` says what a barcode should be, once for one and once for many:
    ("in the catalog", "in the catalog"), ("an active patron's card", "active patrons' cards").
    """
    missing = tuple(b for b in wanted if b not in found)
    first, last = wanted[0], wanted[-1]
    if not labels:
        raise ValidationError(
            say(
                "No barcode from {first} to {last} is {what}, so there is nothing to print. "
                "Check the first and last barcode.",
                first=first,
                last=last,
                what=_range_words(what[0]),
            )
        )
    note: str = ""
    if len(missing) == 1:
        note = say(
            "1 of the {total:,} barcodes from {first} to {last} is not {what}, so it has no "
            "label: {barcode}.",
            total=len(wanted),
            first=first,
            last=last,
            what=_range_words(what[0]),
            barcode=missing[0],
        )
    elif missing:
        note = say(
            "{count:,} of the {total:,} barcodes from {first} to {last} are not {what}, so "
            "they have no label: {barcodes}.",
            count=len(missing),
            total=len(wanted),
            first=first,
            last=last,
            what=_range_words(what[1]),
            barcodes=_listed(missing),
        )
    return LabelPlan(tuple(labels), missing, note)


def barcode_sequence(first: str, last: str) -> list[str]:
    """Every barcode from `first` to `last`: 'T0098'..'T0101' -> T0098, T0099, T0100, T0101."""
    a = re.fullmatch(r"(.*?)(\d+)", first.strip())
    b = re.fullmatch(r"(.*?)(\d+)", last.strip())
    if not a or not b or a.group(1) != b.group(1):
        raise ValidationError(
            say(
                "'{first}' to '{last}' is not a barcode range: both must end in a number and "
                "start with the same letters (e.g. T00001 to T00250).",
                first=first,
                last=last,
            )
        )
    prefix, width = a.group(1), len(a.group(2))
    low, high = int(a.group(2)), int(b.group(2))
    if high < low:
        raise ValidationError(say("The last barcode comes before the first. Swap them."))
    if high - low + 1 > MAX_RANGE:
        raise ValidationError(
            say(
                "That range has {count:,} barcodes; print at most {most:,} at a time.",
                count=high - low + 1,
                most=MAX_RANGE,
            )
        )
    return [f"{prefix}{n:0{width}d}" for n in range(low, high + 1)]


def _wanted_range(selection: LabelSelection) -> list[str]:
    return barcode_sequence(
        selection.first_barcode, selection.last_barcode or selection.first_barcode
    )


# copies that are no longer on the shelves get no new labels
GONE_STATUSES = ("withdrawn", "retired")


def copy_barcodes_for_titles(uow: UnitOfWork, record_ids: Sequence[int]) -> tuple[str, ...]:
    """The barcodes of these titles' copies, title by title as given, each in shelf order.

    Withdrawn and retired copies are left out; a title without copies adds nothing.
    """
    if not record_ids:
        return ()
    wanted = list(dict.fromkeys(record_ids))
    by_title: dict[int, list[str]] = {}
    for first in range(0, len(wanted), 900):  # within SQLite's limit on bound values
        rows = uow.session.execute(
            select(Item.bib_record_id, Item.barcode)
            .where(
                Item.bib_record_id.in_(wanted[first : first + 900]),
                Item.status.not_in(GONE_STATUSES),
            )
            .order_by(Item.call_number_sort, Item.barcode)
        ).all()
        for record_id, barcode in rows:
            if record_id is not None:
                by_title.setdefault(record_id, []).append(barcode)
    return tuple(barcode for record_id in wanted for barcode in by_title.get(record_id, []))


def _item_plan(
    uow: UnitOfWork, selection: LabelSelection, kind: str, make: Callable[[str, str, str], Label]
) -> LabelPlan:
    """Spine or barcode labels for the chosen items (barcode, title, call number)."""
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
                say(
                    "No item has the barcode {barcodes}. Check the numbers, or add the copies "
                    "in the catalog first.",
                    barcodes=_listed(missing),
                )
            )
        return LabelPlan(
            tuple(make(b, rows[b][1] or "", rows[b][2] or "") for b in selection.barcodes)
        )
    if selection.first_barcode:
        wanted = _wanted_range(selection)
        found = {r[0]: r for r in uow.session.execute(stmt.where(Item.barcode.in_(wanted)))}
        if kind == "barcode":  # pre-printing barcodes for copies not catalogued yet
            return LabelPlan(
                tuple(
                    make(b, found[b][1] or "", found[b][2] or "") if b in found else make(b, "", "")
                    for b in wanted
                )
            )
        labels = [make(b, found[b][1] or "", found[b][2] or "") for b in wanted if b in found]
        return _range_plan(labels, wanted, set(found), ("in the catalog", "in the catalog"))
    if selection.new_since:
        new_rows = uow.session.execute(
            stmt.where(
                func.coalesce(Item.acquired_on, func.date(Item.created_at)) >= selection.new_since
            ).order_by(Item.call_number_sort, Item.call_number, Item.barcode)
        ).all()
        from lms_desktop.reports.lists import shelf_sort_key

        ordered = sorted(
            ((b, t or "", c or "") for b, t, c in new_rows), key=lambda r: shelf_sort_key(r[2])
        )
        return LabelPlan(tuple(make(b, t, c) for b, t, c in ordered))
    raise ValidationError(
        say("Choose what to print: scan or type barcodes, give a barcode range, or pick new items.")
    )


def _patron_plan(
    uow: UnitOfWork, selection: LabelSelection, school: str, symbology: str
) -> LabelPlan:
    stmt = select(
        Patron.barcode,
        Patron.first_name,
        Patron.last_name,
        Patron.grade,
        Patron.homeroom_teacher,
        Patron.homeroom,
        Patron.status,
    )
    wanted: list[str] = []
    if selection.barcodes:
        wanted = list(selection.barcodes)
    elif selection.first_barcode:
        wanted = _wanted_range(selection)
    if wanted:
        stmt = stmt.where(Patron.barcode.in_(wanted))
    elif selection.homeroom:
        stmt = stmt.where(Patron.homeroom == selection.homeroom)
    elif not selection.everyone:
        raise ValidationError(
            say(
                "Choose whose cards to print: scan cards, give a card number range, pick a "
                "homeroom, or everyone."
            )
        )
    rows = uow.session.execute(
        stmt.order_by(Patron.homeroom, Patron.last_name, Patron.first_name)
    ).all()
    active = [r for r in rows if r.status == "active"]
    if selection.barcodes:
        inactive = [r.barcode for r in rows if r.status != "active"]
        unknown = [b for b in wanted if b not in {r.barcode for r in rows}]
        problems: list[Text] = []
        if unknown:
            problems.append(
                say("No patron has the card number {numbers}", numbers=_listed(unknown))
            )
        if inactive:
            problems.append(
                say(
                    "{numbers}: the card of a patron who is not active",
                    numbers=_listed(inactive, capital=not problems),
                )
            )
        if problems:
            raise ValidationError(
                say(
                    "{problems}. Check the numbers; a patron who has left must be made active "
                    "again before a card is printed.",
                    problems=joined(*problems, sep="; "),
                )
            )
        order = {b: i for i, b in enumerate(selection.barcodes)}
        active.sort(key=lambda r: order[r.barcode])
    elif selection.first_barcode:
        active.sort(key=lambda r: r.barcode)
    cards: list[Label] = [
        PatronCard(
            r.barcode,
            f"{r.first_name} {r.last_name}",
            school,
            " · ".join(
                p
                for p in (
                    (grade_label(r.grade) if r.grade else ""),
                    r.homeroom_teacher or r.homeroom,
                )
                if p
            ),
            symbology,
        )
        for r in active
    ]
    if selection.first_barcode and not selection.barcodes:
        return _range_plan(
            cards,
            wanted,
            {r.barcode for r in active},
            ("an active patron's card", "active patrons' cards"),
        )
    return LabelPlan(tuple(cards))


def _device_plan(
    uow: UnitOfWork, selection: LabelSelection, school: str, symbology: str
) -> LabelPlan:
    devices = (
        select(Item.barcode, ItemType.name, Device.serial_number)
        .select_from(Item)
        .join(ItemType, Item.item_type_id == ItemType.id)
        .outerjoin(Device, Device.item_id == Item.id)
        .where(ItemType.kind.in_(("device", "equipment")))
    )
    wanted: list[str] = []
    if selection.barcodes:
        wanted = list(selection.barcodes)
    elif selection.first_barcode:
        wanted = _wanted_range(selection)
    elif not selection.everyone:
        raise ValidationError(
            say("Choose which devices to tag: scan asset tags, give a range, or all.")
        )
    if wanted:
        devices = devices.where(Item.barcode.in_(wanted))
    rows = uow.session.execute(devices.order_by(Item.barcode)).all()
    if selection.barcodes:
        order = {b: i for i, b in enumerate(selection.barcodes)}
        rows = sorted(rows, key=lambda r: order[r[0]])
        tagged = {r[0] for r in rows}
        missing = [b for b in wanted if b not in tagged]
        if missing:
            not_devices = set(
                uow.session.scalars(select(Item.barcode).where(Item.barcode.in_(missing)))
            )
            problems: list[Text] = []
            unknown = [b for b in missing if b not in not_devices]
            if unknown:
                problems.append(say("No device has the asset tag {tags}", tags=_listed(unknown)))
            if not_devices:
                problems.append(
                    say(
                        "{tags}: a book or other copy, not a device",
                        tags=_listed(
                            [b for b in missing if b in not_devices], capital=not problems
                        ),
                    )
                )
            raise ValidationError(
                say(
                    "{problems}. Check the tags, or add the devices under Devices first.",
                    problems=joined(*problems, sep="; "),
                )
            )
    tags: list[Label] = [
        AssetTag(
            barcode,
            school,
            " · ".join(p for p in (kind_name, f"SN {serial}" if serial else "") if p),
            symbology or "code128",
        )
        for barcode, kind_name, serial in rows
    ]
    if selection.first_barcode and not selection.barcodes:
        return _range_plan(tags, wanted, {r[0] for r in rows}, ("a device", "devices"))
    return LabelPlan(tuple(tags))


def build_labels(
    uow: UnitOfWork,
    kind: str,
    selection: LabelSelection,
    symbology: str = "",
    prefix: str = "",
) -> LabelPlan:
    """The labels' content, in print order (plain data, no drawing yet).

    A barcode the librarian named that matches nothing is refused with its number; in a
    range, the barcodes with nothing to label are listed in the plan's note.
    """
    if kind not in KINDS:
        raise ValidationError(
            say(
                "'{kind}' is not a kind of label. Kinds: {kinds}.",
                kind=kind,
                kinds=", ".join(KINDS),
            )
        )
    from lms_desktop.school.settings import get_setting

    school = school_name(uow, None)
    symbology = symbology or str(get_setting(uow, LABEL_SYMBOLOGY_KEY, "code39"))
    if kind == "spine":
        return _item_plan(
            uow, selection, kind, lambda _b, _t, call: SpineLabel(tuple(spine_lines(call, prefix)))
        )
    if kind == "barcode":
        return _item_plan(
            uow,
            selection,
            kind,
            lambda barcode, title, call: BarcodeLabel(barcode, title, call, school, symbology),
        )
    if kind == "patron":
        return _patron_plan(uow, selection, school, symbology)
    return _device_plan(uow, selection, school, symbology)


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
    plan = build_labels(uow, kind, selection, symbology, prefix)
    job = draw_job(sheet_name, plan.labels, uow, start, printer, outline, progress)
    if not plan.not_found:
        return job
    return replace(job, not_found=plan.not_found, warnings=(plan.note, *job.warnings))


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
        warnings=(*(n.message for n in narrow), *crowded_labels(sheet, labels)),
    )
