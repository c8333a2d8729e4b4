"""The migrations build exactly the schema the models describe, and guard versions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from lms_desktop.bootstrap import open_app
from lms_desktop.config import AppConfig
from lms_desktop.db.all_models import Base
from lms_desktop.db.migrate import head_revision, open_database, sqlite_virtual_table_filter
from lms_desktop.errors import DatabaseOpenError, DatabaseVersionError


def test_an_empty_database_migrated_to_head_matches_the_models(db_path: Path) -> None:
    opened = open_database(f"sqlite:///{db_path}")
    with opened.database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": sqlite_virtual_table_filter(conn)}
        )
        diff = compare_metadata(context, Base.metadata)
    opened.database.dispose()
    assert diff == []


def test_every_model_table_exists_after_migration(db_path: Path) -> None:
    opened = open_database(f"sqlite:///{db_path}")
    tables = set(inspect(opened.database.engine).get_table_names())
    opened.database.dispose()
    assert set(Base.metadata.tables) <= tables


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(db_path: Path) -> None:
    opened = open_database(f"sqlite:///{db_path}")
    with opened.database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    opened.database.dispose()


def test_a_database_from_a_newer_version_is_refused_and_left_alone(db_path: Path) -> None:
    open_database(f"sqlite:///{db_path}").database.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zz99_from_the_future'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseVersionError, match="newer version of LMS Desktop"):
        open_database(f"sqlite:///{db_path}")
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "zz99_from_the_future",
        )
    assert len(before) > 0


def test_an_older_database_is_backed_up_before_it_is_upgraded(tmp_path: Path) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    from lms_desktop.db.migrate import alembic_config

    previous = (
        ScriptDirectory.from_config(alembic_config()).get_revision(head_revision()).down_revision
    )
    if previous is None:
        pytest.skip("only one schema revision exists, so there is no older schema to open")
    db = tmp_path / "old.sqlite3"
    url = f"sqlite:///{db}"
    command.upgrade(alembic_config(url), str(previous))
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO sites (id, code, name, timezone, created_at) "
            "VALUES (1, 'main', 'Years of work', 'UTC', '2020-01-01 00:00:00')"
        )
    backups = tmp_path / "backups"
    opened = open_database(url, backups)
    opened.database.dispose()
    assert opened.upgraded_from == previous
    assert opened.backup_path is not None and opened.backup_path.parent == backups
    with sqlite3.connect(opened.backup_path) as conn:
        assert conn.execute("SELECT name FROM sites").fetchall() == [("Years of work",)]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (previous,)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
        assert conn.execute("SELECT name FROM sites").fetchall() == [("Years of work",)]


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_bytes(b"this is a shopping list, not a database" * 100)
    with pytest.raises(DatabaseOpenError, match="cannot be opened"):
        open_database(f"sqlite:///{bogus}")


def test_opening_twice_keeps_one_set_of_defaults(db_path: Path) -> None:
    for _ in range(2):
        ctx = open_app(AppConfig.from_args(str(db_path)))
        ctx.database.dispose()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM sites").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM item_types WHERE code='book'").fetchone() == (1,)
