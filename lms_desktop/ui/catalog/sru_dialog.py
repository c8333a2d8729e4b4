"""Copy cataloging: search an SRU server (Library of Congress…), preview, import in one click."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.catalog.records import add_record
from lms_desktop.catalog.search import SearchKind, search_catalog
from lms_desktop.catalog.sru import (
    DEFAULT_PAGE_SIZE,
    SearchBy,
    SruError,
    SruHit,
    SruSearchResult,
    SruTargetInfo,
    add_library_of_congress,
    list_targets,
    search_target,
)
from lms_desktop.errors import DomainError
from lms_desktop.ui.catalog.marc_editor import MarcEditorDialog
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text, shown
from lms_desktop.ui.tasks import Progress, TaskRunner

ModelIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CopyCataloging", text)


class HitColumn(IntEnum):
    TITLE = 0
    AUTHOR = 1
    YEAR = 2
    ISBN = 3
    SERVER = 4


HIT_HEADERS = {
    HitColumn.TITLE: QT_TRANSLATE_NOOP("CopyCataloging", "Title"),
    HitColumn.AUTHOR: QT_TRANSLATE_NOOP("CopyCataloging", "Author"),
    HitColumn.YEAR: QT_TRANSLATE_NOOP("CopyCataloging", "Year"),
    HitColumn.ISBN: QT_TRANSLATE_NOOP("CopyCataloging", "ISBN"),
    HitColumn.SERVER: QT_TRANSLATE_NOOP("CopyCataloging", "Server"),
}
ALL_SERVERS = "all"


@dataclass(frozen=True)
class ServerOutcome:
    """What one server answered to a search (or why it could not)."""

    name: str
    result: SruSearchResult | None
    error: str = ""


class SruHitsModel(QAbstractTableModel):
    """The records a server sent back for one page of a search."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._hits: tuple[tuple[str, SruHit], ...] = ()

    def set_hits(self, hits: Sequence[tuple[str, SruHit]]) -> None:
        """(server name, hit) pairs in the order to show them."""
        self.beginResetModel()
        self._hits = tuple(hits)
        self.endResetModel()

    def hit(self, row: int) -> SruHit:
        return self._hits[row][1]

    def server_name(self, row: int) -> str:
        return self._hits[row][0]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HitColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HIT_HEADERS[HitColumn(section)])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        server, hit = self._hits[index.row()]
        column = HitColumn(index.column())
        if column is HitColumn.SERVER:
            return server
        if column is HitColumn.TITLE:
            return hit.title
        if column is HitColumn.AUTHOR:
            return hit.author
        if column is HitColumn.YEAR:
            return str(hit.year or "")
        return ", ".join(hit.isbns)


SEARCH_BY: tuple[tuple[SearchBy, str], ...] = (
    (SearchBy.ISBN, QT_TRANSLATE_NOOP("CopyCatalogingDialog", "ISBN")),
    (SearchBy.TITLE, QT_TRANSLATE_NOOP("CopyCatalogingDialog", "Title")),
    (SearchBy.AUTHOR, QT_TRANSLATE_NOOP("CopyCatalogingDialog", "Author")),
    (SearchBy.KEYWORD, QT_TRANSLATE_NOOP("CopyCatalogingDialog", "Keyword")),
)


class CopyCatalogingDialog(QDialog):
    """Find a record on a copy-cataloging server and bring it into the catalog.

    Searches run on their own worker thread, so a slow server never holds up the desk's
    database work; the server's timeout (10 s) bounds the wait.

    Signals:
        search_finished(str): '' after a good search, else the message shown.
        imported(int): the id of the title just imported.
    """

    search_finished = Signal(str)
    imported = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.network = TaskRunner(self)
        self.timeout_seconds = 10.0
        self._generation = 0
        self._outcomes: tuple[ServerOutcome, ...] = ()
        self._targets: tuple[SruTargetInfo, ...] = ()
        self._start = 1
        self.setWindowTitle(self.tr("Copy cataloging"))

        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Server to search"))
        self.add_loc_button = QPushButton(self.tr("Add Library of Congress"))
        self.add_loc_button.setAccessibleName(self.tr("Add the Library of Congress server"))
        self.add_loc_button.clicked.connect(self.add_library_of_congress)
        self.search_by = QComboBox()
        self.search_by.setAccessibleName(self.tr("Search by"))
        for value, label in SEARCH_BY:
            self.search_by.addItem(self.tr(label), value.value)
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Words or ISBN to search for"))
        self.query.setPlaceholderText(self.tr("ISBN, title or author"))
        self.query.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setAccessibleName(self.tr("Search the server"))
        self.search_button.clicked.connect(self.search)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Search status"))

        self.hits_model = SruHitsModel(self)
        self.hits = QTableView()
        self.hits.setModel(self.hits_model)
        self.hits.setAccessibleName(self.tr("Records found"))
        self.hits.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hits.verticalHeader().hide()
        self.hits.setWordWrap(False)
        self.hits.horizontalHeader().setSectionResizeMode(
            HitColumn.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.hits.setColumnWidth(HitColumn.AUTHOR, 160)
        self.hits.setColumnWidth(HitColumn.YEAR, 50)
        self.hits.setColumnWidth(HitColumn.ISBN, 110)
        self.hits.setColumnWidth(HitColumn.SERVER, 120)
        self.hits.setColumnHidden(HitColumn.SERVER, True)
        self.hits.verticalHeader().setDefaultSectionSize(24)
        self.hits.doubleClicked.connect(lambda _index: self.import_selected())
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Record preview"))
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.previous_button = QPushButton(self.tr("< Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.previous_button.clicked.connect(lambda: self._page(-1))
        self.next_button = QPushButton(self.tr("Next >"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.next_button.clicked.connect(lambda: self._page(1))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setAccessibleName(self.tr("Import this record"))
        self.import_button.clicked.connect(self.import_selected)
        self.edit_button = QPushButton(self.tr("Open in editor…"))
        self.edit_button.setAccessibleName(self.tr("Open this record in the MARC editor"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        # Return in the search box searches; no other button may take Return as its own
        for button in (
            self.add_loc_button,
            self.previous_button,
            self.next_button,
            self.import_button,
            self.edit_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
        self.search_button.setDefault(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Server:")))
        top.addWidget(self.target, 1)
        top.addWidget(self.add_loc_button)
        query_row = QHBoxLayout()
        query_row.addWidget(self.search_by)
        query_row.addWidget(self.query, 1)
        query_row.addWidget(self.search_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.hits)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 440])
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(query_row)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1100, 640)

        self.hits.selectionModel().currentRowChanged.connect(self._show_preview)
        self.load_targets()
        self._update_buttons()

    # targets ----------------------------------------------------------------------------
    def load_targets(self) -> None:
        with self.ctx.unit_of_work() as uow:
            targets = list_targets(uow, enabled_only=True)
        current = self.target.currentData()
        self.target.clear()
        if len(targets) > 1:
            self.target.addItem(self.tr("All servers"), ALL_SERVERS)
        for target in targets:
            self.target.addItem(target.name, target)
            if isinstance(current, SruTargetInfo) and target.id == current.id:
                self.target.setCurrentIndex(self.target.count() - 1)
        self._targets = targets
        has_loc = any("loc.gov" in target.url for target in targets)
        self.add_loc_button.setVisible(not has_loc)
        if not targets:
            self.status.setText(
                self.tr(
                    "No copy-cataloging server is set up. Add the Library of Congress, or "
                    "add your district's server in Settings > Copy cataloging."
                )
            )
        self._update_buttons()

    def add_library_of_congress(self) -> None:
        with self.ctx.unit_of_work() as uow:
            add_library_of_congress(uow)
            uow.commit()
        self.ctx.hub.data_changed.emit("sru_targets")
        self.load_targets()
        self.status.setText("")

    def current_target(self) -> SruTargetInfo | None:
        data = self.target.currentData()
        return data if isinstance(data, SruTargetInfo) else None

    def chosen_targets(self) -> list[SruTargetInfo]:
        """The server chosen, or every enabled one for "All servers"."""
        if self.target.currentData() == ALL_SERVERS:
            return list(self._targets)
        target = self.current_target()
        return [target] if target is not None else []

    # searching --------------------------------------------------------------------------
    def search(self) -> None:
        self._start = 1
        self._run_search()

    def _page(self, step: int) -> None:
        self._start = max(1, self._start + step * DEFAULT_PAGE_SIZE)
        self._run_search()

    def _run_search(self) -> None:
        targets = self.chosen_targets()
        if not targets:
            self.status.setText(self.tr("Choose a server to search first."))
            self.search_finished.emit(self.status.text())
            return
        self._generation += 1
        generation = self._generation
        search_by = SearchBy(self.search_by.currentData())
        text, start, timeout = self.query.text(), self._start, self.timeout_seconds
        names = ", ".join(target.name for target in targets)
        self.status.setText(self.tr("Searching {name}…").format(name=names))
        self.search_button.setEnabled(False)

        def job(_progress: Progress) -> tuple[ServerOutcome, ...]:
            outcomes = []
            for target in targets:
                try:
                    result = search_target(target, search_by, text, start=start, timeout=timeout)
                except SruError as exc:
                    if len(targets) == 1:
                        raise
                    outcomes.append(ServerOutcome(target.name, None, exc.message))
                else:
                    outcomes.append(ServerOutcome(target.name, result))
            return tuple(outcomes)

        self.network.submit(
            job,
            on_done=lambda outcomes: self._show_result(generation, outcomes),
            on_error=lambda exc: self._search_failed(generation, exc),
        )

    def _describe(self, outcome: ServerOutcome) -> str:
        result = outcome.result
        if result is None:
            return shown(outcome.error)
        if result.total == 0:
            text = self.tr("{name} has no record for that. Try other words.")
        else:
            text = self.tr("{name}: records {first}-{last} of {total}.")
        message = text.format(
            name=result.target_name,
            first=self._start,
            last=self._start + len(result.hits) - 1,
            total=result.total,
        )
        if result.diagnostics:
            message += " " + self.tr("{n} records could not be shown: {why}").format(
                n=len(result.diagnostics), why=shown(result.diagnostics[0])
            )
        return message

    def _show_result(self, generation: int, outcomes: tuple[ServerOutcome, ...]) -> None:
        if generation != self._generation:
            return
        self._outcomes = outcomes
        self.hits_model.set_hits(
            [(o.name, hit) for o in outcomes if o.result is not None for hit in o.result.hits]
        )
        self.search_button.setEnabled(True)
        self.hits.setColumnHidden(HitColumn.SERVER, len(outcomes) < 2)
        self.status.setText("\n".join(self._describe(outcome) for outcome in outcomes))
        if self.hits_model.rowCount():
            self.hits.selectRow(0)
        else:
            self.preview.clear()
        self._update_buttons()
        answered = any(outcome.result is not None for outcome in outcomes)
        self.search_finished.emit("" if answered else self.status.text())

    def _search_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.search_button.setEnabled(True)
        message = error_text(exc)
        self.status.setText(message)
        self.hits_model.set_hits(())
        self.preview.clear()
        self._update_buttons()
        self.search_finished.emit(message)

    def _show_preview(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.preview.clear()
        else:
            try:
                self.preview.setPlainText(str(self.hits_model.hit(current.row()).to_record()))
            except DomainError as exc:
                self.preview.setPlainText(error_text(exc))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_hit = self.hits.currentIndex().isValid()
        self.import_button.setEnabled(has_hit)
        self.edit_button.setEnabled(has_hit)
        self.search_button.setEnabled(bool(self.chosen_targets()))
        total = max((o.result.total for o in self._outcomes if o.result is not None), default=0)
        self.previous_button.setEnabled(self._start > 1)
        self.next_button.setEnabled(self._start + DEFAULT_PAGE_SIZE <= total)

    # importing --------------------------------------------------------------------------
    def selected_hit(self) -> SruHit | None:
        index = self.hits.currentIndex()
        return self.hits_model.hit(index.row()) if index.isValid() else None

    def _source(self) -> str:
        index = self.hits.currentIndex()
        return f"SRU: {self.hits_model.server_name(index.row())}" if index.isValid() else "SRU"

    def import_selected(self, *, ask_about_duplicates: bool = True) -> int | None:
        """Add the chosen record to the catalog as it is (one click)."""
        hit = self.selected_hit()
        if hit is None:
            return None
        try:
            record = hit.to_record()
            with self.ctx.unit_of_work() as uow:
                already = [
                    rid
                    for isbn in hit.isbns
                    for rid in search_catalog(uow, isbn, SearchKind.ISBN, limit=1).ids
                ]
                if already and ask_about_duplicates:
                    answer = QMessageBox.question(
                        self,
                        self.tr("Already in the catalog"),
                        self.tr(
                            "A title with this ISBN is already in the catalog. Import this "
                            "record as another title anyway?"
                        ),
                    )
                    if answer != QMessageBox.StandardButton.Yes:
                        return None
                record_id = add_record(uow, record, self._source())
                uow.commit()
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return None
        self.status.setText(
            self.tr(
                "“{title}” is now in the catalog. Add its copies from the title's page."
            ).format(title=hit.title)
        )
        self.ctx.hub.data_changed.emit("catalog")
        self.imported.emit(record_id)
        return record_id

    def edit_selected(self) -> MarcEditorDialog | None:
        hit = self.selected_hit()
        if hit is None:
            return None
        dialog = MarcEditorDialog(
            self.ctx, record=hit.to_record(), source=self._source(), parent=self
        )
        dialog.saved.connect(self.imported)
        dialog.open()
        return dialog

    def done(self, result: int) -> None:
        self._generation += 1  # answers still on their way are dropped
        self.search_button.setEnabled(bool(self.chosen_targets()))
        super().done(result)
