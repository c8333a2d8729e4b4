"""School name, interface language and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from lms_desktop.config import describe_database
from lms_desktop.errors import DomainError
from lms_desktop.school.settings import school_name, set_school_name
from lms_desktop.ui.care.site import site_of
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text
from lms_desktop.ui.translation import LANGUAGE_KEY, SUPPORTED_LANGUAGES


class SchoolPage(QWidget):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._settings = settings or QSettings()
        form = QFormLayout(self)
        with ctx.unit_of_work() as uow:
            name = school_name(uow, site_of(ctx))
        self.school_name = QLineEdit(name)
        self.school_name.setAccessibleName(self.tr("School name"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        form.addRow(self.tr("School name:"), self.school_name)
        form.addRow("", self.save_button)
        where = QLabel(describe_database(ctx.app.config.database_url))
        where.setAccessibleName(self.tr("Database location"))
        form.addRow(self.tr("Database:"), where)
        form.addRow(self.tr("Backups folder:"), QLabel(str(ctx.app.config.backup_dir)))
        # "Language / Idioma" stays bilingual so a reader of either language finds it
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language / Idioma"))
        self.language.addItem(self.tr("System language"), "")
        for code, native_name in SUPPORTED_LANGUAGES.items():
            self.language.addItem(native_name, code)
        current = str(self._settings.value(LANGUAGE_KEY, "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        language_label = QLabel(self.tr("Language / Idioma:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        self.language_note = QLabel(
            self.tr("The new language is used the next time LMS Desktop starts.")
        )
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)

    def _language_chosen(self) -> None:
        self._settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self._settings.sync()
        self.ctx.hub.status_message.emit(
            self.tr("Language saved: it is used the next time LMS Desktop starts.")
        )

    def save(self) -> None:
        name = self.school_name.text().strip()
        if not name:
            self.ctx.hub.status_message.emit(self.tr("The school name cannot be empty."))
            return
        try:
            with self.ctx.unit_of_work() as uow:
                saved = set_school_name(uow, name, site_of(self.ctx))
        except DomainError as exc:
            self.ctx.hub.status_message.emit(error_text(exc))
            return
        self.school_name.setText(saved)
        self.ctx.hub.status_message.emit(self.tr("School name saved."))
        self.ctx.hub.data_changed.emit("settings")
