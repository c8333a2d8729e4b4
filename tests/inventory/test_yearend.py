"""Year-end rollover: grades, graduates with loans first, leavers, roster, fees, calendar, undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lms_desktop.circulation.fees import charge_fee
from lms_desktop.circulation.loans import checkout_item
from lms_desktop.circulation.models import ClosedDay, Fee, Loan, Patron, PatronType
from lms_desktop.circulation.roster import guess_mapping, parse_roster_bytes
from lms_desktop.circulation.rules_admin import (
    SchoolYearView,
    add_closed_days,
    save_school_year,
    school_calendar,
)
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import ConflictError, ValidationError
from lms_desktop.inventory.models import YearEndRollover
from lms_desktop.inventory.yearend import (
    YearEndOptions,
    apply_year_end,
    describe_rollover,
    grade_rank,
    latest_rollover,
    next_grade,
    preview_year_end,
    rollovers,
    undo_year_end,
)
from lms_desktop.school.models import Site
from tests.inventory.helpers import add_copy, add_student

# on the district server (LMS_TEST_DATABASE=postgresql) IT confirms its own backup; on a
# SQLite file the app backs up whatever this says
OPTIONS = YearEndOptions(
    "2027-28", date(2027, 8, 16), date(2028, 6, 2), server_backup_confirmed=True
)


@pytest.mark.parametrize(
    ("grade", "after"),
    [
        ("K", "1"),
        ("KG", "1"),
        ("PK", "K"),
        ("1", "2"),
        ("05", "06"),
        ("8", "9"),
        ("11", "12"),
        ("Grade 3", "4"),
        ("", None),
        ("Staff", None),
    ],
)
def test_next_grade(grade: str, after: str | None) -> None:
    assert next_grade(grade) == after


def test_grades_rank_from_pre_k_to_twelve() -> None:
    ranks = [grade_rank(g) for g in ("PK", "K", "1", "6", "08", "12")]
    assert ranks == sorted(ranks) and ranks[0] == -1 and ranks[-1] == 12


@pytest.fixture
def middle_school(database: Database) -> dict[str, int]:
    """Grades 6 to 8: two eighth graders (one with a book out), a seventh grader, a
    sixth grader with a fee, an eighth grader who left in January with a book."""
    with database.unit_of_work() as uow:
        save_school_year(
            uow, SchoolYearView("2026-27", date(2026, 8, 17), date(2027, 6, 4), "12345", _3pm())
        )
    with database.unit_of_work() as uow:
        add_closed_days(uow, date(2026, 11, 25), date(2026, 11, 27), "Thanksgiving")
    ids = {
        "ava": add_student(database, "P-AVA", "8", homeroom="201"),
        "ben": add_student(database, "P-BEN", "8", homeroom="201"),
        "cai": add_student(database, "P-CAI", "7", homeroom="105"),
        "dev": add_student(database, "P-DEV", "6", homeroom="101"),
        "eli": add_student(database, "P-ELI", "8", homeroom="201"),
    }
    add_copy(database, "B1", "599 ANI")
    add_copy(database, "B2", "FIC LEF")
    with database.unit_of_work() as uow:
        checkout_item(uow, ids["ben"], "B1")
    with database.unit_of_work() as uow:
        checkout_item(uow, ids["eli"], "B2")
    with database.unit_of_work() as uow:
        uow.session.get(Patron, ids["eli"]).status = "left"  # type: ignore[union-attr]
        uow.commit()
    with database.unit_of_work() as uow:
        charge_fee(uow, ids["dev"], "damaged", 500, description="water damage")
    with database.unit_of_work() as uow:
        charge_fee(uow, ids["cai"], "overdue", 75)
    return ids


def _3pm() -> time:
    return time(15, 0)


def test_the_dry_run_lists_graduates_with_loans_first_and_changes_nothing(
    database: Database, middle_school: dict[str, int]
) -> None:
    with database.unit_of_work() as uow:
        preview = preview_year_end(uow, OPTIONS)
    assert preview.top_grade == "8"
    assert [s.barcode for s in preview.graduating] == ["P-BEN", "P-AVA"]
    assert preview.graduating[0].open_loans == 1
    assert [s.barcode for s in preview.graduating_owing] == ["P-BEN"]
    assert dict(((a, b), n) for a, b, n in preview.promotions) == {("6", "7"): 1, ("7", "8"): 1}
    # the student who left mid-year is not promoted or graduated, but listed with the book
    assert [(s.barcode, s.open_loans) for s in preview.left_with_items] == [("P-ELI", 1)]
    assert preview.closed_year == "2026-27" and preview.closed_days_to_clear == 3
    assert preview.statistics["checkouts"] == 2
    with database.unit_of_work() as uow:
        grades = dict(uow.session.execute(select(Patron.barcode, Patron.grade)).tuples().all())
    assert grades["P-DEV"] == "6"


@pytest.mark.sqlite_only  # the backup before the rollover is of the SQLite file
def test_apply_promotes_graduates_keeps_loans_and_backs_up_first(
    database: Database, middle_school: dict[str, int], tmp_path: Path
) -> None:
    options = YearEndOptions(
        "2027-28", date(2027, 8, 16), date(2028, 6, 2), fee_policy="clear_overdue"
    )
    result = apply_year_end(database, options, tmp_path / "backups", staff_name="Ms. Rivera")
    assert Path(result.backup_path).is_file()
    assert (result.graduated, result.promoted, result.fees_cleared) == (2, 2, 1)
    with database.unit_of_work() as uow:
        s = uow.session
        patrons = {p.barcode: p for p in s.scalars(select(Patron))}
        assert patrons["P-BEN"].status == "graduated"
        assert patrons["P-AVA"].status == "graduated"
        assert patrons["P-CAI"].grade == "8" and patrons["P-DEV"].grade == "7"
        assert patrons["P-ELI"].status == "left" and patrons["P-ELI"].grade == "8"
        # never silently dropped: Ben still has his book on loan
        open_loans = s.scalar(
            select(func.count()).where(
                Loan.patron_id == patrons["P-BEN"].id, Loan.returned_at.is_(None)
            )
        )
        assert open_loans == 1
        fees = dict(s.execute(select(Fee.kind, Fee.status)).tuples().all())
        assert fees == {"overdue": "waived", "damaged": "open"}
        assert s.scalar(select(func.count()).select_from(ClosedDay)) == 0
        assert school_calendar(uow).year.name == "2027-28"  # type: ignore[union-attr]
        archived = rollovers(uow)
    assert archived[0].statistics["checkouts"] == 2
    assert "2 graduated (1 with loans or fees)" in archived[0].summary


def test_the_new_roster_moves_homerooms_after_promotion(
    database: Database, middle_school: dict[str, int], tmp_path: Path
) -> None:
    roster = parse_roster_bytes(
        b"Student ID,First Name,Last Name,Grade,Homeroom\n"
        b"P-CAI,FirstP-CAI,LastP-CAI,8,210\n"
        b"P-DEV,FirstP-DEV,LastP-DEV,7,110\n"
        b"P-NEW,Nia,Okafor,6,102\n"
    )
    mapping = guess_mapping(roster.headers)
    with database.unit_of_work() as uow:
        preview = preview_year_end(uow, OPTIONS, roster=roster, mapping=mapping)
    assert [(m[0], m[2], m[3]) for m in preview.homeroom_moves] == [
        ("P-DEV", "101", "110"),
        ("P-CAI", "105", "210"),
    ]
    assert preview.roster_new == 1 and preview.roster_missing == 0
    apply_year_end(database, OPTIONS, tmp_path / "b", roster=roster, mapping=mapping)
    with database.unit_of_work() as uow:
        rows = {
            p.sis_id: (p.grade, p.homeroom, p.status) for p in uow.session.scalars(select(Patron))
        }
    assert rows["P-CAI"] == ("8", "210", "active")
    assert rows["P-DEV"] == ("7", "110", "active")
    assert rows["P-NEW"] == ("6", "102", "active")
    assert rows["P-BEN"][2] == "graduated"


def test_the_summary_counts_the_homeroom_moves_really_made(
    database: Database, middle_school: dict[str, int], tmp_path: Path
) -> None:
    roster = parse_roster_bytes(
        b"Student ID,First Name,Last Name,Grade,Homeroom\n"
        b"P-CAI,FirstP-CAI,LastP-CAI,8,210\n"
        b"P-DEV,FirstP-DEV,LastP-DEV,7,110\n"
    )
    mapping = guess_mapping(roster.headers)

    def meanwhile(step: int, _total: int, _message: str) -> None:
        if step == 3:  # the office already moved Dev while the rollover was running
            with database.unit_of_work() as uow:
                uow.session.get(Patron, middle_school["dev"]).homeroom = "110"  # type: ignore[union-attr]
                uow.commit()

    result = apply_year_end(
        database, OPTIONS, tmp_path / "b", roster=roster, mapping=mapping, progress=meanwhile
    )
    assert result.homerooms_moved == 1
    assert "1 homeroom moves" in result.summary


def test_a_student_who_moved_to_another_school_with_a_book_is_listed(
    database: Database, middle_school: dict[str, int]
) -> None:
    with database.unit_of_work() as uow:
        uow.session.add(Site(id=2, code="north", name="North Middle"))
        uow.commit()
    add_copy(database, "B3", "500 SCI")
    with database.unit_of_work() as uow:
        checkout_item(uow, middle_school["cai"], "B3")
    with database.unit_of_work() as uow:
        uow.session.get(Patron, middle_school["cai"]).site_id = 2  # type: ignore[union-attr]
        uow.commit()
    with database.unit_of_work() as uow:
        preview = preview_year_end(uow, OPTIONS)
    listed = {s.barcode: s.note for s in preview.left_with_items}
    assert listed["P-CAI"] == "moved to another school"
    assert all(s.barcode != "P-CAI" for s in preview.graduating)


def test_a_teacher_with_books_out_is_not_listed_as_moved_school(
    database: Database, middle_school: dict[str, int]
) -> None:
    with database.unit_of_work() as uow:
        teacher_type = uow.session.scalar(select(PatronType.id).where(PatronType.code == "teacher"))
        teacher = Patron(
            barcode="T-1", patron_type_id=teacher_type, first_name="Tess", last_name="Teacher"
        )
        uow.session.add(teacher)
        uow.commit()
        teacher_id = teacher.id
    add_copy(database, "B4", "599.9 CLA")
    with database.unit_of_work() as uow:
        checkout_item(uow, teacher_id, "B4")  # a classroom set, out until June
    with database.unit_of_work() as uow:
        preview = preview_year_end(uow, OPTIONS)
    assert [s.barcode for s in preview.left_with_items] == ["P-ELI"]
    assert all(s.barcode != "T-1" for s in preview.graduating)


def test_a_typed_top_grade_wins_over_the_data(
    database: Database, middle_school: dict[str, int]
) -> None:
    with database.unit_of_work() as uow:
        preview = preview_year_end(
            uow, YearEndOptions("2027-28", date(2027, 8, 16), date(2028, 6, 2), top_grade="7")
        )
    assert {s.barcode for s in preview.graduating} == {"P-AVA", "P-BEN", "P-CAI"}
    with database.unit_of_work() as uow, pytest.raises(ValidationError, match="not a grade"):
        preview_year_end(
            uow, YearEndOptions("x", date(2027, 8, 16), date(2028, 6, 2), top_grade="Blue")
        )


def test_kept_closed_days_and_carried_fees_stay(
    database: Database, middle_school: dict[str, int], tmp_path: Path
) -> None:
    options = replace(OPTIONS, closed_days="keep")
    result = apply_year_end(database, options, tmp_path / "b")
    assert result.fees_cleared == 0 and result.closed_days_cleared == 0
    with database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ClosedDay)) == 3
        assert set(uow.session.scalars(select(Fee.status))) == {"open"}


@pytest.mark.sqlite_only
def test_undo_puts_back_the_backup_from_before_the_rollover(
    database: Database, middle_school: dict[str, int], tmp_path: Path
) -> None:
    apply_year_end(database, OPTIONS, tmp_path / "backups")
    result = undo_year_end(database, tmp_path / "safety")
    assert result.closed_year == "2026-27"
    assert Path(result.safety_copy).exists()
    with database.unit_of_work() as uow:
        statuses = dict(uow.session.execute(select(Patron.barcode, Patron.status)).tuples().all())
        grades = dict(uow.session.execute(select(Patron.barcode, Patron.grade)).tuples().all())
        assert rollovers(uow) == []
        assert school_calendar(uow).year.name == "2026-27"  # type: ignore[union-attr]
    assert statuses["P-BEN"] == "active" and grades["P-DEV"] == "6"


def _age_rollovers(database: Database, days: int) -> None:
    with database.unit_of_work() as uow:
        for row in uow.session.scalars(select(YearEndRollover)):
            row.at = row.at - timedelta(days=days)
        uow.commit()


@pytest.mark.sqlite_only
def test_a_second_undo_does_not_quietly_restore_last_years_backup(
    database: Database, middle_school: dict[str, int], tmp_path: Path
) -> None:
    # last spring's rollover, then this spring's
    apply_year_end(database, OPTIONS, tmp_path / "backups")
    _age_rollovers(database, 360)
    later = YearEndOptions("2028-29", date(2028, 8, 14), date(2029, 6, 1))
    apply_year_end(database, later, tmp_path / "backups")
    with database.unit_of_work() as uow:
        latest = latest_rollover(uow)
    assert latest is not None and latest.new_year == "2028-29"
    assert "2027-28 → 2028-29, applied on" in describe_rollover(latest)
    undone = undo_year_end(database, tmp_path / "safety", rollover_id=latest.id)
    assert undone.closed_year == "2027-28"
    # the button is pressed again: the latest rollover now is last year's
    with pytest.raises(ConflictError, match=r"2026-27 → 2027-28, applied on .*360 days ago"):
        undo_year_end(database, tmp_path / "safety")
    with database.unit_of_work() as uow:
        assert school_calendar(uow).year.name == "2027-28"  # type: ignore[union-attr]
    # only on purpose
    undo_year_end(database, tmp_path / "safety", force=True)
    with database.unit_of_work() as uow:
        assert school_calendar(uow).year.name == "2026-27"  # type: ignore[union-attr]


@pytest.mark.sqlite_only
def test_undo_refuses_when_the_latest_rollover_is_not_the_one_confirmed(
    database: Database, middle_school: dict[str, int], tmp_path: Path
) -> None:
    first = apply_year_end(database, OPTIONS, tmp_path / "backups")
    with pytest.raises(ConflictError, match="not the one you confirmed"):
        undo_year_end(database, tmp_path / "safety", rollover_id=first.rollover_id + 1)
    with database.unit_of_work() as uow:
        assert school_calendar(uow).year.name == "2027-28"  # type: ignore[union-attr]


def test_on_a_district_server_it_must_confirm_a_backup_first(
    database: Database, middle_school: dict[str, int], tmp_path: Path
) -> None:
    server = Database(database.engine, "postgresql://it.example/district")
    unconfirmed = replace(OPTIONS, server_backup_confirmed=False)
    with pytest.raises(ValidationError, match="Ask IT to back up the server"):
        apply_year_end(server, unconfirmed, tmp_path / "b")
    with database.unit_of_work() as uow:
        assert uow.session.get(Patron, middle_school["ben"]).status == "active"  # type: ignore[union-attr]
