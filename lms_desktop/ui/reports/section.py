"""The Reports section: a Reports tab and a Labels tab."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from lms_desktop.ui.context import UiContext
from lms_desktop.ui.reports.labels_tab import LabelsTab
from lms_desktop.ui.reports.reports_tab import ReportsTab


class ReportsSection(QWidget):
    def __init__(
        self, ctx: UiContext, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Reports and labels"))
        self.reports = ReportsTab(ctx, settings)
        self.labels = LabelsTab(ctx, settings)
        self.tabs.addTab(self.reports, self.tr("Reports"))
        self.tabs.addTab(self.labels, self.tr("Labels"))
        ctx.hub.data_changed.connect(self.reports.refresh_on)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def print_labels_for(self, barcodes: list[str], kind: str = "spine") -> None:
        """Open the Labels tab with these barcodes chosen (for the catalog or devices area)."""
        self.labels.use_barcodes(barcodes, kind)
        self.tabs.setCurrentWidget(self.labels)


def open_labels_for(
    widget: QWidget, barcodes: Sequence[str], kind: str = "spine"
) -> ReportsSection | None:
    """From any screen of the main window: show Reports → Labels with these barcodes chosen.

    Returns the Reports section, or None when `widget` is not inside the main window.
    """
    show_section = getattr(widget.window(), "show_section", None)
    if show_section is None:
        return None
    section = show_section("reports")
    if not isinstance(section, ReportsSection):
        return None
    section.print_labels_for(list(barcodes), kind)
    return section
