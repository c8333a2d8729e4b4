"""Each forbidden action is refused for a student aide and for the self-checkout kiosk.

An aide does desk work only (check out, check in, renew, holds, take payments); the kiosk
lends, renews and reserves for the signed-in student's own account only. Everything else
is the librarian's, and the services themselves refuse it, whichever screen asks.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pymarc
import pytest
from sqlalchemy import func, select

from lms_desktop.bootstrap import open_app
from lms_desktop.care.backups import RotationPolicy, save_backup_settings
from lms_desktop.care.district import add_site
from lms_desktop.care.export import export_everything
from lms_desktop.care.privacy import (
    delete_patron,
    export_patron_record,
    reading_history,
    set_anonymize_after_days,
)
from lms_desktop.catalog.copies import add_copy, update_copy, withdraw_copy
from lms_desktop.catalog.importer import import_marc_stream
from lms_desktop.catalog.reading import MarcFormat
from lms_desktop.catalog.records import add_record, delete_record, replace_record
from lms_desktop.catalog.sru import delete_target, save_target
from lms_desktop.circulation.blocks import set_manual_block
from lms_desktop.circulation.fees import charge_fee, waive_fee
from lms_desktop.circulation.loans import (
    checkin_item,
    checkout_item,
    mark_claims_returned,
    mark_lost,
    renew_loan,
)
from lms_desktop.circulation.models import Fee, Item, JournalEntry, Patron
from lms_desktop.circulation.patrons import (
    PatronInput,
    create_patron,
    set_patron_photo,
    update_patron,
)
from lms_desktop.circulation.results import ScanOutcome
from lms_desktop.circulation.roster import (
    apply_roster,
    guess_mapping,
    parse_roster_bytes,
    undo_roster_import,
)
from lms_desktop.circulation.rules_admin import add_closed_days, loan_rule_matrix, save_loan_rule
from lms_desktop.circulation.scanner_config import ScannerConfig, save_scanner_config
from lms_desktop.config import AppConfig
from lms_desktop.db.unit_of_work import Database
from lms_desktop.devices.register import DeviceInput, add_device
from lms_desktop.errors import PermissionDeniedError
from lms_desktop.labels.service import LABEL_SYMBOLOGY_KEY
from lms_desktop.labels.sheets import (
    PrinterOffset,
    SheetTemplate,
    delete_user_sheet,
    save_user_sheet,
    set_printer_offset,
)
from lms_desktop.reports.common import SCHOOL_LOGO, ReportParams
from lms_desktop.reports.overdues import save_notice_template
from lms_desktop.reports.registry import report_names, run_report
from lms_desktop.school.access import add_staff, set_idle_lock_minutes
from lms_desktop.school.settings import set_school_logo, set_school_name, set_setting
from tests.care.conftest import SmallLibrary, marc_for, stock_small_library

Action = Callable[[Any, SmallLibrary, Path], object]


def _record() -> pymarc.Record:
    return pymarc.Record(data=marc_for("Forbidden", "Nobody"))


def _first_cell(uow: Any) -> Any:
    return next(iter(loan_rule_matrix(uow).cells.values()))


SHEET = SheetTemplate("Mine", "", 8.5, 11, 1, 1, 2, 2, 0.5, 0.5, 1.2, 1.2)
ROSTER = b"Student ID,First Name,Last Name,Grade\n555,New,Kid,3\n"

LIBRARIAN_ONLY: dict[str, Action] = {
    "add a title": lambda uow, lib, _t: add_record(uow, _record(), "test"),
    "edit a title": lambda uow, lib, _t: replace_record(uow, 1, _record()),
    "delete a title": lambda uow, lib, _t: delete_record(uow, 1),
    "add a copy": lambda uow, lib, _t: add_copy(uow, 1, "39999000001"),
    "edit a copy": lambda uow, lib, _t: update_copy(
        uow, next(iter(lib.item_ids.values())), location="Staff room"
    ),
    "withdraw a copy": lambda uow, lib, _t: withdraw_copy(
        uow, next(iter(lib.item_ids.values())), "weeded"
    ),
    "import MARC": lambda uow, lib, _t: import_marc_stream(
        uow, io.BytesIO(marc_for("Forbidden", "X")), name="x.mrc", fmt=MarcFormat.ISO2709
    ),
    "add a patron": lambda uow, lib, _t: create_patron(
        uow, PatronInput(barcode="P-NEW", first_name="New", last_name="Kid")
    ),
    "edit a patron": lambda uow, lib, _t: update_patron(
        uow, lib.patron_ids["Ben"], PatronInput(barcode="P-Ben", first_name="B", last_name="O")
    ),
    "change a photo": lambda uow, lib, _t: set_patron_photo(uow, lib.patron_ids["Ben"], None),
    "import the roster": lambda uow, lib, _t: apply_roster(
        uow, (r := parse_roster_bytes(ROSTER)), guess_mapping(r.headers)
    ),
    "undo a roster import": lambda uow, lib, _t: undo_roster_import(uow, 1),
    "waive a fee": lambda uow, lib, _t: waive_fee(uow, _open_fee(uow, lib)),
    "change loan rules": lambda uow, lib, _t: save_loan_rule(uow, _first_cell(uow)),
    "change the calendar": lambda uow, lib, _t: add_closed_days(
        uow, date(2026, 12, 24), date(2026, 12, 24), "Holiday"
    ),
    "change the idle lock": lambda uow, lib, _t: set_idle_lock_minutes(uow, 0),
    "change backups": lambda uow, lib, t: save_backup_settings(
        uow, "sqlite:///x", t, RotationPolicy(), True
    ),
    "change privacy": lambda uow, lib, _t: set_anonymize_after_days(uow, None),
    "add a school": lambda uow, lib, _t: add_site(uow, "north", "North"),
    "add a staff account": lambda uow, lib, _t: add_staff(uow, "Eve", "librarian", "1234"),
    "run a report": lambda uow, lib, _t: run_report(
        uow, report_names()[0], ReportParams(date(2026, 9, 1), date(2026, 11, 30))
    ),
    "read reading history": lambda uow, lib, _t: reading_history(uow, lib.patron_ids["Ana"]),
    "export a family's record": lambda uow, lib, _t: export_patron_record(
        uow, lib.patron_ids["Ana"]
    ),
    "delete a patron": lambda uow, lib, _t: delete_patron(uow, lib.patron_ids["Ben"]),
    "export everything": lambda uow, lib, t: export_everything(uow, t / "out"),
    "add a device": lambda uow, lib, _t: add_device(
        uow, DeviceInput(asset_tag="CB-9999", device_type="chromebook")
    ),
    "override a block": lambda uow, lib, _t: checkout_item(
        uow, lib.patron_ids["Ben"], "31000000004", override_blocks=True
    ),
    "override a renewal block": lambda uow, lib, _t: renew_loan(
        uow, "31000000003", override_blocks=True
    ),
    "rename the school": lambda uow, lib, _t: set_school_name(uow, "Aide Academy"),
    "change the school logo": lambda uow, lib, t: set_school_logo(uow, None),
    "change the logo behind the screens' back": lambda uow, lib, _t: set_setting(
        uow, SCHOOL_LOGO, "/tmp/x.png"
    ),
    "change the notice sent home": lambda uow, lib, _t: save_notice_template(
        uow, "es", "Hola $student\nDevuelve el libro."
    ),
    "change the label symbology": lambda uow, lib, _t: set_setting(
        uow, LABEL_SYMBOLOGY_KEY, "code39"
    ),
    "define a label sheet": lambda uow, lib, _t: save_user_sheet(uow, SHEET),
    "delete a label sheet": lambda uow, lib, _t: delete_user_sheet(uow, "Mine"),
    "change a printer offset": lambda uow, lib, _t: set_printer_offset(
        uow, "default", PrinterOffset(5, 5)
    ),
    "change the scanner settings": lambda uow, lib, _t: save_scanner_config(
        uow, ScannerConfig(prefix="~")
    ),
    "add a copy-cataloging server": lambda uow, lib, _t: save_target(
        uow, "Somewhere", "http://sru.example.org/sru"
    ),
    "remove a copy-cataloging server": lambda uow, lib, _t: delete_target(uow, 1),
    "charge a fee": lambda uow, lib, _t: charge_fee(
        uow, lib.patron_ids["Ben"], "damaged", 500, description="water damage"
    ),
    "mark an item lost": lambda uow, lib, _t: mark_lost(uow, "31000000001"),
    "mark an item claims returned": lambda uow, lib, _t: mark_claims_returned(uow, "31000000001"),
    "block a patron": lambda uow, lib, _t: set_manual_block(
        uow, lib.patron_ids["Ben"], "see the librarian"
    ),
}


def _open_fee(uow: Any, lib: SmallLibrary) -> int:
    fee = Fee(patron_id=lib.patron_ids["Ben"], kind="damaged", amount_cents=300)
    uow.session.add(fee)
    uow.session.flush()
    return fee.id


def _fingerprint(database: Database) -> tuple[object, ...]:
    from lms_desktop.catalog.models import BibRecord
    from lms_desktop.circulation.models import Loan
    from lms_desktop.school.models import Setting, Site, StaffUser

    with database.unit_of_work() as uow:
        counts = tuple(
            uow.session.scalar(select(func.count()).select_from(model))
            for model in (BibRecord, Item, Patron, Loan, Fee, Setting, Site, StaffUser)
        )
        settings = tuple(uow.session.execute(select(Setting.key, Setting.value_json)))
        return (*counts, hash(settings))


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, SmallLibrary]]:
    """One library for every refusal below: a refused action changes nothing anyway."""
    path = tmp_path_factory.mktemp("guarded") / "library.sqlite3"
    ctx = open_app(AppConfig.from_args(str(path)))
    library = stock_small_library(ctx.database)
    with ctx.database.unit_of_work() as uow:
        add_staff(uow, "Ms Reed", "librarian", "2468")
        uow.commit()
    yield ctx.database, library
    ctx.database.dispose()


@pytest.mark.parametrize("role", ["aide", "kiosk"])
@pytest.mark.parametrize("action", sorted(LIBRARIAN_ONLY))
def test_librarian_work_is_refused_for_aides_and_the_kiosk(
    guarded: tuple[Database, SmallLibrary], tmp_path: Path, role: str, action: str
) -> None:
    database, small_library = guarded
    before = _fingerprint(database)
    kiosk_patron = small_library.patron_ids["Ben"] if role == "kiosk" else None
    with (
        database.unit_of_work(
            staff_name="Sam", staff_role=role, kiosk_patron_id=kiosk_patron
        ) as uow,
        pytest.raises(PermissionDeniedError) as refused,
    ):
        LIBRARIAN_ONLY[action](uow, small_library, tmp_path)
    # what to do next is always said: fetch the librarian, or (kiosk) ask at the desk
    assert "Ask the librarian" in refused.value.message or (
        role == "kiosk" and "ask at the desk" in refused.value.message
    )
    assert _fingerprint(database) == before
    assert not (tmp_path / "out").exists()


def test_the_same_work_is_allowed_for_the_librarian(
    database: Database, small_library: SmallLibrary
) -> None:
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        create_patron(uow, PatronInput(barcode="P-NEW", first_name="New", last_name="Kid"))
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        assert uow.session.scalar(select(Patron.id).where(Patron.barcode == "P-NEW"))


def test_the_librarian_charges_marks_lost_and_blocks(
    database: Database, small_library: SmallLibrary
) -> None:
    ben = small_library.patron_ids["Ben"]
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        checkout_item(uow, ben, "31000000004")
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        assert mark_lost(uow, "31000000004").outcome is not None
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        fee = charge_fee(uow, ben, "damaged", 500, description="water damage")
    assert fee.balance_cents == 500
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        set_manual_block(uow, ben, "see the librarian")
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        assert uow.session.get(Patron, ben).block_reason == "see the librarian"


def test_an_aide_works_the_desk(database: Database, small_library: SmallLibrary) -> None:
    ben = small_library.patron_ids["Ben"]
    with database.unit_of_work(staff_name="Sam", staff_role="aide") as uow:
        out = checkout_item(uow, ben, "31000000004")
    assert out.outcome is ScanOutcome.CHECKED_OUT
    with database.unit_of_work(staff_name="Sam", staff_role="aide") as uow:
        back = checkin_item(uow, "31000000004")
    assert back.outcome is ScanOutcome.CHECKED_IN
    # every journaled action records who did it
    with database.unit_of_work() as uow:
        who = uow.session.execute(
            select(JournalEntry.action, JournalEntry.staff_name)
            .where(JournalEntry.item_id == 4)
            .order_by(JournalEntry.id.desc())
            .limit(2)
        ).all()
    assert [tuple(row) for row in who] == [("checkin", "Sam"), ("checkout", "Sam")]


def test_the_kiosk_lends_to_its_own_student_only_and_never_checks_in(
    database: Database, small_library: SmallLibrary
) -> None:
    ana, ben = small_library.patron_ids["Ana"], small_library.patron_ids["Ben"]
    kiosk = {"staff_name": "Kiosk", "staff_role": "kiosk", "kiosk_patron_id": ben}
    with (
        database.unit_of_work(**kiosk) as uow,
        pytest.raises(PermissionDeniedError, match="own account"),
    ):
        checkout_item(uow, ana, "31000000004")
    with database.unit_of_work(**kiosk) as uow:
        assert checkout_item(uow, ben, "31000000004").outcome is ScanOutcome.CHECKED_OUT
    with (
        database.unit_of_work(**kiosk) as uow,
        pytest.raises(PermissionDeniedError, match="cannot check items in"),
    ):
        checkin_item(uow, "31000000004")


def test_the_kiosk_renews_only_its_own_students_loans(
    database: Database, small_library: SmallLibrary
) -> None:
    # Ana has "Holes" (31000000003) out; Ben is at the kiosk
    kiosk = {
        "staff_name": "Kiosk",
        "staff_role": "kiosk",
        "kiosk_patron_id": small_library.patron_ids["Ben"],
    }
    with (
        database.unit_of_work(**kiosk) as uow,
        pytest.raises(PermissionDeniedError, match="own account"),
    ):
        renew_loan(uow, "31000000003")
