"""At the desk, an asset tag scans like a copy barcode: out, in, and holds for a cart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from lms_desktop.circulation.holds import place_hold
from lms_desktop.circulation.patrons import PatronInput, create_patron
from lms_desktop.circulation.results import ScanOutcome
from lms_desktop.circulation.scan_router import DeskState, route_scan
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.carts import assign_to_slot, cart_view, create_cart
from lms_desktop.devices.kits import add_component, components_on_loan
from lms_desktop.devices.register import add_device
from tests.devices.conftest import chromebook

MORNING = datetime(2026, 11, 17, 14, 0, tzinfo=UTC)


def test_scanning_a_student_then_a_chromebook_lends_it_with_its_kit(uow: UnitOfWork) -> None:
    student = create_patron(uow, PatronInput("P1001", "Maya", "Okafor", homeroom="7B"))
    add_device(uow, chromebook("CB-1"))
    add_component(uow, "CB-1", "charger", 3500)

    picked = route_scan(uow, "P1001", now=MORNING)
    assert picked.outcome == ScanOutcome.PATRON_SELECTED
    out = route_scan(uow, "CB-1", DeskState(patron_id=student.id), now=MORNING)
    assert out.outcome == ScanOutcome.CHECKED_OUT, out.message
    assert out.kind == "device"
    assert out.loan is not None
    assert [v.component.name for v in components_on_loan(uow, out.loan.id)] == ["charger"]

    back = route_scan(uow, "CB-1", DeskState(), now=MORNING + timedelta(hours=2))
    assert back.outcome == ScanOutcome.CHECKED_IN, back.message


def test_a_cart_scanned_out_at_the_desk_records_its_slots_and_a_hold_waits_for_it(
    uow: UnitOfWork,
) -> None:
    kim = create_patron(uow, PatronInput("T1", "Dana", "Kim", patron_type="teacher"))
    lee = create_patron(uow, PatronInput("T2", "Sam", "Lee", patron_type="teacher"))
    create_cart(uow, "CART-A", "Cart A", 4)
    for slot in (1, 2):
        add_device(uow, chromebook(f"CB-{slot}"))
        assign_to_slot(uow, "CART-A", slot, f"CB-{slot}")
    uow.commit()

    out = route_scan(uow, "CART-A", DeskState(patron_id=kim.id), now=MORNING)
    assert out.outcome == ScanOutcome.CHECKED_OUT, out.message
    assert cart_view(uow, "CART-A").missing_devices != ()

    place_hold(uow, lee.id, item_barcode="CART-A", now=MORNING)
    back = route_scan(uow, "CART-A", DeskState(), now=MORNING + timedelta(hours=1))
    assert back.outcome == ScanOutcome.HOLD_TRAPPED, back.message
    assert back.hold_slip is not None and back.hold_slip.patron_name.startswith("Sam")


def test_a_device_scanned_in_at_the_desk_waits_in_kits_to_check_until_settled(
    uow: UnitOfWork,
) -> None:
    from lms_desktop.circulation.fees import fees_for_patron
    from lms_desktop.devices.kits import check_kit, kits_to_check

    student = create_patron(uow, PatronInput("P1001", "Maya", "Okafor", homeroom="7B"))
    add_device(uow, chromebook("CB-1"))
    charger = add_component(uow, "CB-1", "charger", 3500)
    route_scan(uow, "CB-1", DeskState(patron_id=student.id), now=MORNING)
    assert kits_to_check(uow) == []  # still out: nothing to check yet
    route_scan(uow, "CB-1", DeskState(), now=MORNING + timedelta(hours=2))
    [pending] = kits_to_check(uow)
    assert pending.asset_tag == "CB-1" and pending.patron_barcode == "P1001"
    assert [v.component.id for v in pending.components] == [charger.id]
    settled = check_kit(uow, pending.loan_id, returned_component_ids=[])
    assert [m.component.name for m in settled.missing] == ["charger"]
    assert [f.amount_cents for f in fees_for_patron(uow, student.id)] == [3500]
    assert kits_to_check(uow) == []
