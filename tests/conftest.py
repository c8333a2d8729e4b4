"""Shared fixtures: a fresh, migrated database per test (SQLite file, or PostgreSQL).

`LMS_TEST_DATABASE=postgresql` runs the same tests against a throw-away PostgreSQL
cluster (tests/pg_cluster.py); tests that need a SQLite file (`db_path`, or marked
`sqlite_only`) are skipped in that run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from lms_desktop.bootstrap import AppContext, open_app
from lms_desktop.config import AppConfig
from lms_desktop.db.unit_of_work import Database
from tests.pg_cluster import PostgresServer, running_postgres

TESTS_DIR = Path(__file__).parent
DATA_DIR = TESTS_DIR / "data"
TEST_DATABASE_ENV = "LMS_TEST_DATABASE"
ON_POSTGRES = os.environ.get(TEST_DATABASE_ENV, "sqlite").lower() in {"postgresql", "postgres"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not ON_POSTGRES:
        return
    skip = pytest.mark.skip(reason="needs a SQLite file; covered by the SQLite run")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server for the session (started here unless LMS_TEST_POSTGRES_URL)."""
    with running_postgres() as server:
        yield server


@pytest.fixture(scope="session")
def postgres_template(
    postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """A database migrated to head with the school's defaults, copied for every test."""
    name = postgres_server.create_database()
    backups = tmp_path_factory.mktemp("pg-template-backups")
    ctx = open_app(AppConfig.from_args(postgres_server.url_for(name), str(backups)))
    ctx.database.dispose()
    postgres_server.mark_template(name)
    return name


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user's data folder or Qt settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("LMS_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.delenv("LMS_DATABASE_URL", raising=False)
    monkeypatch.delenv("LMS_SITE", raising=False)  # a district workstation's own setting


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    if ON_POSTGRES:
        pytest.skip("works on a SQLite file; covered by the SQLite run")
    return tmp_path / "library.sqlite3"


@pytest.fixture
def app_context(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[AppContext]:
    """A real database migrated to head with the school's defaults: a SQLite file, or a
    fresh PostgreSQL database when LMS_TEST_DATABASE=postgresql."""
    if ON_POSTGRES:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        name = server.create_database(template=request.getfixturevalue("postgres_template"))
        ctx = open_app(AppConfig.from_args(server.url_for(name), str(tmp_path / "backups")))
        yield ctx
        ctx.database.dispose()
        server.drop_database(name)
        return
    db_path: Path = request.getfixturevalue("db_path")
    ctx = open_app(AppConfig.from_args(str(db_path)))
    yield ctx
    ctx.database.dispose()


@pytest.fixture
def database(app_context: AppContext) -> Database:
    return app_context.database
