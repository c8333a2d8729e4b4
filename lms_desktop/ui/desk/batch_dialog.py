"""Import an offline scanner batch: replay it with every rule, show progress and a report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.circulation.batch import (
    BatchLineResult,
    BatchReport,
    parse_batch,
    read_batch_file,
    replay_batch,
)
from lms_desktop.circulation.results import ScanOutcome
from lms_desktop.errors import DomainError
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.desk.patron_card import make_table
from lms_desktop.ui.desk.row_models import Column, RowsModel
from lms_desktop.ui.domain_text import shown
from lms_desktop.ui.tasks import Progress

# what the Result column and the summary call each outcome
OUTCOME_LABELS = {
    ScanOutcome.PATRON_SELECTED: QT_TRANSLATE_NOOP("BatchImportDialog", "patron selected"),
    ScanOutcome.CHECKED_OUT: QT_TRANSLATE_NOOP("BatchImportDialog", "checked out"),
    ScanOutcome.CHECKED_IN: QT_TRANSLATE_NOOP("BatchImportDialog", "checked in"),
    ScanOutcome.HOLD_TRAPPED: QT_TRANSLATE_NOOP("BatchImportDialog", "hold trapped"),
    ScanOutcome.RENEWED: QT_TRANSLATE_NOOP("BatchImportDialog", "renewed"),
    ScanOutcome.TITLE_FOUND: QT_TRANSLATE_NOOP("BatchImportDialog", "title found"),
    ScanOutcome.DUPLICATE: QT_TRANSLATE_NOOP("BatchImportDialog", "duplicate"),
    ScanOutcome.BLOCKED: QT_TRANSLATE_NOOP("BatchImportDialog", "blocked"),
    ScanOutcome.REFUSED: QT_TRANSLATE_NOOP("BatchImportDialog", "refused"),
    ScanOutcome.UNKNOWN: QT_TRANSLATE_NOOP("BatchImportDialog", "unknown"),
    ScanOutcome.INVALID: QT_TRANSLATE_NOOP("BatchImportDialog", "invalid"),
}


def outcome_label(outcome: ScanOutcome) -> str:
    """The outcome in the reader's language ("checked out", "refused")."""
    english = str(OUTCOME_LABELS.get(outcome) or outcome.value.replace("_", " "))
    return QCoreApplication.translate("BatchImportDialog", english)


def outcome_count(outcome: ScanOutcome, count: int) -> str:
    """'3 checked out', as the replay summary counts an outcome."""
    return QCoreApplication.translate("BatchImportDialog", "{n} {outcome}").format(
        n=count, outcome=outcome_label(outcome)
    )


def report_model(parent: QWidget | None = None) -> RowsModel[BatchLineResult]:
    def outcome(line: BatchLineResult) -> str:
        if line.outcome is None:
            return ""
        label = outcome_label(line.outcome)
        if line.repeated:
            return QCoreApplication.translate("BatchImportDialog", "{outcome} (again)").format(
                outcome=label
            )
        return label

    problems = {ScanOutcome.BLOCKED, ScanOutcome.REFUSED, ScanOutcome.UNKNOWN, ScanOutcome.INVALID}
    return RowsModel(
        [
            Column(
                QCoreApplication.translate("BatchImportDialog", "Line"),
                lambda line: str(line.line_no),
                align_right=True,
            ),
            Column(QCoreApplication.translate("BatchImportDialog", "Scan"), lambda line: line.text),
            Column(QCoreApplication.translate("BatchImportDialog", "Result"), outcome),
            Column(
                QCoreApplication.translate("BatchImportDialog", "What happened"),
                lambda line: shown(line.message),
            ),
        ],
        highlight=lambda line: "overdue" if line.outcome in problems else None,
        parent=parent,
    )


class BatchImportDialog(QDialog):
    """Pick a batch file, replay it on the database worker, read the report.

    Signals:
        finished_replay(object): the BatchReport.
    """

    finished_replay = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: BatchReport | None = None
        self._progress: Progress | None = None
        self.setWindowTitle(self.tr("Import an offline scanner batch"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Scanners that were used away from the desk keep their scans in memory. "
                "Export them as a text file and pick it here: every scan is replayed with "
                "all the loan rules, and you get a report. Replaying the same file twice "
                "does nothing the second time."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Batch file"))
        self.browse = QPushButton(self.tr("Choose file…"))
        self.browse.setAccessibleName(self.tr("Choose the batch file"))
        self.browse.clicked.connect(self._choose)
        self.start_button = QPushButton(self.tr("Replay"))
        self.start_button.setAccessibleName(self.tr("Replay the batch"))
        self.start_button.clicked.connect(lambda: self.start(Path(self.path.text())))
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Replay progress"))
        layout.addWidget(self.progress)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Replay summary"))
        layout.addWidget(self.summary)
        self.lines = report_model(self)
        self.table = make_table(self.lines, self.tr("Replay report"))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Stop the replay"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.disconnect()
        self.cancel_button.clicked.connect(self.cancel)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Scanner batch file"),
            "",
            self.tr("Text files (*.txt *.dat *.csv);;All files (*)"),
        )
        if name:
            self.path.setText(name)

    def start(self, path: Path) -> bool:
        """Check the file and start the replay; False (with the reason shown) if unusable."""
        try:
            text = read_batch_file(path)
            lines = parse_batch(text)
        except DomainError as exc:
            self.summary.setText(shown(exc.message))
            self.summary.setStyleSheet("color: #9b1c1c;")
            return False
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Replaying {n} lines…").format(n=len(lines)))
        self.progress.setRange(0, max(1, len(lines)))
        self.progress.setValue(0)
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        database, staff, name = self.ctx.app.database, self.ctx.staff_name, path.name

        def job(progress: Progress) -> BatchReport:
            return replay_batch(
                database,
                text,
                file_name=name,
                staff_name=staff,
                progress=lambda done, total: progress.report(done, total, ""),
                cancelled=lambda: progress.cancelled,
            )

        self._progress = self.ctx.tasks.submit(
            job, on_done=self._done, on_error=self._failed, on_progress=self._progressed
        )
        return True

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancelled = True

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _done(self, report: BatchReport) -> None:
        self.report = report
        self._progress = None
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.lines.set_rows(report.lines)
        self.progress.setValue(self.progress.maximum())
        counts = ", ".join(
            outcome_count(o, report.count(o)) for o in ScanOutcome if report.count(o)
        )
        scans = sum(1 for line in report.lines if line.outcome is not None)
        text = self.tr("{n} scans replayed in {s:.1f} s: {counts}.").format(
            n=scans, s=report.seconds, counts=counts or self.tr("nothing to do")
        )
        repeated = sum(1 for line in report.lines if line.repeated)
        if repeated:
            text += " " + self.tr(
                "{n} of these scans were already replayed earlier and changed nothing now."
            ).format(n=repeated)
        if report.cancelled:
            text = self.tr("Stopped. ") + text
        self.summary.setText(text)
        self.ctx.hub.data_changed.emit("loans")
        self.finished_replay.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._progress = None
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        message = shown(exc.message) if isinstance(exc, DomainError) else repr(exc)
        self.summary.setText(message)
        self.summary.setStyleSheet("color: #9b1c1c;")
