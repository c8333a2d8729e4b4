"""Loan rules at the desk: limits, blocks and overrides, renewals, fees, lost, claims."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update

from lms_desktop.circulation.blocks import blocks_for_patron, set_manual_block
from lms_desktop.circulation.fees import charge_fee, fees_for_patron, pay_fee, waive_fee
from lms_desktop.circulation.holds import cancel_hold, expire_holds, place_hold
from lms_desktop.circulation.journal import recent_entries, undo_entry
from lms_desktop.circulation.loans import (
    checkin_item,
    checkout_item,
    mark_claims_returned,
    mark_lost,
    renew_all,
    renew_loan,
)
from lms_desktop.circulation.models import Fee, Hold, Item, LoanPolicy
from lms_desktop.circulation.patrons import patron_detail
from lms_desktop.circulation.results import CirculationResult, ScanOutcome
from lms_desktop.errors import ConflictError, ValidationError
from lms_desktop.school.setup import item_type_id, patron_type_id
from tests.circulation.conftest import SCHOOL_MORNING, SmallSchool, item_barcode

NOW = SCHOOL_MORNING


def _lend(
    school: SmallSchool,
    patron: int,
    barcode: str,
    *,
    now: datetime = NOW,
    override_blocks: bool = False,
) -> CirculationResult:
    with school.uow() as uow:
        return checkout_item(uow, patron, barcode, now=now, override_blocks=override_blocks)


def test_a_fourth_book_is_over_the_student_limit_until_overridden(school: SmallSchool) -> None:
    for barcode in (*school.charlotte,):
        assert _lend(school, school.ada, barcode).outcome is ScanOutcome.CHECKED_OUT
    fourth = _lend(school, school.ada, school.holes)
    assert fourth.outcome is ScanOutcome.BLOCKED
    assert "already has 3 book item(s) out; the limit is 3" in fourth.message
    assert "A librarian can override." in fourth.message
    forced = _lend(school, school.ada, school.holes, override_blocks=True)
    assert forced.outcome is ScanOutcome.CHECKED_OUT and "Override recorded" in forced.message
    with school.uow() as uow:
        actions = [e.action for e in recent_entries(uow, now=NOW)]
    assert actions[:2] == ["checkout", "override"]


def test_students_do_not_borrow_carts_and_devices_are_due_at_the_end_of_the_day(
    school: SmallSchool,
) -> None:
    device = _lend(school, school.ben, school.chromebook)
    assert device.outcome is ScanOutcome.CHECKED_OUT, device.message
    assert device.loan is not None
    assert device.loan.due_at == NOW.replace(hour=19)  # 15:00 in New York = 19:00 UTC
    assert "at 15:00" in device.message


def test_a_manual_block_stops_lending_and_its_lifting_is_journaled(school: SmallSchool) -> None:
    with school.uow() as uow:
        set_manual_block(uow, school.ben, "lost library card twice — see Ms. R.")
    refused = _lend(school, school.ben, school.holes)
    assert refused.outcome is ScanOutcome.BLOCKED
    assert "lost library card twice" in refused.message
    with school.uow() as uow:
        set_manual_block(uow, school.ben, "")
        assert blocks_for_patron(uow, school.ben) == []
    assert _lend(school, school.ben, school.holes).outcome is ScanOutcome.CHECKED_OUT


def test_overdue_items_block_after_the_rule_count(school: SmallSchool) -> None:
    long_ago = NOW - timedelta(days=40)
    for barcode in school.charlotte:
        _lend(school, school.ada, barcode, now=long_ago)
    with school.uow() as uow:
        blocks = blocks_for_patron(uow, school.ada, now=NOW)
    assert [b.code for b in blocks] == ["overdues"]
    assert "3 overdue items" in blocks[0].message


def test_renewals_follow_the_rule_and_holds(school: SmallSchool) -> None:
    _lend(school, school.ada, school.holes)
    later = NOW + timedelta(days=10)
    with school.uow() as uow:
        first = renew_loan(uow, school.holes, now=later)
    assert first.outcome is ScanOutcome.RENEWED, first.message
    assert first.loan is not None and first.loan.renewals == 1
    with school.uow() as uow:
        place_hold(uow, school.ben, bib_record_id=school.bib_holes, now=later)
    with school.uow() as uow:
        second = renew_loan(uow, school.holes, now=later + timedelta(days=1))
    assert second.outcome is ScanOutcome.REFUSED
    assert "someone is waiting for it" in second.message


def test_renew_all_says_why_each_refused_loan_was_not_renewed(school: SmallSchool) -> None:
    _lend(school, school.teacher, school.holes)
    _lend(school, school.teacher, school.charlotte[0])
    with school.uow() as uow:
        place_hold(uow, school.ben, bib_record_id=school.bib_holes, now=NOW)
    with school.uow() as uow:
        result = renew_all(uow, school.teacher, now=NOW + timedelta(days=20))
    assert len(result.renewed) == 1 and result.renewed[0].item.barcode == school.charlotte[0]
    assert [item.barcode for item, _ in result.refused] == [school.holes]
    assert result.message == "Renewed 1 of 2 items for Maria Rivera."


def test_late_return_fines_follow_the_rule(school: SmallSchool) -> None:
    with school.uow() as uow:
        uow.session.execute(
            update(LoanPolicy)
            .where(
                LoanPolicy.patron_type_id == patron_type_id(uow, "student"),
                LoanPolicy.item_type_id == item_type_id(uow, "book"),
            )
            .values(daily_fine_cents=10, max_fine_cents=200)
        )
        uow.commit()
    from lms_desktop.circulation.context import invalidate_cache

    invalidate_cache()
    _lend(school, school.ada, school.holes)
    # due Tuesday 24 March; back Friday 27 March = 3 school days late
    with school.uow() as uow:
        back = checkin_item(uow, school.holes, now=NOW + timedelta(days=17))
    assert back.fees and back.fees[0].amount_cents == 30
    assert "Late: fine $0.30." in back.message


def test_a_lost_book_is_charged_paid_in_part_waived_and_found(school: SmallSchool) -> None:
    _lend(school, school.ada, school.charlotte[0])
    with school.uow() as uow:
        lost = mark_lost(uow, school.charlotte[0], now=NOW + timedelta(days=30))
    assert "Replacement fee $8.99 charged" in lost.message
    fee_id = lost.fees[0].id
    with school.uow() as uow:
        paid = pay_fee(uow, fee_id, 500, note="cash")
    assert paid.balance_cents == 399 and paid.status == "open"
    with school.uow() as uow, pytest.raises(ValidationError, match=r"Only \$3.99 is owed"):
        pay_fee(uow, fee_id, 1000)
    with school.uow() as uow:
        waived = waive_fee(uow, fee_id, note="book found damaged by rain")
    assert waived.status == "waived" and waived.balance_cents == 0
    # found on the bus: checking it in makes it available again
    with school.uow() as uow:
        found = checkin_item(uow, school.charlotte[0], now=NOW + timedelta(days=31))
    assert "Found" in found.message
    with school.uow() as uow:
        status = uow.session.scalar(select(Item.status).where(Item.barcode == school.charlotte[0]))
        assert status == "available"


def test_a_found_lost_item_cancels_an_unpaid_lost_fee(school: SmallSchool) -> None:
    _lend(school, school.ben, school.holes)
    with school.uow() as uow:
        mark_lost(uow, school.holes, now=NOW)
    with school.uow() as uow:
        found = checkin_item(uow, school.holes, now=NOW + timedelta(days=2))
    assert "lost fee" in found.message and "cancelled" in found.message
    with school.uow() as uow:
        assert fees_for_patron(uow, school.ben) == []
        statuses = list(uow.session.scalars(select(Fee.status)))
    assert statuses == ["cancelled"]


def test_claims_returned_stops_the_overdue_count(school: SmallSchool) -> None:
    _lend(school, school.ada, school.holes, now=NOW - timedelta(days=40))
    with school.uow() as uow:
        claimed = mark_claims_returned(uow, school.holes, now=NOW)
    assert "claimed returned" in claimed.message
    with school.uow() as uow:
        detail = patron_detail(uow, school.ada)
    assert detail.loans == () and detail.overdue_count == 0
    with school.uow() as uow, pytest.raises(ConflictError, match="not checked out"):
        mark_claims_returned(uow, school.holes, now=NOW)


def test_an_unclaimed_hold_expires_and_the_copy_goes_to_the_next_in_line(
    school: SmallSchool,
) -> None:
    _lend(school, school.teacher, school.holes)
    with school.uow() as uow:
        first = place_hold(uow, school.ben, bib_record_id=school.bib_holes, now=NOW)
    with school.uow() as uow:
        place_hold(uow, school.ada, bib_record_id=school.bib_holes, now=NOW + timedelta(hours=1))
    with school.uow() as uow:
        trapped = checkin_item(uow, school.holes, now=NOW + timedelta(days=1))
    assert trapped.hold_slip is not None and trapped.hold_slip.patron_name == "Ben Okoro"
    expiry = trapped.hold_slip.expires_on
    assert expiry is not None
    with school.uow() as uow:
        expired = expire_holds(uow, today=expiry + timedelta(days=1))
    assert [h.id for h in expired] == [first.id]
    with school.uow() as uow:
        hold = uow.session.scalar(select(Hold).where(Hold.patron_id == school.ada))
        assert hold is not None and hold.status == "ready"
        with pytest.raises(ConflictError, match="already has a hold"):
            place_hold(uow, school.ada, bib_record_id=school.bib_holes)


def test_cancelling_a_ready_hold_puts_the_copy_back_on_the_shelf(school: SmallSchool) -> None:
    _lend(school, school.teacher, school.holes)
    with school.uow() as uow:
        hold = place_hold(uow, school.ben, bib_record_id=school.bib_holes, now=NOW)
    with school.uow() as uow:
        checkin_item(uow, school.holes, now=NOW + timedelta(days=1))
    with school.uow() as uow:
        cancel_hold(uow, hold.id)
    with school.uow() as uow:
        status = uow.session.scalar(select(Item.status).where(Item.barcode == school.holes))
        assert status == "available"


def test_a_checkin_with_a_fine_is_undone_whole(school: SmallSchool) -> None:
    with school.uow() as uow:
        charge = charge_fee(
            uow, school.ada, "damaged", 250, item_barcode=school.holes, description="water damage"
        )
    assert charge.balance_cents == 250
    _lend(school, school.ben, school.holes)
    with school.uow() as uow:
        back = checkin_item(uow, school.holes, now=NOW + timedelta(hours=2))
    assert back.journal_entry_id is not None
    with school.uow() as uow:
        undo_entry(uow, back.journal_entry_id, now=NOW + timedelta(hours=3))
    with school.uow() as uow:
        detail = patron_detail(uow, school.ben)
    assert [loan.item.barcode for loan in detail.loans] == [school.holes]
    # the lend cannot be undone before the later renewal is
    with school.uow() as uow:
        renewed = renew_loan(uow, school.holes, now=NOW + timedelta(days=5))
    assert renewed.outcome is ScanOutcome.RENEWED
    with school.uow() as uow:
        entries = recent_entries(uow, now=NOW + timedelta(days=5))
        checkout_entry = next(e for e in entries if e.action == "checkout")
    with school.uow() as uow, pytest.raises(ConflictError):
        undo_entry(uow, checkout_entry.id, now=NOW + timedelta(days=5))


def test_yesterdays_actions_cannot_be_undone(school: SmallSchool) -> None:
    lent = _lend(school, school.ada, school.holes)
    assert lent.journal_entry_id is not None
    with school.uow() as uow, pytest.raises(ConflictError, match="only today's"):
        undo_entry(uow, lent.journal_entry_id, now=NOW + timedelta(days=1))


def test_an_unknown_barcode_is_a_clear_error_for_direct_calls(school: SmallSchool) -> None:
    from lms_desktop.errors import NotFoundError

    with school.uow() as uow, pytest.raises(NotFoundError, match="No item has the barcode"):
        checkout_item(uow, school.ada, item_barcode(999))
