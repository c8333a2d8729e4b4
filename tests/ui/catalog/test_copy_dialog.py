"""Adding and editing a copy: the acquired date is kept as the librarian knows it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from lms_desktop.catalog.copies import find_copy_by_barcode
from lms_desktop.ui.catalog.copy_dialogs import CopyDialog
from lms_desktop.ui.context import UiContext
from tests.ui.catalog.conftest import ShelfBooks


def _copy(ui_ctx: UiContext, barcode: str):  # type: ignore[no-untyped-def]
    with ui_ctx.unit_of_work() as uow:
        found = find_copy_by_barcode(uow, barcode)
    assert found is not None
    return found


def test_editing_an_imported_copy_with_no_date_does_not_invent_one(
    ui_ctx: UiContext, shelf: ShelfBooks, qtbot: QtBot
) -> None:
    copy = _copy(ui_ctx, "31000003")  # added with no acquired date, like an import
    assert copy.acquired_on is None
    dialog = CopyDialog(ui_ctx, shelf.hobbit, copy)
    qtbot.addWidget(dialog)
    assert not dialog.has_acquired.isChecked() and not dialog.acquired.isEnabled()
    dialog.location.setText("Reference")
    assert dialog.submit()
    edited = _copy(ui_ctx, "31000003")
    assert (edited.location, edited.acquired_on) == ("Reference", None)


def test_the_librarian_can_give_clear_or_keep_the_date(
    ui_ctx: UiContext, shelf: ShelfBooks, qtbot: QtBot
) -> None:
    copy = _copy(ui_ctx, "31000003")
    dialog = CopyDialog(ui_ctx, shelf.hobbit, copy)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.has_acquired, Qt.MouseButton.LeftButton)
    assert dialog.acquired.isEnabled()
    dialog.acquired.setDate(QDate(2019, 3, 14))
    assert dialog.submit()
    assert _copy(ui_ctx, "31000003").acquired_on == date(2019, 3, 14)

    again = CopyDialog(ui_ctx, shelf.hobbit, _copy(ui_ctx, "31000003"))
    qtbot.addWidget(again)
    assert again.has_acquired.isChecked()
    assert again.acquired.date() == QDate(2019, 3, 14)
    again.has_acquired.setChecked(False)
    assert again.submit()
    assert _copy(ui_ctx, "31000003").acquired_on is None


def test_a_new_copy_is_acquired_today_unless_told_otherwise(
    ui_ctx: UiContext, shelf: ShelfBooks, qtbot: QtBot
) -> None:
    dialog = CopyDialog(ui_ctx, shelf.wonder)
    qtbot.addWidget(dialog)
    assert dialog.has_acquired.isChecked()
    dialog.barcode.setText("31000099")
    assert dialog.submit()
    assert _copy(ui_ctx, "31000099").acquired_on == date.today()
