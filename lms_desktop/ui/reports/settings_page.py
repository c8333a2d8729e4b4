"""Settings → Reports & labels: school logo, overdue-notice texts, barcode type, your own sheets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.errors import DomainError
from lms_desktop.labels.barcodes import SYMBOLOGIES
from lms_desktop.labels.service import LABEL_SYMBOLOGY_KEY
from lms_desktop.labels.sheets import SheetTemplate, save_user_sheet
from lms_desktop.reports.common import SCHOOL_LOGO
from lms_desktop.reports.overdues import (
    DEFAULT_TEMPLATES,
    LANGUAGES,
    notice_template,
    save_notice_template,
)
from lms_desktop.school.settings import get_setting, set_setting
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text


class ReportsSettingsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        with ctx.unit_of_work() as uow:
            logo = str(get_setting(uow, SCHOOL_LOGO, "") or "")
            symbology = str(get_setting(uow, LABEL_SYMBOLOGY_KEY, "code39"))
            texts = {lang: notice_template(uow, lang) for lang in DEFAULT_TEMPLATES}

        self.logo_edit = QLineEdit(logo)
        self.logo_edit.setAccessibleName(self.tr("School logo file"))
        self.logo_edit.setPlaceholderText(self.tr("a PNG or JPEG shown on every report"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the logo file"))
        browse.clicked.connect(self._choose_logo)
        self.symbology_box = QComboBox()
        self.symbology_box.setAccessibleName(self.tr("Barcode type on labels"))
        for key, label in SYMBOLOGIES.items():
            self.symbology_box.addItem(label, key)
        self.symbology_box.setCurrentIndex(max(0, self.symbology_box.findData(symbology)))

        self.template_tabs = QTabWidget()
        self.template_tabs.setAccessibleName(self.tr("Overdue notice texts"))
        self.template_edits: dict[str, QPlainTextEdit] = {}
        for lang, name in LANGUAGES.items():
            edit = QPlainTextEdit(texts[lang])
            edit.setAccessibleName(self.tr("Notice text in {language}").format(language=name))
            self.template_edits[lang] = edit
            self.template_tabs.addTab(edit, name)
        help_text = QLabel(
            self.tr(
                "The first line is the notice's heading. You can use $student, $homeroom, "
                "$teacher, $school, $date and $count; the list of overdue items follows the text."
            )
        )
        help_text.setWordWrap(True)
        restore = QPushButton(self.tr("Restore the original text"))
        restore.setAccessibleName(self.tr("Restore the original notice text"))
        restore.clicked.connect(self._restore_template)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save report and label settings"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Settings status"))

        general = QFormLayout()
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(browse)
        general.addRow(self.tr("School logo:"), logo_row)
        general.addRow(self.tr("Barcode type:"), self.symbology_box)
        notices = QGroupBox(self.tr("Overdue notices"))
        notices_layout = QVBoxLayout(notices)
        notices_layout.addWidget(help_text)
        notices_layout.addWidget(self.template_tabs, 1)
        notices_layout.addWidget(restore)

        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(notices, 1)
        layout.addWidget(self._sheet_form())
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)

    def _sheet_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your own label sheet (measurements in inches)"))
        form = QFormLayout(box)
        self.sheet_name = QLineEdit()
        self.sheet_name.setAccessibleName(self.tr("Sheet name"))
        form.addRow(self.tr("Name:"), self.sheet_name)
        self.sheet_fields: dict[str, QDoubleSpinBox | QSpinBox] = {}
        grid = QGridLayout()
        for index, (key, label, default) in enumerate(
            (
                ("label_width", self.tr("Label width"), 1.5),
                ("label_height", self.tr("Label height"), 1.0),
                ("columns", self.tr("Across"), 5),
                ("rows", self.tr("Down"), 10),
                ("left_margin", self.tr("Left margin"), 0.25),
                ("top_margin", self.tr("Top margin"), 0.5),
                ("h_pitch", self.tr("Across pitch"), 1.5625),
                ("v_pitch", self.tr("Down pitch"), 1.0),
            )
        ):
            spin: QDoubleSpinBox | QSpinBox
            if key in ("columns", "rows"):
                spin = QSpinBox()
                spin.setRange(1, 40)
                spin.setValue(int(default))
            else:
                spin = QDoubleSpinBox()
                spin.setDecimals(4)
                spin.setRange(0, 20)
                spin.setValue(default)
            spin.setAccessibleName(label)
            spin.setToolTip(label)
            self.sheet_fields[key] = spin
            row, column = divmod(index, 2)
            grid.addWidget(QLabel(label + ":"), row, column * 2)
            grid.addWidget(spin, row, column * 2 + 1)
        form.addRow(grid)
        self.add_sheet_button = QPushButton(self.tr("Add sheet"))
        self.add_sheet_button.setAccessibleName(self.tr("Add the label sheet"))
        self.add_sheet_button.clicked.connect(self.add_sheet)
        form.addRow("", self.add_sheet_button)
        return box

    def _choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("School logo"),
            self.logo_edit.text(),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if chosen:
            self.logo_edit.setText(chosen)

    def _restore_template(self) -> None:
        lang = list(LANGUAGES)[self.template_tabs.currentIndex()]
        self.template_edits[lang].setPlainText(DEFAULT_TEMPLATES[lang])

    def save(self) -> None:
        logo = self.logo_edit.text().strip()
        if logo and not Path(logo).is_file():
            self.status.setText(self.tr("The logo file was not found. Choose it again."))
            return
        with self.ctx.unit_of_work() as uow:
            set_setting(uow, SCHOOL_LOGO, logo or None)
            set_setting(uow, LABEL_SYMBOLOGY_KEY, self.symbology_box.currentData())
            for lang, edit in self.template_edits.items():
                text = edit.toPlainText()
                save_notice_template(
                    uow, lang, "" if text.strip() == DEFAULT_TEMPLATES[lang] else text
                )
            uow.commit()
        self.status.setText(self.tr("Saved."))
        self.ctx.hub.data_changed.emit("settings")

    def add_sheet(self) -> None:
        values = {k: w.value() for k, w in self.sheet_fields.items()}
        sheet = SheetTemplate(
            name=self.sheet_name.text().strip() or self.tr("My sheet"),
            code="",
            page_width=8.5,
            page_height=11.0,
            label_width=float(values["label_width"]),
            label_height=float(values["label_height"]),
            columns=int(values["columns"]),
            rows=int(values["rows"]),
            left_margin=float(values["left_margin"]),
            top_margin=float(values["top_margin"]),
            h_pitch=float(values["h_pitch"]),
            v_pitch=float(values["v_pitch"]),
            source="added in Settings",
        )
        try:
            with self.ctx.unit_of_work() as uow:
                saved = save_user_sheet(uow, sheet)
                uow.commit()
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Sheet “{name}” added.").format(name=saved.name))
        self.ctx.hub.data_changed.emit("settings")
