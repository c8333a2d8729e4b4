"""A Spanish-reading librarian runs the Devices section: what it says back reads Spanish.

These need the devices area's Spanish in lms_desktop/resources/translations/*.ts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from lms_desktop.ui.context import UiContext
from lms_desktop.ui.devices.section import DevicesSection
from tests.ui.devices.conftest import DeviceSchool

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def section_es(spanish: None, section: DevicesSection) -> DevicesSection:
    """The Devices section built while Spanish is installed."""
    return section


def _ok(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    [ok] = [b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_in_spanish_the_device_list_reads_spanish(section_es: DevicesSection) -> None:
    model = section_es.register.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:2] == ["Etiqueta de inventario", "Tipo"]
    assert "Ubicación / hueco del carro" in headers
    assert model.data(model.index(0, 4)) == "Disponible"
    # the longer Spanish headings are not cut off ("ueta de invent")
    table = section_es.register.table
    header = table.horizontalHeader()
    assert all(
        table.columnWidth(c) >= header.sectionSizeHint(c) for c in range(model.columnCount())
    )


def test_in_spanish_a_hotspot_without_its_agreement_is_refused_in_spanish(
    qtbot: QtBot, section_es: DevicesSection
) -> None:
    section_es.register.select_tag("HS-01")
    dialog = section_es.register.detail.lend()
    qtbot.keyClicks(dialog.patron_card, "P1001")
    _ok(qtbot, dialog)
    assert dialog.error.text() == (
        "HS-01 necesita el «Hotspot agreement» firmado antes de salir. Léalo con el alumno, "
        "marque «Acuerdo aceptado» e imprima el comprobante para firmarlo."
    )


def test_in_spanish_a_charger_that_did_not_come_back_is_named_and_charged_in_spanish(
    qtbot: QtBot, section_es: DevicesSection, ui: UiContext
) -> None:
    """Maya brings CB-LOOSE back without its charger and with a cracked screen."""
    detail = section_es.register.detail
    section_es.register.select_tag("CB-LOOSE")
    lend = detail.lend()
    qtbot.keyClicks(lend.patron_card, "P1001")
    _ok(qtbot, lend)
    qtbot.waitUntil(lambda: detail.return_button.isEnabled())
    qtbot.waitUntil(lambda: detail.checks_model.rowCount() == 1)
    checks = detail.checks_model
    assert [checks.data(checks.index(0, c)) for c in (1, 2)] == ["Préstamo", "todo bien"]
    back = detail.check_in()
    assert back is not None
    qtbot.mouseClick(next(iter(back.component_boxes.values())), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(back.condition.screen, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(ui.hub.status_message) as said:
        _ok(qtbot, back)
    [status] = said.args
    assert "Kit de CB-LOOSE revisado: faltan: charger (se cobran $35.00)." in status
    assert status.endswith("Daño nuevo: pantalla. Complete el informe de daños.")
    report = detail.damage_report
    assert report is not None
    assert report.description.toPlainText() == "Daño nuevo encontrado al devolverlo: pantalla."


def test_in_spanish_a_cart_checked_in_empty_lists_its_missing_devices_in_spanish(
    qtbot: QtBot, section_es: DevicesSection, school: DeviceSchool
) -> None:
    carts = section_es.carts
    section_es.tabs.setCurrentWidget(carts)
    carts.lend_cart(school.teacher_card)
    qtbot.waitUntil(lambda: carts.scan.isEnabled())
    qtbot.keyClicks(carts.scan, "CB-LOOSE")  # never went out with the cart
    qtbot.keyClick(carts.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(carts.error.text()), timeout=3000)
    assert carts.error.text() == (
        "CB-LOOSE no salió con Cart A. Apártelo y devuélvalo en el mostrador."
    )
    qtbot.mouseClick(carts.finish_button, Qt.MouseButton.LeftButton)
    assert (
        "Huecos vacíos (dispositivos marcados ahora como extraviados): #1 CB-001, #2 CB-002"
        in carts.summary.text()
    )


def test_in_spanish_repair_tickets_name_their_status_and_priority_in_spanish(
    qtbot: QtBot, section_es: DevicesSection
) -> None:
    section_es.register.select_tag("CB-003")
    dialog = section_es.register.detail.open_ticket()
    assert dialog.priority_label.text() == "3 — Media"
    qtbot.keyClicks(dialog.symptom, "No enciende")
    _ok(qtbot, dialog)
    repairs = section_es.repairs
    assert [b.text() for b in repairs.status_buttons.values()] == [
        "Abierta",
        "Enviada a informática",
        "Esperando piezas",
        "Resuelta",
        "Dada de baja",
    ]
    qtbot.waitUntil(lambda: repairs.model.rowCount() == 1)
    repairs.table.selectRow(0)
    qtbot.mouseClick(repairs.status_buttons["sent_to_it"], Qt.MouseButton.LeftButton)
    assert repairs.message.text() == (
        "Orden n.º 1: Enviada a informática. CB-003 está ahora en reparación."
    )
