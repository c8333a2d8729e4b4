"""Make label sheets: kind, sheet, start position, what to print, printer offset; preview."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.errors import DomainError
from lms_desktop.labels.barcodes import SYMBOLOGIES
from lms_desktop.labels.service import KINDS, LabelJob, LabelSelection, make_label_pdf
from lms_desktop.labels.sheets import (
    DEFAULT_PRINTER,
    PrinterOffset,
    SheetTemplate,
    all_sheets,
    printer_names,
    printer_offset,
    set_printer_offset,
)
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text, shown
from lms_desktop.ui.reports.preview import PdfPreview
from lms_desktop.ui.tasks import Progress
from lms_desktop.ui.theme import text_colour_css

SOURCES = ("barcodes", "range", "new", "homeroom", "everyone")


class LabelsTab(QWidget):
    """Signals:
    labels_ready(object): the LabelJob now in the preview.
    labels_failed(str): why making labels failed.
    """

    labels_ready = Signal(object)
    labels_failed = Signal(str)

    def __init__(
        self, ctx: UiContext, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings or QSettings()
        self.current: LabelJob | None = None
        self._sheets: list[SheetTemplate] = []

        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Kind of label"))
        for key, label in KINDS.items():
            self.kind_box.addItem(shown(label), key)
        self.sheet_box = QComboBox()
        self.sheet_box.setAccessibleName(self.tr("Label sheet"))
        self.start_spin = QSpinBox()
        self.start_spin.setAccessibleName(self.tr("First free position on the sheet"))
        self.start_spin.setMinimum(1)
        self.sheet_info = QLabel()
        self.sheet_info.setAccessibleName(self.tr("Sheet size"))
        self.symbology_box = QComboBox()
        self.symbology_box.setAccessibleName(self.tr("Barcode type"))
        for key, label in SYMBOLOGIES.items():
            self.symbology_box.addItem(label, key)
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setAccessibleName(self.tr("Genre or prefix line"))
        self.prefix_edit.setPlaceholderText(self.tr("optional, e.g. MYSTERY"))

        # what to print
        self.source_group = QButtonGroup(self)
        self.source_buttons: dict[str, QRadioButton] = {}
        labels = {
            "barcodes": self.tr("These barcodes (scan or type, one a line)"),
            "range": self.tr("A barcode range"),
            "new": self.tr("New items since"),
            "homeroom": self.tr("A homeroom (patron cards)"),
            "everyone": self.tr("Everyone / every device"),
        }
        for key in SOURCES:
            button = QRadioButton(labels[key])
            button.setAccessibleName(labels[key])
            self.source_group.addButton(button)
            self.source_buttons[key] = button
        self.barcodes_edit = QPlainTextEdit()
        self.barcodes_edit.setAccessibleName(self.tr("Barcodes to print"))
        self.barcodes_edit.setMaximumHeight(90)
        self.range_first = QLineEdit()
        self.range_first.setAccessibleName(self.tr("First barcode"))
        self.range_last = QLineEdit()
        self.range_last.setAccessibleName(self.tr("Last barcode"))
        self.new_since = QDateEdit()
        self.new_since.setAccessibleName(self.tr("New items since"))
        self.new_since.setCalendarPopup(True)
        self.new_since.setDisplayFormat("yyyy-MM-dd")
        since = date.today() - timedelta(days=30)
        self.new_since.setDate(QDate(since.year, since.month, since.day))
        self.homeroom_edit = QLineEdit()
        self.homeroom_edit.setAccessibleName(self.tr("Homeroom"))

        source_box = QGroupBox(self.tr("What to print"))
        source_layout = QVBoxLayout(source_box)
        source_layout.addWidget(self.source_buttons["barcodes"])
        source_layout.addWidget(self.barcodes_edit)
        source_layout.addWidget(self.source_buttons["range"])
        range_row = QHBoxLayout()
        range_row.addWidget(self.range_first)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.range_last)
        source_layout.addLayout(range_row)
        source_layout.addWidget(self.source_buttons["new"])
        source_layout.addWidget(self.new_since)
        source_layout.addWidget(self.source_buttons["homeroom"])
        source_layout.addWidget(self.homeroom_edit)
        source_layout.addWidget(self.source_buttons["everyone"])

        # printer offset
        self.printer_box = QComboBox()
        self.printer_box.setEditable(True)
        self.printer_box.setAccessibleName(self.tr("Printer"))
        self.right_spin = QDoubleSpinBox()
        self.down_spin = QDoubleSpinBox()
        for spin, name in (
            (self.right_spin, self.tr("Move print right (mm)")),
            (self.down_spin, self.tr("Move print down (mm)")),
        ):
            spin.setRange(-10, 10)
            spin.setSingleStep(0.25)
            spin.setDecimals(2)
            spin.setSuffix(" mm")
            spin.setAccessibleName(name)
        self.save_offset_button = QPushButton(self.tr("Save offset"))
        self.save_offset_button.setAccessibleName(self.tr("Save the printer offset"))
        offset_box = QGroupBox(self.tr("Printer offset"))
        offset_form = QFormLayout(offset_box)
        offset_form.addRow(self.tr("Printer:"), self.printer_box)
        offset_form.addRow(self.tr("Right:"), self.right_spin)
        offset_form.addRow(self.tr("Down:"), self.down_spin)
        offset_form.addRow("", self.save_offset_button)
        self.outline_check = QCheckBox(self.tr("Draw label outlines (test page)"))
        self.outline_check.setAccessibleName(self.tr("Draw label outlines"))

        self.make_button = QPushButton(self.tr("&Make labels"))
        self.make_button.setAccessibleName(self.tr("Make labels"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the labels"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the labels as PDF"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Labels status"))
        # what to check before printing: bars too thin to scan, barcodes not found
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Check before printing"))
        self.warning.setStyleSheet(text_colour_css("#92400e"))
        self.warning.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind_box)
        form.addRow(self.tr("Sheet:"), self.sheet_box)
        form.addRow("", self.sheet_info)
        form.addRow(self.tr("Start at position:"), self.start_spin)
        form.addRow(self.tr("Barcode type:"), self.symbology_box)
        form.addRow(self.tr("Spine prefix line:"), self.prefix_edit)
        buttons = QHBoxLayout()
        for button in (self.make_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(form)
        column.addWidget(source_box)
        column.addWidget(offset_box)
        column.addWidget(self.outline_check)
        column.addLayout(buttons)
        column.addWidget(self.status)
        column.addWidget(self.warning)
        column.addStretch(1)
        self.preview = PdfPreview()
        scroll = QScrollArea()  # the choices scroll on a small screen instead of growing it
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(200)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 860])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.reload_sheets()
        self._restore()
        self.sheet_box.currentIndexChanged.connect(self._sheet_chosen)
        self.kind_box.currentIndexChanged.connect(self._kind_chosen)
        self.printer_box.currentTextChanged.connect(self._printer_chosen)
        self.save_offset_button.clicked.connect(self.save_offset)
        self.make_button.clicked.connect(self.make)
        self.print_button.clicked.connect(self.print_labels)
        self.save_button.clicked.connect(self.save_labels)
        ctx.hub.data_changed.connect(self._data_changed)
        self._sheet_chosen()
        self._kind_chosen()
        self._printer_chosen(self.printer_box.currentText())
        self._update_buttons()

    # choices
    def reload_sheets(self) -> None:
        with self.ctx.unit_of_work() as uow:
            self._sheets = list(all_sheets(uow))
            printers = printer_names(uow)
        current = self.sheet_box.currentData()
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        for sheet in self._sheets:
            mine = self.tr(" (yours)") if sheet.user_defined else ""
            self.sheet_box.addItem(sheet.name + mine, sheet.code)
        if current:
            self.sheet_box.setCurrentIndex(max(0, self.sheet_box.findData(current)))
        self.sheet_box.blockSignals(False)
        self.printer_box.blockSignals(True)
        text = self.printer_box.currentText()
        self.printer_box.clear()
        for name in sorted({DEFAULT_PRINTER, *printers}):
            self.printer_box.addItem(name)
        self.printer_box.setCurrentText(text or DEFAULT_PRINTER)
        self.printer_box.blockSignals(False)

    def _restore(self) -> None:
        s = self.settings
        self.kind_box.setCurrentIndex(
            max(0, self.kind_box.findData(s.value("labels/kind", "spine")))
        )
        self.sheet_box.setCurrentIndex(
            max(0, self.sheet_box.findData(s.value("labels/sheet", "demco-ws14942260-4line")))
        )
        index = self.symbology_box.findData(s.value("labels/symbology", "code39"))
        self.symbology_box.setCurrentIndex(max(0, index))
        self.printer_box.setCurrentText(str(s.value("labels/printer", DEFAULT_PRINTER)))
        source = str(s.value("labels/source", "barcodes"))
        self.source_buttons[source if source in SOURCES else "barcodes"].setChecked(True)

    def sheet(self) -> SheetTemplate:
        code = self.sheet_box.currentData()
        return next(s for s in self._sheets if s.code == code)

    def _sheet_chosen(self, _index: int = 0) -> None:
        sheet = self.sheet()
        self.start_spin.setMaximum(sheet.per_sheet)
        self.sheet_info.setText(
            self.tr('{n} labels, {w}" × {h}", {c} across').format(
                n=sheet.per_sheet, w=sheet.label_width, h=sheet.label_height, c=sheet.columns
            )
        )

    def _kind_chosen(self, _index: int = 0) -> None:
        kind = self.kind_box.currentData()
        self.prefix_edit.setEnabled(kind == "spine")
        self.symbology_box.setEnabled(kind != "spine")
        self.source_buttons["homeroom"].setEnabled(kind == "patron")
        self.homeroom_edit.setEnabled(kind == "patron")
        self.source_buttons["new"].setEnabled(kind in ("spine", "barcode"))
        self.new_since.setEnabled(kind in ("spine", "barcode"))
        self.source_buttons["everyone"].setEnabled(kind in ("patron", "asset"))

    def _printer_chosen(self, name: str) -> None:
        with self.ctx.unit_of_work() as uow:
            offset = printer_offset(uow, name or DEFAULT_PRINTER)
        self.right_spin.setValue(offset.right_mm)
        self.down_spin.setValue(offset.down_mm)

    def save_offset(self) -> None:
        name = self.printer_box.currentText().strip() or DEFAULT_PRINTER
        try:
            with self.ctx.unit_of_work() as uow:
                set_printer_offset(
                    uow, name, PrinterOffset(self.right_spin.value(), self.down_spin.value())
                )
                uow.commit()
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Offset saved for {printer}.").format(printer=name))
        self.ctx.hub.data_changed.emit("settings")

    def source(self) -> str:
        for key, button in self.source_buttons.items():
            if button.isChecked():
                return key
        return "barcodes"

    def selection(self) -> LabelSelection:
        source = self.source()
        if source == "barcodes":
            lines = self.barcodes_edit.toPlainText().replace(",", "\n").splitlines()
            return LabelSelection(barcodes=tuple(b.strip() for b in lines if b.strip()))
        if source == "range":
            return LabelSelection(
                first_barcode=self.range_first.text().strip(),
                last_barcode=self.range_last.text().strip(),
            )
        if source == "new":
            value = self.new_since.date()
            return LabelSelection(new_since=date(value.year(), value.month(), value.day()))
        if source == "homeroom":
            return LabelSelection(homeroom=self.homeroom_edit.text().strip())
        return LabelSelection(everyone=True)

    def use_barcodes(self, barcodes: list[str], kind: str = "spine") -> None:
        """Fill in a selection handed over by another screen (catalog results, devices)."""
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.source_buttons["barcodes"].setChecked(True)
        self.barcodes_edit.setPlainText("\n".join(barcodes))

    # running
    def make(self) -> None:
        kind = str(self.kind_box.currentData())
        sheet = self.sheet()
        selection = self.selection()
        start = self.start_spin.value()
        printer = self.printer_box.currentText().strip() or DEFAULT_PRINTER
        symbology = str(self.symbology_box.currentData()) if kind != "spine" else ""
        prefix = self.prefix_edit.text().strip()
        outline = self.outline_check.isChecked()
        for key, value in (
            ("kind", kind),
            ("sheet", sheet.code),
            ("symbology", self.symbology_box.currentData()),
            ("printer", printer),
            ("source", self.source()),
        ):
            self.settings.setValue(f"labels/{key}", value)
        self.make_button.setEnabled(False)
        self.status.setText(self.tr("Making labels…"))
        self._show_warnings(())

        def job(progress: Progress) -> LabelJob:
            with self.ctx.unit_of_work() as uow:
                return make_label_pdf(
                    uow, kind, sheet.code, selection, start, printer, symbology, prefix,
                    outline, progress.report,
                )  # fmt: skip

        self.ctx.tasks.submit(job, self._done, self._failed)

    def _done(self, job: LabelJob) -> None:
        self.current = job
        self.preview.set_pdf(job.pdf)
        used = (self.start_spin.value() - 1 + job.count) % self.sheet().per_sheet
        next_start = used + 1 if used else 1
        self.status.setText(
            self.tr(
                "{count} label(s) on {pages} sheet(s). Next time start at position {next}."
            ).format(count=job.count, pages=job.pages, next=next_start)
        )
        self._show_warnings(job.warnings)
        self._update_buttons()
        self.labels_ready.emit(job)

    def _show_warnings(self, warnings: tuple[str, ...]) -> None:
        if warnings:
            self.warning.setText(
                self.tr("Check before you print: {warnings}").format(
                    warnings=" ".join(shown(warning) for warning in warnings)
                )
            )
        else:
            self.warning.clear()
        self.warning.setVisible(bool(warnings))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            message = error_text(exc)
        else:
            message = self.tr("The labels could not be made ({error}). Try again.").format(
                error=type(exc).__name__
            )
        self.status.setText(message)
        self._update_buttons()
        self.labels_failed.emit(message)

    def _update_buttons(self) -> None:
        self.make_button.setEnabled(True)
        self.print_button.setEnabled(self.current is not None)
        self.save_button.setEnabled(self.current is not None)

    def _data_changed(self, what: str) -> None:
        if what == "settings":
            self.reload_sheets()

    def save_to(self, path: Path) -> Path:
        assert self.current is not None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        path.write_bytes(self.current.pdf)
        self.settings.setValue("reports/last_folder", str(path.parent))
        self.status.setText(self.tr("Saved to {path}").format(path=path))
        return path

    def save_labels(self) -> None:
        if self.current is None:
            return
        folder = Path(str(self.settings.value("reports/last_folder", str(Path.home()))))
        name = f"labels-{self.kind_box.currentData()}-{date.today().isoformat()}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the labels"), str(folder / name), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.save_to(Path(chosen))

    def print_labels(self) -> None:
        if self.current is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print labels — choose actual size (100 %)"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            pages = self.preview.print_to(printer)
            self.status.setText(
                self.tr("Sent {pages} sheet(s) to the printer.").format(pages=pages)
            )
