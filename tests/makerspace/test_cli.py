"""The makerspace commands: set up, book by period or as a series, list, door PDF, stock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lms_desktop.cli import main
from lms_desktop.db.unit_of_work import Database
from tests.makerspace.school_setup import set_up_riverside


def test_booking_from_the_command_line(
    database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up_riverside(database)
    db = ["--db", str(db_path)]
    assert (
        main(
            [
                "makerspace",
                "book",
                *db,
                "--resource",
                "laser cutter",
                "--patron",
                "S1001",
                "--day",
                "2026-09-09",
                "--period",
                "3",
                "--purpose",
                "Sign",
            ]
        )
        == 0
    )
    assert (
        "Booked Laser cutter for Jordan Lee: B-day Wed 09 Sep, period 3 (09:50-10:40) (requested)"
        in capsys.readouterr().out
    )

    assert (
        main(
            [
                "makerspace",
                "book",
                *db,
                "--resource",
                "Laser cutter",
                "--patron",
                "S1002",
                "--day",
                "2026-09-09",
                "--period",
                "4",
            ]
        )
        == 2
    )
    assert "Ava Chen has not been trained" in capsys.readouterr().err

    assert (
        main(
            [
                "makerspace",
                "book",
                *db,
                "--resource",
                "3D printer 1",
                "--class",
                "7B Science",
                "--day",
                "2026-09-08",
                "--period",
                "3",
                "--every",
                "A",
                "--until",
                "2026-09-30",
                "--json",
            ]
        )
        == 0
    )
    series = json.loads(capsys.readouterr().out)
    assert len(series["created"]) == 9 and series["skipped"] == []

    assert main(["makerspace", "list", *db, "--day", "2026-09-10", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(b["resource"], b["when"]) for b in listed] == [
        ("3D printer 1", "A-day Thu 10 Sep, period 3 (09:50-10:40)")
    ]

    pdf = tmp_path / "door.pdf"
    assert main(["makerspace", "door", *db, str(pdf), "--day", "2026-09-09"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main(["makerspace", "low-stock", *db]) == 0


def test_setup_creates_a_typical_makerspace_once(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["makerspace", "setup", "--db", str(db_path), "--rotation-start", "2026-09-08"]) == 0
    )
    assert "typical makerspace setup was created" in capsys.readouterr().out
    assert main(["makerspace", "setup", "--db", str(db_path)]) == 0
    assert "nothing was changed" in capsys.readouterr().out
    assert main(["makerspace", "low-stock", "--db", str(db_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
