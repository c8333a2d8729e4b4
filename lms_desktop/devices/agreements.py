"""Acceptable-use agreements a device type can require, and the signed loan receipt."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select

from lms_desktop.circulation.models import Item, Loan, Patron
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.condition import ConditionInput
from lms_desktop.devices.models import AgreementReceipt, AgreementText, Device
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.school.settings import SCHOOL_NAME, get_setting
from lms_desktop.texts import say


@dataclass(frozen=True)
class AgreementView:
    id: int
    device_type: str
    title: str
    body: str


@dataclass(frozen=True)
class ReceiptSnapshot:
    """Everything printed on the receipt, frozen at the moment of the loan."""

    school_name: str
    agreement_title: str
    agreement_body: str
    patron_name: str
    patron_barcode: str
    homeroom: str
    asset_tag: str
    device_description: str
    serial_number: str
    components: tuple[str, ...]
    condition_text: str
    accepted_on: str
    due_text: str
    staff_name: str


def set_agreement(uow: UnitOfWork, device_type: str, title: str, body: str) -> AgreementView:
    """Make this the agreement for the device type; the previous text is kept for old
    receipts but no longer used."""
    if not title.strip() or not body.strip():
        raise ValidationError(say("An agreement needs a title and its text."))
    for old in uow.session.scalars(
        select(AgreementText).where(
            AgreementText.device_type == device_type, AgreementText.active.is_(True)
        )
    ):
        old.active = False
    agreement = AgreementText(
        device_type=device_type, title=title.strip(), body=body.strip(), active=True
    )
    uow.session.add(agreement)
    uow.session.flush()
    return AgreementView(agreement.id, device_type, agreement.title, agreement.body)


def remove_agreement(uow: UnitOfWork, device_type: str) -> None:
    """The device type no longer needs an agreement."""
    for old in uow.session.scalars(
        select(AgreementText).where(
            AgreementText.device_type == device_type, AgreementText.active.is_(True)
        )
    ):
        old.active = False


def agreement_for(uow: UnitOfWork, device_type: str) -> AgreementView | None:
    row = uow.session.scalar(
        select(AgreementText)
        .where(AgreementText.device_type == device_type, AgreementText.active.is_(True))
        .order_by(AgreementText.id.desc())
    )
    return AgreementView(row.id, row.device_type, row.title, row.body) if row else None


def agreement_for_device(uow: UnitOfWork, asset_tag: str) -> AgreementView | None:
    device_type = uow.session.scalar(
        select(Device.device_type)
        .join(Item, Item.id == Device.item_id)
        .where(Item.barcode == asset_tag)
    )
    return agreement_for(uow, device_type) if device_type else None


def record_receipt(
    uow: UnitOfWork,
    loan_id: int,
    agreement: AgreementView,
    components: tuple[str, ...],
    condition: ConditionInput,
    due_text: str = "",
    accepted_on: str = "",
) -> int:
    """Store the receipt of an accepted agreement for a loan; returns its id."""
    loan = uow.session.get(Loan, loan_id)
    if loan is None:
        raise NotFoundError(say("That loan does not exist."))
    item = uow.session.get(Item, loan.item_id)
    device = uow.session.get(Device, loan.item_id)
    patron = uow.session.get(Patron, loan.patron_id) if loan.patron_id else None
    assert item is not None and device is not None
    snapshot = ReceiptSnapshot(
        school_name=get_setting(uow, SCHOOL_NAME, "My School"),
        agreement_title=agreement.title,
        agreement_body=agreement.body,
        patron_name=f"{patron.first_name} {patron.last_name}" if patron else "",
        patron_barcode=patron.barcode if patron else "",
        homeroom=patron.homeroom if patron else "",
        asset_tag=item.barcode,
        device_description=" ".join(
            p for p in (device.make, device.model, f"({device.device_type})") if p
        ),
        serial_number=device.serial_number,
        components=components,
        condition_text=condition.text(),
        accepted_on=accepted_on or loan.checked_out_at.date().isoformat(),
        due_text=due_text,
        staff_name=uow.staff_name or "",
    )
    receipt = AgreementReceipt(
        agreement_id=agreement.id,
        loan_id=loan.id,
        patron_id=loan.patron_id,
        item_id=item.id,
        snapshot_json=json.dumps(asdict(snapshot), ensure_ascii=False),
    )
    uow.session.add(receipt)
    uow.session.flush()
    return receipt.id


def receipt_snapshot(uow: UnitOfWork, receipt_id: int) -> ReceiptSnapshot:
    receipt = uow.session.get(AgreementReceipt, receipt_id)
    if receipt is None:
        raise NotFoundError(say("That agreement receipt does not exist."))
    data = json.loads(receipt.snapshot_json)
    data["components"] = tuple(data.get("components", ()))
    return ReceiptSnapshot(**data)


def receipts_for_loan(uow: UnitOfWork, loan_id: int) -> list[int]:
    return list(
        uow.session.scalars(select(AgreementReceipt.id).where(AgreementReceipt.loan_id == loan_id))
    )


def write_receipt_pdf(snapshot: ReceiptSnapshot, path: Path) -> Path:
    from lms_desktop.devices.pdf import receipt_pdf

    return receipt_pdf(snapshot, path)
