"""Forgetting a student's reading means forgetting it everywhere in the file.

Zebulon borrowed “Embarrassing Medical Questions” and a Chromebook (signing the
acceptable-use agreement) and asked for “Puberty Explained” six weeks ago. Once the
librarian's 30-day privacy setting runs, no row of the database, and no file of the open
export, may put his name or card next to a title any more. When his family asks for his
record to be deleted, his name and card leave the database altogether.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from lms_desktop.care.export import export_everything
from lms_desktop.care.privacy import anonymize_returned_loans, delete_patron
from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.holds import cancel_hold, place_hold
from lms_desktop.circulation.loans import checkin_item, checkout_item
from lms_desktop.circulation.models import Item, Patron
from lms_desktop.circulation.patrons import PatronInput, create_patron
from lms_desktop.circulation.roster import apply_roster, guess_mapping, parse_roster_bytes
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import Database
from lms_desktop.devices.agreements import set_agreement
from lms_desktop.devices.lending import lend_device, return_device
from lms_desktop.devices.register import DeviceInput, add_device
from lms_desktop.school.setup import item_type_id
from tests.care.conftest import marc_for

pytestmark = pytest.mark.sqlite_only  # reads the SQLite file itself

NAME, LAST, CARD = "Zebulon", "Quackenbush", "PQZ-4417"
TITLES = ("Embarrassing Medical Questions", "Puberty Explained", "CB-7001")


def _zebulons_reading(database: Database) -> int:
    """Six weeks ago: a book out and back, a device out and back, a hold cancelled."""
    then = utcnow() - timedelta(days=42)
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        zeb = create_patron(
            uow,
            PatronInput(barcode=CARD, first_name=NAME, last_name=LAST, homeroom="Room 7"),
        ).id
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        book = item_type_id(uow, "book")
        for n, title in enumerate(TITLES[:2]):
            bib = BibRecord(title=title, author="A. Doctor", marc=marc_for(title, "A. Doctor"))
            uow.session.add(bib)
            uow.session.flush()
            uow.session.add(Item(barcode=f"3190000000{n}", item_type_id=book, bib_record_id=bib.id))
        add_device(uow, DeviceInput(asset_tag=TITLES[2], device_type="chromebook"))
        set_agreement(uow, "chromebook", "Acceptable use", "Be kind to the Chromebook.")
        uow.commit()
    with database.unit_of_work(staff_name="Sam") as uow:
        checkout_item(uow, zeb, "31900000000", now=then)
    with database.unit_of_work(staff_name="Sam") as uow:
        checkin_item(uow, "31900000000", now=then + timedelta(days=3))
    with database.unit_of_work(staff_name="Sam") as uow:
        lend_device(uow, zeb, TITLES[2], agreement_accepted=True, now=then)
    with database.unit_of_work(staff_name="Sam") as uow:
        return_device(uow, TITLES[2], now=then + timedelta(days=1))
    with database.unit_of_work(staff_name="Sam") as uow:
        bib_id = uow.session.scalar(select(BibRecord.id).where(BibRecord.title == TITLES[1]))
        hold = place_hold(uow, zeb, bib_record_id=bib_id, now=then)
    with database.unit_of_work(staff_name="Sam") as uow:
        cancel_hold(uow, hold.id, now=then + timedelta(days=2))
    return zeb


def _dump(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as con:
        return list(con.iterdump())


def _export(database: Database, folder: Path) -> list[str]:
    with database.unit_of_work() as uow:
        export_everything(uow, folder)
    return [
        line
        for path in sorted(folder.iterdir())
        if path.suffix in {".csv", ".json"}
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


def _names_him(line: str) -> bool:
    # his homeroom stays on the anonymous loans (statistics), so it is not looked for here
    return any(who in line for who in (NAME, LAST, CARD))


def _reading_lines(lines: list[str]) -> list[str]:
    """Lines that put Zebulon next to something he borrowed or asked for."""
    return [line for line in lines if _names_him(line) and any(t in line for t in TITLES)]


def test_zebulons_reading_is_really_there_before_the_privacy_job(
    database: Database, db_path: Path
) -> None:
    _zebulons_reading(database)
    # the check below can fail: journal, receipts and holds all name him with a title
    assert len(_reading_lines(_dump(db_path))) >= 5


def test_after_30_days_no_row_or_export_file_ties_him_to_a_title(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    _zebulons_reading(database)
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        assert anonymize_returned_loans(uow, days=30) == 2  # the book and the Chromebook
        uow.commit()
    dump = _dump(db_path)
    assert _reading_lines(dump) == []
    receipts = [line for line in dump if line.startswith('INSERT INTO "agreement_receipts"')]
    assert len(receipts) == 1 and "Acceptable use" in receipts[0]  # the receipt stays
    assert not any(_names_him(line) or "Room 7" in line for line in receipts)
    assert _reading_lines(_export(database, tmp_path / "export")) == []
    # he is still a patron: only the link to his reading went
    assert any(CARD in line for line in dump if line.startswith('INSERT INTO "patrons"'))


def test_deleting_him_leaves_neither_name_nor_card_anywhere(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    zeb = _zebulons_reading(database)
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        delete_patron(uow, zeb)
        uow.commit()
    dump = _dump(db_path)
    assert [line for line in dump if _names_him(line)] == []
    assert [line for line in _export(database, tmp_path / "export") if _names_him(line)] == []
    # the anonymous counts stay
    assert sum(line.startswith('INSERT INTO "loans"') for line in dump) == 2


def test_deleting_him_after_an_earlier_anonymisation_still_scrubs_everything(
    database: Database, db_path: Path
) -> None:
    zeb = _zebulons_reading(database)
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        anonymize_returned_loans(uow, days=30)
        uow.commit()
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        delete_patron(uow, zeb)
        uow.commit()
    assert [line for line in _dump(db_path) if _names_him(line)] == []


def test_deleting_him_also_clears_his_old_name_from_roster_imports(
    database: Database, db_path: Path
) -> None:
    for roster in (
        b"Student ID,First Name,Last Name,Grade\n555,Zebulon,Quackenbush,3\n",
        b"Student ID,First Name,Last Name,Grade\n555,Zebulon,Smith,3\n",  # name changed
    ):
        with database.unit_of_work(staff_name="Ms Reed") as uow:
            parsed = parse_roster_bytes(roster)
            apply_roster(uow, parsed, guess_mapping(parsed.headers))
            uow.commit()
    assert any(LAST in line for line in _dump(db_path))  # the first import's undo data
    with database.unit_of_work(staff_name="Ms Reed") as uow:
        zeb = uow.session.scalar(select(Patron.id).where(Patron.last_name == "Smith"))
        assert zeb is not None
        delete_patron(uow, zeb)
        uow.commit()
    assert [line for line in _dump(db_path) if LAST in line or NAME in line] == []
