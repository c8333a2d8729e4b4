"""A hotspot that needs the acceptable-use agreement: the desk opens the lend dialog."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from lms_desktop.bootstrap import AppContext
from lms_desktop.circulation.models import Item, Loan
from lms_desktop.circulation.results import ScanOffer, ScanOutcome
from lms_desktop.devices.agreements import set_agreement
from lms_desktop.devices.models import AgreementReceipt
from lms_desktop.devices.register import DeviceInput, add_device
from lms_desktop.ui.desk.desk_screen import DeskAnswer, DeskSection
from tests.ui.desk.conftest import DeskSchool, scan_and_wait


def _count(app_context: AppContext, table: type) -> int:
    with app_context.database.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(table)) or 0)


def test_a_hotspot_scanned_for_a_student_is_lent_only_through_the_agreement(
    qtbot: QtBot,
    desk: DeskSection,
    school: DeskSchool,
    app_context: AppContext,
    tmp_path: Path,
) -> None:
    with app_context.database.unit_of_work() as uow:
        add_device(uow, DeviceInput(asset_tag="HS-07", device_type="hotspot", make="Kajeet"))
        set_agreement(uow, "hotspot", "Hotspot agreement", "Schoolwork only. Bring it back.")
        uow.commit()
    scan_and_wait(qtbot, desk, school.maya_card)

    refused = scan_and_wait(qtbot, desk, "HS-07")
    assert refused.scan is not None and refused.scan.outcome == ScanOutcome.REFUSED
    assert "Hotspot agreement" in desk.banner.text()
    assert _count(app_context, Loan) == 0
    offer = desk.offer_buttons[ScanOffer.LEND_WITH_AGREEMENT]
    assert offer.isVisible()

    dialog = desk.open_lend_with_agreement(refused.scan)
    qtbot.waitExposed(dialog)
    assert dialog.patron_card.text() == school.maya_card  # the student at the desk
    assert dialog.agreement is not None and dialog.agreement.title == "Hotspot agreement"

    dialog.accept()  # nobody ticked "accepted": still not lent
    assert dialog.isVisible()
    assert "Hotspot agreement" in dialog.error.text()
    assert _count(app_context, Loan) == 0

    dialog.accepted_box.setChecked(True)
    with qtbot.waitSignal(desk.answered, timeout=10_000) as answered:
        dialog.accept()
    answer = answered.args[0]
    assert isinstance(answer, DeskAnswer)
    assert answer.tone == "success" and "Checked out hotspot HS-07 to Maya Lopez" in answer.message
    assert answer.patron is not None
    assert [loan.item.barcode for loan in answer.patron.loans] == ["HS-07"]
    assert _count(app_context, AgreementReceipt) == 1
    with app_context.database.unit_of_work() as uow:
        assert uow.session.scalar(select(Item.status).where(Item.barcode == "HS-07")) == "on_loan"

    assert desk.receipt_button.isVisible()
    pdf = desk.save_receipt(tmp_path / "receipt.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
