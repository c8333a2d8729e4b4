"""The Inventory section: Shelf inventory, Weeding workbench and Year-end tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from lms_desktop.ui.context import UiContext
from lms_desktop.ui.inventory.shelf_tab import ShelfInventoryTab
from lms_desktop.ui.inventory.weeding_tab import WeedingTab
from lms_desktop.ui.inventory.yearend_tab import YearEndTab


class InventorySection(QWidget):
    """The spring jobs, one tab each; every tab works through the database worker."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shelf = ShelfInventoryTab(ctx)
        self.weeding = WeedingTab(ctx)
        self.year_end = YearEndTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Inventory tabs"))
        self.tabs.addTab(self.shelf, self.tr("Shelf inventory"))
        self.tabs.addTab(self.weeding, self.tr("Weeding workbench"))
        self.tabs.addTab(self.year_end, self.tr("Year-end"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        ctx.hub.data_changed.connect(self._data_changed)

    def _data_changed(self, what: str) -> None:
        if what in ("all", "inventory"):
            self.shelf.reload()
