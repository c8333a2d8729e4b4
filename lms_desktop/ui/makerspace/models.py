"""Table models for the makerspace lists: bookings, certificates, consumables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from lms_desktop.makerspace.bookings import BookingInfo
from lms_desktop.makerspace.certificates import CertificateInfo
from lms_desktop.makerspace.resources import ConsumableInfo
from lms_desktop.makerspace.schedule import SchoolCalendar
from lms_desktop.makerspace.slots import label_slot
from lms_desktop.ui.domain_text import shown

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
LOW_BRUSH = QBrush(QColor(255, 205, 205))
SOON_BRUSH = QBrush(QColor(255, 236, 179))

AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("MakerspaceModels", text)


# QT_TRANSLATE_NOOP marks each text for pyside6-lupdate, which does not see through _tr()
STATUS_NAMES = {
    "requested": QT_TRANSLATE_NOOP("MakerspaceModels", "Awaiting approval"),
    "approved": QT_TRANSLATE_NOOP("MakerspaceModels", "Booked"),
    "waitlisted": QT_TRANSLATE_NOOP("MakerspaceModels", "Waitlist"),
    "checked_in": QT_TRANSLATE_NOOP("MakerspaceModels", "Checked in"),
    "completed": QT_TRANSLATE_NOOP("MakerspaceModels", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("MakerspaceModels", "Cancelled"),
    "no_show": QT_TRANSLATE_NOOP("MakerspaceModels", "No-show"),
}


def status_text(status: str) -> str:
    return _tr(STATUS_NAMES[status]) if status in STATUS_NAMES else status


class _RowsModel(QAbstractTableModel):
    """A read-only table of frozen rows; subclasses say how a cell reads."""

    HEADERS: tuple[str, ...] = ()
    # each table says how one of its cells reads: (row, column, role) -> value
    cell: Callable[[Any, int, int], Any]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return _tr(self.HEADERS[section])
        return None

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        return self.cell(row, index.column(), role)


class BookingColumn(IntEnum):
    WHEN = 0
    RESOURCE = 1
    WHO = 2
    PURPOSE = 3
    STATUS = 4


class BookingTableModel(_RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("MakerspaceModels", "When"),
        QT_TRANSLATE_NOOP("MakerspaceModels", "Resource"),
        QT_TRANSLATE_NOOP("MakerspaceModels", "For"),
        QT_TRANSLATE_NOOP("MakerspaceModels", "Purpose"),
        QT_TRANSLATE_NOOP("MakerspaceModels", "Status"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cal = SchoolCalendar()

    def set_bookings(self, rows: Sequence[BookingInfo], cal: SchoolCalendar) -> None:
        self._cal = cal
        self.set_rows(rows)

    def cell(self, row: BookingInfo, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            match column:
                case BookingColumn.WHEN:
                    return shown(label_slot(self._cal, row.starts_at, row.ends_at))
                case BookingColumn.RESOURCE:
                    return row.resource_name
                case BookingColumn.WHO:
                    return row.who
                case BookingColumn.PURPOSE:
                    return row.purpose
                case BookingColumn.STATUS:
                    if row.held_back_because:
                        return QCoreApplication.translate(
                            "MakerspaceModels", "{status}: {reason}"
                        ).format(
                            status=status_text(row.status), reason=shown(row.held_back_because)
                        )
                    return status_text(row.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == BookingColumn.STATUS:
            return shown(row.held_back_because) if row.held_back_because else None
        if role == SORT_ROLE:
            return row.starts_at.isoformat() if column == BookingColumn.WHEN else None
        return None


class CertificateColumn(IntEnum):
    STUDENT = 0
    TRAINING = 1
    TRAINED_BY = 2
    TRAINED_ON = 3
    EXPIRES = 4
    STATE = 5


class CertificateTableModel(_RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("MakerspaceModels", "Patron"),
        QT_TRANSLATE_NOOP("MakerspaceModels", "Training"),
        QT_TRANSLATE_NOOP("MakerspaceModels", "Trained by"),
        QT_TRANSLATE_NOOP("MakerspaceModels", "Trained on"),
        QT_TRANSLATE_NOOP("MakerspaceModels", "Expires"),
        QT_TRANSLATE_NOOP("MakerspaceModels", "State"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = date.today()
        self._soon_days = 30

    def set_certificates(
        self, rows: Sequence[CertificateInfo], today: date, soon_days: int = 30
    ) -> None:
        self._today = today
        self._soon_days = soon_days
        self.set_rows(rows)

    def state(self, row: CertificateInfo) -> str:
        if row.revoked:
            return QCoreApplication.translate("MakerspaceModels", "Withdrawn")
        if row.expires_on is None:
            return QCoreApplication.translate("MakerspaceModels", "Valid (no expiry)")
        left = (row.expires_on - self._today).days
        if left < 0:
            return QCoreApplication.translate("MakerspaceModels", "Expired")
        if left <= self._soon_days:
            return QCoreApplication.translate("MakerspaceModels", "Expires in {n} days").format(
                n=left
            )
        return QCoreApplication.translate("MakerspaceModels", "Valid")

    def cell(self, row: CertificateInfo, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            match column:
                case CertificateColumn.STUDENT:
                    return f"{row.patron_name} ({row.patron_barcode})"
                case CertificateColumn.TRAINING:
                    return row.certification_name
                case CertificateColumn.TRAINED_BY:
                    return row.trained_by
                case CertificateColumn.TRAINED_ON:
                    return row.trained_on.isoformat()
                case CertificateColumn.EXPIRES:
                    return (
                        row.expires_on.isoformat()
                        if row.expires_on
                        else QCoreApplication.translate("MakerspaceModels", "Never")
                    )
                case CertificateColumn.STATE:
                    return self.state(row)
        if role == Qt.ItemDataRole.BackgroundRole and row.expires_on is not None:
            left = (row.expires_on - self._today).days
            if row.revoked or left < 0:
                return LOW_BRUSH
            if left <= self._soon_days:
                return SOON_BRUSH
        return None


class ConsumableColumn(IntEnum):
    NAME = 0
    RESOURCE = 1
    STOCK = 2
    REORDER = 3
    STATE = 4


class ConsumableTableModel(_RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("MakerspaceModels", "Consumable"),
        QT_TRANSLATE_NOOP("MakerspaceModels", "Used on"),
        QT_TRANSLATE_NOOP("MakerspaceModels", "In stock"),
        QT_TRANSLATE_NOOP("MakerspaceModels", "Reorder at"),
        QT_TRANSLATE_NOOP("MakerspaceModels", "State"),
    )

    def cell(self, row: ConsumableInfo, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            match column:
                case ConsumableColumn.NAME:
                    return row.name
                case ConsumableColumn.RESOURCE:
                    return row.resource_name or QCoreApplication.translate(
                        "MakerspaceModels", "Any"
                    )
                case ConsumableColumn.STOCK:
                    return f"{row.stock:g} {row.unit}"
                case ConsumableColumn.REORDER:
                    return f"{row.low_stock_level:g} {row.unit}"
                case ConsumableColumn.STATE:
                    return (
                        QCoreApplication.translate("MakerspaceModels", "Low — order more")
                        if row.is_low
                        else QCoreApplication.translate("MakerspaceModels", "OK")
                    )
        if role == Qt.ItemDataRole.BackgroundRole and row.is_low:
            return LOW_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            ConsumableColumn.STOCK,
            ConsumableColumn.REORDER,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
