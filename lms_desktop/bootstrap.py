"""Composition root: settings -> database -> services -> (optionally) the UI."""

from __future__ import annotations

from dataclasses import dataclass

from lms_desktop.config import AppConfig
from lms_desktop.db.migrate import OpenResult, open_database
from lms_desktop.db.unit_of_work import Database
from lms_desktop.school.setup import ensure_school_defaults


@dataclass(frozen=True)
class AppContext:
    """What every front end (GUI, CLI, tests) needs: the config and the open database."""

    config: AppConfig
    database: Database
    opened: OpenResult


def open_app(config: AppConfig) -> AppContext:
    """Open and migrate the database and make sure the school's defaults exist."""
    opened = open_database(config.database_url, config.backup_dir)
    database = opened.database
    with database.unit_of_work() as uow:
        if ensure_school_defaults(uow):
            uow.commit()
    return AppContext(config=config, database=database, opened=opened)
