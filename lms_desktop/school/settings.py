"""Read and write the school's settings (kept in the database, per site)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.school.models import DEFAULT_SITE_ID, Setting

SCHOOL_NAME = "school.name"


def get_setting(
    uow: UnitOfWork, key: str, default: Any = None, site_id: int = DEFAULT_SITE_ID
) -> Any:
    """The value of `key` inside an open unit of work, or `default`."""
    row = uow.session.scalar(select(Setting).where(Setting.site_id == site_id, Setting.key == key))
    return default if row is None else json.loads(row.value_json)


def set_setting(uow: UnitOfWork, key: str, value: Any, site_id: int = DEFAULT_SITE_ID) -> None:
    """Store `value` for `key` inside an open unit of work (the caller commits)."""
    row = uow.session.scalar(select(Setting).where(Setting.site_id == site_id, Setting.key == key))
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        uow.session.add(Setting(site_id=site_id, key=key, value_json=encoded))
    else:
        row.value_json = encoded
