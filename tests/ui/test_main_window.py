"""The main window opens, shows every section, remembers its size and says what it is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.main_window import MainWindow
from lms_desktop.ui.tasks import TaskRunner

EXPECTED_SECTIONS = [
    "desk",
    "catalog",
    "patrons",
    "devices",
    "makerspace",
    "reports",
    "inventory",
    "settings",
]


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, app_context: AppContext, settings: QSettings) -> Iterator[MainWindow]:
    ctx = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub())
    win = MainWindow(ctx, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    ctx.tasks.wait_for_done()


def test_the_librarian_can_visit_every_section(window: MainWindow, qtbot: QtBot) -> None:
    assert window.section_keys() == EXPECTED_SECTIONS
    for key in EXPECTED_SECTIONS:
        with qtbot.waitSignal(window.section_shown) as shown:
            section = window.show_section(key)
        assert shown.args == [key]
        assert section.isVisible()
        assert section.objectName() == f"section-{key}"


def test_sections_are_reachable_from_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    window.show_section("desk")
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_section().objectName() == "section-catalog"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section().objectName() == "section-makerspace"


def test_window_size_and_section_are_remembered(
    qtbot: QtBot, app_context: AppContext, settings: QSettings
) -> None:
    ctx = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub())
    first = MainWindow(ctx, settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)  # the offscreen screen is 800 px wide; the desk needs 732
    first.show_section("reports")
    first.close()

    second = MainWindow(ctx, settings=settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (760, 560)
    assert second.current_section().objectName() == "section-reports"


@pytest.mark.parametrize("language", ["en", "es"])
def test_after_every_section_the_window_still_fits_a_school_laptop(
    qtbot: QtBot,
    app_context: AppContext,
    settings: QSettings,
    language: str,
    request: pytest.FixtureRequest,
) -> None:
    """A 1280 x 720 screen: no section (a wide settings page, say) may hold the window
    wider or taller than that once it has been opened, in English or in the longer
    Spanish."""
    if language == "es":
        request.getfixturevalue("spanish")
    ctx = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub())
    window = MainWindow(ctx, settings=settings)
    qtbot.addWidget(window)
    window.show()
    for name in ("desk", "catalog", "patrons", "devices", "makerspace", "reports"):
        window.show_section(name)
    for name in ("inventory", "settings"):
        window.show_section(name)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1240 and hint.height() <= 680, (hint.width(), hint.height())


def test_about_box_names_the_version_and_the_database(window: MainWindow) -> None:
    from lms_desktop import __version__

    dialog = window.show_about()
    text = dialog.text.text()
    assert __version__ in text
    assert str(window.ctx.app.config.database_url).split(":///")[1] in text
    dialog.close()


def test_status_bar_shows_where_the_data_lives(window: MainWindow) -> None:
    labels = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert any("library.sqlite3" in text for text in labels)


def test_every_section_has_an_icon_from_our_set(window: MainWindow) -> None:
    from lms_desktop.ui.icons import icon_names

    assert set(EXPECTED_SECTIONS) <= set(icon_names())
    for row in range(window.navigation.count()):
        assert not window.navigation.item(row).icon().isNull()
    assert not window.windowIcon().isNull()


def test_settings_tabs_read_as_their_titles(
    qtbot: QtBot, app_context: AppContext, settings: QSettings
) -> None:
    """ "Reports & labels" is shown with its ampersand, not as "Reports _labels"."""
    from PySide6.QtWidgets import QTabWidget

    ctx = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub())
    window = MainWindow(ctx, settings=settings)
    qtbot.addWidget(window)
    section = window.show_section("settings")
    tabs = section.findChild(QTabWidget)
    assert tabs is not None
    raw = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Reports && labels" in raw  # "&&" is how a tab shows one "&"
    assert all("&" not in text.replace("&&", "") for text in raw)  # no stray shortcut mark
