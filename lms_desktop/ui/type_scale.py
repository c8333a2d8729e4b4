"""Large type (the desk's patron name, scan field, banner) that follows the system font size.

A fixed `font-size: 17pt` in a style sheet stays 17pt when the school sets the system text
to 150 %; these sizes are drawn at a 9pt system font and scale with the real one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

# the system font size the desk's type sizes were drawn at (Windows' and Qt's default)
DRAWN_AT_POINT_SIZE = 9.0


def scaled_point_size(drawn_pt: float, base: QFont | None = None) -> float:
    """`drawn_pt` (a size picked at a 9pt system font) at today's system font size."""
    font = base if base is not None else QApplication.font()
    system_pt = font.pointSizeF()
    if system_pt <= 0:  # a font set in pixels
        system_pt = font.pixelSize() * 72.0 / 96.0
    return drawn_pt * system_pt / DRAWN_AT_POINT_SIZE


def scaled_font(drawn_pt: float, weight: QFont.Weight | None = None) -> QFont:
    """The system font at the scaled size of `drawn_pt`, optionally in another weight."""
    font = QFont(QApplication.font())
    font.setPointSizeF(scaled_point_size(drawn_pt))
    if weight is not None:
        font.setWeight(weight)
    return font


def font_size_css(drawn_pt: float) -> str:
    """A style-sheet `font-size` for a rule rebuilt on every use (e.g. a coloured banner)."""
    return f"font-size: {scaled_point_size(drawn_pt):.1f}pt;"


class _FollowsSystemFont(QObject):
    """Sets the widget's scaled font again whenever the application font changes.

    A child widget with its own font hears nothing when the application font changes, so
    this listens to QGuiApplication.fontChanged; it lives and dies with the widget.
    """

    def __init__(self, widget: QWidget, drawn_pt: float, weight: QFont.Weight | None) -> None:
        super().__init__(widget)
        self._widget = widget
        self._drawn_pt = drawn_pt
        self._weight = weight
        widget.setFont(scaled_font(drawn_pt, weight))
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.fontChanged.connect(self._rescale)

    def _rescale(self, _font: QFont) -> None:
        self._widget.setFont(scaled_font(self._drawn_pt, self._weight))


def use_scaled_font(widget: QWidget, drawn_pt: float, weight: QFont.Weight | None = None) -> None:
    """Give `widget` large type that scales with the system font, now and when it changes.

    The widget's style sheet must not set `font-size` (a style sheet wins over setFont).
    """
    _FollowsSystemFont(widget, drawn_pt, weight)
