"""Pick a report, its dates and filters, run it off the GUI thread, preview, print, save."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.care.district import list_sites
from lms_desktop.errors import DomainError
from lms_desktop.reports.common import ReportParams, cancellable, month_range
from lms_desktop.reports.document import ReportDocument
from lms_desktop.reports.export import render_csv, render_xlsx
from lms_desktop.reports.registry import REPORTS, ReportSpec, default_dates, get_report
from lms_desktop.reports.service import RenderedReport, render_report
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text, shown
from lms_desktop.ui.reports.preview import PdfPreview
from lms_desktop.ui.tasks import Progress

LAST_REPORT = "reports/last_report"
LAST_FOLDER = "reports/last_folder"
LAST_FORMAT = "reports/last_format"
WHOLE_DISTRICT = 0  # the School box's "Whole district" (ReportParams.site_id None)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportsTab(QWidget):
    """Signals:
    report_ready(object): the RenderedReport now in the preview.
    report_failed(str): why the last run failed, in the user's words.
    saved(str): the path a report was saved to.
    """

    report_ready = Signal(object)
    report_failed = Signal(str)
    saved = Signal(str)

    def __init__(
        self, ctx: UiContext, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings or QSettings()
        self.current: RenderedReport | None = None
        self._filter_widgets: dict[str, QComboBox | QLineEdit] = {}
        self._running = False

        self.report_list = QListWidget()
        self.report_list.setAccessibleName(self.tr("Reports"))
        for spec in REPORTS:
            item = QListWidgetItem(shown(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            item.setToolTip(shown(spec.description))
            self.report_list.addItem(item)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAccessibleName(self.tr("What the report shows"))

        self.quick_range = QComboBox()
        self.quick_range.setAccessibleName(self.tr("Date range"))
        for label, key in (
            (self.tr("Last month"), "last_month"),
            (self.tr("This month"), "this_month"),
            (self.tr("School year so far"), "school_year"),
            (self.tr("Today"), "today"),
            (self.tr("Next 30 days"), "next_month"),
            (self.tr("Chosen dates"), "custom"),
        ):
            self.quick_range.addItem(label, key)
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit, name in ((self.start_edit, self.tr("From")), (self.end_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._dates_edited)

        # a district database: which school the report covers, this workstation's by default
        self.site_box = QComboBox()
        self.site_box.setAccessibleName(self.tr("School"))
        with ctx.unit_of_work() as uow:
            sites = list_sites(uow)
        for site in sites:
            self.site_box.addItem(site.name, site.id)
        if len(sites) > 1:
            self.site_box.addItem(self.tr("Whole district"), WHOLE_DISTRICT)
        self.site_box.setCurrentIndex(max(0, self.site_box.findData(ctx.site_id)))

        self.filters_form = QFormLayout()
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("Save as"))
        for label, fmt in (("PDF", "pdf"), (self.tr("Spreadsheet (XLSX)"), "xlsx"), ("CSV", "csv")):
            self.format_box.addItem(label, fmt)

        self.run_button = QPushButton(self.tr("&Run report"))
        self.run_button.setAccessibleName(self.tr("Run report"))
        self.run_button.setDefault(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the report"))
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setAccessibleName(self.tr("Save the report"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Report progress"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("S&top"))
        self.cancel_button.setAccessibleName(self.tr("Stop the report"))
        self.cancel_button.hide()
        self._job: Progress | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Report status"))

        left = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("School:"), self.site_box)
        form.setRowVisible(self.site_box, len(sites) > 1)
        form.addRow(self.tr("Dates:"), self.quick_range)
        form.addRow(self.tr("From:"), self.start_edit)
        form.addRow(self.tr("To:"), self.end_edit)
        form.addRow(self.tr("Save as:"), self.format_box)
        buttons = QHBoxLayout()
        for button in (self.run_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        column = QVBoxLayout(left)
        column.addWidget(QLabel(self.tr("<b>Report</b>")))
        column.addWidget(self.report_list, 2)
        column.addWidget(self.description)
        column.addLayout(form)
        column.addLayout(self.filters_form)
        column.addLayout(buttons)
        column.addWidget(self.progress)
        column.addWidget(self.cancel_button)
        column.addWidget(self.status)
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
        splitter.setSizes([340, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.report_list.currentRowChanged.connect(self._report_chosen)
        self.quick_range.currentIndexChanged.connect(self._quick_range_chosen)
        self.run_button.clicked.connect(self.run)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        self.cancel_button.clicked.connect(self.cancel)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.run)
        self._update_buttons()

        last = self.settings.value(LAST_REPORT, "monthly-summary")
        names = [spec.name for spec in REPORTS]
        self.report_list.setCurrentRow(names.index(last) if last in names else 0)
        fmt_index = self.format_box.findData(self.settings.value(LAST_FORMAT, "pdf"))
        self.format_box.setCurrentIndex(max(0, fmt_index))

    # choices
    def spec(self) -> ReportSpec:
        item = self.report_list.currentItem()
        return get_report(item.data(Qt.ItemDataRole.UserRole) if item else REPORTS[0].name)

    def select_report(self, name: str) -> None:
        for row in range(self.report_list.count()):
            if self.report_list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.report_list.setCurrentRow(row)
                return
        raise KeyError(name)

    def _report_chosen(self, _row: int) -> None:
        spec = self.spec()
        self.settings.setValue(LAST_REPORT, spec.name)
        self.description.setText(shown(spec.description))
        # an "as of" list always opens on today: yesterday's overdues are never wanted
        range_key = (
            self.settings.value(f"reports/{spec.name}/range", spec.default_range)
            if spec.uses_range
            else spec.default_range
        )
        index = self.quick_range.findData(range_key)
        self.quick_range.blockSignals(True)
        self.quick_range.setCurrentIndex(max(0, index))
        self.quick_range.blockSignals(False)
        if range_key == "custom":
            start = QDate.fromString(
                str(self.settings.value(f"reports/{spec.name}/from")), "yyyy-MM-dd"
            )
            end = QDate.fromString(
                str(self.settings.value(f"reports/{spec.name}/to")), "yyyy-MM-dd"
            )
            if start.isValid() and end.isValid():
                self._set_dates(start, end)
            else:
                self._quick_range_chosen()
        else:
            self._quick_range_chosen()
        # a status list ("as of" a day) keeps only the To date
        for widget in (self.quick_range, self.start_edit):
            widget.setEnabled(spec.uses_range)
        self._build_filters(spec)

    def _build_filters(self, spec: ReportSpec) -> None:
        while self.filters_form.rowCount():
            self.filters_form.removeRow(0)
        self._filter_widgets = {}
        for filter_spec in spec.filters:
            saved = str(self.settings.value(f"reports/{spec.name}/filter/{filter_spec.name}", ""))
            widget: QComboBox | QLineEdit
            if filter_spec.choices:
                widget = QComboBox()
                for value, label in filter_spec.choices:
                    widget.addItem(shown(label), value)
                widget.setCurrentIndex(max(0, widget.findData(saved)))
            else:
                widget = QLineEdit(saved)
                widget.setPlaceholderText(self.tr("all"))
                widget.setClearButtonEnabled(True)
            widget.setAccessibleName(shown(filter_spec.label))
            self.filters_form.addRow(shown(filter_spec.label) + ":", widget)
            self._filter_widgets[filter_spec.name] = widget

    def set_filter(self, name: str, value: str) -> None:
        widget = self._filter_widgets[name]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setText(value)

    def filters(self) -> dict[str, str]:
        values = {}
        for name, widget in self._filter_widgets.items():
            value = widget.currentData() if isinstance(widget, QComboBox) else widget.text()
            if str(value).strip():
                values[name] = str(value).strip()
        return values

    def _set_dates(self, start: QDate, end: QDate) -> None:
        for edit, value in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(value)
            edit.blockSignals(False)

    def _quick_range_chosen(self, _index: int = 0) -> None:
        key = self.quick_range.currentData()
        spec = self.spec()
        if key == "custom":
            self.settings.setValue(f"reports/{spec.name}/range", "custom")
            return
        today = date.today()
        if key == "this_month":
            start, end = month_range(today)
        else:
            start, end = default_dates(
                ReportSpec(spec.name, "", "", spec.build, default_range=key), today
            )
        self._set_dates(_qdate(start), _qdate(end))
        self.settings.setValue(f"reports/{spec.name}/range", key)

    def _dates_edited(self, _value: QDate) -> None:
        self.quick_range.blockSignals(True)
        self.quick_range.setCurrentIndex(self.quick_range.findData("custom"))
        self.quick_range.blockSignals(False)
        self.settings.setValue(f"reports/{self.spec().name}/range", "custom")
        self._remember_dates()

    def set_dates(self, start: date, end: date) -> None:
        self.start_edit.setDate(_qdate(start))
        self.end_edit.setDate(_qdate(end))

    def params(self) -> ReportParams:
        start, end = _pydate(self.start_edit.date()), _pydate(self.end_edit.date())
        spec = self.spec()
        today = end if spec.uses_range is False else None
        site_id = int(self.site_box.currentData() or WHOLE_DISTRICT)
        return ReportParams(
            start, end, site_id=site_id or None, filters=self.filters(), today=today
        )

    def _remember_dates(self) -> None:
        prefix = f"reports/{self.spec().name}"
        self.settings.setValue(f"{prefix}/from", self.start_edit.date().toString("yyyy-MM-dd"))
        self.settings.setValue(f"{prefix}/to", self.end_edit.date().toString("yyyy-MM-dd"))

    def _remember(self) -> None:
        spec = self.spec()
        prefix = f"reports/{spec.name}"
        self._remember_dates()
        for name, value in ((n, "") for n in self._filter_widgets):
            self.settings.setValue(f"{prefix}/filter/{name}", self.filters().get(name, value))
        self.settings.setValue(LAST_FORMAT, self.format_box.currentData())

    # running
    def run(self) -> None:
        if self._running:
            return
        try:
            params = self.params()
        except DomainError as exc:
            self._failed(exc)
            return
        spec = self.spec()
        self._remember()
        self._running = True
        self._update_buttons()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Making “{title}”…").format(title=shown(spec.title)))

        def job(progress: Progress) -> RenderedReport:
            # a progress message is translated here: a Text loses its template on the signal
            def said(done: int, total: int, message: str = "") -> None:
                progress.report(done, total, shown(message))

            report = cancellable(said, lambda: progress.cancelled)
            report(0, 1, "")
            with self.ctx.unit_of_work() as uow:
                return render_report(uow, spec.name, params, "pdf", report)

        self._job = self.ctx.tasks.submit(job, self._done, self._failed, self._progressed)
        self.cancel_button.show()

    def cancel(self) -> None:
        """Ask the running report to stop at its next progress step."""
        if self._job is not None:
            self._job.cancelled = True
            self.status.setText(self.tr("Stopping…"))

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        if message:
            self.status.setText(message)

    def _done(self, rendered: RenderedReport) -> None:
        self._running = False
        self._job = None
        self.cancel_button.hide()
        self.progress.hide()
        self.current = rendered
        self.preview.set_pdf(rendered.data)
        self.status.setText(
            self.tr("“{title}” is ready: {pages} page(s).").format(
                title=rendered.document.title, pages=self.preview.page_count()
            )
        )
        self._update_buttons()
        self.report_ready.emit(rendered)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self._job = None
        self.cancel_button.hide()
        self.progress.hide()
        if isinstance(exc, DomainError):
            message = error_text(exc)
        else:
            message = self.tr(
                "The report could not be made ({error}). Try again; if it keeps failing, "
                "run 'lms-desktop check' and tell your IT contact."
            ).format(error=type(exc).__name__)
        self.status.setText(message)
        self._update_buttons()
        self.report_failed.emit(message)

    def _update_buttons(self) -> None:
        self.run_button.setEnabled(not self._running)
        has_report = self.current is not None and not self._running
        self.print_button.setEnabled(has_report)
        self.save_button.setEnabled(has_report)

    # output
    def data_for(self, fmt: str) -> bytes:
        assert self.current is not None
        document: ReportDocument = self.current.document
        if fmt == "csv":
            return render_csv(document)
        if fmt == "xlsx":
            return render_xlsx(document)
        return self.current.data

    def save_to(self, path: Path) -> Path:
        """Write the current report as the file's extension asks; remember the folder."""
        fmt = path.suffix.lower().lstrip(".") or str(self.format_box.currentData())
        if not path.suffix:
            path = path.with_suffix("." + fmt)
        path.write_bytes(self.data_for(fmt))
        self.settings.setValue(LAST_FOLDER, str(path.parent))
        self.status.setText(self.tr("Saved to {path}").format(path=path))
        self.ctx.hub.status_message.emit(self.tr("Report saved to {path}").format(path=path))
        self.saved.emit(str(path))
        return path

    def suggested_path(self) -> Path:
        assert self.current is not None
        fmt = str(self.format_box.currentData())
        folder = Path(str(self.settings.value(LAST_FOLDER, str(Path.home()))))
        return folder / Path(self.current.suggested_file_name).with_suffix("." + fmt).name

    def save_report(self) -> None:
        if self.current is None:
            return
        filters = self.tr("PDF (*.pdf);;Spreadsheet (*.xlsx);;CSV (*.csv)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(self.suggested_path()), filters
        )
        if chosen:
            self.save_to(Path(chosen))

    def print_report(self) -> None:
        if self.current is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print “{title}”").format(title=self.current.document.title))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            pages = self.preview.print_to(printer)
            self.status.setText(self.tr("Sent {pages} page(s) to the printer.").format(pages=pages))

    def refresh_on(self, what: Any) -> None:
        """Data changed elsewhere: the preview may be stale; say so rather than re-running."""
        if self.current is not None and what in ("loans", "catalog", "patrons", "devices"):
            self.status.setText(self.tr("Data changed since this report was made: run it again."))
