"""The desk's day: scan a card, lend, return, holds, double scans, undo."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from lms_desktop.circulation.holds import place_hold
from lms_desktop.circulation.journal import recent_entries, undo_entry
from lms_desktop.circulation.models import Item, JournalEntry, Loan
from lms_desktop.circulation.results import ScanOffer, ScanOutcome
from lms_desktop.circulation.scan_router import DeskMode, DeskState, route_scan
from tests.circulation.conftest import SCHOOL_MORNING, SmallSchool

NOW = SCHOOL_MORNING


def test_a_card_then_a_book_lends_the_book_to_that_student(school: SmallSchool) -> None:
    with school.uow() as uow:
        card = route_scan(uow, school.ada_card, now=NOW)
    assert card.outcome is ScanOutcome.PATRON_SELECTED
    assert card.patron is not None and card.patron.display_name == "Ada Lovelace"
    assert "0 item(s) out" in card.message

    with school.uow() as uow:
        lent = route_scan(uow, school.charlotte[0], DeskState(patron_id=school.ada), now=NOW)
    assert lent.outcome is ScanOutcome.CHECKED_OUT, lent.message
    assert lent.outcome.tone == "success"
    assert "Charlotte's Web" in lent.message and "Ada Lovelace" in lent.message
    assert lent.loan is not None
    # 14 days from Tuesday 10 March is Tuesday 24 March, due at the end of that day
    assert lent.loan.due_at.astimezone().date().isoformat() in ("2026-03-24", "2026-03-25")
    assert lent.changed == frozenset({"loans"})
    with school.uow() as uow:
        status = uow.session.scalar(select(Item.status).where(Item.barcode == school.charlotte[0]))
        assert status == "on_loan"


def test_a_book_scanned_with_nobody_selected_comes_back(school: SmallSchool) -> None:
    with school.uow() as uow:
        route_scan(uow, school.holes, DeskState(patron_id=school.ben), now=NOW)
    later = NOW + timedelta(days=3)
    with school.uow() as uow:
        back = route_scan(uow, school.holes, now=later)
    assert back.outcome is ScanOutcome.CHECKED_IN, back.message
    assert "from Ben Okoro" in back.message
    assert back.patron is None
    with school.uow() as uow:
        loan = uow.session.scalars(select(Loan)).one()
        assert loan.returned_at == later and loan.outcome == "returned"
        assert loan.returned_by == "Ms. Librarian"


def test_a_double_scan_neither_doubles_nor_flips_the_loan(school: SmallSchool) -> None:
    desk = DeskState(patron_id=school.ada)
    with school.uow() as uow:
        first = route_scan(uow, school.holes, desk, now=NOW)
    with school.uow() as uow:
        again = route_scan(uow, school.holes, desk, now=NOW + timedelta(seconds=1))
    assert first.outcome is ScanOutcome.CHECKED_OUT
    assert again.outcome is ScanOutcome.DUPLICATE
    assert "already checked out to Ada Lovelace" in again.message and "just now" in again.message
    # the aide cleared the patron between the two scans: still not checked in
    with school.uow() as uow:
        flip = route_scan(uow, school.holes, DeskState(), now=NOW + timedelta(seconds=2))
    assert flip.outcome is ScanOutcome.DUPLICATE, flip.message
    with school.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Loan)) == 1
        assert uow.session.scalar(select(Loan.returned_at)) is None


def test_a_repeated_scan_id_answers_the_first_outcome_and_acts_once(school: SmallSchool) -> None:
    desk = DeskState(patron_id=school.ada)
    with school.uow() as uow:
        first = route_scan(uow, school.charlotte[1], desk, scan_id="desk1:0001", now=NOW)
    later = NOW + timedelta(minutes=5)
    with school.uow() as uow:
        replayed = route_scan(uow, school.charlotte[1], desk, scan_id="desk1:0001", now=later)
    assert replayed.repeated
    assert replayed.outcome is first.outcome is ScanOutcome.CHECKED_OUT
    assert replayed.message == first.message
    with school.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Loan)) == 1
        assert (
            uow.session.scalar(
                select(func.count())
                .select_from(JournalEntry)
                .where(JournalEntry.scan_id.is_not(None))
            )
            == 1
        )


def test_a_returned_title_is_trapped_for_the_next_hold(school: SmallSchool) -> None:
    with school.uow() as uow:
        route_scan(uow, school.holes, DeskState(patron_id=school.ada), now=NOW)
    with school.uow() as uow:
        hold = place_hold(uow, school.ben, bib_record_id=school.bib_holes, now=NOW)
    assert hold.queue_position == 1
    with school.uow() as uow:
        back = route_scan(uow, school.holes, now=NOW + timedelta(days=1))
    assert back.outcome is ScanOutcome.HOLD_TRAPPED
    assert back.outcome.tone == "warning"
    assert "HOLD for Ben Okoro (Room 14)" in back.message
    assert ScanOffer.PRINT_HOLD_SLIP in back.offers
    assert back.hold_slip is not None and back.hold_slip.homeroom_teacher == "Mr. Okafor"
    assert back.hold_slip.expires_on is not None
    # Ada cannot walk off with Ben's book...
    with school.uow() as uow:
        taken = route_scan(
            uow,
            school.holes,
            DeskState(patron_id=school.ada),
            now=NOW + timedelta(days=1, minutes=1),
        )
    assert taken.outcome is ScanOutcome.BLOCKED
    assert "hold shelf for Ben Okoro" in taken.message
    # ...but Ben can, and that fills his hold
    with school.uow() as uow:
        picked = route_scan(
            uow,
            school.holes,
            DeskState(patron_id=school.ben),
            now=NOW + timedelta(days=1, minutes=2),
        )
    assert picked.outcome is ScanOutcome.CHECKED_OUT, picked.message
    assert "hold is filled" in picked.message


def test_unknown_isbn_and_garbage_scans_say_so(school: SmallSchool) -> None:
    with school.uow() as uow:
        unknown = route_scan(uow, "T-99999", now=NOW)
        isbn = route_scan(uow, "978-0-06-440055-8", now=NOW)
        new_isbn = route_scan(uow, "9780439023481", now=NOW)
        misread = route_scan(
            uow, school.holes[:-1] + str((int(school.holes[-1]) + 1) % 10), now=NOW
        )
        garbage = route_scan(uow, "\x00\x1b[A" + "x" * 5000, now=NOW)
    assert unknown.outcome is ScanOutcome.UNKNOWN
    assert unknown.offers == (ScanOffer.ADD_COPY, ScanOffer.LOOKUP_ISBN)
    assert isbn.outcome is ScanOutcome.TITLE_FOUND and isbn.titles[0].copies == 3
    assert isbn.titles[0].available == 3
    assert new_isbn.outcome is ScanOutcome.UNKNOWN and ScanOffer.LOOKUP_ISBN in new_isbn.offers
    assert misread.outcome is ScanOutcome.INVALID and "check digit" in misread.message
    assert garbage.outcome is ScanOutcome.INVALID and len(garbage.text) < 50


@pytest.mark.parametrize(
    "scanned",
    [
        "4006381333932",  # a DVD's EAN-13 (not 978/979) with its last digit misread
        "0-06-440055-8",  # an ISBN-10 typed or read with the wrong check character
        "9780064400551",  # a Bookland EAN-13 with its last digit misread
    ],
)
def test_a_misread_is_asked_again_and_never_offered_as_a_new_copy(
    school: SmallSchool, scanned: str
) -> None:
    with school.uow() as uow:
        misread = route_scan(uow, scanned, DeskState(patron_id=school.ada), now=NOW)
    assert misread.outcome is ScanOutcome.INVALID
    assert "did not scan correctly — scan it again" in misread.message
    assert ScanOffer.ADD_COPY not in misread.offers
    assert "Nothing in the library" not in misread.message
    assert misread.patron is not None and misread.patron.id == school.ada


def test_codabar_start_and_stop_letters_are_taken_off_a_scan(school: SmallSchool) -> None:
    with school.uow() as uow:
        card = route_scan(uow, f"A{school.ada_card}B", now=NOW)
    assert card.outcome is ScanOutcome.PATRON_SELECTED, card.message
    assert card.patron is not None and card.patron.id == school.ada
    with school.uow() as uow:
        lent = route_scan(uow, f"c{school.holes}d", DeskState(patron_id=school.ada), now=NOW)
    assert lent.outcome is ScanOutcome.CHECKED_OUT, lent.message
    assert lent.text == school.holes
    with school.uow() as uow:
        # a misread inside the letters is still a misread
        wrong_digit = str((int(school.holes[-1]) + 1) % 10)
        misread = route_scan(uow, f"A{school.holes[:-1]}{wrong_digit}B", now=NOW)
    assert misread.outcome is ScanOutcome.INVALID


def test_a_checkout_can_be_undone_from_the_journal_the_same_day(school: SmallSchool) -> None:
    with school.uow() as uow:
        lent = route_scan(uow, school.holes, DeskState(patron_id=school.ada), now=NOW)
    assert lent.journal_entry_id is not None
    with school.uow("Aide Sam") as uow:
        entries = recent_entries(uow, now=NOW)
        assert entries[0].can_undo and entries[0].staff_name == "Ms. Librarian"
        undone = undo_entry(uow, lent.journal_entry_id, now=NOW + timedelta(minutes=1))
    assert undone.undone_by == "Aide Sam"
    with school.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Loan)) == 0
        status = uow.session.scalar(select(Item.status).where(Item.barcode == school.holes))
        assert status == "available"
        newest = recent_entries(uow, now=NOW)[0]
        assert newest.action == "undo" and "Undid" in newest.summary


def test_check_in_mode_checks_in_even_right_after_lending(school: SmallSchool) -> None:
    with school.uow() as uow:
        route_scan(uow, school.holes, DeskState(patron_id=school.ada), now=NOW)
    with school.uow() as uow:
        back = route_scan(
            uow, school.holes, DeskState(mode=DeskMode.CHECK_IN), now=NOW + timedelta(seconds=2)
        )
    assert back.outcome is ScanOutcome.CHECKED_IN


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.one_of(
        st.text(max_size=80),
        st.binary(max_size=80).map(lambda b: b.decode("latin-1")),
        st.from_regex(r"[0-9]{10,14}", fullmatch=True),
    )
)
def test_no_scan_text_ever_raises_or_lends_by_accident(school: SmallSchool, text: str) -> None:
    with school.uow() as uow:
        result = route_scan(uow, text, DeskState(patron_id=school.ada), now=NOW)
    assert result.outcome in {
        ScanOutcome.INVALID,
        ScanOutcome.UNKNOWN,
        ScanOutcome.TITLE_FOUND,
        ScanOutcome.PATRON_SELECTED,
    }, result
    assert result.message


def test_a_book_scanned_again_for_its_borrower_offers_to_renew_it(school: SmallSchool) -> None:
    with school.uow() as uow:
        route_scan(uow, school.holes, DeskState(patron_id=school.ada), now=NOW)
    with school.uow() as uow:
        again = route_scan(
            uow, school.holes, DeskState(patron_id=school.ada), now=NOW + timedelta(minutes=5)
        )
    assert again.outcome is ScanOutcome.REFUSED
    assert "already checked out to Ada Lovelace" in again.message
    assert again.offers == (ScanOffer.RENEW,)
    with school.uow() as uow:
        other = route_scan(
            uow, school.holes, DeskState(patron_id=school.ben), now=NOW + timedelta(minutes=6)
        )
    assert other.outcome is ScanOutcome.REFUSED and other.offers == ()
