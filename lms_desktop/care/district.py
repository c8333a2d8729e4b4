"""District mode: several schools (sites) in one database, each with its own loan rules."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from lms_desktop.circulation.models import Item, LoanPolicy, Patron
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.school.models import DEFAULT_SITE_ID, Site
from lms_desktop.texts import say

_POLICY_COLUMNS = tuple(
    c.name for c in LoanPolicy.__table__.columns if c.name not in ("id", "site_id")
)


@dataclass(frozen=True)
class SiteView:
    id: int
    code: str
    name: str
    timezone: str
    items: int
    patrons: int


def add_site(
    uow: UnitOfWork,
    code: str,
    name: str,
    timezone: str = "America/New_York",
    copy_rules_from: int = DEFAULT_SITE_ID,
) -> SiteView:
    """Add a school to the district, starting from a copy of another school's loan rules.

    The caller commits. Each school's copies, patrons and rules are its own from then on.
    """
    require_permission(uow, Permission.EDIT_SETTINGS)
    clean_code = code.strip().lower()
    if not clean_code or not clean_code.replace("-", "").replace("_", "").isalnum():
        raise ValidationError(say("A school code is short letters and digits, like 'north'."))
    if not name.strip():
        raise ValidationError(say("Type the school's name."))
    if uow.session.scalar(select(Site.id).where(Site.code == clean_code)) is not None:
        raise ValidationError(
            say("There is already a school with the code '{code}'.", code=clean_code)
        )
    site = Site(code=clean_code, name=name.strip(), timezone=timezone)
    uow.session.add(site)
    uow.session.flush()
    for rule in uow.session.scalars(
        select(LoanPolicy).where(LoanPolicy.site_id == copy_rules_from)
    ).all():
        uow.session.add(
            LoanPolicy(site_id=site.id, **{c: getattr(rule, c) for c in _POLICY_COLUMNS})
        )
    uow.session.flush()
    return SiteView(site.id, site.code, site.name, site.timezone, 0, 0)


def list_sites(uow: UnitOfWork) -> list[SiteView]:
    items: dict[int, int] = {
        site_id: count
        for site_id, count in uow.session.execute(
            select(Item.site_id, func.count()).group_by(Item.site_id)
        )
    }
    patrons: dict[int, int] = {
        site_id: count
        for site_id, count in uow.session.execute(
            select(Patron.site_id, func.count()).group_by(Patron.site_id)
        )
    }
    return [
        SiteView(s.id, s.code, s.name, s.timezone, items.get(s.id, 0), patrons.get(s.id, 0))
        for s in uow.session.scalars(select(Site).order_by(Site.id))
    ]


def resolve_site(uow: UnitOfWork, code_or_id: str) -> SiteView:
    """The school a desk was opened for (LMS_SITE / --site): its code or its number."""
    wanted = code_or_id.strip()
    query = select(Site).where(Site.code == wanted.lower())
    if wanted.isdigit():
        query = select(Site).where(Site.id == int(wanted))
    site = uow.session.scalar(query)
    if site is None:
        known = ", ".join(s.code for s in uow.session.scalars(select(Site).order_by(Site.id)))
        raise NotFoundError(
            say(
                "There is no school '{wanted}' in this database (schools: {known}). "
                "Check LMS_SITE, or add the school with 'lms-desktop site add'.",
                wanted=wanted,
                known=known,
            )
        )
    return next(view for view in list_sites(uow) if view.id == site.id)
