"""The laser cutter goes out at the desk only to a student whose training is valid: on
check-out whatever item type it was catalogued under, and again on every renewal."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import update

from lms_desktop.circulation.context import invalidate_cache
from lms_desktop.circulation.loans import checkout_item, renew_all, renew_loan
from lms_desktop.circulation.models import Item
from lms_desktop.circulation.results import ScanOutcome
from lms_desktop.db.unit_of_work import Database
from lms_desktop.makerspace.certificates import record_certificate
from lms_desktop.school.setup import item_type_id
from tests.makerspace.school_setup import Riverside, set_up_riverside


@pytest.fixture
def riverside(database: Database) -> Riverside:
    invalidate_cache()
    return set_up_riverside(database)


def _morning(database: Database, school: Riverside, day: date) -> datetime:
    zone = school.calendar(database).zone
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=zone)


def _catalogue_the_laser_as(database: Database, type_code: str) -> None:
    with database.unit_of_work() as uow:
        uow.session.execute(
            update(Item)
            .where(Item.barcode == "MK-LASER-1")
            .values(item_type_id=item_type_id(uow, type_code))
        )
        uow.commit()
    invalidate_cache()


@pytest.mark.parametrize("type_code", ["maker_tool", "book"])
def test_an_untrained_student_is_refused_the_laser_cutter_whatever_its_item_type(
    database: Database, riverside: Riverside, type_code: str
) -> None:
    _catalogue_the_laser_as(database, type_code)
    morning = _morning(database, riverside, date(2026, 9, 9))
    with database.unit_of_work("Ms. Librarian") as uow:
        refused = checkout_item(uow, riverside.untrained, "MK-LASER-1", now=morning)
    assert refused.outcome == ScanOutcome.REFUSED
    assert "Laser cutter needs training. Ava Chen has not been trained" in refused.message


@pytest.mark.parametrize("type_code", ["maker_tool", "book"])
def test_a_student_whose_certificate_expired_is_refused_the_laser_cutter(
    database: Database, riverside: Riverside, type_code: str
) -> None:
    _catalogue_the_laser_as(database, type_code)
    with database.unit_of_work("Ms. Librarian") as uow:
        record_certificate(
            uow,
            riverside.untrained,
            riverside.laser_training,
            "Ms. Okafor",
            date(2025, 9, 2),
            expires_on=date(2026, 9, 1),
        )
        uow.commit()
    morning = _morning(database, riverside, date(2026, 9, 9))
    with database.unit_of_work("Ms. Librarian") as uow:
        refused = checkout_item(uow, riverside.untrained, "MK-LASER-1", now=morning)
    assert refused.outcome == ScanOutcome.REFUSED
    assert "certificate expired on 01 Sep 2026" in refused.message


def test_the_laser_cutter_is_not_renewed_once_the_certificate_has_expired(
    database: Database, riverside: Riverside
) -> None:
    # catalogued as a book: the book rule allows renewals, so only the gate can say no
    _catalogue_the_laser_as(database, "book")
    with database.unit_of_work("Ms. Librarian") as uow:
        record_certificate(
            uow,
            riverside.untrained,
            riverside.laser_training,
            "Ms. Okafor",
            date(2025, 9, 10),
            expires_on=date(2026, 9, 10),
        )
        uow.commit()
    lent_on = _morning(database, riverside, date(2026, 9, 9))
    with database.unit_of_work("Ms. Librarian") as uow:
        lent = checkout_item(uow, riverside.untrained, "MK-LASER-1", now=lent_on)
    assert lent.outcome == ScanOutcome.CHECKED_OUT, lent.message
    assert lent.loan is not None

    still_valid = _morning(database, riverside, date(2026, 9, 10))  # its last day
    with database.unit_of_work("Ms. Librarian") as uow:
        renewed = renew_loan(uow, "MK-LASER-1", now=still_valid)
    assert renewed.outcome == ScanOutcome.RENEWED, renewed.message

    expired = _morning(database, riverside, date(2026, 9, 14))
    with database.unit_of_work("Ms. Librarian") as uow:
        refused = renew_loan(uow, "MK-LASER-1", now=expired)
    assert refused.outcome == ScanOutcome.REFUSED
    assert "cannot be renewed" in refused.message
    assert "certificate expired on 10 Sep 2026" in refused.message

    with database.unit_of_work("Ms. Librarian") as uow:
        all_of_them = renew_all(uow, riverside.untrained, now=expired)
    assert not all_of_them.renewed
    assert "certificate expired" in all_of_them.refused[0][1]
