"""The check-out/check-in checklist, and which damage is new since the device went out."""

from __future__ import annotations

import pytest

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.condition import (
    ConditionInput,
    condition_history,
    new_damage,
    record_condition,
)
from lms_desktop.devices.register import device_item_id
from lms_desktop.errors import ValidationError

GOOD = ConditionInput()


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (GOOD, GOOD, ()),
        (GOOD, ConditionInput(screen_ok=False), ("screen",)),
        (ConditionInput(screen_ok=False), ConditionInput(screen_ok=False), ()),
        (
            ConditionInput(hinge_ok=False),
            ConditionInput(keyboard_ok=False, hinge_ok=False),
            ("keyboard",),
        ),
        (GOOD, ConditionInput(other="sticky keys"), ("other: sticky keys",)),
        (ConditionInput(other="scratch"), ConditionInput(other="scratch"), ()),
        (None, ConditionInput(charger_ok=False), ("charger",)),
    ],
)
def test_new_damage_is_what_was_fine_at_checkout_and_is_not_now(
    before: ConditionInput | None, after: ConditionInput, expected: tuple[str, ...]
) -> None:
    assert new_damage(before, after) == expected


def test_the_checklist_reads_as_a_sentence() -> None:
    assert GOOD.text() == "all good"
    assert ConditionInput(screen_ok=False, other="dent").text() == "problems: screen, other: dent"


def test_checks_are_kept_newest_first_with_who_did_them(
    uow: UnitOfWork, three_chromebooks: list[str]
) -> None:
    item_id = device_item_id(uow, "CB-0001")
    record_condition(uow, item_id, "checkout", GOOD)
    record_condition(uow, item_id, "checkin", ConditionInput(hinge_ok=False))
    history = condition_history(uow, item_id)
    assert [c.phase for c in history] == ["checkin", "checkout"]
    assert history[0].condition.hinge_ok is False
    assert history[0].by == "Ms. Rivera"
    with pytest.raises(ValidationError):
        record_condition(uow, item_id, "lunch", GOOD)
