"""At the desk, the laser cutter is not lent to a student without a valid certificate."""

from __future__ import annotations

from datetime import datetime

from lms_desktop.circulation.context import invalidate_cache
from lms_desktop.circulation.loans import checkout_item
from lms_desktop.circulation.results import ScanOutcome
from lms_desktop.db.unit_of_work import Database
from tests.makerspace.school_setup import set_up_riverside


def test_the_desk_lends_the_laser_cutter_only_to_a_trained_student(database: Database) -> None:
    invalidate_cache()
    school = set_up_riverside(database)
    cal = school.calendar(database)
    morning = datetime(2026, 9, 9, 10, 0, tzinfo=cal.zone)

    with database.unit_of_work("Ms. Librarian") as uow:
        refused = checkout_item(uow, school.untrained, "MK-LASER-1", now=morning)
    assert refused.outcome == ScanOutcome.REFUSED
    assert "Laser cutter needs training. Ava Chen has not been trained" in refused.message

    with database.unit_of_work("Ms. Librarian") as uow:
        lent = checkout_item(uow, school.student, "MK-LASER-1", now=morning)
    assert lent.outcome == ScanOutcome.CHECKED_OUT, lent.message
