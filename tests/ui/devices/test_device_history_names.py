"""A device's history names its checks and incidents as the librarian says them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from lms_desktop.ui.devices.section import DevicesSection


def _ok(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    [ok] = [b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_the_history_says_check_out_and_damage_instead_of_codes(
    qtbot: QtBot, section: DevicesSection
) -> None:
    detail = section.register.detail
    section.register.select_tag("CB-002")
    lend = detail.lend()
    qtbot.keyClicks(lend.patron_card, "P1001")
    lend.condition.hinge.setChecked(False)  # the hinge was loose already
    _ok(qtbot, lend)
    qtbot.waitUntil(lambda: detail.checks_model.rowCount() == 1)
    checks = detail.checks_model
    assert [checks.data(checks.index(0, c)) for c in (1, 2)] == ["Check-out", "problems: hinge"]
    report = detail.report_damage()
    qtbot.keyClicks(report.description, "Dented lid")
    _ok(qtbot, report)
    qtbot.waitUntil(lambda: detail.incidents_model.rowCount() == 1)
    incidents = detail.incidents_model
    assert incidents.data(incidents.index(0, 1)) == "Damage"
