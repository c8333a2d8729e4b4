"""Devices go out and come back through the one circulation engine, with their kit,
their condition, the agreement receipt, carts and 1:1 loaners around it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from lms_desktop.circulation.fees import fees_for_patron
from lms_desktop.circulation.patrons import PatronInput, create_patron
from lms_desktop.circulation.results import ScanOutcome
from lms_desktop.db.unit_of_work import Database, UnitOfWork
from lms_desktop.devices.agreements import receipt_snapshot, set_agreement, write_receipt_pdf
from lms_desktop.devices.carts import (
    assign_to_slot,
    cart_view,
    create_cart,
    return_device_to_cart,
)
from lms_desktop.devices.condition import ConditionInput, condition_history
from lms_desktop.devices.incidents import IncidentInput, damage_history, report_incident
from lms_desktop.devices.kits import add_component, components_on_loan
from lms_desktop.devices.lending import (
    assign_one_to_one,
    bulk_return,
    lend_device,
    lend_loaner_for_repair,
    return_device,
)
from lms_desktop.devices.register import DeviceInput, add_device, device_input_of
from lms_desktop.devices.repairs import open_ticket, update_ticket
from lms_desktop.devices.yearend import devices_out_by_homeroom
from lms_desktop.errors import ConflictError, ValidationError
from tests.devices.conftest import chromebook

# a Tuesday morning during the school year
MORNING = datetime(2026, 11, 17, 14, 0, tzinfo=UTC)


def _student(uow: UnitOfWork, barcode: str, first: str, last: str, homeroom: str) -> int:
    return create_patron(
        uow,
        PatronInput(
            barcode=barcode,
            first_name=first,
            last_name=last,
            grade="7",
            homeroom=homeroom,
            homeroom_teacher=f"Teacher {homeroom}",
        ),
    ).id


@pytest.fixture
def maya(uow: UnitOfWork) -> int:
    return _student(uow, "P1001", "Maya", "Okafor", "7B")


@pytest.fixture
def teacher(uow: UnitOfWork) -> int:
    return create_patron(
        uow,
        PatronInput(barcode="T2001", first_name="Dana", last_name="Kim", patron_type="teacher"),
    ).id


def test_a_chromebook_goes_out_with_its_charger_and_comes_back_without_it(
    uow: UnitOfWork, maya: int
) -> None:
    add_device(uow, chromebook("CB-1"))
    charger = add_component(uow, "CB-1", "charger", 3500)
    case = add_component(uow, "CB-1", "case", 0)
    out = lend_device(uow, maya, "CB-1", ConditionInput(), now=MORNING)
    assert out.lent, out.result.message
    assert out.components == ("charger", "case")
    assert device_input_of(uow, "CB-1").status == "on_loan"

    back = return_device(
        uow, "CB-1", ConditionInput(), returned_component_ids=[case.id], now=MORNING
    )
    assert back.result.outcome == ScanOutcome.CHECKED_IN
    assert back.settlement is not None
    assert back.settlement.returned == ("case",)
    assert [m.component.name for m in back.settlement.missing] == ["charger"]
    fees = fees_for_patron(uow, maya)
    assert [(f.kind, f.amount_cents) for f in fees] == [("component", 3500)]
    assert "charger" in fees[0].description
    assert [c.returned for c in components_on_loan(uow, out.loan_id or 0)] == [False, True]
    assert charger.id in {m.component.id for m in back.settlement.missing}


def test_when_every_component_comes_back_nothing_is_charged(uow: UnitOfWork, maya: int) -> None:
    add_device(uow, chromebook("CB-1"))
    add_component(uow, "CB-1", "charger", 3500)
    lend_device(uow, maya, "CB-1", now=MORNING)
    back = return_device(uow, "CB-1", now=MORNING)
    assert back.settlement is not None and back.settlement.missing == ()
    assert fees_for_patron(uow, maya) == []


def test_damage_new_since_checkout_is_named_and_a_damage_report_goes_on_the_student(
    uow: UnitOfWork, maya: int
) -> None:
    add_device(uow, chromebook("CB-1"))
    lend_device(uow, maya, "CB-1", ConditionInput(keyboard_ok=False), now=MORNING)
    back = return_device(uow, "CB-1", ConditionInput(keyboard_ok=False, screen_ok=False))
    assert back.new_damage == ("screen",)
    assert [c.phase for c in condition_history(uow, back.result.item.id)] == [  # type: ignore[union-attr]
        "checkin",
        "checkout",
    ]
    incident = report_incident(
        uow, IncidentInput("CB-1", "Cracked screen after loan", fee_cents=6000)
    )
    assert incident.patron_barcode == "P1001"
    assert incident.fee_cents == 6000
    assert [i.description for i in damage_history(uow, "P1001")] == ["Cracked screen after loan"]
    assert [(f.kind, f.amount_cents) for f in fees_for_patron(uow, maya)] == [("damaged", 6000)]


def test_a_hotspot_needs_its_agreement_and_the_receipt_prints(
    uow: UnitOfWork, maya: int, tmp_path: Path
) -> None:
    add_device(uow, DeviceInput("HS-7", "hotspot", make="Kajeet", model="SmartSpot"))
    add_component(uow, "HS-7", "USB-C charger", 1500)
    set_agreement(uow, "hotspot", "Hotspot agreement", "Schoolwork only. Bring it back.")
    with pytest.raises(ValidationError, match="Hotspot agreement"):
        lend_device(uow, maya, "HS-7", now=MORNING)
    out = lend_device(uow, maya, "HS-7", agreement_accepted=True, now=MORNING)
    assert out.lent and out.receipt_id is not None
    # hotspots go out for weeks, not for the day
    assert out.result.loan is not None
    assert (out.result.loan.due_at - MORNING).days >= 14
    snapshot = receipt_snapshot(uow, out.receipt_id)
    assert snapshot.components == ("USB-C charger",)
    assert snapshot.patron_name == "Maya Okafor"
    pdf = write_receipt_pdf(snapshot, tmp_path / "r.pdf")
    text = PdfReader(pdf).pages[0].extract_text()
    assert "HS-7" in text and "Schoolwork only" in text and "USB-C charger" in text


def test_a_chromebook_day_loan_is_due_the_same_school_day(uow: UnitOfWork, maya: int) -> None:
    add_device(uow, chromebook("CB-1"))
    out = lend_device(uow, maya, "CB-1", now=MORNING)
    assert out.result.loan is not None
    assert out.result.loan.due_at.date() == MORNING.date()


def test_a_device_in_repair_cannot_be_lent(uow: UnitOfWork, maya: int) -> None:
    add_device(uow, chromebook("CB-1"))
    open_ticket(uow, "CB-1", "No power", "high", "high")
    out = lend_device(uow, maya, "CB-1", now=MORNING)
    assert not out.lent
    assert "repair" in out.result.message


def test_a_1_to_1_device_in_repair_is_linked_to_the_loaner_until_it_is_fixed(
    uow: UnitOfWork, maya: int
) -> None:
    add_device(uow, chromebook("CB-MAYA"))
    add_device(uow, chromebook("LOANER-1"))
    assign_one_to_one(uow, "CB-MAYA", "P1001")
    with pytest.raises(ConflictError, match="not in repair"):
        lend_loaner_for_repair(uow, "CB-MAYA", "LOANER-1", now=MORNING)
    ticket = open_ticket(uow, "CB-MAYA", "Cracked hinge", "medium", "high")
    out = lend_loaner_for_repair(uow, "CB-MAYA", "LOANER-1", now=MORNING)
    assert out.lent and out.result.patron is not None
    assert out.result.patron.barcode == "P1001"
    from lms_desktop.devices.register import device_detail

    assert device_detail(uow, "CB-MAYA").loaner_asset_tag == "LOANER-1"
    fixed = update_ticket(uow, ticket.id, status="fixed")
    assert fixed.loaner_to_collect == "LOANER-1"
    assert device_detail(uow, "CB-MAYA").loaner_asset_tag == ""


def test_a_teacher_takes_a_cart_and_its_check_in_shows_the_empty_slots(
    uow: UnitOfWork, teacher: int
) -> None:
    create_cart(uow, "CART-A", "Cart A", 6)
    for slot in range(1, 6):
        add_device(uow, chromebook(f"CB-A{slot}"))
        assign_to_slot(uow, "CART-A", slot, f"CB-A{slot}")
    out = lend_device(uow, teacher, "CART-A", now=MORNING)
    assert out.lent, out.result.message
    assert out.cart_slots == 5
    assert cart_view(uow, "CART-A").cart.borrower_name == "Kim, Dana"

    for slot in (1, 2, 4):
        back = return_device_to_cart(uow, "CART-A", f"CB-A{slot}")
        assert back.slot == slot
    assert return_device_to_cart(uow, "CART-A", "CB-A1").already_back
    view = cart_view(uow, "CART-A")
    assert view.empty_slots == (3, 5, 6)  # 3 and 5 not back; 6 never had a device
    assert [s.asset_tag for s in view.missing_devices] == ["CB-A3", "CB-A5"]

    add_device(uow, chromebook("STRAY"))
    with pytest.raises(ConflictError, match="did not go out with Cart A"):
        return_device_to_cart(uow, "CART-A", "STRAY")

    done = return_device(uow, "CART-A", now=MORNING)
    assert done.result.outcome == ScanOutcome.CHECKED_IN
    assert done.empty_cart_slots == ((3, "CB-A3"), (5, "CB-A5"))
    assert device_input_of(uow, "CB-A3").status == "missing"
    assert device_input_of(uow, "CB-A1").status == "available"


def test_year_end_lists_devices_still_out_by_homeroom_and_bulk_returns_them(
    uow: UnitOfWork, database: Database, maya: int
) -> None:
    leo = _student(uow, "P1002", "Leo", "Adams", "8A")
    ana = _student(uow, "P1003", "Ana", "Zeller", "7B")
    for tag in ("HS-1", "HS-2", "HS-3"):
        add_device(uow, DeviceInput(tag, "hotspot"))
    for patron, tag in ((maya, "HS-1"), (leo, "HS-2"), (ana, "HS-3")):
        assert lend_device(uow, patron, tag, now=MORNING).lent
    groups = devices_out_by_homeroom(uow, now=MORNING)
    assert [(g.homeroom, [line.asset_tag for line in g.lines]) for g in groups] == [
        ("7B", ["HS-1", "HS-3"]),
        ("8A", ["HS-2"]),
    ]
    assert groups[0].teacher == "Teacher 7B"
    uow.commit()
    uow.session.close()

    lines = bulk_return(database, ["HS-1", "HS-2", "NOPE", "HS-1"], now=MORNING)
    assert [line.outcome for line in lines[:2]] == [ScanOutcome.CHECKED_IN] * 2
    assert lines[2].outcome is not ScanOutcome.CHECKED_IN
    with database.unit_of_work() as check:
        remaining = devices_out_by_homeroom(check, now=MORNING)
    assert [(g.homeroom, [line.asset_tag for line in g.lines]) for g in remaining] == [
        ("7B", ["HS-3"])
    ]


def test_undoing_a_device_checkout_from_the_journal_undoes_its_kit_condition_and_receipt(
    uow: UnitOfWork, maya: int
) -> None:
    from lms_desktop.circulation.journal import undo_entry
    from lms_desktop.devices.models import AgreementReceipt, ConditionCheck, LoanComponent

    add_device(uow, DeviceInput("HS-9", "hotspot"))
    add_component(uow, "HS-9", "charger", 1500)
    set_agreement(uow, "hotspot", "Hotspot agreement", "Schoolwork only.")
    out = lend_device(uow, maya, "HS-9", agreement_accepted=True)
    assert out.lent and out.result.journal_entry_id is not None
    undo_entry(uow, out.result.journal_entry_id)
    assert device_input_of(uow, "HS-9").status == "available"
    from sqlalchemy import func, select

    for model in (LoanComponent, ConditionCheck, AgreementReceipt):
        assert uow.session.scalar(select(func.count()).select_from(model)) == 0, model


def test_a_cart_is_due_at_the_end_of_the_period_it_was_lent_in(
    uow: UnitOfWork, teacher: int
) -> None:
    from datetime import time

    from lms_desktop.makerspace.calendar_setup import save_bell_schedule

    save_bell_schedule(
        uow,
        "Regular day",
        [
            ("1", time(8, 0), time(8, 50)),
            ("2", time(8, 55), time(9, 45)),
            ("3", time(9, 50), time(10, 40)),
        ],
        is_default=True,
    )
    uow.commit()
    create_cart(uow, "CART-A", "Cart A", 4)
    # 14:00 UTC is 9:00 in New York (the school's time zone), during period 2
    out = lend_device(uow, teacher, "CART-A", now=MORNING)
    assert out.lent, out.result.message
    assert out.result.loan is not None
    assert out.result.loan.due_at == datetime(2026, 11, 17, 14, 45, tzinfo=UTC)


def test_the_devices_out_list_for_homeroom_teachers_opens_safely_in_a_spreadsheet(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    import csv

    from lms_desktop.devices.yearend import write_devices_out_csv

    # a roster import brought in a homeroom typed like a formula
    student = _student(uow, "P1009", "Sam", "Reyes", "=2+5")
    add_device(uow, DeviceInput("HS-7", "hotspot"))
    assert lend_device(uow, student, "HS-7", now=MORNING).lent
    path = tmp_path / "out.csv"
    write_devices_out_csv(devices_out_by_homeroom(uow, now=MORNING), path)
    with path.open(encoding="utf-8-sig") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["homeroom"] == "'=2+5"
    assert row["asset_tag"] == "HS-7"


def test_the_device_detail_finds_the_loan_a_device_is_out_on(uow: UnitOfWork, maya: int) -> None:
    from lms_desktop.devices.lending import open_device_loan

    add_device(uow, chromebook("CB-5"))
    assert open_device_loan(uow, "CB-5") is None
    out = lend_device(uow, maya, "CB-5", now=MORNING)
    loan = open_device_loan(uow, " CB-5 ")
    assert loan is not None and out.loan_id == loan.loan_id
    assert (loan.asset_tag, loan.patron_id) == ("CB-5", maya)
    return_device(uow, "CB-5", now=MORNING)
    assert open_device_loan(uow, "CB-5") is None
