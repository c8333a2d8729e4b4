"""Settings → Scanner: what the scanner sends around a barcode, and a place to test it."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.circulation.scanner_config import (
    BurstTracker,
    Keystroke,
    ScannerConfig,
    clean_scan,
    describe_key_sequence,
    load_scanner_config,
    save_scanner_config,
)
from lms_desktop.errors import DomainError
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.desk.patron_card import make_table
from lms_desktop.ui.desk.row_models import Column, RowsModel
from lms_desktop.ui.desk.scanner import now_ms
from lms_desktop.ui.desk.sounds import SOUND_NAMES, DeskSounds
from lms_desktop.ui.domain_text import error_text
from lms_desktop.ui.theme import text_colour_css


@dataclass(frozen=True)
class KeyRow:
    number: int
    label: str
    key_name: str
    gap_ms: float


@dataclass(frozen=True)
class ScanTest:
    """One test scan: every key with its timing, and what the desk would make of it."""

    keys: tuple[Keystroke, ...]
    terminator: str  # Enter | Tab | suffix | (none)
    raw: str
    cleaned: str
    is_scan: bool
    total_ms: float
    slowest_gap_ms: float


class KeyCaptureField(QLineEdit):
    """Records every key it gets, with its time, until Enter or Tab ends the test.

    Signals:
        captured(object): a ScanTest when a test scan ended.
    """

    captured = Signal(object)

    def __init__(self, page: ScannerPage) -> None:
        super().__init__()
        self._page = page
        self.keys: list[Keystroke] = []
        self.key_names: list[str] = []

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self._key(event)
            return True
        return super().event(event)

    def _key(self, event: QKeyEvent) -> None:
        stamp = event.timestamp()
        at = float(stamp) if stamp else now_ms()
        key = event.key()
        config = self._page.current_config()
        ends = {
            int(Qt.Key.Key_Return): "Enter",
            int(Qt.Key.Key_Enter): "Enter",
            int(Qt.Key.Key_Tab): "Tab",
        }.get(int(key))
        text = event.text()
        if ends is not None:
            self.keys.append(Keystroke({"Enter": "\r", "Tab": "\t"}[ends], at))
            self.key_names.append(ends)
            self._finish(ends, config)
            return
        self.keys.append(Keystroke(text, at))
        self.key_names.append(Qt.Key(key).name if key != Qt.Key.Key_unknown else "")
        self.setText(self.text() + "".join(ch for ch in text if ch.isprintable()))
        if config.suffix and self.text().endswith(config.suffix):
            self._finish("suffix", config)

    def _finish(self, terminator: str, config: ScannerConfig) -> None:
        keys = tuple(self.keys)
        body = [k for k in keys if k.text not in ("\r", "\t")] if terminator != "suffix" else keys
        raw = "".join(k.text for k in body)
        tracker = BurstTracker(config)
        for k in body:
            tracker.add(k.text, k.at_ms)
        end_at = keys[-1].at_ms
        is_scan = (
            len(tracker.keys) == len(body) and len(body) > 0 and tracker.completes_scan(end_at)
        )
        gaps = [b.at_ms - a.at_ms for a, b in itertools.pairwise(keys)]
        test = ScanTest(
            keys=keys,
            terminator=terminator,
            raw=raw,
            cleaned=clean_scan(raw, config),
            is_scan=is_scan,
            total_ms=end_at - keys[0].at_ms,
            slowest_gap_ms=max(gaps, default=0.0),
        )
        self.keys, self.key_names_last, self.key_names = [], self.key_names, []
        self.clear()
        self.captured.emit(test)


class ScannerPage(QWidget):
    """Signals:
    saved(object): the ScannerConfig just saved.
    """

    saved = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        with ctx.unit_of_work() as uow:
            config = load_scanner_config(uow)
        self.last_test: ScanTest | None = None
        self.sounds = DeskSounds(True, self)

        settings = QGroupBox(self.tr("How your scanner sends a barcode"))
        form = QFormLayout(settings)
        self.prefix = QLineEdit(config.prefix)
        self.prefix.setAccessibleName(self.tr("Prefix"))
        self.prefix.setMaxLength(8)
        self.suffix = QLineEdit(config.suffix)
        self.suffix.setAccessibleName(self.tr("Suffix"))
        self.suffix.setMaxLength(8)
        self.enter_ends = QCheckBox(self.tr("Enter ends a scan (most scanners)"))
        self.enter_ends.setChecked(config.enter_ends_scan)
        self.enter_ends.setAccessibleName(self.tr("Enter ends a scan"))
        self.tab_ends = QCheckBox(self.tr("Tab ends a scan"))
        self.tab_ends.setChecked(config.tab_ends_scan)
        self.tab_ends.setAccessibleName(self.tr("Tab ends a scan"))
        self.gap = QSpinBox()
        self.gap.setRange(5, 500)
        self.gap.setSuffix(" ms")
        self.gap.setValue(config.max_key_gap_ms)
        self.gap.setAccessibleName(self.tr("Longest pause between scanner keys"))
        self.min_length = QSpinBox()
        self.min_length.setRange(1, 32)
        self.min_length.setValue(config.min_length)
        self.min_length.setAccessibleName(self.tr("Shortest barcode"))
        self.play_sounds = QCheckBox(self.tr("Answer every scan with a sound"))
        self.play_sounds.setChecked(config.play_sounds)
        self.play_sounds.setAccessibleName(self.tr("Play sounds"))
        form.addRow(self.tr("Prefix sent before each barcode:"), self.prefix)
        form.addRow(self.tr("Suffix sent after each barcode:"), self.suffix)
        form.addRow("", self.enter_ends)
        form.addRow("", self.tab_ends)
        form.addRow(self.tr("Longest pause between keys of one scan:"), self.gap)
        form.addRow(self.tr("Shortest barcode:"), self.min_length)
        form.addRow("", self.play_sounds)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save scanner settings"))
        self.save_button.setAccessibleName(self.tr("Save scanner settings"))
        self.save_button.clicked.connect(self.save)
        self.sound_button = QPushButton(self.tr("Play the desk's sounds"))
        self.sound_button.setAccessibleName(self.tr("Play the desk's sounds"))
        self.sound_button.clicked.connect(self.play_all_sounds)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sound_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Scanner settings message"))
        self.message.setWordWrap(True)
        form.addRow(self.message)

        test = QGroupBox(self.tr("Test your scanner"))
        test_layout = QVBoxLayout(test)
        hint = QLabel(
            self.tr(
                "Click in the box below and scan a barcode. You see every key the scanner "
                "types, the pause before it, and the barcode the desk will read."
            )
        )
        hint.setWordWrap(True)
        self.capture = KeyCaptureField(self)
        self.capture.setAccessibleName(self.tr("Scanner test box"))
        self.capture.setPlaceholderText(self.tr("Scan a barcode here"))
        self.capture.setStyleSheet("font-size: 14pt; padding: 4px;")
        self.capture.captured.connect(self._show_test)
        self.verdict = QLabel()
        self.verdict.setAccessibleName(self.tr("Scanner test result"))
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.key_rows: RowsModel[KeyRow] = RowsModel(
            [
                Column(self.tr("#"), lambda r: str(r.number), align_right=True),
                Column(self.tr("Sent"), lambda r: r.label),
                Column(self.tr("Key"), lambda r: r.key_name),
                Column(self.tr("Pause before (ms)"), lambda r: f"{r.gap_ms:.1f}", True),
            ],
            parent=self,
        )
        self.key_table = make_table(self.key_rows, self.tr("Keys the scanner sent"))
        test_layout.addWidget(hint)
        test_layout.addWidget(self.capture)
        test_layout.addWidget(self.verdict)
        test_layout.addWidget(self.key_table, 1)

        layout = QHBoxLayout(self)
        layout.addWidget(settings, 2)
        layout.addWidget(test, 3)

    def current_config(self) -> ScannerConfig:
        return ScannerConfig(
            prefix=self.prefix.text(),
            suffix=self.suffix.text(),
            enter_ends_scan=self.enter_ends.isChecked(),
            tab_ends_scan=self.tab_ends.isChecked(),
            max_key_gap_ms=self.gap.value(),
            min_length=self.min_length.value(),
            play_sounds=self.play_sounds.isChecked(),
        )

    def save(self) -> bool:
        config = self.current_config()
        try:
            with self.ctx.unit_of_work() as uow:
                save_scanner_config(uow, config)
                uow.commit()
        except DomainError as exc:
            self.message.setText(error_text(exc))
            self.message.setStyleSheet(text_colour_css("#9b1c1c"))
            return False
        self.message.setStyleSheet(text_colour_css("#14532d"))
        self.message.setText(self.tr("Saved. The desk uses these settings from the next scan."))
        self.ctx.hub.data_changed.emit("scanner")
        self.saved.emit(config)
        return True

    def play_all_sounds(self) -> None:
        for name in SOUND_NAMES:
            self.sounds.play(name)

    def _show_test(self, test: ScanTest) -> None:
        self.last_test = test
        names = getattr(self.capture, "key_names_last", [])
        rows = [
            KeyRow(n + 1, label, names[n] if n < len(names) else "", gap)
            for n, (label, gap) in enumerate(describe_key_sequence(list(test.keys)))
        ]
        self.key_rows.set_rows(rows)
        count = len(test.keys)
        if test.is_scan:
            verdict = self.tr(
                "That was a scan: {count} keys in {total:.0f} ms (longest pause {gap:.0f} ms), "
                "ended by {end}. The desk reads: {barcode}"
            )
        else:
            verdict = self.tr(
                "That did not look like a scan: {count} keys in {total:.0f} ms (longest pause "
                "{gap:.0f} ms), ended by {end}. If this was your scanner, raise the longest "
                "pause or check how it ends a barcode. The desk would read: {barcode}"
            )
        self.verdict.setText(
            verdict.format(
                count=count,
                total=test.total_ms,
                gap=test.slowest_gap_ms,
                end=test.terminator,
                barcode=test.cleaned or self.tr("(nothing readable)"),
            )
        )
        self.verdict.setStyleSheet(text_colour_css("#14532d" if test.is_scan else "#92400e"))
