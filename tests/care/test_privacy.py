"""Students' reading history stays private: anonymised, librarian-only, deletable."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from lms_desktop.care.privacy import (
    anonymize_returned_loans,
    delete_patron,
    export_patron_record,
    reading_history,
    set_anonymize_after_days,
)
from lms_desktop.circulation.models import Fee, Hold, JournalEntry, Loan, Patron
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import ConflictError, NotFoundError, PermissionDeniedError
from tests.care.conftest import NOW, SmallLibrary


def _loans(database: Database) -> list[Loan]:
    with database.unit_of_work() as uow:
        loans = list(uow.session.scalars(select(Loan).order_by(Loan.checked_out_at)))
        uow.session.expunge_all()  # plain snapshots for the assertions
    return loans


def test_returned_loans_lose_their_patron_after_n_days_but_keep_statistics(
    database: Database, small_library: SmallLibrary
) -> None:
    with database.unit_of_work() as uow:
        assert anonymize_returned_loans(uow, NOW) == 0  # off until the librarian sets it
        set_anonymize_after_days(uow, 30)
        assert anonymize_returned_loans(uow, NOW) == 2  # Ana's 80-days-ago, Ben's 45
        uow.commit()
    loans = _loans(database)
    anonymous = [loan for loan in loans if loan.anonymized]
    assert len(anonymous) == 2
    assert all(loan.patron_id is None for loan in anonymous)
    # the snapshot keeps grade, homeroom and types for the principal's report
    assert {(x.patron_grade, x.patron_homeroom, x.item_type_code) for x in anonymous} == {
        ("5", "Room 12", "book"),
        ("4", "Room 12", "book"),
    }
    # the loan returned 10 days ago and the open loan keep their patron
    assert [x.patron_id is not None for x in loans if not x.anonymized] == [True, True]
    with database.unit_of_work() as uow:
        summaries = uow.session.scalars(
            select(JournalEntry.summary).where(JournalEntry.patron_id.is_(None))
        ).all()
        assert len(summaries) == 2
        assert not any("Lopez" in s or "Okafor" in s for s in summaries)
        # running it again changes nothing
        assert anonymize_returned_loans(uow, NOW + timedelta(hours=1)) == 0


def test_reading_history_is_for_the_librarian_only(
    database: Database, small_library: SmallLibrary
) -> None:
    ana = small_library.patron_ids["Ana"]
    with database.unit_of_work() as uow:
        history = reading_history(uow, ana)
    assert [h.title for h in history] == ["Holes", "Hatchet", "Wonder"]
    assert history[0].returned_at is None
    for role in ("aide", "kiosk"):
        with (
            database.unit_of_work(staff_name="Sam", staff_role=role, kiosk_patron_id=ana) as uow,
            pytest.raises(PermissionDeniedError, match="reading history"),
        ):
            reading_history(uow, ana)


def test_a_family_gets_everything_the_library_holds_about_their_child(
    database: Database, small_library: SmallLibrary
) -> None:
    ana = small_library.patron_ids["Ana"]
    with database.unit_of_work() as uow:
        uow.session.add(Fee(patron_id=ana, kind="damaged", amount_cents=500, status="paid"))
        uow.commit()
    with database.unit_of_work() as uow:
        record = export_patron_record(uow, ana)
    assert record["patron"]["first_name"] == "Ana"
    assert record["patron_type"] == "Student"
    assert [h["title"] for h in record["reading_history"]] == ["Holes", "Hatchet", "Wonder"]
    assert record["fees"][0]["amount_cents"] == 500
    assert len(record["journal"]) == 3
    import json

    json.dumps(record)  # ready to hand over as a file
    with (
        database.unit_of_work(staff_name="Sam", staff_role="aide") as uow,
        pytest.raises(PermissionDeniedError),
    ):
        export_patron_record(uow, ana)


def test_deleting_a_patron_removes_personal_data_but_keeps_anonymous_counts(
    database: Database, small_library: SmallLibrary
) -> None:
    ben = small_library.patron_ids["Ben"]
    with database.unit_of_work() as uow:
        uow.session.add(Hold(patron_id=ben, bib_record_id=None))
        uow.commit()
    before = len(_loans(database))
    with database.unit_of_work() as uow:
        result = delete_patron(uow, ben)
        uow.commit()
    assert result.loans_kept_anonymous == 1
    assert len(_loans(database)) == before
    with database.unit_of_work() as uow:
        s = uow.session
        assert s.get(Patron, ben) is None
        assert s.scalar(select(func.count()).select_from(Hold)) == 0
        assert s.scalar(select(func.count()).where(Loan.patron_grade == "4")) == 1
        summaries = s.scalars(select(JournalEntry.summary)).all()
        assert not any("Okafor" in x for x in summaries)
        assert any("(deleted patron)" in x for x in summaries)
        with pytest.raises(NotFoundError):
            export_patron_record(uow, ben)


def test_a_patron_with_items_out_or_money_owing_is_not_deleted(
    database: Database, small_library: SmallLibrary
) -> None:
    ana, ben = small_library.patron_ids["Ana"], small_library.patron_ids["Ben"]
    with database.unit_of_work() as uow:
        with pytest.raises(ConflictError, match="still has 1 item"):
            delete_patron(uow, ana)
        uow.session.add(Fee(patron_id=ben, kind="lost", amount_cents=2000))
        uow.flush()
        with pytest.raises(ConflictError, match="open fee"):
            delete_patron(uow, ben)
    with (
        database.unit_of_work(staff_name="Sam", staff_role="aide") as uow,
        pytest.raises(PermissionDeniedError, match="cannot change patron records"),
    ):
        delete_patron(uow, ben)
