"""School name and where the data lives."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from lms_desktop.config import describe_database
from lms_desktop.school.models import DEFAULT_SITE_ID, Site
from lms_desktop.school.settings import SCHOOL_NAME, get_setting, set_setting
from lms_desktop.ui.context import UiContext


class SchoolPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        form = QFormLayout(self)
        with ctx.unit_of_work() as uow:
            name = get_setting(uow, SCHOOL_NAME, "My School")
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

    def save(self) -> None:
        name = self.school_name.text().strip()
        if not name:
            self.ctx.hub.status_message.emit(self.tr("The school name cannot be empty."))
            return
        with self.ctx.unit_of_work() as uow:
            set_setting(uow, SCHOOL_NAME, name)
            site = uow.session.get(Site, DEFAULT_SITE_ID)
            if site is not None:
                site.name = name
            uow.commit()
        self.ctx.hub.status_message.emit(self.tr("School name saved."))
        self.ctx.hub.data_changed.emit("settings")
