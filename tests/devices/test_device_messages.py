"""What the devices area tells the librarian remembers how it was said, so the desk can
say it in Spanish: the English text stays exactly as before."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lms_desktop.circulation.patrons import PatronInput, create_patron
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.carts import assign_to_slot, create_cart, return_device_to_cart
from lms_desktop.devices.condition import ConditionInput, new_damage
from lms_desktop.devices.csv_io import ImportProblem, ImportResult
from lms_desktop.devices.kits import (
    ComponentSettlement,
    ComponentView,
    LoanComponentView,
    kit_summary,
)
from lms_desktop.devices.lending import lend_device
from lms_desktop.devices.register import add_device, normalize_mac
from lms_desktop.devices.repairs import TicketView, handoff_rows
from lms_desktop.devices.yearend import devices_out_by_homeroom
from lms_desktop.errors import ConflictError, ValidationError
from lms_desktop.texts import Text
from tests.devices.conftest import chromebook

DEVICES = Path(__file__).resolve().parents[2] / "lms_desktop" / "devices"


def _raised_messages() -> list[tuple[str, ast.expr]]:
    found = []
    for path in sorted(DEVICES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name.endswith("Error") and node.exc.args:
                found.append((f"{path.name}:{node.lineno}", node.exc.args[0]))
    return found


def test_every_refusal_in_the_devices_area_is_said_so_the_desk_can_translate_it() -> None:
    said = [
        where
        for where, message in _raised_messages()
        if not (
            isinstance(message, ast.Call)
            and isinstance(message.func, ast.Name)
            and message.func.id in ("say", "joined")
        )
    ]
    assert _raised_messages(), "the devices area raises its errors with a message"
    assert said == [], "raise these with say(...) or joined(...)"


def test_a_chromebook_scanned_into_the_wrong_cart_says_where_it_belongs(
    uow: UnitOfWork,
) -> None:
    """Back from the classroom, CB-0002 is scanned into Cart B, but it lives in Cart A."""
    create_cart(uow, "CART-A", "Cart A", 2)
    create_cart(uow, "CART-B", "Cart B", 2)
    add_device(uow, chromebook("CB-0001"))
    add_device(uow, chromebook("CB-0002"))
    assign_to_slot(uow, "CART-A", 2, "CB-0002")
    assign_to_slot(uow, "CART-B", 1, "CB-0001")
    teacher = create_patron(uow, PatronInput("T1", "Dana", "Kim", patron_type="teacher"))
    uow.commit()
    assert lend_device(uow, teacher.id, "CART-B").lent
    with pytest.raises(ConflictError) as refused:
        return_device_to_cart(uow, "CART-B", "CB-0002")
    message = refused.value.message
    assert message == (
        "CB-0002 did not go out with Cart B. It belongs in Cart A, slot 2. "
        "Set it aside and check it in at the desk."
    )
    assert isinstance(message, Text)
    parts = [part.template for part in message.values.values() if isinstance(part, Text)]
    assert parts == [
        "{tag} did not go out with {cart}.",
        "It belongs in {cart}, slot {slot}.",
        "Set it aside and check it in at the desk.",
    ]


def test_a_kit_that_comes_back_without_its_charger_reads_as_before() -> None:
    charger = ComponentView(1, 10, "charger", "", 3500, True)
    settlement = ComponentSettlement(
        returned=("case",),
        missing=(LoanComponentView(5, charger, False, 9),),
        fee_ids=(9,),
    )
    summary = kit_summary("CB-0001", settlement)
    assert summary == "Kit of CB-0001 checked: back case. missing charger ($35.00 charged)."
    assert isinstance(summary, Text)
    empty = kit_summary("CB-0001", ComponentSettlement((), (), ()))
    assert empty == "Kit of CB-0001 checked: nothing went out with it."


def test_a_cracked_screen_and_a_sticker_are_named_part_by_part() -> None:
    before = ConditionInput()
    after = ConditionInput(screen_ok=False, other="sticker residue")
    assert after.text() == "problems: screen, other: sticker residue"
    assert ConditionInput().text() == "all good"
    damage = new_damage(before, after)
    assert damage == ("screen", "other: sticker residue")
    assert all(isinstance(part, Text) for part in damage)
    assert [part.template for part in damage if isinstance(part, Text)] == [
        "screen",
        "other: {note}",
    ]


def test_a_mistyped_mac_address_says_what_to_copy_in_a_translatable_message() -> None:
    with pytest.raises(ValidationError) as refused:
        normalize_mac("12:34")
    assert refused.value.message.startswith("'12:34' is not a MAC address.")
    assert isinstance(refused.value.message, Text)
    assert refused.value.message.values == {"value": "12:34"}


def test_an_import_summary_counts_the_skipped_rows() -> None:
    clean = ImportResult(3, 1, 0, ())
    assert clean.summary() == "3 added, 1 updated, 0 unchanged"
    skipped = ImportResult(3, 1, 0, (ImportProblem(4, "X", "bad"),))
    assert skipped.summary() == "3 added, 1 updated, 0 unchanged, 1 rows skipped"
    assert isinstance(skipped.summary(), Text)


def test_the_hand_off_list_for_it_stays_in_english() -> None:
    """IT's CSV and PDF are files for another team: the status and priority names in them
    are the plain English words, whatever language the desk reads."""
    ticket = TicketView(
        id=7,
        item_id=1,
        asset_tag="CB-0001",
        device_type="chromebook",
        make_model="Lenovo 100e",
        serial_number="SN-1",
        warranty_end="",
        incident_id=None,
        symptom="Will not charge",
        impact=1,
        urgency=2,
        priority=2,
        status="sent_to_it",
        it_ticket_number="",
        opened_at=datetime(2026, 3, 2, tzinfo=UTC),
        closed_at=None,
        notes="",
    )
    [row] = handoff_rows([ticket])
    assert row[1] == "2 High" and row[9] == "Sent to IT"


def test_devices_with_no_homeroom_are_grouped_under_staff(uow: UnitOfWork) -> None:
    add_device(uow, chromebook("CB-0009"))
    teacher = create_patron(uow, PatronInput("T9", "Dana", "Kim", patron_type="teacher"))
    uow.commit()
    assert lend_device(uow, teacher.id, "CB-0009").lent
    [group] = devices_out_by_homeroom(uow)
    assert group.homeroom == "Staff / no homeroom"
    assert isinstance(group.homeroom, Text)
