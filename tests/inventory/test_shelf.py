"""Shelf inventory: scopes, scans, misshelving, shelf order, progress, close and review."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import select

from lms_desktop.circulation.fees import charge_fee
from lms_desktop.circulation.journal import recent_entries, undo_entry
from lms_desktop.circulation.loans import checkin_item, checkout_item
from lms_desktop.circulation.models import Fee
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import ConflictError, ValidationError
from lms_desktop.inventory.reports import inventory_document
from lms_desktop.inventory.shelf import (
    InventoryScope,
    close_inventory,
    inventory_progress,
    longest_in_order,
    mark_lost,
    misshelved_items,
    missing_items,
    out_of_order_items,
    parse_scanner_file,
    replay_scans,
    restore_missing,
    scan_item,
    start_inventory,
)
from lms_desktop.reports.common import ReportParams
from lms_desktop.reports.document import KeyFigures
from tests.inventory.helpers import add_copy, add_student, status_of


@pytest.fixture
def library(database: Database) -> dict[str, int]:
    """A small library: science and history in Main, fiction in the Annex."""
    ids = {
        "A1": add_copy(database, "A1", "500.1 ABE"),
        "A2": add_copy(database, "A2", "510.2 BAR"),
        "A3": add_copy(database, "A3", "520.3 CAT"),
        "A4": add_copy(database, "A4", "599.75 DOG"),
        "H1": add_copy(database, "H1", "973.1 HIS"),
        "H2": add_copy(database, "H2", "973.2 HIS"),
        "F1": add_copy(database, "F1", "FIC ADA", location="Annex"),
        "F2": add_copy(database, "F2", "FIC BEN", location="Annex"),
        "W1": add_copy(database, "W1", "530 OLD", status="withdrawn"),
    }
    return ids


def _scan(database: Database, session_id: int, barcode: str, **kw: str):  # type: ignore[no-untyped-def]
    with database.unit_of_work() as uow:
        result = scan_item(uow, session_id, barcode, **kw)
        uow.commit()
        return result


def _start(database: Database, scope: InventoryScope | None = None) -> int:
    with database.unit_of_work() as uow:
        return start_inventory(uow, scope or InventoryScope()).id


def test_a_partial_inventory_never_marks_copies_outside_its_scope(
    database: Database, library: dict[str, int]
) -> None:
    session_id = _start(database, InventoryScope(call_from="500", call_to="599"))
    for barcode in ("A1", "A2", "A4"):
        _scan(database, session_id, barcode)
    with database.unit_of_work() as uow:
        closed = close_inventory(uow, session_id)
    assert (closed.expected, closed.found, closed.missing) == (4, 3, 1)
    assert status_of(database, library["A3"]) == "missing"
    # history, fiction and the withdrawn copy were never scanned and are untouched
    for barcode in ("H1", "H2", "F1", "F2"):
        assert status_of(database, library[barcode]) == "available"
    assert status_of(database, library["W1"]) == "withdrawn"


def test_the_call_number_range_includes_its_last_hundred(
    database: Database, library: dict[str, int]
) -> None:
    session_id = _start(database, InventoryScope(call_from="973", call_to="973"))
    with database.unit_of_work() as uow:
        progress = inventory_progress(uow, session_id)
    assert progress.expected == 2  # 973.1 and 973.2


def test_a_copy_found_on_the_wrong_shelf_is_misshelved_not_missing(
    database: Database, library: dict[str, int]
) -> None:
    session_id = _start(database, InventoryScope(location="Annex"))
    _scan(database, session_id, "F1")
    stray = _scan(database, session_id, "A2")  # a science book on the fiction shelves
    assert stray.misshelved and not stray.in_scope and stray.outcome == "found"
    # the Annex inventory closes: F2 is missing; A2 was never its business
    with database.unit_of_work() as uow:
        close_inventory(uow, session_id)
        listed = misshelved_items(uow, session_id)
    assert [line.barcode for line in listed] == ["A2"]
    assert "belongs in Main" in listed[0].reason
    assert status_of(database, library["A2"]) == "available"
    assert status_of(database, library["F2"]) == "missing"

    # Main's inventory later does not find A2 on its own shelves: it was seen in the Annex
    main = _start(database, InventoryScope(location="Main", call_from="500", call_to="599"))
    for barcode in ("A1", "A3", "A4"):
        _scan(database, main, barcode)
    with database.unit_of_work() as uow:
        closed = close_inventory(uow, main)
    assert closed.missing == 0
    assert status_of(database, library["A2"]) == "available"


def test_a_copy_on_loan_is_not_missing(database: Database, library: dict[str, int]) -> None:
    student = add_student(database, "S1", "5")
    with database.unit_of_work() as uow:
        checkout_item(uow, student, "A3")
    session_id = _start(database, InventoryScope(call_from="500", call_to="599"))
    for barcode in ("A1", "A2", "A4"):
        _scan(database, session_id, barcode)
    with database.unit_of_work() as uow:
        closed = close_inventory(uow, session_id)
    assert closed.missing == 0
    assert status_of(database, library["A3"]) == "on_loan"


def test_a_lent_copy_found_on_the_shelf_asks_for_a_check_in(
    database: Database, library: dict[str, int]
) -> None:
    student = add_student(database, "S1", "5")
    with database.unit_of_work() as uow:
        checkout_item(uow, student, "H1")
    session_id = _start(database)
    result = _scan(database, session_id, "H1")
    assert result.outcome == "on_loan" and "check it in" in result.message


def test_a_book_returned_at_the_desk_after_its_shelf_was_scanned_is_not_missing(
    database: Database, library: dict[str, int]
) -> None:
    student = add_student(database, "S1", "5")
    with database.unit_of_work() as uow:
        checkout_item(uow, student, "A3")
    session_id = _start(database, InventoryScope(call_from="500", call_to="599"))
    for barcode in ("A1", "A2", "A4"):
        _scan(database, session_id, barcode)
    # the student brings A3 back; an aide reshelves it after the 500s were done
    with database.unit_of_work() as uow:
        checkin_item(uow, "A3")
    with database.unit_of_work() as uow:
        closed = close_inventory(uow, session_id)
    assert (closed.found, closed.missing, closed.returned_at_desk) == (4, 0, 1)
    assert status_of(database, library["A3"]) == "available"


def test_a_missing_copy_found_at_the_desk_during_the_inventory_is_not_missing_again(
    database: Database, library: dict[str, int]
) -> None:
    gone = add_copy(database, "M1", "520.9 ZED", status="missing")
    session_id = _start(database, InventoryScope(call_from="500", call_to="599"))
    for barcode in ("A1", "A2", "A3", "A4"):
        _scan(database, session_id, barcode)
    with database.unit_of_work() as uow:
        checkin_item(uow, "M1")  # turned up in a classroom and came back through the desk
    with database.unit_of_work() as uow:
        closed = close_inventory(uow, session_id)
    assert closed.missing == 0
    assert status_of(database, gone) == "available"


def test_scan_order_against_call_number_order_flags_the_stray_book(
    database: Database, library: dict[str, int]
) -> None:
    session_id = _start(database, InventoryScope(location="Main"))
    results = [
        _scan(database, session_id, barcode, shelf="Shelf 5")
        for barcode in ("A1", "A4", "A2", "A3")  # 599.75 shelved between 500.1 and 510.2
    ]
    # A2 after A4 shows the break; the longest run in order is A1 A2 A3, so the book out
    # of place is A4 (named on A2's scan line), not A2
    assert [r.out_of_order for r in results] == [False, False, False, False]
    assert results[2].earlier_out_of_order == ("599.75 DOG (A4)",)
    assert "out of call-number order: 599.75 DOG (A4)" in results[2].message
    with database.unit_of_work() as uow:
        stray = out_of_order_items(uow, session_id)
        progress = inventory_progress(uow, session_id)
    assert [line.barcode for line in stray] == ["A4"]
    assert progress.out_of_order == 1


def test_the_scan_line_the_list_the_counts_and_the_report_agree_on_shelf_order(
    database: Database,
) -> None:
    for n in range(7):
        add_copy(database, f"C{n}", f"500.{n + 1}")
    session_id = _start(database)
    flagged: set[str] = set()
    # three books at the left end of the shelf belong at its right end
    for n in (4, 5, 6, 0, 1, 2, 3):
        result = _scan(database, session_id, f"C{n}", shelf="S")
        with database.unit_of_work() as uow:
            listed = {line.barcode for line in out_of_order_items(uow, session_id)}
        # what the scan line says is what the list says at that moment
        assert result.out_of_order == (f"C{n}" in listed)
        named = {label.split("(")[-1].rstrip(")") for label in result.earlier_out_of_order}
        assert named <= listed
        flagged = (flagged | named | ({f"C{n}"} if result.out_of_order else set())) & listed
    assert flagged == listed == {"C4", "C5", "C6"}
    with database.unit_of_work() as uow:
        progress = inventory_progress(uow, session_id)
        report = inventory_document(
            uow, ReportParams(date.today(), date.today(), filters={"inventory": str(session_id)})
        )
    assert progress.out_of_order == 3
    figures = {
        f.label: f.value for b in report.blocks if isinstance(b, KeyFigures) for f in b.figures
    }
    assert figures["Out of order"] == 3
    with database.unit_of_work() as uow:
        assert close_inventory(uow, session_id).out_of_order == 3


@pytest.mark.parametrize("seed", range(20))
def test_the_scan_time_rule_is_the_lists_rule_on_the_shelf_so_far(seed: int) -> None:
    from lms_desktop.inventory.shelf import _ShelfRun

    rng = random.Random(seed)
    keys = [rng.choice("abcdefgh") for _ in range(rng.randint(1, 30))]
    run = _ShelfRun()
    stray: set[int] = set()
    for n, key in enumerate(keys):
        out, dropped = run.add(key, str(n))
        expected = set(range(n + 1)) - longest_in_order(keys[: n + 1])
        assert out == (n in expected)
        assert set(dropped) <= expected and not set(dropped) & stray
        stray = expected


def test_a_scan_rolled_back_does_not_count_in_shelf_order(
    database: Database, library: dict[str, int]
) -> None:
    session_id = _start(database, InventoryScope(location="Main"))
    _scan(database, session_id, "A1", shelf="5")
    with database.unit_of_work() as uow:
        scan_item(uow, session_id, "A4", shelf="5")  # the transaction fails: not kept
    second = _scan(database, session_id, "A2", shelf="5")
    third = _scan(database, session_id, "A3", shelf="5")
    assert not (second.out_of_order or second.earlier_out_of_order)
    assert not (third.out_of_order or third.earlier_out_of_order)
    with database.unit_of_work() as uow:
        assert out_of_order_items(uow, session_id) == []


def test_each_shelf_is_checked_on_its_own(database: Database, library: dict[str, int]) -> None:
    session_id = _start(database, InventoryScope(location="Main"))
    _scan(database, session_id, "H2", shelf="Shelf 9")
    second = _scan(database, session_id, "A1", shelf="Shelf 5")
    assert not second.out_of_order


@pytest.mark.parametrize(
    ("keys", "kept"),
    [
        ([], set()),
        (["a", "b", "c"], {0, 1, 2}),
        (["a", "z", "b", "c"], {0, 2, 3}),
        (["b", "b", "a"], {0, 1}),
        (["c", "b", "a"], {2}),
    ],
)
def test_longest_run_in_shelf_order(keys: list[str], kept: set[int]) -> None:
    assert len(longest_in_order(keys)) == len(kept)
    run = sorted(longest_in_order(keys))
    assert [keys[i] for i in run] == sorted(keys[i] for i in run)


def test_progress_by_dewey_range_moves_with_each_new_copy(
    database: Database, library: dict[str, int]
) -> None:
    session_id = _start(database)
    first = _scan(database, session_id, "A1")
    again = _scan(database, session_id, "A1")
    _scan(database, session_id, "F1", location="Annex")
    unknown = _scan(database, session_id, "NOPE")
    assert first.newly_found and not again.newly_found and again.outcome == "duplicate"
    assert unknown.outcome == "unknown"
    with database.unit_of_work() as uow:
        progress = inventory_progress(uow, session_id)
    by_group = {g.group: (g.found, g.total) for g in progress.groups}
    assert by_group["500s"] == (1, 4)
    assert by_group["900s"] == (0, 2)
    assert by_group["Fiction"] == (1, 2)
    assert (progress.found, progress.expected, progress.unknown) == (2, 8, 1)


def test_a_missing_copy_found_during_the_scan_is_back_on_the_shelf(
    database: Database, library: dict[str, int]
) -> None:
    gone = add_copy(database, "M1", "520.9 ZED", status="missing")
    session_id = _start(database, InventoryScope(call_from="500", call_to="599"))
    result = _scan(database, session_id, "M1")
    assert "back on the shelf" in result.message
    assert status_of(database, gone) == "available"


def test_a_lost_copy_found_on_the_shelf_is_back_and_the_journal_can_undo_it(
    database: Database, library: dict[str, int]
) -> None:
    student = add_student(database, "S1", "5")
    gone = add_copy(database, "L1", "520.9 LOS", title="Lost Planets", status="lost")
    with database.unit_of_work() as uow:
        charge_fee(uow, student, "lost", 1500, item_barcode="L1")
    session_id = _start(database, InventoryScope(call_from="500", call_to="599"))
    result = _scan(database, session_id, "L1")
    assert result.outcome == "found" and result.newly_found
    assert "was lost — now back on the shelf" in result.message
    assert "lost fee of $15.00 is cancelled" in result.message
    assert status_of(database, gone) == "available"
    with database.unit_of_work() as uow:
        entries = recent_entries(uow)
    found = next(e for e in entries if e.action == "inventory_found")
    assert "Lost Planets" in found.summary
    with database.unit_of_work() as uow:
        undo_entry(uow, found.id)
    assert status_of(database, gone) == "lost"
    with database.unit_of_work() as uow:
        fee = uow.session.scalar(select(Fee).where(Fee.item_id == gone))
        assert fee is not None and fee.status == "open"


def test_a_lost_copy_found_outside_the_inventory_is_left_for_the_desk(
    database: Database, library: dict[str, int]
) -> None:
    gone = add_copy(database, "L2", "973.9 LOS", status="lost")
    session_id = _start(database, InventoryScope(call_from="500", call_to="599"))
    result = _scan(database, session_id, "L2")
    assert "check it in at the desk" in result.message
    assert status_of(database, gone) == "lost"


def test_close_review_marks_lost_and_each_mark_can_be_undone(
    database: Database, library: dict[str, int]
) -> None:
    session_id = _start(database, InventoryScope(location="Annex"))
    with database.unit_of_work() as uow:
        close_inventory(uow, session_id)
    with database.unit_of_work() as uow:
        review = missing_items(uow, session_id)
    assert [m.barcode for m in review] == ["F1", "F2"]
    with database.unit_of_work() as uow:
        assert mark_lost(uow, session_id, [review[0].id, review[1].id]) == 2
    assert status_of(database, library["F1"]) == "lost"
    with database.unit_of_work() as uow:
        assert restore_missing(uow, session_id, [review[0].id]) == 1
    assert status_of(database, library["F1"]) == "available"
    assert status_of(database, library["F2"]) == "lost"
    with database.unit_of_work() as uow:
        decisions = [m.decision for m in missing_items(uow, session_id)]
    assert decisions == ["restored", "lost"]


def test_a_closed_inventory_takes_no_more_scans(
    database: Database, library: dict[str, int]
) -> None:
    session_id = _start(database, InventoryScope(location="Annex"))
    with database.unit_of_work() as uow:
        close_inventory(uow, session_id)
    with pytest.raises(ConflictError, match="Start a new inventory"):
        _scan(database, session_id, "F1")


def test_a_scope_that_matches_nothing_is_refused(
    database: Database, library: dict[str, int]
) -> None:
    with pytest.raises(ValidationError, match="No copies match"):
        _start(database, InventoryScope(location="Basement"))
    with pytest.raises(ValidationError, match="Swap"):
        _start(database, InventoryScope(call_from="900", call_to="100"))


def test_a_scanner_memory_file_replays_shelf_by_shelf(
    database: Database, library: dict[str, int]
) -> None:
    text = (
        "\ufeff# exported from the scanner\r\n"
        "# location: Main\r\n# shelf: Shelf 5\r\n"
        "A1,2026-05-04,10:01:02\r\nA3\r\nA2\r\n\r\n"
        "# location: Annex\n# shelf: Fiction 1\nF1\tx\nA4\nBOGUS\nF1\n"
    )
    reads = parse_scanner_file(text)
    assert [(r.barcode, r.shelf, r.location) for r in reads[:2]] == [
        ("A1", "Shelf 5", "Main"),
        ("A3", "Shelf 5", "Main"),
    ]
    session_id = _start(database)
    with database.unit_of_work() as uow:
        result = replay_scans(uow, session_id, reads, batch=2)
    assert result.scans == 7
    assert result.unknown == ("BOGUS",)
    assert result.duplicates == 1
    assert result.misshelved == 1  # A4, a Main book read in the Annex
    assert result.out_of_order == 1  # A3 (520.3) read before A2 (510.2)
    assert result.found == 5  # A1 A3 A2 F1 and A4: in scope, found, only misshelved


def test_an_item_type_scope_counts_only_that_type(
    database: Database, library: dict[str, int]
) -> None:
    dvd = add_copy(database, "D1", "591.5 NAT", item_type="dvd", title="Nature DVD")
    session_id = _start(database, InventoryScope(item_type="dvd"))
    book = _scan(database, session_id, "A1")  # a book on the DVD shelf
    assert not book.in_scope and book.misshelved
    with database.unit_of_work() as uow:
        closed = close_inventory(uow, session_id)
    assert (closed.expected, closed.missing) == (1, 1)
    assert status_of(database, dvd) == "missing"
    assert status_of(database, library["A2"]) == "available"
    with pytest.raises(ValidationError, match="no item type"):
        _start(database, InventoryScope(item_type="hovercraft"))


def test_an_aide_can_scan_but_not_close(database: Database, library: dict[str, int]) -> None:
    from lms_desktop.errors import PermissionDeniedError

    session_id = _start(database, InventoryScope(location="Annex"))
    with database.unit_of_work(staff_name="Sam", staff_role="aide") as uow:
        assert scan_item(uow, session_id, "F1").outcome == "found"
        uow.commit()
    with (
        database.unit_of_work(staff_name="Sam", staff_role="aide") as uow,
        pytest.raises(PermissionDeniedError),
    ):
        close_inventory(uow, session_id)
