"""Taking an incident photo with the webcam: the dialog, and what happens with no camera.

QtMultimedia is not touched except in the no-camera test: the dialog is driven with a
plain widget as its viewfinder and the picture handed over as the camera would."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from lms_desktop.devices.incidents import PhotoInput, image_kind
from lms_desktop.ui.devices import webcam
from lms_desktop.ui.devices.section import DevicesSection
from lms_desktop.ui.devices.webcam import WebcamDialog
from tests.ui.devices.conftest import DeviceSchool
from tests.ui.devices.test_devices_section import _ok


def test_take_photo_asks_the_camera_and_keeps_its_picture_as_a_png(qtbot: QtBot) -> None:
    dialog = WebcamDialog(QWidget())
    qtbot.addWidget(dialog)
    picture = QImage(32, 24, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    # the camera answers a Take photo request with its picture
    dialog.shoot_requested.connect(lambda: dialog.image_captured(1, picture))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.shoot, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.photo is not None and dialog.photo.file_name == "webcam.png"
    assert image_kind(dialog.photo.data) == "png"
    back = QImage.fromData(dialog.photo.data)
    assert (back.width(), back.height()) == (32, 24)


def test_closing_the_camera_without_a_photo_takes_none(qtbot: QtBot) -> None:
    dialog = WebcamDialog(QWidget())
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.reject()
    assert dialog.photo is None


# QtMultimedia says which optional system libraries (pipewire, VA-API) it could not load
@pytest.mark.qt_log_ignore(r"Couldn't (load|resolve) ")
def test_with_no_camera_plugged_in_the_librarian_is_told_to_add_a_file(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    multimedia = pytest.importorskip("PySide6.QtMultimedia")
    monkeypatch.setattr(multimedia.QMediaDevices, "videoInputs", staticmethod(lambda: []))
    told: list[str] = []
    monkeypatch.setattr(
        webcam.QMessageBox, "information", staticmethod(lambda _p, _t, text: told.append(text))
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    assert webcam.take_webcam_photo(parent) is None
    assert len(told) == 1 and "No webcam was found" in told[0] and "add the file" in told[0]


def test_a_webcam_photo_goes_on_the_incident_report(
    qtbot: QtBot, section: DevicesSection, school: DeviceSchool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.devices.conftest import tiny_png

    def camera(_parent: Any) -> PhotoInput:
        return PhotoInput("webcam.png", tiny_png(6, 6))

    monkeypatch.setattr(webcam, "take_webcam_photo", camera)
    section.register.select_tag("CB-002")
    dialog = section.register.detail.report_damage()
    qtbot.keyClicks(dialog.description, "Scratched lid")
    qtbot.mouseClick(dialog.webcam_button, Qt.MouseButton.LeftButton)
    assert dialog.photo_list.count() == 1
    assert dialog.photos[0].file_name == "webcam.png"
    _ok(qtbot, dialog)
    detail = section.register.detail
    qtbot.waitUntil(lambda: detail.incidents_model.rowCount() == 1)
    assert detail.incidents_model.row_at(0).photo_count == 1
