"""A busy morning: Maya's loan from thirty actions ago is found and undone."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lms_desktop.bootstrap import AppContext
from lms_desktop.circulation.loans import checkin_item, checkout_item
from lms_desktop.circulation.models import Item, Loan
from lms_desktop.circulation.results import ScanOutcome
from lms_desktop.ui.desk.desk_screen import JOURNAL_ROWS, DeskSection
from tests.ui.desk.conftest import DeskSchool, scan_and_wait


def test_only_this_patron_lists_an_action_older_than_the_last_actions_and_undoes_it(
    qtbot: QtBot, desk: DeskSection, school: DeskSchool, app_context: AppContext
) -> None:
    scan_and_wait(qtbot, desk, school.maya_card)
    lent = scan_and_wait(qtbot, desk, school.hatchet)
    assert lent.scan is not None and lent.scan.outcome == ScanOutcome.CHECKED_OUT
    # then a busy half hour at the other desk: Maya's loan drops off Last actions
    with app_context.database.unit_of_work("Aide Sam") as uow:
        for _ in range(JOURNAL_ROWS):
            checkout_item(uow, school.leo, school.wonder[0])
            checkin_item(uow, school.wonder[0])
    with qtbot.waitSignal(desk.journal.modelReset, timeout=10_000):
        desk.refresh()
    assert all(row.patron_id != school.maya for row in desk.journal.rows())

    scan_and_wait(qtbot, desk, school.maya_card)
    with qtbot.waitSignal(desk.journal.modelReset, timeout=10_000):
        desk.patron_only_box.setChecked(True)
    rows = desk.journal.rows()
    assert rows and all(row.patron_id == school.maya for row in rows)
    assert [row.action for row in rows] == ["checkout"]

    desk.journal_view.selectRow(0)
    assert desk.undo_button.isEnabled()
    with qtbot.waitSignal(desk.answered, timeout=10_000):
        desk.undo_button.click()
    with app_context.database.unit_of_work() as uow:
        hatchet = uow.session.scalar(select(Item.id).where(Item.barcode == school.hatchet))
        assert uow.session.scalar(select(Loan.id).where(Loan.item_id == hatchet)) is None

    # done with Maya: the whole desk's last actions come back
    with qtbot.waitSignal(desk.journal.modelReset, timeout=10_000):
        desk.clear_patron()
    assert len(desk.journal.rows()) == JOURNAL_ROWS
