"""Open export of everything, and quiet integrity checks with damage advice."""

from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta
from pathlib import Path

import pymarc
import pytest

from lms_desktop.bootstrap import AppContext
from lms_desktop.care.backups import make_backup
from lms_desktop.care.export import export_everything
from lms_desktop.care.health import (
    advise_on_damage,
    check_file,
    integrity_check_due,
    run_scheduled_check,
)
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import PermissionDeniedError, ValidationError
from lms_desktop.school.access import add_staff
from tests.care.conftest import SmallLibrary


def test_export_everything_writes_marc_csv_and_json(
    database: Database, small_library: SmallLibrary, tmp_path: Path
) -> None:
    with database.unit_of_work() as uow:
        add_staff(uow, "Ms Reed", "librarian", "2468")
        uow.commit()
    out = tmp_path / "export"
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        summary = export_everything(uow, out)
    with (out / "catalog.mrc").open("rb") as fh:
        records = list(pymarc.MARCReader(fh, to_unicode=True))
    assert sorted(r["245"]["a"] for r in records) == sorted(small_library.titles)
    # each title carries its copies, so another system can rebuild the shelves
    assert sorted(r["852"]["p"] for r in records) == sorted(small_library.item_ids)
    assert len(pymarc.parse_xml_to_array(str(out / "catalog.xml"))) == 4
    assert summary.marc_records == 4
    with (out / "patrons.csv").open(encoding="utf-8", newline="") as fh:
        patrons = list(csv.DictReader(fh))
    assert sorted(p["first_name"] for p in patrons) == ["Ana", "Ben"]
    loans = json.loads((out / "loans.json").read_text(encoding="utf-8"))
    assert len(loans) == 4 and loans[0]["checked_out_at"].startswith("2026-")
    for name in ("items", "devices", "bookings", "journal_entries", "settings"):
        assert (out / f"{name}.csv").exists() and (out / f"{name}.json").exists()
    staff = json.loads((out / "staff_users.json").read_text(encoding="utf-8"))
    assert staff[0]["name"] == "Ms Reed" and "pin_hash" not in staff[0]
    assert "scrypt" not in (out / "staff_users.csv").read_text(encoding="utf-8")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["tables"]["patrons"]["rows"] == 2
    assert manifest["exported_by"] == "Ms Reed"


def test_export_refuses_a_folder_with_files_and_an_aide(database: Database, tmp_path: Path) -> None:
    (tmp_path / "precious.txt").write_text("keep")
    with database.unit_of_work() as uow, pytest.raises(ValidationError, match="not empty"):
        export_everything(uow, tmp_path)
    with (
        database.unit_of_work(staff_name="Sam", staff_role="aide") as uow,
        pytest.raises(PermissionDeniedError, match="export"),
    ):
        export_everything(uow, tmp_path / "new")


@pytest.mark.parametrize(
    ("last", "now", "every", "due"),
    [
        (None, datetime(2026, 1, 1), 7, True),
        (datetime(2026, 1, 1), datetime(2026, 1, 7, 23), 7, False),
        (datetime(2026, 1, 1), datetime(2026, 1, 8), 7, True),
        (None, datetime(2026, 1, 1), 0, False),
    ],
)
def test_integrity_schedule(last: datetime | None, now: datetime, every: int, due: bool) -> None:
    assert integrity_check_due(last, now, every) is due


def test_the_start_up_check_runs_quietly_once_a_week(database: Database) -> None:
    monday = datetime(2026, 11, 16, 8, 0)
    report = run_scheduled_check(database, monday)
    assert report is not None and report.ok
    assert run_scheduled_check(database, monday + timedelta(days=3)) is None
    assert run_scheduled_check(database, monday + timedelta(days=7)) is not None


def test_a_damaged_file_is_explained_and_the_latest_good_backup_offered(
    app_context: AppContext, db_path: Path, tmp_path: Path
) -> None:
    folder = app_context.config.backup_dir
    good = make_backup(app_context.database, folder, "daily", datetime(2026, 11, 19, 16, 0))
    app_context.database.dispose()
    data = bytearray(db_path.read_bytes())
    data[4096 : 4096 * 4] = b"\x00\xff" * (4096 * 3 // 2)
    db_path.write_bytes(bytes(data))
    report = check_file(db_path)
    assert not report.ok
    advice = advise_on_damage(db_path, folder, report.problems)
    assert advice.latest_good is not None and advice.latest_good.path == good.path
    assert "is damaged" in advice.explanation
    assert "Thursday 19 November 2026 at 16:00" in advice.explanation

    nothing = advise_on_damage(db_path, tmp_path / "empty", report.problems)
    assert nothing.latest_good is None
    assert "No intact backup" in nothing.explanation
