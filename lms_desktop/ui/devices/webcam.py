"""Optional webcam capture for incident photos (QtMultimedia, loaded only when asked)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    Signal,
)
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from lms_desktop.devices.incidents import PhotoInput

_NO_WEBCAM = QT_TRANSLATE_NOOP(
    "Webcam", "No webcam was found. Plug one in, or take the photo with a phone and add the file."
)


class WebcamDialog(QDialog):
    """The camera's picture above a Take photo button; keeps the one photo taken.

    Signals:
        shoot_requested(): Take photo was pressed (the camera should capture now).
    """

    shoot_requested = Signal()

    def __init__(self, viewfinder: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo: PhotoInput | None = None
        self.setWindowTitle(QCoreApplication.translate("Webcam", "Take a photo"))
        viewfinder.setParent(self)
        viewfinder.setMinimumSize(480, 360)
        self.shoot = QPushButton(QCoreApplication.translate("Webcam", "Take photo"), self)
        self.shoot.setAccessibleName(QCoreApplication.translate("Webcam", "Take photo"))
        self.shoot.clicked.connect(self.shoot_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(viewfinder)
        layout.addWidget(self.shoot)

    def image_captured(self, _request_id: int, image: QImage) -> None:
        """The camera delivered the picture: keep it as a PNG and close."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        self.photo = PhotoInput("webcam.png", bytes(data.data()))
        self.accept()


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
            parent,
            QCoreApplication.translate("Webcam", "Webcam"),
            QCoreApplication.translate(
                "Webcam", "Webcam support is not installed. Add a photo file."
            ),
        )
        return None
    if not QMediaDevices.videoInputs():
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Webcam", "Webcam"),
            QCoreApplication.translate("Webcam", _NO_WEBCAM),
        )
        return None
    video = QVideoWidget()
    dialog = WebcamDialog(video, parent)
    camera = QCamera(QMediaDevices.defaultVideoInput())
    session = QMediaCaptureSession()
    capture = QImageCapture()
    session.setCamera(camera)
    session.setImageCapture(capture)
    session.setVideoOutput(video)
    capture.imageCaptured.connect(dialog.image_captured)
    dialog.shoot_requested.connect(capture.capture)
    camera.start()
    dialog.exec()
    camera.stop()
    return dialog.photo
