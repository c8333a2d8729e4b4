"""Read and write the school's settings (kept in the database, per site)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import ValidationError
from lms_desktop.school.models import DEFAULT_SITE_ID, Setting, Site
from lms_desktop.texts import say

SCHOOL_NAME = "school.name"
SCHOOL_LOGO = "school.logo_path"  # the key reports.common.SCHOOL_LOGO reads
SCHOOL_NAME_MAX = 200

# Settings (keys, or key prefixes) that only someone allowed to EDIT_SETTINGS may write:
# the school's name and logo, label sheets, symbology and printer offsets, the scanner,
# the notice texts sent home to families, the idle lock, privacy, makerspace and hold
# rules, and the backup and integrity schedule. Bookkeeping such as when the last backup
# ran is not among them, so the jobs a desk runs for an aide still record their work.
LIBRARIAN_SETTINGS: tuple[str, ...] = (
    "school.",
    "labels.",
    "scanner.",
    "reports.",
    "access.",
    "privacy.",
    "makerspace.",
    "circulation.",
    "care.backup_",
    "care.integrity_every_days",
)


def is_librarian_setting(key: str) -> bool:
    return key.startswith(LIBRARIAN_SETTINGS)


def get_setting(
    uow: UnitOfWork, key: str, default: Any = None, site_id: int = DEFAULT_SITE_ID
) -> Any:
    """The value of `key` inside an open unit of work, or `default`."""
    row = uow.session.scalar(select(Setting).where(Setting.site_id == site_id, Setting.key == key))
    return default if row is None else json.loads(row.value_json)


def set_setting(uow: UnitOfWork, key: str, value: Any, site_id: int = DEFAULT_SITE_ID) -> None:
    """Store `value` for `key` inside an open unit of work (the caller commits).

    A librarian's setting (`LIBRARIAN_SETTINGS`) is refused unless the unit of work may
    EDIT_SETTINGS, whichever service or screen writes it.
    """
    if is_librarian_setting(key):
        # access.py reads its own settings through this module, hence the late import
        from lms_desktop.school.access import Permission, require_permission

        require_permission(uow, Permission.EDIT_SETTINGS)
    row = uow.session.scalar(select(Setting).where(Setting.site_id == site_id, Setting.key == key))
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        uow.session.add(Setting(site_id=site_id, key=key, value_json=encoded))
    else:
        row.value_json = encoded


def school_name(uow: UnitOfWork, site_id: int = DEFAULT_SITE_ID) -> str:
    """The name the school gave itself; a school added with `lms-desktop site add` has
    only its name in the district's list (no setting yet), so that one is used."""
    stored = get_setting(uow, SCHOOL_NAME, None, site_id)
    if stored:
        return str(stored)
    site = uow.session.get(Site, site_id)
    return site.name if site is not None and site.name else "My School"


def set_school_name(uow: UnitOfWork, name: str, site_id: int = DEFAULT_SITE_ID) -> str:
    """Rename the school (letterheads, labels, receipts, the site list). Commits."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError(say("The school name cannot be empty. Type the school's name."))
    if len(clean) > SCHOOL_NAME_MAX:
        raise ValidationError(
            say(
                "A school name is at most {longest} characters. Shorten it.",
                longest=SCHOOL_NAME_MAX,
            )
        )
    set_setting(uow, SCHOOL_NAME, clean, site_id)
    site = uow.session.get(Site, site_id)
    if site is not None:
        site.name = clean
    uow.commit()
    return clean


def set_school_logo(uow: UnitOfWork, path: str | None, site_id: int = DEFAULT_SITE_ID) -> None:
    """Use the image at `path` as the school's logo on reports (None: no logo). Commits."""
    chosen = (path or "").strip()
    if chosen and not Path(chosen).is_file():
        raise ValidationError(
            say("There is no image file at {path}. Choose the logo again.", path=chosen)
        )
    set_setting(uow, SCHOOL_LOGO, chosen or None, site_id)
    uow.commit()
