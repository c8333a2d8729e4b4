"""The patron list as a lazy table model: it holds ids and fetches rows a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from lms_desktop.circulation.results import PatronSummary
from lms_desktop.ui.patrons.statuses import status_label

AnyIndex = QModelIndex | QPersistentModelIndex
PatronIdRole = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200


class PatronColumn(IntEnum):
    NAME = 0
    BARCODE = 1
    TYPE = 2
    GRADE = 3
    HOMEROOM = 4
    TEACHER = 5
    STATUS = 6


# the patron_ids() sort key behind each column (the teacher sorts with the homeroom)
SORT_KEYS = {
    PatronColumn.NAME: "name",
    PatronColumn.BARCODE: "barcode",
    PatronColumn.TYPE: "type",
    PatronColumn.GRADE: "grade",
    PatronColumn.HOMEROOM: "homeroom",
    PatronColumn.TEACHER: "homeroom",
    PatronColumn.STATUS: "status",
}


class PatronListModel(QAbstractTableModel):
    """Ids in display order; rows come from `fetch(ids)` the first time they are shown.

    A district's 20,000 patrons cost one list of ints; scrolling fetches 200 at a time.
    """

    def __init__(
        self, fetch: Callable[[Sequence[int]], list[PatronSummary]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._rows: dict[int, PatronSummary] = {}
        self.fetches = 0

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows.clear()
        self.endResetModel()

    def forget(self, patron_id: int) -> None:
        """Drop one cached row so it is read again (after an edit)."""
        self._rows.pop(patron_id, None)
        if patron_id in self._ids:
            row = self._ids.index(patron_id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(PatronColumn) - 1))

    def ids(self) -> list[int]:
        return list(self._ids)

    def cached(self) -> int:
        return len(self._rows)

    def patron_at(self, row: int) -> PatronSummary | None:
        if not 0 <= row < len(self._ids):
            return None
        patron_id = self._ids[row]
        if patron_id not in self._rows:
            start = (row // PAGE_SIZE) * PAGE_SIZE
            page = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._rows]
            self.fetches += 1
            for patron in self._fetch(page):
                self._rows[patron.id] = patron
        return self._rows.get(patron_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PatronColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            PatronColumn.NAME: self.tr("Name"),
            PatronColumn.BARCODE: self.tr("Barcode"),
            PatronColumn.TYPE: self.tr("Type"),
            PatronColumn.GRADE: self.tr("Grade"),
            PatronColumn.HOMEROOM: self.tr("Homeroom"),
            PatronColumn.TEACHER: self.tr("Teacher"),
            PatronColumn.STATUS: self.tr("Status"),
        }
        return titles.get(PatronColumn(section)) if 0 <= section < len(PatronColumn) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == PatronIdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            return None
        patron = self.patron_at(index.row())
        if patron is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return Qt.GlobalColor.gray if patron.status != "active" else None
        column = PatronColumn(index.column())
        return {
            PatronColumn.NAME: f"{patron.last_name}, {patron.first_name}",
            PatronColumn.BARCODE: patron.barcode,
            PatronColumn.TYPE: patron.patron_type_name or patron.patron_type,
            PatronColumn.GRADE: patron.grade,
            PatronColumn.HOMEROOM: patron.homeroom,
            PatronColumn.TEACHER: patron.homeroom_teacher,
            PatronColumn.STATUS: status_label(patron.status),
        }[column]
