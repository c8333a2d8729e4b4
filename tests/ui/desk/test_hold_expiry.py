"""A hold left on the shelf too long expires when the desk opens, without any command."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from lms_desktop.bootstrap import AppContext
from lms_desktop.circulation.holds import place_hold
from lms_desktop.circulation.loans import checkin_item
from lms_desktop.circulation.models import Hold, Item
from lms_desktop.circulation.results import ScanOutcome
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.desk.desk_screen import DeskSection
from tests.ui.desk.conftest import DeskSchool


def test_a_hold_nobody_picked_up_expires_when_the_desk_opens_in_the_morning(
    qtbot: QtBot, ui_context: UiContext, school: DeskSchool, app_context: AppContext
) -> None:
    with app_context.database.unit_of_work() as uow:
        place_hold(uow, school.leo, item_barcode=school.hatchet)
        trapped = checkin_item(uow, school.hatchet)
        assert trapped.outcome is ScanOutcome.HOLD_TRAPPED
        # Leo never came: the shelf time ran out last week
        uow.session.execute(update(Hold).values(expires_on=date.today() - timedelta(days=7)))
        uow.commit()

    desk = DeskSection(ui_context)
    qtbot.addWidget(desk)
    with qtbot.waitSignal(desk.hold_expiry.swept, timeout=10_000) as swept:
        desk.show()
    expired = swept.args[0]
    assert [h.trapped_item_barcode for h in expired] == [school.hatchet]
    qtbot.waitUntil(lambda: "have expired" in desk.banner.text())
    assert "Hatchet" in desk.banner.text() and "off the hold shelf" in desk.banner.text()
    with app_context.database.unit_of_work() as uow:
        assert uow.session.scalar(select(Hold.status)) == "expired"
        status = uow.session.scalar(select(Item.status).where(Item.barcode == school.hatchet))
    assert status == "available"  # nobody else was waiting: back on the shelf

    # the next run finds nothing more to do
    with qtbot.waitSignal(desk.hold_expiry.swept, timeout=10_000) as again:
        desk.hold_expiry.sweep()
    assert again.args[0] == []
    ui_context.tasks.wait_for_done()
