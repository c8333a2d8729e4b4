"""The starting point every new database gets: a site, item and patron types, loan rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from sqlalchemy import null, select, text

from lms_desktop.circulation.models import ItemType, LoanPolicy, PatronType
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.school.models import DEFAULT_SITE_ID, Site
from lms_desktop.school.settings import SCHOOL_NAME, set_setting


@dataclass(frozen=True)
class ItemTypeDefault:
    code: str
    name: str
    kind: str
    replacement_cost_cents: int


ITEM_TYPES: tuple[ItemTypeDefault, ...] = (
    ItemTypeDefault("book", "Book", "book", 2000),
    ItemTypeDefault("reference", "Reference book", "book", 4000),
    ItemTypeDefault("graphic_novel", "Graphic novel", "book", 1500),
    ItemTypeDefault("audiobook", "Audiobook", "book", 3000),
    ItemTypeDefault("dvd", "DVD", "book", 2000),
    ItemTypeDefault("magazine", "Magazine", "book", 500),
    ItemTypeDefault("chromebook", "Chromebook", "device", 30000),
    ItemTypeDefault("ipad", "iPad", "device", 35000),
    ItemTypeDefault("hotspot", "Wi-Fi hotspot", "device", 15000),
    ItemTypeDefault("charger", "Charger", "device", 3000),
    ItemTypeDefault("calculator", "Graphing calculator", "device", 12000),
    ItemTypeDefault("camera", "Camera", "device", 25000),
    ItemTypeDefault("cart", "Device cart", "equipment", 0),
    ItemTypeDefault("maker_tool", "Makerspace tool", "equipment", 0),
)

PATRON_TYPES: tuple[tuple[str, str], ...] = (
    ("student", "Student"),
    ("teacher", "Teacher"),
    ("staff", "Staff"),
)


def _policy_for(patron: str, item: ItemTypeDefault) -> dict[str, object]:
    """Sensible starting loan rules a librarian then adjusts in Settings."""
    staff = patron in ("teacher", "staff")
    if item.code == "reference":
        return {"loan_days": 1, "max_items": 1 if not staff else 5, "max_renewals": 0}
    if item.kind == "book":
        return {
            "loan_days": 28 if staff else 14,
            "max_items": 25 if staff else 3,
            "max_renewals": 3 if staff else 2,
        }
    if item.code == "hotspot":
        return {"loan_days": 21, "max_items": 1, "max_renewals": 1}
    if item.code == "cart":
        # a teacher books a cart for a period: due at the end of the current period of
        # the bell schedule (without one, at the end of the school day)
        return {
            "loan_days": None,
            "loan_periods": 1,
            "max_items": 2 if staff else 0,
            "max_renewals": 0,
        }
    if item.kind == "device":
        return {
            "loan_days": None,
            "due_time": time(15, 0),
            "max_items": 3 if staff else 1,
            "max_renewals": 0,
            "holds_allowed": False,
        }
    return {"loan_days": None, "loan_periods": 1, "max_items": 1, "max_renewals": 0}


def ensure_school_defaults(uow: UnitOfWork, school_name: str = "My School") -> bool:
    """Create the default site, types and loan rules if the database has none.

    Returns True when anything was created. Safe to call on every start.
    """
    session = uow.session
    if session.get(Site, DEFAULT_SITE_ID) is not None:
        return False
    session.add(Site(id=DEFAULT_SITE_ID, code="main", name=school_name))
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        # the explicit id does not move PostgreSQL's sequence; the district's next school
        # would otherwise collide with this one
        session.execute(text("SELECT setval(pg_get_serial_sequence('sites', 'id'), 1)"))
    set_setting(uow, SCHOOL_NAME, school_name)
    item_types = {
        d.code: ItemType(
            code=d.code, name=d.name, kind=d.kind, replacement_cost_cents=d.replacement_cost_cents
        )
        for d in ITEM_TYPES
    }
    patron_types = {code: PatronType(code=code, name=name) for code, name in PATRON_TYPES}
    session.add_all([*item_types.values(), *patron_types.values()])
    session.flush()
    defaults_by_code = {d.code: d for d in ITEM_TYPES}
    for p_code, p_type in patron_types.items():
        for i_code, i_type in item_types.items():
            # null(): a plain None would let the column default (14 days) fill in, and
            # turn every same-day device loan into a two-week one
            rules = {
                key: null() if value is None else value
                for key, value in _policy_for(p_code, defaults_by_code[i_code]).items()
            }
            session.add(
                LoanPolicy(
                    site_id=DEFAULT_SITE_ID,
                    patron_type_id=p_type.id,
                    item_type_id=i_type.id,
                    **rules,
                )
            )
    return True


def item_type_id(uow: UnitOfWork, code: str) -> int:
    found = uow.session.scalar(select(ItemType.id).where(ItemType.code == code))
    if found is None:
        raise LookupError(f"no item type {code!r}")
    return found


def patron_type_id(uow: UnitOfWork, code: str) -> int:
    found = uow.session.scalar(select(PatronType.id).where(PatronType.code == code))
    if found is None:
        raise LookupError(f"no patron type {code!r}")
    return found
