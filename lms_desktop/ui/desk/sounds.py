"""The desk's answer sounds: short WAVs played with QSoundEffect."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QGuiApplication

import lms_desktop

SOUNDS_DIR = Path(lms_desktop.__file__).parent / "resources" / "sounds"
SOUND_NAMES = ("ok", "checkin", "hold", "warning", "error")

# Platforms with no screen have nobody listening either; touching QtMultimedia there only
# produces audio-device warnings.
_SILENT_PLATFORMS = ("offscreen", "minimal")


def sound_for(outcome: str, tone: str) -> str:
    """Which sound answers a scan outcome (ScanOutcome value) of the given tone."""
    if outcome == "checked_in":
        return "checkin"
    if outcome == "hold_trapped":
        return "hold"
    return {"success": "ok", "info": "ok", "warning": "warning", "error": "error"}.get(
        tone, "warning"
    )


class DeskSounds(QObject):
    """Plays one of the desk's sounds; says which one it played.

    Signals:
        played(str): the sound's name, emitted even when the speakers are silent.
    """

    played = Signal(str)

    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self._effects: dict[str, object] = {}
        self.audible = QGuiApplication.platformName() not in _SILENT_PLATFORMS

    def _effect(self, name: str) -> object:
        effect = self._effects.get(name)
        if effect is None:
            from PySide6.QtMultimedia import QSoundEffect  # loads the audio stack lazily

            sound = QSoundEffect(self)
            sound.setSource(QUrl.fromLocalFile(str(SOUNDS_DIR / f"{name}.wav")))
            sound.setVolume(0.8)
            self._effects[name] = effect = sound
        return effect

    def play(self, name: str) -> None:
        if name not in SOUND_NAMES:
            raise ValueError(f"no desk sound called {name!r}")
        if not self.enabled:
            return
        if self.audible:
            self._effect(name).play()  # type: ignore[attr-defined]
        self.played.emit(name)
