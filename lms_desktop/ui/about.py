"""The About box: version and where the database lives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from lms_desktop import APP_NAME, __version__
from lms_desktop.config import describe_database


class AboutDialog(QDialog):
    def __init__(self, database_url: str, backup_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        layout = QVBoxLayout(self)
        self.text = QLabel(
            f"<h2>{APP_NAME}</h2>"
            + self.tr("<p>Version {version}</p>").format(version=__version__)
            + self.tr("<p>Library database:<br><tt>{where}</tt></p>").format(
                where=describe_database(database_url)
            )
            + self.tr("<p>Backups:<br><tt>{where}</tt></p>").format(where=backup_dir)
        )
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
