"""Load the interface language: the user's setting, else the system's."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGE_KEY = "ui/language"  # "" = follow the system, or "en", "es"
SUPPORTED_LANGUAGES = {"en": "English", "es": "Español"}


def chosen_language(settings: QSettings | None = None) -> str:
    value = (settings or QSettings()).value(LANGUAGE_KEY, "")
    language = str(value or QLocale.system().name().split("_")[0])
    return language if language in SUPPORTED_LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and our translators for `language`; English needs none."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_translator = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_path):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    folder = resources.files("lms_desktop") / "resources" / "translations"
    ours = QTranslator(app)
    if ours.load(str(folder / f"lms_desktop_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    return installed
