"""Settings → Loan rules: the patron type × item type matrix, one cell edited at a time."""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.circulation.rules_admin import (
    LoanRuleCell,
    LoanRuleMatrix,
    loan_rule_matrix,
    save_loan_rule,
)
from lms_desktop.errors import DomainError
from lms_desktop.ui.care.site import site_of
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text, shown
from lms_desktop.ui.theme import text_colour_css

AnyIndex = QModelIndex | QPersistentModelIndex
CellRole = Qt.ItemDataRole.UserRole + 1


class LoanRuleMatrixModel(QAbstractTableModel):
    """Rows: item types; columns: patron types; each cell a short summary of the rule."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix = LoanRuleMatrix((), (), {})

    def set_matrix(self, matrix: LoanRuleMatrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.item_types)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.patron_types)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.matrix.patron_types
            if orientation == Qt.Orientation.Horizontal
            else self.matrix.item_types
        )
        return names[section][1] if 0 <= section < len(names) else None

    def cell_at(self, index: AnyIndex) -> LoanRuleCell | None:
        if not index.isValid():
            return None
        item = self.matrix.item_types[index.row()][0]
        patron = self.matrix.patron_types[index.column()][0]
        return self.matrix.cell(patron, item)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        cell = self.cell_at(index)
        if role == CellRole:
            return cell
        if role == Qt.ItemDataRole.DisplayRole:
            if cell is None:
                return self.tr("not set")
            if cell.max_items == 0:
                return self.tr("not lent")
            items = self.tr("1 item") if cell.max_items == 1 else self.tr("{n} items")
            renewals = self.tr("1 renewal") if cell.max_renewals == 1 else self.tr("{n} renewals")
            return " · ".join(
                (
                    shown(cell.loan_period_text()),
                    items.format(n=cell.max_items),
                    renewals.format(n=cell.max_renewals),
                )
            )
        if role == Qt.ItemDataRole.ForegroundRole and (cell is None or cell.max_items == 0):
            return Qt.GlobalColor.gray
        return None


class LoanRulesPage(QWidget):
    """Signals:
    saved(object): the LoanRuleCell just saved.
    """

    saved = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = LoanRuleMatrixModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Loan rules by item type and patron type"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultSectionSize(260)
        self.table.selectionModel().currentChanged.connect(lambda cur, _prev: self._edit(cur))

        editor = QGroupBox(self.tr("Rule for the chosen cell"))
        form = QFormLayout(editor)
        self.which = QLabel(self.tr("Pick a cell in the table."))
        self.which.setAccessibleName(self.tr("Chosen patron type and item type"))
        self.period_kind = QComboBox()
        self.period_kind.setAccessibleName(self.tr("Kind of loan period"))
        self.period_kind.addItem(self.tr("School days"), "days")
        self.period_kind.addItem(self.tr("Until a time of day"), "time")
        # overnight (1 day) or multi-day loans due back at a set time, e.g. 08:30
        self.period_kind.addItem(self.tr("School days, due at a time"), "days_time")
        self.period_kind.addItem(self.tr("Class periods"), "periods")
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setAccessibleName(self.tr("Loan days"))
        self.due_time = QTimeEdit()
        self.due_time.setDisplayFormat("HH:mm")
        self.due_time.setAccessibleName(self.tr("Due at time of day"))
        self.periods = QSpinBox()
        self.periods.setRange(1, 12)
        self.periods.setAccessibleName(self.tr("Loan periods"))
        period_row = QHBoxLayout()
        for w in (self.period_kind, self.days, self.due_time, self.periods):
            period_row.addWidget(w)
        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)

        def spin(name: str, top: int) -> QSpinBox:
            s = QSpinBox()
            s.setRange(0, top)
            s.setAccessibleName(name)
            return s

        def money(name: str) -> QDoubleSpinBox:
            s = QDoubleSpinBox()
            s.setRange(0, 10_000)
            s.setDecimals(2)
            s.setAccessibleName(name)
            return s

        self.max_items = spin(self.tr("Most items at once"), 500)
        self.max_renewals = spin(self.tr("Renewals"), 99)
        self.holds_allowed = QCheckBox(self.tr("Holds may be placed"))
        self.holds_allowed.setAccessibleName(self.tr("Holds allowed"))
        self.grace_days = spin(self.tr("Grace days"), 60)
        self.daily_fine = money(self.tr("Fine per day late"))
        self.max_fine = money(self.tr("Highest fine"))
        self.block_fee = money(self.tr("Block borrowing when owing"))
        self.block_overdues = spin(self.tr("Block borrowing with overdue items"), 500)
        form.addRow(self.which)
        form.addRow(self.tr("Loan period:"), period_row)
        form.addRow(self.tr("Most items at once (0 = not lent):"), self.max_items)
        form.addRow(self.tr("Renewals:"), self.max_renewals)
        form.addRow("", self.holds_allowed)
        form.addRow(self.tr("Grace days before a fine:"), self.grace_days)
        form.addRow(self.tr("Fine per school day late:"), self.daily_fine)
        form.addRow(self.tr("Highest fine per item:"), self.max_fine)
        form.addRow(self.tr("Block borrowing when owing at least:"), self.block_fee)
        form.addRow(self.tr("Block borrowing with this many overdue:"), self.block_overdues)
        self.save_button = QPushButton(self.tr("Save this rule"))
        self.save_button.setAccessibleName(self.tr("Save this loan rule"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Loan rule message"))
        form.addRow(self.save_button)
        form.addRow(self.message)
        editor.setEnabled(True)
        self.editor = editor

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each cell is the rule for one kind of patron borrowing one kind of item. "
                "Due dates skip the days the school is closed (see School calendar)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 3)
        layout.addWidget(editor, 2)
        self._cell: LoanRuleCell | None = None
        self.reload()
        self._period_kind_changed()

    def reload(self) -> None:
        with self.ctx.unit_of_work() as uow:
            self.model.set_matrix(loan_rule_matrix(uow, site_of(self.ctx)))

    def select(self, patron_type: str, item_type: str) -> None:
        m = self.model.matrix
        row = [code for code, _ in m.item_types].index(item_type)
        column = [code for code, _ in m.patron_types].index(patron_type)
        self.table.setCurrentIndex(self.model.index(row, column))

    def _period_kind_changed(self) -> None:
        kind = self.period_kind.currentData()
        self.days.setVisible(kind in ("days", "days_time"))
        self.due_time.setVisible(kind in ("time", "days_time"))
        self.periods.setVisible(kind == "periods")

    def _edit(self, index: QModelIndex) -> None:
        cell = self.model.cell_at(index)
        if cell is None:
            m = self.model.matrix
            if not index.isValid():
                return
            cell = LoanRuleCell(
                patron_type=m.patron_types[index.column()][0],
                item_type=m.item_types[index.row()][0],
                loan_days=14,
                due_time=None,
                loan_periods=None,
                max_items=0,
                max_renewals=0,
                holds_allowed=True,
                grace_days=0,
                daily_fine_cents=0,
                max_fine_cents=0,
                block_fee_cents=1000,
                block_overdue_count=3,
            )
        self._cell = cell
        patron = dict(self.model.matrix.patron_types)[cell.patron_type]
        item = dict(self.model.matrix.item_types)[cell.item_type]
        self.which.setText(self.tr("{patron} borrowing {item}").format(patron=patron, item=item))
        if cell.loan_periods:
            kind = "periods"
        elif cell.due_time is not None:
            kind = "days_time" if cell.loan_days else "time"
        else:
            kind = "days"
        self.period_kind.setCurrentIndex(self.period_kind.findData(kind))
        self.days.setValue(cell.loan_days or 0)
        t = cell.due_time or time(15, 0)
        self.due_time.setTime(QTime(t.hour, t.minute))
        self.periods.setValue(cell.loan_periods or 1)
        self.max_items.setValue(cell.max_items)
        self.max_renewals.setValue(cell.max_renewals)
        self.holds_allowed.setChecked(cell.holds_allowed)
        self.grace_days.setValue(cell.grace_days)
        self.daily_fine.setValue(cell.daily_fine_cents / 100)
        self.max_fine.setValue(cell.max_fine_cents / 100)
        self.block_fee.setValue(cell.block_fee_cents / 100)
        self.block_overdues.setValue(cell.block_overdue_count)
        self.message.clear()

    def edited_cell(self) -> LoanRuleCell | None:
        if self._cell is None:
            return None
        kind = self.period_kind.currentData()
        qt_time = self.due_time.time()
        return replace(
            self._cell,
            loan_days=self.days.value() if kind in ("days", "days_time") else None,
            due_time=(
                time(qt_time.hour(), qt_time.minute()) if kind in ("time", "days_time") else None
            ),
            loan_periods=self.periods.value() if kind == "periods" else None,
            max_items=self.max_items.value(),
            max_renewals=self.max_renewals.value(),
            holds_allowed=self.holds_allowed.isChecked(),
            grace_days=self.grace_days.value(),
            daily_fine_cents=round(self.daily_fine.value() * 100),
            max_fine_cents=round(self.max_fine.value() * 100),
            block_fee_cents=round(self.block_fee.value() * 100),
            block_overdue_count=self.block_overdues.value(),
        )

    def save(self) -> bool:
        cell = self.edited_cell()
        if cell is None:
            self.message.setText(self.tr("Pick a cell in the table first."))
            return False
        try:
            with self.ctx.unit_of_work() as uow:
                save_loan_rule(uow, cell, site_of(self.ctx))
        except DomainError as exc:
            self.message.setStyleSheet(text_colour_css("#9b1c1c"))
            self.message.setText(error_text(exc))
            return False
        row, column = self.table.currentIndex().row(), self.table.currentIndex().column()
        self.reload()
        self.table.setCurrentIndex(self.model.index(row, column))
        self.message.setStyleSheet(text_colour_css("#14532d"))
        self.message.setText(self.tr("Saved. New loans follow this rule from now on."))
        self.ctx.hub.data_changed.emit("settings")
        self.saved.emit(cell)
        return True
