"""Device register to and from CSV (one row per device, asset tag as the key)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select

from lms_desktop.circulation.models import Item
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.models import Cart, Device
from lms_desktop.devices.register import (
    DeviceInput,
    add_device,
    device_input_of,
    find_device_ids,
    update_device,
)
from lms_desktop.errors import DomainError, ValidationError
from lms_desktop.texts import say

CSV_COLUMNS: tuple[str, ...] = (
    "asset_tag",
    "device_type",
    "make",
    "model",
    "serial_number",
    "mac_address",
    "imei",
    "purchase_date",
    "price",
    "warranty_end",
    "status",
    "home_location",
    "cart",
    "cart_slot",
    "notes",
)
REQUIRED_COLUMNS = ("asset_tag", "device_type")


@dataclass(frozen=True)
class ImportProblem:
    line: int
    asset_tag: str
    message: str


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    problems: tuple[ImportProblem, ...]

    def summary(self) -> str:
        if self.problems:
            return say(
                "{added} added, {updated} updated, {unchanged} unchanged, {skipped} rows skipped",
                added=self.added,
                updated=self.updated,
                unchanged=self.unchanged,
                skipped=len(self.problems),
            )
        return say(
            "{added} added, {updated} updated, {unchanged} unchanged",
            added=self.added,
            updated=self.updated,
            unchanged=self.unchanged,
        )


def _money(cents: int | None) -> str:
    return "" if cents is None else f"{Decimal(cents) / 100:.2f}"


def _parse_money(text: str) -> int | None:
    cleaned = text.strip().replace("$", "").replace(",", "")
    if not cleaned:
        return None
    try:
        return int((Decimal(cleaned) * 100).to_integral_value())
    except InvalidOperation:
        raise ValidationError(
            say("price '{text}' is not an amount; write it like 289.00", text=text)
        ) from None


def _parse_date(text: str, column: str) -> date | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        pass
    parts = cleaned.split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        month, day, year = (int(p) for p in parts)
        try:
            return date(year, month, day)
        except ValueError:
            pass
    raise ValidationError(
        say(
            "{column} '{text}' is not a date; write it as 2025-08-14 or 8/14/2025",
            column=column,
            text=text,
        )
    )


def export_devices_csv(uow: UnitOfWork, out: io.TextIOBase | Path) -> int:
    """Write every device; returns how many rows were written."""
    if isinstance(out, Path):
        with out.open("w", newline="", encoding="utf-8-sig") as handle:
            return export_devices_csv(uow, handle)
    ids = find_device_ids(uow)
    carts = {
        item_id: (name, slot)
        for item_id, name, slot in uow.session.execute(
            select(Device.item_id, Cart.name, Device.cart_slot).join(
                Cart, Cart.id == Device.cart_id
            )
        )
    }
    tags: dict[int, str] = {
        item_id: barcode
        for item_id, barcode in uow.session.execute(
            select(Item.id, Item.barcode).where(Item.id.in_(ids))
        )
    }
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for item_id in ids:
        d = device_input_of(uow, tags[item_id])
        cart_name, slot = carts.get(item_id, ("", None))
        writer.writerow(
            [
                d.asset_tag,
                d.device_type,
                d.make,
                d.model,
                d.serial_number,
                d.mac_address,
                d.imei,
                d.purchase_date.isoformat() if d.purchase_date else "",
                _money(d.price_cents),
                d.warranty_end.isoformat() if d.warranty_end else "",
                d.status,
                d.home_location,
                cart_name,
                "" if slot is None else slot,
                d.notes,
            ]
        )
    return len(ids)


def _row_input(row: dict[str, str]) -> DeviceInput:
    def get(name: str) -> str:
        return (row.get(name) or "").strip()

    return DeviceInput(
        asset_tag=get("asset_tag"),
        device_type=get("device_type").lower(),
        make=get("make"),
        model=get("model"),
        serial_number=get("serial_number"),
        mac_address=get("mac_address"),
        imei=get("imei"),
        purchase_date=_parse_date(get("purchase_date"), "purchase_date"),
        price_cents=_parse_money(get("price")),
        warranty_end=_parse_date(get("warranty_end"), "warranty_end"),
        home_location=get("home_location"),
        notes=get("notes"),
        status=get("status").lower() or "available",
    )


def _either(names: list[str]) -> str:
    """'asset_tag' or 'asset_tag or device_type' (the column names stay as written)."""
    said: str = names[0]
    for name in names[1:]:
        said = say("{first} or {second}", first=said, second=name)
    return said


def import_devices_csv(
    uow: UnitOfWork,
    source: io.TextIOBase | Path,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Add or update devices by asset tag. A bad row is skipped and reported by line;
    the good rows are imported. The caller commits (or not, for a dry run)."""
    if isinstance(source, Path):
        with source.open(newline="", encoding="utf-8-sig") as handle:
            return import_devices_csv(uow, handle, progress)
    reader = csv.DictReader(source)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ValidationError(
            say(
                "The CSV file has no {columns} column. The first line must name the columns; "
                "export the register once to get a template ({all_columns}).",
                columns=_either(missing),
                all_columns=", ".join(CSV_COLUMNS),
            )
        )
    reader.fieldnames = header
    added = updated = unchanged = 0
    problems: list[ImportProblem] = []
    for index, row in enumerate(reader, start=2):
        tag = (row.get("asset_tag") or "").strip()
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        savepoint = uow.session.begin_nested()
        try:
            data = _row_input(row)
            exists = uow.session.scalar(select(Item.id).where(Item.barcode == data.asset_tag))
            if exists is None:
                status = data.status
                add_device(uow, replace(data, status="available"))
                if status != "available":
                    update_device(uow, data.asset_tag, data)
                added += 1
            else:
                before = device_input_of(uow, data.asset_tag)
                if before == data:
                    unchanged += 1
                else:
                    if data.status == "on_loan" or before.status in ("on_loan", "in_repair"):
                        data = replace(data, status=before.status)
                    update_device(uow, data.asset_tag, data)
                    updated += 1
            _place_in_cart(uow, data.asset_tag, row.get("cart") or "", row.get("cart_slot") or "")
            savepoint.commit()
        except DomainError as exc:
            savepoint.rollback()
            problems.append(ImportProblem(index, tag, exc.message))
        if progress is not None:
            progress(index - 1)
    return ImportResult(added, updated, unchanged, tuple(problems))


def _place_in_cart(uow: UnitOfWork, tag: str, cart_name: str, slot_text: str) -> None:
    if not cart_name.strip():
        return
    from lms_desktop.devices.carts import assign_to_slot, cart_by_name

    cart = cart_by_name(uow, cart_name.strip())
    try:
        slot = int(slot_text)
    except ValueError:
        raise ValidationError(
            say(
                "cart_slot '{text}' is not a slot number; write the slot number in the cart",
                text=slot_text,
            )
        ) from None
    assign_to_slot(uow, cart.cart_barcode, slot, tag)
