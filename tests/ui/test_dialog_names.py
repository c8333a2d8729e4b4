"""A screen-reader user opens any dialog of the app: every control in it says what it is.

Each dialog is opened with the least it needs (the demo school behind it). The desk's own
dialogs (ui/desk: hold slip, block override, fees, hold shelf, add copy, scanner batch)
are walked by tests/ui/desk, not here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lms_desktop.bootstrap import AppContext
from lms_desktop.care.health import DamageAdvice
from lms_desktop.circulation.models import Item, Loan
from lms_desktop.demo import build_demo_school
from lms_desktop.devices.agreements import AgreementView
from lms_desktop.devices.kits import KitCheck
from lms_desktop.devices.models import Device
from lms_desktop.makerspace.resources import (
    list_certifications,
    list_consumables,
    list_resources,
)
from lms_desktop.makerspace.schedule import load_calendar
from lms_desktop.ui.about import AboutDialog
from lms_desktop.ui.care.guardian import DamagedDatabaseDialog
from lms_desktop.ui.care.patron_privacy import PatronPrivacyDialog
from lms_desktop.ui.care.restore_dialog import RestoreDialog
from lms_desktop.ui.care.sign_in import SignInDialog
from lms_desktop.ui.catalog.copy_dialogs import CopyDialog, WithdrawDialog
from lms_desktop.ui.catalog.fast_add_dialog import FastAddDialog
from lms_desktop.ui.catalog.import_export import ExportDialog, ImportDialog
from lms_desktop.ui.catalog.marc_editor import MarcEditorDialog
from lms_desktop.ui.catalog.sru_dialog import CopyCatalogingDialog
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.devices.dialogs import (
    BulkAddDialog,
    DeviceDialog,
    IncidentDialog,
    KitCheckDialog,
    LendDialog,
    LoanerAgreementDialog,
    ReturnDialog,
    TicketDialog,
)
from lms_desktop.ui.devices.webcam import WebcamDialog
from lms_desktop.ui.makerspace.booking_dialog import BookingDialog
from lms_desktop.ui.makerspace.dialogs import LogUseDialog, RecordTrainingDialog, RestockDialog
from lms_desktop.ui.patrons.patron_dialog import PatronDialog
from lms_desktop.ui.patrons.roster_wizard import RosterWizard
from lms_desktop.ui.tasks import TaskRunner
from tests.ui.test_accessibility import INTERACTIVE, _unnamed_controls


class School:
    """The demo school and the few ids a dialog is opened on."""

    def __init__(self, ctx: UiContext, tmp_path: Path) -> None:
        self.ctx = ctx
        self.tmp_path = tmp_path
        with ctx.app.database.unit_of_work() as uow:
            s = uow.session
            self.item = s.scalars(
                select(Item).where(Item.bib_record_id.is_not(None)).order_by(Item.id)
            ).first()
            assert self.item is not None
            self.item_id, self.record_id = self.item.id, self.item.bib_record_id
            self.device_tag = s.scalars(
                select(Item.barcode).join(Device, Device.item_id == Item.id).order_by(Item.id)
            ).first()
            loan = s.scalars(
                select(Loan).join(Device, Device.item_id == Loan.item_id).order_by(Loan.id)
            ).first()
            assert loan is not None and self.device_tag is not None
            self.device_loan_id = loan.id
            self.loaned_tag = s.get(Item, loan.item_id).barcode  # type: ignore[union-attr]
            self.patron_id = loan.patron_id
            self.cal = load_calendar(uow)
            self.resources = list_resources(uow)
            self.certifications = list_certifications(uow)
            self.consumables = list_consumables(uow)


@pytest.fixture
def school(app_context: AppContext, tmp_path: Path) -> Iterator[School]:
    build_demo_school(app_context.database)
    ctx = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub())
    yield School(ctx, tmp_path)
    ctx.tasks.wait_for_done()


def _backup(school: School) -> Path:
    path = school.tmp_path / "library-2026-12-01.sqlite3"
    path.write_bytes(Path(school.ctx.app.database.url.removeprefix("sqlite:///")).read_bytes())
    return path


DIALOGS: dict[str, Callable[[School], QDialog]] = {
    "About": lambda s: AboutDialog(s.ctx.app.database.url, str(s.tmp_path)),
    "Damaged database": lambda s: DamagedDatabaseDialog(
        DamageAdvice("The file is damaged.", None, s.tmp_path)
    ),
    "Patron privacy": lambda s: PatronPrivacyDialog(s.ctx, s.patron_id, "Ana Lopez"),
    "Restore": lambda s: RestoreDialog(s.ctx, _backup(s)),
    "Sign in": lambda s: SignInDialog(s.ctx.app.database),
    "Add copy": lambda s: CopyDialog(s.ctx, s.record_id),
    "Withdraw copy": lambda s: WithdrawDialog(s.ctx, s.item_id),
    "Fast add": lambda s: FastAddDialog(s.ctx, barcode="31234000123456"),
    "MARC import": lambda s: ImportDialog(s.ctx),
    "MARC export": lambda s: ExportDialog(s.ctx),
    "MARC editor": lambda s: MarcEditorDialog(s.ctx, s.record_id),
    "Copy cataloging": lambda s: CopyCatalogingDialog(s.ctx),
    "New device": lambda s: DeviceDialog(s.ctx),
    "Bulk add devices": lambda s: BulkAddDialog(s.ctx),
    "Lend device": lambda s: LendDialog(s.ctx, s.device_tag),
    "Loaner agreement": lambda s: LoanerAgreementDialog(
        AgreementView(1, "chromebook", "Chromebook agreement", "Look after it."), "CB-0001"
    ),
    "Return device": lambda s: ReturnDialog(s.ctx, s.loaned_tag, s.device_loan_id),
    "Kit check": lambda s: KitCheckDialog(
        s.ctx,
        KitCheck(s.device_loan_id, s.loaned_tag, "Ana Lopez", "P1", datetime.now(UTC), ()),
    ),
    "Damage incident": lambda s: IncidentDialog(s.ctx, s.device_tag),
    "Repair ticket": lambda s: TicketDialog(s.ctx, s.device_tag),
    "Webcam": lambda s: WebcamDialog(QWidget()),
    "Makerspace booking": lambda s: BookingDialog(s.ctx, s.cal, s.resources),
    "Record training": lambda s: RecordTrainingDialog(s.ctx, s.certifications),
    "Log use": lambda s: LogUseDialog(s.ctx, s.consumables, (), s.cal),
    "Restock": lambda s: RestockDialog(s.ctx, s.consumables),
    "Patron": lambda s: PatronDialog([("student", "Student"), ("teacher", "Teacher")]),
    "Roster import": lambda s: RosterWizard(s.ctx),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_control_in_every_dialog_has_a_name(school: School, qtbot: QtBot, name: str) -> None:
    dialog = DIALOGS[name](school)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.setObjectName(dialog.objectName() or name)
    controls = [w for w in dialog.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    assert any(w.isVisibleTo(dialog) for w in controls), "nothing to check: did it open?"
    assert _unnamed_controls(dialog) == []


def test_a_field_nobody_named_is_found(qtbot: QtBot) -> None:
    dialog = QDialog()
    dialog.setObjectName("Quick note")
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLineEdit(objectName="note"))
    dialog.show()
    assert _unnamed_controls(dialog) == ["QLineEdit 'note' in Quick note"]
