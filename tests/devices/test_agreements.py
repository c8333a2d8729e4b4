"""A device type can require an acceptable-use agreement; the receipt prints as a PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.agreements import (
    ReceiptSnapshot,
    agreement_for,
    agreement_for_device,
    remove_agreement,
    set_agreement,
    write_receipt_pdf,
)

HOTSPOT_RULES = (
    "I will use the hotspot for schoolwork only. I will keep it charged and bring it back "
    "by the due date. Lost or damaged hotspots are billed at replacement cost."
)


def test_the_newest_agreement_for_a_type_is_the_one_used(
    uow: UnitOfWork, three_chromebooks: list[str]
) -> None:
    assert agreement_for(uow, "hotspot") is None
    set_agreement(uow, "chromebook", "Chromebook agreement 2025", "Old text")
    newer = set_agreement(uow, "chromebook", "Chromebook agreement 2026", "New text")
    assert agreement_for(uow, "chromebook") == newer
    assert agreement_for_device(uow, "CB-0001") == newer
    remove_agreement(uow, "chromebook")
    assert agreement_for_device(uow, "CB-0001") is None


def test_the_receipt_pdf_names_patron_device_components_condition_date_and_text(
    tmp_path: Path,
) -> None:
    snapshot = ReceiptSnapshot(
        school_name="Lincoln Middle School",
        agreement_title="Hotspot loan agreement",
        agreement_body=HOTSPOT_RULES,
        patron_name="Maya Okafor",
        patron_barcode="P20417",
        homeroom="7B",
        asset_tag="HS-0007",
        device_description="Kajeet SmartSpot (hotspot)",
        serial_number="KJ-55521",
        components=("charger", "USB-C cable"),
        condition_text="problems: other: scuffed corner",
        accepted_on="2026-11-22",
        due_text="2026-12-13 20:00 UTC",
        staff_name="Ms. Rivera",
    )
    pdf = write_receipt_pdf(snapshot, tmp_path / "receipt.pdf")
    reader = PdfReader(pdf)
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in (
        "Lincoln Middle School",
        "Maya Okafor",
        "P20417",
        "HS-0007",
        "KJ-55521",
        "charger, USB-C cable",
        "scuffed corner",
        "2026-11-22",
        "for schoolwork only",
        "Parent / guardian signature",
    ):
        assert expected in text, expected
    assert reader.metadata.title == "Device agreement receipt HS-0007"
