"""The Catalog section: the librarian searches, sees availability and looks after copies."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from lms_desktop.catalog.copies import copies_of
from lms_desktop.catalog.search import SearchKind, SearchRow
from lms_desktop.db import engine as engine_module
from lms_desktop.ui.catalog.models import (
    CopyColumn,
    ResultColumn,
    RowsUnavailable,
    SearchResultsModel,
)
from lms_desktop.ui.catalog.section import CatalogSection
from lms_desktop.ui.context import UiContext
from tests.ui.catalog.conftest import ShelfBooks


@pytest.fixture
def section(ui_ctx: UiContext, shelf: ShelfBooks, qtbot: QtBot) -> CatalogSection:
    widget = CatalogSection(ui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.results_model.rowCount() == 3)
    return widget


def _search(section: CatalogSection, qtbot: QtBot, text: str) -> list[str]:
    section.query.clear()
    with qtbot.waitSignal(section.search_finished, timeout=5000):
        if all(ord(ch) < 0x10000 for ch in text):
            qtbot.keyClicks(section.query, text)
        else:  # QTest cannot type characters outside the BMP; paste them instead
            section.query.insert(text)
        qtbot.keyClick(section.query, Qt.Key.Key_Return)
    model = section.results_model
    return [model.index(row, ResultColumn.TITLE).data() for row in range(model.rowCount())]


def _fake_rows(ids: Sequence[int]) -> list[SearchRow]:
    return [
        SearchRow(i, f"Title {i}", "Author", 2000 + i % 20, "", "am", f"FIC {i}", i % 3, i % 2)
        for i in ids
    ]


def test_results_are_fetched_a_page_at_a_time() -> None:
    model = SearchResultsModel(_fake_rows)
    model.set_ids(range(1, 250_001))
    assert model.rowCount() == 250_000
    assert model.pages_fetched == 0  # holding 250,000 ids reads no rows
    assert model.index(123_456, ResultColumn.TITLE).data() == "Title 123457"
    assert model.pages_fetched == 1
    assert model.index(123_499, ResultColumn.AVAILABILITY).data() == "0 of 2"
    assert model.pages_fetched == 1  # same page


def test_the_results_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = SearchResultsModel(_fake_rows)
    model.set_ids(range(1, 1001))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.refresh()
    model.set_ids(())
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_catalog_opens_on_the_latest_titles(section: CatalogSection) -> None:
    assert "3 titles in the catalog" in section.count_label.text()
    assert section.detail.record_id is not None


def test_a_keyword_search_shows_availability(section: CatalogSection, qtbot: QtBot) -> None:
    assert _search(section, qtbot, "charlotte") == ["Charlotte's web"]
    model = section.results_model
    # two copies, one of them missing: 1 of 2 on the shelf, in green
    assert model.index(0, ResultColumn.AVAILABILITY).data() == "1 of 2"
    assert model.index(0, ResultColumn.CALL_NUMBER).data() == "FIC WHI"
    assert section.detail.copies_model.rowCount() == 2
    assert "Charlotte" in section.detail.summary.text()
    # the copies name their type as the school does ("Book"), not by its code ("book")
    copies = section.detail.copies_model
    assert copies.index(0, CopyColumn.TYPE).data() == "Book"


@pytest.mark.parametrize("text", ['"', "AND(", "*", "🐉 dragons", "NEAR(a b)"])
def test_odd_input_never_breaks_the_search(
    section: CatalogSection, qtbot: QtBot, text: str
) -> None:
    titles = _search(section, qtbot, text)
    assert isinstance(titles, list)
    assert "failed" not in section.count_label.text()


def test_searching_by_isbn_and_by_barcode(section: CatalogSection, qtbot: QtBot) -> None:
    section.kind.setCurrentIndex(section.kind.findData(SearchKind.ISBN.value))
    assert _search(section, qtbot, "0-261-10221-4") == ["The hobbit"]
    section.kind.setCurrentIndex(section.kind.findData(SearchKind.BARCODE.value))
    assert _search(section, qtbot, "31000002") == ["Charlotte's web"]


def test_nothing_found_says_what_to_try(section: CatalogSection, qtbot: QtBot) -> None:
    assert _search(section, qtbot, "zebra") == []
    assert "Nothing found" in section.count_label.text()
    assert section.detail.record_id is None


def test_adding_a_copy_updates_the_availability(
    section: CatalogSection, shelf: ShelfBooks, qtbot: QtBot, ui_ctx: UiContext
) -> None:
    _search(section, qtbot, "wonder")
    assert section.results_model.index(0, ResultColumn.AVAILABILITY).data() == "no copies"
    dialog = section.detail.add_copy()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.barcode, "31000099")
    qtbot.keyClicks(dialog.call_number, "FIC PAL")
    dialog.location.setText("Fiction")  # typing would pop up the completer
    with qtbot.waitSignal(section.search_finished):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert section.results_model.index(0, ResultColumn.AVAILABILITY).data() == "1 of 1"
    assert section.detail.copies_model.copy_at(0).barcode == "31000099"


def test_a_barcode_used_by_another_copy_is_refused_in_the_dialog(
    section: CatalogSection, qtbot: QtBot
) -> None:
    _search(section, qtbot, "wonder")
    dialog = section.detail.add_copy()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.barcode, "31000001")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "already on another item" in dialog.message.text()
    assert dialog.isVisible()


def test_editing_and_withdrawing_a_copy(
    section: CatalogSection, shelf: ShelfBooks, qtbot: QtBot, ui_ctx: UiContext
) -> None:
    _search(section, qtbot, "hobbit")
    detail = section.detail
    detail.copies.selectRow(0)
    edit = detail.edit_copy()
    assert edit is not None
    qtbot.addWidget(edit)
    edit.location.clear()
    qtbot.keyClicks(edit.location, "New fiction shelf")
    edit.has_price.setChecked(True)
    edit.price.setValue(12.5)
    with qtbot.waitSignal(ui_ctx.hub.data_changed):
        edit.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    detail.copies.selectRow(0)
    withdraw = detail.withdraw_copy()
    assert withdraw is not None
    qtbot.addWidget(withdraw)
    withdraw.reason.setCurrentIndex(2)
    with qtbot.waitSignal(withdraw.withdrawn):
        withdraw.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with ui_ctx.unit_of_work() as uow:
        (copy,) = copies_of(uow, shelf.hobbit)
    assert copy.location == "New fiction shelf"
    assert copy.price_cents == 1250
    assert copy.status == "withdrawn"
    assert copy.withdrawn_reason == "Damaged beyond repair"
    qtbot.waitUntil(
        lambda: section.results_model.index(0, ResultColumn.AVAILABILITY).data() == "no copies"
    )
    detail.copies.selectRow(0)
    assert not detail.withdraw_button.isEnabled()


def test_fast_add_from_the_catalog_shows_the_new_title(
    section: CatalogSection, qtbot: QtBot
) -> None:
    dialog = section.open_fast_add()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Hatchet")
    qtbot.keyClicks(dialog.barcode, "31000123")
    with qtbot.waitSignal(section.search_finished):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "Hatchet" in section.detail.summary.text()
    assert section.results_model.rowCount() == 4


def test_rows_that_cannot_be_read_yet_are_asked_for_again() -> None:
    busy = [True]

    def fetch(ids: Sequence[int]) -> list[SearchRow]:
        if busy[0]:
            raise RowsUnavailable
        return _fake_rows(ids)

    model = SearchResultsModel(fetch)
    model.set_ids([1, 2, 3])
    assert model.index(0, ResultColumn.TITLE).data() == "…"
    busy[0] = False
    assert model.index(0, ResultColumn.TITLE).data() == "Title 1"


def test_a_busy_database_shows_a_notice_instead_of_failing(
    section: CatalogSection,
    shelf: ShelfBooks,
    ui_ctx: UiContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # connections give up on a held write lock after 0.2 s instead of 5 s
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 200)
    ui_ctx.app.database.engine.dispose()
    # another desk (or an all-or-nothing import) holds the write lock
    blocker = ui_ctx.app.database.engine.connect()
    blocker.exec_driver_sql("SELECT 1")  # BEGIN IMMEDIATE: the lock is taken
    try:
        with qtbot.waitSignal(ui_ctx.hub.status_message, timeout=15000) as said:
            section.results_model.refresh()
            section.results_model.index(0, ResultColumn.TITLE).data()
        assert "busy" in said.args[0]
        assert section.results_model.index(0, ResultColumn.TITLE).data() == "…"
        section.detail.show_record(shelf.hobbit)
        assert "busy" in section.detail.summary.text()
    finally:
        blocker.rollback()
        blocker.close()
    section.detail.show_record(shelf.hobbit)
    assert "The hobbit" in section.detail.summary.text()
    assert section.results_model.index(0, ResultColumn.TITLE).data() != "…"


def test_closed_dialogs_go_away_and_copy_cataloging_is_kept(
    section: CatalogSection, shelf: ShelfBooks, qtbot: QtBot
) -> None:
    editor = section.open_marc_editor(shelf.hobbit)
    editor.reject()  # nothing changed: closes without asking
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor))
    first = section.open_sru()
    first.reject()
    assert section.open_sru() is first
    first.reject()


def test_a_scanned_isbn_or_barcode_in_the_keyword_box_finds_its_title(
    section: CatalogSection, qtbot: QtBot
) -> None:
    assert _search(section, qtbot, "978-0-261-10221-7") == ["The hobbit"]
    assert _search(section, qtbot, "31000002") == ["Charlotte's web"]
