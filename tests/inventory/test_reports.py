"""The inventory results and weeding log reports, rendered through the reports registry."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import NotFoundError
from lms_desktop.inventory.shelf import InventoryScope, close_inventory, scan_item, start_inventory
from lms_desktop.inventory.weeding import withdraw_in_bulk
from lms_desktop.reports.common import ReportParams
from lms_desktop.reports.service import render_report
from tests.inventory.helpers import add_copy
from tests.reports.conftest import pdf_pages

TODAY = date(2026, 6, 1)


def test_the_inventory_report_lists_missing_misshelved_and_out_of_order(
    database: Database,
) -> None:
    add_copy(database, "A1", "500.1 ABE", title="Atoms for Everyone")
    add_copy(database, "A2", "510.2 BAR", title="Bar Graphs")
    add_copy(database, "A3", "599.75 CAT", title="Cats of the World")
    add_copy(database, "F1", "FIC ZED", title="Zed's Dragon", location="Annex")
    with database.unit_of_work() as uow:
        session_id = start_inventory(uow, InventoryScope(location="Main")).id
    with database.unit_of_work() as uow:
        for barcode in ("A3", "A1", "F1", "??"):
            scan_item(uow, session_id, barcode, shelf="Shelf 5")
        uow.commit()
    with database.unit_of_work() as uow:
        close_inventory(uow, session_id)
    params = ReportParams(TODAY, TODAY)
    with database.unit_of_work() as uow:
        pdf = render_report(uow, "inventory", params, "pdf")
        data = render_report(uow, "inventory", params, "csv").data.decode("utf-8-sig")
    text = "\n".join(pdf_pages(pdf.data))
    assert "Inventory results" in text
    assert "Bar Graphs" in text  # missing
    assert "Zed's Dragon" in text and "belongs in Annex" in text  # misshelved
    assert "Cats of the World" in text  # out of order (scanned before 500.1)
    rows = list(csv.reader(io.StringIO(data)))
    assert any(row[:1] == ["510.2 BAR"] and "missing (to review)" in row for row in rows)
    assert any("??" in row for row in rows)


def test_the_inventory_report_needs_an_inventory(database: Database) -> None:
    with database.unit_of_work() as uow, pytest.raises(NotFoundError, match="Start one"):
        render_report(uow, "inventory", ReportParams(TODAY, TODAY), "pdf")


def test_the_weeding_log_report(database: Database) -> None:
    old = add_copy(database, "G1", "004.6 OLD", title="Floppy Disks Explained", year=1994)
    with database.unit_of_work(staff_name="Ms. Rivera") as uow:
        withdraw_in_bulk(uow, [old], "outdated", on=TODAY)
    today = date.today()
    with database.unit_of_work() as uow:
        pdf = render_report(uow, "weeding-log", ReportParams(today, today), "pdf")
        xlsx = render_report(uow, "weeding-log", ReportParams(today, today), "xlsx")
    text = "\n".join(pdf_pages(pdf.data))
    assert "Floppy Disks Explained" in text and "outdated" in text and "Ms. Rivera" in text
    assert xlsx.data[:2] == b"PK"
