"""The fonts PDFs use: DejaVu Sans where installed (wide Unicode), else reportlab's own Vera."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_DEJAVU_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/local/share/fonts",
    "C:/Windows/Fonts",
    "/Library/Fonts",
)


@cache
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold face once; returns their names."""
    for folder in _DEJAVU_DIRS:
        regular = Path(folder) / "DejaVuSans.ttf"
        bold = Path(folder) / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            pdfmetrics.registerFont(TTFont("LmsSans", str(regular)))
            pdfmetrics.registerFont(TTFont("LmsSans-Bold", str(bold)))
            break
    else:
        bundled = Path(os.path.dirname(reportlab.__file__)) / "fonts"
        pdfmetrics.registerFont(TTFont("LmsSans", str(bundled / "Vera.ttf")))
        pdfmetrics.registerFont(TTFont("LmsSans-Bold", str(bundled / "VeraBd.ttf")))
    pdfmetrics.registerFontFamily(
        "LmsSans",
        normal="LmsSans",
        bold="LmsSans-Bold",
        italic="LmsSans",
        boldItalic="LmsSans-Bold",
    )
    return "LmsSans", "LmsSans-Bold"
