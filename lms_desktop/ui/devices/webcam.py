"""Optional webcam capture for incident photos (QtMultimedia, loaded only when asked)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtWidgets import QMessageBox, QWidget

from lms_desktop.devices.incidents import PhotoInput


def _tr(text: str) -> str:
    return QCoreApplication.translate("Webcam", text)


def take_webcam_photo(parent: QWidget) -> PhotoInput | None:
    """Show the first camera's picture and take one photo; None if there is no camera."""
    try:
        from PySide6.QtMultimedia import (
            QCamera,
            QImageCapture,
            QMediaCaptureSession,
            QMediaDevices,
        )
        from PySide6.QtMultimediaWidgets import QVideoWidget
    except ImportError:
        QMessageBox.information(
            parent, _tr("Webcam"), _tr("Webcam support is not installed. Add a photo file.")
        )
        return None
    if not QMediaDevices.videoInputs():
        QMessageBox.information(
            parent,
            _tr("Webcam"),
            _tr(
                "No webcam was found. Plug one in, or take the photo with a phone and add the file."
            ),
        )
        return None
    from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr("Take a photo"))
    video = QVideoWidget(dialog)
    video.setMinimumSize(480, 360)
    shoot = QPushButton(_tr("Take photo"), dialog)
    shoot.setAccessibleName(_tr("Take photo"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(video)
    layout.addWidget(shoot)
    camera = QCamera(QMediaDevices.defaultVideoInput())
    session = QMediaCaptureSession()
    capture = QImageCapture()
    session.setCamera(camera)
    session.setImageCapture(capture)
    session.setVideoOutput(video)
    taken: list[bytes] = []

    def captured(_id: int, image: object) -> None:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[attr-defined]
        taken.append(bytes(data.data()))
        dialog.accept()

    capture.imageCaptured.connect(captured)
    shoot.clicked.connect(capture.capture)
    camera.start()
    dialog.exec()
    camera.stop()
    return PhotoInput("webcam.png", taken[0]) if taken else None
