"""The fast add dialog: catalog a book in hand in five boxes. The desk opens it too."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.catalog.fast_add import FastAddInput, FastAddResult, fast_add
from lms_desktop.catalog.lookups import copy_item_types, known_locations
from lms_desktop.errors import DomainError
from lms_desktop.ui.context import UiContext


class FastAddDialog(QDialog):
    """Title, author, ISBN, call number and barcode -> a minimal MARC record and its copy.

    Open it with a barcode already filled in (an unknown barcode scanned at the desk):
    `FastAddDialog(ctx, barcode="31234000123456").open()`.

    Signals:
        added(object): the FastAddResult of the title (and copy) just added.
    """

    added = Signal(object)

    def __init__(self, ctx: UiContext, barcode: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_added: FastAddResult | None = None
        self.setWindowTitle(self.tr("Fast add a book"))
        intro = QLabel(
            self.tr(
                "For a book in hand. Type what is on the title page; the record can be "
                "completed later in the MARC editor."
            )
        )
        intro.setWordWrap(True)

        self.title = self._line(self.tr("Title"), self.tr("Charlotte's web"))
        self.author = self._line(self.tr("Author"), self.tr("White, E. B."))
        self.isbn = self._line(self.tr("ISBN"), "978-0-06-440055-8")
        self.year = QSpinBox()
        self.year.setRange(0, 2100)
        self.year.setSpecialValueText(self.tr("unknown"))
        self.year.setAccessibleName(self.tr("Publication year"))
        self.call_number = self._line(self.tr("Call number"), "FIC WHI")
        self.barcode = self._line(self.tr("Barcode"), self.tr("scan the copy's barcode"))
        self.barcode.setText(barcode)
        self.location = self._line(self.tr("Location"), self.tr("Fiction"))
        self.item_type = QComboBox()
        self.item_type.setAccessibleName(self.tr("Item type"))
        with ctx.unit_of_work() as uow:
            for code, name in copy_item_types(uow):
                self.item_type.addItem(name, code)
            locations = known_locations(uow)
        self.location.setCompleter(QCompleter(list(locations), self))

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Author:"), self.author)
        form.addRow(self.tr("&ISBN:"), self.isbn)
        form.addRow(self.tr("&Year:"), self.year)
        form.addRow(self.tr("&Call number:"), self.call_number)
        form.addRow(self.tr("&Barcode:"), self.barcode)
        form.addRow(self.tr("&Location:"), self.location)
        form.addRow(self.tr("Item t&ype:"), self.item_type)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00;")
        self.message.setAccessibleName(self.tr("Problem"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Add to catalog"))
        save.setAccessibleName(self.tr("Add to catalog"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(name)
        line.setPlaceholderText(placeholder)
        return line

    def input(self) -> FastAddInput:
        return FastAddInput(
            title=self.title.text(),
            author=self.author.text(),
            isbn=self.isbn.text(),
            call_number=self.call_number.text(),
            barcode=self.barcode.text(),
            location=self.location.text(),
            item_type=str(self.item_type.currentData() or "book"),
            publication_year=self.year.value() or None,
        )

    def submit(self) -> bool:
        try:
            with self.ctx.unit_of_work() as uow:
                result = fast_add(uow, self.input())
                uow.commit()
        except DomainError as exc:
            self.message.setText(exc.message)
            return False
        self.result_added = result
        if result.added_to_existing_title:
            text = self.tr("That ISBN was already in the catalog: copy {barcode} added to it.")
        elif result.barcode:
            text = self.tr("“{title}” added with copy {barcode}.")
        else:
            text = self.tr("“{title}” added (no copy yet).")
        self.ctx.hub.status_message.emit(text.format(title=result.title, barcode=result.barcode))
        self.ctx.hub.data_changed.emit("catalog")
        self.added.emit(result)
        self.accept()
        return True
