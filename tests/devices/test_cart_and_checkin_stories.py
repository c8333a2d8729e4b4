"""The librarian's stories around a device coming back: a teacher's cart, a student's
Chromebook without its charger, the year-end stack, and undoing a check-in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from lms_desktop.circulation.fees import fees_for_patron
from lms_desktop.circulation.journal import recent_entries, undo_entry
from lms_desktop.circulation.models import Item, Loan
from lms_desktop.circulation.patrons import PatronInput, create_patron
from lms_desktop.circulation.results import ScanOutcome
from lms_desktop.circulation.scan_router import DeskState, route_scan
from lms_desktop.db.unit_of_work import Database, UnitOfWork
from lms_desktop.devices.carts import assign_to_slot, cart_view, create_cart, return_device_to_cart
from lms_desktop.devices.condition import ConditionInput
from lms_desktop.devices.kits import add_component, check_kit, kits_to_check
from lms_desktop.devices.lending import bulk_return, lend_device, return_device
from lms_desktop.devices.models import ConditionCheck, DeviceComponent, LoanComponent
from lms_desktop.devices.register import add_device, device_input_of
from lms_desktop.errors import ConflictError, ValidationError
from tests.devices.conftest import chromebook

# a Tuesday morning during the school year
MORNING = datetime(2026, 11, 17, 14, 0, tzinfo=UTC)


@pytest.fixture
def maya(uow: UnitOfWork) -> int:
    patron = PatronInput("P1001", "Maya", "Okafor", grade="7", homeroom="7B")
    return create_patron(uow, patron).id


@pytest.fixture
def dana(uow: UnitOfWork) -> int:
    patron = PatronInput("T2001", "Dana", "Kim", patron_type="teacher")
    return create_patron(uow, patron).id


@pytest.fixture
def cart_a(uow: UnitOfWork) -> str:
    create_cart(uow, "CART-A", "Cart A", 4)
    for slot in (1, 2, 3):
        add_device(uow, chromebook(f"CB-A{slot}"))
        assign_to_slot(uow, "CART-A", slot, f"CB-A{slot}")
    uow.commit()
    return "CART-A"


def _open_loans(uow: UnitOfWork) -> int:
    return uow.session.scalar(
        select(func.count()).select_from(Loan).where(Loan.returned_at.is_(None))
    )


def test_a_chromebook_out_in_a_teachers_cart_cannot_be_lent_to_a_student(
    uow: UnitOfWork, maya: int, dana: int, cart_a: str
) -> None:
    out = route_scan(uow, cart_a, DeskState(patron_id=dana), now=MORNING)
    assert out.outcome == ScanOutcome.CHECKED_OUT, out.message

    # Maya comes to the desk and the aide grabs CB-A2, which is in Ms. Kim's classroom
    refused = route_scan(uow, "CB-A2", DeskState(patron_id=maya), now=MORNING)
    uow.rollback()  # the desk's unit of work for that scan ends here
    assert refused.outcome == ScanOutcome.REFUSED
    assert "out in Cart A (slot 2) with Kim, Dana" in refused.message
    assert "Check the cart in first" in refused.message
    with pytest.raises(ConflictError, match="Cart A"):
        lend_device(uow, maya, "CB-A2", now=MORNING)
    uow.rollback()
    assert _open_loans(uow) == 1  # only the cart


def test_a_cart_comes_back_with_a_chromebook_short_and_its_check_in_says_which_slot(
    uow: UnitOfWork, maya: int, dana: int, cart_a: str
) -> None:
    assert lend_device(uow, dana, cart_a, now=MORNING).lent
    # at the end of the period the cart comes back; CB-A2 stayed in the classroom
    return_device_to_cart(uow, cart_a, "CB-A1")
    return_device_to_cart(uow, cart_a, "CB-A3")
    uow.commit()
    assert cart_view(uow, cart_a).empty_slots == (2, 4)

    done = return_device(uow, cart_a, now=MORNING + timedelta(minutes=50))
    assert done.empty_cart_slots == ((2, "CB-A2"),)
    assert "Empty slots (devices now marked missing): #2 CB-A2" in done.result.message
    assert device_input_of(uow, "CB-A2").status == "missing"
    assert device_input_of(uow, "CB-A1").status == "available"

    # the cart is in: its devices lend on their own again, and CB-A2 is found when scanned
    later = MORNING + timedelta(hours=2)
    assert lend_device(uow, maya, "CB-A1", now=later).lent
    found = route_scan(uow, "CB-A2", DeskState(), now=later)
    assert found.outcome == ScanOutcome.CHECKED_IN, found.message
    assert device_input_of(uow, "CB-A2").status == "available"


def test_the_chromebooks_of_a_lent_cart_show_on_loan_until_the_cart_is_back(
    uow: UnitOfWork, dana: int, cart_a: str
) -> None:
    out = route_scan(uow, cart_a, DeskState(patron_id=dana), now=MORNING)
    assert out.outcome == ScanOutcome.CHECKED_OUT
    assert [device_input_of(uow, f"CB-A{n}").status for n in (1, 2, 3)] == ["on_loan"] * 3

    # lent by mistake: undoing the check-out puts the cart and its devices back
    assert out.journal_entry_id is not None
    undo_entry(uow, out.journal_entry_id, now=MORNING)
    assert [device_input_of(uow, f"CB-A{n}").status for n in (1, 2, 3)] == ["available"] * 3


def test_a_cart_scanned_in_at_the_desk_lists_its_empty_slots_and_marks_them_missing(
    uow: UnitOfWork, dana: int, cart_a: str
) -> None:
    lent = route_scan(uow, cart_a, DeskState(patron_id=dana), now=MORNING)
    assert lent.outcome == ScanOutcome.CHECKED_OUT
    return_device_to_cart(uow, cart_a, "CB-A1")
    uow.commit()
    back = route_scan(uow, cart_a, DeskState(), now=MORNING + timedelta(minutes=50))
    assert back.outcome == ScanOutcome.CHECKED_IN
    assert "#2 CB-A2, #3 CB-A3" in back.message
    assert device_input_of(uow, "CB-A3").status == "missing"


def _lend_cb1_with_charger(uow: UnitOfWork, maya: int) -> None:
    add_device(uow, chromebook("CB-1"))
    add_component(uow, "CB-1", "charger", 3500)
    assert lend_device(uow, maya, "CB-1", now=MORNING).lent


def test_a_check_in_that_fails_half_way_leaves_no_fee_behind(
    uow: UnitOfWork, database: Database, maya: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _lend_cb1_with_charger(uow, maya)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValidationError("the condition check could not be saved")

    monkeypatch.setattr("lms_desktop.devices.lending.record_condition", broken)
    with pytest.raises(ValidationError):
        return_device(uow, "CB-1", ConditionInput(), returned_component_ids=[])
    uow.rollback()
    with database.unit_of_work() as check:
        assert fees_for_patron(check, maya) == []
        assert check.session.scalar(select(DeviceComponent.present)) is True  # the charger


def test_undoing_a_devices_section_check_in_takes_back_the_charger_fee(
    uow: UnitOfWork, maya: int
) -> None:
    _lend_cb1_with_charger(uow, maya)
    later = MORNING + timedelta(hours=3)
    back = return_device(uow, "CB-1", ConditionInput(), returned_component_ids=[], now=later)
    assert [f.amount_cents for f in fees_for_patron(uow, maya)] == [3500]
    assert "missing charger ($35.00 charged)" in back.result.message
    # the librarian unticked the wrong box: undo what the check-in wrote, newest first
    written = [e for e in recent_entries(uow) if e.at == later]
    assert written and written[-1].action == "checkin"
    for entry in written:
        undo_entry(uow, entry.id, now=later)
    assert fees_for_patron(uow, maya) == []
    assert uow.session.scalar(select(DeviceComponent.present)) is True  # the charger
    assert device_input_of(uow, "CB-1").status == "on_loan"


def test_undoing_a_check_in_takes_back_the_charger_fee_and_the_kit_changes(
    uow: UnitOfWork, maya: int
) -> None:
    _lend_cb1_with_charger(uow, maya)
    later = MORNING + timedelta(hours=3)
    back = return_device(
        uow, "CB-1", ConditionInput(hinge_ok=False), returned_component_ids=[], now=later
    )
    assert [f.amount_cents for f in fees_for_patron(uow, maya)] == [3500]
    assert "missing charger ($35.00 charged)" in back.result.message
    # one action, one journal entry
    actions = [e.action for e in recent_entries(uow) if e.item_id is not None]
    assert actions == ["checkin", "checkout"]

    assert back.result.journal_entry_id is not None
    undo_entry(uow, back.result.journal_entry_id, now=later)
    assert fees_for_patron(uow, maya) == []
    assert device_input_of(uow, "CB-1").status == "on_loan"
    assert uow.session.scalar(select(DeviceComponent.present)) is True  # the charger
    assert uow.session.scalar(select(LoanComponent.returned)) is None
    phases = uow.session.scalars(select(ConditionCheck.phase)).all()
    assert phases == ["checkout"]


def test_undoing_a_kit_check_takes_back_the_charger_fee_and_the_kit_waits_again(
    uow: UnitOfWork, maya: int
) -> None:
    _lend_cb1_with_charger(uow, maya)
    route_scan(uow, "CB-1", DeskState(), now=MORNING + timedelta(hours=3))
    [pending] = kits_to_check(uow)
    settled = check_kit(uow, pending.loan_id, returned_component_ids=[])
    assert settled.fee_total_cents == 3500
    assert [f.amount_cents for f in fees_for_patron(uow, maya)] == [3500]
    assert kits_to_check(uow) == []

    [entry] = recent_entries(uow, limit=1)
    assert entry.action == "kit_check" and "missing charger ($35.00 charged)" in entry.summary
    undo_entry(uow, entry.id)
    assert fees_for_patron(uow, maya) == []
    assert uow.session.scalar(select(DeviceComponent.present)) is True  # the charger
    assert [k.asset_tag for k in kits_to_check(uow)] == ["CB-1"]


def test_year_end_bulk_return_leaves_kits_to_check_so_a_missing_charger_is_charged(
    uow: UnitOfWork, database: Database, maya: int
) -> None:
    _lend_cb1_with_charger(uow, maya)
    uow.commit()
    uow.session.close()

    [line] = bulk_return(database, ["CB-1"], now=MORNING + timedelta(days=1))
    assert line.outcome == ScanOutcome.CHECKED_IN
    with database.unit_of_work() as check:
        assert fees_for_patron(check, maya) == []  # nobody looked at the kit yet
        [pending] = kits_to_check(check)
        assert pending.asset_tag == "CB-1"
        assert [c.component.name for c in pending.components] == ["charger"]
        check_kit(check, pending.loan_id, returned_component_ids=[])
        assert [f.amount_cents for f in fees_for_patron(check, maya)] == [3500]


def test_a_chromebook_a_student_brings_back_from_a_lent_cart_counts_as_back_in_its_slot(
    uow: UnitOfWork, dana: int, cart_a: str
) -> None:
    from lms_desktop.circulation.journal import ChangeLog
    from lms_desktop.devices.lending import after_device_checkin

    assert lend_device(uow, dana, cart_a, now=MORNING).lent
    # the engine's hook for a device checked in with no loan of its own
    item_id = uow.session.scalar(select(Item.id).where(Item.barcode == "CB-A2"))
    assert item_id is not None
    changes = ChangeLog()
    words = after_device_checkin(uow, item_id, None, changes)
    assert words.startswith("It goes back in slot 2 of Cart A, which is out with Kim, Dana")
    assert changes.ops  # undoable with the check-in
    return_device_to_cart(uow, cart_a, "CB-A1")
    done = return_device(uow, cart_a, now=MORNING + timedelta(minutes=50))
    assert done.empty_cart_slots == ((3, "CB-A3"),)
