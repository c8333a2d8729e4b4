"""A scan the desk acknowledged survives a pulled power cord: every commit is synced."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from lms_desktop.db.unit_of_work import Database

pytestmark = pytest.mark.sqlite_only


def test_every_connection_syncs_each_commit_to_the_disk(database: Database) -> None:
    # SIGKILL tests cannot see this: the OS still holds the data. Only a power cut can,
    # and with synchronous=NORMAL in WAL mode it may take back the last commits.
    for _ in range(2):  # a fresh connection gets it too
        with database.engine.connect() as conn:
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        database.engine.dispose()
