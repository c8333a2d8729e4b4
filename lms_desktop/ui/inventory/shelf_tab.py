"""Inventory > Shelf inventory: start, scan shelf by shelf, live progress, close and review."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.errors import DomainError
from lms_desktop.inventory.shelf import (
    CloseResult,
    InventoryProgress,
    InventoryScope,
    InventoryView,
    MissingItem,
    ReplayResult,
    ScanLine,
    ScanResult,
    close_inventory,
    inventory_progress,
    list_inventories,
    mark_lost,
    misshelved_items,
    missing_items,
    out_of_order_items,
    parse_scanner_file,
    replay_scans,
    restore_missing,
    scan_item,
    start_inventory,
)
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text, shown
from lms_desktop.ui.tasks import Progress
from lms_desktop.ui.theme import text_colour_css

_GOOD = QColor("#1b5e20")
_WARN = QColor("#8a4b00")
_BAD = QColor("#b00020")


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    return table


def _fill(table: QTableWidget, rows: list[tuple[Any, ...]], *, fit: bool = True) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    if fit:
        table.resizeColumnsToContents()


class ShelfInventoryTab(QWidget):
    """Scan the shelves against the catalog.

    Signals:
        scan_handled(object): a ScanResult, after the scan is recorded and shown.
        inventory_closed(object): a CloseResult.
    """

    scan_handled = Signal(object)
    inventory_closed = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._inventories: list[InventoryView] = []
        self._progress: InventoryProgress | None = None
        self._group_rows: dict[str, int] = {}
        self._pending_scans = 0

        # -- choose or start -------------------------------------------------------------
        self.inventory_combo = QComboBox()
        self.inventory_combo.setAccessibleName(self.tr("Inventory"))
        self.inventory_combo.currentIndexChanged.connect(self._inventory_chosen)
        start_box = QGroupBox(self.tr("Start a new inventory"))
        self.location_edit = QLineEdit()
        self.location_edit.setPlaceholderText(self.tr("any location"))
        self.location_edit.setAccessibleName(self.tr("Scope: location"))
        self.from_edit = QLineEdit()
        self.from_edit.setPlaceholderText(self.tr("e.g. 500"))
        self.from_edit.setAccessibleName(self.tr("Scope: call numbers from"))
        self.to_edit = QLineEdit()
        self.to_edit.setPlaceholderText(self.tr("e.g. 599"))
        self.to_edit.setAccessibleName(self.tr("Scope: call numbers to"))
        self.type_edit = QLineEdit()
        self.type_edit.setPlaceholderText(self.tr("any type"))
        self.type_edit.setAccessibleName(self.tr("Scope: item type code"))
        self.start_button = QPushButton(self.tr("&Start inventory"))
        self.start_button.setAccessibleName(self.tr("Start inventory"))
        self.start_button.clicked.connect(self.start_new)
        grid = QGridLayout(start_box)
        grid.addWidget(QLabel(self.tr("Location")), 0, 0)
        grid.addWidget(self.location_edit, 0, 1)
        grid.addWidget(QLabel(self.tr("Call numbers from")), 0, 2)
        grid.addWidget(self.from_edit, 0, 3)
        grid.addWidget(QLabel(self.tr("to")), 0, 4)
        grid.addWidget(self.to_edit, 0, 5)
        grid.addWidget(QLabel(self.tr("Item type")), 0, 6)
        grid.addWidget(self.type_edit, 0, 7)
        grid.addWidget(self.start_button, 0, 8)
        grid.addWidget(
            QLabel(self.tr("Leave everything empty for the whole collection.")), 1, 0, 1, 9
        )

        # -- scanning -----------------------------------------------------------------------
        self.shelf_edit = QLineEdit()
        self.shelf_edit.setPlaceholderText(self.tr("e.g. Shelf 12"))
        self.shelf_edit.setAccessibleName(self.tr("Shelf being scanned"))
        self.here_edit = QLineEdit()
        self.here_edit.setPlaceholderText(self.tr("the inventory's location"))
        self.here_edit.setAccessibleName(self.tr("Location being scanned"))
        self.scan_edit = QLineEdit()
        self.scan_edit.setPlaceholderText(self.tr("Scan a barcode"))
        self.scan_edit.setAccessibleName(self.tr("Inventory scan field"))
        self.scan_edit.returnPressed.connect(self._scan_entered)
        self.replay_button = QPushButton(self.tr("Replay scanner &file…"))
        self.replay_button.setAccessibleName(self.tr("Replay a scanner-memory file"))
        self.replay_button.clicked.connect(self.choose_replay_file)
        scan_row = QHBoxLayout()
        scan_row.addWidget(QLabel(self.tr("Shelf")))
        scan_row.addWidget(self.shelf_edit, 1)
        scan_row.addWidget(QLabel(self.tr("Location")))
        scan_row.addWidget(self.here_edit, 1)
        scan_row.addWidget(QLabel(self.tr("Barcode")))
        scan_row.addWidget(self.scan_edit, 3)
        scan_row.addWidget(self.replay_button)
        self.last_scan = QLabel(self.tr("Choose or start an inventory, then scan."))
        self.last_scan.setAccessibleName(self.tr("Last scan"))
        self.last_scan.setWordWrap(True)
        font = self.last_scan.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.last_scan.setFont(font)

        # -- progress and lists -------------------------------------------------------------
        self.overall = QProgressBar()
        self.overall.setAccessibleName(self.tr("Copies found"))
        self.overall.setFormat(self.tr("%v of %m found (%p%)"))
        self.progress_table = _table(
            [self.tr("Shelf"), self.tr("Found"), self.tr("Expected"), self.tr("Done")],
            self.tr("Progress by Dewey range"),
        )
        self.misshelved_table = _table(
            [self.tr("Call number"), self.tr("Title"), self.tr("Barcode"), self.tr("Where")],
            self.tr("Misshelved copies"),
        )
        self.order_table = _table(
            [self.tr("Call number"), self.tr("Title"), self.tr("Barcode"), self.tr("Shelf")],
            self.tr("Copies out of call-number order"),
        )
        self.review_table = _table(
            [
                self.tr("Call number"),
                self.tr("Title"),
                self.tr("Barcode"),
                self.tr("Location"),
                self.tr("Decision"),
            ],
            self.tr("Missing copies to review"),
        )
        self.progress_table.horizontalHeader().setStretchLastSection(False)
        self.progress_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.review_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._review: list[MissingItem] = []
        self.lists = QTabWidget()
        self.lists.setAccessibleName(self.tr("Inventory lists"))
        self.lists.addTab(self.misshelved_table, self.tr("Misshelved"))
        self.lists.addTab(self.order_table, self.tr("Out of order"))
        review_page = QWidget()
        review_layout = QVBoxLayout(review_page)
        review_layout.addWidget(self.review_table)
        review_buttons = QHBoxLayout()
        self.lost_button = QPushButton(self.tr("Mark selected &lost"))
        self.lost_button.setAccessibleName(self.tr("Mark the selected copies lost"))
        self.lost_button.clicked.connect(lambda: self._review_action(mark_lost))
        self.restore_button = QPushButton(self.tr("&Put selected back on the shelf"))
        self.restore_button.setAccessibleName(self.tr("Put the selected copies back"))
        self.restore_button.clicked.connect(lambda: self._review_action(restore_missing))
        review_buttons.addWidget(self.lost_button)
        review_buttons.addWidget(self.restore_button)
        review_buttons.addStretch(1)
        review_layout.addLayout(review_buttons)
        self.lists.addTab(review_page, self.tr("Missing (review)"))

        self.close_button = QPushButton(self.tr("&Close inventory…"))
        self.close_button.setAccessibleName(self.tr("Close the inventory"))
        self.close_button.clicked.connect(self.confirm_close)
        self.report_button = QPushButton(self.tr("Inventory &report (PDF)…"))
        self.report_button.setAccessibleName(self.tr("Save the inventory report as PDF"))
        self.report_button.clicked.connect(self.save_report)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Inventory status"))
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Inventory")))
        top.addWidget(self.inventory_combo, 1)
        top.addWidget(self.close_button)
        top.addWidget(self.report_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.overall)
        left_layout.addWidget(self.progress_table)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.lists)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(start_box)
        layout.addLayout(scan_row)
        layout.addWidget(self.last_scan)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

        # the out-of-order list is worked out again once scanning pauses
        self._order_timer = QTimer(self)
        self._order_timer.setSingleShot(True)
        self._order_timer.setInterval(1500)
        self._order_timer.timeout.connect(self.refresh_lists)
        self._update_buttons()
        self.reload()

    # -- loading ---------------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.inventory_combo.currentIndex()
        return self._inventories[index].id if 0 <= index < len(self._inventories) else None

    def current(self) -> InventoryView | None:
        index = self.inventory_combo.currentIndex()
        return self._inventories[index] if 0 <= index < len(self._inventories) else None

    def reload(self, select_id: int | None = None) -> None:
        def work(_p: Progress) -> list[InventoryView]:
            with self.ctx.unit_of_work() as uow:
                return list_inventories(uow)

        def done(views: list[InventoryView]) -> None:
            wanted = select_id if select_id is not None else self.current_id()
            self._inventories = views
            self.inventory_combo.blockSignals(True)
            self.inventory_combo.clear()
            for v in views:
                state = self.tr("open") if v.status == "open" else self.tr("closed")
                self.inventory_combo.addItem(f"#{v.id} {v.name} ({state})")
            ids = [v.id for v in views]
            self.inventory_combo.setCurrentIndex(ids.index(wanted) if wanted in ids else 0)
            self.inventory_combo.blockSignals(False)
            self._inventory_chosen()

        self.ctx.tasks.submit(work, done, self._failed)

    def _inventory_chosen(self, _index: int = -1) -> None:
        self._update_buttons()
        view = self.current()
        self.last_scan.setStyleSheet("")
        if view is None:
            self.last_scan.setText(self.tr("Start an inventory, then scan."))
        elif view.status == "open":
            self.last_scan.setText(
                self.tr("Scanning {scope}: type the shelf, then scan each book.").format(
                    scope=shown(view.scope.describe())
                )
            )
        else:
            self.last_scan.setText(
                self.tr("This inventory is closed: review the missing copies on the right.")
            )
        session_id = self.current_id()
        if session_id is None:
            self._show_progress(None)
            return
        self.refresh_progress()
        self.refresh_lists()

    def refresh_progress(self) -> None:
        session_id = self.current_id()
        if session_id is None:
            return

        def work(_p: Progress) -> InventoryProgress:
            with self.ctx.unit_of_work() as uow:
                return inventory_progress(uow, session_id)

        self.ctx.tasks.submit(work, self._show_progress, self._failed)

    def refresh_lists(self) -> None:
        session_id = self.current_id()
        if session_id is None:
            return

        def work(_p: Progress) -> tuple[list[ScanLine], list[ScanLine], list[MissingItem]]:
            with self.ctx.unit_of_work() as uow:
                return (
                    misshelved_items(uow, session_id),
                    out_of_order_items(uow, session_id),
                    missing_items(uow, session_id),
                )

        def done(result: tuple[list[ScanLine], list[ScanLine], list[MissingItem]]) -> None:
            if self.current_id() != session_id:
                return
            stray, disorder, review = result
            _fill(
                self.misshelved_table,
                [(s.call_number, s.title, s.barcode, shown(s.reason)) for s in stray],
            )
            _fill(
                self.order_table,
                [(s.call_number, s.title, s.barcode, s.shelf) for s in disorder],
            )
            self._review = review
            _fill(
                self.review_table,
                [
                    (m.call_number, m.title, m.barcode, m.location, self._decision(m.decision))
                    for m in review
                ],
            )
            self.lists.setTabText(1, self.tr("Out of order ({n})").format(n=len(disorder)))
            self.lists.setTabText(0, self.tr("Misshelved ({n})").format(n=len(stray)))
            self.lists.setTabText(2, self.tr("Missing (review) ({n})").format(n=len(review)))

        self.ctx.tasks.submit(work, done, self._failed)

    def _decision(self, decision: str) -> str:
        return {
            "missing": self.tr("missing"),
            "lost": self.tr("lost"),
            "restored": self.tr("restored"),
        }.get(decision, decision)

    def _show_progress(self, progress: InventoryProgress | None) -> None:
        self._progress = progress
        if progress is None:
            self.overall.setRange(0, 1)
            self.overall.setValue(0)
            self.progress_table.setRowCount(0)
            return
        self.overall.setRange(0, max(1, progress.expected))
        self.overall.setValue(progress.found)
        self._group_rows = {g.group: i for i, g in enumerate(progress.groups)}
        _fill(
            self.progress_table,
            [(g.group, g.found, g.total, f"{g.percent}%") for g in progress.groups],
            fit=False,
        )

    def _bump_group(self, group: str) -> None:
        """One more copy found on `group`: moved on screen without asking the database."""
        row = self._group_rows.get(group)
        if row is None:
            return
        found_item = self.progress_table.item(row, 1)
        total_item = self.progress_table.item(row, 2)
        if found_item is None or total_item is None:
            return
        total = int(total_item.text())
        found = min(total, int(found_item.text()) + 1)
        found_item.setText(str(found))
        percent = 100 if total == 0 else 100 * found // total
        self.progress_table.item(row, 3).setText(f"{percent}%")
        self.overall.setValue(min(self.overall.maximum(), self.overall.value() + 1))

    def _update_buttons(self) -> None:
        view = self.current()
        is_open = view is not None and view.status == "open"
        self.scan_edit.setEnabled(is_open)
        self.replay_button.setEnabled(is_open)
        self.close_button.setEnabled(is_open)
        self.report_button.setEnabled(view is not None)
        self.lost_button.setEnabled(view is not None and not is_open)
        self.restore_button.setEnabled(view is not None and not is_open)
        if is_open:
            self.scan_edit.setFocus()

    # -- actions ---------------------------------------------------------------------------

    def start_new(self) -> None:
        scope = InventoryScope(
            self.location_edit.text().strip(),
            self.from_edit.text().strip(),
            self.to_edit.text().strip(),
            self.type_edit.text().strip(),
        )
        self.start_button.setEnabled(False)

        def work(_p: Progress) -> InventoryView:
            with self.ctx.unit_of_work() as uow:
                return start_inventory(uow, scope)

        def done(view: InventoryView) -> None:
            self.start_button.setEnabled(True)
            self.status.setText(
                self.tr("Started {name}: {n} copies to find. Scan away.").format(
                    name=view.name, n=f"{view.in_scope_count:,}"
                )
            )
            self.ctx.hub.data_changed.emit("inventory")
            self.reload(select_id=view.id)

        def failed(exc: BaseException) -> None:
            self.start_button.setEnabled(True)
            self._failed(exc)

        self.ctx.tasks.submit(work, done, failed)

    def _scan_entered(self) -> None:
        text = self.scan_edit.text().strip()
        self.scan_edit.clear()
        if text:
            self.scan(text)

    def scan(self, barcode: str) -> None:
        """Queue one scan on the database worker; scans are handled in the order read."""
        session_id = self.current_id()
        if session_id is None:
            return
        shelf = self.shelf_edit.text()
        here = self.here_edit.text().strip() or None
        self._pending_scans += 1

        def work(_p: Progress) -> ScanResult:
            with self.ctx.unit_of_work() as uow:
                result = scan_item(uow, session_id, barcode, shelf=shelf, location=here)
                uow.commit()
                return result

        def done(result: ScanResult) -> None:
            self._pending_scans -= 1
            self._show_scan(result)
            self.scan_handled.emit(result)

        def failed(exc: BaseException) -> None:
            self._pending_scans -= 1
            self._failed(exc)

        self.ctx.tasks.submit(work, done, failed)

    def _show_scan(self, result: ScanResult) -> None:
        colour = _GOOD
        if result.outcome in ("unknown", "withdrawn") or result.misshelved:
            colour = _BAD
        elif (
            result.outcome in ("on_loan", "duplicate")
            or result.out_of_order
            or result.earlier_out_of_order
        ):
            colour = _WARN
        self.last_scan.setText(shown(result.message))
        self.last_scan.setStyleSheet(text_colour_css(colour))
        if result.newly_found:
            self._bump_group(result.shelf_group)
        if result.misshelved and result.outcome != "duplicate":
            row = self.misshelved_table.rowCount()
            self.misshelved_table.insertRow(row)
            for c, value in enumerate(
                (result.call_number, result.title, result.barcode, self.tr("just scanned"))
            ):
                self.misshelved_table.setItem(row, c, QTableWidgetItem(value))
        self._order_timer.start()

    def choose_replay_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Scanner-memory file"),
            "",
            self.tr("Scanner files (*.txt *.csv *.dat);;All files (*)"),
        )
        if path:
            self.replay_file(Path(path))

    def replay_file(self, path: Path) -> None:
        session_id = self.current_id()
        if session_id is None:
            return
        try:
            reads = parse_scanner_file(path.read_bytes().decode("utf-8-sig", errors="replace"))
        except OSError as exc:
            self.status.setText(self.tr("Cannot read {file}: {why}").format(file=path, why=exc))
            return
        self.replay_button.setEnabled(False)

        def work(progress: Progress) -> ReplayResult:
            with self.ctx.unit_of_work() as uow:
                return replay_scans(uow, session_id, reads, progress=progress.report, batch=200)

        def done(result: ReplayResult) -> None:
            self.replay_button.setEnabled(True)
            self.status.setText(
                self.tr(
                    "{file}: {scans} scans replayed, {found} copies found, {stray} misshelved, "
                    "{order} out of order, {unknown} unknown."
                ).format(
                    file=path.name,
                    scans=f"{result.scans:,}",
                    found=f"{result.found:,}",
                    stray=result.misshelved,
                    order=result.out_of_order,
                    unknown=len(result.unknown),
                )
            )
            self.refresh_progress()
            self.refresh_lists()
            self.ctx.hub.data_changed.emit("inventory")

        def failed(exc: BaseException) -> None:
            self.replay_button.setEnabled(True)
            self._failed(exc)

        def moved(done_: int, total: int, message: str) -> None:
            self.status.setText(message)

        self.ctx.tasks.submit(work, done, failed, moved)

    def confirm_close(self) -> None:
        view = self.current()
        if view is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Close the inventory?"),
            self.tr(
                "Copies in “{name}” that were not scanned and should be on the shelf will be "
                "marked missing and listed for review. Copies checked in at the desk since the "
                "inventory started count as found. Copies on loan and copies outside the "
                "inventory are not touched. Close it now?"
            ).format(name=view.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.close_current()

    def close_current(self) -> None:
        session_id = self.current_id()
        if session_id is None:
            return

        def work(_p: Progress) -> CloseResult:
            with self.ctx.unit_of_work() as uow:
                return close_inventory(uow, session_id)

        def done(result: CloseResult) -> None:
            message = self.tr(
                "Closed: {found} of {expected} found, {missing} missing (see Missing), "
                "{stray} misshelved."
            ).format(
                found=f"{result.found:,}",
                expected=f"{result.expected:,}",
                missing=f"{result.missing:,}",
                stray=result.misshelved,
            )
            if result.returned_at_desk:
                message += " " + self.tr(
                    "{n} copies not scanned were checked in at the desk during the inventory: "
                    "counted as found."
                ).format(n=f"{result.returned_at_desk:,}")
            self.status.setText(message)
            self.lists.setCurrentIndex(2)
            self.ctx.hub.data_changed.emit("catalog")
            self.inventory_closed.emit(result)
            self.reload(select_id=session_id)

        self.ctx.tasks.submit(work, done, self._failed)

    def _review_action(self, action: Any) -> None:
        session_id = self.current_id()
        rows = sorted({i.row() for i in self.review_table.selectionModel().selectedRows()})
        ids = [self._review[r].id for r in rows if r < len(self._review)]
        if session_id is None or not ids:
            self.status.setText(self.tr("Select copies in the Missing list first."))
            return

        def work(_p: Progress) -> int:
            with self.ctx.unit_of_work() as uow:
                return int(action(uow, session_id, ids))

        def done(n: int) -> None:
            self.status.setText(self.tr("{n} copies changed.").format(n=n))
            self.ctx.hub.data_changed.emit("catalog")
            self.refresh_lists()

        self.ctx.tasks.submit(work, done, self._failed)

    def save_report(self) -> None:
        session_id = self.current_id()
        if session_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the inventory report"),
            f"inventory-{session_id}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.write_report(Path(path))

    def write_report(self, path: Path) -> None:
        from datetime import date

        from lms_desktop.reports.common import ReportParams
        from lms_desktop.reports.service import render_report

        session_id = self.current_id()

        def work(_p: Progress) -> Path:
            today = date.today()
            params = ReportParams(today, today, filters={"inventory": str(session_id)})
            with self.ctx.unit_of_work() as uow:
                path.write_bytes(render_report(uow, "inventory", params, "pdf").data)
            return path

        def done(written: Path) -> None:
            self.status.setText(self.tr("Report saved to {path}.").format(path=written))

        self.ctx.tasks.submit(work, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        message = error_text(exc)
        self.status.setText(message)
        self.last_scan.setStyleSheet(text_colour_css(_BAD))
        if isinstance(exc, DomainError):
            self.last_scan.setText(message)
        self._update_buttons()
