"""Backups are made with the online API, rotate 7/4/12, preview and restore safely."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lms_desktop.bootstrap import AppContext, open_app
from lms_desktop.care.backups import (
    RotationPolicy,
    backup_on_close,
    backup_settings,
    backups_to_keep,
    daily_backup_due,
    latest_good_backup,
    list_backups,
    make_backup,
    parse_backup_name,
    preview_backup,
    remembered_backup_folder,
    restore_backup,
    rotate_backups,
    run_scheduled_backup,
    save_backup_settings,
)
from lms_desktop.circulation.models import Patron
from lms_desktop.config import AppConfig
from lms_desktop.errors import PermissionDeniedError, ValidationError
from tests.care.conftest import SmallLibrary

pytestmark = pytest.mark.sqlite_only  # backups and restore are of a SQLite file

DAY = timedelta(days=1)


def _days(start: datetime, n: int) -> list[datetime]:
    return [start + i * DAY for i in range(n)]


def test_rotation_keeps_seven_daily_four_weekly_twelve_monthly() -> None:
    start = datetime(2025, 1, 1, 16, 0)
    taken = _days(start, 500)  # one backup a day for 500 days
    keep = backups_to_keep(taken, RotationPolicy(7, 4, 12))
    newest = taken[-1]
    daily = {d for d in keep if newest - d < 7 * DAY}
    assert len(daily) == 7
    # each of the last 4 ISO weeks and 12 months keeps its newest backup
    weeks = {d.isocalendar()[:2] for d in keep}
    months = {(d.year, d.month) for d in keep}
    assert len(months) == 12
    assert len(weeks) >= 4
    assert len(keep) <= 7 + 4 + 12
    assert newest in keep
    assert min(keep) > newest - timedelta(days=366)


@pytest.mark.parametrize(
    ("taken", "policy", "kept"),
    [
        ([], RotationPolicy(), set()),
        ([datetime(2026, 1, 1, 9)], RotationPolicy(1, 1, 0), {datetime(2026, 1, 1, 9)}),
        # three backups on one day: only the newest counts for that day
        (
            [datetime(2026, 1, 5, 9), datetime(2026, 1, 5, 12), datetime(2026, 1, 5, 16)],
            RotationPolicy(7, 0, 0),
            {datetime(2026, 1, 5, 16)},
        ),
        # a gap in the days (holidays) still keeps seven days that HAVE backups
        (
            [datetime(2026, 1, d, 16) for d in (1, 2, 3, 20, 21, 22, 23, 24)],
            RotationPolicy(7, 0, 0),
            {datetime(2026, 1, d, 16) for d in (2, 3, 20, 21, 22, 23, 24)},
        ),
    ],
)
def test_rotation_table(taken: list[datetime], policy: RotationPolicy, kept: set[datetime]) -> None:
    assert backups_to_keep(taken, policy) == kept


def test_backup_names_say_when_and_why() -> None:
    assert parse_backup_name(Path("library-20261120-153000-daily.sqlite3")) == (
        datetime(2026, 11, 20, 15, 30),
        "daily",
    )
    assert parse_backup_name(Path("library-20261120-153000-close2.sqlite3")) == (
        datetime(2026, 11, 20, 15, 30),
        "close",
    )
    assert parse_backup_name(Path("before-upgrade-0001-20261120-153000.sqlite3")) == (
        datetime(2026, 11, 20, 15, 30),
        "before-upgrade-0001",
    )
    assert parse_backup_name(Path("holiday photos.sqlite3")) is None


def test_a_backup_is_a_complete_copy_even_with_uncheckpointed_wal_pages(
    app_context: AppContext, small_library: SmallLibrary, tmp_path: Path
) -> None:
    database = app_context.database
    # a reader holding an old snapshot stops the WAL being checkpointed into the main file
    reader = sqlite3.connect(database.url.split(":///")[1], isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM patrons").fetchone()
    try:
        with database.unit_of_work() as uow:
            uow.session.get(Patron, small_library.patron_ids["Ben"]).notes = "in the WAL"
            uow.commit()
        wal = Path(database.url.split(":///")[1] + "-wal")
        assert wal.stat().st_size > 0
        info = make_backup(database, tmp_path / "usb", "manual", datetime(2026, 11, 20, 15, 0))
    finally:
        reader.close()
    assert info.path.name == "library-20261120-150000-manual.sqlite3"
    with sqlite3.connect(info.path) as conn:
        notes = conn.execute("SELECT notes FROM patrons WHERE first_name='Ben'").fetchone()
    assert notes == ("in the WAL",)
    preview = preview_backup(info.path)
    assert preview.healthy
    assert preview.taken_at == datetime(2026, 11, 20, 15, 0)
    assert preview.counts["titles"] == 4
    assert preview.counts["patrons"] == 2
    assert preview.counts["open loans"] == 1


def test_the_daily_backup_runs_once_a_day_and_rotates(
    app_context: AppContext, tmp_path: Path
) -> None:
    database = app_context.database
    folder = app_context.config.backup_dir
    first = datetime(2026, 1, 1, 8, 0)
    made = 0
    for day in range(40):
        for hour in (8, 12, 16):  # the app starts three times a day
            if run_scheduled_backup(
                database, folder, first + day * DAY + timedelta(hours=hour - 8)
            ):
                made += 1
    assert made == 40
    assert not daily_backup_due(datetime(2026, 2, 9, 8), datetime(2026, 2, 9, 23))
    remaining = list_backups(folder)
    assert len(remaining) <= 7 + 4 + 12
    assert len([b for b in remaining if b.taken_at >= datetime(2026, 2, 3)]) == 7
    assert remaining[0].taken_at == datetime(2026, 2, 9, 8, 0)


def test_safety_copies_are_never_rotated_away(app_context: AppContext, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    keep_me = folder / "before-upgrade-0001-20200101-000000.sqlite3"
    keep_me.write_bytes(b"")
    for i in range(10):
        make_backup(app_context.database, folder, "manual", datetime(2026, 1, 1, 9, i))
    rotate_backups(folder, RotationPolicy(1, 1, 1))
    names = sorted(p.name for p in folder.iterdir())
    assert names == [keep_me.name, "library-20260101-090900-manual.sqlite3"]


def test_backup_settings_choose_a_folder_that_is_remembered_beside_the_database(
    app_context: AppContext, tmp_path: Path
) -> None:
    usb = tmp_path / "USB STICK" / "library backups"
    with app_context.database.unit_of_work() as uow:
        save_backup_settings(uow, app_context.database.url, usb, RotationPolicy(5, 3, 6), False)
        uow.commit()
    with app_context.database.unit_of_work() as uow:
        settings = backup_settings(uow, app_context.config.backup_dir)
    assert settings.folder == usb
    assert settings.policy == RotationPolicy(5, 3, 6)
    assert not settings.on_close
    assert backup_on_close(app_context.database, app_context.config.backup_dir) is None
    db_file = Path(app_context.database.url.split(":///")[1])
    assert remembered_backup_folder(db_file) == usb


def test_an_aide_cannot_change_backup_settings_and_a_bad_folder_is_explained(
    app_context: AppContext, tmp_path: Path
) -> None:
    url = app_context.database.url
    with (
        app_context.database.unit_of_work(staff_name="Sam", staff_role="aide") as uow,
        pytest.raises(PermissionDeniedError),
    ):
        save_backup_settings(uow, url, tmp_path, RotationPolicy(), True)
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with (
        app_context.database.unit_of_work() as uow,
        pytest.raises(ValidationError, match="cannot be written to"),
    ):
        save_backup_settings(uow, url, blocker / "sub", RotationPolicy(), True)


def _count_patrons(ctx: AppContext) -> int:
    with ctx.database.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Patron))


def test_restore_brings_back_the_backup_and_keeps_the_current_database(
    app_context: AppContext, small_library: SmallLibrary, db_path: Path, tmp_path: Path
) -> None:
    folder = app_context.config.backup_dir
    good = make_backup(app_context.database, folder, "daily", datetime(2026, 11, 19, 16, 0))
    with app_context.database.unit_of_work() as uow:
        uow.session.get(Patron, small_library.patron_ids["Ben"]).last_name = "Mistake"
        uow.commit()
    app_context.database.dispose()

    result = restore_backup(db_path, good.path, folder, datetime(2026, 11, 20, 9, 0))
    assert result.safety_copy == folder / "before-restore-20261120-090000.sqlite3"
    with sqlite3.connect(result.safety_copy) as conn:
        assert (
            conn.execute("SELECT count(*) FROM patrons WHERE last_name='Mistake'").fetchone()[0]
            == 1
        )

    reopened = open_app(AppConfig.from_args(str(db_path)))
    with reopened.database.unit_of_work() as uow:
        ben = uow.session.get(Patron, small_library.patron_ids["Ben"])
        assert ben.last_name == "Okafor"
    assert _count_patrons(reopened) == 2
    reopened.database.dispose()


def test_a_damaged_backup_is_refused_and_the_latest_good_one_is_found(
    app_context: AppContext, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    older = make_backup(app_context.database, folder, "daily", datetime(2026, 11, 18, 16, 0))
    newer = make_backup(app_context.database, folder, "daily", datetime(2026, 11, 19, 16, 0))
    data = bytearray(newer.path.read_bytes())
    data[4096 : 4096 * 3] = b"\xde\xad" * 4096  # scribble over the schema and first table
    newer.path.write_bytes(bytes(data))
    preview = preview_backup(newer.path)
    assert not preview.healthy
    assert latest_good_backup(folder).path == older.path
    with pytest.raises(ValidationError, match="Choose an older backup"):
        restore_backup(tmp_path / "x.sqlite3", newer.path, folder)


def test_restoring_over_a_damaged_database_moves_it_aside(
    app_context: AppContext, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    good = make_backup(app_context.database, folder, "daily", datetime(2026, 11, 19, 16, 0))
    app_context.database.dispose()
    db_path.write_bytes(b"power cut" * 1000)
    result = restore_backup(db_path, good.path, folder, datetime(2026, 11, 20, 8, 0))
    assert result.safety_copy is None
    assert result.moved_aside == folder / "damaged-20261120-080000.sqlite3"
    assert result.moved_aside.read_bytes().startswith(b"power cut")
    reopened = open_app(AppConfig.from_args(str(db_path)))
    reopened.database.dispose()


def test_a_district_database_is_not_backed_up_as_a_file(app_context: AppContext) -> None:
    from lms_desktop.db.unit_of_work import Database

    fake = Database(app_context.database.engine, "postgresql+psycopg://lib@server/district")
    with pytest.raises(ValidationError, match="pg_dump"):
        make_backup(fake, Path("/tmp/never"))
