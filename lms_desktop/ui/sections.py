"""The main window's sections, in navigation order. Each later area replaces its builder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lms_desktop.ui.catalog.section import CatalogSection
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.makerspace.section import MakerspaceSection
from lms_desktop.ui.placeholder import NotYetBuiltSection
from lms_desktop.ui.settings.section import SettingsSection


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str
    icon: str  # a name from lms_desktop/resources/icons/
    build: Callable[[UiContext], QWidget]


def _placeholder(title: str, what: str) -> Callable[[UiContext], QWidget]:
    return lambda _ctx: NotYetBuiltSection(title, what)


def _desk(ctx: UiContext) -> QWidget:
    from lms_desktop.ui.desk.desk_screen import DeskSection

    return DeskSection(ctx)


def _reports(ctx: UiContext) -> QWidget:
    from lms_desktop.ui.reports.section import ReportsSection

    return ReportsSection(ctx)


def _devices(ctx: UiContext) -> QWidget:
    from lms_desktop.ui.devices.section import DevicesSection

    return DevicesSection(ctx)


def _patrons(ctx: UiContext) -> QWidget:
    from lms_desktop.ui.patrons.patrons_screen import PatronsSection

    return PatronsSection(ctx)


def _inventory(ctx: UiContext) -> QWidget:
    from lms_desktop.ui.inventory.section import InventorySection

    return InventorySection(ctx)


def sections() -> list[SectionSpec]:
    return [
        SectionSpec(
            "desk",
            QCoreApplication.translate("Sections", "Desk"),
            "desk",
            _desk,
        ),
        SectionSpec(
            "catalog",
            QCoreApplication.translate("Sections", "Catalog"),
            "catalog",
            CatalogSection,
        ),
        SectionSpec(
            "patrons",
            QCoreApplication.translate("Sections", "Patrons"),
            "patrons",
            _patrons,
        ),
        SectionSpec(
            "devices",
            QCoreApplication.translate("Sections", "Devices"),
            "devices",
            _devices,
        ),
        SectionSpec(
            "makerspace",
            QCoreApplication.translate("Sections", "Makerspace"),
            "makerspace",
            MakerspaceSection,
        ),
        SectionSpec(
            "reports",
            QCoreApplication.translate("Sections", "Reports"),
            "reports",
            _reports,
        ),
        SectionSpec(
            "inventory",
            QCoreApplication.translate("Sections", "Inventory"),
            "inventory",
            _inventory,
        ),
        SectionSpec(
            "settings",
            QCoreApplication.translate("Sections", "Settings"),
            "settings",
            SettingsSection,
        ),
    ]
