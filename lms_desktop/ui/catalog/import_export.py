"""Import and export of MARC files, run off the GUI thread with progress, cancel and a report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.catalog.exporter import SUFFIXES, ExportFormat, ExportReport, export_marc
from lms_desktop.catalog.holdings import (
    HOLDINGS_949,
    HoldingsMapping,
    holdings_mapping,
    parse_holdings_spec,
    subfield_codes,
)
from lms_desktop.catalog.importer import (
    ImportOptions,
    ImportProgress,
    ImportReport,
    MatchPoint,
    OnMatch,
    OutcomeStatus,
    RecordOutcome,
    import_marc_file,
)
from lms_desktop.catalog.lookups import copy_item_types
from lms_desktop.errors import DomainError
from lms_desktop.school.settings import get_setting, set_setting
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text, shown
from lms_desktop.ui.tasks import Progress

ModelIndex = QModelIndex | QPersistentModelIndex
PROGRESS_STEPS = 1000
MARC_FILE_FILTER = QT_TRANSLATE_NOOP(
    "CatalogFiles", "MARC files (*.mrc *.marc *.dat *.iso *.xml *.mrk *.mrk8 *.txt);;All files (*)"
)
# the holdings field chosen last time ("852", "949", "none" or "TAG:barcode=…")
HOLDINGS_SETTING = "catalog.import_holdings"
CUSTOM_HOLDINGS = "custom"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportExport", text)


class OutcomeColumn(IntEnum):
    FILE = 0
    WHERE = 1
    STATUS = 2
    TITLE = 3
    MESSAGE = 4


OUTCOME_HEADERS = {
    OutcomeColumn.FILE: QT_TRANSLATE_NOOP("ImportExport", "File"),
    OutcomeColumn.WHERE: QT_TRANSLATE_NOOP("ImportExport", "Where"),
    OutcomeColumn.STATUS: QT_TRANSLATE_NOOP("ImportExport", "Outcome"),
    OutcomeColumn.TITLE: QT_TRANSLATE_NOOP("ImportExport", "Title"),
    OutcomeColumn.MESSAGE: QT_TRANSLATE_NOOP("ImportExport", "Details"),
}
STATUS_COLOURS = {
    OutcomeStatus.ADDED: QColor("#1b7f3b"),
    OutcomeStatus.OVERLAID: QColor("#1b5e9f"),
    OutcomeStatus.SKIPPED: QColor("#666666"),
    OutcomeStatus.REJECTED: QColor("#a61b1b"),
}
STATUS_NAMES = {
    OutcomeStatus.ADDED: QT_TRANSLATE_NOOP("ImportExport", "Imported"),
    OutcomeStatus.OVERLAID: QT_TRANSLATE_NOOP("ImportExport", "Overlaid"),
    OutcomeStatus.SKIPPED: QT_TRANSLATE_NOOP("ImportExport", "Skipped"),
    OutcomeStatus.REJECTED: QT_TRANSLATE_NOOP("ImportExport", "Rejected"),
}


@dataclass(frozen=True)
class FileOutcome:
    file_name: str
    outcome: RecordOutcome


class OutcomesModel(QAbstractTableModel):
    """Every record the importer reported on, with where it was in its file."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: tuple[FileOutcome, ...] = ()

    def set_reports(self, reports: Sequence[ImportReport]) -> None:
        self.beginResetModel()
        self._rows = tuple(
            FileOutcome(report.file_name, outcome)
            for report in reports
            for outcome in report.outcomes
        )
        self.endResetModel()

    def outcome(self, row: int) -> FileOutcome:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(OutcomeColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(OUTCOME_HEADERS[OutcomeColumn(section)])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        outcome = row.outcome
        column = OutcomeColumn(index.column())
        if role == Qt.ItemDataRole.ForegroundRole and column is OutcomeColumn.STATUS:
            return QBrush(STATUS_COLOURS[outcome.status])
        if role == Qt.ItemDataRole.ToolTipRole and column is OutcomeColumn.MESSAGE:
            return shown(outcome.message)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is OutcomeColumn.FILE:
            return row.file_name
        if column is OutcomeColumn.WHERE:
            return shown(outcome.position.describe())
        if column is OutcomeColumn.STATUS:
            return _tr(STATUS_NAMES[outcome.status])
        if column is OutcomeColumn.TITLE:
            return outcome.title
        return shown(outcome.message)


@dataclass(frozen=True)
class ImportRun:
    reports: tuple[ImportReport, ...]
    failures: tuple[str, ...]  # files that could not be read at all
    cancelled: bool


class ImportDialog(QDialog):
    """Choose MARC files and how to match them, import, and read what happened to each record.

    Signals:
        finished_import(object): the ImportRun once the files are done (or cancelled).
    """

    finished_import = Signal(object)

    def __init__(
        self, ctx: UiContext, paths: Sequence[Path] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._progress: Progress | None = None
        self.run: ImportRun | None = None
        self.setWindowTitle(self.tr("Import MARC records"))

        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Files to import"))
        self.files.setMaximumHeight(90)
        for path in paths:
            self.files.addItem(str(path))
        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.add_files_button.setAccessibleName(self.tr("Add files"))
        self.add_files_button.clicked.connect(self.choose_files)
        self.clear_files_button = QPushButton(self.tr("Clear"))
        self.clear_files_button.setAccessibleName(self.tr("Clear the file list"))
        self.clear_files_button.clicked.connect(self.files.clear)

        self.match_control = QCheckBox(self.tr("Control number (001 + 003)"))
        self.match_isbn = QCheckBox(self.tr("ISBN"))
        self.match_lccn = QCheckBox(self.tr("LCCN"))
        for box in (self.match_control, self.match_isbn, self.match_lccn):
            box.setChecked(True)
            box.setAccessibleName(self.tr("Match on {what}").format(what=box.text()))
        self.on_match = QComboBox()
        self.on_match.setAccessibleName(self.tr("When a title is already in the catalog"))
        self.on_match.addItem(self.tr("Keep ours, add only its copies (skip)"), OnMatch.SKIP.value)
        self.on_match.addItem(
            self.tr("Replace ours with the new record (overlay)"), OnMatch.OVERLAY.value
        )
        self.on_match.addItem(self.tr("Add it as another title"), OnMatch.ADD_NEW.value)
        self.holdings = QComboBox()
        self.holdings.setAccessibleName(self.tr("Copies are in"))
        self.holdings.addItem(self.tr("852 (standard holdings)"), "852")
        self.holdings.addItem(self.tr("949 (vendor item field)"), "949")
        self.holdings.addItem(self.tr("Another field (choose its subfields)…"), CUSTOM_HOLDINGS)
        self.holdings.addItem(self.tr("No copies: titles only"), "none")
        self.holdings_tag = QLineEdit()
        self.holdings_tag.setMaxLength(3)
        self.holdings_tag.setAccessibleName(self.tr("Holdings field tag"))
        self.holdings_barcode = QLineEdit()
        self.holdings_barcode.setAccessibleName(self.tr("Barcode subfield"))
        self.holdings_call = QLineEdit()
        self.holdings_call.setAccessibleName(self.tr("Call number subfields"))
        self.holdings_location = QLineEdit()
        self.holdings_location.setAccessibleName(self.tr("Location subfields"))
        self.holdings_price = QLineEdit()
        self.holdings_price.setAccessibleName(self.tr("Price subfield"))
        self.holdings_custom = QWidget()
        custom_row = QHBoxLayout(self.holdings_custom)
        custom_row.setContentsMargins(0, 0, 0, 0)
        for label, edit, width in (
            (self.tr("Field"), self.holdings_tag, 48),
            (self.tr("barcode $"), self.holdings_barcode, 32),
            (self.tr("call number $"), self.holdings_call, 64),
            (self.tr("location $"), self.holdings_location, 48),
            (self.tr("price $"), self.holdings_price, 32),
        ):
            edit.setMaximumWidth(width)
            custom_row.addWidget(QLabel(label))
            custom_row.addWidget(edit)
        custom_row.addStretch(1)
        self.holdings_custom.setToolTip(
            self.tr(
                "Type the subfield letters that hold each part of a copy, such as h+i for a "
                "call number in $h and $i. Only the barcode is required."
            )
        )
        self.holdings.currentIndexChanged.connect(self._holdings_changed)
        self.item_type = QComboBox()
        self.item_type.setAccessibleName(self.tr("Item type of new copies"))
        with ctx.unit_of_work() as uow:
            for code, name in copy_item_types(uow):
                self.item_type.addItem(name, code)
        self.default_location = QLineEdit()
        self.default_location.setAccessibleName(self.tr("Location for copies without one"))
        self.all_or_nothing = QCheckBox(self.tr("If I cancel, undo the whole file"))
        self.all_or_nothing.setAccessibleName(self.all_or_nothing.text())

        match_box = QGroupBox(self.tr("Options"))
        match_row = QHBoxLayout()
        for box in (self.match_control, self.match_isbn, self.match_lccn):
            match_row.addWidget(box)
        match_row.addStretch(1)
        form = QFormLayout(match_box)
        form.addRow(self.tr("Same title when:"), match_row)
        form.addRow(self.tr("&Then:"), self.on_match)
        form.addRow(self.tr("&Copies are in:"), self.holdings)
        form.addRow("", self.holdings_custom)
        form.addRow(self.tr("Item &type:"), self.item_type)
        form.addRow(self.tr("Default &location:"), self.default_location)
        form.addRow("", self.all_or_nothing)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.status = QLabel(self.tr("Choose one or more MARC files (.mrc, .xml or .mrk)."))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Import status"))
        self.outcomes_model = OutcomesModel(self)
        self.outcomes = QTableView()
        self.outcomes.setModel(self.outcomes_model)
        self.outcomes.setAccessibleName(self.tr("What happened to each record"))
        self.outcomes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outcomes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outcomes.verticalHeader().hide()
        self.outcomes.setWordWrap(False)
        header = self.outcomes.horizontalHeader()
        header.setSectionResizeMode(OutcomeColumn.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.outcomes.setColumnWidth(OutcomeColumn.FILE, 130)
        self.outcomes.setColumnWidth(OutcomeColumn.WHERE, 150)
        self.outcomes.setColumnWidth(OutcomeColumn.STATUS, 80)
        self.outcomes.setColumnWidth(OutcomeColumn.TITLE, 220)

        self.start_button = QPushButton(self.tr("Import"))
        self.start_button.setAccessibleName(self.tr("Start the import"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (
            self.add_files_button,
            self.clear_files_button,
            self.cancel_button,
            self.close_button,
        ):
            button.setAutoDefault(False)

        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_buttons = QVBoxLayout()
        files_buttons.addWidget(self.add_files_button)
        files_buttons.addWidget(self.clear_files_button)
        files_buttons.addStretch(1)
        files_row.addLayout(files_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_bar, 1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(files_row)
        layout.addWidget(match_box)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.outcomes, 1)
        self.resize(980, 680)
        with ctx.unit_of_work() as uow:
            remembered = get_setting(uow, HOLDINGS_SETTING, "852")
        self.show_holdings(str(remembered))

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose MARC files"),
            "",
            QCoreApplication.translate("CatalogFiles", MARC_FILE_FILTER),
        )
        for name in names:
            self.files.addItem(name)

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def options(self) -> ImportOptions:
        points = tuple(
            point
            for point, box in (
                (MatchPoint.CONTROL_NUMBER, self.match_control),
                (MatchPoint.ISBN, self.match_isbn),
                (MatchPoint.LCCN, self.match_lccn),
            )
            if box.isChecked()
        )
        return ImportOptions(
            match_points=points,
            on_match=OnMatch(self.on_match.currentData()),
            holdings=self.holdings_mapping(),
            item_type=str(self.item_type.currentData() or "book"),
            default_location=self.default_location.text().strip(),
            all_or_nothing=self.all_or_nothing.isChecked(),
        )

    def holdings_mapping(self) -> HoldingsMapping | None:
        """The holdings field chosen (None: no copies); ValidationError if it makes no sense."""
        choice = str(self.holdings.currentData())
        if choice != CUSTOM_HOLDINGS:
            return parse_holdings_spec(choice)
        return holdings_mapping(
            self.holdings_tag.text().strip(),
            barcode="".join(subfield_codes(self.holdings_barcode.text(), "barcode", single=True)),
            call_number=subfield_codes(self.holdings_call.text(), "call number"),
            location=subfield_codes(self.holdings_location.text(), "location"),
            price="".join(subfield_codes(self.holdings_price.text(), "price", single=True)),
        )

    def show_holdings(self, spec: str) -> None:
        """Show a holdings choice ("852", "949", "none", "TAG:barcode=…")."""
        try:
            mapping = parse_holdings_spec(spec)
        except DomainError:
            mapping = parse_holdings_spec("852")
        if mapping is None:
            choice = "none"
        else:
            choice = mapping.spec() if ":" not in mapping.spec() else CUSTOM_HOLDINGS
            self._fill_custom(mapping if choice == CUSTOM_HOLDINGS else HOLDINGS_949)
        self.holdings.setCurrentIndex(max(0, self.holdings.findData(choice)))
        self._holdings_changed()

    def _fill_custom(self, mapping: HoldingsMapping) -> None:
        self.holdings_tag.setText(mapping.tag)
        self.holdings_barcode.setText(mapping.barcode)
        self.holdings_call.setText("+".join(mapping.call_number))
        self.holdings_location.setText("+".join(mapping.location))
        self.holdings_price.setText(mapping.price)

    def _holdings_changed(self) -> None:
        self.holdings_custom.setVisible(self.holdings.currentData() == CUSTOM_HOLDINGS)

    def is_running(self) -> bool:
        return self._progress is not None

    def start(self) -> None:
        paths = self.paths()
        if not paths:
            self.status.setText(self.tr("Add at least one MARC file first."))
            return
        try:
            options = self.options()
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return
        with self.ctx.unit_of_work() as uow:
            spec = options.holdings.spec() if options.holdings is not None else "none"
            set_setting(uow, HOLDINGS_SETTING, spec)
            uow.commit()
        database = self.ctx.app.database
        self._set_running(True)
        self.status.setText(self.tr("Importing {name}…").format(name=paths[0].name))
        records_read = self.tr("{name}: {count} records read")

        def job(progress: Progress) -> ImportRun:
            reports: list[ImportReport] = []
            failures: list[str] = []
            for number, path in enumerate(paths):

                def report(step: ImportProgress, number: int = number, name: str = path.name):
                    done = int((number + step.fraction) / len(paths) * PROGRESS_STEPS)
                    progress.report(
                        done,
                        PROGRESS_STEPS,
                        records_read.format(name=name, count=f"{step.records_read:,}"),
                    )

                try:
                    with database.unit_of_work() as uow:
                        reports.append(
                            import_marc_file(
                                uow,
                                path,
                                options,
                                progress=report,
                                cancel=lambda: progress.cancelled,
                            )
                        )
                except DomainError as exc:
                    failures.append(exc.message)  # shown in the reader's language when done
                if progress.cancelled:
                    break
            return ImportRun(tuple(reports), tuple(failures), progress.cancelled)

        self._progress = self.ctx.tasks.submit(
            job,
            on_done=self._finished,
            on_error=self._failed,
            on_progress=self._progressed,
        )

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancelled = True
            self.status.setText(self.tr("Stopping after the current batch of records…"))
            self.cancel_button.setEnabled(False)

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setMaximum(total)
        self.progress_bar.setValue(done)
        if self._progress is not None and not self._progress.cancelled:
            self.status.setText(message)

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)
        self.add_files_button.setEnabled(not running)
        self.clear_files_button.setEnabled(not running)
        if not running:
            self._progress = None

    def _finished(self, run: ImportRun) -> None:
        self._set_running(False)
        self.run = run
        self.outcomes_model.set_reports(run.reports)
        lines = [shown(report.summary()) for report in run.reports]
        lines.extend(shown(failure) for failure in run.failures)
        if run.cancelled:
            lines.append(
                self.tr(
                    "Import cancelled. Records imported before the cancel are in the catalog; "
                    "no record was half-imported."
                )
                if not self.all_or_nothing.isChecked()
                else self.tr("Import cancelled. The catalog is as it was before the file.")
            )
        else:
            self.progress_bar.setValue(self.progress_bar.maximum())
        self.status.setText("\n".join(lines))
        self.ctx.hub.data_changed.emit("catalog")
        self.finished_import.emit(run)

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        message = error_text(exc) if isinstance(exc, DomainError) else repr(exc)
        self.status.setText(self.tr("The import stopped: {m}").format(m=message))
        self.ctx.hub.data_changed.emit("catalog")
        self.finished_import.emit(ImportRun((), (message,), False))

    def reject(self) -> None:
        if self.is_running():
            self.cancel()  # closing mid-import first stops it cleanly
            return
        super().reject()


class ExportDialog(QDialog):
    """Write the catalog, or the chosen titles, to a MARC file.

    Signals:
        finished_export(object): the ExportReport (or None if the export failed).
    """

    finished_export = Signal(object)

    FORMATS: tuple[tuple[ExportFormat, str], ...] = (
        (ExportFormat.ISO2709, QT_TRANSLATE_NOOP("ExportDialog", "MARC 21 (ISO 2709, .mrc)")),
        (ExportFormat.MARCXML, QT_TRANSLATE_NOOP("ExportDialog", "MARCXML (.xml)")),
        (ExportFormat.MRK, QT_TRANSLATE_NOOP("ExportDialog", "MarcEdit mnemonic (.mrk)")),
    )

    def __init__(
        self, ctx: UiContext, selected_ids: Sequence[int] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selected_ids = tuple(selected_ids)
        self._progress: Progress | None = None
        self.report: ExportReport | None = None
        self.setWindowTitle(self.tr("Export MARC records"))

        self.whole_catalog = QRadioButton(self.tr("The whole catalog"))
        self.whole_catalog.setAccessibleName(self.tr("Export the whole catalog"))
        self.selection = QRadioButton(
            self.tr("The {n} selected titles").format(n=len(self.selected_ids))
        )
        self.selection.setAccessibleName(self.tr("Export the selected titles"))
        self.selection.setEnabled(bool(self.selected_ids))
        scope = QButtonGroup(self)
        scope.addButton(self.whole_catalog)
        scope.addButton(self.selection)
        self.whole_catalog.setChecked(True)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("File format"))
        for fmt, label in self.FORMATS:
            self.format.addItem(self.tr(label), fmt.value)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.include_copies = QCheckBox(self.tr("Include copies as 852 holdings"))
        self.include_copies.setAccessibleName(self.include_copies.text())
        self.include_copies.setChecked(True)
        self.path = QLineEdit(str(Path.home() / "catalog.mrc"))
        self.path.setAccessibleName(self.tr("File to write"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose the file to write"))
        self.browse_button.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.addRow(self.tr("Export:"), self.whole_catalog)
        form.addRow("", self.selection)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow("", self.include_copies)
        form.addRow(self.tr("Save as:"), path_row)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Export progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        self.left_out = QPlainTextEdit()
        self.left_out.setReadOnly(True)
        self.left_out.setAccessibleName(self.tr("Titles left out"))
        self.left_out.setVisible(False)
        self.start_button = QPushButton(self.tr("Export"))
        self.start_button.setAccessibleName(self.tr("Start the export"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the export"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.browse_button, self.cancel_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_bar, 1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.left_out, 1)
        self.resize(640, 240)

    def current_format(self) -> ExportFormat:
        return ExportFormat(self.format.currentData())

    def _format_changed(self, _index: int) -> None:
        path = Path(self.path.text())
        if path.suffix.lower() in {suffix for suffix in SUFFIXES.values()}:
            self.path.setText(str(path.with_suffix(SUFFIXES[self.current_format()])))

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            self.path.text(),
            QCoreApplication.translate("CatalogFiles", MARC_FILE_FILTER),
        )
        if name:
            self.path.setText(name)

    def start(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.status.setText(self.tr("Choose a file to write the records to."))
            return
        out_path = Path(text).expanduser()
        fmt = self.current_format()
        ids = list(self.selected_ids) if self.selection.isChecked() else None
        include = self.include_copies.isChecked()
        database = self.ctx.app.database
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.close_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))

        def job(progress: Progress) -> ExportReport:
            with database.unit_of_work() as uow:
                return export_marc(
                    uow,
                    out_path,
                    fmt,
                    record_ids=ids,
                    include_holdings=include,
                    progress=lambda step: progress.report(step.done, max(step.total, 1)),
                    cancel=lambda: progress.cancelled,
                )

        self._progress = self.ctx.tasks.submit(
            job, on_done=self._finished, on_error=self._failed, on_progress=self._progressed
        )

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancelled = True
            self.cancel_button.setEnabled(False)

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress_bar.setMaximum(total)
        self.progress_bar.setValue(done)
        self.status.setText(
            self.tr("{done} of {total} titles written…").format(
                done=f"{done:,}", total=f"{total:,}"
            )
        )

    def _done(self) -> None:
        self._progress = None
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)

    def _finished(self, report: ExportReport) -> None:
        self._done()
        self.report = report
        self.status.setText(shown(report.summary()))
        self.left_out.setPlainText("\n".join(shown(reason) for reason in report.left_out))
        self.left_out.setVisible(bool(report.left_out))
        if not report.cancelled:
            self.progress_bar.setValue(self.progress_bar.maximum())
        self.finished_export.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._done()
        message = error_text(exc)
        self.status.setText(self.tr("Nothing was exported: {m}").format(m=message))
        self.finished_export.emit(None)

    def reject(self) -> None:
        if self._progress is not None:
            self.cancel()
            return
        super().reject()
