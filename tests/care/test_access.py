"""Staff sign in with a name and PIN; each role may do only its own work."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import PermissionDeniedError, ValidationError
from lms_desktop.school.access import (
    DESK_PERMISSIONS,
    Permission,
    Role,
    add_staff,
    has_staff_accounts,
    hash_pin,
    idle_lock_minutes,
    require_permission,
    role_allows,
    set_idle_lock_minutes,
    set_staff_active,
    set_staff_pin,
    sign_in,
    verify_pin,
)
from lms_desktop.school.models import StaffUser


def test_a_pin_is_stored_only_as_a_salted_slow_hash() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second  # salted
    assert "2468" not in first
    assert first.startswith("scrypt$16384$8$1$")
    assert verify_pin("2468", first)
    assert not verify_pin("2469", first)
    assert not verify_pin("2468", "md5$whatever")
    assert not verify_pin("2468", None)


@pytest.mark.parametrize(
    ("role", "permission", "allowed"),
    [
        (Role.LIBRARIAN, Permission.EDIT_CATALOG, True),
        (Role.LIBRARIAN, Permission.VIEW_READING_HISTORY, True),
        (Role.AIDE, Permission.CHECK_OUT, True),
        (Role.AIDE, Permission.CHECK_IN, True),
        (Role.AIDE, Permission.RENEW, True),
        (Role.AIDE, Permission.PLACE_HOLD, True),
        (Role.AIDE, Permission.EDIT_CATALOG, False),
        (Role.AIDE, Permission.EDIT_PATRONS, False),
        (Role.AIDE, Permission.WAIVE_FEES, False),
        (Role.AIDE, Permission.EDIT_SETTINGS, False),
        (Role.AIDE, Permission.VIEW_REPORTS, False),
        (Role.AIDE, Permission.VIEW_READING_HISTORY, False),
        (Role.KIOSK, Permission.CHECK_OUT, True),
        (Role.KIOSK, Permission.CHECK_IN, False),
        (Role.KIOSK, Permission.TAKE_PAYMENT, False),
        (Role.KIOSK, Permission.EDIT_PATRONS, False),
    ],
)
def test_the_role_table(role: Role, permission: Permission, allowed: bool) -> None:
    assert role_allows(role, permission) is allowed


def test_the_aide_does_desk_work_only() -> None:
    assert frozenset(Permission) > DESK_PERMISSIONS
    assert all(role_allows(Role.AIDE, p) == (p in DESK_PERMISSIONS) for p in Permission)


def test_the_first_account_is_the_librarian_and_then_only_she_adds_staff(
    database: Database,
) -> None:
    with database.unit_of_work() as uow:
        assert not has_staff_accounts(uow)
        with pytest.raises(ValidationError, match="first staff account must be a librarian"):
            add_staff(uow, "Sam", "aide", "1111")
        add_staff(uow, "Ms  Reed", "librarian", "2468")
        uow.commit()
    with (
        database.unit_of_work(staff_name="Sam", staff_role="aide") as uow,
        pytest.raises(PermissionDeniedError, match="cannot manage staff accounts"),
    ):
        add_staff(uow, "Kim", "aide", "1357")
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        sam = add_staff(uow, "Sam", "aide", "1111")
        assert sam.role is Role.AIDE
        with pytest.raises(ValidationError, match="already a staff account"):
            add_staff(uow, "sam", "aide", "2222")
        with pytest.raises(ValidationError, match="4 to 12 digits"):
            add_staff(uow, "Kim", "aide", "12a4")
        uow.commit()
    with database.unit_of_work() as uow:
        assert has_staff_accounts(uow)


def test_staff_sign_in_with_name_and_pin(database: Database) -> None:
    with database.unit_of_work() as uow:
        add_staff(uow, "Ms Reed", "librarian", "2468")
        add_staff(uow, "Sam", "aide", "1111")
        uow.commit()
    with database.unit_of_work() as uow:
        who = sign_in(uow, "  sam ", "1111")
        assert (who.name, who.role) == ("Sam", Role.AIDE)
        with pytest.raises(PermissionDeniedError, match="do not match"):
            sign_in(uow, "Sam", "2468")
        with pytest.raises(PermissionDeniedError, match="do not match"):
            sign_in(uow, "Nobody", "1111")
        set_staff_active(uow, "Sam", False)
        with pytest.raises(PermissionDeniedError, match="do not match"):
            sign_in(uow, "Sam", "1111")
        with pytest.raises(ValidationError, match="last active librarian"):
            set_staff_active(uow, "Ms Reed", False)


def test_an_aide_changes_her_own_pin_but_nobody_elses(database: Database) -> None:
    with database.unit_of_work() as uow:
        add_staff(uow, "Ms Reed", "librarian", "2468")
        add_staff(uow, "Sam", "aide", "1111")
        uow.commit()
    with database.unit_of_work(staff_name="Sam", staff_role="aide") as uow:
        set_staff_pin(uow, "Sam", "9999")
        with pytest.raises(PermissionDeniedError):
            set_staff_pin(uow, "Ms Reed", "0000")
        uow.commit()
    with database.unit_of_work() as uow:
        assert sign_in(uow, "Sam", "9999").role is Role.AIDE
        rows = uow.session.scalars(select(StaffUser.pin_hash)).all()
        assert all(h.startswith("scrypt$") for h in rows)


def test_the_kiosk_acts_only_for_the_student_at_the_kiosk(database: Database) -> None:
    with database.unit_of_work(staff_name="Kiosk", staff_role="kiosk", kiosk_patron_id=7) as uow:
        require_permission(uow, Permission.CHECK_OUT, patron_id=7)
        with pytest.raises(PermissionDeniedError, match="only use your own account"):
            require_permission(uow, Permission.CHECK_OUT, patron_id=8)
        with pytest.raises(PermissionDeniedError, match="cannot check items in"):
            require_permission(uow, Permission.CHECK_IN)
    with (
        database.unit_of_work(staff_name="Kiosk", staff_role="kiosk") as uow,
        pytest.raises(PermissionDeniedError, match="own account"),
    ):
        require_permission(uow, Permission.CHECK_OUT, patron_id=7)


def test_the_idle_lock_is_a_librarian_setting(database: Database) -> None:
    with database.unit_of_work() as uow:
        assert idle_lock_minutes(uow) == 5
        set_idle_lock_minutes(uow, 2)
        uow.commit()
    with database.unit_of_work(staff_name="Sam", staff_role="aide") as uow:
        assert idle_lock_minutes(uow) == 2
        with pytest.raises(PermissionDeniedError, match="cannot change settings"):
            set_idle_lock_minutes(uow, 0)
    with database.unit_of_work() as uow, pytest.raises(ValidationError):
        set_idle_lock_minutes(uow, 999)


def test_staff_names_without_a_pin_do_not_turn_on_sign_in(database: Database) -> None:
    with database.unit_of_work() as uow:
        uow.session.add(StaffUser(name="Ms. Rivera", role="librarian", pin_hash=None))
        uow.flush()
        assert not has_staff_accounts(uow)
        with pytest.raises(PermissionDeniedError, match="has no PIN yet"):
            sign_in(uow, "Ms. Rivera", "1234")
        set_staff_pin(uow, "Ms. Rivera", "1234")
        assert has_staff_accounts(uow)
        assert sign_in(uow, "Ms. Rivera", "1234").role is Role.LIBRARIAN
