"""A plain notice for a section whose tools are not built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class NotYetBuiltSection(QWidget):
    def __init__(self, title: str, what_it_will_do: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(
            self.tr("This part of LMS Desktop is not ready yet. When it is, it will let you:")
            + f"<p>{what_it_will_do}</p>"
        )
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        for label in (heading, body):
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setAccessibleName(f"{title}: not ready yet")
