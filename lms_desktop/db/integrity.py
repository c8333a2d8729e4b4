"""Integrity checks of the database file."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from lms_desktop.db.unit_of_work import Database
from lms_desktop.texts import Text, say


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...]


def check_database(database: Database) -> IntegrityReport:
    """Run SQLite's integrity_check and foreign_key_check (other databases: a ping)."""
    problems: list[str] = []
    with database.engine.connect() as conn:
        if database.engine.dialect.name != "sqlite":
            conn.execute(text("SELECT 1"))
            return IntegrityReport(ok=True, problems=())
        for (line,) in conn.exec_driver_sql("PRAGMA integrity_check").fetchall():
            if line != "ok":
                problems.append(integrity_problem(line))
        for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
            problems.append(missing_row_problem(table, rowid, parent))
    return IntegrityReport(ok=not problems, problems=tuple(problems))


def integrity_problem(line: str) -> Text:
    """One line of SQLite's integrity_check that is not "ok"."""
    return say("integrity: {line}", line=line)


def missing_row_problem(table: str, rowid: object, parent: str) -> Text:
    """One row that foreign_key_check found pointing at nothing."""
    return say(
        "row {rowid} of {table} points to a missing row in {parent}",
        rowid=rowid,
        table=table,
        parent=parent,
    )
