"""The Catalog section: search, results with availability, a title's detail and its copies."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from lms_desktop.catalog.copies import copies_of
from lms_desktop.catalog.lookups import recent_title_ids
from lms_desktop.catalog.records import RecordView, count_records, delete_record, get_record
from lms_desktop.catalog.search import SearchKind, SearchRow, fetch_rows
from lms_desktop.catalog.search import search_catalog as run_search
from lms_desktop.errors import DomainError
from lms_desktop.labels.service import copy_barcodes_for_titles
from lms_desktop.ui.catalog.copy_dialogs import CopyDialog, WithdrawDialog
from lms_desktop.ui.catalog.fast_add_dialog import FastAddDialog
from lms_desktop.ui.catalog.import_export import ExportDialog, ImportDialog
from lms_desktop.ui.catalog.marc_editor import MarcEditorDialog
from lms_desktop.ui.catalog.models import (
    CopiesModel,
    ResultColumn,
    RowsUnavailable,
    SearchResultsModel,
)
from lms_desktop.ui.catalog.sru_dialog import CopyCatalogingDialog
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text
from lms_desktop.ui.tasks import Progress
from lms_desktop.ui.theme import text_colour_css

SEARCH_KINDS: tuple[tuple[SearchKind, str], ...] = (
    (SearchKind.KEYWORD, QT_TRANSLATE_NOOP("CatalogSection", "Keyword")),
    (SearchKind.TITLE, QT_TRANSLATE_NOOP("CatalogSection", "Title")),
    (SearchKind.AUTHOR, QT_TRANSLATE_NOOP("CatalogSection", "Author")),
    (SearchKind.SUBJECT, QT_TRANSLATE_NOOP("CatalogSection", "Subject")),
    (SearchKind.ISBN, QT_TRANSLATE_NOOP("CatalogSection", "ISBN")),
    (SearchKind.CALL_NUMBER, QT_TRANSLATE_NOOP("CatalogSection", "Call number")),
    (SearchKind.BARCODE, QT_TRANSLATE_NOOP("CatalogSection", "Barcode")),
)
TYPING_PAUSE_MS = 250
RECENT_LIMIT = 500
# the grey of "From: Library of Congress" under a title's details
MUTED_SOURCE = "#666666"


def _labels_menu(
    button: QPushButton, texts: dict[str, str], request: Callable[[str], object]
) -> dict[str, QAction]:
    """A menu on `button` with one action per kind of label; `request(kind)` is called."""
    menu = QMenu(button)
    actions: dict[str, QAction] = {}
    for kind, text in texts.items():
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False, k=kind: request(k))
        actions[kind] = action
    button.setMenu(menu)
    return actions


def _open_once(dialog: QDialog) -> None:
    """Open window-modal; the dialog is deleted once closed (a day of edits leaves none)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


class RecordDetail(QWidget):
    """One title: what it is, and its copies with add/edit/withdraw.

    Signals:
        edit_marc_requested(int): the user wants the MARC editor for this title.
        labels_requested(object, str): labels for these copy barcodes (a tuple), of this
            kind ("spine" or "barcode").
    """

    edit_marc_requested = Signal(int)
    labels_requested = Signal(object, str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: int | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Title details"))

        self.copies_model = CopiesModel(self)
        self.copies = QTableView()
        self.copies.setModel(self.copies_model)
        self.copies.setAccessibleName(self.tr("Copies of this title"))
        self.copies.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.copies.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.copies.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.copies.verticalHeader().hide()
        self.copies.horizontalHeader().setStretchLastSection(True)
        self.copies.doubleClicked.connect(lambda _index: self.edit_copy())

        self.edit_marc_button = self._button(self.tr("Edit MARC…"), self._edit_marc)
        self.delete_button = self._button(self.tr("Delete title…"), self.delete_title)
        self.add_copy_button = self._button(self.tr("Add copy…"), self.add_copy)
        self.edit_copy_button = self._button(self.tr("Edit copy…"), self.edit_copy)
        self.withdraw_button = self._button(self.tr("Withdraw copy…"), self.withdraw_copy)
        self.copy_label_button = QPushButton(self.tr("Print label…"))
        self.copy_label_button.setAccessibleName(self.tr("Print a label for this copy"))
        self.copy_label_actions = _labels_menu(
            self.copy_label_button,
            {"spine": self.tr("Spine label…"), "barcode": self.tr("Barcode label…")},
            self.label_copy,
        )

        record_buttons = QHBoxLayout()
        record_buttons.addWidget(self.edit_marc_button)
        record_buttons.addWidget(self.delete_button)
        record_buttons.addStretch(1)
        copy_buttons = QHBoxLayout()
        copy_buttons.addWidget(self.add_copy_button)
        copy_buttons.addWidget(self.edit_copy_button)
        copy_buttons.addWidget(self.withdraw_button)
        copy_buttons.addWidget(self.copy_label_button)
        copy_buttons.addStretch(1)
        self.copies_label = QLabel(self.tr("<b>Copies</b>"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(record_buttons)
        layout.addWidget(self.copies_label)
        layout.addWidget(self.copies, 1)
        layout.addLayout(copy_buttons)
        self.copies.selectionModel().selectionChanged.connect(self._update_buttons)
        self.show_record(None)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    def show_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        if record_id is None:
            self.summary.setText(self.tr("<i>Choose a title to see its details and copies.</i>"))
            self.copies_model.set_rows(())
        else:
            try:
                with self.ctx.unit_of_work() as uow:
                    view = get_record(uow, record_id)
                    copies = copies_of(uow, record_id)
            except DomainError as exc:
                self.record_id = None
                self.summary.setText(escape(error_text(exc)))
                self.copies_model.set_rows(())
            except OperationalError:
                self.summary.setText(
                    self.tr("The catalog is busy with an import; choose the title again soon.")
                )
                self.copies_model.set_rows(())
            else:
                self.summary.setText(self._summary_html(view))
                self.copies_model.set_rows(copies)
                self.copies.resizeColumnsToContents()
        self._update_buttons()

    def _summary_html(self, view: RecordView) -> str:
        title = escape(view.title) or self.tr("(no title)")
        lines = [f"<h3 style='margin:0'>{title}</h3>"]
        if view.author:
            lines.append(escape(view.author))
        published = ", ".join(
            part for part in (view.publisher, str(view.publication_year or "")) if part
        )
        if published:
            lines.append(escape(published))
        details = []
        if view.isbns:
            details.append(self.tr("ISBN: {isbn}").format(isbn=", ".join(view.isbns)))
        if view.lccns:
            details.append(self.tr("LCCN: {lccn}").format(lccn=", ".join(view.lccns)))
        if view.classification:
            details.append(self.tr("Class: {c}").format(c=escape(view.classification)))
        if details:
            lines.append(" · ".join(details))
        if view.subjects:
            lines.append(
                self.tr("Subjects: {subjects}").format(
                    subjects=escape("; ".join(view.subjects[:6]))
                )
            )
        if view.source:
            source = self.tr("From: {source}").format(source=escape(view.source))
            lines.append(
                # grey where it reads; the palette's own colour in high contrast
                f"<span style='{text_colour_css(MUTED_SOURCE, self)}'>{source}</span>"
            )
        return "<br>".join(lines)

    def selected_copy_row(self) -> int:
        rows = self.copies.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self, *_args: object) -> None:
        has_record = self.record_id is not None
        for button in (self.edit_marc_button, self.delete_button, self.add_copy_button):
            button.setEnabled(has_record)
        row = self.selected_copy_row()
        self.edit_copy_button.setEnabled(row >= 0)
        self.withdraw_button.setEnabled(
            row >= 0 and self.copies_model.copy_at(row).status not in ("withdrawn", "retired")
        )
        self.copy_label_button.setEnabled(self.withdraw_button.isEnabled())

    def label_copy(self, kind: str = "spine") -> None:
        """Hand the chosen copy over to Reports → Labels."""
        row = self.selected_copy_row()
        if row >= 0:
            self.labels_requested.emit((self.copies_model.copy_at(row).barcode,), kind)

    def _edit_marc(self) -> None:
        if self.record_id is not None:
            self.edit_marc_requested.emit(self.record_id)

    def add_copy(self) -> CopyDialog | None:
        if self.record_id is None:
            return None
        dialog = CopyDialog(self.ctx, self.record_id, parent=self)
        _open_once(dialog)
        return dialog

    def edit_copy(self) -> CopyDialog | None:
        row = self.selected_copy_row()
        if self.record_id is None or row < 0:
            return None
        dialog = CopyDialog(self.ctx, self.record_id, self.copies_model.copy_at(row), self)
        _open_once(dialog)
        return dialog

    def withdraw_copy(self) -> WithdrawDialog | None:
        row = self.selected_copy_row()
        if row < 0:
            return None
        dialog = WithdrawDialog(self.ctx, self.copies_model.copy_at(row).id, self)
        _open_once(dialog)
        return dialog

    def delete_title(self) -> None:
        if self.record_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete title?"),
            self.tr("Delete this title from the catalog? This cannot be undone."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.unit_of_work() as uow:
                delete_record(uow, self.record_id)
                uow.commit()
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), error_text(exc))
            return
        self.show_record(None)
        self.ctx.hub.data_changed.emit("catalog")


class CatalogSection(QWidget):
    """Search the collection and look after its titles and copies.

    Signals:
        search_finished(int): the number of titles the last search found.
        labels_requested(object, str): labels were asked for these copy barcodes (a tuple),
            of this kind ("spine" or "barcode"); inside the main window Reports → Labels
            opens with them.
    """

    search_finished = Signal(int)
    labels_requested = Signal(object, str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._sru_dialog: CopyCatalogingDialog | None = None

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Search by"))
        for kind, label in SEARCH_KINDS:
            self.kind.addItem(self.tr(label), kind.value)
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            self.tr("Search titles, authors, subjects, ISBNs… (press Enter)")
        )
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(self.tr("Search the catalog"))
        self.available_only = QCheckBox(self.tr("On the shelf only"))
        self.available_only.setAccessibleName(self.tr("Only titles with a copy on the shelf"))

        self.fast_add_button = self._button(self.tr("Fast add…"), self.open_fast_add)
        self.new_record_button = self._button(self.tr("New record…"), self.open_new_record)
        self.copy_catalog_button = self._button(self.tr("Copy cataloging…"), self.open_sru)
        self.import_button = self._button(self.tr("Import MARC…"), self.open_import)
        self.export_button = self._button(self.tr("Export MARC…"), self.open_export)
        self.labels_button = QPushButton(self.tr("Print labels…"))
        self.labels_button.setAccessibleName(self.tr("Print labels for the chosen titles"))
        self.labels_button.setToolTip(
            self.tr("Spine or barcode labels for every copy of the titles chosen in the list")
        )
        self.labels_actions = _labels_menu(
            self.labels_button,
            {"spine": self.tr("Spine labels…"), "barcode": self.tr("Barcode labels…")},
            self.print_labels,
        )

        self.results_model = SearchResultsModel(self._fetch_rows, self)
        self.results = QTableView()
        self.results.setModel(self.results_model)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAlternatingRowColors(True)
        self.results.setWordWrap(False)
        self.results.verticalHeader().hide()
        self.results.verticalHeader().setDefaultSectionSize(24)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(ResultColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (ResultColumn.AUTHOR, 190),
            (ResultColumn.YEAR, 55),
            (ResultColumn.CALL_NUMBER, 120),
            (ResultColumn.AVAILABILITY, 90),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.results.setColumnWidth(column, width)
        self.results.doubleClicked.connect(self._open_marc_for_index)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of titles found"))
        # a long count ("386 títulos en el catálogo; …") wraps instead of widening the window
        self.count_label.setWordWrap(True)
        self.count_label.setMinimumWidth(120)

        self.detail = RecordDetail(ctx)
        self.detail.edit_marc_requested.connect(self.open_marc_editor)
        self.detail.labels_requested.connect(self._hand_over_labels)

        search_row = QHBoxLayout()
        search_row.addWidget(self.kind)
        search_row.addWidget(self.query, 1)
        search_row.addWidget(self.available_only)
        tools_row = QHBoxLayout()
        for button in (
            self.fast_add_button,
            self.new_record_button,
            self.copy_catalog_button,
            self.import_button,
            self.export_button,
            self.labels_button,
        ):
            tools_row.addWidget(button)
        tools_row.addStretch(1)
        tools_row.addWidget(self.count_label)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.results)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(tools_row)
        layout.addWidget(splitter, 1)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.search)
        self.query.textEdited.connect(lambda _text: self._typing.start())
        self.query.returnPressed.connect(self.search)
        self.kind.currentIndexChanged.connect(lambda _i: self.search())
        self.available_only.toggled.connect(lambda _on: self.search())
        self.results.selectionModel().currentRowChanged.connect(self._current_changed)
        self.results.selectionModel().selectionChanged.connect(self._selection_changed)
        self.labels_button.setEnabled(False)
        ctx.hub.data_changed.connect(self._data_changed)
        self.search()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    # searching --------------------------------------------------------------------------
    def _fetch_rows(self, ids: Sequence[int]) -> list[SearchRow]:
        try:
            with self.ctx.unit_of_work() as uow:
                return fetch_rows(uow, ids)
        except OperationalError as exc:  # a long import holds the database for a moment
            self.ctx.hub.status_message.emit(
                self.tr("The catalog is busy with an import; the list fills in a moment.")
            )
            raise RowsUnavailable from exc

    def current_kind(self) -> SearchKind:
        return SearchKind(self.kind.currentData())

    def search(self) -> None:
        """Run the search in the background; a newer search makes older answers moot."""
        self._typing.stop()
        self._generation += 1
        generation = self._generation
        query = self.query.text()
        kind = self.current_kind()
        available_only = self.available_only.isChecked()
        database = self.ctx.app.database

        def job(_progress: Progress) -> tuple[tuple[int, ...], bool, int]:
            with database.unit_of_work() as uow:
                if not query.strip():
                    return recent_title_ids(uow, RECENT_LIMIT), False, count_records(uow)
                result = run_search(uow, query, kind, available_only=available_only)
                if not result.ids and kind is SearchKind.KEYWORD:
                    # a scanned ISBN or copy barcode in the keyword box finds its title
                    for other in (SearchKind.ISBN, SearchKind.BARCODE):
                        found = run_search(uow, query, other, available_only=available_only)
                        if found.ids:
                            return found.ids, found.truncated, -1
                return result.ids, result.truncated, -1

        self.ctx.tasks.submit(
            job,
            on_done=lambda found: self._show_results(generation, *found),
            on_error=lambda exc: self._search_failed(generation, exc),
        )

    def _show_results(
        self, generation: int, ids: tuple[int, ...], truncated: bool, catalog_size: int
    ) -> None:
        if generation != self._generation:
            return
        selected = self.detail.record_id
        self.results_model.set_ids(ids)
        if catalog_size >= 0:
            text = self.tr("{n} titles in the catalog; the latest are shown.").format(
                n=f"{catalog_size:,}"
            )
        elif truncated:
            text = self.tr("More than {n} titles found; add words to narrow the search.").format(
                n=f"{len(ids):,}"
            )
        elif ids:
            text = self.tr("{n} titles found.").format(n=f"{len(ids):,}")
        else:
            text = self.tr("Nothing found. Try fewer words, or another kind of search.")
        self.count_label.setText(text)
        if selected is not None and selected in ids:
            self.results.selectRow(ids.index(selected))
        elif ids:
            self.results.selectRow(0)
        else:
            self.detail.show_record(None)
        self.search_finished.emit(len(ids))

    def _search_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        message = error_text(exc)
        self.count_label.setText(self.tr("The search failed: {m}").format(m=message))
        self.search_finished.emit(0)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.detail.show_record(self.results_model.record_id(current.row()))

    def selected_record_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.results.selectionModel().selectedRows()})
        return [self.results_model.record_id(row) for row in rows]

    def _selection_changed(self, *_args: object) -> None:
        self.labels_button.setEnabled(self.results.selectionModel().hasSelection())

    # labels -----------------------------------------------------------------------------
    def print_labels(self, kind: str = "spine") -> tuple[str, ...]:
        """Labels for every copy of the chosen titles: Reports → Labels opens with them."""
        ids = self.selected_record_ids()
        if not ids:
            self.ctx.hub.status_message.emit(
                self.tr("Choose one or more titles in the list first, then Print labels.")
            )
            return ()
        with self.ctx.unit_of_work() as uow:
            barcodes = copy_barcodes_for_titles(uow, ids)
        if not barcodes:
            self.ctx.hub.status_message.emit(
                self.tr(
                    "The chosen titles have no copies on the shelves to label. "
                    "Add a copy first (Add copy… beside the title)."
                )
            )
            return ()
        self._hand_over_labels(barcodes, kind)
        return barcodes

    def _hand_over_labels(self, barcodes: tuple[str, ...], kind: str) -> None:
        from lms_desktop.ui.reports.section import open_labels_for

        self.labels_requested.emit(barcodes, kind)
        if open_labels_for(self, barcodes, kind) is not None:
            self.ctx.hub.status_message.emit(
                self.tr("%n copy barcode(s) are chosen under Reports → Labels.", "", len(barcodes))
            )

    def _data_changed(self, what: str) -> None:
        if what in ("catalog", "loans", "copies", "all"):
            self.results_model.refresh()
            self.detail.show_record(self.detail.record_id)
            if what in ("catalog", "all"):  # titles may have come or gone: search again
                self.search()

    # dialogs ----------------------------------------------------------------------------
    def _open_marc_for_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_marc_editor(self.results_model.record_id(index.row()))

    def open_marc_editor(self, record_id: int) -> MarcEditorDialog:
        dialog = MarcEditorDialog(self.ctx, record_id, parent=self)
        _open_once(dialog)
        return dialog

    def open_new_record(self) -> MarcEditorDialog:
        dialog = MarcEditorDialog(self.ctx, parent=self)
        dialog.saved.connect(self._select_after_save)
        _open_once(dialog)
        return dialog

    def open_fast_add(self) -> FastAddDialog:
        dialog = FastAddDialog(self.ctx, parent=self)
        dialog.added.connect(lambda result: self._select_after_save(result.record_id))
        _open_once(dialog)
        return dialog

    def open_sru(self) -> CopyCatalogingDialog:
        """One copy-cataloging dialog, kept: its last search is still there next time, and a
        search still on its way never holds up closing it."""
        if self._sru_dialog is None:
            self._sru_dialog = CopyCatalogingDialog(self.ctx, parent=self)
            self._sru_dialog.imported.connect(self._select_after_save)
        else:
            self._sru_dialog.load_targets()
        self._sru_dialog.open()
        return self._sru_dialog

    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(self.ctx, parent=self)
        _open_once(dialog)
        return dialog

    def open_export(self) -> ExportDialog:
        dialog = ExportDialog(self.ctx, self.selected_record_ids(), parent=self)
        _open_once(dialog)
        return dialog

    def _select_after_save(self, record_id: int) -> None:
        self.detail.show_record(record_id)
