"""Table models of the catalog screens: lazy search results and a title's copies."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from lms_desktop.catalog.copies import CopyView
from lms_desktop.catalog.search import SearchRow

ModelIndex = QModelIndex | QPersistentModelIndex
RowFetcher = Callable[[Sequence[int]], list[SearchRow]]

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_NAMES = {
    "available": QT_TRANSLATE_NOOP("CatalogModels", "Available"),
    "on_loan": QT_TRANSLATE_NOOP("CatalogModels", "On loan"),
    "on_hold_shelf": QT_TRANSLATE_NOOP("CatalogModels", "On the hold shelf"),
    "in_transit": QT_TRANSLATE_NOOP("CatalogModels", "In transit"),
    "in_repair": QT_TRANSLATE_NOOP("CatalogModels", "In repair"),
    "lost": QT_TRANSLATE_NOOP("CatalogModels", "Lost"),
    "missing": QT_TRANSLATE_NOOP("CatalogModels", "Missing"),
    "claims_returned": QT_TRANSLATE_NOOP("CatalogModels", "Claims returned"),
    "withdrawn": QT_TRANSLATE_NOOP("CatalogModels", "Withdrawn"),
    "retired": QT_TRANSLATE_NOOP("CatalogModels", "Retired"),
}
AVAILABLE_COLOUR = QColor("#1b7f3b")
UNAVAILABLE_COLOUR = QColor("#a61b1b")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CatalogModels", text)


def status_name(status: str) -> str:
    """A copy status as the librarian reads it ("On the hold shelf"), translated."""
    return _tr(STATUS_NAMES.get(status, status))


class RowsUnavailable(Exception):
    """The rows cannot be read just now (the database is busy with an import)."""


class ResultColumn(IntEnum):
    TITLE = 0
    AUTHOR = 1
    YEAR = 2
    CALL_NUMBER = 3
    AVAILABILITY = 4


RESULT_HEADERS = {
    ResultColumn.TITLE: QT_TRANSLATE_NOOP("CatalogModels", "Title"),
    ResultColumn.AUTHOR: QT_TRANSLATE_NOOP("CatalogModels", "Author"),
    ResultColumn.YEAR: QT_TRANSLATE_NOOP("CatalogModels", "Year"),
    ResultColumn.CALL_NUMBER: QT_TRANSLATE_NOOP("CatalogModels", "Call number"),
    ResultColumn.AVAILABILITY: QT_TRANSLATE_NOOP("CatalogModels", "Available"),
}


class SearchResultsModel(QAbstractTableModel):
    """Holds only the ids of the matching titles and fetches rows a page at a time.

    250,000 hits cost 250,000 integers; only the pages on screen are read from the
    database, through `fetch_rows` (ids -> rows in the same order).
    """

    PAGE_SIZE = 100
    MAX_CACHED_PAGES = 40

    def __init__(self, fetch_rows: RowFetcher, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._fetch_rows = fetch_rows
        self._ids: tuple[int, ...] = ()
        self._pages: OrderedDict[int, dict[int, SearchRow]] = OrderedDict()
        self.pages_fetched = 0
        self.unavailable = False

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = tuple(ids)
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Forget cached rows (copies or titles changed) and read them again when shown."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(ResultColumn) - 1)
            )

    def ids(self) -> tuple[int, ...]:
        return self._ids

    def record_id(self, row: int) -> int:
        return self._ids[row]

    def row_data(self, row: int) -> SearchRow | None:
        page = row // self.PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            start = page * self.PAGE_SIZE
            wanted = self._ids[start : start + self.PAGE_SIZE]
            try:
                rows = {found.id: found for found in self._fetch_rows(wanted)}
            except RowsUnavailable:
                self.unavailable = True
                return None  # not cached: asked again at the next repaint
            self.pages_fetched += 1
            self._pages[page] = rows
            while len(self._pages) > self.MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows.get(self._ids[row])

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ResultColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(RESULT_HEADERS[ResultColumn(section)])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == RECORD_ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        self.unavailable = False
        row = self.row_data(index.row())
        if row is None:  # deleted since the search ran, or the database is busy
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return "…" if self.unavailable else _tr("(removed)")
        column = ResultColumn(index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is ResultColumn.AVAILABILITY and row.copies:
                return QBrush(AVAILABLE_COLOUR if row.available else UNAVAILABLE_COLOUR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title if column is ResultColumn.TITLE else None
        return self._text(row, column)

    @staticmethod
    def _text(row: SearchRow, column: ResultColumn) -> str:
        if column is ResultColumn.TITLE:
            return row.title
        if column is ResultColumn.AUTHOR:
            return row.author
        if column is ResultColumn.YEAR:
            return str(row.publication_year or "")
        if column is ResultColumn.CALL_NUMBER:
            return row.call_number
        if not row.copies:
            return _tr("no copies")
        return _tr("{available} of {copies}").format(available=row.available, copies=row.copies)


class CopyColumn(IntEnum):
    BARCODE = 0
    CALL_NUMBER = 1
    LOCATION = 2
    TYPE = 3
    STATUS = 4


COPY_HEADERS = {
    CopyColumn.BARCODE: QT_TRANSLATE_NOOP("CatalogModels", "Barcode"),
    CopyColumn.CALL_NUMBER: QT_TRANSLATE_NOOP("CatalogModels", "Call number"),
    CopyColumn.LOCATION: QT_TRANSLATE_NOOP("CatalogModels", "Location"),
    CopyColumn.TYPE: QT_TRANSLATE_NOOP("CatalogModels", "Type"),
    CopyColumn.STATUS: QT_TRANSLATE_NOOP("CatalogModels", "Status"),
}


class CopiesModel(QAbstractTableModel):
    """The copies of one title."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: tuple[CopyView, ...] = ()

    def set_rows(self, rows: Sequence[CopyView]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def copy_at(self, row: int) -> CopyView:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CopyColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COPY_HEADERS[CopyColumn(section)])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        copy = self._rows[index.row()]
        column = CopyColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is CopyColumn.BARCODE:
                return copy.barcode
            if column is CopyColumn.CALL_NUMBER:
                return copy.call_number
            if column is CopyColumn.LOCATION:
                return copy.location
            if column is CopyColumn.TYPE:
                return copy.item_type_name or copy.item_type
            return status_name(copy.status)
        if role == Qt.ItemDataRole.ForegroundRole and column is CopyColumn.STATUS:
            if copy.status == "available":
                return QBrush(AVAILABLE_COLOUR)
            if copy.status in ("withdrawn", "retired", "lost", "missing"):
                return QBrush(QColor("#777777"))
            return QBrush(UNAVAILABLE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and copy.withdrawn_reason:
            return copy.withdrawn_reason
        return None
