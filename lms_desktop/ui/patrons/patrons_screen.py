"""The Patrons section: find, add and edit patrons; import and un-import the roster."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.circulation.desk_queries import (
    latest_roster_import,
    patron_ids,
    patron_rows,
    patron_type_codes,
)
from lms_desktop.circulation.patrons import (
    PatronInput,
    create_patron,
    patron_detail,
    set_patron_photo,
    update_patron,
)
from lms_desktop.circulation.results import PatronSummary
from lms_desktop.circulation.roster import RosterImportResult, undo_roster_import
from lms_desktop.errors import DomainError
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import shown
from lms_desktop.ui.patrons.patron_dialog import PatronDialog
from lms_desktop.ui.patrons.patron_model import SORT_KEYS, PatronColumn, PatronListModel
from lms_desktop.ui.patrons.roster_wizard import RosterWizard
from lms_desktop.ui.tasks import Progress
from lms_desktop.ui.theme import text_colour_css


class PatronsSection(QWidget):
    """Signals:
    listed(int): the list now shows this many patrons.
    saved(object): a PatronSummary was added or edited.
    roster_undone(object): the RosterImportResult of an undone import.
    """

    listed = Signal(int)
    saved = Signal(object)
    roster_undone = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._sort = ("name", False)
        self._announcing = False

        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find patrons"))
        self.search.setPlaceholderText(
            self.tr("Find by name, card barcode, student ID, homeroom or teacher")
        )
        self.search.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(self.tr("Include inactive"))
        self.show_inactive.setAccessibleName(self.tr("Include inactive patrons"))
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of patrons found"))
        self.new_button = QPushButton(self.tr("New patron…"))
        self.new_button.setAccessibleName(self.tr("Add a new patron"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected patron"))
        self.privacy_button = QPushButton(self.tr("Privacy…"))
        self.privacy_button.setAccessibleName(
            self.tr("Reading history, family's copy or deletion of the selected patron")
        )
        self.import_button = QPushButton(self.tr("Import roster…"))
        self.import_button.setAccessibleName(self.tr("Import the student roster"))
        self.undo_import_button = QPushButton(self.tr("Undo last roster import"))
        self.undo_import_button.setAccessibleName(self.tr("Undo the last roster import"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Patrons message"))

        self.model = PatronListModel(self._fetch_rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Patrons"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        for column, width in (
            (PatronColumn.NAME, 230),
            (PatronColumn.BARCODE, 150),
            (PatronColumn.TYPE, 80),
            (PatronColumn.GRADE, 60),
            (PatronColumn.HOMEROOM, 110),
            (PatronColumn.TEACHER, 170),
        ):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._double_clicked)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.privacy_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.undo_import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.show_inactive.toggled.connect(lambda _c: self.reload())
        self.new_button.clicked.connect(self.new_patron)
        self.edit_button.clicked.connect(self.edit_selected)
        self.privacy_button.clicked.connect(self.open_privacy)
        self.import_button.clicked.connect(self.open_roster_import)
        self.undo_import_button.clicked.connect(self.undo_last_import)
        ctx.hub.data_changed.connect(self._data_changed)
        with ctx.unit_of_work() as uow:
            self.patron_types = patron_type_codes(uow)
        self.reload()

    # the list
    def _fetch_rows(self, ids: Any) -> list[PatronSummary]:
        # a page of 200 rows by primary key: a few milliseconds, fine on the GUI thread
        with self.ctx.unit_of_work() as uow:
            return patron_rows(uow, ids)

    def reload(self) -> None:
        text = self.search.text()
        inactive = self.show_inactive.isChecked()
        sort, descending = self._sort

        def job(_progress: Progress) -> list[int]:
            with self.ctx.unit_of_work() as uow:
                return patron_ids(
                    uow, text, include_inactive=inactive, sort=sort, descending=descending
                )

        self.ctx.tasks.submit(job, on_done=self._show_ids, on_error=self._failed)

    def _show_ids(self, ids: list[int]) -> None:
        self.model.set_ids(ids)
        self.count.setText(self.tr("{n} patrons").format(n=len(ids)))
        self.listed.emit(len(ids))

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self._sort = (SORT_KEYS[PatronColumn(column)], order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet(text_colour_css("#9b1c1c"))
        self.message.setText(shown(exc.message) if isinstance(exc, DomainError) else repr(exc))

    def _say(self, text: str) -> None:
        self.message.setStyleSheet(text_colour_css("#14532d"))
        self.message.setText(shown(text))

    def _data_changed(self, what: str) -> None:
        if what == "patrons" and not self._announcing:
            self.reload()

    def _announce(self) -> None:
        self._announcing = True
        try:
            self.ctx.hub.data_changed.emit("patrons")
        finally:
            self._announcing = False

    def selected_patron_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.ids()[rows[0].row()] if rows else None

    def _double_clicked(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.edit_selected()

    # add and edit
    def new_patron(self) -> PatronDialog:
        dialog = PatronDialog(self.patron_types, None, self)
        dialog.accepted.connect(lambda: self.save_patron(None, dialog))
        dialog.open()
        return dialog

    def edit_selected(self) -> PatronDialog | None:
        patron_id = self.selected_patron_id()
        if patron_id is None:
            self._failed(DomainError(self.tr("Pick a patron in the list first.")))
            return None
        with self.ctx.unit_of_work() as uow:
            detail = patron_detail(uow, patron_id)
        dialog = PatronDialog(self.patron_types, detail, self)
        dialog.accepted.connect(lambda: self.save_patron(patron_id, dialog))
        dialog.open()
        return dialog

    def open_privacy(self) -> QDialog | None:
        """Care of the data: reading history (librarian only), family's copy, deletion."""
        from lms_desktop.ui.care.patron_privacy import PatronPrivacyDialog

        patron_id = self.selected_patron_id()
        if patron_id is None:
            self._failed(DomainError(self.tr("Pick a patron in the list first.")))
            return None
        row = self.table.selectionModel().selectedRows()[0]
        name = str(self.model.data(row.siblingAtColumn(PatronColumn.NAME)) or "")
        dialog = PatronPrivacyDialog(self.ctx, patron_id, name, self)
        dialog.open()
        return dialog

    def save_patron(self, patron_id: int | None, dialog: PatronDialog) -> None:
        data: PatronInput = dialog.patron_input()
        photo, photo_touched = dialog.photo, dialog.photo_touched

        def job(_progress: Progress) -> PatronSummary:
            with self.ctx.unit_of_work() as uow:
                if patron_id is None:
                    summary = create_patron(uow, data)
                else:
                    summary = update_patron(uow, patron_id, data)
            if photo_touched:
                with self.ctx.unit_of_work() as uow:
                    set_patron_photo(uow, summary.id, photo)
            return summary

        def done(summary: PatronSummary) -> None:
            self._say(self.tr("Saved {name}.").format(name=summary.display_name))
            self.model.forget(summary.id)
            if patron_id is None:
                self.reload()
            self._announce()
            self.saved.emit(summary)

        self.ctx.tasks.submit(job, on_done=done, on_error=self._failed)

    # roster
    def open_roster_import(self) -> RosterWizard:
        wizard = RosterWizard(self.ctx, self)
        wizard.imported.connect(lambda result: self._say(result.summary))
        wizard.imported.connect(lambda _r: self.reload())
        wizard.open()
        return wizard

    def undo_last_import(self, confirm: bool = True) -> None:
        with self.ctx.unit_of_work() as uow:
            last = latest_roster_import(uow)
        if last is None:
            self._failed(DomainError(self.tr("There is no roster import to undo.")))
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Undo roster import"),
                self.tr(
                    "Undo the import of {file} ({summary})? Every patron goes back to how "
                    "they were before it."
                ).format(file=last.file_name, summary=shown(last.summary)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        import_id = last.id

        def job(_progress: Progress) -> RosterImportResult:
            with self.ctx.unit_of_work() as uow:
                return undo_roster_import(uow, import_id)

        def done(result: RosterImportResult) -> None:
            self._say(result.summary)
            self.reload()
            self._announce()
            self.roster_undone.emit(result)

        self.ctx.tasks.submit(job, on_done=done, on_error=self._failed)
