"""Backups on a schedule with 7 daily / 4 weekly / 12 monthly rotation, and restore."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from lms_desktop.config import sqlite_path_of
from lms_desktop.db.backup import backup_sqlite_file
from lms_desktop.db.unit_of_work import Database, UnitOfWork
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.school.settings import get_setting, set_setting
from lms_desktop.texts import say

BACKUP_FOLDER = "care.backup_folder"
KEEP_DAILY = "care.backup_keep_daily"
KEEP_WEEKLY = "care.backup_keep_weekly"
KEEP_MONTHLY = "care.backup_keep_monthly"
BACKUP_ON_CLOSE = "care.backup_on_close"
LAST_BACKUP_AT = "care.last_backup_at"

# A sidecar next to the database remembers the backup folder, so it can still be found
# when the database itself is too damaged to read its settings.
FOLDER_HINT_SUFFIX = ".backup-folder"

BACKUP_PREFIX = "library"
_NAME = re.compile(
    r"^(?P<prefix>.+?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[a-z-]+?)\d*)?\.sqlite3$"
)

# what a preview counts, as (label, SQL); tables a backup may predate are skipped
PREVIEW_COUNTS: tuple[tuple[str, str], ...] = (
    ("titles", "SELECT count(*) FROM bib_records"),
    ("items", "SELECT count(*) FROM items"),
    ("patrons", "SELECT count(*) FROM patrons"),
    ("loans", "SELECT count(*) FROM loans"),
    ("open loans", "SELECT count(*) FROM loans WHERE returned_at IS NULL"),
    ("journal entries", "SELECT count(*) FROM journal_entries"),
)


@dataclass(frozen=True)
class RotationPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local wall-clock time, as in the file name
    reason: str  # manual | daily | close | before-restore | before-upgrade…
    size_bytes: int

    @property
    def rotates(self) -> bool:
        """Only the regular library-… backups rotate; safety copies stay until deleted."""
        return self.path.name.startswith(BACKUP_PREFIX + "-")


@dataclass(frozen=True)
class BackupPreview:
    path: Path
    taken_at: datetime | None
    schema_revision: str | None
    counts: dict[str, int]
    healthy: bool
    problem: str


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None
    moved_aside: Path | None


# rotation: a pure rule


def backups_to_keep(taken: Iterable[datetime], policy: RotationPolicy) -> set[datetime]:
    """Grandfather-father-son: the newest backup of each of the last `daily` days that
    have one, of each of the last `weekly` ISO weeks, and of each of the last `monthly`
    months. The newest backup is always kept."""
    ordered = sorted(set(taken), reverse=True)
    keep: set[datetime] = set()
    if not ordered:
        return keep
    keep.add(ordered[0])

    def newest_per(bucket_of: object, count: int) -> None:
        seen: list[object] = []
        for when in ordered:
            bucket = bucket_of(when)  # type: ignore[operator]
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(bucket)
            keep.add(when)

    newest_per(lambda d: d.date(), policy.daily)
    newest_per(lambda d: d.isocalendar()[:2], policy.weekly)
    newest_per(lambda d: (d.year, d.month), policy.monthly)
    return keep


# listing and preview


def parse_backup_name(path: Path) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    prefix = match["prefix"]
    reason = match["reason"] or ("manual" if prefix == BACKUP_PREFIX else prefix)
    if prefix != BACKUP_PREFIX:
        reason = prefix
    return taken, reason


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.glob("*.sqlite3"):
        parsed = parse_backup_name(path)
        if parsed is None:
            continue
        found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def preview_backup(path: Path) -> BackupPreview:
    """Open a backup read-only: its date, schema, counts and whether it is intact."""
    parsed = parse_backup_name(path)
    taken = parsed[0] if parsed else None
    counts: dict[str, int] = {}
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return BackupPreview(
            path, taken, None, {}, False, say("unreadable ({error})", error=str(exc))
        )
    try:
        check = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        if check != ["ok"]:
            detail = "; ".join(check[:3])
            return BackupPreview(
                path, taken, None, {}, False, say("damaged ({detail})", detail=detail)
            )
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            return BackupPreview(path, taken, None, {}, False, say("not an LMS Desktop database"))
        for label, sql in PREVIEW_COUNTS:
            try:
                counts[label] = int(conn.execute(sql).fetchone()[0])
            except sqlite3.Error:
                continue
    except sqlite3.DatabaseError as exc:
        return BackupPreview(
            path, taken, None, {}, False, say("damaged ({detail})", detail=str(exc))
        )
    finally:
        conn.close()
    return BackupPreview(path, taken, revision[0] if revision else None, counts, True, "")


def latest_good_backup(folder: Path) -> BackupPreview | None:
    """The newest backup in `folder` that opens and passes the quick check."""
    for info in list_backups(folder):
        preview = preview_backup(info.path)
        if preview.healthy:
            return preview
    return None


# settings


def rotation_policy(uow: UnitOfWork) -> RotationPolicy:
    return RotationPolicy(
        daily=int(get_setting(uow, KEEP_DAILY, 7)),
        weekly=int(get_setting(uow, KEEP_WEEKLY, 4)),
        monthly=int(get_setting(uow, KEEP_MONTHLY, 12)),
    )


def backup_folder(uow: UnitOfWork, default: Path) -> Path:
    chosen = get_setting(uow, BACKUP_FOLDER, None)
    return Path(chosen) if chosen else default


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    policy: RotationPolicy
    on_close: bool
    last_backup_at: datetime | None


def backup_settings(uow: UnitOfWork, default_folder: Path) -> BackupSettings:
    last = get_setting(uow, LAST_BACKUP_AT, None)
    return BackupSettings(
        folder=backup_folder(uow, default_folder),
        policy=rotation_policy(uow),
        on_close=bool(get_setting(uow, BACKUP_ON_CLOSE, True)),
        last_backup_at=datetime.fromisoformat(last) if last else None,
    )


def save_backup_settings(
    uow: UnitOfWork,
    database_url: str,
    folder: Path,
    policy: RotationPolicy,
    on_close: bool,
) -> None:
    """Store the backup settings (the caller commits); refuses a folder it cannot write."""
    from lms_desktop.school.access import Permission, require_permission

    require_permission(uow, Permission.MANAGE_BACKUPS)
    if not 1 <= policy.daily <= 60:
        raise ValidationError(say("Keep between 1 and 60 daily backups."))
    if not 1 <= policy.weekly <= 60:
        raise ValidationError(say("Keep between 1 and 60 weekly backups."))
    if not 0 <= policy.monthly <= 120:
        raise ValidationError(say("Keep between 0 and 120 monthly backups."))
    check_folder_writable(folder)
    set_setting(uow, BACKUP_FOLDER, str(folder))
    set_setting(uow, KEEP_DAILY, policy.daily)
    set_setting(uow, KEEP_WEEKLY, policy.weekly)
    set_setting(uow, KEEP_MONTHLY, policy.monthly)
    set_setting(uow, BACKUP_ON_CLOSE, on_close)
    db_file = sqlite_path_of(database_url)
    if db_file is not None:
        hint = db_file.with_name(db_file.name + FOLDER_HINT_SUFFIX)
        hint.write_text(str(folder) + "\n", encoding="utf-8")


def remembered_backup_folder(db_file: Path) -> Path | None:
    hint = db_file.with_name(db_file.name + FOLDER_HINT_SUFFIX)
    try:
        text = hint.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text) if text else None


def check_folder_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".lms-desktop-write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise ValidationError(
            say(
                "Backups cannot be written to {folder} ({why}). Plug in the drive or choose "
                "another folder.",
                folder=str(folder),
                why=str(exc.strerror or exc),
            )
        ) from exc


# making backups


def _require_sqlite_file(database: Database) -> Path:
    path = sqlite_path_of(database.url)
    if path is None:
        raise ValidationError(
            say(
                "This library runs on a district database server; back it up with the "
                "server's own tools (pg_dump) — see docs/DISTRICT.md. Use 'lms-desktop "
                "export-all' for an open copy of everything."
            )
        )
    return path


def make_backup(
    database: Database,
    folder: Path,
    reason: str = "manual",
    now: datetime | None = None,
    policy: RotationPolicy | None = None,
) -> BackupInfo:
    """Back up the live database into `folder` with the online backup API, then rotate.

    The time stamp is local time, which is what the librarian reads in the file name.
    """
    source = _require_sqlite_file(database)
    when = (now or datetime.now()).replace(microsecond=0)
    check_folder_writable(folder)
    name = f"{BACKUP_PREFIX}-{when.strftime('%Y%m%d-%H%M%S')}-{reason}.sqlite3"
    target = folder / name
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{BACKUP_PREFIX}-{when.strftime('%Y%m%d-%H%M%S')}-{reason}{n}.sqlite3"
    backup_sqlite_file(source, target)
    if not _is_healthy(target):
        # a damaged database must not push good backups out of the rotation
        target.unlink(missing_ok=True)
        raise ValidationError(
            say(
                "The library database looks damaged, so no backup was made (the older good "
                "backups are kept). Run 'lms-desktop check' and restore the latest good "
                "backup."
            )
        )
    with database.unit_of_work() as uow:
        set_setting(uow, LAST_BACKUP_AT, when.isoformat())
        uow.commit()
    size = target.stat().st_size
    if policy is not None:
        rotate_backups(folder, policy, protect=target)
    return BackupInfo(target, when, reason, size)


def rotate_backups(folder: Path, policy: RotationPolicy, protect: Path | None = None) -> list[Path]:
    """Delete regular backups the policy no longer keeps; returns what was deleted.

    `protect` (the backup just made) is never deleted, even when another backup has the
    same second in its name.
    """
    regular = [b for b in list_backups(folder) if b.rotates]
    regular.sort(key=lambda b: (b.taken_at, b.path == protect), reverse=True)
    keep = backups_to_keep((b.taken_at for b in regular), policy)
    removed: list[Path] = []
    kept_times: set[datetime] = set()
    for info in regular:  # newest first: the first file of a kept instant is the kept one
        if info.taken_at in keep and info.taken_at not in kept_times:
            kept_times.add(info.taken_at)
            continue
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def daily_backup_due(last_backup_at: datetime | None, now: datetime) -> bool:
    return last_backup_at is None or last_backup_at.date() < now.date()


def run_scheduled_backup(
    database: Database, default_folder: Path, now: datetime | None = None
) -> BackupInfo | None:
    """Make today's backup unless one was made today; None when nothing was due."""
    if sqlite_path_of(database.url) is None:
        return None
    current = now or datetime.now()
    with database.unit_of_work() as uow:
        settings = backup_settings(uow, default_folder)
    if not daily_backup_due(settings.last_backup_at, current):
        return None
    return make_backup(database, settings.folder, "daily", current, settings.policy)


def backup_on_close(
    database: Database, default_folder: Path, now: datetime | None = None
) -> BackupInfo | None:
    if sqlite_path_of(database.url) is None:
        return None
    with database.unit_of_work() as uow:
        settings = backup_settings(uow, default_folder)
    if not settings.on_close:
        return None
    return make_backup(database, settings.folder, "close", now, settings.policy)


# restore


def restore_backup(
    database_file: Path, backup: Path, safety_folder: Path, now: datetime | None = None
) -> RestoreResult:
    """Put `backup` in place of `database_file`. Close every connection first.

    The current database is backed up first (a healthy one with the backup API; a
    damaged one is moved aside untouched), so a restore can itself be undone.
    """
    from lms_desktop.db.migrate import alembic_config

    if not backup.exists():
        raise NotFoundError(
            say("The backup {backup} is gone. Choose another one.", backup=str(backup))
        )
    preview = preview_backup(backup)
    if not preview.healthy:
        raise ValidationError(
            say(
                "The backup {name} is {problem}. Choose an older backup.",
                name=backup.name,
                problem=preview.problem,
            )
        )
    from alembic.script import ScriptDirectory

    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if preview.schema_revision not in known:
        raise ValidationError(
            say(
                "The backup {name} was made by a newer version of LMS Desktop. Install "
                "that version to restore it.",
                name=backup.name,
            )
        )
    when = (now or datetime.now()).replace(microsecond=0)
    stamp = when.strftime("%Y%m%d-%H%M%S")
    safety: Path | None = None
    moved: Path | None = None
    if database_file.exists():
        if _is_healthy(database_file):
            safety = backup_sqlite_file(
                database_file, safety_folder / f"before-restore-{stamp}.sqlite3"
            )
        else:
            safety_folder.mkdir(parents=True, exist_ok=True)
            moved = safety_folder / f"damaged-{stamp}.sqlite3"
            database_file.replace(moved)
            for suffix in ("-wal", "-shm"):
                side = database_file.with_name(database_file.name + suffix)
                if side.exists():
                    side.replace(moved.with_name(moved.name + suffix))
    database_file.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        # the backup API writes through the target's own journal, so a -wal left by the
        # old database cannot be replayed over the restored pages
        dst = sqlite3.connect(database_file)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return RestoreResult(restored_from=backup, safety_copy=safety, moved_aside=moved)


def _is_healthy(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()] == ["ok"]
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def backup_age_days(last: datetime | None, today: date) -> int | None:
    return None if last is None else (today - last.date()).days
