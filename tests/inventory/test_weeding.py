"""Weeding: candidate lists by age, use, condition and range; bulk withdraw; the log."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from lms_desktop.catalog.search import fetch_rows
from lms_desktop.circulation.models import Item, Loan
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import ValidationError
from lms_desktop.inventory.weeding import (
    CREW_SCHOOL_RULES,
    WeedingRule,
    candidate_ids,
    rules_from_json,
    rules_to_json,
    weeding_candidates,
    weeding_log,
    withdraw_in_bulk,
)
from lms_desktop.reports.common import ReportParams
from lms_desktop.reports.registry import run_report
from tests.inventory.helpers import add_copy, add_past_loan, status_of

TODAY = date(2026, 6, 1)


@pytest.fixture
def shelves(database: Database) -> dict[str, int]:
    ids = {
        "old-general": add_copy(database, "G1", "004.6 OLD", year=2010),
        "new-general": add_copy(database, "G2", "004.7 NEW", year=2022),
        "old-science": add_copy(database, "S1", "523.1 AST", year=2019),
        "new-science": add_copy(database, "S2", "523.2 AST", year=2024),
        "old-history": add_copy(database, "H1", "973.3 HIS", year=1990),
        "worn-fiction": add_copy(database, "F1", "FIC WOR", year=2023, condition="Poor"),
        "no-year": add_copy(database, "N1", "510 NOY", year=None),
    }
    return ids


def _ids(database: Database, rules: tuple[WeedingRule, ...]) -> set[int]:
    with database.unit_of_work() as uow:
        return set(candidate_ids(uow, rules, today=TODAY))


def test_ages_differ_by_dewey_range(database: Database, shelves: dict[str, int]) -> None:
    rules = (
        WeedingRule("000", "099", older_than_years=10),  # 2016 or older
        WeedingRule("500", "599", older_than_years=5),  # 2021 or older
    )
    assert _ids(database, rules) == {shelves["old-general"], shelves["old-science"]}


def test_a_copy_without_a_publication_year_is_never_too_old(
    database: Database, shelves: dict[str, int]
) -> None:
    assert shelves["no-year"] not in _ids(database, (WeedingRule(older_than_years=1),))


def test_nothing_borrowed_in_three_years(database: Database, shelves: dict[str, int]) -> None:
    add_past_loan(database, shelves["old-history"], date(2025, 10, 1))  # recent
    add_past_loan(database, shelves["old-science"], date(2021, 3, 1))  # long ago
    with database.unit_of_work() as uow:  # acquired this spring: too new to judge
        uow.session.get(Item, shelves["new-science"]).acquired_on = date(2026, 3, 1)  # type: ignore[union-attr]
        uow.session.get(Item, shelves["new-general"]).acquired_on = date(2018, 3, 1)  # type: ignore[union-attr]
        uow.commit()
    picked = _ids(database, (WeedingRule(call_from="500", call_to="999", not_borrowed_years=3),))
    # last borrowed in 2021, and never borrowed since it came in 2015
    assert picked == {shelves["old-science"], shelves["no-year"]}
    assert shelves["old-history"] not in picked and shelves["new-science"] not in picked
    assert shelves["new-general"] in _ids(database, (WeedingRule(not_borrowed_years=3),))


def test_circulation_count_and_condition(database: Database, shelves: dict[str, int]) -> None:
    for day in (date(2024, 1, 5), date(2024, 2, 5), date(2024, 3, 5)):
        add_past_loan(database, shelves["old-history"], day)
    add_past_loan(database, shelves["old-general"], date(2024, 1, 5))
    low_use = _ids(database, (WeedingRule(call_from="000", call_to="999", max_loans=1),))
    assert shelves["old-history"] not in low_use
    assert {shelves["old-general"], shelves["old-science"]} <= low_use
    worn = _ids(database, (WeedingRule(conditions=("poor", "damaged")),))
    assert worn == {shelves["worn-fiction"]}


def test_each_candidate_says_which_rule_picked_it(
    database: Database, shelves: dict[str, int]
) -> None:
    with database.unit_of_work() as uow:
        found = weeding_candidates(uow, CREW_SCHOOL_RULES, today=TODAY)
    by_barcode = {c.barcode: c for c in found}
    assert "condition poor/damaged" in by_barcode["F1"].reasons
    assert by_barcode["G1"].reasons.startswith("000–099")
    # every candidate has a reason: the SQL and the row check agree
    assert all(c.reasons for c in found)


def test_a_rule_without_a_test_is_refused(database: Database, shelves: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="every copy"):
        _ids(database, (WeedingRule("500", "599"),))
    with pytest.raises(ValidationError, match="at least one"):
        _ids(database, ())


def test_rules_round_trip_through_json() -> None:
    assert rules_from_json(rules_to_json(CREW_SCHOOL_RULES)) == CREW_SCHOOL_RULES
    with pytest.raises(ValidationError, match="could not be read"):
        rules_from_json('[{"dewey": 5}]')


def test_withdrawn_copies_leave_availability_but_stay_in_statistics(
    database: Database, shelves: dict[str, int]
) -> None:
    item_id = shelves["old-science"]
    add_past_loan(database, item_id, date(2026, 5, 4))
    params = ReportParams(date(2026, 5, 1), date(2026, 5, 31))
    with database.unit_of_work() as uow:
        before = run_report(uow, "circulation", params).all_text()
        record_id = uow.session.get(Item, item_id).bib_record_id  # type: ignore[union-attr]
        assert fetch_rows(uow, [record_id])[0].available == 1
    with database.unit_of_work(staff_name="Ms. Rivera") as uow:
        result = withdraw_in_bulk(uow, [item_id, shelves["old-general"]], "outdated", on=TODAY)
    assert result.withdrawn == 2 and result.skipped == ()
    assert status_of(database, item_id) == "withdrawn"
    with database.unit_of_work() as uow:
        assert fetch_rows(uow, [record_id])[0].available == 0
        assert fetch_rows(uow, [record_id])[0].copies == 0
        loans = uow.session.scalar(select(func.count()).where(Loan.item_id == item_id))
        assert loans == 1
        assert run_report(uow, "circulation", params).all_text() == before
        # a withdrawn copy is never a candidate again
        assert item_id not in candidate_ids(uow, CREW_SCHOOL_RULES, today=TODAY)
        log = weeding_log(uow)
    assert {(line.barcode, line.reason, line.staff_name) for line in log} == {
        ("S1", "outdated", "Ms. Rivera"),
        ("G1", "outdated", "Ms. Rivera"),
    }


def test_a_copy_on_loan_is_skipped_and_named(database: Database, shelves: dict[str, int]) -> None:
    add_past_loan(database, shelves["old-history"], date(2026, 5, 20), open_=True)
    with database.unit_of_work() as uow:
        result = withdraw_in_bulk(uow, [shelves["old-history"], shelves["old-general"]], "worn")
    assert result.withdrawn == 1
    assert result.skipped[0][0] == "H1" and "checked out" in result.skipped[0][1]
    assert status_of(database, shelves["old-history"]) == "on_loan"


def test_a_withdrawal_needs_a_reason(database: Database, shelves: dict[str, int]) -> None:
    with database.unit_of_work() as uow, pytest.raises(ValidationError, match="reason"):
        withdraw_in_bulk(uow, [shelves["old-general"]], "  ")
