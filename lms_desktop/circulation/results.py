"""Plain frozen results the circulation services hand to the desk, the CLI and reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class ScanOutcome(StrEnum):
    """What a scan did; the desk picks colour and sound from `tone`."""

    PATRON_SELECTED = "patron_selected"
    CHECKED_OUT = "checked_out"
    CHECKED_IN = "checked_in"
    HOLD_TRAPPED = "hold_trapped"  # checked in and put on the hold shelf for someone
    RENEWED = "renewed"
    TITLE_FOUND = "title_found"  # an ISBN scan that matched titles in the catalog
    DUPLICATE = "duplicate"  # the same item scanned again seconds later: nothing done
    BLOCKED = "blocked"  # the patron is blocked; an override is possible
    REFUSED = "refused"  # a rule says no (limit, not for loan, on hold for someone else)
    UNKNOWN = "unknown"  # nothing in the database has this barcode
    INVALID = "invalid"  # not a barcode at all (bad check digit, garbage)

    @property
    def tone(self) -> str:
        """`success`, `info`, `warning` or `error`: the colour and sound family."""
        return _TONES[self]


_TONES: dict[ScanOutcome, str] = {
    ScanOutcome.PATRON_SELECTED: "info",
    ScanOutcome.CHECKED_OUT: "success",
    ScanOutcome.CHECKED_IN: "success",
    ScanOutcome.HOLD_TRAPPED: "warning",
    ScanOutcome.RENEWED: "success",
    ScanOutcome.TITLE_FOUND: "info",
    ScanOutcome.DUPLICATE: "info",
    ScanOutcome.BLOCKED: "error",
    ScanOutcome.REFUSED: "error",
    ScanOutcome.UNKNOWN: "warning",
    ScanOutcome.INVALID: "error",
}


class ScanOffer(StrEnum):
    """A follow-up action the desk can offer after a scan."""

    ADD_COPY = "add_copy"
    LOOKUP_ISBN = "lookup_isbn"
    OVERRIDE_BLOCK = "override_block"
    PRINT_HOLD_SLIP = "print_hold_slip"
    RENEW = "renew"
    LEND_WITH_AGREEMENT = "lend_with_agreement"  # the device needs its signed agreement


@dataclass(frozen=True)
class PatronSummary:
    id: int
    barcode: str
    first_name: str
    last_name: str
    patron_type: str  # code: student | teacher | staff
    grade: str
    homeroom: str
    homeroom_teacher: str
    status: str
    sis_id: str | None = None
    patron_type_name: str = ""  # the school's name of the type ("Student"), where listed

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class ItemSummary:
    id: int
    barcode: str
    item_type: str  # code
    item_kind: str  # book | device | equipment
    status: str
    title: str
    author: str
    call_number: str
    bib_record_id: int | None


@dataclass(frozen=True)
class LoanView:
    id: int
    item: ItemSummary
    patron_id: int | None
    checked_out_at: datetime
    due_at: datetime
    returned_at: datetime | None
    renewals: int
    max_renewals: int
    overdue: bool
    outcome: str | None = None


@dataclass(frozen=True)
class HoldView:
    id: int
    patron_id: int
    patron_name: str
    bib_record_id: int | None
    item_id: int | None
    title: str
    status: str  # waiting | ready | fulfilled | cancelled | expired
    placed_at: datetime
    queue_position: int  # 1 = next in line; 0 once trapped/closed
    trapped_item_barcode: str | None
    expires_on: date | None


@dataclass(frozen=True)
class HoldSlip:
    """What the printable hold-shelf slip shows."""

    hold_id: int
    patron_name: str
    patron_barcode: str
    homeroom: str
    homeroom_teacher: str
    title: str
    item_barcode: str
    call_number: str
    trapped_at: datetime
    expires_on: date | None


@dataclass(frozen=True)
class FeeView:
    id: int
    patron_id: int | None
    item_barcode: str | None
    kind: str  # overdue | lost | damaged | component | other
    amount_cents: int
    paid_cents: int
    waived_cents: int
    status: str  # open | paid | waived | cancelled
    description: str
    created_at: datetime

    @property
    def balance_cents(self) -> int:
        if self.status != "open":
            return 0
        return max(0, self.amount_cents - self.paid_cents - self.waived_cents)


@dataclass(frozen=True)
class Block:
    """One reason a patron may not borrow right now."""

    code: str  # manual | inactive | overdues | fees
    message: str
    can_override: bool = True


@dataclass(frozen=True)
class PatronDetail:
    """Everything the desk's patron card shows."""

    patron: PatronSummary
    email: str
    guardian_email: str
    notes: str
    block_reason: str
    photo: bytes | None
    loans: tuple[LoanView, ...]
    holds: tuple[HoldView, ...]
    fees: tuple[FeeView, ...]
    blocks: tuple[Block, ...]

    @property
    def fee_balance_cents(self) -> int:
        return sum(f.balance_cents for f in self.fees)

    @property
    def overdue_count(self) -> int:
        return sum(1 for loan in self.loans if loan.overdue)


@dataclass(frozen=True)
class TitleMatch:
    bib_record_id: int
    title: str
    author: str
    copies: int
    available: int


@dataclass(frozen=True)
class CirculationResult:
    """The answer to one check-out, check-in, renewal, lost or claims-returned action."""

    outcome: ScanOutcome
    message: str
    patron: PatronSummary | None = None
    item: ItemSummary | None = None
    loan: LoanView | None = None
    hold_slip: HoldSlip | None = None
    fees: tuple[FeeView, ...] = ()
    blocks: tuple[Block, ...] = ()
    journal_entry_id: int | None = None
    changed: frozenset[str] = frozenset()
    repeated: bool = False  # the earlier answer to a scan_id handled before
    # refused: the title of the acceptable-use agreement the device needs first
    needs_agreement: str | None = None
    # refused: the patron already has this item out (the desk offers to renew it)
    already_theirs: bool = False


@dataclass(frozen=True)
class ScanResult:
    """The answer to one scan at the desk.

    `message` goes on screen through ui.domain_text.shown() (a texts.Text, so in the
    desk's language); `outcome.tone` picks colour and sound; `changed`
    names what to refresh ("loans", "holds", "fees", "patrons"); `patron` is who the desk
    should show afterwards (None: clear the patron card). `repeated` is True when the
    scan_id had been handled before and this is that earlier answer.
    """

    outcome: ScanOutcome
    message: str
    text: str
    kind: str  # patron | item | device | isbn | unknown | invalid
    patron: PatronSummary | None = None
    item: ItemSummary | None = None
    loan: LoanView | None = None
    hold_slip: HoldSlip | None = None
    titles: tuple[TitleMatch, ...] = ()
    blocks: tuple[Block, ...] = ()
    offers: tuple[ScanOffer, ...] = ()
    journal_entry_id: int | None = None
    scan_id: str | None = None
    repeated: bool = False
    changed: frozenset[str] = frozenset()


@dataclass(frozen=True)
class JournalView:
    id: int
    at: datetime
    staff_name: str
    action: str
    summary: str
    patron_id: int | None
    item_id: int | None
    scan_id: str | None
    undone_at: datetime | None
    undone_by: str
    can_undo: bool


@dataclass(frozen=True)
class RenewAllResult:
    renewed: tuple[LoanView, ...]
    refused: tuple[tuple[ItemSummary, str], ...]  # item and why not
    message: str


@dataclass(frozen=True)
class HomeroomOverdues:
    """One homeroom's overdue list for the printed notice."""

    homeroom: str
    teacher: str
    grade: str
    lines: tuple[OverdueLine, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class OverdueLine:
    patron_name: str
    patron_barcode: str
    title: str
    item_barcode: str
    call_number: str
    due_on: date
    days_overdue: int
