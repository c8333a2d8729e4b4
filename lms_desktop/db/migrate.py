"""Open a database: refuse a newer schema, back up, then upgrade to the current one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from lms_desktop.config import describe_database, sqlite_path_of
from lms_desktop.db.backup import backup_sqlite_file, timestamped_name
from lms_desktop.db.engine import make_engine
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import DatabaseOpenError, DatabaseVersionError
from lms_desktop.texts import say

log = logging.getLogger(__name__)


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    script_location = resources.files("lms_desktop.db") / "migrations"
    cfg.set_main_option("script_location", str(script_location))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def sqlite_virtual_table_filter(
    connection: Connection,
) -> Callable[..., bool]:  # Alembic's own hook type names literal kinds
    """An Alembic `include_name` hook that ignores SQLite virtual tables (FTS5 indexes).

    They and their shadow tables (`<name>_data`, `<name>_idx`, ...) are created by
    SQLite-only migrations and have no model, so autogenerate must not diff them.
    """
    # Looked up on first use only: running a query here would open a transaction on the
    # connection before Alembic begins its own, and Alembic would then never commit.
    virtual: list[str] | None = None

    def include_name(name: str | None, type_: str, _parents: dict[str, str | None]) -> bool:
        nonlocal virtual
        if type_ != "table" or name is None:
            return True
        if virtual is None:
            virtual = []
            if connection.dialect.name == "sqlite":
                virtual = [
                    row[0]
                    for row in connection.exec_driver_sql(
                        "SELECT name FROM sqlite_master WHERE type = 'table' "
                        "AND sql LIKE 'CREATE VIRTUAL TABLE%'"
                    )
                ]
        return not any(name == v or name.startswith(f"{v}_") for v in virtual)

    return include_name


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads; merge them: {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class OpenResult:
    database: Database
    upgraded_from: str | None
    backup_path: Path | None
    created: bool


def open_database(url: str, backup_dir: Path | None = None) -> OpenResult:
    """Open (creating if needed) and migrate the database at `url`.

    A database written by a newer LMS Desktop is refused rather than damaged; an older
    one is copied to `backup_dir` before it is upgraded.
    """
    path = sqlite_path_of(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        current = current_revision(engine)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise DatabaseOpenError(
            say(
                "The library database at {where} cannot be opened: {why}. If the file is "
                "damaged, restore your latest backup (lms-desktop restore).",
                where=describe_database(url),
                why=_first_line(exc),
            )
        ) from exc

    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        engine.dispose()
        raise DatabaseVersionError(
            say(
                "The library database at {where} was saved by a newer version of LMS "
                "Desktop (schema {schema}). Install the newer version to open it, or open a "
                "backup made with this version. The database was not changed.",
                where=describe_database(url),
                schema=current,
            )
        )

    backup_path: Path | None = None
    if current is not None and current != head and path is not None:
        target_dir = backup_dir or path.parent / "backups"
        backup_path = backup_sqlite_file(
            path, target_dir / timestamped_name(f"before-upgrade-{current}", datetime.now())
        )
        log.info("backed up %s to %s before upgrading", path, backup_path)

    if current != head:
        cfg = alembic_config(url)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    return OpenResult(
        database=Database(engine, url),
        upgraded_from=current if current != head else None,
        backup_path=backup_path,
        created=current is None,
    )


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)) or type(exc).__name__
    return text.splitlines()[0]
