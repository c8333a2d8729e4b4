"""Inventory > Weeding workbench: rules, a lazy candidate table, bulk withdraw with reason."""

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
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.errors import DomainError, ValidationError
from lms_desktop.inventory.weeding import (
    CREW_SCHOOL_RULES,
    WeedingCandidate,
    WeedingRule,
    WithdrawResult,
    candidate_ids,
    candidate_rows,
    withdraw_in_bulk,
)
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text, shown
from lms_desktop.ui.tasks import Progress

PAGE_SIZE = 100
ParentIndex = QModelIndex | QPersistentModelIndex


class CandidateColumn(IntEnum):
    CALL_NUMBER = 0
    TITLE = 1
    YEAR = 2
    LAST_LOAN = 3
    LOANS = 4
    CONDITION = 5
    STATUS = 6
    BARCODE = 7
    REASONS = 8


_HEADERS = {
    CandidateColumn.CALL_NUMBER: QT_TRANSLATE_NOOP("CandidateModel", "Call number"),
    CandidateColumn.TITLE: QT_TRANSLATE_NOOP("CandidateModel", "Title"),
    CandidateColumn.YEAR: QT_TRANSLATE_NOOP("CandidateModel", "Published"),
    CandidateColumn.LAST_LOAN: QT_TRANSLATE_NOOP("CandidateModel", "Last loan"),
    CandidateColumn.LOANS: QT_TRANSLATE_NOOP("CandidateModel", "Loans"),
    CandidateColumn.CONDITION: QT_TRANSLATE_NOOP("CandidateModel", "Condition"),
    CandidateColumn.STATUS: QT_TRANSLATE_NOOP("CandidateModel", "Status"),
    CandidateColumn.BARCODE: QT_TRANSLATE_NOOP("CandidateModel", "Barcode"),
    CandidateColumn.REASONS: QT_TRANSLATE_NOOP("CandidateModel", "Why"),
}

PageFetcher = Callable[[Sequence[int]], list[WeedingCandidate]]


class CandidateModel(QAbstractTableModel):
    """Weeding candidates: holds only ids; rows are read a page at a time when shown."""

    ItemIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, fetch_page: PageFetcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._ids: list[int] = []
        self._pages: dict[int, list[WeedingCandidate]] = {}

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._pages = {}
        self.endResetModel()

    def item_ids(self) -> list[int]:
        return list(self._ids)

    def rowCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CandidateColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(CandidateColumn)
        ):
            return QCoreApplication.translate("CandidateModel", _HEADERS[CandidateColumn(section)])
        return None

    def row(self, row: int) -> WeedingCandidate | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            fetched = {c.item_id: c for c in self._fetch_page(ids)}
            self._pages[page] = [fetched[i] for i in ids if i in fetched]
        rows = self._pages[page]
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def data(self, index: ParentIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        candidate = self.row(index.row())
        if candidate is None:
            return None
        column = CandidateColumn(index.column())
        if role == self.ItemIdRole:
            return candidate.item_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            CandidateColumn.YEAR,
            CandidateColumn.LOANS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            CandidateColumn.CALL_NUMBER: candidate.call_number,
            CandidateColumn.TITLE: candidate.title,
            CandidateColumn.YEAR: str(candidate.publication_year or ""),
            CandidateColumn.LAST_LOAN: (
                candidate.last_loan.isoformat()
                if candidate.last_loan
                else QCoreApplication.translate("CandidateModel", "never")
            ),
            CandidateColumn.LOANS: str(candidate.loan_count),
            CandidateColumn.CONDITION: candidate.condition,
            CandidateColumn.STATUS: candidate.status.replace("_", " "),
            CandidateColumn.BARCODE: candidate.barcode,
            CandidateColumn.REASONS: shown(candidate.reasons),
        }[column]


_RULE_COLUMNS = (
    QT_TRANSLATE_NOOP("WeedingTab", "From"),
    QT_TRANSLATE_NOOP("WeedingTab", "To"),
    QT_TRANSLATE_NOOP("WeedingTab", "Older than (years)"),
    QT_TRANSLATE_NOOP("WeedingTab", "Not borrowed in (years)"),
    QT_TRANSLATE_NOOP("WeedingTab", "At most loans"),
    QT_TRANSLATE_NOOP("WeedingTab", "Condition (poor, damaged…)"),
    QT_TRANSLATE_NOOP("WeedingTab", "Location"),
    QT_TRANSLATE_NOOP("WeedingTab", "Item type"),
)


class WeedingTab(QWidget):
    """Weeding rules, candidates and bulk withdrawal.

    Signals:
        candidates_found(int): how many copies the rules picked.
        withdrawn(object): a WithdrawResult.
    """

    candidates_found = Signal(int)
    withdrawn = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rules: tuple[WeedingRule, ...] = ()
        self.rules_table = QTableWidget(0, len(_RULE_COLUMNS))
        self.rules_table.setHorizontalHeaderLabels([self.tr(c) for c in _RULE_COLUMNS])
        self.rules_table.setAccessibleName(self.tr("Weeding rules"))
        self.rules_table.verticalHeader().setVisible(False)
        self.rules_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rules_table.setMaximumHeight(170)
        self.add_rule_button = QPushButton(self.tr("&Add rule"))
        self.add_rule_button.setAccessibleName(self.tr("Add a weeding rule"))
        self.add_rule_button.clicked.connect(lambda: self.add_rule(WeedingRule()))
        self.remove_rule_button = QPushButton(self.tr("&Remove rule"))
        self.remove_rule_button.setAccessibleName(self.tr("Remove the selected rule"))
        self.remove_rule_button.clicked.connect(self.remove_rule)
        self.crew_button = QPushButton(self.tr("&CREW defaults"))
        self.crew_button.setAccessibleName(self.tr("Use the CREW method's school defaults"))
        self.crew_button.clicked.connect(lambda: self.set_rules(CREW_SCHOOL_RULES))
        self.find_button = QPushButton(self.tr("&Find candidates"))
        self.find_button.setAccessibleName(self.tr("Find weeding candidates"))
        self.find_button.clicked.connect(self.find_candidates)
        rule_buttons = QHBoxLayout()
        for button in (self.add_rule_button, self.remove_rule_button, self.crew_button):
            rule_buttons.addWidget(button)
        rule_buttons.addStretch(1)
        rule_buttons.addWidget(self.find_button)

        self.model = CandidateModel(self._fetch_page, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Weeding candidates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in (
            (0, 120),
            (1, 300),
            (2, 80),
            (3, 90),
            (4, 60),
            (5, 80),
            (6, 80),
            (7, 130),
        ):
            self.table.setColumnWidth(column, width)

        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.addItems(
            [
                self.tr("outdated"),
                self.tr("worn or damaged"),
                self.tr("not used"),
                self.tr("duplicate copy"),
                self.tr("superseded by a new edition"),
            ]
        )
        self.reason_combo.setAccessibleName(self.tr("Reason for withdrawal"))
        self.select_all_button = QPushButton(self.tr("Select &all"))
        self.select_all_button.setAccessibleName(self.tr("Select every candidate"))
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.withdraw_button = QPushButton(self.tr("&Withdraw selected…"))
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the selected copies"))
        self.withdraw_button.clicked.connect(self.confirm_withdraw)
        actions = QHBoxLayout()
        actions.addWidget(self.select_all_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Reason")))
        actions.addWidget(self.reason_combo, 1)
        actions.addWidget(self.withdraw_button)
        self.status = QLabel(self.tr("Pick rules (or the CREW defaults) and find the candidates."))
        self.status.setAccessibleName(self.tr("Weeding status"))
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "A copy is a candidate when every test of one rule holds. Empty cells are "
                    "not tested; a range alone is not enough."
                )
            )
        )
        layout.addWidget(self.rules_table)
        layout.addLayout(rule_buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self.set_rules(CREW_SCHOOL_RULES)

    # -- rules -----------------------------------------------------------------------------

    def add_rule(self, rule: WeedingRule) -> None:
        row = self.rules_table.rowCount()
        self.rules_table.insertRow(row)
        values = (
            rule.call_from,
            rule.call_to,
            "" if rule.older_than_years is None else str(rule.older_than_years),
            "" if rule.not_borrowed_years is None else str(rule.not_borrowed_years),
            "" if rule.max_loans is None else str(rule.max_loans),
            ", ".join(rule.conditions),
            rule.location,
            rule.item_type,
        )
        for column, value in enumerate(values):
            self.rules_table.setItem(row, column, QTableWidgetItem(value))

    def remove_rule(self) -> None:
        row = self.rules_table.currentRow()
        if row >= 0:
            self.rules_table.removeRow(row)

    def set_rules(self, rules: Sequence[WeedingRule]) -> None:
        self.rules_table.setRowCount(0)
        for rule in rules:
            self.add_rule(rule)

    def rules(self) -> tuple[WeedingRule, ...]:
        """The rules as typed; raises ValidationError for a cell that is not a number."""

        def cell(row: int, column: int) -> str:
            item = self.rules_table.item(row, column)
            return item.text().strip() if item else ""

        def number(row: int, column: int) -> int | None:
            text = cell(row, column)
            if not text:
                return None
            if not text.isdigit():
                raise ValidationError(
                    self.tr("Rule {n}: “{text}” is not a whole number of years or loans.").format(
                        n=row + 1, text=text
                    )
                )
            return int(text)

        rules = []
        for row in range(self.rules_table.rowCount()):
            conditions = tuple(c.strip() for c in cell(row, 5).split(",") if c.strip())
            rules.append(
                WeedingRule(
                    call_from=cell(row, 0),
                    call_to=cell(row, 1),
                    older_than_years=number(row, 2),
                    not_borrowed_years=number(row, 3),
                    max_loans=number(row, 4),
                    conditions=conditions,
                    location=cell(row, 6),
                    item_type=cell(row, 7),
                )
            )
        return tuple(rules)

    # -- candidates --------------------------------------------------------------------------

    def _fetch_page(self, ids: Sequence[int]) -> list[WeedingCandidate]:
        # a page of 100 rows by primary key takes a few milliseconds: read where it is shown
        with self.ctx.unit_of_work() as uow:
            return candidate_rows(uow, ids, self._rules)

    def find_candidates(self) -> None:
        try:
            rules = self.rules()
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return
        self.find_button.setEnabled(False)
        self.status.setText(self.tr("Looking through the collection…"))
        today = date.today()

        def work(_p: Progress) -> list[int]:
            with self.ctx.unit_of_work() as uow:
                return candidate_ids(uow, rules, today=today)

        def done(ids: list[int]) -> None:
            self.find_button.setEnabled(True)
            self._rules = rules
            self.model.set_ids(ids)
            self.status.setText(self.tr("%n candidate(s).", "", len(ids)))
            self.candidates_found.emit(len(ids))

        self.ctx.tasks.submit(work, done, self._failed)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = self.model.item_ids()
        return [ids[r] for r in rows if r < len(ids)]

    def confirm_withdraw(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.status.setText(self.tr("Select the copies to withdraw first."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw copies?"),
            self.tr(
                "Withdraw {n} copies as “{reason}”? They leave the shelves and the catalog's "
                "availability; their loan history stays in the statistics and the weeding log."
            ).format(n=f"{len(ids):,}", reason=self.reason_combo.currentText()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.withdraw(ids, self.reason_combo.currentText())

    def withdraw(self, ids: list[int], reason: str) -> None:
        self.withdraw_button.setEnabled(False)

        def work(_p: Progress) -> WithdrawResult:
            with self.ctx.unit_of_work() as uow:
                return withdraw_in_bulk(uow, ids, reason)

        def done(result: WithdrawResult) -> None:
            self.withdraw_button.setEnabled(True)
            text = self.tr("{n} copies withdrawn.").format(n=f"{result.withdrawn:,}")
            if result.skipped:
                text += " " + self.tr("Skipped: {list}").format(
                    list="; ".join(f"{b} ({shown(why)})" for b, why in result.skipped[:5])
                )
            self.status.setText(text)
            self.ctx.hub.data_changed.emit("catalog")
            self.withdrawn.emit(result)
            self.find_candidates()

        def failed(exc: BaseException) -> None:
            self.withdraw_button.setEnabled(True)
            self._failed(exc)

        self.ctx.tasks.submit(work, done, failed)

    def _failed(self, exc: BaseException) -> None:
        self.find_button.setEnabled(True)
        self.status.setText(error_text(exc))
