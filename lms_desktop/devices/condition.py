"""The short condition checklist at check-out and check-in, and what changed between them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.models import ConditionCheck
from lms_desktop.errors import ValidationError
from lms_desktop.texts import Text, joined, say

PHASES = ("checkout", "checkin")
# (field, the part's name as a checklist or a damage note says it)
PARTS: tuple[tuple[str, Text], ...] = (
    ("screen_ok", say("screen")),
    ("keyboard_ok", say("keyboard")),
    ("hinge_ok", say("hinge")),
    ("charger_ok", say("charger")),
)


@dataclass(frozen=True)
class ConditionInput:
    """Ticked boxes: True means the part is fine."""

    screen_ok: bool = True
    keyboard_ok: bool = True
    hinge_ok: bool = True
    charger_ok: bool = True
    other: str = ""

    @property
    def all_good(self) -> bool:
        return not self.problems

    @property
    def problems(self) -> tuple[str, ...]:
        found: list[str] = [name for field, name in PARTS if not getattr(self, field)]
        if self.other.strip():
            found.append(say("other: {note}", note=self.other.strip()))
        return tuple(found)

    def text(self) -> str:
        """'all good' or 'problems: screen, hinge, other: sticker residue'."""
        if self.all_good:
            return say("all good")
        return say("problems: {parts}", parts=joined(*self.problems, sep=", "))


@dataclass(frozen=True)
class ConditionView:
    id: int
    item_id: int
    loan_id: int | None
    phase: str
    condition: ConditionInput
    at: datetime
    by: str


def record_condition(
    uow: UnitOfWork,
    item_id: int,
    phase: str,
    condition: ConditionInput,
    loan_id: int | None = None,
) -> ConditionView:
    if phase not in PHASES:
        raise ValidationError(
            say("'{phase}' is not a condition-check phase (checkout or checkin).", phase=phase)
        )
    check = ConditionCheck(
        item_id=item_id,
        loan_id=loan_id,
        phase=phase,
        screen_ok=condition.screen_ok,
        keyboard_ok=condition.keyboard_ok,
        hinge_ok=condition.hinge_ok,
        charger_ok=condition.charger_ok,
        other=condition.other.strip()[:300],
        by=uow.staff_name or "",
    )
    uow.session.add(check)
    uow.session.flush()
    return _view(check)


def _view(check: ConditionCheck) -> ConditionView:
    return ConditionView(
        id=check.id,
        item_id=check.item_id,
        loan_id=check.loan_id,
        phase=check.phase,
        condition=ConditionInput(
            check.screen_ok, check.keyboard_ok, check.hinge_ok, check.charger_ok, check.other
        ),
        at=check.at,
        by=check.by,
    )


def condition_history(uow: UnitOfWork, item_id: int, limit: int = 200) -> list[ConditionView]:
    checks = uow.session.scalars(
        select(ConditionCheck)
        .where(ConditionCheck.item_id == item_id)
        .order_by(ConditionCheck.at.desc(), ConditionCheck.id.desc())
        .limit(limit)
    )
    return [_view(c) for c in checks]


def checkout_condition(uow: UnitOfWork, loan_id: int) -> ConditionInput | None:
    check = uow.session.scalar(
        select(ConditionCheck).where(
            ConditionCheck.loan_id == loan_id, ConditionCheck.phase == "checkout"
        )
    )
    return _view(check).condition if check is not None else None


def new_damage(before: ConditionInput | None, after: ConditionInput) -> tuple[str, ...]:
    """Parts that were fine when the device went out and are not fine now."""
    was_ok = before or ConditionInput()
    found: list[str] = [
        name for field, name in PARTS if getattr(was_ok, field) and not getattr(after, field)
    ]
    if after.other.strip() and after.other.strip() != was_ok.other.strip():
        found.append(say("other: {note}", note=after.other.strip()))
    return tuple(found)
