"""Add or edit one patron: details, photo from a file, notes, block and status."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.circulation.patrons import PatronInput
from lms_desktop.circulation.results import PatronDetail
from lms_desktop.errors import ValidationError
from lms_desktop.ui.domain_text import shown
from lms_desktop.ui.patrons.statuses import status_label
from lms_desktop.ui.theme import text_colour_css

STATUSES = ("active", "inactive", "graduated", "left")
PHOTO_MAX = (240, 300)
MAX_PHOTO_FILE_BYTES = 20 * 1024 * 1024


def photo_from_file(path: Path) -> bytes:
    """A patron photo from an image file, scaled down and stored as JPEG. The
    ValidationError's message is already in the reader's language (this runs on the GUI
    thread, where the translators are)."""
    translate = QCoreApplication.translate
    try:
        if path.stat().st_size > MAX_PHOTO_FILE_BYTES:
            raise ValidationError(
                translate(
                    "PatronDialog", "{file} is too big for a photo. Pick a smaller image."
                ).format(file=path.name)
            )
    except OSError as exc:
        raise ValidationError(
            translate("PatronDialog", "{file} cannot be read ({reason}).").format(
                file=path.name, reason=exc.strerror
            )
        ) from exc
    image = QImage(str(path))
    if image.isNull():
        raise ValidationError(
            translate(
                "PatronDialog",
                "{file} is not a picture this app can read. Use a JPEG or PNG photo.",
            ).format(file=path.name)
        )
    if image.width() > PHOTO_MAX[0] or image.height() > PHOTO_MAX[1]:
        image = image.scaled(
            *PHOTO_MAX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    buffer.close()
    return bytes(data.data())


class PatronDialog(QDialog):
    """Signals:
    photo_changed(): a photo was chosen or removed.
    """

    photo_changed = Signal()

    def __init__(
        self,
        patron_types: list[tuple[str, str]],
        detail: PatronDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.detail = detail
        self.photo: bytes | None = detail.photo if detail else None
        self.photo_touched = False
        self.setWindowTitle(self.tr("Edit patron") if detail else self.tr("New patron"))
        p = detail.patron if detail else None

        def line(value: str, name: str) -> QLineEdit:
            field = QLineEdit(value)
            field.setAccessibleName(name)
            return field

        self.first_name = line(p.first_name if p else "", self.tr("First name"))
        self.last_name = line(p.last_name if p else "", self.tr("Last name"))
        self.barcode = line(p.barcode if p else "", self.tr("Card barcode"))
        self.sis_id = line((p.sis_id or "") if p else "", self.tr("Student ID"))
        self.grade = line(p.grade if p else "", self.tr("Grade"))
        self.homeroom = line(p.homeroom if p else "", self.tr("Homeroom"))
        self.teacher = line(p.homeroom_teacher if p else "", self.tr("Homeroom teacher"))
        self.email = line(detail.email if detail else "", self.tr("Email"))
        self.guardian_email = line(
            detail.guardian_email if detail else "", self.tr("Guardian email")
        )
        self.block_reason = line(detail.block_reason if detail else "", self.tr("Block reason"))
        self.block_reason.setPlaceholderText(self.tr("Empty: may borrow"))
        self.patron_type = QComboBox()
        self.patron_type.setAccessibleName(self.tr("Patron type"))
        for code, name in patron_types:
            self.patron_type.addItem(name, code)
        if p:
            self.patron_type.setCurrentIndex(max(0, self.patron_type.findData(p.patron_type)))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in STATUSES:
            self.status.addItem(status_label(status).capitalize(), status)
        if p:
            self.status.setCurrentIndex(max(0, self.status.findData(p.status)))
        self.notes = QPlainTextEdit(detail.notes if detail else "")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setMaximumHeight(80)

        self.photo_label = QLabel()
        self.photo_label.setFixedSize(120, 150)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setAccessibleName(self.tr("Photo"))
        self.photo_label.setStyleSheet("background: #e5e7eb; color: #4b5563;")
        self.choose_photo = QPushButton(self.tr("Choose photo…"))
        self.choose_photo.setAccessibleName(self.tr("Choose a photo file"))
        self.choose_photo.clicked.connect(self._ask_photo)
        self.remove_photo = QPushButton(self.tr("Remove photo"))
        self.remove_photo.setAccessibleName(self.tr("Remove the photo"))
        self.remove_photo.clicked.connect(lambda: self.set_photo(None))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_colour_css("#9b1c1c"))
        self.message.setAccessibleName(self.tr("Patron form message"))

        form = QFormLayout()
        form.addRow(self.tr("First name:"), self.first_name)
        form.addRow(self.tr("Last name:"), self.last_name)
        form.addRow(self.tr("Type:"), self.patron_type)
        form.addRow(self.tr("Card barcode:"), self.barcode)
        form.addRow(self.tr("Student ID (SIS):"), self.sis_id)
        form.addRow(self.tr("Grade:"), self.grade)
        form.addRow(self.tr("Homeroom:"), self.homeroom)
        form.addRow(self.tr("Homeroom teacher:"), self.teacher)
        form.addRow(self.tr("Email:"), self.email)
        form.addRow(self.tr("Guardian email:"), self.guardian_email)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Blocked because:"), self.block_reason)
        form.addRow(self.tr("Notes:"), self.notes)
        photo_column = QVBoxLayout()
        photo_column.addWidget(self.photo_label)
        photo_column.addWidget(self.choose_photo)
        photo_column.addWidget(self.remove_photo)
        photo_column.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addLayout(photo_column)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._show_photo()

    def _show_photo(self) -> None:
        pixmap = QPixmap()
        if self.photo and pixmap.loadFromData(self.photo):
            self.photo_label.setPixmap(
                pixmap.scaled(
                    120,
                    150,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.photo_label.clear()
            self.photo_label.setText(self.tr("No photo"))
        self.remove_photo.setEnabled(bool(self.photo))

    def set_photo(self, photo: bytes | None) -> None:
        self.photo = photo
        self.photo_touched = True
        self._show_photo()
        self.photo_changed.emit()

    def load_photo(self, path: Path) -> bool:
        try:
            self.set_photo(photo_from_file(path))
        except ValidationError as exc:
            self.message.setText(shown(exc.message))
            return False
        self.message.clear()
        return True

    def _ask_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Patron photo"), "", self.tr("Pictures (*.jpg *.jpeg *.png *.bmp)")
        )
        if name:
            self.load_photo(Path(name))

    def patron_input(self) -> PatronInput:
        return PatronInput(
            barcode=self.barcode.text().strip(),
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            patron_type=str(self.patron_type.currentData() or "student"),
            grade=self.grade.text().strip(),
            homeroom=self.homeroom.text().strip(),
            homeroom_teacher=self.teacher.text().strip(),
            sis_id=self.sis_id.text().strip() or None,
            email=self.email.text().strip(),
            guardian_email=self.guardian_email.text().strip(),
            status=str(self.status.currentData() or "active"),
            notes=self.notes.toPlainText().strip(),
            block_reason=self.block_reason.text().strip(),
        )

    def _check_and_accept(self) -> None:
        data = self.patron_input()
        if not data.first_name and not data.last_name:
            self.message.setText(self.tr("Type the patron's name."))
            return
        if not data.barcode:
            self.message.setText(self.tr("Scan or type the patron's card barcode."))
            return
        self.accept()
