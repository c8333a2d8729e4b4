"""Copy cataloging from the GUI against Debian's real yaz-ztest SRU server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lms_desktop.catalog.records import get_record
from lms_desktop.catalog.sru import list_targets, save_target
from lms_desktop.ui.catalog.sru_dialog import CopyCatalogingDialog, HitColumn
from lms_desktop.ui.catalog.sru_settings_page import SruTargetsPage
from lms_desktop.ui.context import UiContext
from tests.catalog.yaz_server import closed_port_url, running_yaz_ztest, silent_server


@pytest.fixture(scope="module")
def ztest_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_yaz_ztest(tmp_path_factory.mktemp("yaz")) as url:
        yield url


def _add_target(ctx: UiContext, name: str, url: str) -> None:
    with ctx.unit_of_work() as uow:
        save_target(uow, name, url)
        uow.commit()


def _dialog(ctx: UiContext, qtbot: QtBot) -> CopyCatalogingDialog:
    dialog = CopyCatalogingDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_search_preview_and_import_in_one_click(
    ui_ctx: UiContext, ztest_url: str, qtbot: QtBot, qtmodeltester: object
) -> None:
    _add_target(ui_ctx, "Test server", ztest_url)
    dialog = _dialog(ui_ctx, qtbot)
    dialog.search_by.setCurrentIndex(dialog.search_by.findData("title"))
    qtbot.keyClicks(dialog.query, "computer")
    with qtbot.waitSignal(dialog.search_finished, timeout=15000) as finished:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert finished.args == [""]
    assert dialog.hits_model.rowCount() == 10
    qtmodeltester.check(dialog.hits_model)  # type: ignore[attr-defined]
    assert dialog.status.text() == "Test server: records 1-10 of 19."
    assert "=245  10$aHow to program a computer" in dialog.preview.toPlainText()
    assert dialog.next_button.isEnabled() and not dialog.previous_button.isEnabled()

    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with ui_ctx.unit_of_work() as uow:
        view = get_record(uow, imported.args[0])
    assert view.title == "How to program a computer"
    assert view.source == "SRU: Test server"
    assert "is now in the catalog" in dialog.status.text()


def test_the_next_page_asks_the_server_for_records_11_to_20(
    ui_ctx: UiContext, ztest_url: str, qtbot: QtBot
) -> None:
    _add_target(ui_ctx, "Test server", ztest_url)
    dialog = _dialog(ui_ctx, qtbot)
    dialog.search_by.setCurrentIndex(dialog.search_by.findData("title"))
    qtbot.keyClicks(dialog.query, "computer")
    with qtbot.waitSignal(dialog.search_finished, timeout=15000):
        dialog.search()
    with qtbot.waitSignal(dialog.search_finished, timeout=15000):
        dialog.next_button.click()
    assert dialog.status.text() == "Test server: records 11-19 of 19."
    assert not dialog.next_button.isEnabled()


def test_a_server_that_is_down_is_reported_plainly(ui_ctx: UiContext, qtbot: QtBot) -> None:
    _add_target(ui_ctx, "District catalog", closed_port_url())
    dialog = _dialog(ui_ctx, qtbot)
    qtbot.keyClicks(dialog.query, "0-06-440055-7")
    with qtbot.waitSignal(dialog.search_finished, timeout=10000) as finished:
        dialog.search()
    assert "Could not connect to District catalog" in finished.args[0]
    assert dialog.status.text() == finished.args[0]
    assert dialog.hits_model.rowCount() == 0
    assert not dialog.import_button.isEnabled()


def test_a_server_that_never_answers_times_out(ui_ctx: UiContext, qtbot: QtBot) -> None:
    with silent_server() as url:
        _add_target(ui_ctx, "Sleepy server", url)
        dialog = _dialog(ui_ctx, qtbot)
        dialog.timeout_seconds = 1.0
        qtbot.keyClicks(dialog.query, "owls")
        dialog.search_by.setCurrentIndex(dialog.search_by.findData("keyword"))
        with qtbot.waitSignal(dialog.search_finished, timeout=10000) as finished:
            dialog.search()
        assert "did not answer within 1 seconds" in finished.args[0]
        assert dialog.search_button.isEnabled()


def test_with_no_server_set_up_the_library_of_congress_is_one_click_away(
    ui_ctx: UiContext, qtbot: QtBot
) -> None:
    dialog = _dialog(ui_ctx, qtbot)
    assert "No copy-cataloging server is set up" in dialog.status.text()
    assert not dialog.search_button.isEnabled()
    qtbot.mouseClick(dialog.add_loc_button, Qt.MouseButton.LeftButton)
    assert dialog.target.currentText() == "Library of Congress"
    assert dialog.add_loc_button.isHidden()


def test_the_settings_page_keeps_and_tests_servers(
    ui_ctx: UiContext, ztest_url: str, qtbot: QtBot, tmp_path: Path
) -> None:
    page = SruTargetsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.loc_button.click()
    assert page.targets.count() == 1
    page.new_button.click()
    qtbot.keyClicks(page.name, "Test server")
    qtbot.keyClicks(page.url, ztest_url)
    assert page.save() is True
    assert [page.targets.item(i).text() for i in range(2)] == [
        "Library of Congress",
        "Test server",
    ]
    with qtbot.waitSignal(page.tested, timeout=15000) as tested:
        page.test_button.click()
    assert tested.args[0].startswith("Test server answers")

    page.url.setText("not an address")
    assert page.save() is False
    assert "is not a web address" in page.message.text()

    page.targets.setCurrentRow(0)
    page.enabled.setChecked(False)
    assert page.save() is True
    page.targets.setCurrentRow(1)
    page.delete_button.click()
    with ui_ctx.unit_of_work() as uow:
        assert [(t.name, t.enabled) for t in list_targets(uow)] == [("Library of Congress", False)]


def test_closing_during_a_slow_search_leaves_the_dialog_ready_for_next_time(
    ui_ctx: UiContext, qtbot: QtBot
) -> None:
    with silent_server() as url:
        _add_target(ui_ctx, "Sleepy server", url)
        dialog = _dialog(ui_ctx, qtbot)
        dialog.timeout_seconds = 0.5
        qtbot.keyClicks(dialog.query, "owls")
        dialog.search()
        assert not dialog.search_button.isEnabled()
        dialog.reject()
        assert dialog.search_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.network.pending() == 0, timeout=5000)  # late answer
        assert dialog.status.text().startswith("Searching")


def test_all_servers_are_searched_and_one_being_down_does_not_hide_the_others(
    ui_ctx: UiContext, ztest_url: str, qtbot: QtBot
) -> None:
    _add_target(ui_ctx, "District catalog", closed_port_url())
    _add_target(ui_ctx, "Test server", ztest_url)
    dialog = _dialog(ui_ctx, qtbot)
    assert dialog.target.currentText() == "All servers"
    dialog.search_by.setCurrentIndex(dialog.search_by.findData("title"))
    qtbot.keyClicks(dialog.query, "computer")
    with qtbot.waitSignal(dialog.search_finished, timeout=15000) as finished:
        dialog.search()
    assert finished.args == [""]
    lines = dialog.status.text().splitlines()
    assert lines[0].startswith("Could not connect to District catalog")
    assert lines[1] == "Test server: records 1-10 of 19."
    model = dialog.hits_model
    assert model.rowCount() == 10
    assert model.index(0, HitColumn.SERVER).data() == "Test server"
    with qtbot.waitSignal(dialog.imported) as imported:
        dialog.import_button.click()
    with ui_ctx.unit_of_work() as uow:
        assert get_record(uow, imported.args[0]).source == "SRU: Test server"
