"""Settings as tabs; each area adds its page to `settings_pages()`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from lms_desktop.ui.care.backups_page import BackupsPage
from lms_desktop.ui.care.privacy_page import PrivacyPage
from lms_desktop.ui.catalog.sru_settings_page import SruTargetsPage
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.makerspace.settings_page import MakerspaceSettingsPage
from lms_desktop.ui.reports.settings_page import ReportsSettingsPage
from lms_desktop.ui.settings.calendar_page import CalendarPage
from lms_desktop.ui.settings.loan_rules_page import LoanRulesPage
from lms_desktop.ui.settings.scanner_page import ScannerPage
from lms_desktop.ui.settings.school_page import SchoolPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


@dataclass(frozen=True)
class SettingsPageSpec:
    key: str
    title: str
    build: Callable[[UiContext], QWidget]


def _device_agreements(ctx: UiContext) -> QWidget:
    from lms_desktop.ui.devices.agreements_page import DeviceAgreementsPage

    return DeviceAgreementsPage(ctx)


def settings_pages() -> list[SettingsPageSpec]:
    """The tabs in order. Areas add their page here (scanner, loan rules, backups…)."""
    return [
        SettingsPageSpec("school", _tr("School"), SchoolPage),
        SettingsPageSpec("scanner", _tr("Scanner"), ScannerPage),
        SettingsPageSpec("loan_rules", _tr("Loan rules"), LoanRulesPage),
        SettingsPageSpec("calendar", _tr("School calendar"), CalendarPage),
        SettingsPageSpec("copy_cataloging", _tr("Copy cataloging"), SruTargetsPage),
        SettingsPageSpec("reports", _tr("Reports & labels"), ReportsSettingsPage),
        SettingsPageSpec("makerspace", _tr("Makerspace"), MakerspaceSettingsPage),
        SettingsPageSpec("device_agreements", _tr("Device agreements"), _device_agreements),
        SettingsPageSpec("backups", _tr("Backups"), BackupsPage),
        SettingsPageSpec("privacy", _tr("Privacy and staff"), PrivacyPage),
    ]


class SettingsSection(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.pages: dict[str, QWidget] = {}
        for spec in settings_pages():
            page = spec.build(ctx)
            page.setObjectName(f"settings-{spec.key}")
            self.pages[spec.key] = page
            self.tabs.addTab(page, spec.title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
