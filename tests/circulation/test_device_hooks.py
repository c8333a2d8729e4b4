"""A cart lent and returned at the desk: the engine does the devices' part in the same
action, so the answer lists empty slots and undo takes everything back."""

from __future__ import annotations

from datetime import timedelta

from lms_desktop.circulation.journal import undo_entry
from lms_desktop.circulation.results import ScanOutcome
from lms_desktop.circulation.scan_router import DeskState, route_scan
from lms_desktop.devices.carts import assign_to_slot, create_cart, return_device_to_cart
from lms_desktop.devices.register import DeviceInput, add_device, device_input_of
from tests.circulation.conftest import SCHOOL_MORNING, SmallSchool


def _cart_of_three(school: SmallSchool) -> str:
    with school.uow() as uow:
        create_cart(uow, "CART-A", "Cart A", 4)
        for slot in (1, 2, 3):
            add_device(uow, DeviceInput(asset_tag=f"CB-A{slot}", device_type="chromebook"))
            assign_to_slot(uow, "CART-A", slot, f"CB-A{slot}")
        uow.commit()
    return "CART-A"


def test_undoing_a_cart_lent_at_the_desk_frees_its_chromebooks(school: SmallSchool) -> None:
    cart = _cart_of_three(school)
    with school.uow() as uow:
        lent = route_scan(uow, cart, DeskState(patron_id=school.teacher), now=SCHOOL_MORNING)
    assert lent.outcome is ScanOutcome.CHECKED_OUT, lent.message
    with school.uow() as uow:
        assert device_input_of(uow, "CB-A2").status == "on_loan"  # out with the cart
        assert lent.journal_entry_id is not None
        undo_entry(uow, lent.journal_entry_id, now=SCHOOL_MORNING + timedelta(minutes=1))
    with school.uow() as uow:
        assert device_input_of(uow, "CB-A2").status == "available"
        again = route_scan(
            uow, "CB-A2", DeskState(patron_id=school.ada), now=SCHOOL_MORNING + timedelta(minutes=2)
        )
    assert again.outcome is ScanOutcome.CHECKED_OUT, again.message


def test_a_cart_scanned_in_at_the_desk_names_its_empty_slots(school: SmallSchool) -> None:
    cart = _cart_of_three(school)
    with school.uow() as uow:
        route_scan(uow, cart, DeskState(patron_id=school.teacher), now=SCHOOL_MORNING)
        return_device_to_cart(uow, cart, "CB-A1")
        uow.commit()
    with school.uow() as uow:
        back = route_scan(uow, cart, DeskState(), now=SCHOOL_MORNING + timedelta(minutes=50))
    assert back.outcome is ScanOutcome.CHECKED_IN
    assert "#2 CB-A2, #3 CB-A3" in back.message
