"""Quiet integrity checks on a schedule, and what to say when the database is damaged."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from lms_desktop.care.backups import BackupPreview, latest_good_backup, remembered_backup_folder
from lms_desktop.db.integrity import (
    IntegrityReport,
    check_database,
    integrity_problem,
    missing_row_problem,
)
from lms_desktop.db.unit_of_work import Database, UnitOfWork
from lms_desktop.errors import ValidationError
from lms_desktop.school.settings import get_setting, set_setting
from lms_desktop.texts import Text, joined, long_day_text, say

INTEGRITY_EVERY_DAYS = "care.integrity_every_days"
LAST_INTEGRITY_AT = "care.last_integrity_at"
DEFAULT_INTEGRITY_EVERY_DAYS = 7


def integrity_check_due(last: datetime | None, now: datetime, every_days: int) -> bool:
    if every_days <= 0:
        return False
    return last is None or now - last >= timedelta(days=every_days)


def integrity_every_days(uow: UnitOfWork) -> int:
    return int(get_setting(uow, INTEGRITY_EVERY_DAYS, DEFAULT_INTEGRITY_EVERY_DAYS))


def set_integrity_every_days(uow: UnitOfWork, days: int) -> None:
    from lms_desktop.school.access import Permission, require_permission

    require_permission(uow, Permission.EDIT_SETTINGS)
    if not 0 <= days <= 90:
        raise ValidationError(say("Check the database every 0 (never) to 90 days."))
    set_setting(uow, INTEGRITY_EVERY_DAYS, days)


def run_scheduled_check(database: Database, now: datetime | None = None) -> IntegrityReport | None:
    """Run the integrity check if it is due; None when it was not due."""
    current = now or datetime.now()
    with database.unit_of_work() as uow:
        every = integrity_every_days(uow)
        last_text = get_setting(uow, LAST_INTEGRITY_AT, None)
    last = datetime.fromisoformat(last_text) if last_text else None
    if not integrity_check_due(last, current, every):
        return None
    report = check_database(database)
    if report.ok:
        # only a clean result resets the clock: a damaged file is checked on every start
        with database.unit_of_work() as uow:
            set_setting(uow, LAST_INTEGRITY_AT, current.replace(microsecond=0).isoformat())
            uow.commit()
    return report


@dataclass(frozen=True)
class DamageAdvice:
    """What went wrong with the database file and the backup that can replace it."""

    explanation: str
    latest_good: BackupPreview | None
    backup_folder: Path


def check_file(path: Path) -> IntegrityReport:
    """Integrity of a database file that the app could not (or should not) open."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            lines = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return IntegrityReport(
            ok=False, problems=(say("the file cannot be read: {error}", error=str(exc)),)
        )
    problems: list[str] = [integrity_problem(line) for line in lines if line != "ok"]
    problems += [missing_row_problem(table, rowid, parent) for table, rowid, parent, _ in fk]
    return IntegrityReport(ok=not problems, problems=tuple(problems))


def advise_on_damage(
    database_file: Path, default_folder: Path, problems: tuple[str, ...]
) -> DamageAdvice:
    """Explain the damage in plain words and find the latest backup that is intact."""
    folder = remembered_backup_folder(database_file) or default_folder
    good = latest_good_backup(folder)
    if good is None and folder != default_folder:
        good = latest_good_backup(default_folder)
    detail = problems[0] if problems else say("it could not be read")
    damaged = say(
        "The library database {name} is damaged ({detail}). This happens "
        "after a power cut or a failing disk or USB stick.",
        name=database_file.name,
        detail=detail,
    )
    if good is not None and good.taken_at is not None:
        remedy = say(
            "The latest good backup is from {when}; restoring "
            "it brings back everything up to that moment. The damaged file is kept aside.",
            when=backup_time_text(good.taken_at),
        )
    else:
        remedy = say(
            "No intact backup was found in {folder}. Plug in the backup drive, or ask your "
            "IT department for help; do not delete the damaged file.",
            folder=str(folder),
        )
    return DamageAdvice(explanation=joined(damaged, remedy), latest_good=good, backup_folder=folder)


def backup_time_text(when: datetime) -> Text:
    """'Tuesday 15 December 2026 at 14:30', when a backup was taken (translatable)."""
    return say("{day} at {time}", day=long_day_text(when), time=f"{when:%H:%M}")
