"""Staff sign-in with a name and PIN, and the lock screen that idle time brings up."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import DomainError
from lms_desktop.school.access import (
    PIN_MAX_LENGTH,
    Role,
    SignedIn,
    idle_lock_minutes,
    list_staff,
    sign_in,
)
from lms_desktop.school.models import DEFAULT_SITE_ID
from lms_desktop.ui.care.site import site_of
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text
from lms_desktop.ui.theme import text_colour_css


class SignInDialog(QDialog):
    """Asks for a staff name and PIN; `signed_in` holds who it was once accepted.

    Signals:
        signed_in_as(object): the SignedIn of whoever signed in.
    """

    signed_in_as = Signal(object)

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        locked_by: str | None = None,
        site_id: int = DEFAULT_SITE_ID,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._site_id = site_id
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(self.tr("Locked") if locked_by else self.tr("Sign in"))
        self.setModal(True)

        layout = QVBoxLayout(self)
        if locked_by:
            intro = self.tr(
                "The desk was locked after a while without use. {name}, type your PIN to "
                "go on, or sign in as someone else."
            ).format(name=locked_by)
        else:
            intro = self.tr("Choose your name and type your PIN.")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("Sign-in instructions"))
        layout.addWidget(self.intro)

        form = QFormLayout()
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setAccessibleName(self.tr("Staff name"))
        with database.unit_of_work() as uow:
            names = [a.name for a in list_staff(uow, site_id) if a.active and a.has_pin]
        self.name.addItems(names)
        if locked_by and locked_by in names:
            self.name.setCurrentText(locked_by)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_MAX_LENGTH)
        self.pin.setAccessibleName(self.tr("PIN"))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&PIN:"), self.pin)
        layout.addLayout(form)

        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_colour_css("#b00020"))
        self.error.setAccessibleName(self.tr("Sign-in problem"))
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        buttons.accepted.connect(self.try_sign_in)
        layout.addWidget(buttons)
        self.pin.setFocus()

    def try_sign_in(self) -> None:
        try:
            with self._database.unit_of_work() as uow:
                who = sign_in(uow, self.name.currentText(), self.pin.text(), self._site_id)
        except DomainError as exc:
            self.error.setText(error_text(exc))
            self.pin.clear()
            self.pin.setFocus()
            return
        self.signed_in = who
        self.signed_in_as.emit(who)
        self.accept()

    def reject(self) -> None:
        # a locked desk stays locked: Escape does not get past the PIN
        if self.windowTitle() == self.tr("Locked"):
            return
        super().reject()


def apply_sign_in(ctx: UiContext, who: SignedIn) -> None:
    ctx.staff_name = who.name
    ctx.staff_role = who.role.value
    ctx.kiosk_patron_id = None
    ctx.hub.status_message.emit(
        QApplication.translate("SignIn", "{name} signed in.").format(name=who.name)
    )
    ctx.hub.data_changed.emit("staff")


class _Veil:
    """What the lock took off one top-level window, to put back on unlock."""

    def __init__(self, window: QWidget, title: str) -> None:
        self.window = window
        self.title = window.windowTitle()
        self.hidden = [
            child
            for child in window.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if not child.isWindow() and child.isVisible()
        ]
        for child in self.hidden:
            child.hide()
        # a title can name the patron ("Privacy — Ana Lopez")
        window.setWindowTitle(title)

    def lift(self) -> None:
        if not isValid(self.window):
            return
        for child in self.hidden:
            if isValid(child):
                child.show()
        self.window.setWindowTitle(self.title)

    def close(self) -> None:
        """For someone else signing in: the window was not opened for them."""
        if not isValid(self.window):
            return
        if isinstance(self.window, QDialog):
            self.window.reject()  # ends an exec() too, as Cancel would
        else:
            self.window.close()


class IdleLock(QObject):
    """Locks the desk after the idle-lock setting's minutes without keyboard or mouse.

    Locking empties every open window, the main window and every dialog alike (a dialog
    such as a patron's reading history must not stay readable behind the lock), and
    unlocking fills them again. The windows themselves stay, so a dialog waiting in
    exec() is not cancelled; when someone else signs in, the other windows are closed
    instead (Cancel), since they were opened by and for the person who locked.

    Signals:
        locked(): the lock screen came up.
        unlocked(str): someone signed in on the lock screen (their name).
    """

    locked = Signal()
    unlocked = Signal(str)

    _ACTIVITY = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, ctx: UiContext, window: QWidget, minutes: float | None = None) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.dialog: SignInDialog | None = None
        self._veils: list[_Veil] = []
        self._locked_by = ""
        if minutes is None:
            with ctx.unit_of_work() as uow:
                minutes = idle_lock_minutes(uow, site_of(ctx))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        ctx.hub.data_changed.connect(self._settings_changed)

    def _settings_changed(self, what: str) -> None:
        if what == "settings" and self.dialog is None:
            with self.ctx.unit_of_work() as uow:
                self.set_minutes(idle_lock_minutes(uow, site_of(self.ctx)))

    def set_minutes(self, minutes: float) -> None:
        self.minutes = minutes
        if minutes > 0:
            self.timer.start(int(minutes * 60_000))
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._ACTIVITY and self.dialog is None and self.minutes > 0:
            self.timer.start()
        return False

    def lock(self) -> SignInDialog:
        if self.dialog is not None:
            return self.dialog
        dialog = SignInDialog(
            self.ctx.app.database,
            self.window,
            locked_by=self.ctx.staff_name,
            site_id=site_of(self.ctx),
        )
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.signed_in_as.connect(self._unlocked)
        self.dialog = dialog
        self._locked_by = self.ctx.staff_name
        # patrons' names, loans and reading histories must not stay on screen
        title = self.tr("LMS Desktop — locked")
        self._veils = [
            _Veil(w, title)
            for w in QApplication.topLevelWidgets()
            if w is not dialog and w.isVisible()
        ]
        dialog.open()
        self.locked.emit()
        return dialog

    def _unlocked(self, who: SignedIn) -> None:
        same_person = who.name.casefold() == (self._locked_by or "").casefold()
        apply_sign_in(self.ctx, who)
        veils, self._veils = self._veils, []
        for veil in veils:
            veil.lift()
            if not same_person and veil.window is not self.window:
                veil.close()
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.set_minutes(self.minutes)
        self.unlocked.emit(who.name)

    @property
    def veiled_windows(self) -> list[QWidget]:
        """The windows emptied by the lock (for tests and the accessibility check)."""
        return [v.window for v in self._veils]

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()


def is_librarian(ctx: UiContext) -> bool:
    return ctx.staff_role == Role.LIBRARIAN.value
