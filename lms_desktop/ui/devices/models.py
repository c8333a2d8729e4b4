"""Table models of the Devices section: a lazy device list and small row tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.register import DeviceRow, device_rows

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1  # the row's frozen dataclass
ItemIdRole = Qt.ItemDataRole.UserRole + 2

STATUS_COLOURS: dict[str, str] = {
    "available": "#e7f6ec",
    "on_loan": "#e6effc",
    "in_repair": "#fff4d6",
    "lost": "#fde2e1",
    "missing": "#fde2e1",
    "retired": "#eeeeee",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeviceTables", text)


STATUS_NAMES: dict[str, str] = {
    "available": QT_TRANSLATE_NOOP("DeviceTables", "Available"),
    "on_loan": QT_TRANSLATE_NOOP("DeviceTables", "On loan"),
    "in_repair": QT_TRANSLATE_NOOP("DeviceTables", "In repair"),
    "lost": QT_TRANSLATE_NOOP("DeviceTables", "Lost"),
    "missing": QT_TRANSLATE_NOOP("DeviceTables", "Missing"),
    "retired": QT_TRANSLATE_NOOP("DeviceTables", "Retired"),
}
INCIDENT_KIND_NAMES: dict[str, str] = {
    "damage": QT_TRANSLATE_NOOP("DeviceTables", "Damage"),
    "loss": QT_TRANSLATE_NOOP("DeviceTables", "Loss"),
    "theft": QT_TRANSLATE_NOOP("DeviceTables", "Theft"),
}
PHASE_NAMES: dict[str, str] = {
    "checkout": QT_TRANSLATE_NOOP("DeviceTables", "Check-out"),
    "checkin": QT_TRANSLATE_NOOP("DeviceTables", "Check-in"),
}


def status_text(status: str) -> str:
    if status in STATUS_NAMES:
        return _tr(STATUS_NAMES[status])
    return status.replace("_", " ").capitalize()


def incident_kind_text(kind: str) -> str:
    """'damage' as the librarian reads it ("Damage"), translated."""
    return _tr(INCIDENT_KIND_NAMES[kind]) if kind in INCIDENT_KIND_NAMES else kind


def phase_text(phase: str) -> str:
    """When a condition check was made ("Check-out" or "Check-in"), translated."""
    return _tr(PHASE_NAMES[phase]) if phase in PHASE_NAMES else phase


def local_text(moment: datetime | None, with_time: bool = True) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def money(cents: int | None) -> str:
    return "" if cents is None else f"{cents / 100:,.2f}"


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Frozen dataclass rows described by columns; replaced whole with `set_rows`."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        background: Callable[[Row], str | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._background = background

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def replace_row(self, row: int, value: Row) -> None:
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()].text(row)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and self._background is not None:
            colour = self._background(row)
            return QBrush(QColor(colour)) if colour else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


def _home(row: DeviceRow) -> str:
    return f"{row.cart_name} #{row.cart_slot}" if row.cart_name else row.home_location


DEVICE_COLUMNS: tuple[tuple[str, Callable[[DeviceRow], str]], ...] = (
    (QT_TRANSLATE_NOOP("DeviceTables", "Asset tag"), lambda r: r.asset_tag),
    (QT_TRANSLATE_NOOP("DeviceTables", "Type"), lambda r: r.type_name or r.device_type),
    (QT_TRANSLATE_NOOP("DeviceTables", "Make / model"), lambda r: f"{r.make} {r.model}".strip()),
    (QT_TRANSLATE_NOOP("DeviceTables", "Serial"), lambda r: r.serial_number),
    (QT_TRANSLATE_NOOP("DeviceTables", "Status"), lambda r: status_text(r.status)),
    (QT_TRANSLATE_NOOP("DeviceTables", "Borrower"), lambda r: r.borrower_name),
    (QT_TRANSLATE_NOOP("DeviceTables", "Due"), lambda r: local_text(r.due_at)),
    (QT_TRANSLATE_NOOP("DeviceTables", "Home / cart slot"), _home),
)


class DeviceListModel(QAbstractTableModel):
    """All matching devices by id; rows are fetched from the database a page at a time as
    the view scrolls to them, so 5,000 devices open as fast as 50."""

    PAGE = 100

    def __init__(self, unit_of_work: Callable[[], UnitOfWork], parent: Any = None) -> None:
        super().__init__(parent)
        self._uow = unit_of_work
        self._ids: list[int] = []
        self._rows: dict[int, DeviceRow] = {}
        self.fetches = 0  # how many pages were read (tests check laziness)

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {}
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def item_id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, item_id: int) -> int:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return -1

    def device_at(self, row: int) -> DeviceRow:
        item_id = self._ids[row]
        found = self._rows.get(item_id)
        if found is None:
            self._fetch_page(row)
            found = self._rows[item_id]
        return found

    def _fetch_page(self, row: int) -> None:
        start = (row // self.PAGE) * self.PAGE
        page = self._ids[start : start + self.PAGE]
        with self._uow() as uow:
            for device in device_rows(uow, page):
                self._rows[device.item_id] = device
        for item_id in page:  # a device deleted meanwhile shows as a blank row
            self._rows.setdefault(
                item_id,
                DeviceRow(item_id, "", "", "", "", "", "", "", "", None, "", "", None),
            )
        self.fetches += 1

    def refresh_rows(self) -> None:
        """Forget fetched rows (after a change) and repaint."""
        self._rows = {}
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(DEVICE_COLUMNS) - 1)
            )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DEVICE_COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == ItemIdRole:
            return self._ids[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return DEVICE_COLUMNS[index.column()][1](self.device_at(index.row()))
        if role == RowRole:
            return self.device_at(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 4:
            colour = STATUS_COLOURS.get(self.device_at(index.row()).status)
            return QBrush(QColor(colour)) if colour else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(DEVICE_COLUMNS):
            return _tr(DEVICE_COLUMNS[section][0])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
