"""Year-end collection: which devices are still out, grouped by homeroom."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from typing import Any

from sqlalchemy import select

from lms_desktop.circulation.models import Item, Loan, Patron
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.models import Device
from lms_desktop.texts import say


@dataclass(frozen=True)
class DeviceOutLine:
    patron_name: str
    patron_barcode: str
    asset_tag: str
    device_type: str
    checked_out_at: datetime
    due_at: datetime
    overdue: bool


@dataclass(frozen=True)
class HomeroomDevicesOut:
    homeroom: str
    teacher: str
    lines: tuple[DeviceOutLine, ...]


def devices_out_by_homeroom(
    uow: UnitOfWork, now: datetime | None = None
) -> list[HomeroomDevicesOut]:
    """Every device on loan, by homeroom (teachers and staff under 'Staff'), then name."""
    moment = now or utcnow()
    rows = uow.session.execute(
        select(
            Patron.homeroom,
            Patron.homeroom_teacher,
            Patron.last_name,
            Patron.first_name,
            Patron.barcode,
            Item.barcode,
            Device.device_type,
            Loan.checked_out_at,
            Loan.due_at,
        )
        .join(Item, Item.id == Loan.item_id)
        .join(Device, Device.item_id == Item.id)
        .outerjoin(Patron, Patron.id == Loan.patron_id)
        .where(Loan.returned_at.is_(None))
    ).all()

    def homeroom_of(row: Any) -> str:
        return str(row[0] or "") or say("Staff / no homeroom")

    ordered = sorted(rows, key=lambda r: (homeroom_of(r), r[2] or "", r[3] or "", r[5]))
    result: list[HomeroomDevicesOut] = []
    for homeroom, group in groupby(ordered, key=homeroom_of):
        members = list(group)
        result.append(
            HomeroomDevicesOut(
                homeroom=homeroom,
                teacher=next((str(r[1]) for r in members if r[1]), ""),
                lines=tuple(
                    DeviceOutLine(
                        patron_name=f"{r[2]}, {r[3]}" if r[2] is not None else say("(anonymous)"),
                        patron_barcode=r[4] or "",
                        asset_tag=r[5],
                        device_type=r[6],
                        checked_out_at=r[7],
                        due_at=r[8],
                        overdue=r[8] < moment,
                    )
                    for r in members
                ),
            )
        )
    return result


def write_devices_out_csv(groups: list[HomeroomDevicesOut], path: object) -> None:
    import csv
    from pathlib import Path

    from lms_desktop.devices.repairs import spreadsheet_safe

    target = Path(str(path))
    with target.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["homeroom", "teacher", "student", "card", "asset_tag", "device_type", "due", "overdue"]
        )
        for group in groups:
            for line in group.lines:
                cells = [
                    group.homeroom,
                    group.teacher,
                    line.patron_name,
                    line.patron_barcode,
                    line.asset_tag,
                    line.device_type,
                    line.due_at.date().isoformat(),
                    "yes" if line.overdue else "",
                ]
                writer.writerow([spreadsheet_safe(cell) for cell in cells])
