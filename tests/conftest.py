"""Shared fixtures: a fresh, migrated SQLite database file per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from lms_desktop.bootstrap import AppContext, open_app
from lms_desktop.config import AppConfig
from lms_desktop.db.unit_of_work import Database

TESTS_DIR = Path(__file__).parent
DATA_DIR = TESTS_DIR / "data"


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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def app_context(db_path: Path) -> Iterator[AppContext]:
    """A real SQLite file, migrated to head, with the school's defaults."""
    ctx = open_app(AppConfig.from_args(str(db_path)))
    yield ctx
    ctx.database.dispose()


@pytest.fixture
def database(app_context: AppContext) -> Database:
    return app_context.database
