"""What every screen is given: the open app, the database worker and the change hub."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from lms_desktop.bootstrap import AppContext
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.school.models import DEFAULT_SITE_ID
from lms_desktop.ui.tasks import TaskRunner


class ChangeHub(QObject):
    """Tells every open view that data changed, so it can refresh.

    Signals:
        data_changed(str): what changed ("loans", "catalog", "patrons", "devices"…).
        status_message(str): a short message for the status bar.
    """

    data_changed = Signal(str)
    status_message = Signal(str)


# who acts (in the journal, and on screen) on a school that has no staff accounts yet
NO_ACCOUNT_NAME = "Librarian"


@dataclass
class UiContext:
    app: AppContext
    tasks: TaskRunner
    hub: ChangeHub
    staff_name: str = NO_ACCOUNT_NAME
    # who signed in (lms_desktop.school.access.Role values); librarian when the school
    # has no staff accounts yet; a kiosk acts for `kiosk_patron_id` only
    staff_role: str = "librarian"
    kiosk_patron_id: int | None = None
    # the school this workstation works for (`--site` / `LMS_SITE`, resolved at start-up);
    # staff, settings and reports are that school's. The first school on a one-school file.
    site_id: int = DEFAULT_SITE_ID

    def unit_of_work(self) -> UnitOfWork:
        return self.app.database.unit_of_work(
            staff_name=self.staff_name,
            staff_role=self.staff_role,
            kiosk_patron_id=self.kiosk_patron_id,
        )

    def staff_shown(self) -> str:
        """Who is signed in, as the status bar says it: a named account as it is, the
        librarian of a school with no accounts yet in the reader's language."""
        if self.staff_name == NO_ACCOUNT_NAME:
            return QCoreApplication.translate("UiContext", "Librarian")
        return self.staff_name
