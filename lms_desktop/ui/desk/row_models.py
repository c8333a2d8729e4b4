"""Small table models for the desk: loans, holds, fees and the last actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from lms_desktop.circulation.results import FeeView, HoldSlip, HoldView, JournalView, LoanView
from lms_desktop.ui.dates import day_label, day_time_label
from lms_desktop.ui.domain_text import shown

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex

# Custom role: the row's frozen dataclass itself.
RowRole = Qt.ItemDataRole.UserRole + 1

OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_FOREGROUND = QColor("#9b1c1c")
MUTED_FOREGROUND = QColor("#4b5563")  # 4.5:1 also on alternate rows


def local_text(moment: datetime | None, with_time: bool = False) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    return day_time_label(local) if with_time else day_label(local.date())


def short_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%H:%M")


def money(cents: int) -> str:
    return f"{cents / 100:,.2f}"


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    align_right: bool = False


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of frozen dataclasses, described by columns; replaced whole with `set_rows`."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        highlight: Callable[[Row], str | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._highlight = highlight

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        mark = self._highlight(row) if self._highlight is not None else None
        if mark == "overdue":
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_FOREGROUND)
        if mark == "muted" and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MUTED_FOREGROUND)
        return None


def _due_text(loan: LoanView) -> str:
    due = local_text(loan.due_at, with_time=loan.item.item_kind != "book")
    return (
        QCoreApplication.translate("DeskTables", "{due} · overdue").format(due=due)
        if loan.overdue
        else due
    )


def loans_model(parent: Any = None) -> RowsModel[LoanView]:
    return RowsModel(
        [
            Column(
                QCoreApplication.translate("DeskTables", "Title"),
                lambda loan: loan.item.title or loan.item.item_type,
            ),
            Column(
                QCoreApplication.translate("DeskTables", "Barcode"), lambda loan: loan.item.barcode
            ),
            Column(QCoreApplication.translate("DeskTables", "Due"), _due_text),
            Column(
                QCoreApplication.translate("DeskTables", "Renewals"),
                lambda loan: f"{loan.renewals} / {loan.max_renewals}",
                align_right=True,
            ),
        ],
        highlight=lambda loan: "overdue" if loan.overdue else None,
        parent=parent,
    )


def _expires(hold: HoldView | HoldSlip) -> str:
    return day_label(hold.expires_on, year=False) if isinstance(hold.expires_on, date) else ""


def holds_model(parent: Any = None) -> RowsModel[HoldView]:
    def status(hold: HoldView) -> str:
        if hold.status == "ready":
            return QCoreApplication.translate("DeskTables", "On the hold shelf")
        if hold.status == "waiting":
            return QCoreApplication.translate("DeskTables", "Waiting (number {n} in line)").format(
                n=hold.queue_position
            )
        return hold.status

    return RowsModel(
        [
            Column(QCoreApplication.translate("DeskTables", "Title"), lambda hold: hold.title),
            Column(QCoreApplication.translate("DeskTables", "Status"), status),
            Column(
                QCoreApplication.translate("DeskTables", "Placed"),
                lambda hold: local_text(hold.placed_at),
            ),
            Column(QCoreApplication.translate("DeskTables", "Pick up by"), _expires),
        ],
        parent=parent,
    )


def fees_model(parent: Any = None) -> RowsModel[FeeView]:
    return RowsModel(
        [
            Column(
                QCoreApplication.translate("DeskTables", "For"),
                lambda fee: fee.description or fee.kind,
            ),
            Column(
                QCoreApplication.translate("DeskTables", "Item"), lambda fee: fee.item_barcode or ""
            ),
            Column(
                QCoreApplication.translate("DeskTables", "Amount"),
                lambda fee: money(fee.amount_cents),
                align_right=True,
            ),
            Column(
                QCoreApplication.translate("DeskTables", "Still owed"),
                lambda fee: money(fee.balance_cents),
                align_right=True,
            ),
            Column(
                QCoreApplication.translate("DeskTables", "Charged"),
                lambda fee: local_text(fee.created_at),
            ),
        ],
        highlight=lambda fee: None if fee.balance_cents else "muted",
        parent=parent,
    )


def journal_model(parent: Any = None) -> RowsModel[JournalView]:
    return RowsModel(
        [
            Column(QCoreApplication.translate("DeskTables", "When"), lambda e: short_time(e.at)),
            Column(QCoreApplication.translate("DeskTables", "What"), lambda e: shown(e.summary)),
            Column(QCoreApplication.translate("DeskTables", "Who"), lambda e: e.staff_name),
            Column(
                QCoreApplication.translate("DeskTables", "Undone"),
                lambda e: QCoreApplication.translate("DeskTables", "undone") if e.undone_at else "",
            ),
        ],
        highlight=lambda e: "muted" if e.undone_at else None,
        parent=parent,
    )


def hold_shelf_model(parent: Any = None) -> RowsModel[HoldSlip]:
    """What is on the hold shelf, soonest to expire first."""
    return RowsModel(
        [
            Column(
                QCoreApplication.translate("DeskTables", "Pick up by"),
                _expires,
            ),
            Column(QCoreApplication.translate("DeskTables", "For"), lambda s: s.patron_name),
            Column(QCoreApplication.translate("DeskTables", "Homeroom"), lambda s: s.homeroom),
            Column(QCoreApplication.translate("DeskTables", "Title"), lambda s: s.title),
            Column(QCoreApplication.translate("DeskTables", "Barcode"), lambda s: s.item_barcode),
            Column(
                QCoreApplication.translate("DeskTables", "Call number"), lambda s: s.call_number
            ),
        ],
        parent=parent,
    )
