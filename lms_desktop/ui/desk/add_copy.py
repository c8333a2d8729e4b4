"""Unknown barcode at the desk: add the copy (a quick title) or look its ISBN up first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from lms_desktop.catalog.sru import SearchBy, SruHit, list_targets, search_target
from lms_desktop.circulation.barcodes import isbn13_of
from lms_desktop.circulation.desk_copies import (
    AddedCopy,
    ItemTypeChoice,
    NewCopy,
    item_type_choices,
    save_new_copy,
)
from lms_desktop.errors import DomainError
from lms_desktop.ui.domain_text import shown
from lms_desktop.ui.tasks import Progress, TaskRunner


class AddCopyDialog(QDialog):
    """Type (or look up) the title of an unknown copy, then save title and copy."""

    def __init__(
        self,
        desk: QWidget,
        scanned: str,
        item_types: list[ItemTypeChoice],
        network: TaskRunner,
    ) -> None:
        super().__init__(desk)
        self.setWindowTitle(self.tr("Add this copy"))
        self._network = network
        self.hit: SruHit | None = None
        isbn = isbn13_of(scanned)
        form = QFormLayout(self)
        self.barcode = QLineEdit("" if isbn else scanned)
        self.barcode.setAccessibleName(self.tr("Copy barcode"))
        self.barcode.setPlaceholderText(self.tr("Scan the copy's barcode"))
        self.isbn = QLineEdit(isbn or "")
        self.isbn.setAccessibleName(self.tr("ISBN"))
        self.lookup_button = QPushButton(self.tr("Look up"))
        self.lookup_button.setAccessibleName(self.tr("Look up the ISBN"))
        self.lookup_button.clicked.connect(self.look_up)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.author = QLineEdit()
        self.author.setAccessibleName(self.tr("Author"))
        self.call_number = QLineEdit()
        self.call_number.setAccessibleName(self.tr("Call number"))
        self.item_type = QComboBox()
        self.item_type.setAccessibleName(self.tr("Item type"))
        for choice in item_types:
            self.item_type.addItem(choice.name, choice.code)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Look-up result"))
        form.addRow(self.tr("Barcode:"), self.barcode)
        form.addRow(self.tr("ISBN:"), self.isbn)
        form.addRow("", self.lookup_button)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Author:"), self.author)
        form.addRow(self.tr("Call number:"), self.call_number)
        form.addRow(self.tr("Type:"), self.item_type)
        form.addRow(self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        (self.title if self.barcode.text() else self.barcode).setFocus()

    def new_copy(self) -> NewCopy:
        return NewCopy(
            barcode=self.barcode.text().strip(),
            title=self.title.text().strip(),
            author=self.author.text().strip(),
            isbn=self.isbn.text().strip(),
            item_type=str(self.item_type.currentData() or "book"),
            call_number=self.call_number.text().strip(),
        )

    def look_up(self) -> None:
        from lms_desktop.ui.desk.desk_screen import DeskSection

        desk = self.parent()
        assert isinstance(desk, DeskSection)
        with desk.ctx.unit_of_work() as uow:
            targets = list_targets(uow, enabled_only=True)
        if not targets:
            self.status.setText(
                self.tr("No catalog server is set up. Add the Library of Congress in Catalog.")
            )
            return
        target, text = targets[0], self.isbn.text()
        self.status.setText(self.tr("Asking {name}…").format(name=target.name))
        self.lookup_button.setEnabled(False)

        def done(result: object) -> None:
            self.lookup_button.setEnabled(True)
            hits = getattr(result, "hits", ())
            if not hits:
                self.status.setText(
                    self.tr("{name} has no record for this ISBN.").format(name=target.name)
                )
                return
            self.hit = hits[0]
            self.title.setText(self.hit.title)
            self.author.setText(self.hit.author)
            self.status.setText(
                self.tr("Found at {name}: its full record will be saved.").format(name=target.name)
            )

        def failed(exc: BaseException) -> None:
            self.lookup_button.setEnabled(True)
            self.status.setText(shown(exc.message) if isinstance(exc, DomainError) else repr(exc))

        self._network.submit(
            lambda _p: search_target(target, SearchBy.ISBN, text), on_done=done, on_error=failed
        )


def open_add_copy(desk: QWidget, scanned: str, lookup: bool = False) -> AddCopyDialog:
    """Open the add-copy dialog for an unknown scan; on save, scan the copy again."""
    from lms_desktop.ui.desk.desk_screen import DeskSection

    assert isinstance(desk, DeskSection)
    with desk.ctx.unit_of_work() as uow:
        item_types = item_type_choices(uow)
    network = getattr(desk, "_network_tasks", None)
    if network is None:
        network = TaskRunner(desk)
        desk._network_tasks = network  # type: ignore[attr-defined]
    dialog = AddCopyDialog(desk, scanned, item_types, network)
    if lookup and dialog.isbn.text():
        dialog.look_up()

    def save() -> None:
        copy = dialog.new_copy()
        hit = dialog.hit

        def job(_progress: Progress) -> AddedCopy:
            with desk.ctx.unit_of_work() as uow:
                return save_new_copy(uow, copy, hit)

        def done(added: AddedCopy) -> None:
            desk.ctx.hub.data_changed.emit("catalog")
            desk.submit_scan(added.barcode)

        def failed(exc: BaseException) -> None:
            message = exc.message if isinstance(exc, DomainError) else repr(exc)
            desk._set_banner(message, "error")

        desk.ctx.tasks.submit(job, on_done=done, on_error=failed)

    dialog.accepted.connect(save)
    dialog.open()
    return dialog
