"""Roles, permissions and staff sign-in with a name and a PIN hashed with scrypt."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import NotFoundError, PermissionDeniedError, ValidationError
from lms_desktop.school.models import DEFAULT_SITE_ID, StaffUser
from lms_desktop.school.settings import get_setting, set_setting
from lms_desktop.texts import say


class Role(StrEnum):
    LIBRARIAN = "librarian"
    AIDE = "aide"
    KIOSK = "kiosk"


class Permission(StrEnum):
    # the desk
    CHECK_OUT = "check_out"
    CHECK_IN = "check_in"
    RENEW = "renew"
    PLACE_HOLD = "place_hold"
    TAKE_PAYMENT = "take_payment"
    # the librarian's work
    EDIT_CATALOG = "edit_catalog"
    EDIT_PATRONS = "edit_patrons"
    WAIVE_FEES = "waive_fees"
    CHARGE_FEES = "charge_fees"  # a fee by hand, an item marked lost or claims returned
    OVERRIDE_RULES = "override_rules"
    EDIT_SETTINGS = "edit_settings"
    VIEW_REPORTS = "view_reports"
    VIEW_READING_HISTORY = "view_reading_history"
    MANAGE_DEVICES = "manage_devices"
    MANAGE_MAKERSPACE = "manage_makerspace"
    MANAGE_STAFF = "manage_staff"
    MANAGE_BACKUPS = "manage_backups"
    EXPORT_DATA = "export_data"
    UNDO_ANY = "undo_any"


DESK_PERMISSIONS: frozenset[Permission] = frozenset(
    {
        Permission.CHECK_OUT,
        Permission.CHECK_IN,
        Permission.RENEW,
        Permission.PLACE_HOLD,
        Permission.TAKE_PAYMENT,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.LIBRARIAN: frozenset(Permission),
    Role.AIDE: DESK_PERMISSIONS,
    # a student at the self-checkout kiosk: borrow, renew and reserve for themselves only
    Role.KIOSK: frozenset({Permission.CHECK_OUT, Permission.RENEW, Permission.PLACE_HOLD}),
}

ROLE_LABELS: dict[Role, str] = {
    Role.LIBRARIAN: say("librarian"),
    Role.AIDE: say("student aide"),
    Role.KIOSK: say("self-checkout kiosk"),
}

PERMISSION_LABELS: dict[Permission, str] = {
    Permission.CHECK_OUT: say("check items out"),
    Permission.CHECK_IN: say("check items in"),
    Permission.RENEW: say("renew loans"),
    Permission.PLACE_HOLD: say("place holds"),
    Permission.TAKE_PAYMENT: say("take payments"),
    Permission.EDIT_CATALOG: say("change the catalog"),
    Permission.EDIT_PATRONS: say("change patron records"),
    Permission.WAIVE_FEES: say("waive fees"),
    Permission.CHARGE_FEES: say("charge fees or mark items lost or claimed returned"),
    Permission.OVERRIDE_RULES: say("override loan rules"),
    Permission.EDIT_SETTINGS: say("change settings"),
    Permission.VIEW_REPORTS: say("see reports"),
    Permission.VIEW_READING_HISTORY: say("see a patron's reading history"),
    Permission.MANAGE_DEVICES: say("change devices, kits and repair tickets"),
    Permission.MANAGE_MAKERSPACE: say("change makerspace resources and approve bookings"),
    Permission.MANAGE_STAFF: say("manage staff accounts"),
    Permission.MANAGE_BACKUPS: say("back up or restore the database"),
    Permission.EXPORT_DATA: say("export the library's data"),
    Permission.UNDO_ANY: say("undo someone else's action"),
}

IDLE_LOCK_MINUTES = "access.idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 5
PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 12

# scrypt cost: ~50 ms and 16 MiB per guess on a school laptop, so a stolen database file
# does not give up four-digit PINs in seconds, while signing in stays instant.
_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1


def role_of(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError(
            say("'{value}' is not a role. Choose librarian, aide or kiosk.", value=value)
        ) from None


def role_allows(role: str | Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role_of(str(role)), frozenset())


def require_permission(
    uow: UnitOfWork, permission: Permission, *, patron_id: int | None = None
) -> None:
    """Refuse the action unless the unit of work's role allows `permission`.

    At the kiosk a student may act only for their own account: pass the `patron_id` the
    action is for and any other patron is refused.
    """
    role = role_of(uow.staff_role)
    if permission not in ROLE_PERMISSIONS[role]:
        who = uow.staff_name or ROLE_LABELS[role]
        raise PermissionDeniedError(
            say(
                "{who} is signed in as a {role} and cannot {action}. "
                "Ask the librarian to sign in to do this.",
                who=who,
                role=ROLE_LABELS[role],
                action=PERMISSION_LABELS[permission],
            )
        )
    if role is Role.KIOSK and (
        uow.kiosk_patron_id is None or (patron_id is not None and patron_id != uow.kiosk_patron_id)
    ):
        raise PermissionDeniedError(
            say(
                "At the self-checkout kiosk you can only use your own account. "
                "Scan your own library card, or ask at the desk."
            )
        )


# PINs


def hash_pin(pin: str) -> str:
    """A salted scrypt hash of `pin` in a self-describing text form."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32
    )
    return "scrypt${}${}${}${}${}".format(
        _SCRYPT_N,
        _SCRYPT_R,
        _SCRYPT_P,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def verify_pin(pin: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        digest = hashlib.scrypt(
            pin.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


def check_pin_rules(pin: str) -> None:
    if not pin.isdigit() or not PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH:
        raise ValidationError(
            say(
                "A PIN is {shortest} to {longest} digits. Type digits only.",
                shortest=PIN_MIN_LENGTH,
                longest=PIN_MAX_LENGTH,
            )
        )


# staff accounts


@dataclass(frozen=True)
class StaffAccount:
    id: int
    name: str
    role: Role
    active: bool
    has_pin: bool = True


@dataclass(frozen=True)
class SignedIn:
    """Who is at the desk now."""

    staff_id: int | None
    name: str
    role: Role


def _account(row: StaffUser) -> StaffAccount:
    return StaffAccount(
        id=row.id,
        name=row.name,
        role=role_of(row.role),
        active=row.active,
        has_pin=bool(row.pin_hash),
    )


def has_staff_accounts(uow: UnitOfWork, site_id: int = DEFAULT_SITE_ID) -> bool:
    """Whether anyone can sign in (an active account with a PIN).

    False on a fresh install, and when staff are only names without PINs: the app then
    runs as the librarian without sign-in.
    """
    count = uow.session.scalar(
        select(func.count())
        .select_from(StaffUser)
        .where(
            StaffUser.site_id == site_id,
            StaffUser.active.is_(True),
            StaffUser.pin_hash.is_not(None),
        )
    )
    return bool(count)


def list_staff(uow: UnitOfWork, site_id: int = DEFAULT_SITE_ID) -> list[StaffAccount]:
    rows = uow.session.scalars(
        select(StaffUser).where(StaffUser.site_id == site_id).order_by(StaffUser.name)
    )
    return [_account(row) for row in rows]


def _find_staff(uow: UnitOfWork, name: str, site_id: int) -> StaffUser | None:
    return uow.session.scalar(
        select(StaffUser).where(
            StaffUser.site_id == site_id, func.lower(StaffUser.name) == name.strip().lower()
        )
    )


def add_staff(
    uow: UnitOfWork, name: str, role: str, pin: str, site_id: int = DEFAULT_SITE_ID
) -> StaffAccount:
    """Create a staff account. The very first account must be a librarian's."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError(say("Type the staff member's name."))
    chosen = role_of(role)
    first = not has_staff_accounts(uow, site_id)
    if first and chosen is not Role.LIBRARIAN:
        raise ValidationError(
            say(
                "The first staff account must be a librarian, so someone can always manage "
                "the others. Add the librarian first."
            )
        )
    if not first:
        require_permission(uow, Permission.MANAGE_STAFF)
    check_pin_rules(pin)
    if _find_staff(uow, clean, site_id) is not None:
        raise ValidationError(
            say("There is already a staff account named {name}. Pick another.", name=clean)
        )
    row = StaffUser(site_id=site_id, name=clean, role=chosen.value, pin_hash=hash_pin(pin))
    uow.session.add(row)
    uow.session.flush()
    return _account(row)


def set_staff_pin(uow: UnitOfWork, name: str, pin: str, site_id: int = DEFAULT_SITE_ID) -> None:
    """A librarian may reset anyone's PIN; everyone may change their own."""
    row = _find_staff(uow, name, site_id)
    if row is None:
        raise NotFoundError(
            say("There is no staff account named {name}. Check the spelling.", name=name)
        )
    if (uow.staff_name or "").lower() != row.name.lower():
        require_permission(uow, Permission.MANAGE_STAFF)
    check_pin_rules(pin)
    row.pin_hash = hash_pin(pin)


def set_staff_active(
    uow: UnitOfWork, name: str, active: bool, site_id: int = DEFAULT_SITE_ID
) -> None:
    require_permission(uow, Permission.MANAGE_STAFF)
    row = _find_staff(uow, name, site_id)
    if row is None:
        raise NotFoundError(
            say("There is no staff account named {name}. Check the spelling.", name=name)
        )
    if not active and row.role == Role.LIBRARIAN.value:
        others = uow.session.scalar(
            select(func.count())
            .select_from(StaffUser)
            .where(
                StaffUser.site_id == site_id,
                StaffUser.role == Role.LIBRARIAN.value,
                StaffUser.active.is_(True),
                StaffUser.id != row.id,
            )
        )
        if not others:
            raise ValidationError(
                say(
                    "This is the last active librarian account. Add another librarian "
                    "before turning this one off."
                )
            )
    row.active = active


def sign_in(uow: UnitOfWork, name: str, pin: str, site_id: int = DEFAULT_SITE_ID) -> SignedIn:
    """Check a name and PIN; the same message for a wrong name and a wrong PIN."""
    row = _find_staff(uow, name, site_id)
    if row is not None and row.active and not row.pin_hash:
        raise PermissionDeniedError(
            say(
                "{name} has no PIN yet. The librarian sets one in Settings > Privacy and "
                "staff, or with 'lms-desktop staff set-pin'.",
                name=row.name,
            )
        )
    if row is None or not row.active or not verify_pin(pin, row.pin_hash):
        raise PermissionDeniedError(
            say(
                "That name and PIN do not match an active staff account. Try again, or ask "
                "the librarian to reset your PIN."
            )
        )
    return SignedIn(staff_id=row.id, name=row.name, role=role_of(row.role))


def idle_lock_minutes(uow: UnitOfWork, site_id: int = DEFAULT_SITE_ID) -> int:
    """Minutes without input before the screen locks; 0 means never."""
    value = get_setting(uow, IDLE_LOCK_MINUTES, DEFAULT_IDLE_LOCK_MINUTES, site_id)
    return max(0, int(value))


def set_idle_lock_minutes(uow: UnitOfWork, minutes: int, site_id: int = DEFAULT_SITE_ID) -> None:
    require_permission(uow, Permission.EDIT_SETTINGS)
    if not 0 <= minutes <= 240:
        raise ValidationError(say("The idle lock is 0 (never) to 240 minutes."))
    set_setting(uow, IDLE_LOCK_MINUTES, minutes, site_id)
