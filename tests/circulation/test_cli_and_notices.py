"""The command line and the overdue notices, on a generated district and the small school."""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from lms_desktop.circulation.notices import overdues_by_homeroom
from lms_desktop.cli import main
from tests.circulation.conftest import SCHOOL_MORNING, SmallSchool

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_overdues_are_grouped_by_homeroom_with_staff_last(school: SmallSchool) -> None:
    from lms_desktop.circulation.loans import checkout_item

    long_ago = SCHOOL_MORNING - timedelta(days=30)
    for patron, barcode in (
        (school.teacher, school.charlotte[2]),
        (school.ben, school.charlotte[0]),
        (school.ada, school.holes),
        (school.ada, school.charlotte[1]),
    ):
        with school.uow() as uow:
            checkout_item(uow, patron, barcode, now=long_ago)
    with school.uow() as uow:
        groups = overdues_by_homeroom(uow, SCHOOL_MORNING.date())
    assert [(g.homeroom, g.teacher, g.grade) for g in groups] == [
        ("Room 12", "Ms. Rivera", "4"),
        ("Room 14", "Mr. Okafor", "5"),
        ("Staff", "", ""),
    ]
    assert [line.title for line in groups[0].lines] == ["Charlotte's Web", "Holes"]
    # lent Sunday 8 Feb, due 14 days later on a Sunday, so Monday 23 Feb: 15 days ago
    assert groups[0].lines[0].due_on == date(2026, 2, 23)
    assert groups[0].lines[0].days_overdue == 15
    with school.uow() as uow:
        assert overdues_by_homeroom(uow, long_ago.date()) == []


def test_scan_batch_command_reports_and_exits_nonzero_on_refusals(
    school: SmallSchool, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "cart2.txt"
    batch.write_text(
        f"# from the gym\nP {school.ada_card}\n{school.holes}\n{school.charlotte[0]}\n"
        "NOT-A-THING\n",
        encoding="utf-8",
    )
    code = main(["scan-batch", str(batch), "--db", str(db_path), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1  # the unknown barcode
    assert [line["outcome"] for line in report["lines"]] == [
        "patron_selected",
        "checked_out",
        "checked_out",
        "unknown",
    ]
    assert report["summary"].startswith("4 scans: 1 patron selected, 2 checked out, 1 unknown")
    # the same file again: nothing is lent twice
    main(["scan-batch", str(batch), "--db", str(db_path), "--json"])
    again = json.loads(capsys.readouterr().out)
    assert [line["repeated"] for line in again["lines"]] == [False, True, True, False]


def test_roster_import_command_previews_then_applies_and_undoes(
    school: SmallSchool, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("Student ID,First Name,Last Name,Grade\nS3001,Ida,Wells,2\n")
    assert main(["roster-import", str(roster), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "new: 1" in out and "missing from file: 2" in out and "Nothing changed" in out
    assert (
        main(
            [
                "roster-import",
                str(roster),
                "--db",
                str(db_path),
                "--apply",
                "--keep-missing",
                "--json",
            ]
        )
        == 0
    )
    applied = json.loads(capsys.readouterr().out)
    assert applied["added"] == 1 and applied["deactivated"] == 0
    assert main(["roster-import", "--undo", str(applied["import_id"]), "--db", str(db_path)]) == 0
    assert "1 new patrons removed" in capsys.readouterr().out


def test_checkout_and_checkin_commands(
    school: SmallSchool, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["checkout", school.ben_card, school.holes, "--db", str(db_path)]) == 0
    assert "Checked out “Holes”" in capsys.readouterr().out
    assert main(["checkin", school.holes, "--db", str(db_path)]) == 0
    assert "Checked in “Holes”" in capsys.readouterr().out


@pytest.mark.slow
def test_the_district_generator_makes_a_database_the_engine_can_lend_from(
    tmp_path: Path,
) -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import generate_district
    finally:
        sys.path.remove(str(BENCHMARKS))
    out = tmp_path / "district.sqlite3"
    sizes = generate_district.Sizes(items=600, patrons=80, loans=3000, open_loans=40, bibs=200)
    generate_district.generate(out, sizes, seed=7, quiet=True)
    from lms_desktop.bootstrap import open_app
    from lms_desktop.circulation.context import invalidate_cache
    from lms_desktop.circulation.patrons import patron_detail
    from lms_desktop.config import AppConfig
    from lms_desktop.db.integrity import check_database

    invalidate_cache()
    ctx = open_app(AppConfig.from_args(str(out)))
    try:
        assert check_database(ctx.database).ok
        with ctx.database.unit_of_work() as uow:
            counts = {
                table: uow.session.connection()
                .exec_driver_sql(f"SELECT count(*) FROM {table}")
                .scalar()
                for table in ("items", "patrons", "loans", "bib_records", "bib_identifiers")
            }
            open_loans = (
                uow.session.connection()
                .exec_driver_sql("SELECT patron_id FROM loans WHERE returned_at IS NULL LIMIT 1")
                .scalar()
            )
            detail = patron_detail(uow, int(open_loans))
        assert counts == {
            "items": 600,
            "patrons": 80,
            "loans": 3040,
            "bib_records": 200,
            "bib_identifiers": 200,
        }
        assert detail.loans and detail.loans[0].due_at.tzinfo is not None
        with ctx.database.unit_of_work() as uow:
            groups = overdues_by_homeroom(uow, date(2026, 3, 9))
        assert groups and all(line.days_overdue > 0 for g in groups for line in g.lines)
    finally:
        ctx.database.dispose()
