"""Keyboard-wedge scanner input: the scan field and the window-wide scan listener."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from lms_desktop.circulation.scanner_config import BurstTracker, ScannerConfig

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def now_ms() -> float:
    return time.monotonic() * 1000.0


class ScanField(QLineEdit):
    """The desk's one input: a barcode typed or scanned here ends with Enter, Tab or suffix.

    Tab ends a scan only when the field holds text, so keyboard users can still Tab away
    from an empty field.

    Signals:
        scan_entered(str): the raw text of a finished scan (not yet cleaned).
    """

    scan_entered = Signal(str)

    def __init__(self, config: ScannerConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.setMaxLength(10_000)  # garbage must reach the engine to be refused, not cut
        self.textEdited.connect(self._check_suffix)

    def _finish(self) -> None:
        text = self.text()
        self.clear()
        if text:
            self.scan_entered.emit(text)

    def _check_suffix(self, text: str) -> None:
        if self.config.suffix and text.endswith(self.config.suffix):
            self._finish()

    def event(self, event: QEvent) -> bool:
        # Tab never reaches keyPressEvent: QWidget.event uses it for focus changes first.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and self.config.tab_ends_scan
            and self.text()
        ):
            self._finish()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS and self.config.enter_ends_scan:
            self._finish()
            event.accept()
            return
        super().keyPressEvent(event)


@dataclass
class _HeldKey:
    target: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScanListener(QObject):
    """Catches scanner bursts typed while focus is anywhere else in the desk's window.

    Installed on the application. While `is_active()` says the desk is on screen, a
    printable key aimed at another widget is held back for a few milliseconds: if more
    keys follow at scanner speed and a terminator ends them, the whole burst becomes a
    scan and the other widget never sees it; otherwise the held keys are delivered to
    that widget in their original order, so a person's typing is never lost.

    Signals:
        scanned(str): the raw text of a burst recognised as a scan.
    """

    scanned = Signal(str)

    def __init__(
        self,
        scan_field: ScanField,
        is_active: Callable[[], bool],
        config: ScannerConfig,
        clock: Callable[[], float] = now_ms,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._field = scan_field
        self._is_active = is_active
        self._clock = clock
        self._tracker = BurstTracker(config)
        self._held: list[_HeldKey] = []
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._quiet)
        # after a quiet spell, look once more at keys already waiting in the event queue
        # before handing the held keys over: a stalled GUI must not split a scan
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(0)
        self._settle.timeout.connect(self.flush)
        self.set_config(config)
        self._installed = False

    def set_config(self, config: ScannerConfig) -> None:
        self._tracker.config = config
        # a little slack over the key gap: the event loop itself takes a few ms
        self._timer.setInterval(config.max_key_gap_ms + 15)

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False
        self.flush()

    def holding(self) -> int:
        """How many keystrokes are held back right now (0 when idle)."""
        return len(self._held)

    # the filter
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or self._replaying:
            return False
        if not isinstance(event, QKeyEvent) or not self._is_for_us(watched):
            return False
        return self._key_pressed(watched, event)

    def _is_for_us(self, watched: QObject) -> bool:
        if not shiboken6.isValid(self._field) or not self._is_active():
            return False
        if not isinstance(watched, QWidget) or watched is self._field:
            return False
        focus = QApplication.focusWidget()
        # each key press is offered to the focus widget first, then to its parents:
        # look at it exactly once
        if focus is not None and watched is not focus:
            return False
        window = watched.window()
        # the desk's own non-modal pop-ups (the hold slip) do not take the scanner away
        return window is self._field.window() or bool(window.property("desk_popup"))

    def _key_pressed(self, target: QWidget, event: QKeyEvent) -> bool:
        # The window system stamps each key when it was typed; that time survives the GUI
        # being busy for a moment (a slow refresh, garbage collection), our clock doesn't.
        stamp = event.timestamp()
        at = float(stamp) if stamp else self._clock()
        self._settle.stop()
        key = event.key()
        config = self._tracker.config
        terminator = (key in _ENTER_KEYS and config.enter_ends_scan) or (
            key == Qt.Key.Key_Tab and config.tab_ends_scan
        )
        if terminator and self._tracker.completes_scan(at):
            self._scan_complete()
            return True
        text = event.text()
        command = bool(event.modifiers() & _COMMAND_MODIFIERS) and not self._held
        if terminator or not text or command:
            self.flush()
            return False
        if self._held and not self._tracker.is_fast(at):
            self.flush()
        self._tracker.add(text, at)
        self._held.append(_HeldKey(target, key, event.modifiers(), text))
        if self._tracker.ends_with_suffix() and self._tracker.completes_scan(at):
            self._scan_complete()
            return True
        self._timer.start()
        return True

    def _scan_complete(self) -> None:
        self._timer.stop()
        self._settle.stop()
        self._held.clear()
        raw = self._tracker.take()
        self.scanned.emit(raw)

    def _quiet(self) -> None:
        self._settle.start()

    def flush(self) -> None:
        """Deliver the held keystrokes to where they were aimed: it was not a scan."""
        self._timer.stop()
        self._settle.stop()
        held, self._held = self._held, []
        self._tracker.take()
        self._replaying = True
        try:
            for key in held:
                if not shiboken6.isValid(key.target):
                    continue
                press = QKeyEvent(QEvent.Type.KeyPress, key.key, key.modifiers, key.text)
                QApplication.sendEvent(key.target, press)
        finally:
            self._replaying = False
