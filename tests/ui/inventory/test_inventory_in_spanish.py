"""A Spanish-reading aide scans shelves, and the librarian weeds and rolls the year over,
reading what the inventory says in Spanish."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.errors import ConflictError
from lms_desktop.inventory.shelf import (
    InventoryScope,
    close_inventory,
    scan_item,
    start_inventory,
)
from lms_desktop.inventory.weeding import WeedingRule
from lms_desktop.inventory.yearend import RolloverView, describe_rollover
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text, shown
from lms_desktop.ui.inventory.section import InventorySection
from tests.inventory.helpers import add_copy

pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def library(app_context: AppContext) -> dict[str, int]:
    db = app_context.database
    return {
        "A1": add_copy(db, "A1", "500.1 ABE", title="Atoms"),
        "A2": add_copy(db, "A2", "510.2 BAR", title="Bar Graphs"),
        "F1": add_copy(db, "F1", "FIC ADA", title="Fiction", location="Annex"),
    }


@pytest.fixture
def section(
    spanish: None, qtbot: QtBot, ctx: UiContext, library: dict[str, int]
) -> InventorySection:
    widget = InventorySection(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def _scan(qtbot: QtBot, section: InventorySection, barcode: str) -> object:
    with qtbot.waitSignal(section.shelf.scan_handled, timeout=5000) as handled:
        qtbot.keyClicks(section.shelf.scan_edit, barcode)
        qtbot.keyClick(section.shelf.scan_edit, Qt.Key.Key_Return)
    return handled.args[0]


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def test_in_spanish_the_aide_reads_what_each_shelf_scan_means(
    qtbot: QtBot, section: InventorySection
) -> None:
    shelf = section.shelf
    qtbot.keyClicks(shelf.from_edit, "500")
    qtbot.keyClicks(shelf.to_edit, "599")
    qtbot.mouseClick(shelf.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shelf.scan_edit.isEnabled() and shelf.overall.maximum() == 2)
    assert shelf.last_scan.text() == (
        "Escaneando signaturas de 500 a 599: escriba el estante y luego escanee cada libro."
    )
    qtbot.keyClicks(shelf.shelf_edit, "Estante 5")
    found = _scan(qtbot, section, "A1")
    assert found.message == "Atoms (500.1 ABE)"  # type: ignore[attr-defined]
    stray = _scan(qtbot, section, "F1")  # a novel on the science shelf
    assert stray.message == (  # type: ignore[attr-defined]
        "Fiction (FIC ADA) does not belong on these shelves: reshelve it."
    )
    assert shelf.last_scan.text() == (
        "Fiction (FIC ADA) no es de estos estantes: colóquelo en su sitio."
    )
    unknown = _scan(qtbot, section, "ZZ999")
    assert unknown.outcome == "unknown"  # type: ignore[attr-defined]
    assert shelf.last_scan.text() == (
        "ZZ999 no es un ejemplar del catálogo. Apártelo para el bibliotecario."
    )
    # once the lists are read again, the misshelved list says where the novel was found
    where = "encontrado aquí, pero fuera de los estantes de este inventario"
    qtbot.waitUntil(lambda: _cell(shelf.misshelved_table, 0, 3) == where, timeout=5000)


def test_in_spanish_a_scan_on_a_closed_inventory_is_refused_with_its_day(
    spanish: None, app_context: AppContext, library: dict[str, int]
) -> None:
    db = app_context.database
    with db.unit_of_work() as uow:
        view = start_inventory(uow, InventoryScope(call_from="500", call_to="599"), name="500s")
    with db.unit_of_work() as uow:
        close_inventory(uow, view.id)
    with db.unit_of_work() as uow, pytest.raises(ConflictError) as refused:
        scan_item(uow, view.id, "A1")
    assert refused.value.message.startswith("“500s” was closed on ")
    spanish_text = error_text(refused.value)
    assert spanish_text.startswith("«500s» se cerró el ")
    assert spanish_text.endswith(". Empiece un inventario nuevo para escanear más estantes.")


def test_in_spanish_the_weeding_list_says_why_a_copy_is_a_candidate(spanish: None) -> None:
    rule = WeedingRule("500", "599", older_than_years=5, not_borrowed_years=3)
    reasons = rule.describe()
    assert reasons == "500–599, published 5+ years ago, not borrowed in 3 years"
    assert shown(reasons) == "500–599, publicado hace 5 años o más, sin prestar en 3 años"


def test_in_spanish_the_librarian_is_told_which_rollover_an_undo_would_restore(
    spanish: None,
) -> None:
    applied = RolloverView(
        1, datetime(2027, 6, 8, 14, 5).astimezone(), "2026-27", "2027-28", "", "", {}
    )
    named = describe_rollover(applied)
    assert named == "2026-27 → 2027-28, applied on Jun 8, 2027 at 14:05"
    assert shown(named) == "2026-27 → 2027-28, aplicado el 8 de jun de 2027 a las 14:05"
