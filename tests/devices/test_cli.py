"""The school's IT person imports the register from a spreadsheet and prints the hand-off."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader

from lms_desktop.cli import main
from lms_desktop.db.unit_of_work import Database
from lms_desktop.devices.repairs import open_ticket


def test_import_then_export_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "school.sqlite3")
    source = tmp_path / "devices.csv"
    source.write_text(
        "asset_tag,device_type,make,model,serial_number,price\n"
        "CB-1,chromebook,Lenovo,100e,SN1,289.00\n"
        "CB-2,chromebook,Lenovo,100e,SN2,289.00\n"
        "HS-1,hotspot,Kajeet,SmartSpot,K1,\n"
        "XX-1,toaster,,,,\n",
        encoding="utf-8",
    )
    assert main(["devices", "import", str(source), "--db", db, "--dry-run"]) == 1
    assert "nothing saved" in capsys.readouterr().out
    assert main(["devices", "import", str(source), "--db", db]) == 1
    captured = capsys.readouterr()
    assert "3 added" in captured.out
    assert "line 5 (XX-1)" in captured.err

    target = tmp_path / "out.csv"
    assert main(["devices", "export", str(target), "--db", db]) == 0
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["asset_tag"] for r in rows] == ["CB-1", "CB-2", "HS-1"]
    assert rows[0]["price"] == "289.00"


def test_repair_handoff_writes_pdf_or_csv(
    database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lms_desktop.devices.register import add_device
    from tests.devices.conftest import chromebook

    with database.unit_of_work() as uow:
        add_device(uow, chromebook("CB-9"))
        open_ticket(uow, "CB-9", "Will not boot", "high", "high")
        uow.commit()
    database.dispose()
    pdf = tmp_path / "it.pdf"
    assert main(["repair-handoff", "--out", str(pdf), "--db", str(db_path)]) == 0
    assert "CB-9" in PdfReader(pdf).pages[0].extract_text()
    out_csv = tmp_path / "it.csv"
    assert main(["repair-handoff", "--out", str(out_csv), "--db", str(db_path)]) == 0
    assert "Will not boot" in out_csv.read_text(encoding="utf-8-sig")
    assert main(["repair-handoff", "--out", str(tmp_path / "it.txt"), "--db", str(db_path)]) == 2
    assert ".pdf or .csv" in capsys.readouterr().err


def test_devices_still_out_by_homeroom_from_the_command_line(
    database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lms_desktop.circulation.patrons import PatronInput, create_patron
    from lms_desktop.devices.lending import lend_device
    from lms_desktop.devices.register import DeviceInput, add_device

    with database.unit_of_work() as uow:
        maya = create_patron(uow, PatronInput("P1", "Maya", "Okafor", homeroom="7B")).id
        add_device(uow, DeviceInput("HS-1", "hotspot"))
        assert lend_device(uow, maya, "HS-1").lent
    database.dispose()
    out_csv = tmp_path / "out.csv"
    assert main(["devices", "out", "--csv", str(out_csv), "--db", str(db_path)]) == 0
    printed = capsys.readouterr().out
    assert "1 device still out in 1 homeroom." in printed
    assert "HS-1" in printed and "Okafor, Maya" in printed
    assert "7B" in out_csv.read_text(encoding="utf-8-sig")
