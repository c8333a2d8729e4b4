"""The self-checkout kiosk: a student scans their own card, then their books."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lms_desktop.bootstrap import AppContext
from lms_desktop.circulation.models import Loan
from lms_desktop.school.access import add_staff
from lms_desktop.ui.care.kiosk import KioskScreen, kiosk_scan
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.tasks import TaskRunner
from tests.care.conftest import SmallLibrary, stock_small_library

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def kiosk(qtbot: QtBot, app_context: AppContext) -> Iterator[tuple[KioskScreen, SmallLibrary]]:
    library = stock_small_library(app_context.database)
    with app_context.database.unit_of_work() as uow:
        add_staff(uow, "Ms Reed", "librarian", "2468")
        add_staff(uow, "Kiosk", "kiosk", "9999")
        uow.commit()
    ctx = UiContext(
        app=app_context, tasks=TaskRunner(), hub=ChangeHub(), staff_name="Kiosk", staff_role="kiosk"
    )
    screen = KioskScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    yield screen, library
    ctx.tasks.wait_for_done()


def _scan(qtbot: QtBot, screen: KioskScreen, text: str) -> list[object]:
    with qtbot.waitSignal(screen.answered, timeout=5000) as answered:
        qtbot.keyClicks(screen.scan, text)
        qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    return answered.args


def test_a_student_borrows_with_their_own_card_and_the_next_student_sees_nothing(
    qtbot: QtBot, kiosk: tuple[KioskScreen, SmallLibrary]
) -> None:
    screen, library = kiosk
    assert "Scan your library card" in screen.prompt.text()
    ok, message = _scan(qtbot, screen, "NOT-A-CARD")
    assert not ok and "not a library card" in message
    ok, message = _scan(qtbot, screen, "P-Ben")
    assert ok and message.startswith("Hello Ben")
    ok, message = _scan(qtbot, screen, "31000000004")
    assert ok, message
    assert screen.borrowed.count() == 1
    ok, message = _scan(qtbot, screen, "31000000003")  # Ana has it out
    assert not ok and "checked out" in message
    with screen.ctx.unit_of_work() as uow:
        lent = uow.session.scalar(
            select(Loan.patron_id).where(Loan.returned_at.is_(None), Loan.item_id == 4)
        )
    assert lent == library.patron_ids["Ben"]
    qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)
    assert screen.borrowed.count() == 0
    assert screen.patron is None and screen.ctx.kiosk_patron_id is None
    assert "Scan your library card" in screen.prompt.text()


def test_only_the_librarian_leaves_the_kiosk(
    qtbot: QtBot, kiosk: tuple[KioskScreen, SmallLibrary]
) -> None:
    screen, _library = kiosk
    dialog = screen.staff_sign_in()
    qtbot.addWidget(dialog)
    dialog.name.setCurrentText("Kiosk")
    qtbot.keyClicks(dialog.pin, "9999")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "Only the librarian" in screen.message.text()
    dialog = screen.staff_sign_in()
    qtbot.addWidget(dialog)
    dialog.name.setCurrentText("Ms Reed")
    qtbot.keyClicks(dialog.pin, "2468")
    with qtbot.waitSignal(screen.staff_left):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert screen.ctx.staff_role == "librarian"


def test_the_kiosk_lends_to_the_student_whose_card_was_scanned(
    app_context: AppContext,
) -> None:
    library = stock_small_library(app_context.database)
    db = app_context.database
    ben = kiosk_scan(db, "Kiosk", None, "P-Ben").patron
    assert ben is not None
    answer = kiosk_scan(db, "Kiosk", ben, "31000000004")
    assert answer.ok
    assert library.patron_ids["Ben"] == ben.id


def test_a_hotspot_that_needs_a_signed_agreement_is_not_lent_at_the_kiosk(
    qtbot: QtBot, kiosk: tuple[KioskScreen, SmallLibrary], app_context: AppContext
) -> None:
    from lms_desktop.devices.agreements import set_agreement
    from lms_desktop.devices.register import DeviceInput, add_device

    screen, _library = kiosk
    with app_context.database.unit_of_work() as uow:
        add_device(uow, DeviceInput(asset_tag="HS-07", device_type="hotspot", make="Kajeet"))
        set_agreement(uow, "hotspot", "Hotspot agreement", "Schoolwork only. Bring it back.")
        uow.commit()
    with app_context.database.unit_of_work() as uow:
        before = len(uow.session.scalars(select(Loan.id)).all())
    ok, _message = _scan(qtbot, screen, "P-Ben")
    assert ok
    ok, message = _scan(qtbot, screen, "HS-07")
    assert not ok and "Hotspot agreement" in message
    with app_context.database.unit_of_work() as uow:
        assert len(uow.session.scalars(select(Loan.id)).all()) == before
