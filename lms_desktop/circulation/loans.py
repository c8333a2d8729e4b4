"""Check out, check in, renew, lost and claims returned: the lending rules in one place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple, NoReturn

from sqlalchemy import Row, bindparam, func, insert, select, true, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased

from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.blocks import _PAID, fee_balance_cents, judge_blocks, overdue_due_dates
from lms_desktop.circulation.context import (
    ITEM_COLUMNS,
    PATRON_COLUMNS,
    connection,
    item_label,
    item_query,
    item_row_by_barcode,
    item_row_required,
    item_summary,
    load_rule,
    load_school_calendar,
    loan_view,
    patron_row,
    patron_summary,
    period_end_lookup,
)
from lms_desktop.circulation.due_dates import (
    LoanRule,
    due_at_for,
    overdue_fine_cents,
    renewal_due_at,
)
from lms_desktop.circulation.fees import add_fee, fee_view
from lms_desktop.circulation.holds import hold_slip, trap_item
from lms_desktop.circulation.journal import (
    ChangeLog,
    journal_entry_by_scan,
    record_entry,
    record_entry_core,
    scan_was_handled,
    stored_result,
)
from lms_desktop.circulation.models import (
    Fee,
    Hold,
    Item,
    ItemType,
    JournalEntry,
    Loan,
    Patron,
    PatronType,
)
from lms_desktop.circulation.results import (
    Block,
    CirculationResult,
    FeeView,
    HoldSlip,
    ItemSummary,
    LoanView,
    PatronSummary,
    RenewAllResult,
    ScanOutcome,
)
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.models import AgreementText, Device
from lms_desktop.errors import ConflictError, NotFoundError, PermissionDeniedError
from lms_desktop.makerspace.certificates import check_certificate_for_item
from lms_desktop.makerspace.models import Resource
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.texts import Text, day_text, joined, say, text_from_json, text_to_json

# A second scan of the same item within this many seconds is a double scan, not an action.
DOUBLE_SCAN_SECONDS = 10

NOT_LENDABLE = {
    "withdrawn": "has been withdrawn from the collection",
    "retired": "has been retired",
    "in_repair": "is in repair",
}
FOUND_AGAIN = ("lost", "missing", "claims_returned")
_STATUS_WORDS = {
    "lost": say("lost"),
    "missing": say("missing"),
    "claims_returned": say("claims returned"),
}


def _status_word(status: str) -> str:
    """How a message names an item's status ("lost", "claims returned")."""
    return _STATUS_WORDS.get(status) or status.replace("_", " ")


def _not_lendable(label: str, status: str) -> Text:
    if status == "withdrawn":
        return say(
            "{item} has been withdrawn from the collection. Set it aside for the librarian.",
            item=label,
        )
    if status == "retired":
        return say("{item} has been retired. Set it aside for the librarian.", item=label)
    return say("{item} is in repair. Set it aside for the librarian.", item=label)


def _local_due(due_at: datetime, zone_of: Any) -> Text:
    local = zone_of(due_at)
    if local.hour == 23 and local.minute == 59:
        return day_text(local)
    return say("{day} at {time}", day=day_text(local), time=f"{local:%H:%M}")


def _changed_elsewhere(label: str) -> Text:
    return say("{item} changed at another desk. Scan it again.", item=label)


def _name(patron: PatronSummary) -> str:
    return patron.display_name


def repeated_result(uow: UnitOfWork, scan_id: str) -> CirculationResult | None:
    """The earlier answer to a scan_id that was already handled, else None."""
    if not scan_was_handled(uow, scan_id):
        return None
    entry = journal_entry_by_scan(uow, scan_id)
    if entry is None:
        return None
    stored = stored_result(entry)
    patron = None
    item = None
    if entry.patron_id is not None:
        patron = patron_summary(patron_row(uow, entry.patron_id))
    if stored.get("item_barcode"):
        row = item_row_by_barcode(uow, stored["item_barcode"])
        item = item_summary(row) if row is not None else None
    return CirculationResult(
        outcome=ScanOutcome(stored.get("outcome", ScanOutcome.DUPLICATE)),
        message=text_from_json(stored.get("message_text") or stored.get("message", entry.summary)),
        patron=patron,
        item=item,
        journal_entry_id=entry.id,
        repeated=True,
    )


def _result_payload(outcome: ScanOutcome, message: str, item: ItemSummary) -> dict[str, Any]:
    return {
        "outcome": outcome.value,
        "message": message,
        "message_text": text_to_json(message),
        "item_barcode": item.barcode,
    }


def _commit_or_conflict(uow: UnitOfWork, scan_id: str | None, message: str) -> None:
    try:
        uow.session.flush()
    except IntegrityError as exc:
        _raise_conflict(uow, scan_id, message, exc)


def _raise_conflict(
    uow: UnitOfWork, scan_id: str | None, message: str, exc: IntegrityError
) -> NoReturn:
    uow.rollback()
    if scan_id is not None and scan_was_handled(uow, scan_id):
        raise _RepeatedScan from exc
    raise ConflictError(message) from exc


class _RepeatedScan(Exception):
    """Another desk handled the same scan_id at the same moment."""


# --- prebuilt statements of the desk's hot path (built once, run on every scan) ----------

_OPEN_LOANS_OF_PATRON = select(Loan.due_at, Loan.item_type_code).where(
    Loan.patron_id == bindparam("patron_id"), Loan.returned_at.is_(None)
)
_OWN_HOLD = (
    select(Hold.id, Hold.status)
    .where(
        Hold.patron_id == bindparam("patron_id"),
        Hold.status.in_(("waiting", "ready")),
        (Hold.bib_record_id == bindparam("bib_record_id")) | (Hold.item_id == bindparam("item_id")),
    )
    .limit(1)
)
_ITEM_AND_OPEN_LOAN = (
    item_query()
    .add_columns(Loan.id, Loan.patron_id, Loan.checked_out_at, Loan.due_at, Loan.renewals)
    .outerjoin(Loan, (Loan.item_id == Item.id) & Loan.returned_at.is_(None))
    .where(Item.barcode == bindparam("barcode"))
)
_OPEN_HOLDS_OF_PATRON = (
    select(func.count())
    .select_from(Hold)
    .where(Hold.patron_id == Patron.id, Hold.status.in_(("waiting", "ready")))
    .scalar_subquery()
)
_FEES_OWED_BY_PATRON = (
    select(func.coalesce(func.sum(Fee.amount_cents - _PAID), 0))
    .where(Fee.patron_id == Patron.id, Fee.status == "open")
    .scalar_subquery()
)
# the exactly-once check rides along with the first read of each call
_SCAN_SEEN = (
    select(JournalEntry.id).where(JournalEntry.scan_id == bindparam("scan_id")).scalar_subquery()
)
_OTHER_LOAN = aliased(Loan)  # not the item's open loan the check-out query joins
# the acceptable-use agreement the item's device type requires (None: no device, or none)
_AGREEMENT_OF_ITEM = (
    select(AgreementText.title)
    .join(Device, Device.device_type == AgreementText.device_type)
    .where(Device.item_id == Item.id, AgreementText.active.is_(True))
    .order_by(AgreementText.id.desc())
    .limit(1)
    .correlate(Item)
    .scalar_subquery()
)
# whether the item is a makerspace tool gated by a training certificate (whatever its
# item type: a laser cutter catalogued under "book" is still a laser cutter)
_ITEM_IS_GATED = (
    select(Resource.certification_id)
    .where(Resource.item_id == Item.id, Resource.certification_id.is_not(None))
    .limit(1)
    .correlate(Item)
    .scalar_subquery()
)
_OPEN_LOAN_COUNT_OF_PATRON = (
    select(func.count())
    .select_from(_OTHER_LOAN)
    .where(_OTHER_LOAN.patron_id == Patron.id, _OTHER_LOAN.returned_at.is_(None))
    .correlate(Patron)
    .scalar_subquery()
)
# Check-out reads the patron (with holds, fees owed, open-loan count and whether this
# scan was handled) and the item with its open loan and the agreement its device type
# requires, in one statement: one row each, joined.
_CHECKOUT_READ = (
    select(
        *PATRON_COLUMNS,
        _OPEN_HOLDS_OF_PATRON,
        _FEES_OWED_BY_PATRON,
        _SCAN_SEEN,
        _OPEN_LOAN_COUNT_OF_PATRON,
        _AGREEMENT_OF_ITEM,
        _ITEM_IS_GATED,
        *ITEM_COLUMNS,
        Loan.id,
        Loan.patron_id,
        Loan.checked_out_at,
        Loan.due_at,
        Loan.renewals,
    )
    .select_from(Patron)
    .join(PatronType, PatronType.id == Patron.patron_type_id)
    .join(Item, true())
    .join(ItemType, ItemType.id == Item.item_type_id)
    .outerjoin(BibRecord, BibRecord.id == Item.bib_record_id)
    .outerjoin(Loan, (Loan.item_id == Item.id) & Loan.returned_at.is_(None))
    .where(Patron.id == bindparam("patron_id"), Item.barcode == bindparam("barcode"))
)
_NEXT_WAITING_HOLD = (
    select(Hold.id)
    .where(
        Hold.status == "waiting",
        (Hold.item_id == Item.id)
        | ((Hold.bib_record_id == Item.bib_record_id) & Hold.item_id.is_(None)),
    )
    .order_by(Hold.placed_at, Hold.id)
    .limit(1)
    .scalar_subquery()
)
_PAST_LOAN = aliased(Loan)  # not the open loan the check-in query joins
_LAST_RETURN_OF_ITEM = (
    select(func.max(_PAST_LOAN.returned_at))
    .where(_PAST_LOAN.item_id == Item.id)
    .correlate(Item)
    .scalar_subquery()
)
# Check-in reads everything in one statement: the item, its open loan, the borrower, the
# next hold waiting for it, when it last came back, and whether this scan was handled.
_CHECKIN_READ = (
    item_query()
    .add_columns(Loan.id, Loan.patron_id, Loan.checked_out_at, Loan.due_at, Loan.renewals)
    .add_columns(*PATRON_COLUMNS)
    .add_columns(_NEXT_WAITING_HOLD, _LAST_RETURN_OF_ITEM, _SCAN_SEEN)
    .outerjoin(Loan, (Loan.item_id == Item.id) & Loan.returned_at.is_(None))
    .outerjoin(Patron, Patron.id == Loan.patron_id)
    .outerjoin(PatronType, PatronType.id == Patron.patron_type_id)
    .where(Item.barcode == bindparam("barcode"))
)
_INSERT_LOAN = insert(Loan.__table__)  # type: ignore[arg-type]
_SET_ITEM_STATUS = (
    update(Item.__table__)  # type: ignore[arg-type]
    .where(Item.__table__.c.id == bindparam("item_id"))
    .values(status=bindparam("status"), updated_at=bindparam("updated_at"))
)
_RETURN_LOAN = (
    update(Loan.__table__)  # type: ignore[arg-type]
    .where(Loan.__table__.c.id == bindparam("loan_id"))
    .values(
        returned_at=bindparam("returned_at"),
        returned_by=bindparam("returned_by"),
        outcome=bindparam("outcome"),
    )
)
_CLOSE_HOLD = (
    update(Hold.__table__)  # type: ignore[arg-type]
    .where(Hold.__table__.c.id == bindparam("hold_id"))
    .values(status=bindparam("status"), closed_at=bindparam("closed_at"))
)


@dataclass(frozen=True)
class _OpenLoan:
    id: int
    patron_id: int | None
    checked_out_at: datetime
    due_at: datetime
    renewals: int


class _Borrower(NamedTuple):
    """A patron row as `context.PATRON_COLUMNS`, read inside a bigger statement."""

    id: int
    barcode: str
    first_name: str
    last_name: str
    code: str
    grade: str
    homeroom: str
    homeroom_teacher: str
    status: str
    sis_id: str | None
    patron_type_id: int
    block_reason: str
    site_id: int


class _ItemRow(NamedTuple):
    """An item row as `context.ITEM_COLUMNS`, read inside a bigger statement."""

    id: int
    barcode: str
    code: str
    kind: str
    status: str
    title: str
    author: str
    call_number: str
    bib_record_id: int | None
    item_type_id: int
    circulates: bool
    replacement_cost_cents: int
    price_cents: int | None
    site_id: int


def _item_and_loan(uow: UnitOfWork, barcode: str) -> tuple[Row[Any], _OpenLoan | None]:
    """The item row (as `item_query`) and its open loan, in one statement."""
    row = connection(uow).execute(_ITEM_AND_OPEN_LOAN, {"barcode": barcode}).first()
    if row is None:
        raise NotFoundError(
            say(
                "No item has the barcode {barcode}. Check the label, or add the copy in Catalog.",
                barcode=barcode,
            )
        )
    width = len(ITEM_COLUMNS)
    loan = None if row[width] is None else _OpenLoan(*row[width : width + 5])
    return row, loan


def _set_item_status(
    uow: UnitOfWork, changes: ChangeLog, item_id: int, old: str, new: str, now: datetime
) -> None:
    if old == new:
        return
    connection(uow).execute(
        _SET_ITEM_STATUS, {"item_id": item_id, "status": new, "updated_at": now}
    )
    changes.updated("items", {"id": item_id}, {"status": old}, {"status": new})


def _borrower(uow: UnitOfWork, patron_id: int | None) -> PatronSummary | None:
    if patron_id is None:
        return None
    return patron_summary(patron_row(uow, patron_id))


def _period_lookup(uow: UnitOfWork, rule: LoanRule, site_id: int) -> Any:
    return period_end_lookup(uow, site_id) if rule.loan_periods else None


def _training_problem(uow: UnitOfWork, patron_id: int, item_id: int, on: date) -> str | None:
    """Why the patron may not have this gated makerspace tool on `on` (no or an expired
    training certificate), or None."""
    try:
        check_certificate_for_item(uow, patron_id, item_id, on)
    except PermissionDeniedError as refused:
        return refused.message
    return None


def checkout_item(
    uow: UnitOfWork,
    patron_id: int,
    item_barcode: str,
    *,
    override_blocks: bool = False,
    require_agreement: bool = True,
    scan_id: str | None = None,
    now: datetime | None = None,
) -> CirculationResult:
    """Lend the item to the patron under the loan rule for patron type x item type.

    Refusals (block, limit, not for loan, on hold for someone else) come back as a result
    with outcome BLOCKED/REFUSED and a message, not as an exception; `override_blocks`
    lends anyway and journals the override. With `require_agreement` (the default: every
    caller that records no agreement receipt, the desk's scan field, a batch, the kiosk,
    the command line), a device whose type needs a signed acceptable-use agreement is
    REFUSED with `needs_agreement` set; only `devices.lending.lend_device`, which shows
    the agreement and records the receipt, turns it off. A repeated `scan_id` returns
    the earlier answer. Raises NotFoundError for an unknown patron or barcode. Commits.
    """
    require_permission(uow, Permission.CHECK_OUT, patron_id=patron_id)
    if override_blocks:
        require_permission(uow, Permission.OVERRIDE_RULES)
    now = now or utcnow()
    session = uow.session
    conn = connection(uow)
    row = conn.execute(
        _CHECKOUT_READ, {"patron_id": patron_id, "barcode": item_barcode, "scan_id": scan_id}
    ).first()
    if row is None:  # the patron or the item is not there: the plain reads say which
        if scan_id is not None:
            earlier = repeated_result(uow, scan_id)
            if earlier is not None:
                return earlier
        patron_row(uow, patron_id)
        _item_and_loan(uow, item_barcode)
        raise NotFoundError(  # pragma: no cover
            say("No item has the barcode {barcode}.", barcode=item_barcode)
        )
    p_end = len(PATRON_COLUMNS)
    i_start = p_end + 6
    l_start = i_start + len(ITEM_COLUMNS)
    prow = _Borrower(*row[:p_end])
    open_holds, fees_owed, seen, open_loan_count, agreement_title, gated = row[p_end:i_start]
    if scan_id is not None and seen is not None:
        earlier = repeated_result(uow, scan_id)
        if earlier is not None:
            return earlier
    fees_owed = int(fees_owed or 0)
    irow = _ItemRow(*row[i_start:l_start])
    open_loan = None if row[l_start] is None else _OpenLoan(*row[l_start : l_start + 5])
    patron = patron_summary(prow)
    item = item_summary(irow)
    name = _name(patron)
    label = item_label(item)
    calendar = load_school_calendar(uow, prow.site_id)

    if open_loan is not None:
        if open_loan.patron_id == patron_id:
            if now - open_loan.checked_out_at < timedelta(seconds=DOUBLE_SCAN_SECONDS):
                message = say(
                    "{item} is already checked out to {name} — just now.", item=label, name=name
                )
                return CirculationResult(ScanOutcome.DUPLICATE, message, patron, item)
            message = say(
                "{item} is already checked out to {name}, due {due}. Use Renew to extend it.",
                item=label,
                name=name,
                due=_local_due(open_loan.due_at, calendar.local),
            )
            return CirculationResult(
                ScanOutcome.REFUSED, message, patron, item, already_theirs=True
            )
        holder = _borrower(uow, open_loan.patron_id)
        message = say(
            "{item} is still checked out to {holder}. "
            "Check it in first (scan it with no patron selected), then lend it.",
            item=label,
            holder=holder.display_name if holder else say("someone"),
        )
        return CirculationResult(ScanOutcome.REFUSED, message, patron, item)
    if not irow.circulates:
        return CirculationResult(
            ScanOutcome.REFUSED,
            say("{item} is for use in the library only.", item=label),
            patron,
            item,
        )
    if item.status in NOT_LENDABLE:
        return CirculationResult(
            ScanOutcome.REFUSED, _not_lendable(label, item.status), patron, item
        )
    if item.status in FOUND_AGAIN:
        return CirculationResult(
            ScanOutcome.REFUSED,
            say(
                "{item} is marked {status}. Check it in first to mark it found, then lend it.",
                item=label,
                status=_status_word(item.status),
            ),
            patron,
            item,
        )
    if require_agreement and agreement_title is not None:
        message = say(
            "{item} needs the signed “{agreement}” before it can go out, and it was "
            "not lent. Use “Lend with agreement…”: read it with the borrower, tick that they "
            "accepted it, and print the receipt to sign.",
            item=label,
            agreement=agreement_title,
        )
        return CirculationResult(
            ScanOutcome.REFUSED, message, patron, item, needs_agreement=agreement_title
        )
    if gated is not None:
        problem = _training_problem(uow, patron_id, item.id, calendar.local(now).date())
        if problem is not None:
            return CirculationResult(ScanOutcome.REFUSED, problem, patron, item)

    rule = load_rule(uow, prow.patron_type_id, irow.item_type_id, prow.site_id)
    # most borrowers have nothing out: then there is no list to read
    patron_loans = (
        conn.execute(_OPEN_LOANS_OF_PATRON, {"patron_id": patron_id}).all()
        if open_loan_count
        else []
    )
    blocks = judge_blocks(
        name=name,
        status=patron.status,
        block_reason=prow.block_reason,
        rule=rule,
        overdue_due_at=[row.due_at for row in patron_loans if row.due_at < now],
        balance_cents=fees_owed,
        now=now,
    )
    if rule.max_items <= 0:
        blocks.append(
            Block(
                "limit",
                say(
                    "{patron_type}s may not borrow {item_type}s.",
                    patron_type=patron.patron_type.title(),
                    item_type=item.item_type,
                ),
            )
        )
    else:
        out = sum(1 for row in patron_loans if row.item_type_code == item.item_type)
        if out >= rule.max_items:
            blocks.append(
                Block(
                    "limit",
                    say(
                        "{name} already has {out} {item_type} item(s) out; the limit is {limit}.",
                        name=name,
                        out=out,
                        item_type=item.item_type,
                        limit=rule.max_items,
                    ),
                )
            )
    trapped_for_other: Hold | None = None
    own_hold_id: int | None = None
    own_hold_status = ""
    if item.status == "on_hold_shelf":
        ready = session.scalar(
            select(Hold).where(Hold.trapped_item_id == item.id, Hold.status == "ready")
        )
        if ready is not None and ready.patron_id != patron_id:
            trapped_for_other = ready
            other = _borrower(uow, ready.patron_id)
            blocks.append(
                Block(
                    "hold",
                    say(
                        "{item} is on the hold shelf for {name}.",
                        item=label,
                        name=other.display_name if other else say("another patron"),
                    ),
                )
            )
        elif ready is not None:
            own_hold_id, own_hold_status = ready.id, ready.status
    if own_hold_id is None and item.bib_record_id is not None and open_holds:
        own = conn.execute(
            _OWN_HOLD,
            {"patron_id": patron_id, "bib_record_id": item.bib_record_id, "item_id": item.id},
        ).first()
        if own is not None:
            own_hold_id, own_hold_status = own.id, own.status
    if blocks and not (override_blocks and all(b.can_override for b in blocks)):
        message = joined(*(b.message for b in blocks))
        if not override_blocks:
            message = joined(message, say("A librarian can override."))
        return CirculationResult(ScanOutcome.BLOCKED, message, patron, item, blocks=tuple(blocks))

    due_at = due_at_for(rule, now, calendar, _period_lookup(uow, rule, prow.site_id))
    changes = ChangeLog()
    if trapped_for_other is not None:
        # overridden: the other patron's hold goes back to the front of the queue
        changes.update(
            trapped_for_other,
            status="waiting",
            trapped_item_id=None,
            trapped_at=None,
            expires_on=None,
        )
        session.flush()
    staff = uow.staff_name or ""
    try:
        inserted = conn.execute(
            _INSERT_LOAN,
            {
                "site_id": irow.site_id,
                "item_id": item.id,
                "patron_id": patron_id,
                "checked_out_at": now,
                "due_at": due_at,
                "returned_at": None,
                "renewals": 0,
                "checked_out_by": staff,
                "returned_by": "",
                "patron_type_code": patron.patron_type,
                "patron_grade": patron.grade,
                "patron_homeroom": patron.homeroom,
                "item_type_code": item.item_type,
                "anonymized": False,
                "outcome": None,
            },
        )
    except IntegrityError as exc:
        # the one-open-loan-per-item index: another desk lent it a moment ago
        try:
            _raise_conflict(
                uow,
                scan_id,
                say(
                    "{item} was lent at another desk a moment ago. Scan it again to see to whom.",
                    item=label,
                ),
                exc,
            )
        except _RepeatedScan:
            earlier = repeated_result(uow, scan_id or "")
            assert earlier is not None
            return earlier
    key = inserted.inserted_primary_key
    assert key is not None
    loan_id = int(key[0])
    changes.inserted("loans", {"id": loan_id})
    _set_item_status(uow, changes, item.id, item.status, "on_loan", now)
    if own_hold_id is not None:
        conn.execute(_CLOSE_HOLD, {"hold_id": own_hold_id, "status": "fulfilled", "closed_at": now})
        changes.updated(
            "holds",
            {"id": own_hold_id},
            {"status": own_hold_status, "closed_at": None},
            {"status": "fulfilled", "closed_at": now},
        )
    if item.item_kind != "book":
        # devices area: a device's kit and a cart's slot list leave with the loan, from
        # whichever screen lent it, in this check-out's ChangeLog (so undo takes them
        # back); a device out in a lent cart raises ConflictError: nothing is committed
        from lms_desktop.devices.lending import after_device_checkout

        after_device_checkout(uow, loan_id, changes)
    message = say(
        "Checked out {item} to {name}. Due {due}.",
        item=label,
        name=name,
        due=_local_due(due_at, calendar.local),
    )
    if own_hold_id is not None:
        message = joined(message, say("Their hold is filled."))
    if blocks:
        override_text = joined(*(b.message for b in blocks), sep="; ")
        record_entry_core(
            uow,
            "override",
            say("Override for {name}: {blocks}", name=name, blocks=override_text),
            patron_id=patron_id,
            item_id=item.id,
            at=now,
            site_id=prow.site_id,
        )
        message = joined(message, say("(Override recorded.)"))
    item_after = item_summary(irow, status="on_loan")
    try:
        entry_id = record_entry_core(
            uow,
            "checkout",
            message,
            changes=changes,
            patron_id=patron_id,
            item_id=item.id,
            scan_id=scan_id,
            result=_result_payload(ScanOutcome.CHECKED_OUT, message, item),
            at=now,
            site_id=prow.site_id,
        )
    except IntegrityError as exc:
        try:
            _raise_conflict(uow, scan_id, _changed_elsewhere(label), exc)
        except _RepeatedScan:
            earlier = repeated_result(uow, scan_id or "")
            assert earlier is not None
            return earlier
    uow.commit()
    return CirculationResult(
        ScanOutcome.CHECKED_OUT,
        message,
        patron,
        item_after,
        loan=LoanView(
            id=loan_id,
            item=item_after,
            patron_id=patron_id,
            checked_out_at=now,
            due_at=due_at,
            returned_at=None,
            renewals=0,
            max_renewals=rule.max_renewals,
            overdue=False,
        ),
        blocks=tuple(blocks),
        journal_entry_id=entry_id,
        changed=frozenset({"loans", "holds"} if own_hold_id else {"loans"}),
    )


def checkin_item(
    uow: UnitOfWork,
    item_barcode: str,
    *,
    scan_id: str | None = None,
    now: datetime | None = None,
    guard_double_scan: bool = False,
) -> CirculationResult:
    """Return the item: close its loan, charge a late fine by the rule, and trap it for
    the next hold (outcome HOLD_TRAPPED with a `hold_slip`). A lost or claims-returned
    item is found again. With `guard_double_scan` (the desk's automatic mode), an item
    lent or returned seconds ago is taken as a double scan and left alone. Commits."""
    require_permission(uow, Permission.CHECK_IN)
    now = now or utcnow()
    session = uow.session
    conn = connection(uow)
    row = conn.execute(_CHECKIN_READ, {"barcode": item_barcode, "scan_id": scan_id}).first()
    if scan_id is not None and (row is None or row[-1] is not None):
        earlier = repeated_result(uow, scan_id)
        if earlier is not None:
            return earlier
    if row is None:
        raise NotFoundError(
            say(
                "No item has the barcode {barcode}. Check the label, or add the copy in Catalog.",
                barcode=item_barcode,
            )
        )
    irow = row
    first_loan_column = len(ITEM_COLUMNS)
    first_patron_column = first_loan_column + 5
    after_patron = first_patron_column + len(PATRON_COLUMNS)
    loan = (
        None
        if row[first_loan_column] is None
        else _OpenLoan(*row[first_loan_column:first_patron_column])
    )
    prow = _Borrower(*row[first_patron_column:after_patron]) if loan and loan.patron_id else None
    waiting_hold_id, last_return = row[after_patron], row[after_patron + 1]
    item = item_summary(irow)
    label = item_label(item)
    calendar = load_school_calendar(uow, irow.site_id)
    borrower = patron_summary(prow) if prow is not None else None
    just_now = timedelta(seconds=DOUBLE_SCAN_SECONDS)
    if guard_double_scan and loan is not None and now - loan.checked_out_at < just_now:
        message = say(
            "{item} was checked out to {name} just now, so it was not checked in. "
            "To check it in, use Check-in mode.",
            item=label,
            name=borrower.display_name if borrower else say("a patron"),
        )
        return CirculationResult(ScanOutcome.DUPLICATE, message, borrower, item)
    if (
        loan is None
        and guard_double_scan
        and last_return is not None
        and now - last_return < just_now
    ):
        message = say("{item} is already checked in — just now.", item=label)
        return CirculationResult(ScanOutcome.DUPLICATE, message, None, item)
    if item.status in ("withdrawn", "retired"):
        return CirculationResult(ScanOutcome.REFUSED, _not_lendable(label, item.status), None, item)

    changes = ChangeLog()
    parts: list[str] = []  # said one after the other (words from devices are plain str)
    fees: list[FeeView] = []
    if loan is not None:
        staff = uow.staff_name or ""
        conn.execute(
            _RETURN_LOAN,
            {"loan_id": loan.id, "returned_at": now, "returned_by": staff, "outcome": "returned"},
        )
        changes.updated(
            "loans",
            {"id": loan.id},
            {"returned_at": None, "returned_by": "", "outcome": None},
            {"returned_at": now, "returned_by": staff, "outcome": "returned"},
        )
        parts.append(
            say("Checked in {item} from {name}.", item=label, name=borrower.display_name)
            if borrower
            else say("Checked in {item}.", item=label)
        )
        if prow is not None:
            rule = load_rule(uow, prow.patron_type_id, irow.item_type_id, prow.site_id)
            fine = overdue_fine_cents(rule, loan.due_at, now, calendar)
            if fine > 0:
                fee = add_fee(
                    uow,
                    changes,
                    patron_id=loan.patron_id,
                    kind="overdue",
                    amount_cents=fine,
                    item_id=item.id,
                    loan_id=loan.id,
                    description=f"Returned late: {item.title or item.barcode}",
                    now=now,
                    site_id=prow.site_id,
                )
                fees.append(fee_view(uow, fee))
                parts.append(say("Late: fine ${fine:.2f}.", fine=fine / 100))
            elif now > loan.due_at:
                parts.append(say("It was late."))
    elif item.status in FOUND_AGAIN:
        parts.append(
            say(
                "Found {item} (it was marked {status}).",
                item=label,
                status=_status_word(item.status),
            )
        )
        lost_fees = session.scalars(
            select(Fee).where(Fee.item_id == item.id, Fee.kind == "lost", Fee.status == "open")
        ).all()
        for lost_fee in lost_fees:
            if not lost_fee.payments:
                changes.update(lost_fee, status="cancelled")
                parts.append(
                    say(
                        "Its lost fee of ${fee:.2f} is cancelled.",
                        fee=lost_fee.amount_cents / 100,
                    )
                )
        session.flush()
    elif item.status == "on_hold_shelf":
        ready = session.scalar(
            select(Hold).where(Hold.trapped_item_id == item.id, Hold.status == "ready")
        )
        if ready is not None:
            shelf_slip = hold_slip(uow, ready)
            message = say(
                "{item} is already on the hold shelf for {name}. Keep it there.",
                item=label,
                name=shelf_slip.patron_name,
            )
            return CirculationResult(
                ScanOutcome.HOLD_TRAPPED, message, None, item, hold_slip=shelf_slip
            )
        parts.append(say("{item} was not checked out.", item=label))
    else:
        parts.append(say("{item} was not checked out; it can go back on the shelf.", item=label))
    slip: HoldSlip | None = None
    # the hold read with the item is still the one to fill: nothing in this check-in
    # changes the queue before this point
    hold_id = waiting_hold_id
    if hold_id is None:
        _set_item_status(uow, changes, item.id, item.status, "available", now)
        outcome = ScanOutcome.CHECKED_IN
        status_after = "available"
    else:
        item_obj = session.get(Item, item.id)
        assert item_obj is not None
        session.refresh(item_obj)
        hold = trap_item(uow, changes, item_obj, now)
        assert hold is not None
        session.flush()
        slip = hold_slip(uow, hold)
        outcome = ScanOutcome.HOLD_TRAPPED
        status_after = "on_hold_shelf"
        parts.append(
            say(
                "HOLD for {name} ({homeroom}) — put it on the hold shelf.",
                name=slip.patron_name,
                homeroom=slip.homeroom,
            )
            if slip.homeroom
            else say("HOLD for {name} — put it on the hold shelf.", name=slip.patron_name)
        )
    if item.item_kind != "book" and loan is not None:
        # devices area: a cart's empty slots, a device's kit and condition, in this
        # check-in's ChangeLog and journal entry; its words join the answer
        from lms_desktop.devices.lending import after_device_checkin

        words = after_device_checkin(uow, item.id, loan.id, changes)
        if words:
            parts.append(words)
    message = joined(*parts)
    try:
        entry_id = record_entry_core(
            uow,
            "checkin",
            message,
            changes=changes,
            patron_id=loan.patron_id if loan is not None else None,
            item_id=item.id,
            scan_id=scan_id,
            result=_result_payload(outcome, message, item),
            at=now,
            site_id=irow.site_id,
        )
    except IntegrityError as exc:
        try:
            _raise_conflict(uow, scan_id, _changed_elsewhere(label), exc)
        except _RepeatedScan:
            earlier = repeated_result(uow, scan_id or "")
            assert earlier is not None
            return earlier
    uow.commit()
    item_after = item_summary(irow, status=status_after)
    view = None
    if loan is not None:
        view = LoanView(
            id=loan.id,
            item=item_after,
            patron_id=loan.patron_id,
            checked_out_at=loan.checked_out_at,
            due_at=loan.due_at,
            returned_at=now,
            renewals=loan.renewals,
            max_renewals=0,
            overdue=False,
            outcome="returned",
        )
    changed = {"loans"}
    if hold_id is not None:
        changed.add("holds")
    if fees or item.status in FOUND_AGAIN:
        changed.add("fees")
    return CirculationResult(
        outcome,
        message,
        borrower,
        item_after,
        loan=view,
        hold_slip=slip,
        fees=tuple(fees),
        journal_entry_id=entry_id,
        changed=frozenset(changed),
    )


def _open_loan(uow: UnitOfWork, item_id: int) -> Loan | None:
    return uow.session.scalar(
        select(Loan).where(Loan.item_id == item_id, Loan.returned_at.is_(None))
    )


def _try_renew(
    uow: UnitOfWork,
    loan: Loan,
    irow: Row[Any],
    prow: Row[Any],
    changes: ChangeLog,
    *,
    override_blocks: bool,
    now: datetime,
) -> tuple[bool, str, LoanRule]:
    """Renew one loan inside a bigger action; (done, message, rule). No commit."""
    session = uow.session
    item = item_summary(irow)
    label = item_label(item)
    calendar = load_school_calendar(uow, prow.site_id)
    rule = load_rule(uow, prow.patron_type_id, irow.item_type_id, prow.site_id)
    # a training certificate that expired since the check-out ends the tool's loan
    problem = _training_problem(uow, loan.patron_id or 0, item.id, calendar.local(now).date())
    if problem is not None:
        return False, say("{item} cannot be renewed: {problem}", item=label, problem=problem), rule
    if loan.renewals >= rule.max_renewals:
        if rule.max_renewals == 0:
            return False, say("{item} cannot be renewed.", item=label), rule
        return (
            False,
            say(
                "{item} was already renewed {renewals} time(s), the limit.",
                item=label,
                renewals=loan.renewals,
            ),
            rule,
        )
    waiting = session.scalar(
        select(func.count())
        .select_from(Hold)
        .where(
            Hold.status == "waiting",
            Hold.patron_id != loan.patron_id,
            (Hold.item_id == item.id)
            | (
                (Hold.bib_record_id == item.bib_record_id)
                & Hold.item_id.is_(None)
                & (Hold.bib_record_id.is_not(None))
            ),
        )
    )
    if waiting:
        return False, say("{item} cannot be renewed: someone is waiting for it.", item=label), rule
    if not override_blocks:
        blocks = judge_blocks(
            name=f"{prow.first_name} {prow.last_name}",
            status=prow.status,
            block_reason=prow.block_reason,
            rule=rule,
            overdue_due_at=[
                d for d in overdue_due_dates(uow, loan.patron_id or 0, now) if d != loan.due_at
            ],
            balance_cents=fee_balance_cents(uow, loan.patron_id or 0),
            now=now,
        )
        if blocks:
            return False, joined(*(b.message for b in blocks)), rule
    new_due = renewal_due_at(
        rule, now, loan.due_at, calendar, _period_lookup(uow, rule, prow.site_id)
    )
    if new_due <= loan.due_at:
        return (
            False,
            say("{item} is already due as late as a renewal would make it.", item=label),
            rule,
        )
    changes.update(loan, due_at=new_due, renewals=loan.renewals + 1)
    due = _local_due(new_due, calendar.local)
    return True, say("Renewed {item}: now due {due}.", item=label, due=due), rule


def renew_loan(
    uow: UnitOfWork,
    item_barcode: str,
    *,
    override_blocks: bool = False,
    scan_id: str | None = None,
    now: datetime | None = None,
) -> CirculationResult:
    """Renew the open loan of the item (renewal limit, holds waiting, blocks). Commits."""
    require_permission(uow, Permission.RENEW)
    now = now or utcnow()
    if scan_id is not None:
        earlier = repeated_result(uow, scan_id)
        if earlier is not None:
            return earlier
    irow = item_row_required(uow, item_barcode)
    item = item_summary(irow)
    loan = _open_loan(uow, item.id)
    if loan is None or loan.patron_id is None:
        return CirculationResult(
            ScanOutcome.REFUSED,
            say("{item} is not checked out, so it cannot be renewed.", item=item_label(item)),
            None,
            item,
        )
    # at the kiosk only the student's own loans; overriding a block is the librarian's
    require_permission(uow, Permission.RENEW, patron_id=loan.patron_id)
    if override_blocks:
        require_permission(uow, Permission.OVERRIDE_RULES)
    prow = patron_row(uow, loan.patron_id)
    patron = patron_summary(prow)
    changes = ChangeLog()
    done, message, rule = _try_renew(
        uow, loan, irow, prow, changes, override_blocks=override_blocks, now=now
    )
    if not done:
        return CirculationResult(ScanOutcome.REFUSED, message, patron, item)
    entry = record_entry(
        uow,
        "renew",
        say("{message} ({name})", message=message, name=patron.display_name),
        changes=changes,
        patron_id=patron.id,
        item_id=item.id,
        scan_id=scan_id,
        result=_result_payload(ScanOutcome.RENEWED, message, item),
        at=now,
        site_id=prow.site_id,
    )
    uow.commit()
    return CirculationResult(
        ScanOutcome.RENEWED,
        message,
        patron,
        item,
        loan=loan_view(loan, item, rule.max_renewals, now),
        journal_entry_id=entry.id,
        changed=frozenset({"loans"}),
    )


def renew_all(uow: UnitOfWork, patron_id: int, *, now: datetime | None = None) -> RenewAllResult:
    """Renew every open loan of the patron that may be renewed; say why not for the rest.
    Commits."""
    require_permission(uow, Permission.RENEW, patron_id=patron_id)
    now = now or utcnow()
    prow = patron_row(uow, patron_id)
    loans = uow.session.scalars(
        select(Loan)
        .where(Loan.patron_id == patron_id, Loan.returned_at.is_(None))
        .order_by(Loan.due_at)
    ).all()
    renewed: list[LoanView] = []
    refused: list[tuple[ItemSummary, str]] = []
    changes = ChangeLog()
    for loan in loans:
        irow = uow.session.execute(item_query().where(Item.id == loan.item_id)).one()
        item = item_summary(irow)
        done, message, rule = _try_renew(
            uow, loan, irow, prow, changes, override_blocks=False, now=now
        )
        if done:
            renewed.append(loan_view(loan, item, rule.max_renewals, now))
        else:
            refused.append((item, message))
    name = f"{prow.first_name} {prow.last_name}"
    message = say(
        "Renewed {renewed} of {total} items for {name}.",
        renewed=len(renewed),
        total=len(loans),
        name=name,
    )
    if renewed:
        record_entry(
            uow,
            "renew_all",
            message,
            changes=changes,
            patron_id=patron_id,
            at=now,
            site_id=prow.site_id,
        )
        uow.commit()
    return RenewAllResult(renewed=tuple(renewed), refused=tuple(refused), message=message)


def _close_as(
    uow: UnitOfWork,
    item_barcode: str,
    outcome: str,
    *,
    charge_replacement: bool,
    now: datetime,
) -> CirculationResult:
    irow = item_row_required(uow, item_barcode)
    item = item_summary(irow)
    label = item_label(item)
    loan = _open_loan(uow, item.id)
    if loan is None:
        if outcome == "claims_returned":
            raise ConflictError(
                say(
                    "{item} is not checked out, so nobody can claim to have returned it.",
                    item=label,
                )
            )
        if item.status in ("lost", "missing"):
            raise ConflictError(
                say(
                    "{item} is already marked {status}.",
                    item=label,
                    status=_status_word(item.status),
                )
            )
    changes = ChangeLog()
    item_obj = uow.session.get(Item, item.id)
    assert item_obj is not None
    borrower = _borrower(uow, loan.patron_id) if loan is not None else None
    if loan is not None:
        changes.update(loan, returned_at=now, returned_by=uow.staff_name or "", outcome=outcome)
    if item_obj.status == "on_hold_shelf":
        ready = uow.session.scalar(
            select(Hold).where(Hold.trapped_item_id == item.id, Hold.status == "ready")
        )
        if ready is not None:
            changes.update(
                ready, status="waiting", trapped_item_id=None, trapped_at=None, expires_on=None
            )
    changes.update(item_obj, status=outcome)
    fees: list[FeeView] = []
    message: str
    if outcome == "lost":
        message = (
            say("Marked {item} lost ({name}).", item=label, name=borrower.display_name)
            if borrower
            else say("Marked {item} lost.", item=label)
        )
        cost = item_obj.price_cents or irow.replacement_cost_cents or 0
        if charge_replacement and borrower is not None and cost > 0:
            fee = add_fee(
                uow,
                changes,
                patron_id=borrower.id,
                kind="lost",
                amount_cents=cost,
                item_id=item.id,
                loan_id=loan.id if loan else None,
                description=f"Lost: {item.title or item.barcode}",
                now=now,
                site_id=irow.site_id,
            )
            fees.append(fee_view(uow, fee))
            message = joined(message, say("Replacement fee ${cost:.2f} charged.", cost=cost / 100))
    elif borrower:
        message = say(
            "{item} is claimed returned ({name}); it no longer counts as overdue.",
            item=label,
            name=borrower.display_name,
        )
    else:
        message = say("{item} is claimed returned; it no longer counts as overdue.", item=label)
    uow.session.flush()
    entry = record_entry(
        uow,
        outcome,
        message,
        changes=changes,
        patron_id=borrower.id if borrower else None,
        item_id=item.id,
        at=now,
        site_id=irow.site_id,
    )
    uow.commit()
    item_after = item_summary(irow, status=outcome)
    return CirculationResult(
        ScanOutcome.CHECKED_IN,
        message,
        borrower,
        item_after,
        loan=loan_view(loan, item_after, 0, now) if loan else None,
        fees=tuple(fees),
        journal_entry_id=entry.id,
        changed=frozenset({"loans", "fees"}),
    )


def mark_lost(
    uow: UnitOfWork,
    item_barcode: str,
    *,
    charge_replacement: bool = True,
    now: datetime | None = None,
) -> CirculationResult:
    """Close the item's loan as lost, set the item lost and (by default) charge the
    replacement cost to the borrower. Checking the item in later finds it again.
    Librarian only. Commits."""
    require_permission(uow, Permission.CHARGE_FEES)
    return _close_as(
        uow, item_barcode, "lost", charge_replacement=charge_replacement, now=now or utcnow()
    )


def mark_claims_returned(
    uow: UnitOfWork, item_barcode: str, *, now: datetime | None = None
) -> CirculationResult:
    """The patron says they returned it: close the loan without a fee and stop counting
    it overdue; the item is `claims_returned` until found. Librarian only. Commits."""
    require_permission(uow, Permission.CHARGE_FEES)
    return _close_as(
        uow, item_barcode, "claims_returned", charge_replacement=False, now=now or utcnow()
    )


def open_loans_for_patron(
    uow: UnitOfWork, patron_id: int, *, now: datetime | None = None
) -> list[LoanView]:
    """The patron's current loans, soonest due first."""
    now = now or utcnow()
    prow = patron_row(uow, patron_id)
    loans = uow.session.scalars(
        select(Loan)
        .where(Loan.patron_id == patron_id, Loan.returned_at.is_(None))
        .order_by(Loan.due_at, Loan.id)
    ).all()
    views = []
    for loan in loans:
        irow = uow.session.execute(item_query().where(Item.id == loan.item_id)).one()
        rule = load_rule(uow, prow.patron_type_id, irow.item_type_id, prow.site_id)
        views.append(loan_view(loan, item_summary(irow), rule.max_renewals, now))
    return views
