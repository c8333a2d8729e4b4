"""Colours that stay readable: WCAG contrast, the high-contrast palettes, and status
colours that give way to the palette when the system is in high contrast."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# WCAG 2.x AA: normal text, and large text (18pt, or 14pt bold)
AA_NORMAL = 4.5
AA_LARGE = 3.0


def relative_luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def high_contrast_black() -> QPalette:
    """Windows' "High Contrast Black" (Night sky): white and yellow text on black."""
    r = QPalette.ColorRole
    return _palette(
        {
            r.Window: "#000000",
            r.WindowText: "#ffffff",
            r.Base: "#000000",
            r.AlternateBase: "#000000",
            r.Text: "#ffffff",
            r.Button: "#000000",
            r.ButtonText: "#ffffff",
            r.BrightText: "#ffff00",
            r.Highlight: "#1aebff",
            r.HighlightedText: "#000000",
            r.Link: "#ffff00",
            r.LinkVisited: "#ffff00",
            r.ToolTipBase: "#000000",
            r.ToolTipText: "#ffffff",
            r.PlaceholderText: "#ffff00",
            r.Light: "#ffffff",
            r.Midlight: "#ffffff",
            r.Mid: "#ffffff",
            r.Dark: "#ffffff",
            r.Shadow: "#ffffff",
        },
        disabled="#3ff23f",
    )


def high_contrast_white() -> QPalette:
    """Windows' "High Contrast White" (Desert's stricter cousin): black on white."""
    r = QPalette.ColorRole
    return _palette(
        {
            r.Window: "#ffffff",
            r.WindowText: "#000000",
            r.Base: "#ffffff",
            r.AlternateBase: "#ffffff",
            r.Text: "#000000",
            r.Button: "#ffffff",
            r.ButtonText: "#000000",
            r.BrightText: "#00009f",
            r.Highlight: "#37006e",
            r.HighlightedText: "#ffffff",
            r.Link: "#00009f",
            r.LinkVisited: "#00009f",
            r.ToolTipBase: "#ffffff",
            r.ToolTipText: "#000000",
            r.PlaceholderText: "#600000",
            r.Light: "#000000",
            r.Midlight: "#000000",
            r.Mid: "#000000",
            r.Dark: "#000000",
            r.Shadow: "#000000",
        },
        disabled="#600000",
    )


def _window_colour(widget: QWidget | None) -> QColor:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window)


def readable_colour(colour: str | QColor, widget: QWidget | None = None) -> QColor | None:
    """`colour` if it reads on the window colour of today's palette, else None (use the
    palette's own text colour): a dark red message disappears on High Contrast Black."""
    wanted = QColor(colour)
    if contrast_ratio(wanted, _window_colour(widget)) >= AA_NORMAL:
        return wanted
    return None


def text_colour_css(colour: str | QColor, widget: QWidget | None = None) -> str:
    """`color: <colour>;` for a style sheet, or nothing when the palette is in high
    contrast and the colour would not read on its window colour."""
    readable = readable_colour(colour, widget)
    return f"color: {readable.name()};" if readable is not None else ""
