"""The demo school is realistic, consistent and never mixed into a real library."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.barcodes import is_valid_library_barcode
from lms_desktop.circulation.models import ClosedDay, Item, Loan, Patron
from lms_desktop.db.unit_of_work import Database
from lms_desktop.demo import build_demo_school, closed_days_for, school_year_for
from lms_desktop.errors import ConflictError
from lms_desktop.makerspace.models import Period, Resource

TODAY = date(2026, 11, 20)


@pytest.fixture
def demo(database: Database):
    return build_demo_school(database, today=TODAY)


def test_the_demo_school_has_real_titles_students_and_a_term_of_loans(
    database: Database, demo
) -> None:
    assert demo.titles >= 300
    assert demo.students >= 300
    assert demo.loans > 500
    with database.unit_of_work() as uow:
        s = uow.session
        assert s.scalar(select(func.count()).select_from(BibRecord)) == demo.titles
        titles = set(s.scalars(select(BibRecord.title)))
        assert any("atlas" in t.lower() for t in titles)  # real LoC records, not lorem ipsum
        homerooms = set(s.scalars(select(Patron.homeroom).where(Patron.grade != "")))
        assert len(homerooms) == 12
        assert s.scalar(select(func.count()).select_from(Resource)) == demo.resources
        assert s.scalar(select(func.count()).select_from(Period)) > 0


def test_every_barcode_carries_a_valid_check_digit(database: Database, demo) -> None:
    with database.unit_of_work() as uow:
        copies = uow.session.scalars(select(Item.barcode).where(Item.bib_record_id.is_not(None)))
        patrons = uow.session.scalars(select(Patron.barcode))
        assert all(is_valid_library_barcode(b) for b in [*copies, *patrons])


def test_loan_history_is_consistent(database: Database, demo) -> None:
    with database.unit_of_work() as uow:
        s = uow.session
        open_loans = s.scalars(select(Loan).where(Loan.returned_at.is_(None))).all()
        assert len(open_loans) == demo.open_loans
        assert all(loan.item.status == "on_loan" for loan in open_loans)
        on_loan_items = s.scalar(
            select(func.count()).select_from(Item).where(Item.status == "on_loan")
        )
        assert on_loan_items == len(open_loans)
        now = datetime.now(UTC)
        for loan in s.scalars(select(Loan)):
            assert loan.checked_out_at < loan.due_at
            assert loan.checked_out_at <= now
            if loan.returned_at is not None:
                assert loan.returned_at > loan.checked_out_at
        closed = set(s.scalars(select(ClosedDay.day)))
        lent_on = {loan.checked_out_at.date() for loan in s.scalars(select(Loan))}
        assert lent_on.isdisjoint(closed)
        assert all(day.weekday() < 5 for day in lent_on)


def test_no_item_is_ever_lent_twice_at_once(database: Database, demo) -> None:
    with database.unit_of_work() as uow:
        spans: dict[int, list[tuple[datetime, datetime]]] = {}
        far = datetime.max.replace(tzinfo=UTC)
        for loan in uow.session.scalars(select(Loan)):
            spans.setdefault(loan.item_id, []).append(
                (loan.checked_out_at, loan.returned_at or far)
            )
        for item_spans in spans.values():
            item_spans.sort()
            for (_, end), (start, _) in itertools.pairwise(item_spans):
                assert end <= start


def test_the_demo_refuses_a_database_that_already_has_a_library(database: Database, demo) -> None:
    with pytest.raises(ConflictError, match="already has titles or patrons"):
        build_demo_school(database, today=TODAY)


def test_the_demo_is_the_same_every_time(tmp_path) -> None:
    from lms_desktop.bootstrap import open_app
    from lms_desktop.config import AppConfig

    summaries = []
    for name in ("a", "b"):
        ctx = open_app(AppConfig.from_args(str(tmp_path / f"{name}.sqlite3")))
        summaries.append(build_demo_school(ctx.database, today=TODAY))
        ctx.database.dispose()
    assert summaries[0] == summaries[1]


@pytest.mark.parametrize(
    ("today", "first", "last"),
    [
        (date(2026, 11, 20), date(2026, 8, 17), date(2027, 6, 4)),
        (date(2027, 3, 1), date(2026, 8, 17), date(2027, 6, 4)),
        (date(2027, 8, 30), date(2027, 8, 23), date(2028, 6, 4)),
    ],
)
def test_school_year_runs_from_mid_august_to_june(today: date, first: date, last: date) -> None:
    assert school_year_for(today) == (first, last)


def test_closed_days_include_thanksgiving_and_winter_break_on_weekdays_only() -> None:
    first, last = school_year_for(TODAY)
    closed = dict(closed_days_for(first, last))
    assert closed[date(2026, 11, 26)] == "Thanksgiving break"
    assert closed[date(2026, 12, 21)] == "Winter break"
    assert all(day.weekday() < 5 for day in closed)


def test_no_copy_is_lent_before_it_was_acquired(database: Database, demo) -> None:
    with database.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Loan.checked_out_at, Item.acquired_on).join(Item, Loan.item_id == Item.id)
        ).all()
    assert all(acquired is None or out.date() >= acquired for out, acquired in rows)
