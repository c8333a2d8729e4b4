"""The screens in Spanish: the translations built as a fresh checkout builds them."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from lms_desktop.ui.translation import install_translators

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def compiled_translations() -> list[Path]:
    """Build the .qm files from the committed .ts sources, as a fresh checkout must."""
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built: list[Path] = module.compile_all()
    return built


@pytest.fixture
def spanish(qapp: QApplication, compiled_translations: list[Path]) -> Iterator[None]:
    """The app as an aide who reads Spanish sees it."""
    installed = install_translators(qapp, "es")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
