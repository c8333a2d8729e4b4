"""The librarian looks over the hold shelf: who each book is for and until when."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.circulation.holds import place_hold
from lms_desktop.circulation.loans import checkin_item
from lms_desktop.ui.desk.desk_screen import DeskSection
from tests.ui.desk.conftest import DeskSchool


def test_the_hold_shelf_lists_each_trapped_book_and_prints_its_slip_again(
    qtbot: QtBot, desk: DeskSection, school: DeskSchool, app_context: AppContext, qtmodeltester
) -> None:
    with app_context.database.unit_of_work() as uow:
        place_hold(uow, school.leo, item_barcode=school.hatchet)
        checkin_item(uow, school.hatchet)  # trapped: on the hold shelf for Leo

    with qtbot.waitSignal(desk.hold_shelf_shown, timeout=10_000) as shown:
        desk.shelf_button.click()
    dialog = shown.args[0]
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    [slip] = dialog.model.rows()
    assert (slip.patron_name, slip.item_barcode, slip.homeroom) == (
        "Leo Chen",
        school.hatchet,
        "Room 14",
    )
    assert "1 item(s) on the hold shelf" in dialog.summary.text()

    assert dialog.show_slip() is None  # nothing picked yet
    dialog.table.selectRow(0)
    popup = dialog.show_slip()
    assert popup is not None and "Leo Chen" in popup.preview.toPlainText()
    popup.close()
    dialog.close()


def test_an_empty_hold_shelf_says_so(qtbot: QtBot, desk: DeskSection) -> None:
    with qtbot.waitSignal(desk.hold_shelf_shown, timeout=10_000) as shown:
        desk.open_hold_shelf()
    dialog = shown.args[0]
    assert dialog.model.rowCount() == 0 and "Nothing is on the hold shelf" in dialog.summary.text()
    assert not dialog.slip_button.isEnabled()
    dialog.close()
