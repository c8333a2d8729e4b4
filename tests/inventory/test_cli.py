"""`lms-desktop inventory`, `weeding` and `year-end` from a terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from lms_desktop.circulation.models import Patron
from lms_desktop.cli import main
from lms_desktop.db.unit_of_work import Database
from tests.inventory.helpers import add_copy, add_student, status_of


def test_an_inventory_from_start_to_review(
    database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shelf = (("A1", "500.1 ABE"), ("A2", "510.2 BAR"), ("A3", "520 CAT"), ("H1", "973 HIS"))
    ids = {code: add_copy(database, code, call) for code, call in shelf}
    db = ["--db", str(db_path)]
    assert main(["inventory", "start", *db, "--from", "500", "--to", "599", "--json"]) == 0
    session = str(json.loads(capsys.readouterr().out)["id"])
    assert main(["inventory", "scan", session, "A1", *db, "--shelf", "S1"]) == 0
    assert "A1: found" in capsys.readouterr().out
    memory = tmp_path / "scanner.txt"
    memory.write_text("# shelf: S1\nA2,2026-05-04 10:00\nZZZ\n", encoding="utf-8")
    assert main(["inventory", "replay", session, str(memory), *db, "--json"]) == 0
    replayed = json.loads(capsys.readouterr().out)
    assert replayed["found"] == 1 and replayed["unknown"] == ["ZZZ"]
    assert main(["inventory", "close", session, *db]) == 0
    assert "2 of 3 found, 1 missing" in capsys.readouterr().out
    assert main(["inventory", "review", session, *db, "--lost", "all", "--json"]) == 0
    review = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert [(m["barcode"], m["decision"]) for m in review] == [("A3", "lost")]
    assert status_of(database, ids["A3"]) == "lost"
    assert status_of(database, ids["H1"]) == "available"  # outside the scope


def test_weeding_candidates_as_json_and_withdrawn(
    database: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = add_copy(database, "S1", "523 OLD", year=2001)
    add_copy(database, "S2", "523 NEW", year=2025)
    args = ["weeding", "candidates", "--db", str(db_path), "--range", "500-599"]
    assert main([*args, "--older-than", "5", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [c["barcode"] for c in listed] == ["S1"]
    assert main([*args, "--older-than", "5", "--withdraw", "--reason", "outdated"]) == 0
    assert "1 copies withdrawn" in capsys.readouterr().err
    assert status_of(database, old) == "withdrawn"


def test_year_end_dry_run_apply_and_undo(
    database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_student(database, "P1", "5")
    add_student(database, "P2", "4")
    db = ["--db", str(db_path), "--backup-dir", str(tmp_path / "backups")]
    year = ["--new-year", "2027-28", "--first-day", "2027-08-16", "--last-day", "2028-06-02"]
    assert main(["year-end", *db, "--dry-run", *year]) == 0
    out = capsys.readouterr().out
    assert "top grade 5" in out and "Nothing changed" in out
    assert main(["year-end", *db, "--apply", *year]) == 0
    assert "1 graduated" in capsys.readouterr().out

    def grades() -> dict[str, tuple[str, str]]:
        with database.unit_of_work() as uow:
            return {p.barcode: (p.grade, p.status) for p in uow.session.scalars(select(Patron))}

    assert grades() == {"P1": ("5", "graduated"), "P2": ("5", "active")}
    database.dispose()
    assert main(["year-end", *db, "--undo"]) == 0
    assert "undone" in capsys.readouterr().out
    assert grades() == {"P1": ("5", "active"), "P2": ("4", "active")}
