"""Student self-checkout kiosk: scan your own card, then your books; nothing else."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.circulation.loans import checkout_item
from lms_desktop.circulation.patrons import find_patron_by_barcode
from lms_desktop.circulation.results import PatronSummary, ScanOutcome
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import DomainError
from lms_desktop.school.access import Role, SignedIn
from lms_desktop.ui.care.sign_in import SignInDialog, apply_sign_in
from lms_desktop.ui.care.site import site_of
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text, shown

IDLE_RESET_MS = 60_000


@dataclass(frozen=True)
class KioskAnswer:
    ok: bool
    message: str  # the kiosk's own words already translated; a domain message as it came
    patron: PatronSummary | None = None


def kiosk_scan(
    database: Database, kiosk_name: str, patron: PatronSummary | None, text: str
) -> KioskAnswer:
    """One scan at the kiosk: the student's own card first, then their items."""
    code = text.strip()
    if not code:
        # translated here, on the database worker (QCoreApplication.translate is
        # thread-safe), in the context of the screen that shows it
        return KioskAnswer(
            False, QCoreApplication.translate("KioskScreen", "Scan your library card.")
        )
    if patron is None:
        with database.unit_of_work(staff_name=kiosk_name, staff_role=Role.KIOSK.value) as uow:
            found = find_patron_by_barcode(uow, code)
        if found is None or found.status != "active":
            return KioskAnswer(
                False,
                QCoreApplication.translate(
                    "KioskScreen", "That is not a library card we know. Ask at the desk."
                ),
            )
        return KioskAnswer(
            True,
            QCoreApplication.translate(
                "KioskScreen", "Hello {name}! Scan each book you want to borrow."
            ).format(name=found.first_name),
            found,
        )
    try:
        with database.unit_of_work(
            staff_name=kiosk_name, staff_role=Role.KIOSK.value, kiosk_patron_id=patron.id
        ) as uow:
            # a device whose type needs a signed agreement is lent at the desk, never here
            result = checkout_item(uow, patron.id, code, require_agreement=True)
    except DomainError as exc:
        return KioskAnswer(False, exc.message, patron)
    return KioskAnswer(result.outcome is ScanOutcome.CHECKED_OUT, result.message, patron)


class KioskScreen(QWidget):
    """Signals:
    answered(bool, str): each scan's outcome and message.
    staff_left(): a librarian signed in to leave kiosk mode.
    """

    answered = Signal(bool, str)
    staff_left = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.patron: PatronSummary | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 60, 80, 40)
        self.prompt = QLabel()
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setStyleSheet("font-size: 22pt;")
        self.prompt.setWordWrap(True)
        self.prompt.setAccessibleName(self.tr("What to do"))
        layout.addWidget(self.prompt)
        self.scan = QLineEdit()
        self.scan.setAccessibleName(self.tr("Scan field"))
        self.scan.setStyleSheet("font-size: 18pt; padding: 6px;")
        self.scan.returnPressed.connect(self._scanned)
        layout.addWidget(self.scan)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("font-size: 14pt;")
        self.message.setAccessibleName(self.tr("Answer"))
        layout.addWidget(self.message)
        self.borrowed = QListWidget()
        self.borrowed.setAccessibleName(self.tr("Borrowed just now"))
        self.borrowed.setStyleSheet("font-size: 13pt;")
        layout.addWidget(self.borrowed, 1)
        self.done_button = QPushButton(self.tr("I'm done"))
        self.done_button.setAccessibleName(self.tr("I'm done"))
        self.done_button.setStyleSheet("font-size: 16pt; padding: 10px;")
        self.done_button.clicked.connect(self.reset)
        layout.addWidget(self.done_button)
        self.staff_button = QPushButton(self.tr("Staff"))
        self.staff_button.setAccessibleName(self.tr("Staff sign-in to leave the kiosk"))
        self.staff_button.setFlat(True)
        self.staff_button.clicked.connect(self.staff_sign_in)
        layout.addWidget(self.staff_button, 0, Qt.AlignmentFlag.AlignRight)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_RESET_MS)
        self.idle.timeout.connect(self.reset)
        self.reset()

    def reset(self) -> None:
        """Back to "scan your card": the next student never sees the last one's books."""
        self.patron = None
        self.ctx.kiosk_patron_id = None
        self.borrowed.clear()
        self.message.clear()
        self.prompt.setText(self.tr("Scan your library card to borrow books."))
        self.scan.clear()
        self.scan.setFocus()
        self.idle.stop()

    def _scanned(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        self.idle.start()
        database = self.ctx.app.database
        name = self.ctx.staff_name
        patron = self.patron
        self.ctx.tasks.submit(
            lambda _p: kiosk_scan(database, name, patron, text),
            self._show,
            lambda exc: self._show(KioskAnswer(False, error_text(exc), patron)),
        )

    def _show(self, answer: KioskAnswer) -> None:
        if self.patron is None and answer.patron is not None:
            self.patron = answer.patron
            self.ctx.kiosk_patron_id = answer.patron.id
            self.prompt.setText(self.tr("Scan each book, then press I'm done."))
        elif answer.ok and self.patron is not None:
            self.borrowed.addItem(shown(answer.message))
            self.ctx.hub.data_changed.emit("loans")
        self.message.setText(shown(answer.message))
        self.message.setStyleSheet(
            "font-size: 14pt; color: %s;" % ("#1b5e20" if answer.ok else "#b00020")
        )
        self.answered.emit(answer.ok, shown(answer.message))
        self.scan.setFocus()

    def staff_sign_in(self) -> SignInDialog:
        dialog = SignInDialog(self.ctx.app.database, self, site_id=site_of(self.ctx))
        dialog.signed_in_as.connect(self._staff_signed_in)
        dialog.open()
        return dialog

    def _staff_signed_in(self, who: SignedIn) -> None:
        if who.role is Role.LIBRARIAN:
            self.reset()
            apply_sign_in(self.ctx, who)
            self.staff_left.emit()
        else:
            self.message.setText(self.tr("Only the librarian can leave the kiosk."))


class KioskWindow(QMainWindow):
    """The whole screen at the kiosk; closing it needs the librarian."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Self-checkout"))
        self.screen_widget = KioskScreen(ctx, self)
        self.setCentralWidget(self.screen_widget)
        self.screen_widget.staff_left.connect(self.close)


def run_kiosk_if_signed_in_as_kiosk(ctx: UiContext) -> KioskWindow | None:
    if ctx.staff_role != Role.KIOSK.value:
        return None
    window = KioskWindow(ctx)
    window.resize(1024, 768)
    return window
