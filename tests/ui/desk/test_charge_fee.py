"""A book comes back water-damaged: the librarian charges the fee from the desk."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lms_desktop.bootstrap import AppContext
from lms_desktop.circulation.models import Fee, Item, JournalEntry
from lms_desktop.ui.desk.desk_screen import DeskSection
from tests.ui.desk.conftest import DeskSchool, scan_and_wait


def test_a_damaged_book_is_charged_to_the_student_from_the_desk(
    qtbot: QtBot, desk: DeskSection, school: DeskSchool, app_context: AppContext
) -> None:
    scan_and_wait(qtbot, desk, school.leo_card)
    scan_and_wait(qtbot, desk, school.hatchet)
    desk.card.loans_view.selectRow(0)

    dialog = desk.open_charge_fee()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.item_barcode.text() == school.hatchet  # the loan picked in the list
    dialog.kind.setCurrentIndex(dialog.kind.findData("damaged"))
    dialog.description.setText("Water damage")

    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # no amount yet: the dialog says so and charges nothing
    assert dialog.isVisible() and "amount" in dialog.error.text()

    dialog.amount.setValue(12.50)
    with qtbot.waitSignal(desk.answered, timeout=10_000) as answered:
        ok.click()
    answer = answered.args[0]
    assert answer.tone == "success" and "Charged 12.50 (Water damage)" in answer.message
    assert answer.patron is not None
    [fee] = answer.patron.fees
    assert (fee.kind, fee.amount_cents, fee.item_barcode) == ("damaged", 1250, school.hatchet)
    assert fee.description == "Water damage"
    assert "owes 12.50" in desk.card.facts.text()
    with app_context.database.unit_of_work() as uow:
        hatchet = uow.session.scalar(select(Item.id).where(Item.barcode == school.hatchet))
        assert uow.session.scalar(select(Fee.item_id)) == hatchet
        actions = list(uow.session.scalars(select(JournalEntry.action)))
    assert "fee" in actions  # journaled, so it can be undone from Last actions


def test_charging_a_fee_needs_a_patron_at_the_desk(desk: DeskSection) -> None:
    assert desk.open_charge_fee() is None
    assert "patron's card" in desk.banner.text()
