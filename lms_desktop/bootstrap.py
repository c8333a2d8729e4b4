"""Composition root: settings -> database -> services -> (optionally) the UI."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from lms_desktop.config import SITE_ENV, AppConfig
from lms_desktop.db.migrate import OpenResult, open_database
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import NotFoundError
from lms_desktop.school.models import DEFAULT_SITE_ID, Site
from lms_desktop.school.settings import school_name
from lms_desktop.school.setup import ensure_school_defaults
from lms_desktop.texts import say


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


@dataclass(frozen=True)
class WorkstationSite:
    """The school this workstation works for, and whether the database holds several."""

    id: int
    code: str
    name: str
    district: bool  # more than one school in the database


def workstation_site(app: AppContext) -> WorkstationSite:
    """Resolve `config.site` (`--site` / `LMS_SITE`: a code such as `north` or a number).

    No choice means the first school, as on a computer with one school's file. An unknown
    school raises NotFoundError naming the schools the database has.
    """
    from lms_desktop.care.district import list_sites, resolve_site

    if app.config.site is None:
        return describe_site(app.database, DEFAULT_SITE_ID)
    with app.database.unit_of_work() as uow:
        try:
            site_id = resolve_site(uow, app.config.site).id
        except NotFoundError:
            schools = "; ".join(f"{s.code} ({s.id}) {s.name}" for s in list_sites(uow))
            raise NotFoundError(
                say(
                    "This computer is set to work for the school '{site}' (--site or "
                    "{variable}), but the database has no such school. Its schools are: "
                    "{schools}. Start again with one of these codes or numbers, or add the "
                    "school first with 'lms-desktop site add'.",
                    site=app.config.site,
                    variable=SITE_ENV,
                    schools=schools,
                )
            ) from None
    return describe_site(app.database, site_id)


def describe_site(database: Database, site_id: int) -> WorkstationSite:
    """One school by its number, named as it named itself in Settings › School."""
    with database.unit_of_work() as uow:
        site = uow.session.get(Site, site_id)
        code = site.code if site is not None else ""
        name = school_name(uow, site_id)
        schools = uow.session.scalar(select(func.count()).select_from(Site)) or 0
    return WorkstationSite(site_id, code, name, schools > 1)
