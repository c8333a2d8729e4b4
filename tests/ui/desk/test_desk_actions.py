"""Holds, blocks, fees, renewals, lost books and undo, from the desk's buttons."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qt_compat import qt_api
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lms_desktop.bootstrap import AppContext
from lms_desktop.circulation.blocks import set_manual_block
from lms_desktop.circulation.fees import charge_fee
from lms_desktop.circulation.holds import place_hold
from lms_desktop.circulation.models import Fee, Item, JournalEntry, Loan
from lms_desktop.circulation.results import ScanOffer, ScanOutcome
from lms_desktop.circulation.scan_router import DeskMode
from lms_desktop.ui.desk.desk_screen import DeskAnswer, DeskSection
from lms_desktop.ui.desk.dialogs import BlockOverrideDialog, HoldSlipDialog
from lms_desktop.ui.desk.row_models import loans_model
from tests.ui.desk.conftest import DeskSchool, scan_and_wait


def wait_for_answer(qtbot: QtBot, desk: DeskSection) -> DeskAnswer:
    with qtbot.waitSignal(desk.answered, timeout=10_000) as answered:
        pass
    return answered.args[0]


def item_status(app_context: AppContext, barcode: str) -> str:
    with app_context.database.unit_of_work() as uow:
        return uow.session.scalar(select(Item.status).where(Item.barcode == barcode)) or ""


def test_a_returned_book_someone_is_waiting_for_pops_up_a_printable_slip(
    qtbot: QtBot, desk: DeskSection, school: DeskSchool, app_context: AppContext, tmp_path: Path
) -> None:
    scan_and_wait(qtbot, desk, school.maya_card)
    scan_and_wait(qtbot, desk, school.hatchet)
    with app_context.database.unit_of_work() as uow:
        from lms_desktop.circulation.models import Item as ItemRow

        bib = uow.session.scalar(
            select(ItemRow.bib_record_id).where(ItemRow.barcode == school.hatchet)
        )
        place_hold(uow, school.leo, bib_record_id=bib)
    desk.clear_patron()
    desk.set_mode(
        DeskMode.CHECK_IN
    )  # a return seconds after the loan is taken as a double scan otherwise
    popups: list[HoldSlipDialog] = []
    desk.hold_popup_shown.connect(popups.append)
    played: list[str] = []
    desk.sounds.played.connect(played.append)

    answer = scan_and_wait(qtbot, desk, school.hatchet)

    assert answer.outcome == ScanOutcome.HOLD_TRAPPED, answer.message
    assert played == ["hold"]
    assert len(popups) == 1 and popups[0].isVisible()
    assert "Leo Chen" in popups[0].preview.toPlainText()
    pdf = popups[0].save_pdf(tmp_path / "slip.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Leo Chen" in text and "Hatchet" in text
    # the pop-up does not take the scanner away: the next scan lands in the desk
    lent = scan_and_wait(qtbot, desk, school.leo_card)
    assert lent.outcome == ScanOutcome.PATRON_SELECTED
    popups[0].close()


def _accept_next_dialog(qtbot: QtBot, kind: type) -> None:
    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            dialog.lend_button.click() if hasattr(dialog, "lend_button") else dialog.accept()
        else:
            QTimer.singleShot(20, accept)

    QTimer.singleShot(20, accept)


def test_a_blocked_student_can_borrow_only_by_a_journaled_override(
    qtbot: QtBot, desk: DeskSection, school: DeskSchool, app_context: AppContext
) -> None:
    with app_context.database.unit_of_work(staff_name="Ms. Hall") as uow:
        set_manual_block(uow, school.maya, "Lost library book from last year")
    scan_and_wait(qtbot, desk, school.maya_card)
    assert "Lost library book" in desk.card.blocks.text()

    refused = scan_and_wait(qtbot, desk, school.wonder[0])
    assert refused.outcome == ScanOutcome.BLOCKED
    assert desk.banner.property("tone") == "error"
    assert desk.offer_buttons[ScanOffer.OVERRIDE_BLOCK].isVisible()
    with app_context.database.unit_of_work() as uow:
        assert uow.session.scalar(select(Loan.id)) is None

    _accept_next_dialog(qtbot, BlockOverrideDialog)
    with qtbot.waitSignal(desk.answered, timeout=10_000) as answered:
        desk.offer_buttons[ScanOffer.OVERRIDE_BLOCK].click()
    assert answered.args[0].outcome == ScanOutcome.CHECKED_OUT, answered.args[0].message
    with app_context.database.unit_of_work() as uow:
        actions = list(uow.session.scalars(select(JournalEntry.action)))
    assert any("override" in action for action in actions), actions


def test_undo_from_last_actions_puts_the_book_back(
    qtbot: QtBot, desk: DeskSection, school: DeskSchool, app_context: AppContext
) -> None:
    scan_and_wait(qtbot, desk, school.maya_card)
    scan_and_wait(qtbot, desk, school.wonder[1])
    assert item_status(app_context, school.wonder[1]) == "on_loan"
    assert "Wonder" in desk.journal.rows()[0].summary

    desk.journal_view.selectRow(0)
    with qtbot.waitSignal(desk.answered, timeout=10_000) as answered:
        desk.undo_button.click()

    assert answered.args[0].outcome == "undo", answered.args[0].message
    assert item_status(app_context, school.wonder[1]) == "available"
    assert desk.card.loans.rowCount() == 0
    assert desk.journal.rows()[1].undone_at is not None
    # an action already undone cannot be undone twice
    desk.journal_view.selectRow(1)
    assert not desk.undo_button.isEnabled()


def test_renew_all_and_a_fee_paid_at_the_desk(
    qtbot: QtBot, desk: DeskSection, school: DeskSchool, app_context: AppContext
) -> None:
    scan_and_wait(qtbot, desk, school.leo_card)
    scan_and_wait(qtbot, desk, school.wonder[0])
    scan_and_wait(qtbot, desk, school.hatchet)
    # ten days later the books are due soon and renewing pushes the due date out
    with app_context.database.unit_of_work() as uow:
        for loan in uow.session.scalars(select(Loan)):
            loan.checked_out_at -= timedelta(days=10)
            loan.due_at -= timedelta(days=10)
        uow.commit()
    desk.refresh()
    qtbot.waitUntil(lambda: desk.ctx.tasks.pending() == 0)
    due_before = {loan.item.barcode: loan.due_at for loan in desk.card.loans.rows()}

    with qtbot.waitSignal(desk.answered, timeout=10_000):
        desk.card.renew_all_button.click()
    assert all(loan.renewals == 1 for loan in desk.card.loans.rows()), desk.banner.text()
    assert all(loan.due_at >= due_before[loan.item.barcode] for loan in desk.card.loans.rows())

    with app_context.database.unit_of_work(staff_name="Ms. Hall") as uow:
        fee = charge_fee(uow, school.leo, "damaged", 500, description="Torn cover")
    desk.refresh()
    qtbot.waitUntil(lambda: desk.card.fees.rowCount() == 1)
    with qtbot.waitSignal(desk.answered, timeout=10_000):
        desk.apply_fee(fee.id, 200, "cash", waive=False)
    assert desk.card.fees.rows()[0].balance_cents == 300
    with qtbot.waitSignal(desk.answered, timeout=10_000):
        desk.apply_fee(fee.id, 300, "first time", waive=True)
    with app_context.database.unit_of_work() as uow:
        assert uow.session.scalar(select(Fee.status).where(Fee.id == fee.id)) == "waived"


@pytest.mark.parametrize(("button", "status"), [("lost", "lost"), ("claims", "claims_returned")])
def test_lost_and_claims_returned_close_the_loan(
    qtbot: QtBot,
    desk: DeskSection,
    school: DeskSchool,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    button: str,
    status: str,
) -> None:
    monkeypatch.setattr(desk, "_confirm", lambda _title, _text: True)
    scan_and_wait(qtbot, desk, school.maya_card)
    scan_and_wait(qtbot, desk, school.wonder[2])
    desk.card.loans_view.selectRow(0)
    with qtbot.waitSignal(desk.answered, timeout=10_000):
        getattr(desk.card, f"{button}_button").click()
    assert item_status(app_context, school.wonder[2]) == status
    assert desk.card.loans.rowCount() == 0


def test_mode_check_in_only_returns_even_with_a_patron_on_screen(
    qtbot: QtBot, desk: DeskSection, school: DeskSchool, app_context: AppContext
) -> None:
    scan_and_wait(qtbot, desk, school.maya_card)
    scan_and_wait(qtbot, desk, school.hatchet)
    desk.set_mode(DeskMode.CHECK_IN)
    back = scan_and_wait(qtbot, desk, school.hatchet)
    assert back.outcome == ScanOutcome.CHECKED_IN
    assert desk.scan_field.hasFocus()


def test_the_loans_table_model_is_a_proper_qt_model(
    qtbot: QtBot, qtmodeltester, desk: DeskSection, school: DeskSchool
) -> None:
    scan_and_wait(qtbot, desk, school.maya_card)
    scan_and_wait(qtbot, desk, school.wonder[0])
    model = loans_model()
    model.set_rows(desk.card.loans.rows())
    qtmodeltester.check(model)
    qtmodeltester.check(desk.journal)
    assert qt_api is not None


def test_a_title_scanned_by_its_isbn_can_be_put_on_hold_for_the_patron(
    qtbot: QtBot, desk: DeskSection, school: DeskSchool, app_context: AppContext
) -> None:
    scan_and_wait(qtbot, desk, school.leo_card)
    found = scan_and_wait(qtbot, desk, "9780375869020")  # Wonder's ISBN
    assert found.outcome == ScanOutcome.TITLE_FOUND, found.message
    assert desk.place_hold_button.isVisible()
    with qtbot.waitSignal(desk.answered, timeout=10_000) as answered:
        desk.place_hold_button.click()
    assert "Leo Chen is number 1 in line" in answered.args[0].message
    assert [hold.title for hold in desk.card.holds.rows()] == ["Wonder"]
