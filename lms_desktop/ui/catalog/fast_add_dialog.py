"""The fast add dialog: catalog a book in hand in five boxes. The desk opens it too."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.catalog.fast_add import FastAddInput, FastAddResult, fast_add
from lms_desktop.catalog.lookups import copy_item_types, known_locations
from lms_desktop.catalog.sru import (
    SearchBy,
    SruHit,
    SruSearchResult,
    SruTargetInfo,
    list_targets,
    search_target,
)
from lms_desktop.errors import DomainError
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text
from lms_desktop.ui.tasks import Progress, TaskRunner
from lms_desktop.ui.theme import text_colour_css


class FastAddDialog(QDialog):
    """Title, author, ISBN, call number and barcode -> a minimal MARC record and its copy.

    Open it with a barcode already filled in (an unknown barcode scanned at the desk):
    `FastAddDialog(ctx, barcode="31234000123456").open()`.

    With a copy-cataloging server set up, **Look up** finds the ISBN there and fills the
    boxes; the server's full record is then saved instead of a minimal one.

    Signals:
        added(object): the FastAddResult of the title (and copy) just added.
        looked_up(str): '' when the ISBN was found, else the message shown.
    """

    added = Signal(object)
    looked_up = Signal(str)

    def __init__(self, ctx: UiContext, barcode: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_added: FastAddResult | None = None
        self.copied: SruHit | None = None
        self.copied_from = ""
        self.network = TaskRunner(self)
        self.lookup_timeout = 10.0
        self.setWindowTitle(self.tr("Fast add a book"))
        intro = QLabel(
            self.tr(
                "For a book in hand. Type what is on the title page; the record can be "
                "completed later in the MARC editor."
            )
        )
        intro.setWordWrap(True)

        self.title = self._line(self.tr("Title"), self.tr("e.g. Charlotte's web"))
        self.author = self._line(self.tr("Author"), self.tr("e.g. White, E. B."))
        self.isbn = self._line(self.tr("ISBN"), self.tr("scan or type the ISBN"))
        self.year = QSpinBox()
        self.year.setRange(0, 2100)
        self.year.setSpecialValueText(self.tr("unknown"))
        self.year.setAccessibleName(self.tr("Publication year"))
        self.call_number = self._line(self.tr("Call number"), self.tr("e.g. FIC WHI"))
        self.barcode = self._line(self.tr("Barcode"), self.tr("scan the copy's barcode"))
        self.barcode.setText(barcode)
        self.location = self._line(self.tr("Location"), self.tr("e.g. Fiction"))
        self.item_type = QComboBox()
        self.item_type.setAccessibleName(self.tr("Item type"))
        with ctx.unit_of_work() as uow:
            for code, name in copy_item_types(uow):
                self.item_type.addItem(name, code)
            locations = known_locations(uow)
            targets = list_targets(uow, enabled_only=True)
        self.location.setCompleter(QCompleter(list(locations), self))
        self._lookup_target: SruTargetInfo | None = targets[0] if targets else None
        self.lookup_button = QPushButton(self.tr("Look up"))
        self.lookup_button.setAutoDefault(False)
        self.lookup_button.setAccessibleName(self.tr("Look up the ISBN"))
        self.lookup_button.setEnabled(self._lookup_target is not None)
        self.lookup_button.setToolTip(
            self.tr("Find this ISBN on {name} and use its full record").format(
                name=self._lookup_target.name
            )
            if self._lookup_target
            else self.tr("Set up a copy-cataloging server in Settings to look up ISBNs")
        )
        self.lookup_button.clicked.connect(self.look_up)
        for line in (self.title, self.author):
            line.textEdited.connect(self._typed_over_lookup)
        isbn_row = QHBoxLayout()
        isbn_row.addWidget(self.isbn, 1)
        isbn_row.addWidget(self.lookup_button)
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.found.setAccessibleName(self.tr("Look-up result"))
        self.found.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Author:"), self.author)
        form.addRow(self.tr("ISBN:"), isbn_row)
        form.addRow("", self.found)
        form.addRow(self.tr("&Year:"), self.year)
        form.addRow(self.tr("&Call number:"), self.call_number)
        form.addRow(self.tr("&Barcode:"), self.barcode)
        form.addRow(self.tr("&Location:"), self.location)
        form.addRow(self.tr("Item t&ype:"), self.item_type)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_colour_css("#aa0000"))
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

    def _say(self, text: str) -> None:
        self.found.setText(text)
        self.found.setVisible(bool(text))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A scanner ends the ISBN or barcode with Enter: move on (and look the ISBN up)
        # instead of saving a half-filled form.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in (
            self.isbn,
            self.barcode,
        ):
            if self.focusWidget() is self.isbn and self.lookup_button.isEnabled():
                self.look_up()
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def look_up(self) -> None:
        """Search the first copy-cataloging server for the ISBN, off the GUI thread."""
        target = self._lookup_target
        if target is None:
            return
        isbn, timeout = self.isbn.text(), self.lookup_timeout
        self._say(self.tr("Looking up on {name}…").format(name=target.name))
        self.lookup_button.setEnabled(False)

        def job(_progress: Progress) -> SruSearchResult:
            return search_target(target, SearchBy.ISBN, isbn, maximum=1, timeout=timeout)

        self.network.submit(job, on_done=self._looked_up, on_error=self._lookup_failed)

    def _looked_up(self, result: SruSearchResult) -> None:
        self.lookup_button.setEnabled(True)
        if not result.hits:
            self.copied = None
            text = self.tr("{name} has no record for this ISBN; type the details.").format(
                name=result.target_name
            )
            self._say(text)
            self.looked_up.emit(text)
            return
        hit = result.hits[0]
        self.copied, self.copied_from = hit, result.target_name
        self.title.setText(hit.title)
        self.author.setText(hit.author)
        self.year.setValue(hit.year or 0)
        self._say(
            self.tr("Found on {name}: its full record will be saved.").format(
                name=result.target_name
            )
        )
        self.looked_up.emit("")

    def _lookup_failed(self, exc: BaseException) -> None:
        self.lookup_button.setEnabled(True)
        self.copied = None
        text = error_text(exc)
        self._say(text)
        self.looked_up.emit(text)

    def _typed_over_lookup(self, _text: str) -> None:
        if self.copied is not None:
            self.copied = None
            self._say(
                self.tr("You changed the details: a short record will be made from the boxes.")
            )

    def submit(self) -> bool:
        try:
            copied = self.copied.to_record() if self.copied is not None else None
            with self.ctx.unit_of_work() as uow:
                result = fast_add(
                    uow, self.input(), copied_record=copied, copied_from=self.copied_from
                )
                uow.commit()
        except DomainError as exc:
            self.message.setText(error_text(exc))
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
