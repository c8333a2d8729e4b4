"""The makerspace's refusals keep their English and say how they were made.

Each is a lms_desktop.texts.Text: the English the CLI, logs and tests read, and a
template (with nested slot labels, dates and statuses) the desk shows in the reader's
language. The Spanish itself is checked on screen in tests/ui/makerspace/test_in_spanish.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import ValidationError
from lms_desktop.makerspace.bookings import (
    BookingConflictError,
    BookingRequest,
    cancel_booking,
    create_booking,
)
from lms_desktop.makerspace.schedule import SchoolCalendar, closed_day_error
from lms_desktop.makerspace.slots import RecurrenceRule, label_slot, slot_by_period
from lms_desktop.texts import Text
from tests.makerspace.school_setup import Riverside, set_up_riverside

B_DAY = date(2026, 9, 9)


@pytest.fixture
def school(database: Database) -> Riverside:
    return set_up_riverside(database)


@pytest.fixture
def cal(school: Riverside, database: Database) -> SchoolCalendar:
    return school.calendar(database)


def test_a_clash_reads_as_before_and_keeps_its_slot_labels_translatable(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    period_3 = slot_by_period(cal, B_DAY, "3")
    with database.unit_of_work() as uow:
        create_booking(uow, BookingRequest(school.printer, *period_3, school.teacher, "7B"))
        uow.commit()
    with database.unit_of_work() as uow, pytest.raises(BookingConflictError) as clash:
        create_booking(uow, BookingRequest(school.printer, *period_3, school.student))
    message = clash.value.message
    assert message == (
        "3D printer 1 is already booked then: Maria Rivera (7B), B-day Wed 09 Sep, period 3 "
        "(09:50-10:40). The next free slot is B-day Wed 09 Sep, period 4 (10:45-11:35). "
        "Choose another time, or join the waitlist."
    )
    assert isinstance(message, Text)
    label = clash.value.suggestion_label
    assert isinstance(label, Text) and label.template == "{day}, {periods} ({times})"


def test_a_closed_day_names_both_days_in_words_a_translator_sees() -> None:
    refusal = closed_day_error(SchoolCalendar(), date(2026, 11, 28))
    assert refusal.message == (
        "The school is closed on Saturday 28 November 2026 (not a school day). The next "
        "school day is Monday 30 November 2026: choose that day or another school day."
    )
    assert isinstance(refusal.message, Text)


def test_a_series_rule_and_a_status_refusal_are_texts(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    rule = RecurrenceRule(date(2026, 9, 8), date(2026, 9, 30), weekdays=(2, 4), period_name="3")
    assert rule.describe() == "every Tue, Thu, period 3, 08 Sep 2026 to 30 Sep 2026"
    assert rule.describe().template == "every {days}, {when}, {first_day} to {last_day}"
    with database.unit_of_work() as uow:
        booked = create_booking(
            uow, BookingRequest(school.printer, *slot_by_period(cal, B_DAY, "2"), school.student)
        )
        cancel_booking(uow, booked.id)
        with pytest.raises(ValidationError) as refused:
            cancel_booking(uow, booked.id)
        assert label_slot(cal, booked.starts_at, booked.ends_at) == (
            "B-day Wed 09 Sep, period 2 (08:55-09:45)"
        )
    assert refused.value.message == (
        "This booking is cancelled, so it cannot be cancelled. Refresh the schedule."
    )
    assert isinstance(refused.value.message, Text)
    assert refused.value.message.values["status"] == "cancelled"
