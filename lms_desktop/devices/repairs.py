"""Repair tickets for IT: priority from impact x urgency, status, and the hand-off list."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Select, select

from lms_desktop.circulation.holds import hold_slip, trap_item
from lms_desktop.circulation.journal import ChangeLog
from lms_desktop.circulation.models import Item, Loan
from lms_desktop.circulation.results import HoldSlip
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.models import Device, Incident, RepairTicket
from lms_desktop.devices.priority import PRIORITY_NAMES, Priority, priority_for, to_level
from lms_desktop.errors import ConflictError, NotFoundError, ValidationError
from lms_desktop.texts import say

TICKET_STATUSES: tuple[str, ...] = ("open", "sent_to_it", "waiting_parts", "fixed", "written_off")
ACTIVE_STATUSES: tuple[str, ...] = ("open", "sent_to_it", "waiting_parts")
# shown on screens (a Text each) and written in English on IT's hand-off list
STATUS_NAMES: dict[str, str] = {
    "open": say("Open"),
    "sent_to_it": say("Sent to IT"),
    "waiting_parts": say("Waiting on parts"),
    "fixed": say("Fixed"),
    "written_off": say("Written off"),
}
HANDOFF_COLUMNS: tuple[str, ...] = (
    "ticket",
    "priority",
    "asset_tag",
    "device_type",
    "make_model",
    "serial_number",
    "symptom",
    "impact",
    "urgency",
    "status",
    "it_ticket_number",
    "opened",
    "warranty_end",
)


@dataclass(frozen=True)
class TicketView:
    id: int
    item_id: int
    asset_tag: str
    device_type: str
    make_model: str
    serial_number: str
    warranty_end: str
    incident_id: int | None
    symptom: str
    impact: int
    urgency: int
    priority: int
    status: str
    it_ticket_number: str
    opened_at: datetime
    closed_at: datetime | None
    notes: str

    @property
    def priority_name(self) -> str:
        return PRIORITY_NAMES[Priority(self.priority)]

    @property
    def status_name(self) -> str:
        return STATUS_NAMES[self.status]


@dataclass(frozen=True)
class TicketChange:
    """What changed when a ticket moved, and what the librarian should do next."""

    ticket: TicketView
    device_status: str
    loaner_to_collect: str  # asset tag of a loaner to swap back, or ""
    # fixed with a hold waiting: the device goes to the hold shelf for this patron
    hold_slip: HoldSlip | None = None


def open_ticket(
    uow: UnitOfWork,
    asset_tag: str,
    symptom: str,
    impact: int | str,
    urgency: int | str,
    *,
    incident_id: int | None = None,
) -> TicketView:
    """Open a ticket for a device (not while it is on loan); the device goes in repair."""
    if not symptom.strip():
        raise ValidationError(
            say("Describe the symptom for IT, e.g. 'won't charge, light stays off'.")
        )
    priority = priority_for(impact, urgency)
    item = uow.session.scalar(
        select(Item).join(Device, Device.item_id == Item.id).where(Item.barcode == asset_tag)
    )
    if item is None:
        raise NotFoundError(say("No device has the asset tag {tag}. Check the tag.", tag=asset_tag))
    open_loan = uow.session.scalar(
        select(Loan.id).where(Loan.item_id == item.id, Loan.returned_at.is_(None))
    )
    if open_loan is not None:
        raise ConflictError(
            say(
                "{tag} is still on loan. Check it in first, then open the repair ticket.",
                tag=asset_tag,
            )
        )
    active = uow.session.scalar(
        select(RepairTicket.id).where(
            RepairTicket.item_id == item.id, RepairTicket.status.in_(ACTIVE_STATUSES)
        )
    )
    if active is not None:
        raise ConflictError(
            say(
                "{tag} already has repair ticket #{number} open. Add to that ticket instead.",
                tag=asset_tag,
                number=active,
            )
        )
    if incident_id is not None:
        incident = uow.session.get(Incident, incident_id)
        if incident is None or incident.item_id != item.id:
            raise ValidationError(say("That incident is not about this device."))
    ticket = RepairTicket(
        item_id=item.id,
        incident_id=incident_id,
        symptom=symptom.strip(),
        impact=int(to_level(impact)),
        urgency=int(to_level(urgency)),
        priority=int(priority),
        status="open",
    )
    uow.session.add(ticket)
    item.status = "in_repair"
    uow.session.flush()
    return ticket_view(uow, ticket.id)


def update_ticket(
    uow: UnitOfWork,
    ticket_id: int,
    *,
    status: str | None = None,
    it_ticket_number: str | None = None,
    notes: str | None = None,
    impact: int | str | None = None,
    urgency: int | str | None = None,
) -> TicketChange:
    """Move a ticket along. Fixed: the device is available again, or on the hold shelf
    when a hold is waiting for it (and the 1:1 loaner, if any, is named for collection).
    Written off: the device is retired."""
    ticket = uow.session.get(RepairTicket, ticket_id)
    if ticket is None:
        raise NotFoundError(say("There is no repair ticket #{number}.", number=ticket_id))
    item = uow.session.get(Item, ticket.item_id)
    device = uow.session.get(Device, ticket.item_id)
    assert item is not None and device is not None
    loaner_tag = ""
    slip: HoldSlip | None = None
    if it_ticket_number is not None:
        ticket.it_ticket_number = it_ticket_number.strip()
    if notes is not None:
        ticket.notes = notes
    if impact is not None or urgency is not None:
        ticket.impact = int(to_level(impact if impact is not None else ticket.impact))
        ticket.urgency = int(to_level(urgency if urgency is not None else ticket.urgency))
        ticket.priority = int(priority_for(ticket.impact, ticket.urgency))
    if status is not None and status != ticket.status:
        if status not in TICKET_STATUSES:
            raise ValidationError(
                say(
                    "'{status}' is not a ticket status; use one of {statuses}.",
                    status=status,
                    statuses=", ".join(TICKET_STATUSES),
                )
            )
        if ticket.status not in ACTIVE_STATUSES and status != "open":
            raise ConflictError(
                say(
                    "Ticket #{number} is closed ({status}). Reopen it first.",
                    number=ticket.id,
                    status=STATUS_NAMES[ticket.status],
                )
            )
        ticket.status = status
        if status in ACTIVE_STATUSES:
            ticket.closed_at = None
            item.status = "in_repair"
        elif status == "fixed":
            ticket.closed_at = utcnow()
            item.status = "available"
            uow.session.flush()
            # a fixed device is like one checked in: the next waiting hold gets it
            hold = trap_item(uow, ChangeLog(), item, ticket.closed_at)
            if hold is not None:
                uow.session.flush()
                slip = hold_slip(uow, hold)
            if device.loaner_item_id is not None:
                loaner_tag = (
                    uow.session.scalar(select(Item.barcode).where(Item.id == device.loaner_item_id))
                    or ""
                )
                device.loaner_item_id = None
        else:  # written_off
            ticket.closed_at = utcnow()
            item.status = "retired"
    uow.session.flush()
    return TicketChange(ticket_view(uow, ticket.id), item.status, loaner_tag, slip)


def _query() -> Select[tuple[RepairTicket, str, Device]]:
    return (
        select(RepairTicket, Item.barcode, Device)
        .join(Item, Item.id == RepairTicket.item_id)
        .join(Device, Device.item_id == RepairTicket.item_id)
    )


def _view(ticket: RepairTicket, tag: str, device: Device) -> TicketView:
    return TicketView(
        id=ticket.id,
        item_id=ticket.item_id,
        asset_tag=tag,
        device_type=device.device_type,
        make_model=f"{device.make} {device.model}".strip(),
        serial_number=device.serial_number,
        warranty_end=device.warranty_end.isoformat() if device.warranty_end else "",
        incident_id=ticket.incident_id,
        symptom=ticket.symptom,
        impact=ticket.impact,
        urgency=ticket.urgency,
        priority=ticket.priority,
        status=ticket.status,
        it_ticket_number=ticket.it_ticket_number,
        opened_at=ticket.opened_at,
        closed_at=ticket.closed_at,
        notes=ticket.notes,
    )


def ticket_view(uow: UnitOfWork, ticket_id: int) -> TicketView:
    row = uow.session.execute(_query().where(RepairTicket.id == ticket_id)).first()
    if row is None:
        raise NotFoundError(say("There is no repair ticket #{number}.", number=ticket_id))
    return _view(*row)


def tickets(
    uow: UnitOfWork, statuses: Sequence[str] = ACTIVE_STATUSES, item_id: int | None = None
) -> list[TicketView]:
    """Tickets in the given statuses, most urgent first, then oldest first."""
    query = _query().where(RepairTicket.status.in_(list(statuses)))
    if item_id is not None:
        query = query.where(RepairTicket.item_id == item_id)
    query = query.order_by(RepairTicket.priority, RepairTicket.opened_at, RepairTicket.id)
    return [_view(*row) for row in uow.session.execute(query)]


# what a spreadsheet takes for the start of a formula (OWASP's CSV injection list)
FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """A cell IT can open in Excel or Sheets without it running as a formula: text that
    starts like one (a symptom typed as "=HYPERLINK(...)" or "-- no power") gets a
    leading apostrophe, which spreadsheets show as plain text."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def handoff_rows(tickets_: Sequence[TicketView]) -> list[list[str]]:
    level = {1: "High", 2: "Medium", 3: "Low"}
    return [
        [
            str(t.id),
            f"{t.priority} {t.priority_name}",
            t.asset_tag,
            t.device_type,
            t.make_model,
            t.serial_number,
            t.symptom,
            level[t.impact],
            level[t.urgency],
            t.status_name,
            t.it_ticket_number,
            t.opened_at.date().isoformat(),
            t.warranty_end,
        ]
        for t in tickets_
    ]


def write_handoff_csv(tickets_: Sequence[TicketView], path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(HANDOFF_COLUMNS)
        writer.writerows([spreadsheet_safe(c) for c in row] for row in handoff_rows(tickets_))
    return path


def write_handoff_pdf(
    tickets_: Sequence[TicketView], path: Path, school_name: str, today: str
) -> Path:
    """A landscape table IT can work from: most urgent first, with serials and warranty."""
    from lms_desktop.devices.pdf import handoff_pdf

    return handoff_pdf(tickets_, path, school_name, today)
