"""Kits: components (charger, case, stylus) that go out and come back with a device."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from lms_desktop.circulation.fees import add_fee
from lms_desktop.circulation.journal import ChangeLog, record_entry
from lms_desktop.circulation.models import Item, Loan, Patron
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.models import Device, DeviceComponent, LoanComponent
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.texts import joined, say


@dataclass(frozen=True)
class ComponentView:
    id: int
    device_item_id: int
    name: str
    barcode: str
    replacement_fee_cents: int
    present: bool


@dataclass(frozen=True)
class LoanComponentView:
    loan_component_id: int
    component: ComponentView
    returned: bool | None
    fee_id: int | None


@dataclass(frozen=True)
class ComponentSettlement:
    """What came back with a device and what is now charged to the borrower."""

    returned: tuple[str, ...]
    missing: tuple[LoanComponentView, ...]
    fee_ids: tuple[int, ...]

    @property
    def fee_total_cents(self) -> int:
        return sum(m.component.replacement_fee_cents for m in self.missing)


def _device_item_id(uow: UnitOfWork, asset_tag: str) -> int:
    found = uow.session.scalar(
        select(Device.item_id)
        .join(Item, Item.id == Device.item_id)
        .where(Item.barcode == asset_tag)
    )
    if found is None:
        raise NotFoundError(say("No device has the asset tag {tag}. Check the tag.", tag=asset_tag))
    return found


def _view(c: DeviceComponent) -> ComponentView:
    return ComponentView(
        c.id, c.device_item_id, c.name, c.barcode or "", c.replacement_fee_cents, c.present
    )


def add_component(
    uow: UnitOfWork,
    asset_tag: str,
    name: str,
    replacement_fee_cents: int = 0,
    barcode: str | None = None,
) -> ComponentView:
    if not name.strip():
        raise ValidationError(say("Name the component, e.g. 'charger' or 'case'."))
    if replacement_fee_cents < 0:
        raise ValidationError(say("A replacement fee cannot be negative."))
    component = DeviceComponent(
        device_item_id=_device_item_id(uow, asset_tag),
        name=name.strip(),
        barcode=(barcode or "").strip() or None,
        replacement_fee_cents=replacement_fee_cents,
        present=True,
    )
    uow.session.add(component)
    uow.session.flush()
    return _view(component)


def remove_component(uow: UnitOfWork, component_id: int) -> None:
    component = uow.session.get(DeviceComponent, component_id)
    if component is None:
        raise NotFoundError(say("That component is no longer on record."))
    used = uow.session.scalar(
        select(LoanComponent.id).where(LoanComponent.component_id == component_id).limit(1)
    )
    if used is not None:
        # it went out on loans: keep it for the history, just mark it gone from the kit
        component.present = False
    else:
        uow.session.delete(component)
    uow.session.flush()


def mark_component_present(uow: UnitOfWork, component_id: int, present: bool = True) -> None:
    """A missing charger turned up (or a new one was put in the kit)."""
    component = uow.session.get(DeviceComponent, component_id)
    if component is None:
        raise NotFoundError(say("That component is no longer on record."))
    component.present = present


def components_of(uow: UnitOfWork, item_id: int, present_only: bool = False) -> list[ComponentView]:
    query = select(DeviceComponent).where(DeviceComponent.device_item_id == item_id)
    if present_only:
        query = query.where(DeviceComponent.present.is_(True))
    return [_view(c) for c in uow.session.scalars(query.order_by(DeviceComponent.id))]


def record_components_out(uow: UnitOfWork, loan_id: int) -> list[ComponentView]:
    """The kit leaves with the loan: every component now in the kit goes on the loan."""
    loan = uow.session.get(Loan, loan_id)
    if loan is None:
        raise NotFoundError(say("That loan does not exist."))
    already = set(
        uow.session.scalars(
            select(LoanComponent.component_id).where(LoanComponent.loan_id == loan_id)
        )
    )
    out = components_of(uow, loan.item_id, present_only=True)
    for component in out:
        if component.id not in already:
            uow.session.add(LoanComponent(loan_id=loan_id, component_id=component.id))
    uow.session.flush()
    return out


def components_on_loan(uow: UnitOfWork, loan_id: int) -> list[LoanComponentView]:
    rows = uow.session.execute(
        select(LoanComponent, DeviceComponent)
        .join(DeviceComponent, DeviceComponent.id == LoanComponent.component_id)
        .where(LoanComponent.loan_id == loan_id)
        .order_by(DeviceComponent.id)
    )
    return [LoanComponentView(lc.id, _view(c), lc.returned, lc.fee_id) for lc, c in rows]


def settle_components(
    uow: UnitOfWork,
    loan_id: int,
    returned_component_ids: Collection[int],
    changes: ChangeLog,
    *,
    now: datetime | None = None,
) -> ComponentSettlement:
    """The ticked components came back; each missing one is charged to the borrower (kind
    'component') with its replacement fee and leaves the kit. No commit: every change goes
    into `changes`, so undoing the action that settled the kit restores it and drops the fee.
    """
    now = now or utcnow()
    loan = uow.session.get(Loan, loan_id)
    if loan is None:
        raise NotFoundError(say("That loan does not exist."))
    item_barcode = uow.session.scalar(select(Item.barcode).where(Item.id == loan.item_id))
    patron = uow.session.get(Patron, loan.patron_id) if loan.patron_id is not None else None
    returned: list[str] = []
    missing: list[LoanComponentView] = []
    fee_ids: list[int] = []
    for lc, component in uow.session.execute(
        select(LoanComponent, DeviceComponent)
        .join(DeviceComponent, DeviceComponent.id == LoanComponent.component_id)
        .where(LoanComponent.loan_id == loan_id, LoanComponent.returned.is_(None))
        .order_by(DeviceComponent.id)
    ):
        if component.id in returned_component_ids:
            changes.update(lc, returned=True)
            returned.append(component.name)
            continue
        fee_id = None
        if component.replacement_fee_cents > 0 and patron is not None:
            fee = add_fee(
                uow,
                changes,
                patron_id=patron.id,
                kind="component",
                amount_cents=component.replacement_fee_cents,
                item_id=loan.item_id,
                loan_id=loan.id,
                description=f"{component.name} of device {item_barcode} not returned",
                now=now,
                site_id=patron.site_id,
            )
            fee_id = fee.id
            fee_ids.append(fee.id)
        changes.update(lc, returned=False, fee_id=fee_id)
        changes.update(component, present=False)
        missing.append(LoanComponentView(lc.id, _view(component), False, fee_id))
    uow.session.flush()
    return ComponentSettlement(tuple(returned), tuple(missing), tuple(fee_ids))


def check_kit(
    uow: UnitOfWork,
    loan_id: int,
    returned_component_ids: Collection[int],
    *,
    now: datetime | None = None,
) -> ComponentSettlement:
    """Kits to check: tick off the kit of a device already checked in. One journal entry
    (undoable like any desk action) holds the kit changes and any fee. Commits."""
    now = now or utcnow()
    changes = ChangeLog()
    settlement = settle_components(uow, loan_id, returned_component_ids, changes, now=now)
    loan = uow.session.get(Loan, loan_id)
    assert loan is not None
    tag = uow.session.scalar(select(Item.barcode).where(Item.id == loan.item_id)) or ""
    record_entry(
        uow,
        "kit_check",
        kit_summary(tag, settlement),
        changes=changes,
        patron_id=loan.patron_id,
        item_id=loan.item_id,
        at=now,
        site_id=loan.site_id,
    )
    uow.commit()
    return settlement


def kit_summary(asset_tag: str, settlement: ComponentSettlement) -> str:
    """One line for the journal and the desk: what came back and what is charged."""
    parts = [say("Kit of {tag} checked:", tag=asset_tag)]
    if settlement.returned:
        parts.append(say("back {names}.", names=", ".join(settlement.returned)))
    if settlement.missing:
        names = ", ".join(m.component.name for m in settlement.missing)
        if settlement.fee_total_cents:
            parts.append(
                say(
                    "missing {names} (${fee:.2f} charged).",
                    names=names,
                    fee=settlement.fee_total_cents / 100,
                )
            )
        else:
            parts.append(say("missing {names}.", names=names))
    if len(parts) == 1:
        parts.append(say("nothing went out with it."))
    return joined(*parts)


@dataclass(frozen=True)
class KitCheck:
    """A device loan closed (e.g. scanned in at the desk) whose kit is not checked yet."""

    loan_id: int
    asset_tag: str
    patron_name: str
    patron_barcode: str
    returned_at: datetime
    components: tuple[LoanComponentView, ...]


def kits_to_check(uow: UnitOfWork, limit: int = 200) -> list[KitCheck]:
    """Returned device loans whose components were never ticked off, newest first."""
    loan_ids = list(
        uow.session.scalars(
            select(LoanComponent.loan_id)
            .join(Loan, Loan.id == LoanComponent.loan_id)
            .where(LoanComponent.returned.is_(None), Loan.returned_at.is_not(None))
            .group_by(LoanComponent.loan_id)
            .order_by(func.max(Loan.returned_at).desc())
            .limit(limit)
        )
    )
    checks = []
    for loan_id in loan_ids:
        row = uow.session.execute(
            select(
                Item.barcode, Loan.returned_at, Patron.first_name, Patron.last_name, Patron.barcode
            )
            .join(Item, Item.id == Loan.item_id)
            .outerjoin(Patron, Patron.id == Loan.patron_id)
            .where(Loan.id == loan_id)
        ).one()
        pending = tuple(v for v in components_on_loan(uow, loan_id) if v.returned is None)
        checks.append(
            KitCheck(
                loan_id=loan_id,
                asset_tag=row[0],
                patron_name=f"{row[3]}, {row[2]}" if row[3] is not None else "",
                patron_barcode=row[4] or "",
                returned_at=row[1],
                components=pending,
            )
        )
    return checks
