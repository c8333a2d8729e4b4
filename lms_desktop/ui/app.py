"""Start the Qt application: open the database, show the main window, run the loop."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from lms_desktop import APP_ID, APP_NAME, __version__
from lms_desktop.bootstrap import open_app, workstation_site
from lms_desktop.config import AppConfig
from lms_desktop.errors import DatabaseOpenError, DomainError
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.domain_text import error_text
from lms_desktop.ui.icons import APP_ICON, icon
from lms_desktop.ui.main_window import MainWindow
from lms_desktop.ui.tasks import TaskRunner
from lms_desktop.ui.translation import chosen_language, install_translators


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("lms-desktop.invalid")
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(icon(APP_ICON))
    install_translators(app, chosen_language())
    return app


def build_main_window(config: AppConfig) -> MainWindow:
    app_context = open_app(config)
    try:
        # the school chosen with --site / LMS_SITE; an unknown one stops here, naming them
        site = workstation_site(app_context)
    except DomainError:
        app_context.database.dispose()
        raise
    tasks = TaskRunner()
    ctx = UiContext(app=app_context, tasks=tasks, hub=ChangeHub(), site_id=site.id)
    window = MainWindow(ctx)
    tasks.setParent(window)
    return window


def run_gui(config: AppConfig, quit_after_ms: int | None = None, report_shown: bool = False) -> int:
    """Open the main window.

    `quit_after_ms` closes it again (start-up checks); `report_shown` prints
    `window-shown <unix time>` once the first frame is on screen (start-up benchmark).
    """
    app = make_application()
    from lms_desktop.ui.care.guardian import (
        install_care,
        offer_restore_for_unopenable,
        sign_in_at_start,
    )

    try:
        try:
            window = build_main_window(config)
        except DatabaseOpenError as exc:
            # a damaged file: explain it and offer the latest good backup, then try again
            if not offer_restore_for_unopenable(config, exc.message, None):
                raise
            window = build_main_window(config)
    except DomainError as exc:
        QMessageBox.critical(None, APP_NAME, error_text(exc))
        return 2
    if not sign_in_at_start(window.ctx):
        window.ctx.app.database.dispose()
        return 1
    install_care(window, window.ctx)
    from lms_desktop.ui.care.kiosk import run_kiosk_if_signed_in_as_kiosk

    kiosk = run_kiosk_if_signed_in_as_kiosk(window.ctx)
    if kiosk is not None:
        # a kiosk account opens the self-checkout screen; a librarian leaving it gets the
        # full window
        kiosk.screen_widget.staff_left.connect(window.show)
        kiosk.show()
    else:
        window.show()
    if report_shown:
        QTimer.singleShot(0, lambda: print(f"window-shown {time.time():.6f}", flush=True))
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, window.close)
    code = app.exec()
    window.ctx.app.database.dispose()
    return code
