"""The fast add dialog, as the librarian (or the desk, for an unknown barcode) uses it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from lms_desktop.catalog.copies import find_copy_by_barcode
from lms_desktop.catalog.records import get_record
from lms_desktop.catalog.sru import save_target
from lms_desktop.ui.catalog.fast_add_dialog import FastAddDialog
from lms_desktop.ui.context import UiContext
from tests.catalog.yaz_server import running_yaz_ztest


def test_an_unknown_barcode_from_the_desk_becomes_a_catalogued_copy(
    ui_ctx: UiContext, qtbot: QtBot
) -> None:
    dialog = FastAddDialog(ui_ctx, barcode="31000077")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.barcode.text() == "31000077"
    qtbot.keyClicks(dialog.title, "Holes")
    qtbot.keyClicks(dialog.author, "Sachar, Louis")
    qtbot.keyClicks(dialog.isbn, "978-0-440-41480-3")
    qtbot.keyClicks(dialog.call_number, "FIC SAC")
    dialog.item_type.setCurrentIndex(dialog.item_type.findData("book"))
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.added) as added, qtbot.waitSignal(ui_ctx.hub.data_changed):
        save.click()
    result = added.args[0]
    assert result.barcode == "31000077"
    with ui_ctx.unit_of_work() as uow:
        assert get_record(uow, result.record_id).title == "Holes"
        copy = find_copy_by_barcode(uow, "31000077")
    assert copy is not None and copy.call_number == "FIC SAC"
    assert not dialog.isVisible()


def test_a_mistake_is_explained_in_the_dialog_which_stays_open(
    ui_ctx: UiContext, qtbot: QtBot
) -> None:
    dialog = FastAddDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Holes")
    qtbot.keyClicks(dialog.isbn, "12345")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "not a valid ISBN" in dialog.message.text()
    assert dialog.isVisible()
    assert dialog.result_added is None


def test_a_scanned_barcode_ending_in_enter_does_not_save_a_half_filled_form(
    ui_ctx: UiContext, qtbot: QtBot
) -> None:
    dialog = FastAddDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.barcode.setFocus()
    qtbot.keyClicks(dialog.barcode, "31000555")
    qtbot.keyClick(dialog.barcode, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.result_added is None
    assert dialog.message.text() == ""


@pytest.fixture(scope="module")
def ztest_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_yaz_ztest(tmp_path_factory.mktemp("yaz")) as url:
        yield url


def test_looking_up_the_isbn_saves_the_servers_full_record(
    ui_ctx: UiContext, ztest_url: str, qtbot: QtBot
) -> None:
    with ui_ctx.unit_of_work() as uow:
        save_target(uow, "Test server", ztest_url)
        uow.commit()
    dialog = FastAddDialog(ui_ctx, barcode="31000888")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.isbn.setFocus()
    qtbot.keyClicks(dialog.isbn, "978-0-316-76948-8")
    with qtbot.waitSignal(dialog.looked_up, timeout=15000) as looked_up:
        qtbot.keyClick(dialog.isbn, Qt.Key.Key_Return)  # a scanned ISBN looks itself up
    assert looked_up.args == [""]
    assert dialog.title.text() == "How to program a computer"
    assert dialog.author.text() == "Jack Collins"
    assert "full record will be saved" in dialog.found.text()
    with qtbot.waitSignal(dialog.added) as added:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    with ui_ctx.unit_of_work() as uow:
        view = get_record(uow, added.args[0].record_id)
    assert view.source == "SRU: Test server"
    assert view.lccns  # the server's record, not a minimal one, was kept


def test_typing_over_a_looked_up_title_makes_a_short_record_instead(
    ui_ctx: UiContext, ztest_url: str, qtbot: QtBot
) -> None:
    with ui_ctx.unit_of_work() as uow:
        save_target(uow, "Test server", ztest_url)
        uow.commit()
    dialog = FastAddDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.isbn.setText("9780316769488")
    with qtbot.waitSignal(dialog.looked_up, timeout=15000):
        dialog.lookup_button.click()
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "My own title")
    assert dialog.copied is None
    with qtbot.waitSignal(dialog.added) as added:
        dialog.submit()
    with ui_ctx.unit_of_work() as uow:
        view = get_record(uow, added.args[0].record_id)
    assert (view.title, view.source) == ("My own title", "fast add")


def test_without_a_server_look_up_is_off(ui_ctx: UiContext, qtbot: QtBot) -> None:
    dialog = FastAddDialog(ui_ctx)
    qtbot.addWidget(dialog)
    assert not dialog.lookup_button.isEnabled()
    assert "Settings" in dialog.lookup_button.toolTip()
