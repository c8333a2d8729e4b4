"""The fast add dialog, as the librarian (or the desk, for an unknown barcode) uses it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from lms_desktop.catalog.copies import find_copy_by_barcode
from lms_desktop.catalog.records import get_record
from lms_desktop.ui.catalog.fast_add_dialog import FastAddDialog
from lms_desktop.ui.context import UiContext


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
