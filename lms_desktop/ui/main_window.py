"""The main window: section navigation on the left, the chosen section on the right."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from lms_desktop import APP_NAME
from lms_desktop.bootstrap import describe_site
from lms_desktop.config import describe_database
from lms_desktop.ui.about import AboutDialog
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.icons import APP_ICON, icon
from lms_desktop.ui.makerspace.no_show_sweep import NoShowSweeper
from lms_desktop.ui.sections import SectionSpec, sections

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SECTION_KEY = "main_window/section"


class MainWindow(QMainWindow):
    """Signals:
    section_shown(str): the key of the section now on screen.
    """

    section_shown = Signal(str)

    def __init__(self, ctx: UiContext, settings: QSettings | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self._settings = settings or QSettings()
        self._specs: list[SectionSpec] = sections()
        self._built: dict[str, QWidget] = {}

        self.site = describe_site(ctx.app.database, ctx.site_id)
        self.school_name: str = self.site.name
        self.setWindowTitle(f"{APP_NAME} — {self.school_name}")
        self.setWindowIcon(icon(APP_ICON))

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        # a little larger than the system font, and it grows with it (no fixed point size)
        nav_font = self.navigation.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.1)
        self.navigation.setFont(nav_font)
        self.navigation.setIconSize(self.navigation.iconSize() * 1.5)
        self.navigation.setSpacing(2)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { padding-top: 6px; }"
            "QListWidget#navigation::item { padding: 8px 6px; }"
        )
        self.stack = QStackedWidget(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        for index, spec in enumerate(self._specs):
            item = QListWidgetItem(icon(spec.icon), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(self.tr("{title} (Ctrl+{n})").format(title=spec.title, n=index + 1))
            self.navigation.addItem(item)
            placeholder = QWidget()
            placeholder.setObjectName(f"unbuilt-{spec.key}")
            self.stack.addWidget(placeholder)
        self.navigation.setFixedWidth(self._navigation_width())
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.currentRowChanged.connect(self._show_row)

        self._build_menus()
        self._build_status_bar()
        ctx.hub.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        ctx.hub.data_changed.connect(self._data_changed)
        self._restore_geometry()
        # no-shows are released every minute from start-up, not only once Makerspace is open
        self.no_show_sweeper = NoShowSweeper(ctx, self)

    # navigation
    def _navigation_width(self) -> int:
        """Wide enough for the longest (translated) title at the current font size."""
        metrics = self.navigation.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(self.navigation.item(row).text()))
            for row in range(self.navigation.count())
        )
        return max(170, longest + self.navigation.iconSize().width() + 72)

    def section_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def show_section(self, key: str) -> QWidget:
        row = self.section_keys().index(key)
        if self.navigation.currentRow() == row:
            self._show_row(row)
        else:
            self.navigation.setCurrentRow(row)
        return self.current_section()

    def current_section(self) -> QWidget:
        return self.stack.currentWidget()

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        spec = self._specs[row]
        widget = self._built.get(spec.key)
        if widget is None:
            widget = spec.build(self.ctx)
            widget.setObjectName(f"section-{spec.key}")
            old = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._built[spec.key] = widget
        self.stack.setCurrentIndex(row)
        self._settings.setValue(SECTION_KEY, spec.key)
        self.section_shown.emit(spec.key)

    # chrome
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for index, spec in enumerate(self._specs):
            action = QAction(spec.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, k=spec.key: self.show_section(k))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About {app}").format(app=APP_NAME), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)
        self.about_action = about_action

    def _build_status_bar(self) -> None:
        where = describe_database(self.ctx.app.config.database_url)
        self.database_label = QLabel(self.tr("Database: {where}").format(where=where))
        self.staff_label = QLabel(self.tr("Signed in: {name}").format(name=self.ctx.staff_shown()))
        # in a district database, which school this workstation is (one school: as before)
        self.site_label = QLabel(self.site_description())
        self.site_label.setAccessibleName(self.tr("School"))
        self.site_label.setVisible(self.site.district)
        self.statusBar().addPermanentWidget(self.site_label)
        self.statusBar().addPermanentWidget(self.staff_label)
        self.statusBar().addPermanentWidget(self.database_label)

    def _data_changed(self, what: str) -> None:
        if what != "settings":
            return
        # the school renamed in Settings › School: the title and status bar follow
        self.site = describe_site(self.ctx.app.database, self.ctx.site_id)
        self.school_name = self.site.name
        self.setWindowTitle(f"{APP_NAME} — {self.school_name}")
        self.site_label.setText(self.site_description())

    def site_description(self) -> str:
        """The school as the status bar and About box show it ("North — district database")."""
        if not self.site.district:
            return self.site.name
        return self.tr("{school} — district database").format(school=self.site.name)

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(
            self.ctx.app.config.database_url, str(self.ctx.app.config.backup_dir), self
        )
        dialog.text.setText(
            dialog.text.text()
            + self.tr("<p>School:<br>{school}</p>").format(school=escape(self.site_description()))
        )
        dialog.open()
        return dialog

    # geometry
    def _restore_geometry(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            width = min(1280, available.width()) if available else 1280
            height = min(800, available.height()) if available else 800
            self.resize(width, height)
        state = self._settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        last = self._settings.value(SECTION_KEY, "desk")
        keys = self.section_keys()
        self.navigation.setCurrentRow(keys.index(last) if last in keys else 0)
        self.navigation.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.sync()
        self.ctx.tasks.wait_for_done(10000)
        super().closeEvent(event)
