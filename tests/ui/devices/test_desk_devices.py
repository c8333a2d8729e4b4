"""At the desk, asset tags scan like copy barcodes; the kit follows the loan."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from lms_desktop.circulation.results import ScanOutcome
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.devices.section import DevicesSection
from tests.ui.desk.conftest import DeskWindow, scan_and_wait
from tests.ui.devices.conftest import DeviceSchool


@pytest.fixture
def desk_window(qtbot: QtBot, ui: UiContext, school: DeviceSchool) -> Iterator[DeskWindow]:
    win = DeskWindow(ui)
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow())
    qtbot.waitUntil(lambda: ui.tasks.pending() == 0)
    yield win
    ui.tasks.wait_for_done()


def test_a_student_card_then_an_asset_tag_lends_the_chromebook_with_its_charger(
    qtbot: QtBot, desk_window: DeskWindow, ui: UiContext
) -> None:
    devices = DevicesSection(ui)
    qtbot.addWidget(devices)
    desk = desk_window.desk
    picked = scan_and_wait(qtbot, desk, "P1001")
    assert picked.scan is not None and picked.scan.outcome == ScanOutcome.PATRON_SELECTED
    lent = scan_and_wait(qtbot, desk, "CB-LOOSE")
    assert lent.scan is not None
    assert lent.scan.outcome == ScanOutcome.CHECKED_OUT, lent.message
    assert lent.scan.kind == "device"
    qtbot.waitUntil(lambda: devices.register.model.rowCount() == 32)
    devices.register.select_tag("CB-LOOSE")
    assert "Okafor" in devices.register.detail.facts.text()

    from lms_desktop.devices.kits import components_on_loan

    assert lent.scan.loan is not None
    with ui.unit_of_work() as uow:
        kit = components_on_loan(uow, lent.scan.loan.id)
    assert [v.component.name for v in kit] == ["charger"]


def test_a_teacher_scans_a_whole_cart_out_at_the_desk_and_its_slots_are_remembered(
    qtbot: QtBot, desk_window: DeskWindow, ui: UiContext
) -> None:
    desk = desk_window.desk
    scan_and_wait(qtbot, desk, "T2001")
    lent = scan_and_wait(qtbot, desk, "CART-A")
    assert lent.scan is not None
    assert lent.scan.outcome == ScanOutcome.CHECKED_OUT, lent.message
    from lms_desktop.devices.carts import cart_view

    with ui.unit_of_work() as uow:
        view = cart_view(uow, "CART-A")
    assert view.loan_id is not None and len(view.missing_devices) == 30


def test_a_chromebook_from_a_cart_out_with_a_teacher_is_refused_to_a_student_at_the_desk(
    qtbot: QtBot, desk_window: DeskWindow, ui: UiContext
) -> None:
    desk = desk_window.desk
    scan_and_wait(qtbot, desk, "T2001")
    assert scan_and_wait(qtbot, desk, "CART-A").scan.outcome == ScanOutcome.CHECKED_OUT
    scan_and_wait(qtbot, desk, "P1001")
    refused = scan_and_wait(qtbot, desk, "CB-007")
    assert refused.scan is not None
    assert refused.scan.outcome == ScanOutcome.REFUSED
    assert "out in Cart A (slot 7) with Kim, Dana" in refused.message
    from lms_desktop.devices.lending import open_device_loan

    with ui.unit_of_work() as uow:
        assert open_device_loan(uow, "CB-007") is None
        assert open_device_loan(uow, "CART-A") is not None
