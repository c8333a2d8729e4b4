"""Settings as tabs; each area adds its page to `settings_pages()`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

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
        SettingsPageSpec("school", QCoreApplication.translate("Settings", "School"), SchoolPage),
        SettingsPageSpec("scanner", QCoreApplication.translate("Settings", "Scanner"), ScannerPage),
        SettingsPageSpec(
            "loan_rules", QCoreApplication.translate("Settings", "Loan rules"), LoanRulesPage
        ),
        SettingsPageSpec(
            "calendar", QCoreApplication.translate("Settings", "School calendar"), CalendarPage
        ),
        SettingsPageSpec(
            "copy_cataloging",
            QCoreApplication.translate("Settings", "Copy cataloging"),
            SruTargetsPage,
        ),
        SettingsPageSpec(
            "reports",
            QCoreApplication.translate("Settings", "Reports & labels"),
            ReportsSettingsPage,
        ),
        SettingsPageSpec(
            "makerspace",
            QCoreApplication.translate("Settings", "Makerspace"),
            MakerspaceSettingsPage,
        ),
        SettingsPageSpec(
            "device_agreements",
            QCoreApplication.translate("Settings", "Device agreements"),
            _device_agreements,
        ),
        SettingsPageSpec("backups", QCoreApplication.translate("Settings", "Backups"), BackupsPage),
        SettingsPageSpec(
            "privacy", QCoreApplication.translate("Settings", "Privacy and staff"), PrivacyPage
        ),
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
            # a page wider than the window (the calendar, the makerspace's schedules)
            # scrolls instead of holding the whole window to its width
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setAccessibleName(spec.title)
            scroller.setWidget(page)
            # "Reports & labels": a tab reads "&" as a shortcut mark ("Reports _labels")
            self.tabs.addTab(scroller, spec.title.replace("&", "&&"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
