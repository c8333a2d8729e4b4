"""From the catalog, the librarian picks titles (or one copy) and prints their labels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from pytestqt.qtbot import QtBot

from lms_desktop.catalog.copies import add_copy, withdraw_copy
from lms_desktop.labels.service import copy_barcodes_for_titles
from lms_desktop.ui.catalog.section import CatalogSection
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.main_window import MainWindow
from lms_desktop.ui.reports.section import ReportsSection
from tests.ui.catalog.conftest import ShelfBooks


@pytest.fixture
def window(
    qtbot: QtBot, ui_ctx: UiContext, shelf: ShelfBooks, tmp_path: Path
) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    win = MainWindow(ui_ctx, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def _catalog(window: MainWindow, qtbot: QtBot) -> CatalogSection:
    section = window.show_section("catalog")
    assert isinstance(section, CatalogSection)
    qtbot.waitUntil(lambda: section.results_model.rowCount() == 3)
    return section


def _choose_titles(section: CatalogSection, *record_ids: int) -> None:
    selection = section.results.selectionModel()
    selection.clearSelection()
    for row in range(section.results_model.rowCount()):
        if section.results_model.record_id(row) in record_ids:
            selection.select(
                section.results_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_spine_labels_for_the_chosen_titles_open_in_the_labels_tab(
    window: MainWindow, qtbot: QtBot, shelf: ShelfBooks
) -> None:
    catalog = _catalog(window, qtbot)
    _choose_titles(catalog, shelf.charlotte, shelf.hobbit)
    assert catalog.labels_button.isEnabled()
    with qtbot.waitSignal(catalog.labels_requested) as asked:
        catalog.labels_actions["spine"].trigger()
    assert sorted(asked.args[0]) == ["31000001", "31000002", "31000003"]
    reports = window.current_section()
    assert isinstance(reports, ReportsSection)
    tab = reports.labels
    assert reports.tabs.currentWidget() is tab
    assert tab.kind_box.currentData() == "spine"
    assert sorted(tab.selection().barcodes) == ["31000001", "31000002", "31000003"]
    with qtbot.waitSignal(tab.labels_ready, timeout=30000) as ready:
        qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    assert ready.args[0].count == 3


def test_barcode_labels_for_one_copy_from_the_titles_copies(
    window: MainWindow, qtbot: QtBot, shelf: ShelfBooks
) -> None:
    catalog = _catalog(window, qtbot)
    _choose_titles(catalog, shelf.charlotte)
    catalog.detail.show_record(shelf.charlotte)
    assert not catalog.detail.copy_label_button.isEnabled()  # no copy chosen yet
    row = next(
        r
        for r in range(catalog.detail.copies_model.rowCount())
        if catalog.detail.copies_model.copy_at(r).barcode == "31000001"
    )
    catalog.detail.copies.selectRow(row)
    assert catalog.detail.copy_label_button.isEnabled()
    catalog.detail.copy_label_actions["barcode"].trigger()
    reports = window.current_section()
    assert isinstance(reports, ReportsSection)
    assert reports.labels.kind_box.currentData() == "barcode"
    assert reports.labels.selection().barcodes == ("31000001",)


def test_a_title_without_copies_says_what_to_do_and_stays_in_the_catalog(
    window: MainWindow, qtbot: QtBot, shelf: ShelfBooks, ui_ctx: UiContext
) -> None:
    catalog = _catalog(window, qtbot)
    _choose_titles(catalog, shelf.wonder)
    with qtbot.waitSignal(ui_ctx.hub.status_message) as said:
        catalog.labels_actions["spine"].trigger()
    assert "no copies on the shelves" in said.args[0] and "Add a copy first" in said.args[0]
    assert window.current_section() is catalog


def test_nothing_chosen_leaves_the_button_off(window: MainWindow, qtbot: QtBot) -> None:
    catalog = _catalog(window, qtbot)
    catalog.results.selectionModel().clearSelection()
    assert not catalog.labels_button.isEnabled()


def test_copy_barcodes_follow_the_chosen_titles_and_skip_withdrawn_copies(
    ui_ctx: UiContext, shelf: ShelfBooks
) -> None:
    with ui_ctx.unit_of_work() as uow:
        weeded = add_copy(uow, shelf.hobbit, "31000009", call_number="FIC TOL")
        withdraw_copy(uow, weeded, "weeded")
        uow.commit()
    with ui_ctx.unit_of_work() as uow:
        assert copy_barcodes_for_titles(uow, [shelf.hobbit, shelf.wonder, shelf.charlotte]) == (
            "31000003",
            "31000001",
            "31000002",
        )
        assert copy_barcodes_for_titles(uow, []) == ()
