"""A school computer in Windows high contrast: every main screen, rendered with the
high-contrast palette, shows its text at WCAG AA contrast (4.5:1, large text 3:1)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.circulation.barcodes import make_library_barcode
from lms_desktop.demo import DEMO_INSTITUTION, build_demo_school
from lms_desktop.errors import DomainError
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.desk.desk_screen import DeskSection
from lms_desktop.ui.inventory.shelf_tab import ShelfInventoryTab
from lms_desktop.ui.main_window import MainWindow
from lms_desktop.ui.settings.calendar_page import CalendarPage
from lms_desktop.ui.tasks import TaskRunner
from lms_desktop.ui.theme import (
    AA_LARGE,
    AA_NORMAL,
    contrast_ratio,
    high_contrast_black,
    high_contrast_white,
    text_colour_css,
)
from tests.ui.test_dialog_names import DIALOGS, School

MAIN_SECTIONS = (
    "desk",
    "catalog",
    "patrons",
    "devices",
    "makerspace",
    "reports",
    "inventory",
    "settings",
)


@pytest.fixture(params=["black", "white"])
def high_contrast(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The desk computer is set to Windows' High Contrast Black (or White)."""
    original = qapp.palette()
    palette = high_contrast_black() if request.param == "black" else high_contrast_white()
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(original)


@pytest.fixture
def window(
    high_contrast: QPalette, app_context: AppContext, qtbot: QtBot, tmp_path: Path
) -> Iterator[MainWindow]:
    build_demo_school(app_context.database)
    ctx = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub())
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    win = MainWindow(ctx, settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    ctx.tasks.wait_for_done()


def _is_large(font: QFont) -> bool:
    points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    return points >= 18 or (points >= 14 and font.weight() >= QFont.Weight.Bold)


def _background(image: QImage, rect: QRect) -> QColor:
    """The colour most pixels inside `rect` have: what the text is drawn on."""
    inner = rect.adjusted(3, 3, -3, -3) if rect.width() > 8 and rect.height() > 8 else rect
    counts: Counter[int] = Counter()
    first: dict[int, int] = {}
    for y in range(inner.top(), inner.bottom() + 1):
        for x in range(inner.left(), inner.right() + 1):
            pixel = image.pixel(x, y)
            # a button's gentle gradient is one colour, not twenty
            bucket = pixel & 0xF0F0F0
            counts[bucket] += 1
            first.setdefault(bucket, pixel)
    return QColor.fromRgb(first[counts.most_common(1)[0][0]])


def _farthest_pixel(image: QImage, rect: QRect, background: QColor) -> float:
    """The best contrast any pixel in `rect` has against the background: the text's
    own colour, as far as anti-aliasing lets it show."""
    best = 1.0
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            best = max(best, contrast_ratio(QColor.fromRgb(image.pixel(x, y)), background))
    return best


_RICH_TEXT_COLOUR = re.compile(r"""color\s*[:=]\s*['"]?\s*(#[0-9a-fA-F]{3,8}|[a-zA-Z]+)""")


def _rich_text_colours(widget: QWidget, text: str) -> list[QColor]:
    """Colours a label's rich text sets for parts of itself (`<span style='color:…'>`)."""
    if not isinstance(widget, QLabel) or widget.textFormat() == Qt.TextFormat.PlainText:
        return []
    return [QColor(name) for name in _RICH_TEXT_COLOUR.findall(text) if QColor(name).isValid()]


def _texts(root: QWidget) -> Iterator[tuple[QWidget, str, QPalette.ColorRole, QRect]]:
    """Every visible text on `root`: the widget, what it says, its text role, its rect."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.width() < 4 or widget.height() < 4:
            continue
        origin = widget.mapTo(root, QPoint(0, 0))
        rect = QRect(origin, widget.size())
        if isinstance(widget, QLabel) and widget.text().strip() and widget.pixmap().isNull():
            yield widget, widget.text(), widget.foregroundRole(), rect
        elif isinstance(widget, QAbstractButton) and widget.text().strip():
            yield widget, widget.text(), QPalette.ColorRole.ButtonText, rect
        elif isinstance(widget, QLineEdit) and widget.text().strip():
            yield widget, widget.text(), QPalette.ColorRole.Text, rect
        elif isinstance(widget, QHeaderView) and widget.count():
            yield widget, "header", QPalette.ColorRole.ButtonText, rect


def low_contrast_texts(root: QWidget) -> list[str]:
    """Texts under WCAG AA: the colour the widget draws its text in (its palette after
    style sheets) against the colour really rendered behind it, checked with pixels."""
    image = root.grab().toImage()
    scale = image.devicePixelRatio()
    failing = []
    for widget, text, role, rect in _texts(root):
        rect = QRect(
            int(rect.x() * scale),
            int(rect.y() * scale),
            int(rect.width() * scale),
            int(rect.height() * scale),
        ).intersected(image.rect())
        if rect.isEmpty():
            continue
        foreground = widget.palette().color(role)
        background = _background(image, rect)
        needed = AA_LARGE if _is_large(widget.font()) else AA_NORMAL
        for part in _rich_text_colours(widget, text):
            if contrast_ratio(part, background) < needed:
                failing.append(
                    f"{type(widget).__name__} {widget.objectName()!r} {text[:60]!r}: "
                    f"rich text in {part.name()} on {background.name()} is "
                    f"{contrast_ratio(part, background):.2f}:1 (needs {needed})"
                )
        ratio = contrast_ratio(foreground, background)
        # the pixels must show it too: a colour set in rich text or painted by hand
        drawn = _farthest_pixel(image, rect, background)
        if ratio < needed or drawn < needed:
            failing.append(
                f"{type(widget).__name__} {widget.objectName()!r} {text[:40]!r}: "
                f"{foreground.name()} on {background.name()} is {ratio:.2f}:1, "
                f"best drawn pixel {drawn:.2f}:1 (needs {needed})"
            )
    return failing


def _visit_tabs(section: QWidget, check: Callable[[QWidget], list[str]]) -> list[str]:
    failing = check(section)
    for tabs in section.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if tabs.isTabEnabled(index) and tabs.isVisible():
                tabs.setCurrentIndex(index)
                failing += check(section)
    return failing


@pytest.mark.parametrize("key", MAIN_SECTIONS)
def test_every_main_screen_reads_in_high_contrast(
    window: MainWindow,
    qtbot: QtBot,
    key: str,
    high_contrast: QPalette,
    request: pytest.FixtureRequest,
) -> None:
    """The librarian's computer is in high contrast; each section she opens keeps every
    label, button, field and table heading readable against what is behind it."""
    section = window.show_section(key)
    qtbot.waitUntil(section.isVisible)
    if isinstance(section, DeskSection):
        # with a student's card scanned: the card, loans and banner are on screen
        with qtbot.waitSignal(section.answered):
            section.submit_scan(make_library_barcode("patron", DEMO_INSTITUTION, 1))
    if key == "catalog":
        # with a title chosen: its details (and where the record came from) are shown
        results = section.results  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: results.model().rowCount() > 0)
        results.selectRow(0)
        qtbot.waitUntil(lambda: any("From:" in la.text() for la in section.findChildren(QLabel)))
    failing = _visit_tabs(section, lambda _: low_contrast_texts(window))
    assert failing == [], "\n".join(dict.fromkeys(failing))


def test_a_status_colour_gives_way_to_the_palette_in_high_contrast(
    qapp: QApplication,
) -> None:
    original = qapp.palette()
    try:
        assert text_colour_css("#9b1c1c") == "color: #9b1c1c;"
        qapp.setPalette(high_contrast_black())
        assert text_colour_css("#9b1c1c") == ""
        qapp.setPalette(high_contrast_white())
        assert text_colour_css("#9b1c1c") == "color: #9b1c1c;"
    finally:
        qapp.setPalette(original)


@pytest.fixture
def high_contrast_black_only(qapp: QApplication) -> Iterator[QPalette]:
    original = qapp.palette()
    qapp.setPalette(high_contrast_black())
    yield qapp.palette()
    qapp.setPalette(original)


def _say_something_everywhere(root: QWidget) -> None:
    """Every empty line of text (the problem lines under forms) shows a message."""
    for label in root.findChildren(QLabel):
        if not label.text().strip() and label.pixmap().isNull():
            label.setText("The barcode is already on another copy. Scan a new label.")
            label.setVisible(True)


@pytest.fixture
def school(app_context: AppContext, tmp_path: Path) -> Iterator[School]:
    build_demo_school(app_context.database)
    ctx = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub())
    yield School(ctx, tmp_path)
    ctx.tasks.wait_for_done()


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialogs_messages_read_in_high_contrast_black(
    high_contrast_black_only: QPalette, school: School, qtbot: QtBot, name: str
) -> None:
    """A red "what went wrong" line under a form stays readable on a black window."""
    dialog = DIALOGS[name](school)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _say_something_everywhere(dialog)
    failing = low_contrast_texts(dialog)
    assert failing == [], "\n".join(dict.fromkeys(failing))


def _patrons_problem(section: QWidget) -> None:
    section._failed(DomainError("That card number is already taken. Scan a new card."))  # type: ignore[attr-defined]


def _makerspace_problem(section: QWidget) -> None:
    section.show_notice("The laser cutter is booked then. Pick another period.", error=True)  # type: ignore[attr-defined]


def _calendar_problem(section: QWidget) -> None:
    tabs = section.findChild(QTabWidget)
    page = section.findChild(CalendarPage)
    assert tabs is not None and page is not None
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(page)))
    page._failed(DomainError("The break ends before it starts. Fix the dates."))


def _shelf_problem(section: QWidget) -> None:
    tab = section.findChild(ShelfInventoryTab)
    tabs = section.findChild(QTabWidget)
    assert tab is not None and tabs is not None
    tabs.setCurrentIndex(tabs.indexOf(tab) if tabs.indexOf(tab) >= 0 else 0)
    tab._failed(DomainError("That barcode is not in the catalog. Put the book aside."))


PROBLEM_LINES: dict[str, Callable[[QWidget], None]] = {
    "patrons": _patrons_problem,
    "makerspace": _makerspace_problem,
    "settings": _calendar_problem,
    "inventory": _shelf_problem,
}


@pytest.mark.parametrize("key", PROBLEM_LINES)
def test_a_screens_problem_line_reads_in_high_contrast(
    window: MainWindow, qtbot: QtBot, key: str
) -> None:
    """Something went wrong: the red line that says so is readable in high contrast."""
    section = window.show_section(key)
    qtbot.waitUntil(section.isVisible)
    PROBLEM_LINES[key](section)
    failing = low_contrast_texts(window)
    assert failing == [], "\n".join(dict.fromkeys(failing))
