"""Where things live: the user data folder, the database URL, the backup folder and the school."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from lms_desktop import APP_ID

DATABASE_URL_ENV = "LMS_DATABASE_URL"
DATA_DIR_ENV = "LMS_DATA_DIR"
SITE_ENV = "LMS_SITE"


def _dirs() -> PlatformDirs:
    return PlatformDirs(appname=APP_ID, appauthor=False)


def user_data_dir() -> Path:
    """The folder that holds the database and backups; `LMS_DATA_DIR` overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(_dirs().user_data_dir)


def default_database_path() -> Path:
    return user_data_dir() / "library.sqlite3"


def default_backup_dir() -> Path:
    return user_data_dir() / "backups"


def database_url_from(value: str | None) -> str:
    """Turn `--db PATH_OR_URL`, `LMS_DATABASE_URL` or nothing into a SQLAlchemy URL.

    Order: the explicit value, then the environment, then the default SQLite file.
    A value with `://` is a URL as it is; anything else is a path to a SQLite file.
    """
    chosen = value or os.environ.get(DATABASE_URL_ENV) or str(default_database_path())
    if "://" in chosen:
        return chosen
    return "sqlite:///" + str(Path(chosen).expanduser().resolve())


def site_choice_from(value: str | None) -> str | None:
    """Which school this workstation works for: `--site CODE_OR_ID`, else `LMS_SITE`.

    None (neither given, or blank) means the database's first school, as on a computer
    with one school's file. The choice is resolved against the database when it opens
    (`lms_desktop.bootstrap.workstation_site`).
    """
    for chosen in (value, os.environ.get(SITE_ENV)):
        if chosen is not None and chosen.strip():
            return chosen.strip()
    return None


def sqlite_path_of(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    if not url.startswith("sqlite"):
        return None
    _, _, rest = url.partition(":///")
    if not rest or rest == ":memory:":
        return None
    return Path(rest.split("?", 1)[0])


def describe_database(url: str) -> str:
    """A human description of where the database is, with any password hidden."""
    path = sqlite_path_of(url)
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@dataclass(frozen=True)
class AppConfig:
    """What the composition root needs to start."""

    database_url: str
    backup_dir: Path
    # the school (site) code or number chosen for this workstation; None: the first school
    site: str | None = None

    @classmethod
    def from_args(
        cls, db: str | None = None, backup_dir: str | None = None, site: str | None = None
    ) -> AppConfig:
        url = database_url_from(db)
        if backup_dir:
            backups = Path(backup_dir)
        else:
            path = sqlite_path_of(url)
            backups = (path.parent / "backups") if path else default_backup_dir()
        return cls(database_url=url, backup_dir=backups, site=site_choice_from(site))
