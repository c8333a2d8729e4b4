"""The one scan field: decide what a scan is and do the right thing with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import case, func, select

from lms_desktop.catalog.models import BibIdentifier, BibRecord
from lms_desktop.circulation.barcodes import (
    MISREAD_SHAPES,
    BarcodeShape,
    classify_barcode,
    codabar_body,
    isbn13_of,
)
from lms_desktop.circulation.blocks import blocks_for_patron_row, open_due_dates
from lms_desktop.circulation.context import (
    item_row_by_barcode,
    patron_row,
    patron_row_by_barcode,
    patron_summary,
)
from lms_desktop.circulation.loans import checkin_item, checkout_item, renew_loan
from lms_desktop.circulation.models import Item
from lms_desktop.circulation.results import (
    CirculationResult,
    PatronSummary,
    ScanOffer,
    ScanOutcome,
    ScanResult,
    TitleMatch,
)
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import DomainError
from lms_desktop.texts import Text, joined, say


class DeskMode(StrEnum):
    """AUTO: item scans check out with a patron selected, check in without one.
    CHECK_IN: every item scan checks in (the patron is ignored). RENEW: item scans renew."""

    AUTO = "auto"
    CHECK_IN = "check_in"
    RENEW = "renew"


@dataclass(frozen=True)
class DeskState:
    """What the desk knows when a scan arrives."""

    patron_id: int | None = None
    mode: DeskMode = DeskMode.AUTO
    override_blocks: bool = False


def _shown(text: str) -> str:
    """A scan as it may be echoed on screen: printable and short."""
    clean = "".join(ch if ch.isprintable() else "·" for ch in text[:40])
    return clean + ("…" if len(text) > 40 else "")


def _from_circulation(
    result: CirculationResult,
    text: str,
    kind: str,
    shown_patron: PatronSummary | None,
    scan_id: str | None,
    repeated: bool = False,
) -> ScanResult:
    offers: tuple[ScanOffer, ...] = ()
    if result.outcome is ScanOutcome.BLOCKED and all(b.can_override for b in result.blocks):
        offers = (ScanOffer.OVERRIDE_BLOCK,)
    elif result.outcome is ScanOutcome.HOLD_TRAPPED:
        offers = (ScanOffer.PRINT_HOLD_SLIP,)
    elif result.outcome is ScanOutcome.REFUSED and result.needs_agreement:
        offers = (ScanOffer.LEND_WITH_AGREEMENT,)
    elif result.outcome is ScanOutcome.REFUSED and result.already_theirs:
        offers = (ScanOffer.RENEW,)
    return ScanResult(
        outcome=result.outcome,
        message=result.message,
        text=text,
        kind=kind,
        patron=shown_patron,
        item=result.item,
        loan=result.loan,
        hold_slip=result.hold_slip,
        blocks=result.blocks,
        offers=offers,
        journal_entry_id=result.journal_entry_id,
        scan_id=scan_id,
        repeated=repeated,
        changed=result.changed,
    )


def _patron_message(patron: PatronSummary, due_dates: list[datetime], now: datetime) -> Text:
    overdue = sum(1 for due in due_dates if due < now)
    where = joined(
        say("grade {grade}", grade=patron.grade) if patron.grade else "",
        patron.homeroom_teacher or patron.homeroom,
        sep=", ",
    )
    who = (
        say("{name} ({where})", name=patron.display_name, where=where)
        if where
        else patron.display_name
    )
    if overdue:
        return say(
            "{who}: {out} item(s) out, {overdue} overdue.",
            who=who,
            out=len(due_dates),
            overdue=overdue,
        )
    return say("{who}: {out} item(s) out.", who=who, out=len(due_dates))


def _titles_for_isbn(uow: UnitOfWork, isbn13: str) -> tuple[TitleMatch, ...]:
    rows = uow.session.execute(
        select(
            BibRecord.id,
            BibRecord.title,
            BibRecord.author,
            func.count(Item.id),
            func.coalesce(func.sum(case((Item.status == "available", 1), else_=0)), 0),
        )
        .join(BibIdentifier, BibIdentifier.record_id == BibRecord.id)
        .outerjoin(Item, Item.bib_record_id == BibRecord.id)
        .where(BibIdentifier.kind == "isbn", BibIdentifier.value == isbn13)
        .group_by(BibRecord.id, BibRecord.title, BibRecord.author)
        .order_by(BibRecord.title)
    ).all()
    return tuple(TitleMatch(r[0], r[1] or "", r[2] or "", int(r[3]), int(r[4])) for r in rows)


def route_scan(
    uow: UnitOfWork,
    text: str,
    desk: DeskState = DeskState(),
    *,
    scan_id: str | None = None,
    now: datetime | None = None,
) -> ScanResult:
    """Handle one cleaned scan (scanner prefixes/suffixes already stripped).

    - a patron card selects the patron (`result.patron`), with their blocks;
    - an item or device asset tag checks out to the selected patron, or checks in when
      none is selected (trapping it for a hold when someone is waiting: HOLD_TRAPPED);
    - an ISBN lists matching titles (TITLE_FOUND) or offers LOOKUP_ISBN;
    - anything else says so (UNKNOWN, with ADD_COPY/LOOKUP_ISBN offers, or INVALID).

    A `scan_id` seen before returns the earlier answer with `repeated=True` and changes
    nothing. Never raises for bad input; database errors propagate. Commits what it did.
    """
    now = now or utcnow()
    code = text.strip()
    shape = classify_barcode(code)
    if shape is BarcodeShape.INVALID:
        return ScanResult(
            ScanOutcome.INVALID,
            say("That scan could not be read (empty, too long or odd characters). Scan again."),
            text=_shown(text),
            kind="invalid",
            scan_id=scan_id,
        )
    # a repeated scan_id of an item scan is answered by the service it reaches
    # (CirculationResult.repeated); patron and ISBN scans change nothing, so they repeat

    prow = patron_row_by_barcode(uow, code)
    if prow is not None:
        patron = patron_summary(prow)
        due_dates = open_due_dates(uow, patron.id)
        blocks = tuple(blocks_for_patron_row(uow, prow, now=now, open_due_dates=due_dates))
        message = _patron_message(patron, due_dates, now)
        if blocks:
            message = joined(message, *(b.message for b in blocks))
        return ScanResult(
            ScanOutcome.PATRON_SELECTED,
            message,
            text=code,
            kind="patron",
            patron=patron,
            blocks=blocks,
            offers=(ScanOffer.OVERRIDE_BLOCK,) if blocks else (),
            scan_id=scan_id,
        )

    irow = item_row_by_barcode(uow, code)
    if irow is None:
        serial_barcode = _barcode_for_serial(uow, code)
        if serial_barcode is not None:
            irow = item_row_by_barcode(uow, serial_barcode)
    if irow is not None:
        kind = "item" if irow.kind == "book" else "device"
        return _route_item(uow, irow.barcode, code, kind, desk, scan_id, now)
    body = codabar_body(code)
    if body is not None:  # the scanner sent Codabar's start/stop letters along
        return route_scan(uow, body, desk, scan_id=scan_id, now=now)

    if shape is BarcodeShape.ISBN:
        isbn13 = isbn13_of(code) or code
        titles = _titles_for_isbn(uow, isbn13)
        if titles:
            first = titles[0]
            message = say(
                "ISBN {isbn}: “{title}” — {available} of {copies} copies on the shelf.",
                isbn=isbn13,
                title=first.title,
                available=first.available,
                copies=first.copies,
            )
            if len(titles) > 1:
                message = joined(
                    message, say("({count} titles have this ISBN.)", count=len(titles))
                )
            return ScanResult(
                ScanOutcome.TITLE_FOUND,
                message,
                text=code,
                kind="isbn",
                patron=_desk_patron(uow, desk),
                titles=titles,
                offers=(ScanOffer.ADD_COPY,),
                scan_id=scan_id,
            )
        return ScanResult(
            ScanOutcome.UNKNOWN,
            say(
                "ISBN {isbn} is not in the catalog. Look it up to add the title, then a copy.",
                isbn=isbn13,
            ),
            text=code,
            kind="isbn",
            patron=_desk_patron(uow, desk),
            offers=(ScanOffer.LOOKUP_ISBN, ScanOffer.ADD_COPY),
            scan_id=scan_id,
        )
    if shape in MISREAD_SHAPES:
        # a misread, not a new copy: offering "Add this copy" would catalogue the misread
        misread = (
            say(
                "This ISBN did not scan correctly — scan it again. ({code} ends in the "
                "wrong check digit. If it still fails, type the number printed on the label.)",
                code=code,
            )
            if shape is BarcodeShape.ISBN_BAD_CHECK
            else say(
                "This barcode did not scan correctly — scan it again. ({code} ends in the "
                "wrong check digit. If it still fails, type the number printed on the label.)",
                code=code,
            )
        )
        return ScanResult(
            ScanOutcome.INVALID,
            misread,
            text=code,
            kind="invalid",
            patron=_desk_patron(uow, desk),
            scan_id=scan_id,
        )
    return ScanResult(
        ScanOutcome.UNKNOWN,
        say(
            "Nothing in the library has the barcode {code}. Add this copy, or look up its ISBN.",
            code=code,
        ),
        text=code,
        kind="unknown",
        patron=_desk_patron(uow, desk),
        offers=(ScanOffer.ADD_COPY, ScanOffer.LOOKUP_ISBN),
        scan_id=scan_id,
    )


def _desk_patron(uow: UnitOfWork, desk: DeskState) -> PatronSummary | None:
    if desk.patron_id is None:
        return None
    try:
        return patron_summary(patron_row(uow, desk.patron_id))
    except DomainError:
        return None


def _barcode_for_serial(uow: UnitOfWork, code: str) -> str | None:
    """A device's asset barcode from its serial number (some carts label serials only)."""
    from lms_desktop.devices.models import Device

    return uow.session.scalar(
        select(Item.barcode)
        .join(Device, Device.item_id == Item.id)
        .where(Device.serial_number == code, Device.serial_number != "")
        .limit(1)
    )


def _route_item(
    uow: UnitOfWork,
    barcode: str,
    code: str,
    kind: str,
    desk: DeskState,
    scan_id: str | None,
    now: datetime,
) -> ScanResult:
    shown: PatronSummary | None = None
    try:
        if desk.mode is DeskMode.RENEW:
            shown = _desk_patron(uow, desk)
            result = renew_loan(
                uow, barcode, override_blocks=desk.override_blocks, scan_id=scan_id, now=now
            )
        elif desk.mode is DeskMode.CHECK_IN or desk.patron_id is None:
            shown = _desk_patron(uow, desk)
            result = checkin_item(
                uow,
                barcode,
                scan_id=scan_id,
                now=now,
                guard_double_scan=desk.mode is DeskMode.AUTO,
            )
        else:
            # the service reads the patron itself and hands it back; nobody at the scan
            # field records an agreement receipt, so a device that needs one is refused
            result = checkout_item(
                uow,
                desk.patron_id,
                barcode,
                override_blocks=desk.override_blocks,
                require_agreement=True,
                scan_id=scan_id,
                now=now,
            )
            shown = result.patron if result.patron is not None else _desk_patron(uow, desk)
    except DomainError as exc:
        return ScanResult(
            ScanOutcome.REFUSED,
            exc.message,
            text=code,
            kind=kind,
            patron=_desk_patron(uow, desk),
            scan_id=scan_id,
        )
    return _from_circulation(result, code, kind, shown, scan_id, repeated=result.repeated)
