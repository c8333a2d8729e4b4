"""Two desks on one database at the same moment: nothing is lent twice, no scan is doubled."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from lms_desktop.circulation.loans import checkout_item
from lms_desktop.circulation.models import JournalEntry, Loan
from lms_desktop.circulation.results import CirculationResult, ScanOutcome
from tests.circulation.conftest import SCHOOL_MORNING, SmallSchool


def _race(school: SmallSchool, *calls: tuple[int, str, str | None]) -> list[CirculationResult]:
    start = threading.Barrier(len(calls))
    results: list[CirculationResult] = []
    errors: list[BaseException] = []

    def desk(patron: int, barcode: str, scan_id: str | None) -> None:
        try:
            start.wait()
            with school.uow() as uow:
                results.append(
                    checkout_item(uow, patron, barcode, scan_id=scan_id, now=SCHOOL_MORNING)
                )
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=desk, args=call) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    return results


# SQLite's BEGIN IMMEDIATE makes the second desk wait and then see the loan (REFUSED); on
# PostgreSQL the second desk's insert meets the unique index instead and gets the engine's
# ConflictError "… was lent at another desk a moment ago" (tests/care/test_district.py)
@pytest.mark.sqlite_only
def test_two_desks_lending_the_same_book_at_once_lend_it_once(school: SmallSchool) -> None:
    results = _race(school, (school.ada, school.holes, None), (school.ben, school.holes, None))
    outcomes = sorted(r.outcome.value for r in results)
    assert outcomes == ["checked_out", "refused"]
    refused = next(r for r in results if r.outcome is ScanOutcome.REFUSED)
    assert "still checked out to" in refused.message
    with school.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Loan)) == 1


def test_the_same_scan_id_arriving_twice_at_once_acts_once(school: SmallSchool) -> None:
    scan = (school.ada, school.holes, "desk-1:0042")
    results = _race(school, scan, scan)
    assert [r.outcome for r in results] == [ScanOutcome.CHECKED_OUT] * 2
    assert sorted(r.repeated for r in results) == [False, True]
    with school.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Loan)) == 1
        assert (
            uow.session.scalar(
                select(func.count())
                .select_from(JournalEntry)
                .where(JournalEntry.scan_id == "desk-1:0042")
            )
            == 1
        )
