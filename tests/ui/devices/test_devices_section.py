"""The librarian's day in the Devices section, driven with the keyboard and mouse."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from lms_desktop.circulation.fees import fees_for_patron
from lms_desktop.circulation.patrons import find_patron_by_barcode
from lms_desktop.devices.register import device_input_of
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.devices.section import DevicesSection
from tests.devices.conftest import tiny_png
from tests.ui.devices.conftest import DeviceSchool


def _ok(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    [ok] = [b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _status(ui: UiContext, tag: str) -> str:
    with ui.unit_of_work() as uow:
        return device_input_of(uow, tag).status


def test_typing_in_the_search_narrows_the_list_and_shows_the_device(
    qtbot: QtBot, section: DevicesSection
) -> None:
    register = section.register
    assert register.model.rowCount() == 32
    with qtbot.waitSignal(register.listed, timeout=2000) as listed:
        qtbot.keyClicks(register.search, "spin")
    assert listed.args == [1]
    register.table.selectRow(0)
    assert register.detail.title.text().startswith("CB-LOOSE")
    assert "ACR1" in register.detail.facts.text()
    assert register.detail.components.item(0).text().startswith("charger")
    # the list and the detail name the type as the school does, not by its code
    headers = [
        register.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(register.model.columnCount())
    ]
    assert register.model.index(0, headers.index("Type")).data() == "Chromebook"
    assert "<b>Type</b>&nbsp;&nbsp;</td><td>Chromebook<" in register.detail.facts.text()


def test_adding_a_device_through_the_form(qtbot: QtBot, section: DevicesSection) -> None:
    dialog = section.register.add_device()
    qtbot.keyClicks(dialog.asset_tag, "IPAD-7")
    dialog.device_type.setCurrentIndex(dialog.device_type.findData("ipad"))
    qtbot.keyClicks(dialog.mac, "3c22.fb01.a29e")
    qtbot.keyClicks(dialog.price, "329")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: section.register.model.rowCount() == 33)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_wrong_mac_keeps_the_form_open_and_says_what_to_do(
    qtbot: QtBot, section: DevicesSection
) -> None:
    dialog = section.register.add_device()
    qtbot.keyClicks(dialog.asset_tag, "IPAD-8")
    qtbot.keyClicks(dialog.mac, "12:34")
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "MAC" in dialog.error.text()


def test_a_stack_of_tags_scanned_one_after_another(qtbot: QtBot, section: DevicesSection) -> None:
    dialog = section.register.bulk_add()
    for tag in ("NEW-1", "NEW-2", "NEW-3", "CB-001"):
        qtbot.keyClicks(dialog.scan, tag)
        qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert dialog.count.text() == "4 tag(s) scanned"
    _ok(qtbot, dialog)
    assert dialog.result_ is not None
    assert dialog.result_.added == ("NEW-1", "NEW-2", "NEW-3")
    assert dialog.result_.already_registered == ("CB-001",)
    qtbot.waitUntil(lambda: section.register.model.rowCount() == 35)


def test_lending_a_hotspot_needs_the_agreement_and_prints_a_receipt(
    qtbot: QtBot, section: DevicesSection, ui: UiContext, tmp_path: Path
) -> None:
    section.register.select_tag("HS-01")
    dialog = section.register.detail.lend()
    qtbot.keyClicks(dialog.patron_card, "P1001")
    _ok(qtbot, dialog)
    assert "Hotspot agreement" in dialog.error.text()
    qtbot.mouseClick(dialog.accepted_box, Qt.MouseButton.LeftButton)
    _ok(qtbot, dialog)
    assert dialog.outcome is not None and dialog.outcome.lent
    assert _status(ui, "HS-01") == "on_loan"
    receipt = dialog.save_receipt(tmp_path / "receipt.pdf")
    from pypdf import PdfReader

    assert "Maya Okafor" in PdfReader(receipt).pages[0].extract_text()


def test_check_in_asks_which_components_came_back_and_charges_the_missing_one(
    qtbot: QtBot, section: DevicesSection, ui: UiContext
) -> None:
    detail = section.register.detail
    section.register.select_tag("CB-LOOSE")
    lend = detail.lend()
    qtbot.keyClicks(lend.patron_card, "P1001")
    _ok(qtbot, lend)
    qtbot.waitUntil(lambda: detail.return_button.isEnabled())
    back = detail.check_in()
    assert back is not None
    charger_box = next(iter(back.component_boxes.values()))
    qtbot.mouseClick(charger_box, Qt.MouseButton.LeftButton)  # the charger did not come back
    qtbot.mouseClick(back.condition.screen, Qt.MouseButton.LeftButton)  # cracked screen
    _ok(qtbot, back)
    assert back.outcome is not None
    assert back.outcome.new_damage == ("screen",)
    with ui.unit_of_work() as uow:
        maya = find_patron_by_barcode(uow, "P1001")
        assert maya is not None
        fees = fees_for_patron(uow, maya.id)
    assert [(f.kind, f.amount_cents) for f in fees] == [("component", 3500)]
    qtbot.waitUntil(lambda: detail.checks_model.rowCount() == 2)

    # the cracked screen is new: the damage report opens, filled in, while Maya is here
    report = detail.damage_report
    assert report is not None and report.isVisible()
    assert report.description.toPlainText() == "New damage found at check-in: screen."
    qtbot.keyClicks(report.fee, "60.00")
    _ok(qtbot, report)
    qtbot.waitUntil(lambda: detail.incidents_model.rowCount() == 1)
    assert detail.incidents_model.row_at(0).patron_name.startswith("Okafor")
    with ui.unit_of_work() as uow:
        kinds = sorted((f.kind, f.amount_cents) for f in fees_for_patron(uow, maya.id))
    assert kinds == [("component", 3500), ("damaged", 6000)]


def test_an_incident_with_a_photo_shows_in_the_device_history(
    qtbot: QtBot, section: DevicesSection
) -> None:
    from lms_desktop.devices.incidents import PhotoInput

    detail = section.register.detail
    section.register.select_tag("CB-002")
    dialog = detail.report_damage()
    qtbot.keyClicks(dialog.description, "Dented lid")
    dialog.add_photo(PhotoInput("lid.png", tiny_png(8, 8)))
    assert dialog.photo_list.count() == 1
    dialog.add_photo(PhotoInput("notes.txt", b"hello"))
    assert dialog.photo_list.count() == 1 and "not a picture" in dialog.error.text()
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: detail.incidents_model.rowCount() == 1)
    assert detail.incidents_model.row_at(0).photo_count == 1


def test_the_ticket_dialog_shows_the_priority_from_impact_and_urgency(
    qtbot: QtBot, section: DevicesSection, ui: UiContext
) -> None:
    section.register.select_tag("CB-003")
    dialog = section.register.detail.open_ticket()
    assert dialog.priority_label.text() == "3 — Medium"
    with qtbot.waitSignal(dialog.priority_shown) as shown:
        dialog.impact.setCurrentIndex(0)
    assert shown.args == [2]
    dialog.urgency.setCurrentIndex(0)
    assert dialog.priority_label.text() == "1 — Critical"
    qtbot.keyClicks(dialog.symptom, "Will not power on")
    _ok(qtbot, dialog)
    assert _status(ui, "CB-003") == "in_repair"
    repairs = section.repairs
    qtbot.waitUntil(lambda: repairs.model.rowCount() == 1)
    repairs.table.selectRow(0)
    qtbot.mouseClick(repairs.status_buttons["fixed"], Qt.MouseButton.LeftButton)
    assert "available" in repairs.message.text()
    assert _status(ui, "CB-003") == "available"


def test_a_cart_goes_out_and_its_check_in_by_scanning_shows_the_empty_slots(
    qtbot: QtBot, section: DevicesSection, school: DeviceSchool, ui: UiContext
) -> None:
    carts = section.carts
    section.tabs.setCurrentWidget(carts)
    carts.lend_cart(school.teacher_card)
    qtbot.waitUntil(lambda: carts.scan.isEnabled())
    assert "Kim, Dana" in carts.summary.text()
    for tag in school.cart_tags:
        if tag in ("CB-007", "CB-019"):
            continue  # two Chromebooks stay in the classroom
        with qtbot.waitSignal(carts.slot_returned, timeout=3000):
            qtbot.keyClicks(carts.scan, tag)
            qtbot.keyClick(carts.scan, Qt.Key.Key_Return)
    assert "Empty slots: 7, 19." in carts.summary.text()
    qtbot.mouseClick(carts.finish_button, Qt.MouseButton.LeftButton)
    assert "#7 CB-007" in carts.summary.text() and "#19 CB-019" in carts.summary.text()
    assert _status(ui, "CB-007") == "missing"
    assert _status(ui, "CB-001") == "available"


def test_year_end_bulk_returns_empty_the_list_by_homeroom(
    qtbot: QtBot, section: DevicesSection, ui: UiContext
) -> None:
    detail = section.register.detail
    section.register.select_tag("CB-LOOSE")
    lend = detail.lend()
    qtbot.keyClicks(lend.patron_card, "P1001")
    _ok(qtbot, lend)
    collection = section.collection
    qtbot.waitUntil(lambda: collection.tree.topLevelItemCount() == 1)
    assert collection.tree.topLevelItem(0).text(0) == "7B"
    qtbot.keyClicks(collection.scan, "CB-LOOSE")
    qtbot.keyClick(collection.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: collection.results.count() == 1)
    qtbot.waitUntil(lambda: collection.tree.topLevelItemCount() == 0)
    assert _status(ui, "CB-LOOSE") == "available"

    qtbot.keyClicks(collection.student_card, "P1001")
    qtbot.keyClick(collection.student_card, Qt.Key.Key_Return)
    assert collection.damage_error.text() == "No damage on record."


def test_a_1_to_1_chromebook_in_repair_gets_a_loaner_linked_to_it(
    qtbot: QtBot, section: DevicesSection, ui: UiContext
) -> None:
    detail = section.register.detail
    section.register.select_tag("CB-010")
    detail.assign_student("P1001")
    qtbot.waitUntil(lambda: "Okafor" in detail.facts.text())
    assert not detail.loaner_button.isEnabled()  # not in repair yet
    ticket = detail.open_ticket()
    qtbot.keyClicks(ticket.symptom, "Hinge snapped")
    _ok(qtbot, ticket)
    qtbot.waitUntil(lambda: detail.loaner_button.isEnabled())
    message = detail.lend_loaner("CB-011")
    assert "Checked out" in message
    qtbot.waitUntil(lambda: "CB-011" in detail.facts.text())
    assert _status(ui, "CB-011") == "on_loan"


def test_a_loaner_whose_type_needs_an_agreement_waits_until_the_student_accepts_it(
    qtbot: QtBot, section: DevicesSection, ui: UiContext, tmp_path: Path
) -> None:
    detail = section.register.detail
    section.register.select_tag("CB-010")
    detail.assign_student("P1001")
    qtbot.waitUntil(lambda: "Okafor" in detail.facts.text())
    ticket = detail.open_ticket()
    qtbot.keyClicks(ticket.symptom, "Hinge snapped")
    _ok(qtbot, ticket)
    qtbot.waitUntil(lambda: detail.loaner_button.isEnabled())

    # the only loaner left is a hotspot, and hotspots need the signed agreement
    asked = detail.lend_loaner("HS-01")
    assert "Hotspot agreement" in asked
    agreement = detail.loaner_agreement
    assert agreement is not None and agreement.isVisible()
    assert _status(ui, "HS-01") == "available"
    _ok(qtbot, agreement)  # not ticked yet
    assert "tick that they accepted" in agreement.error.text()
    assert _status(ui, "HS-01") == "available"
    qtbot.mouseClick(agreement.accepted_box, Qt.MouseButton.LeftButton)
    _ok(qtbot, agreement)
    assert "Checked out" in detail.loaner_message
    assert _status(ui, "HS-01") == "on_loan"
    assert detail.receipt_button.isEnabled()
    receipt = detail.save_receipt(tmp_path / "loaner-receipt.pdf")
    assert receipt is not None
    from pypdf import PdfReader

    text = PdfReader(receipt).pages[0].extract_text()
    assert "Maya Okafor" in text and "HS-01" in text


def test_the_agreement_for_a_device_type_is_written_in_settings(
    qtbot: QtBot, ui: UiContext, school: DeviceSchool
) -> None:
    from lms_desktop.devices.agreements import agreement_for
    from lms_desktop.ui.devices.agreements_page import DeviceAgreementsPage

    page = DeviceAgreementsPage(ui)
    qtbot.addWidget(page)
    page.device_type.setCurrentIndex(page.device_type.findData("hotspot"))
    assert page.title.text() == "Hotspot agreement"
    page.device_type.setCurrentIndex(page.device_type.findData("ipad"))
    assert page.title.text() == ""
    qtbot.keyClicks(page.title, "iPad agreement")
    qtbot.keyClicks(page.body, "Handle with care.")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with ui.unit_of_work() as uow:
        saved = agreement_for(uow, "ipad")
    assert saved is not None and saved.body == "Handle with care."
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    with ui.unit_of_work() as uow:
        assert agreement_for(uow, "ipad") is None


def test_filling_a_cart_slot_by_scanning(qtbot: QtBot, section: DevicesSection) -> None:
    carts = section.carts
    carts.assign_slot(1, "CB-LOOSE")
    assert "already holds CB-001" in carts.error.text()
    with section.ctx.unit_of_work() as uow:
        from lms_desktop.devices.carts import create_cart

        create_cart(uow, "CART-B", "Cart B", 4)
        uow.commit()
    section.ctx.hub.data_changed.emit("devices")
    qtbot.waitUntil(lambda: carts.carts_model.rowCount() == 2)
    carts.carts_table.selectRow(1)
    assert carts.view is not None and carts.view.cart.name == "Cart B"
    carts.assign_slot(2, "CB-LOOSE")
    qtbot.waitUntil(lambda: carts.slots_model.row_at(1).asset_tag == "CB-LOOSE")


def test_a_device_scanned_in_at_the_desk_waits_for_its_kit_check(
    qtbot: QtBot, section: DevicesSection, ui: UiContext
) -> None:
    from lms_desktop.circulation.scan_router import DeskState, route_scan

    with ui.unit_of_work() as uow:
        maya = find_patron_by_barcode(uow, "P1001")
        assert maya is not None
        # lent an hour ago, so the next scan is a return and not a double scan
        route_scan(
            uow,
            "CB-LOOSE",
            DeskState(patron_id=maya.id),
            now=datetime.now(UTC) - timedelta(hours=1),
        )
        back = route_scan(uow, "CB-LOOSE", DeskState())
        assert back.outcome.value == "checked_in", back.message
    ui.hub.data_changed.emit("loans")
    kits = section.kits
    qtbot.waitUntil(lambda: kits.model.rowCount() == 1)
    assert section.tabs.tabText(section.tabs.indexOf(kits)) == "Kits to check (1)"
    kits.table.selectRow(0)
    dialog = kits.check_selected()
    assert dialog is not None
    qtbot.mouseClick(next(iter(dialog.component_boxes.values())), Qt.MouseButton.LeftButton)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: kits.model.rowCount() == 0)
    with ui.unit_of_work() as uow:
        assert [f.kind for f in fees_for_patron(uow, maya.id)] == ["component"]


def test_a_hidden_devices_section_catches_up_when_shown_again(
    qtbot: QtBot, section: DevicesSection, ui: UiContext
) -> None:
    from lms_desktop.devices.register import DeviceInput, add_device

    section.hide()
    with ui.unit_of_work() as uow:
        add_device(uow, DeviceInput("NEW-9", "chromebook"))
        uow.commit()
    ui.hub.data_changed.emit("devices")
    QCoreApplication.processEvents()  # a visible section would refresh here
    assert section.register.model.rowCount() == 32  # no work while hidden
    section.show()
    qtbot.waitUntil(lambda: section.register.model.rowCount() == 33)


def test_scanning_a_students_card_shows_their_damage_history(
    qtbot: QtBot, section: DevicesSection, ui: UiContext
) -> None:
    from lms_desktop.devices.incidents import IncidentInput, report_incident

    with ui.unit_of_work() as uow:
        report_incident(
            uow, IncidentInput("CB-003", "Cracked screen", fee_cents=6000, patron_barcode="P1001")
        )
    collection = section.collection
    qtbot.keyClicks(collection.student_card, "P1001")
    qtbot.keyClick(collection.student_card, Qt.Key.Key_Return)
    assert collection.damage_model.rowCount() == 1
    assert collection.damage_model.row_at(0).description == "Cracked screen"
    assert collection.damage_error.text() == ""

    collection.student_card.clear()
    qtbot.keyClicks(collection.student_card, "T2001")  # the teacher broke nothing
    qtbot.keyClick(collection.student_card, Qt.Key.Key_Return)
    assert collection.damage_model.rowCount() == 0
    assert "No damage on record" in collection.damage_error.text()
