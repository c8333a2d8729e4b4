"""Roster import wizard: pick the SIS file, map its columns once, preview, apply."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lms_desktop.circulation.roster import (
    RosterChange,
    RosterColumnMapping,
    RosterFile,
    RosterImportResult,
    RosterPreview,
    apply_roster,
    guess_mapping,
    preview_roster,
    read_roster,
)
from lms_desktop.errors import DomainError
from lms_desktop.school.settings import get_setting, set_setting
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.desk.patron_card import make_table
from lms_desktop.ui.desk.row_models import Column, RowsModel
from lms_desktop.ui.domain_text import shown
from lms_desktop.ui.patrons.statuses import status_label
from lms_desktop.ui.tasks import Progress
from lms_desktop.ui.theme import text_colour_css

MAPPING_SETTING = "roster.column_mapping"

FIELD_LABELS = {
    "sis_id": QT_TRANSLATE_NOOP("MappingPage", "Student ID (required)"),
    "first_name": QT_TRANSLATE_NOOP("MappingPage", "First name"),
    "last_name": QT_TRANSLATE_NOOP("MappingPage", "Last name"),
    "grade": QT_TRANSLATE_NOOP("MappingPage", "Grade"),
    "homeroom": QT_TRANSLATE_NOOP("MappingPage", "Homeroom"),
    "homeroom_teacher": QT_TRANSLATE_NOOP("MappingPage", "Homeroom teacher"),
    "barcode": QT_TRANSLATE_NOOP("MappingPage", "Library card barcode"),
    "email": QT_TRANSLATE_NOOP("MappingPage", "Email"),
    "guardian_email": QT_TRANSLATE_NOOP("MappingPage", "Guardian email"),
    "patron_type": QT_TRANSLATE_NOOP("MappingPage", "Patron type"),
}
# how the preview names a changed field (the English is the field's own name)
CHANGED_FIELDS = {
    "first_name": QT_TRANSLATE_NOOP("PreviewPage", "first_name"),
    "last_name": QT_TRANSLATE_NOOP("PreviewPage", "last_name"),
    "grade": QT_TRANSLATE_NOOP("PreviewPage", "grade"),
    "homeroom": QT_TRANSLATE_NOOP("PreviewPage", "homeroom"),
    "homeroom_teacher": QT_TRANSLATE_NOOP("PreviewPage", "homeroom_teacher"),
    "barcode": QT_TRANSLATE_NOOP("PreviewPage", "barcode"),
    "email": QT_TRANSLATE_NOOP("PreviewPage", "email"),
    "guardian_email": QT_TRANSLATE_NOOP("PreviewPage", "guardian_email"),
    "status": QT_TRANSLATE_NOOP("PreviewPage", "status"),
    "patron_type": QT_TRANSLATE_NOOP("PreviewPage", "patron_type"),
}


def _preview_text(text: object) -> str:
    return QCoreApplication.translate("PreviewPage", str(text))


@dataclass(frozen=True)
class PreviewRow:
    kind: str  # new | changed | moved | missing
    change: RosterChange

    def describe(self) -> str:
        """What happens to this patron, in the reader's language."""
        if self.kind == "new":
            return QCoreApplication.translate("PreviewPage", "new patron")
        if self.kind == "missing":
            return QCoreApplication.translate(
                "PreviewPage", "not in the file: will be made inactive"
            )
        return "; ".join(self._change(*change) for change in self.change.changes)

    @staticmethod
    def _change(field: str, old: str, new: str) -> str:
        if field == "status":
            old, new = status_label(old) if old else old, status_label(new) if new else new
        name = _preview_text(CHANGED_FIELDS[field]) if field in CHANGED_FIELDS else field
        return QCoreApplication.translate("PreviewPage", "{field}: {old} → {new}").format(
            field=name, old=old or "—", new=new or "—"
        )


def preview_rows(preview: RosterPreview) -> dict[str, list[PreviewRow]]:
    moved = {c.sis_id for c in preview.moved}
    return {
        "new": [PreviewRow("new", c) for c in preview.new],
        "moved": [PreviewRow("moved", c) for c in preview.moved],
        "changed": [PreviewRow("changed", c) for c in preview.changed if c.sis_id not in moved],
        "missing": [PreviewRow("missing", c) for c in preview.missing],
    }


def saved_mapping(ctx: UiContext, headers: tuple[str, ...]) -> RosterColumnMapping | None:
    """The mapping used last time, if every column it names is in this file too."""
    with ctx.unit_of_work() as uow:
        stored = get_setting(uow, MAPPING_SETTING, None)
    if not isinstance(stored, dict):
        return None
    known = {f.name for f in fields(RosterColumnMapping)}
    values = {k: str(v) for k, v in stored.items() if k in known}
    mapping = RosterColumnMapping(**values)
    used = [v for v in asdict(mapping).values() if v]
    return mapping if used and all(v in headers for v in used) else None


class FilePage(QWizardPage):
    def __init__(self, wizard: RosterWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the roster file"))
        self.setSubTitle(
            self.tr(
                "Export the student list from your student information system as CSV "
                "(comma, semicolon or tab separated) and pick it here."
            )
        )
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Roster file"))
        browse = QPushButton(self.tr("Choose file…"))
        browse.setAccessibleName(self.tr("Choose the roster file"))
        browse.clicked.connect(self._browse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_colour_css("#9b1c1c"))
        self.message.setAccessibleName(self.tr("Roster file problem"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Roster file"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if name:
            self.path.setText(name)

    def validatePage(self) -> bool:
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Pick the roster file first."))
            return False
        try:
            self.wiz.roster = read_roster(Path(text))
        except DomainError as exc:
            self.message.setText(shown(exc.message))
            return False
        self.message.clear()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: RosterWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Which column is which?"))
        self.setSubTitle(
            self.tr(
                "Set this once: it is remembered for next time. Only the student ID is required."
            )
        )
        self.form = QFormLayout(self)
        self.combos: dict[str, QComboBox] = {}
        self.remembered = QLabel()
        self.remembered.setAccessibleName(self.tr("Where the column choices came from"))
        self.message = QLabel()
        self.message.setStyleSheet(text_colour_css("#9b1c1c"))
        self.message.setWordWrap(True)
        for f in fields(RosterColumnMapping):
            combo = QComboBox()
            label = self.tr(str(FIELD_LABELS.get(f.name, f.name)))
            combo.setAccessibleName(label)
            self.combos[f.name] = combo
            self.form.addRow(self.tr("{field}:").format(field=label), combo)
        self.form.addRow(self.remembered)
        self.form.addRow(self.message)

    def initializePage(self) -> None:
        roster = self.wiz.roster
        assert roster is not None
        mapping = saved_mapping(self.wiz.ctx, roster.headers)
        self.remembered.setText(
            self.tr("Using the columns you chose last time.")
            if mapping
            else self.tr("Columns guessed from the headers: check them.")
        )
        mapping = mapping or guess_mapping(roster.headers)
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), "")
            for header in roster.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(getattr(mapping, name))))

    def mapping(self) -> RosterColumnMapping:
        return RosterColumnMapping(
            **{name: str(combo.currentData() or "") for name, combo in self.combos.items()}
        )

    def validatePage(self) -> bool:
        mapping = self.mapping()
        if not mapping.sis_id:
            self.message.setText(self.tr("Choose which column holds the student ID."))
            return False
        self.wiz.mapping = mapping
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: RosterWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("What will change"))
        self.setSubTitle(self.tr("Nothing has changed yet. Check the lists, then Import."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Roster preview summary"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Preview progress"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Roster changes"))
        self.models: dict[str, RowsModel[PreviewRow]] = {}
        names = {
            "new": self.tr("New patrons"),
            "moved": self.tr("Patrons who moved homeroom or grade"),
            "changed": self.tr("Patrons with other changes"),
            "missing": self.tr("Patrons missing from the file"),
        }
        for key in ("new", "moved", "changed", "missing"):
            model: RowsModel[PreviewRow] = RowsModel(
                [
                    Column(self.tr("Student ID"), lambda r: r.change.sis_id),
                    Column(self.tr("Name"), lambda r: r.change.name),
                    Column(self.tr("Change"), lambda r: r.describe()),
                ],
                parent=self,
            )
            self.models[key] = model
            view = make_table(model, names[key])
            header = view.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            view.setWordWrap(True)
            self.tabs.addTab(view, names[key])
        self.deactivate = QCheckBox(self.tr("Make students missing from the file inactive"))
        self.deactivate.setChecked(True)
        self.deactivate.setAccessibleName(self.tr("Make missing students inactive"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(text_colour_css("#92400e"))
        self.problems.setAccessibleName(self.tr("Rows that could not be read"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.deactivate)
        self._ready = False

    def initializePage(self) -> None:
        self._ready = False
        self.progress.show()
        self.summary.setText(self.tr("Comparing the file with your patrons…"))
        roster, mapping, ctx = self.wiz.roster, self.wiz.mapping, self.wiz.ctx
        assert roster is not None and mapping is not None

        def job(_progress: Progress) -> RosterPreview:
            with ctx.unit_of_work() as uow:
                return preview_roster(uow, roster, mapping)

        ctx.tasks.submit(job, on_done=self._show, on_error=self._failed)

    def _show(self, preview: RosterPreview) -> None:
        self.wiz.preview = preview
        self.progress.hide()
        rows = preview_rows(preview)
        titles = {
            "new": self.tr("New ({n})"),
            "moved": self.tr("Moved homeroom or grade ({n})"),
            "changed": self.tr("Other changes ({n})"),
            "missing": self.tr("Missing from the file ({n})"),
        }
        for index, (key, model) in enumerate(self.models.items()):
            model.set_rows(rows[key])
            self.tabs.setTabText(index, titles[key].format(n=len(rows[key])))
        summary = self.tr(
            "{new} new, {moved} moved, {changed} other changes, {same} unchanged, "
            "{missing} not in the file."
        ).format(
            new=len(preview.new),
            moved=len(preview.moved),
            changed=len(preview.changed) - len(preview.moved),
            same=preview.unchanged_count,
            missing=len(preview.missing),
        )
        roster = self.wiz.roster
        if roster is not None:
            summary += " " + self._encoding_note(roster.encoding)
        self.summary.setText(summary)
        self.problems.setText(
            "\n".join(
                self.tr("Line {line}: {message}").format(line=p.line, message=shown(p.message))
                for p in preview.problems[:20]
            )
        )
        self._ready = True
        self.completeChanged.emit()
        self.wiz.previewed.emit(preview)

    def _encoding_note(self, encoding: str) -> str:
        if encoding == "cp1252":
            return self.tr(
                "The file is not UTF-8 and was read as Windows-1252 (older Excel): check "
                "that accented names look right before you apply."
            )
        name = {"utf-16": "UTF-16"}.get(encoding, "UTF-8")
        return self.tr("Read as {encoding}.").format(encoding=name)

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        message = shown(exc.message) if isinstance(exc, DomainError) else repr(exc)
        self.summary.setText(message)
        self.summary.setStyleSheet(text_colour_css("#9b1c1c"))

    def isComplete(self) -> bool:
        return self._ready

    def validatePage(self) -> bool:
        self.wiz.deactivate_missing = self.deactivate.isChecked()
        return True


class DonePage(QWizardPage):
    def __init__(self, wizard: RosterWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Importing"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Roster import result"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self._done = False

    def initializePage(self) -> None:
        self._done = False
        self.result.setText(self.tr("Importing the roster…"))
        w = self.wiz
        roster, mapping, ctx, deactivate = w.roster, w.mapping, w.ctx, w.deactivate_missing
        assert roster is not None and mapping is not None

        def job(_progress: Progress) -> RosterImportResult:
            with ctx.unit_of_work() as uow:
                result = apply_roster(uow, roster, mapping, deactivate_missing=deactivate)
            with ctx.unit_of_work() as uow:
                set_setting(uow, MAPPING_SETTING, asdict(mapping))
                uow.commit()
            return result

        ctx.tasks.submit(job, on_done=self._show, on_error=self._failed)

    def _show(self, result: RosterImportResult) -> None:
        self.wiz.result = result
        self.result.setText(
            shown(result.summary)
            + "\n\n"
            + self.tr("Changed your mind? Patrons → Undo last roster import puts everything back.")
        )
        self._done = True
        self.completeChanged.emit()
        self.wiz.ctx.hub.data_changed.emit("patrons")
        self.wiz.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        message = shown(exc.message) if isinstance(exc, DomainError) else repr(exc)
        self.result.setText(self.tr("Nothing was changed. ") + message)
        self.result.setStyleSheet(text_colour_css("#9b1c1c"))

    def isComplete(self) -> bool:
        return self._done


class RosterWizard(QWizard):
    """Signals:
    previewed(object): the RosterPreview is on screen.
    imported(object): the RosterImportResult after applying.
    """

    previewed = Signal(object)
    imported = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.roster: RosterFile | None = None
        self.mapping: RosterColumnMapping | None = None
        self.preview: RosterPreview | None = None
        self.result: RosterImportResult | None = None
        self.deactivate_missing = True
        self.setWindowTitle(self.tr("Import the student roster"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(820, 600)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.done_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.preview_page.setCommitPage(True)
