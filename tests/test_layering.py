"""The domain never imports Qt: only lms_desktop/ui/ may."""

from __future__ import annotations

import ast
from pathlib import Path

import lms_desktop

PACKAGE_DIR = Path(lms_desktop.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_only_the_ui_package_imports_qt() -> None:
    offenders = []
    for path in PACKAGE_DIR.rglob("*.py"):
        relative = path.relative_to(PACKAGE_DIR)
        if relative.parts[0] == "ui":
            continue
        qt = {
            m
            for m in _imported_modules(path)
            if m.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}
        }
        if qt:
            offenders.append(f"{relative}: {sorted(qt)}")
    assert offenders == []


def test_the_layering_check_would_catch_a_qt_import(tmp_path: Path) -> None:
    leaky = tmp_path / "leaky.py"
    leaky.write_text("from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in _imported_modules(leaky)


def test_no_legacy_session_query_calls() -> None:
    offenders = [
        str(path.relative_to(PACKAGE_DIR))
        for path in PACKAGE_DIR.rglob("*.py")
        if "session.query(" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
