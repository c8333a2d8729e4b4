"""The circulation desk: one scan field, the patron card, answers, last actions and undo."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.circulation.desk_queries import latest_journal
from lms_desktop.circulation.fees import charge_fee, pay_fee, waive_fee
from lms_desktop.circulation.holds import cancel_hold, hold_shelf, place_hold
from lms_desktop.circulation.journal import recent_entries, undo_entry
from lms_desktop.circulation.loans import (
    checkin_item,
    mark_claims_returned,
    mark_lost,
    renew_all,
    renew_loan,
)
from lms_desktop.circulation.patrons import patron_detail
from lms_desktop.circulation.results import (
    JournalView,
    PatronDetail,
    ScanOffer,
    ScanOutcome,
    ScanResult,
)
from lms_desktop.circulation.scan_router import DeskMode, DeskState, route_scan
from lms_desktop.circulation.scanner_config import ScannerConfig, clean_scan, load_scanner_config
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import DomainError
from lms_desktop.school.settings import SCHOOL_NAME, get_setting
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.desk.batch_dialog import BatchImportDialog
from lms_desktop.ui.desk.dialogs import (
    BlockOverrideDialog,
    ChargeFeeDialog,
    FeeDialog,
    HoldShelfDialog,
    HoldSlipDialog,
)
from lms_desktop.ui.desk.hold_expiry import HoldExpirySweeper
from lms_desktop.ui.desk.patron_card import PatronCard, make_table
from lms_desktop.ui.desk.row_models import journal_model
from lms_desktop.ui.desk.scan_queue import QueuedScan, ScanQueue
from lms_desktop.ui.desk.scanner import ScanField, ScanListener, now_ms
from lms_desktop.ui.desk.sounds import DeskSounds, sound_for
from lms_desktop.ui.domain_text import shown
from lms_desktop.ui.tasks import Progress
from lms_desktop.ui.type_scale import font_size_css, use_scaled_font

log = logging.getLogger(__name__)

JOURNAL_ROWS = 15
PATRON_JOURNAL_ROWS = 200  # one patron's actions: enough for a term at the desk

# Background / text colours of the answer banner by tone.
TONE_COLOURS = {
    "success": ("#dcfce7", "#14532d"),
    "info": ("#dbeafe", "#1e3a8a"),
    "warning": ("#fef3c7", "#78350f"),
    "error": ("#fee2e2", "#7f1d1d"),
    "idle": ("#f3f4f6", "#374151"),
}


@dataclass(frozen=True)
class DeskAnswer:
    """What the desk shows after a scan or a button: computed on the database worker."""

    message: str
    tone: str  # success | info | warning | error
    outcome: str  # a ScanOutcome value, or the action's name
    patron: PatronDetail | None
    journal: tuple[JournalView, ...] | None  # None: the last actions did not change
    scan: ScanResult | None = None
    keep_patron: bool = True  # False: the answer says who to show (None clears the card)
    scan_text: str = ""


class DeskSection(QWidget):
    """The desk. Every scan goes through the ScanQueue to the single database worker.

    Signals:
        answered(object): a DeskAnswer is on screen (card, banner, list all updated).
        hold_popup_shown(object): the HoldSlipDialog that just popped up.
        hold_shelf_shown(object): the HoldShelfDialog that just opened.
    """

    answered = Signal(object)
    hold_popup_shown = Signal(object)
    hold_shelf_shown = Signal(object)

    def __init__(
        self, ctx: UiContext, sounds: DeskSounds | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        with ctx.unit_of_work() as uow:
            self.config: ScannerConfig = load_scanner_config(uow)
            self.school_name: str = get_setting(uow, SCHOOL_NAME, "", self.ctx.site_id)
        self.sounds = sounds or DeskSounds(self.config.play_sounds, self)
        self.patron: PatronDetail | None = None
        self.mode = DeskMode.AUTO
        self.last_scan: ScanResult | None = None
        self.hold_popup: HoldSlipDialog | None = None
        self.shelf_dialog: HoldShelfDialog | None = None
        self._announcing = False

        self.scan_field = ScanField(self.config)
        self.scan_field.setObjectName("scan-field")
        self.scan_field.setAccessibleName(self.tr("Scan field"))
        self.scan_field.setPlaceholderText(
            self.tr("Scan a patron card, a book, a device or an ISBN")
        )
        self.scan_field.setStyleSheet("padding: 6px;")
        use_scaled_font(self.scan_field, 18)  # large type that follows the system font
        self.scan_field.setClearButtonEnabled(False)

        self.mode_buttons = QButtonGroup(self)
        mode_row = QHBoxLayout()
        for mode, text, name, key in (
            (DeskMode.AUTO, self.tr("Check out / in"), self.tr("Mode: check out and in"), "F2"),
            (DeskMode.CHECK_IN, self.tr("Check in only"), self.tr("Mode: check in only"), "F3"),
            (DeskMode.RENEW, self.tr("Renew"), self.tr("Mode: renew"), "F4"),
        ):
            b = QPushButton(text)
            b.setCheckable(True)
            b.setAccessibleName(name)
            # the keyboard reaches the modes by F2-F4 (the buttons stay out of the Tab chain
            # so Tab from the scan field goes straight to the patron's actions)
            b.setShortcut(QKeySequence(key))
            b.setToolTip(f"{text} ({key})")
            b.setProperty("mode", mode.value)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.mode_buttons.addButton(b)
            mode_row.addWidget(b)
            if mode == DeskMode.AUTO:
                b.setChecked(True)
        self.mode_buttons.buttonClicked.connect(self._mode_clicked)
        self.done_button = QPushButton(self.tr("Done with patron (Esc)"))
        self.done_button.setAccessibleName(self.tr("Done with this patron"))
        self.done_button.setFocusPolicy(
            Qt.FocusPolicy.TabFocus
        )  # Tab reaches it, a click keeps the scan field
        self.done_button.clicked.connect(self.clear_patron)
        mode_row.addStretch(1)
        self.batch_button = QPushButton(self.tr("Import scanner batch…"))
        self.batch_button.setAccessibleName(self.tr("Import an offline scanner batch file"))
        self.batch_button.setFocusPolicy(
            Qt.FocusPolicy.TabFocus
        )  # Tab reaches it, a click keeps the scan field
        self.batch_button.clicked.connect(self.open_batch_import)
        self.shelf_button = QPushButton(self.tr("Hold shelf…"))
        self.shelf_button.setAccessibleName(self.tr("List what is on the hold shelf"))
        self.shelf_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.shelf_button.clicked.connect(lambda _c=False: self.open_hold_shelf())
        mode_row.addWidget(self.done_button)

        self.banner = QLabel()
        self.banner.setObjectName("desk-banner")
        self.banner.setAccessibleName(self.tr("Answer to the last scan"))
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(40)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.queue_label = QLabel()
        self.queue_label.setAccessibleName(self.tr("Scans waiting"))
        self.offer_buttons: dict[ScanOffer, QPushButton] = {}
        offers_row = QHBoxLayout()
        for offer, text in (
            (ScanOffer.OVERRIDE_BLOCK, self.tr("Lend anyway…")),
            (ScanOffer.ADD_COPY, self.tr("Add this copy…")),
            (ScanOffer.LOOKUP_ISBN, self.tr("Look up this ISBN…")),
            (ScanOffer.PRINT_HOLD_SLIP, self.tr("Hold slip…")),
            (ScanOffer.RENEW, self.tr("Renew it")),
            (ScanOffer.LEND_WITH_AGREEMENT, self.tr("Lend with agreement…")),
        ):
            b = QPushButton(text)
            b.setAccessibleName(text.rstrip("…"))
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.setVisible(False)
            b.clicked.connect(lambda _c=False, o=offer: self.take_offer(o))
            self.offer_buttons[offer] = b
            offers_row.addWidget(b)
        # not an engine offer: a title found by its ISBN can be put on hold for the
        # patron at the desk
        self.place_hold_button = QPushButton(self.tr("Place hold for this patron"))
        self.place_hold_button.setAccessibleName(self.tr("Place a hold on the title"))
        self.place_hold_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.place_hold_button.setVisible(False)
        self.place_hold_button.clicked.connect(self.place_hold_on_found_title)
        offers_row.addWidget(self.place_hold_button)
        # after a device was lent with its agreement: the receipt to print and sign
        self.last_lend: Any = None  # the LendDialog that recorded the receipt
        self.receipt_button = QPushButton(self.tr("Save receipt PDF…"))
        self.receipt_button.setAccessibleName(self.tr("Save the agreement receipt to print"))
        self.receipt_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.receipt_button.setVisible(False)
        self.receipt_button.clicked.connect(lambda _c=False: self.save_receipt())
        offers_row.addWidget(self.receipt_button)
        offers_row.addStretch(1)
        offers_row.addWidget(self.queue_label)
        offers_row.addWidget(self.shelf_button)
        offers_row.addWidget(self.batch_button)

        self.card = PatronCard()
        self.journal = journal_model(self)
        self.journal_view = make_table(self.journal, self.tr("Last actions"))
        header = self.journal_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the selected action"))
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.undo_button.clicked.connect(self.undo_selected)
        self.undo_button.setEnabled(False)
        self.journal_view.selectionModel().selectionChanged.connect(self._journal_selected)
        self.journal.modelReset.connect(self._journal_selected)
        right = QFrame()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Last actions"))
        title.setStyleSheet("font-weight: 600;")
        # the whole desk's latest actions, or every recent one of the patron on the card
        # (so an action from long ago today can still be found and undone)
        self._journal_patron_only = False
        self.patron_only_box = QCheckBox(self.tr("Only this patron"))
        self.patron_only_box.setAccessibleName(self.tr("Show only this patron's actions"))
        self.patron_only_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.patron_only_box.toggled.connect(self._patron_only_toggled)
        title_row = QHBoxLayout()
        title_row.addWidget(title)
        title_row.addStretch(1)
        title_row.addWidget(self.patron_only_box)
        right_layout.addLayout(title_row)
        right_layout.addWidget(self.journal_view, 1)
        right_layout.addWidget(self.undo_button)

        splitter = QSplitter()
        splitter.addWidget(self.card)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scan_field)
        layout.addLayout(mode_row)
        layout.addWidget(self.banner)
        layout.addLayout(offers_row)
        layout.addWidget(splitter, 1)

        c = self.card
        c.renew_button.clicked.connect(self.renew_selected)
        c.renew_all_button.clicked.connect(self.renew_all)
        c.checkin_button.clicked.connect(self.checkin_selected)
        c.lost_button.clicked.connect(self.lost_selected)
        c.claims_button.clicked.connect(self.claims_returned_selected)
        c.cancel_hold_button.clicked.connect(self.cancel_selected_hold)
        c.pay_button.clicked.connect(lambda: self.fee_selected(waive=False))
        c.waive_button.clicked.connect(lambda: self.fee_selected(waive=True))
        c.charge_button.clicked.connect(lambda _c=False: self.open_charge_fee())

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear_patron)

        self.queue = ScanQueue(ctx.tasks, self._job_for_scan, self)
        self.queue.finished.connect(self._scan_answered)
        self.queue.failed.connect(self._scan_failed)
        self.queue.queued.connect(lambda _s: self._show_queue())
        self.queue.started.connect(lambda _s: self._show_queue())
        self.scan_field.scan_entered.connect(self.submit_scan)
        self.listener = ScanListener(self.scan_field, self._listening, self.config, parent=self)
        self.listener.scanned.connect(self.submit_scan)
        self.listener.install()
        ctx.hub.data_changed.connect(self._data_changed)
        # holds left on the shelf too long expire from the desk's start-up on, hourly
        self.hold_expiry = HoldExpirySweeper(ctx, self)
        self.hold_expiry.swept.connect(self._holds_expired)

        self._set_banner(self.tr("Ready. Scan a patron card or an item."), "idle")
        self.refresh()

    # the scanner
    def _listening(self) -> bool:
        return (
            shiboken6.isValid(self)
            and self.isVisible()
            and QApplication.activeModalWidget() is None
        )

    def apply_scanner_config(self, config: ScannerConfig) -> None:
        self.config = config
        self.scan_field.config = config
        self.listener.set_config(config)
        self.sounds.enabled = config.play_sounds

    def submit_scan(
        self, raw: str, override_blocks: bool = False, mode: DeskMode | None = None
    ) -> QueuedScan | None:
        """Clean a scan and put it in line. Returns the queued scan (None if empty)."""
        text = clean_scan(raw, self.config)
        self._keep_focus()
        if not text:
            self._set_banner(
                self.tr("That scan had nothing readable in it. Scan the barcode again."),
                "error",
            )
            self.sounds.play("error")
            return None
        scan = QueuedScan(
            text=text,
            raw=raw,
            override_blocks=override_blocks,
            mode=mode.value if mode is not None else None,
        )
        self.queue.put(scan)
        return scan

    def _job_for_scan(self, scan: QueuedScan) -> Callable[[Progress], DeskAnswer]:
        state = DeskState(
            patron_id=self.patron.patron.id if self.patron else None,
            mode=DeskMode(scan.mode) if scan.mode else self.mode,
            override_blocks=scan.override_blocks,
        )

        def job(_progress: Progress) -> DeskAnswer:
            with self.ctx.unit_of_work() as uow:
                result = route_scan(uow, scan.text, state, scan_id=scan.scan_id)
            # garbage is not a scan: whoever is at the desk stays at the desk
            unreadable = result.outcome == ScanOutcome.INVALID
            patron_id = result.patron.id if result.patron is not None else None
            if unreadable and patron_id is None:
                patron_id = state.patron_id
            return self._answer(
                result.message,
                result.outcome.tone,
                result.outcome.value,
                patron_id,
                scan=result,
                keep_patron=unreadable,
                scan_text=scan.text,
                with_journal=bool(result.changed) or result.journal_entry_id is not None,
            )

        return job

    def _answer(
        self,
        message: str,
        tone: str,
        outcome: str,
        patron_id: int | None,
        *,
        scan: ScanResult | None = None,
        keep_patron: bool = True,
        scan_text: str = "",
        with_journal: bool = True,
    ) -> DeskAnswer:
        """Read what the screen shows after an action (runs on the database worker)."""
        with self.ctx.unit_of_work() as uow:
            detail = None
            if patron_id is not None:
                try:
                    detail = patron_detail(uow, patron_id)
                except DomainError:
                    detail = None
            journal = None
            if with_journal or self._journal_patron_only:
                journal = self._read_journal(uow, detail)
        return DeskAnswer(message, tone, outcome, detail, journal, scan, keep_patron, scan_text)

    def _read_journal(
        self, uow: UnitOfWork, detail: PatronDetail | None
    ) -> tuple[JournalView, ...]:
        if self._journal_patron_only and detail is not None:
            return tuple(recent_entries(uow, patron_id=detail.patron.id, limit=PATRON_JOURNAL_ROWS))
        return tuple(latest_journal(uow, limit=JOURNAL_ROWS, site_id=self.ctx.site_id))

    def _patron_only_toggled(self, checked: bool) -> None:
        self._journal_patron_only = checked
        self.refresh()
        self._keep_focus()

    def _scan_answered(self, scan: QueuedScan, answer: DeskAnswer) -> None:
        self.last_scan = answer.scan
        self._show_answer(answer)
        result = answer.scan
        if result is not None and result.changed and not result.repeated:
            self._tell_others(result.changed)
        if result is not None and result.outcome == ScanOutcome.HOLD_TRAPPED and result.hold_slip:
            self._pop_up_hold(result)

    def _scan_failed(self, scan: QueuedScan, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            message = exc.message
        else:
            log.error("scan %r failed: %r", scan.text, exc)
            message = self.tr(
                "Something went wrong with the scan of {text}; nothing was recorded. "
                "Scan it again. ({error})"
            ).format(text=scan.text[:40], error=type(exc).__name__)
        self._set_banner(message, "error")
        self.sounds.play("error")
        self._show_queue()
        self._keep_focus()

    # answers
    def _show_answer(self, answer: DeskAnswer) -> None:
        if not answer.keep_patron or answer.patron is not None:
            self.patron = answer.patron
            self.card.show_detail(answer.patron)
        if answer.journal is not None:
            self.journal.set_rows(answer.journal)
        self._set_banner(answer.message, answer.tone)
        self.sounds.play(sound_for(answer.outcome, answer.tone))
        offers = answer.scan.offers if answer.scan is not None else ()
        for offer, button in self.offer_buttons.items():
            button.setVisible(offer in offers)
        self.place_hold_button.setVisible(
            answer.scan is not None and bool(answer.scan.titles) and self.patron is not None
        )
        self.receipt_button.setVisible(
            answer.scan is None and answer.outcome == "checked_out" and self.last_lend is not None
        )
        self._show_queue()
        self._keep_focus()
        self.answered.emit(answer)

    def _set_banner(self, message: str, tone: str) -> None:
        background, foreground = TONE_COLOURS.get(tone, TONE_COLOURS["info"])
        self.banner.setText(shown(message))
        self.banner.setProperty("tone", tone)
        self.banner.setStyleSheet(
            f"QLabel#desk-banner {{ background: {background}; color: {foreground};"
            f" {font_size_css(14)} padding: 8px 12px; border-radius: 6px; }}"
        )

    def _show_queue(self) -> None:
        waiting = self.queue.waiting()
        self.queue_label.setText(self.tr("{n} scans waiting…").format(n=waiting) if waiting else "")

    def _keep_focus(self) -> None:
        if self.isVisible() and QApplication.activeModalWidget() is None:
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pop_up_hold(self, result: ScanResult) -> None:
        assert result.hold_slip is not None
        if self.hold_popup is not None and shiboken6.isValid(self.hold_popup):
            self.hold_popup.close()
        self.hold_popup = HoldSlipDialog(result.hold_slip, self.school_name, self)
        self.hold_popup.show()
        self.hold_popup_shown.emit(self.hold_popup)

    # the desk's buttons
    def _mode_clicked(self, button: QPushButton) -> None:
        self.mode = DeskMode(button.property("mode"))
        names = {
            DeskMode.AUTO: self.tr("Check out / in: scan a patron, then their items."),
            DeskMode.CHECK_IN: self.tr("Check in only: every item scanned is returned."),
            DeskMode.RENEW: self.tr("Renew: every item scanned is renewed."),
        }
        self._set_banner(names[self.mode], "info")
        self._keep_focus()

    def set_mode(self, mode: DeskMode) -> None:
        for button in self.mode_buttons.buttons():
            if button.property("mode") == mode.value:
                button.click()

    def clear_patron(self) -> None:
        self.patron = None
        self.card.show_detail(None)
        for button in self.offer_buttons.values():
            button.setVisible(False)
        self.place_hold_button.setVisible(False)
        self.receipt_button.setVisible(False)
        if self._journal_patron_only:
            self.refresh()  # back to the whole desk's last actions
        self._set_banner(self.tr("Ready for the next patron."), "idle")
        self._keep_focus()

    def run_action(
        self,
        action: Callable[[UnitOfWork], tuple[str, str, str]],
        patron_id: int | None = None,
    ) -> None:
        """Run one desk action on the worker: `action(uow)` returns (message, tone,
        outcome); the patron card and last actions are read again afterwards."""
        if patron_id is None and self.patron is not None:
            patron_id = self.patron.patron.id

        def job(_progress: Progress) -> DeskAnswer:
            with self.ctx.unit_of_work() as uow:
                message, tone, outcome = action(uow)
            return self._answer(message, tone, outcome, patron_id)

        def failed(exc: BaseException) -> None:
            message = exc.message if isinstance(exc, DomainError) else repr(exc)
            self._set_banner(message, "error")
            self.sounds.play("error")
            self._keep_focus()

        self.ctx.tasks.submit(job, on_done=self._action_done, on_error=failed)

    def _action_done(self, answer: DeskAnswer) -> None:
        self._show_answer(answer)
        self._tell_others(frozenset({"loans"}))

    def _tell_others(self, changed: frozenset[str]) -> None:
        self._announcing = True
        try:
            for what in sorted(changed):
                self.ctx.hub.data_changed.emit(what)
        finally:
            self._announcing = False

    def _need(self, what: Any, message: str) -> bool:
        if what is None:
            self._set_banner(message, "warning")
            self.sounds.play("warning")
            self._keep_focus()
            return False
        return True

    def renew_selected(self) -> None:
        loan = self.card.selected_loan()
        if self._need(loan, self.tr("Pick the loan to renew in the list first.")):
            barcode = loan.item.barcode

            def act(uow: UnitOfWork) -> tuple[str, str, str]:
                r = renew_loan(uow, barcode)
                return r.message, r.outcome.tone, r.outcome.value

            self.run_action(act)

    def renew_all(self) -> None:
        if self._need(self.patron, self.tr("Scan the patron's card first.")):
            patron_id = self.patron.patron.id

            def act(uow: UnitOfWork) -> tuple[str, str, str]:
                r = renew_all(uow, patron_id)
                tone = "success" if not r.refused else ("warning" if r.renewed else "error")
                return r.message, tone, "renewed"

            self.run_action(act)

    def checkin_selected(self) -> None:
        loan = self.card.selected_loan()
        if self._need(loan, self.tr("Pick the loan to check in in the list first.")):
            barcode = loan.item.barcode

            def act(uow: UnitOfWork) -> tuple[str, str, str]:
                r = checkin_item(uow, barcode)
                return r.message, r.outcome.tone, r.outcome.value

            self.run_action(act)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def lost_selected(self) -> None:
        loan = self.card.selected_loan()
        if not self._need(loan, self.tr("Pick the lost item in the loans list first.")):
            return
        title = loan.item.title or loan.item.barcode
        if not self._confirm(
            self.tr("Mark lost"),
            self.tr("Mark “{title}” lost and charge its replacement cost to {name}?").format(
                title=title, name=self.patron.patron.display_name if self.patron else ""
            ),
        ):
            return
        barcode = loan.item.barcode

        def act(uow: UnitOfWork) -> tuple[str, str, str]:
            r = mark_lost(uow, barcode)
            return r.message, "warning", "lost"

        self.run_action(act)

    def claims_returned_selected(self) -> None:
        loan = self.card.selected_loan()
        if not self._need(loan, self.tr("Pick the item in the loans list first.")):
            return
        if not self._confirm(
            self.tr("Claims returned"),
            self.tr(
                "The patron says “{title}” was returned. Close the loan without a fee "
                "and look for the item on the shelves?"
            ).format(title=loan.item.title or loan.item.barcode),
        ):
            return
        barcode = loan.item.barcode

        def act(uow: UnitOfWork) -> tuple[str, str, str]:
            r = mark_claims_returned(uow, barcode)
            return r.message, "info", "claims_returned"

        self.run_action(act)

    def cancel_selected_hold(self) -> None:
        hold = self.card.selected_hold()
        if self._need(hold, self.tr("Pick the hold to cancel in the list first.")):
            hold_id, title = hold.id, hold.title

            def act(uow: UnitOfWork) -> tuple[str, str, str]:
                cancel_hold(uow, hold_id)
                return self.tr("Hold on “{title}” cancelled.").format(title=title), "info", "hold"

            self.run_action(act)

    def fee_selected(self, waive: bool) -> None:
        fee = self.card.selected_fee()
        if not self._need(fee, self.tr("Pick the fee in the list first.")):
            return
        if not fee.balance_cents:
            self._set_banner(self.tr("Nothing is owed on that fee any more."), "info")
            return
        dialog = FeeDialog(fee, waive, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._keep_focus()
            return
        self.apply_fee(fee.id, dialog.amount_cents(), dialog.note.text(), waive)

    def open_charge_fee(self) -> ChargeFeeDialog | None:
        """Charge the patron at the desk a fee by hand (a damaged book, a lost part…); the
        loan picked in the list is the item, unless another barcode is typed."""
        if not self._need(self.patron, self.tr("Scan the patron's card first.")):
            return None
        assert self.patron is not None
        patron = self.patron.patron
        loan = self.card.selected_loan()
        dialog = ChargeFeeDialog(patron.display_name, loan.item.barcode if loan else "", self)
        dialog.charge_requested.connect(
            lambda kind, cents, barcode, text: self.charge(patron.id, kind, cents, barcode, text)
        )
        dialog.finished.connect(lambda _code: self._keep_focus())
        dialog.open()
        return dialog

    def charge(
        self, patron_id: int, kind: str, amount_cents: int, item_barcode: str, description: str
    ) -> None:
        """Charge the fee on the worker; the card's fees and balance are read again."""

        def act(uow: UnitOfWork) -> tuple[str, str, str]:
            fee = charge_fee(
                uow,
                patron_id,
                kind,
                amount_cents,
                item_barcode=item_barcode or None,
                description=description,
            )
            from lms_desktop.ui.desk.row_models import money

            what = fee.description or fee.kind
            text = self.tr("Charged {amount} ({what}).").format(
                amount=money(fee.amount_cents), what=what
            )
            return text, "success", "fee"

        self.run_action(act, patron_id)

    def apply_fee(self, fee_id: int, amount_cents: int, note: str, waive: bool) -> None:
        def act(uow: UnitOfWork) -> tuple[str, str, str]:
            if waive:
                f = waive_fee(uow, fee_id, amount_cents=amount_cents, note=note)
                text = self.tr("Waived {amount}; {left} still owed on this fee.")
            else:
                f = pay_fee(uow, fee_id, amount_cents, note=note)
                text = self.tr("Payment of {amount} taken; {left} still owed on this fee.")
            from lms_desktop.ui.desk.row_models import money

            return (
                text.format(amount=money(amount_cents), left=money(f.balance_cents)),
                "success",
                "fee",
            )

        self.run_action(act)

    def _journal_selected(self, *_args: Any) -> None:
        rows = self.journal_view.selectionModel().selectedRows()
        entry = self.journal.row_at(rows[0].row()) if rows else None
        self.undo_button.setEnabled(entry is not None and entry.can_undo)
        if entry is not None and not entry.can_undo:
            self.undo_button.setToolTip(
                self.tr("Already undone, or from an earlier day: it can no longer be undone.")
            )
        else:
            self.undo_button.setToolTip("")

    def undo_selected(self) -> None:
        rows = self.journal_view.selectionModel().selectedRows()
        entry = self.journal.row_at(rows[0].row()) if rows else None
        if not self._need(entry, self.tr("Pick the action to undo in Last actions first.")):
            return
        self.undo(entry)

    def undo(self, entry: JournalView) -> None:
        entry_id = entry.id

        def act(uow: UnitOfWork) -> tuple[str, str, str]:
            undone = undo_entry(uow, entry_id)
            return self.tr("Undone: {what}").format(what=shown(undone.summary)), "info", "undo"

        self.run_action(
            act, patron_id=entry.patron_id or (self.patron.patron.id if self.patron else None)
        )

    # offers after a scan
    def take_offer(self, offer: ScanOffer) -> None:
        result = self.last_scan
        if result is None:
            return
        if offer == ScanOffer.OVERRIDE_BLOCK:
            self.offer_override(result)
        elif offer == ScanOffer.PRINT_HOLD_SLIP and result.hold_slip is not None:
            self._pop_up_hold(result)
        elif offer == ScanOffer.RENEW:
            self.submit_scan(result.text, mode=DeskMode.RENEW)
        elif offer == ScanOffer.ADD_COPY:
            self.open_fast_add(result.text)
        elif offer == ScanOffer.LOOKUP_ISBN:
            from lms_desktop.ui.desk.add_copy import open_add_copy

            open_add_copy(self, result.text, lookup=True)
        elif offer == ScanOffer.LEND_WITH_AGREEMENT and result.item is not None:
            self.open_lend_with_agreement(result)

    def open_lend_with_agreement(self, result: ScanResult) -> QDialog:
        """The devices area's lend dialog for the device just refused, with the patron at
        the desk filled in: the agreement is read, ticked and kept as a receipt."""
        from lms_desktop.ui.devices.dialogs import LendDialog

        assert result.item is not None
        dialog = LendDialog(self.ctx, result.item.barcode, self)
        patron = result.patron or (self.patron.patron if self.patron else None)
        if patron is not None:
            dialog.patron_card.setText(patron.barcode)
        patron_id = patron.id if patron is not None else None

        def lent() -> None:
            outcome = dialog.outcome
            if outcome is None:
                return
            message = shown(outcome.result.message)
            if outcome.receipt_id is not None:
                self.last_lend = dialog
                message += " " + self.tr(
                    "Save the agreement receipt to print it for the borrower to sign."
                )
            lent_to = outcome.result.patron.id if outcome.result.patron else patron_id
            self.run_action(lambda _uow: (message, "success", "checked_out"), lent_to)

        dialog.accepted.connect(lent)
        dialog.finished.connect(lambda _code: self._keep_focus())
        dialog.open()
        return dialog

    def save_receipt(self, path: Path | None = None) -> Path | None:
        """Write the receipt of the last device lent with its agreement as a PDF."""
        if self.last_lend is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the agreement receipt to print"),
                f"receipt-{self.last_lend.asset_tag}.pdf",
                self.tr("PDF (*.pdf)"),
            )
            if not chosen:
                self._keep_focus()
                return None
            path = Path(chosen)
        written: Path = self.last_lend.save_receipt(path)
        self._keep_focus()
        return written

    def open_fast_add(self, scanned: str) -> QDialog:
        """The catalog's fast add dialog for an unknown barcode (or ISBN); once the copy is
        added, its barcode is scanned again so the desk carries on where it was."""
        from lms_desktop.circulation.barcodes import isbn13_of
        from lms_desktop.ui.catalog.fast_add_dialog import FastAddDialog

        isbn = isbn13_of(scanned)
        dialog = FastAddDialog(self.ctx, barcode="" if isbn else scanned, parent=self)
        if isbn:
            dialog.isbn.setText(isbn)

        def added(result: Any) -> None:
            if result.barcode:
                self.submit_scan(result.barcode)

        dialog.added.connect(added)
        dialog.finished.connect(lambda _code: self._keep_focus())
        dialog.open()
        return dialog

    def place_hold_on_found_title(self, title_index: int | None = None) -> None:
        """Put the patron at the desk in the queue for the title the last ISBN scan found
        (asking which one when several titles share the ISBN)."""
        result = self.last_scan
        if result is None or not result.titles or self.patron is None:
            return
        titles = result.titles
        if title_index is None:
            title_index = 0
            if len(titles) > 1:
                labels = [f"{t.title} — {t.author}" for t in titles]
                chosen, ok = QInputDialog.getItem(
                    self, self.tr("Place hold"), self.tr("Which title?"), labels, 0, False
                )
                if not ok:
                    return
                title_index = labels.index(chosen)
        title = titles[title_index]
        patron_id, name = self.patron.patron.id, self.patron.patron.display_name

        def act(uow: UnitOfWork) -> tuple[str, str, str]:
            hold = place_hold(uow, patron_id, bib_record_id=title.bib_record_id)
            text = self.tr("{name} is number {n} in line for “{title}”.")
            return (
                text.format(name=name, n=hold.queue_position, title=title.title),
                "success",
                "hold",
            )

        self.place_hold_button.setVisible(False)
        self.run_action(act)

    def offer_override(self, result: ScanResult) -> bool:
        name = self.patron.patron.display_name if self.patron else ""
        dialog = BlockOverrideDialog(name, result.blocks, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            self.submit_scan(result.text, override_blocks=True)
        self._keep_focus()
        return accepted

    def open_hold_shelf(self) -> None:
        """Read the hold shelf on the worker, then list it (the dialog is `shelf_dialog`)."""

        def job(_progress: Progress) -> list[Any]:
            with self.ctx.unit_of_work() as uow:
                return hold_shelf(uow)

        def done(slips: list[Any]) -> None:
            self.shelf_dialog = HoldShelfDialog(slips, self.school_name, self)
            self.shelf_dialog.finished.connect(lambda _code: self._keep_focus())
            self.shelf_dialog.open()
            self.hold_shelf_shown.emit(self.shelf_dialog)

        def failed(exc: BaseException) -> None:
            message = exc.message if isinstance(exc, DomainError) else repr(exc)
            self._set_banner(message, "error")

        self.ctx.tasks.submit(job, on_done=done, on_error=failed)

    def open_batch_import(self) -> BatchImportDialog:
        dialog = BatchImportDialog(self.ctx, self)
        dialog.finished_replay.connect(lambda _report: self.refresh())
        dialog.finished.connect(lambda _code: self._keep_focus())
        dialog.open()
        return dialog

    # refresh
    def refresh(self) -> None:
        """Read the patron card and last actions again (after changes made elsewhere)."""
        patron_id = self.patron.patron.id if self.patron else None

        def job(_progress: Progress) -> DeskAnswer:
            return self._answer("", "idle", "refresh", patron_id)

        def done(answer: DeskAnswer) -> None:
            if self.patron is not None and answer.patron is None:
                self.patron = None
            if answer.patron is not None or self.patron is None:
                self.patron = answer.patron
                self.card.show_detail(answer.patron)
            if answer.journal is not None:
                self.journal.set_rows(answer.journal)

        self.ctx.tasks.submit(job, on_done=done)

    def _holds_expired(self, expired: list[Any]) -> None:
        if expired and not self.queue.busy() and self.patron is None:
            self._set_banner(self.hold_expiry.message(expired), "warning")

    def _data_changed(self, what: str) -> None:
        if self._announcing:
            return
        watched = ("loans", "patrons", "holds", "fees", "settings", "catalog", "devices")
        if what in watched and not self.queue.busy() and self.isVisible():
            QTimer.singleShot(0, self.refresh)
        if what == "scanner":
            with self.ctx.unit_of_work() as uow:
                self.apply_scanner_config(load_scanner_config(uow))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._keep_focus)

    def hideEvent(self, event: Any) -> None:
        self.listener.flush()
        super().hideEvent(event)


def queued_scan_age_ms(scan: QueuedScan) -> float:
    """How long ago the scan arrived (for the benchmark)."""
    return now_ms() - scan.received_at_ms
