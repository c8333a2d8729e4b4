"""The application's own icon set (SVG, drawn to one line style), loaded by name."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtGui import QIcon

APP_ICON = "lms-desktop"


@cache
def icon(name: str) -> QIcon:
    """The icon `name` from lms_desktop/resources/icons/ (an empty icon if missing)."""
    path = resources.files("lms_desktop") / "resources" / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def icon_names() -> list[str]:
    folder = resources.files("lms_desktop") / "resources" / "icons"
    return sorted(p.name.removesuffix(".svg") for p in folder.iterdir() if p.name.endswith(".svg"))
