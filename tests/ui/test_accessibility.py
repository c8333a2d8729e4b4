"""Every control can be found by a screen reader, the desk works from the keyboard, text
scales with the system font, and status colours are readable (WCAG AA)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.circulation.barcodes import make_library_barcode
from lms_desktop.demo import DEMO_INSTITUTION, build_demo_school
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.desk.desk_screen import DeskMode, DeskSection
from lms_desktop.ui.main_window import MainWindow
from lms_desktop.ui.tasks import TaskRunner
from lms_desktop.ui.type_scale import (
    DRAWN_AT_POINT_SIZE,
    font_size_css,
    scaled_font,
    use_scaled_font,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTabBar)


@pytest.fixture
def ctx(app_context: AppContext) -> Iterator[UiContext]:
    build_demo_school(app_context.database)
    context = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub())
    yield context
    context.tasks.wait_for_done()


@pytest.fixture
def window(qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    win = MainWindow(ctx, settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def _has_a_name(widget: QWidget, buddied: set[int]) -> bool:
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    if id(widget) in buddied:
        return True
    parent = widget.parentWidget()
    # the line edit inside an editable combo box and a tab widget's bar are named by it
    if isinstance(parent, QComboBox) and parent.accessibleName().strip():
        return True
    if isinstance(widget, QTabBar) and parent is not None and parent.accessibleName().strip():
        return True
    return isinstance(widget, QTabBar) and all(
        widget.tabText(i).strip() for i in range(widget.count())
    )


def _unnamed_controls(root: QWidget) -> list[str]:
    buddied = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own parts (scroll bars, spin arrows)
            continue
        if isinstance(widget, QHeaderView):  # a table's header is read with its table
            continue
        if not _has_a_name(widget, buddied):
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {root.objectName()}"
            )
    return missing


def test_every_control_in_every_section_has_a_name(window: MainWindow, qtbot: QtBot) -> None:
    missing: list[str] = []
    for key in window.section_keys():
        section = window.show_section(key)
        qtbot.waitUntil(section.isVisible)
        missing += _unnamed_controls(section)
        # and every tab of the section's tab widgets (hidden tabs are not walked above)
        for tabs in section.findChildren(QTabWidget):
            for index in range(tabs.count()):
                if tabs.isTabEnabled(index):
                    tabs.setCurrentIndex(index)
                    missing += _unnamed_controls(tabs.currentWidget())
    missing += _unnamed_controls(window)
    assert missing == [], "\n".join(missing)


def test_the_desk_works_from_the_keyboard_alone(window: MainWindow, qtbot: QtBot) -> None:
    desk = window.show_section("desk")
    assert isinstance(desk, DeskSection)
    qtbot.waitUntil(lambda: desk.scan_field.hasFocus())
    # the aide scans a student's card by typing it and pressing Enter
    card = make_library_barcode("patron", DEMO_INSTITUTION, 1)
    with qtbot.waitSignal(desk.answered):
        qtbot.keyClicks(desk.scan_field, card)
        qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    assert desk.patron is not None
    assert desk.scan_field.hasFocus()
    # pressing Tab from the scan field reaches the action buttons
    reached: list[QWidget] = []
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is desk.scan_field or focused in reached:
            break
        reached.append(focused)
    assert desk.done_button in reached
    assert desk.card.renew_all_button in reached
    assert desk.batch_button in reached
    # shortcuts exist for the modes: F3 switches to check-in only, F2 back
    desk.scan_field.setFocus()
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: desk.mode == DeskMode.CHECK_IN)
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: desk.mode == DeskMode.AUTO)
    # Esc ends the patron session
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: desk.patron is None)
    assert desk.scan_field.hasFocus()


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_contrast_formula_matches_wcag() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def _status_colour_pairs() -> list[tuple[str, QColor, QColor]]:
    from lms_desktop.reports import pdf
    from lms_desktop.ui.desk import patron_card, row_models
    from lms_desktop.ui.desk.desk_screen import TONE_COLOURS

    white = QColor("white")
    window_grey = QApplication.palette().window().color()
    alternate = QApplication.palette().alternateBase().color()

    def rl(colour: object) -> QColor:
        return QColor(colour.hexval().replace("0x", "#"))  # type: ignore[attr-defined]

    pairs = [
        (f"desk banner {tone}", QColor(fg), QColor(bg)) for tone, (bg, fg) in TONE_COLOURS.items()
    ]
    pairs += [
        ("overdue loan row", row_models.OVERDUE_FOREGROUND, row_models.OVERDUE_BACKGROUND),
        ("muted row text", row_models.MUTED_FOREGROUND, white),
        ("muted row text, alternate row", row_models.MUTED_FOREGROUND, alternate),
        ("patron blocks", QColor(patron_card.BLOCK_FOREGROUND), window_grey),
        ("patron notes", QColor(patron_card.NOTE_FOREGROUND), window_grey),
        ("patron barcode", QColor(patron_card.MUTED_TEXT), window_grey),
        ("no photo", QColor(patron_card.PHOTO_COLOURS[0]), QColor(patron_card.PHOTO_COLOURS[1])),
        ("report: better than last year", rl(pdf.GOOD), white),
        ("report: better, shaded row", rl(pdf.GOOD), rl(pdf.ZEBRA)),
        ("report: worse than last year", rl(pdf.BAD), white),
        ("report: worse, shaded row", rl(pdf.BAD), rl(pdf.ZEBRA)),
        ("report: muted text", rl(pdf.MUTED), white),
        ("report: headings", rl(pdf.ACCENT), white),
        ("report: heading on light band", rl(pdf.ACCENT), rl(pdf.ACCENT_LIGHT)),
        ("report: white on the accent band", white, rl(pdf.ACCENT)),
    ]
    return pairs


def test_status_colours_meet_wcag_aa(qapp: QApplication) -> None:
    failing = [
        f"{what}: {fg.name()} on {bg.name()} is {contrast_ratio(fg, bg):.2f}:1"
        for what, fg, bg in _status_colour_pairs()
        if contrast_ratio(fg, bg) < 4.5
    ]
    assert failing == [], "\n".join(failing)


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[float]:
    """The school's accessibility setting: the system font at one and a half times."""
    original = qapp.font()
    larger = qapp.font()
    larger.setPointSizeF(original.pointSizeF() * 1.5)
    qapp.setFont(larger)
    yield larger.pointSizeF()
    qapp.setFont(original)


def _clipped(root: QWidget) -> list[str]:
    clipped = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLabel) and widget.text().strip() and widget.pixmap().isNull():
            needed = widget.fontMetrics().height()
            if widget.wordWrap() and widget.heightForWidth(widget.width()) > 0:
                needed = widget.heightForWidth(widget.width())
            if widget.height() < needed:
                clipped.append(f"label {widget.text()[:40]!r}: {widget.height()} < {needed}")
        elif isinstance(widget, QAbstractButton) and widget.text().strip():
            hint = widget.minimumSizeHint()
            if widget.height() < hint.height() or widget.width() < hint.width():
                clipped.append(f"button {widget.text()!r}: {widget.size()} < {hint}")
    return clipped


def test_text_scales_with_the_system_font(
    large_font: float, qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ctx, settings=settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    desk = window.show_section("desk")
    assert isinstance(desk, DeskSection)
    with qtbot.waitSignal(desk.answered):
        desk.submit_scan(make_library_barcode("patron", DEMO_INSTITUTION, 1))
    qtbot.waitUntil(lambda: desk.card.name.text() != "")
    # the text really is larger, and the navigation grew with it
    assert desk.card.name.font().pointSizeF() >= large_font
    nav = window.navigation
    for row in range(nav.count()):
        item = nav.item(row)
        needed = nav.fontMetrics().horizontalAdvance(item.text()) + nav.iconSize().width()
        assert nav.visualItemRect(item).width() >= needed, item.text()
        assert nav.visualItemRect(item).height() >= nav.fontMetrics().height()
    assert _clipped(desk) == []


def _desk_type_sizes(qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> dict[str, float]:
    """The point sizes of the desk's large type once a patron card is scanned."""
    settings = QSettings(str(tmp_path / "sizes.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ctx, settings=settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    desk = window.show_section("desk")
    assert isinstance(desk, DeskSection)
    with qtbot.waitSignal(desk.answered):
        desk.submit_scan(make_library_barcode("patron", DEMO_INSTITUTION, 1))
    qtbot.waitUntil(lambda: desk.card.name.text() != "")
    sizes = {
        "patron name": desk.card.name.font().pointSizeF(),
        "scan field": desk.scan_field.font().pointSizeF(),
        "banner": desk.banner.font().pointSizeF(),
        "body text": desk.card.facts.font().pointSizeF(),
    }
    window.close()
    return sizes


def test_the_desks_large_type_grows_with_the_system_font(
    qapp: QApplication, qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    """The school sets text to 150 %: the patron's name, the scan field and the banner
    grow with everything else instead of staying at their drawn size."""
    original = qapp.font()
    normal = _desk_type_sizes(qtbot, ctx, tmp_path)
    larger = QFont(original)
    larger.setPointSizeF(original.pointSizeF() * 1.5)
    qapp.setFont(larger)
    try:
        large = _desk_type_sizes(qtbot, ctx, tmp_path)
    finally:
        qapp.setFont(original)
    assert large["body text"] == pytest.approx(normal["body text"] * 1.5)
    for what in ("patron name", "scan field", "banner"):
        assert large[what] == pytest.approx(normal[what] * 1.5, rel=0.02), what
        assert large[what] > large["body text"], f"the {what} is no longer large type"


def test_large_type_follows_the_system_font_even_while_open(
    qapp: QApplication, qtbot: QtBot
) -> None:
    original = qapp.font()
    label = QLabel("Julian Peterson")
    qtbot.addWidget(label)
    use_scaled_font(label, 17, QFont.Weight.DemiBold)
    at_normal = label.font().pointSizeF()
    assert at_normal == pytest.approx(17 * original.pointSizeF() / DRAWN_AT_POINT_SIZE)
    assert label.font().weight() == QFont.Weight.DemiBold
    larger = QFont(original)
    larger.setPointSizeF(original.pointSizeF() * 1.5)
    qapp.setFont(larger)
    try:
        assert label.font().pointSizeF() == pytest.approx(at_normal * 1.5)
        assert label.font().weight() == QFont.Weight.DemiBold
        assert font_size_css(14) == f"font-size: {14 * 1.5 * original.pointSizeF() / 9:.1f}pt;"
        assert scaled_font(18).pointSizeF() == pytest.approx(18 * larger.pointSizeF() / 9)
    finally:
        qapp.setFont(original)
    assert label.font().pointSizeF() == pytest.approx(at_normal)
