"""Bookings: by period or clock time, conflicts named with the next free slot, capacity,
quotas, recurrence over breaks, approval, waitlist, check-in and no-shows."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import PermissionDeniedError, ValidationError
from lms_desktop.makerspace.bookings import (
    NO_SHOW_GRACE_KEY,
    STUDENT_WEEKLY_QUOTA_KEY,
    BookingConflictError,
    BookingInfo,
    BookingRequest,
    approval_queue,
    approve_booking,
    bookings_between,
    cancel_booking,
    check_in,
    create_booking,
    create_series,
    decline_booking,
    get_booking,
    move_booking,
    release_no_shows,
    waitlist,
)
from lms_desktop.makerspace.schedule import (
    ClosedDayError,
    SchoolCalendar,
    day_types_between,
    to_local,
)
from lms_desktop.makerspace.slots import RecurrenceRule, slot_by_clock, slot_by_period
from lms_desktop.school.settings import set_setting
from tests.makerspace.calendar_fixtures import EARLY_RELEASE_DAY, FIRST_DAY
from tests.makerspace.school_setup import Riverside, at, set_up_riverside

B_DAY = date(2026, 9, 9)  # a Wednesday


@pytest.fixture
def school(database: Database) -> Riverside:
    return set_up_riverside(database)


@pytest.fixture
def cal(school: Riverside, database: Database) -> SchoolCalendar:
    return school.calendar(database)


def book(database: Database, request: BookingRequest) -> BookingInfo:
    with database.unit_of_work("Ms. Librarian") as uow:
        info = create_booking(uow, request)
        uow.commit()
    return info


def rivera_class(
    school: Riverside, resource: int, slot: tuple[datetime, datetime]
) -> BookingRequest:
    return BookingRequest(
        resource, *slot, patron_id=school.teacher, class_name="7B Science", purpose="Bridges"
    )


def test_a_teacher_books_b_day_period_3_for_a_class(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    info = book(database, rivera_class(school, school.printer, slot_by_period(cal, B_DAY, "3")))
    assert info.status == "approved"
    assert info.who == "Maria Rivera (7B Science)"
    assert to_local(cal, info.starts_at).strftime("%H:%M") == "09:50"
    assert info.created_by == "Ms. Librarian"
    with database.unit_of_work() as uow:
        week = bookings_between(uow, at(cal, 2026, 9, 7, 0), at(cal, 2026, 9, 12, 0))
    assert [b.id for b in week] == [info.id]


@pytest.mark.parametrize(
    ("start", "end", "clash", "suggested"),
    [
        # the same period: taken by Ms. Rivera's class; period 4 is free
        ((9, 50), (10, 40), True, "B-day Wed 09 Sep, period 4 (10:45-11:35)"),
        # clock time overlapping the end: the next free stretch starts when it ends
        ((10, 30), (11, 0), True, "B-day Wed 09 Sep 10:40-11:10"),
        # overlapping the start
        ((9, 30), (10, 0), True, "B-day Wed 09 Sep 10:40-11:10"),
        # back to back is no clash
        ((10, 40), (11, 30), False, None),
        ((9, 0), (9, 50), False, None),
    ],
)
def test_conflicts_name_the_booking_in_the_way_and_suggest_the_next_free_slot(
    database: Database,
    school: Riverside,
    cal: SchoolCalendar,
    start: tuple[int, int],
    end: tuple[int, int],
    clash: bool,
    suggested: str | None,
) -> None:
    book(database, rivera_class(school, school.printer, slot_by_period(cal, B_DAY, "3")))
    request = BookingRequest(
        school.printer, at(cal, 2026, 9, 9, *start), at(cal, 2026, 9, 9, *end), school.student
    )
    if not clash:
        assert book(database, request).status == "approved"
        return
    with pytest.raises(BookingConflictError) as caught:
        book(database, request)
    error = caught.value
    assert [c.who for c in error.conflicts] == ["Maria Rivera (7B Science)"]
    assert "Maria Rivera (7B Science), B-day Wed 09 Sep, period 3" in error.message
    assert error.suggestion_label == suggested
    assert f"The next free slot is {suggested}." in error.message


@pytest.mark.parametrize(
    ("day", "start", "end", "message"),
    [
        (date(2026, 11, 26), (9, 0), (10, 0), "school is closed on Thursday 26 November"),
        (date(2026, 9, 12), (9, 0), (10, 0), "school is closed on Saturday"),
        (date(2026, 12, 28), (9, 0), (10, 0), "school is closed"),  # winter break
        (B_DAY, (15, 30), (16, 30), "can be booked from 07:30 to 16:00"),
        (B_DAY, (9, 0), (9, 10), "at least 15 minutes"),
        (B_DAY, (8, 0), (12, 0), "at most 180 minutes"),
        (B_DAY, (10, 0), (9, 0), "must end after it starts"),
    ],
)
def test_closed_days_hours_and_durations_are_refused_with_the_reason(
    database: Database,
    school: Riverside,
    cal: SchoolCalendar,
    day: date,
    start: tuple[int, int],
    end: tuple[int, int],
    message: str,
) -> None:
    request = BookingRequest(
        school.printer,
        at(cal, day.year, day.month, day.day, *start),
        at(cal, day.year, day.month, day.day, *end),
        school.student,
    )
    with pytest.raises(ValidationError, match=message):
        book(database, request)


def test_a_shared_resource_takes_bookings_up_to_its_capacity(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    slot = slot_by_period(cal, B_DAY, "5")
    book(database, BookingRequest(school.vr, *slot, class_name="Art club", seats=4))
    book(database, BookingRequest(school.vr, *slot, school.student, seats=2))
    with pytest.raises(BookingConflictError, match="VR headsets is full then"):
        book(database, BookingRequest(school.vr, *slot, school.untrained, seats=1))
    with pytest.raises(ValidationError, match="room for 6; 7 were asked"):
        book(
            database,
            BookingRequest(school.vr, *slot_by_period(cal, B_DAY, "6"), None, "Band", seats=7),
        )


def test_an_untrained_student_cannot_book_the_laser_cutter(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    slot = slot_by_period(cal, B_DAY, "3")
    with pytest.raises(PermissionDeniedError, match="Ava Chen has not been trained in Laser"):
        book(database, BookingRequest(school.laser, *slot, school.untrained))
    trained = book(database, BookingRequest(school.laser, *slot, school.student, purpose="Sign"))
    assert trained.status == "requested"  # the laser cutter needs approval
    # a teacher supervises a class: no certificate needed
    teacher = book(database, rivera_class(school, school.laser, slot_by_period(cal, B_DAY, "4")))
    assert teacher.status == "requested"


def test_a_student_may_use_their_quota_but_not_more(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    # 3D printer 1 allows a student 120 minutes a week
    book(
        database,
        BookingRequest(school.printer, *slot_by_clock(cal, B_DAY, *_t(8, 0, 9, 0)), school.student),
    )
    book(
        database,
        BookingRequest(
            school.printer, *slot_by_clock(cal, date(2026, 9, 10), *_t(8, 0, 8, 50)), school.student
        ),
    )
    with pytest.raises(
        ValidationError,
        match="Jordan Lee already has 1 h 50 min booked on 3D printer 1 in the week of 07 Sep",
    ):
        book(
            database,
            BookingRequest(
                school.printer,
                *slot_by_clock(cal, date(2026, 9, 11), *_t(8, 0, 8, 30)),
                school.student,
            ),
        )
    # next week starts afresh, and teachers have no quota
    book(
        database,
        BookingRequest(
            school.printer, *slot_by_clock(cal, date(2026, 9, 14), *_t(8, 0, 10, 0)), school.student
        ),
    )
    book(
        database,
        BookingRequest(
            school.printer,
            *slot_by_clock(cal, date(2026, 9, 11), *_t(9, 0, 12, 0)),
            school.teacher,
            "7B",
        ),
    )


def test_a_makerspace_wide_weekly_quota_counts_every_resource(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    with database.unit_of_work() as uow:
        set_setting(uow, STUDENT_WEEKLY_QUOTA_KEY, 180)
        uow.commit()
    book(
        database,
        BookingRequest(school.vr, *slot_by_clock(cal, B_DAY, *_t(8, 0, 10, 0)), school.student),
    )
    book(
        database,
        BookingRequest(
            school.printer, *slot_by_clock(cal, B_DAY, *_t(12, 0, 12, 50)), school.student
        ),
    )
    with pytest.raises(
        ValidationError, match=r"in the makerspace in the week of 07 Sep.*3 h weekly limit"
    ):
        book(
            database,
            BookingRequest(
                school.vr, *slot_by_clock(cal, B_DAY, *_t(14, 0, 14, 30)), school.student
            ),
        )


def _t(h1: int, m1: int, h2: int, m2: int):  # type: ignore[no-untyped-def]
    from datetime import time

    return time(h1, m1), time(h2, m2)


def test_every_a_day_period_3_until_january_skips_breaks_and_keeps_local_time(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    rule = RecurrenceRule(FIRST_DAY, date(2027, 1, 29), day_types=("A",), period_name="3")
    with database.unit_of_work() as uow:
        result = create_series(uow, school.printer, rule, school.teacher, "7B Science")
        uow.commit()
    a_days = [
        d for d, t in day_types_between(cal, FIRST_DAY, date(2027, 1, 29)).items() if t == "A"
    ]
    local_starts = [to_local(cal, b.starts_at) for b in result.created]
    assert [s.date() for s in local_starts] == a_days
    # across the clocks going back on 1 November, period 3 still starts at 9:50 local
    assert {s.strftime("%H:%M") for s in local_starts if s.date() != EARLY_RELEASE_DAY} == {"09:50"}
    assert not any(s.date() in {date(2026, 11, 26), date(2026, 12, 28)} for s in local_starts)
    assert {b.series_id for b in result.created} == {result.series_id}
    assert result.rule_text.startswith("every A-days, period 3")


def test_a_weekly_series_follows_the_early_release_schedule(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    rule = RecurrenceRule(date(2026, 12, 1), date(2026, 12, 31), weekdays=(3,), period_name="3")
    with database.unit_of_work() as uow:
        result = create_series(uow, school.printer, rule, None, "Robotics club")
        uow.commit()
    starts = {
        to_local(cal, b.starts_at).date(): to_local(cal, b.starts_at).strftime("%H:%M")
        for b in result.created
    }
    # Wednesdays 2, 9, 16 (early release) — the 23rd and 30th are winter break
    assert starts == {
        date(2026, 12, 2): "09:50",
        date(2026, 12, 9): "09:50",
        EARLY_RELEASE_DAY: "09:10",
    }


def test_a_series_that_meets_a_booking_is_refused_unless_the_free_ones_are_wanted(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    taken = book(
        database,
        BookingRequest(
            school.printer,
            *slot_by_period(cal, date(2026, 9, 10), "3"),
            school.student,
            purpose="Keychain",
        ),
    )
    rule = RecurrenceRule(FIRST_DAY, date(2026, 9, 30), day_types=("A",), period_name="3")
    with database.unit_of_work() as uow, pytest.raises(BookingConflictError) as caught:
        create_series(uow, school.printer, rule, school.teacher, "7B Science")
    assert "1 of 9 occurrences cannot be booked" in caught.value.message
    assert "A-day Thu 10 Sep, period 3 (09:50-10:40): taken by Jordan Lee" in caught.value.message
    assert [c.booking_id for c in caught.value.conflicts] == [taken.id]
    with database.unit_of_work() as uow:
        result = create_series(
            uow, school.printer, rule, school.teacher, "7B Science", skip_conflicts=True
        )
        uow.commit()
    assert len(result.created) == 8
    assert [to_local(cal, s.starts_at).date() for s in result.skipped] == [date(2026, 9, 10)]


def test_a_clashing_series_suggests_a_period_free_on_every_date(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    # Jordan has period 3 on Thu 10 Sep and 7B Science period 4 on Tue 22 Sep: every A-day
    # period 3 clashes once, period 4 too, so the first time free on every date is period 5
    book(database, BookingRequest(school.printer, *slot_by_period(cal, date(2026, 9, 10), "3"),
                                  school.student))  # fmt: skip
    book(
        database, rivera_class(school, school.printer, slot_by_period(cal, date(2026, 9, 22), "4"))
    )
    rule = RecurrenceRule(FIRST_DAY, date(2026, 9, 30), day_types=("A",), period_name="3")
    with database.unit_of_work() as uow, pytest.raises(BookingConflictError) as caught:
        create_series(uow, school.printer, rule, None, "Robotics club")
    error = caught.value
    assert error.suggestion_label == "in period 5 (12:15-13:05)"
    assert "Every date of the series is free in period 5 (12:15-13:05)." in error.message
    assert error.suggestion == slot_by_period(cal, FIRST_DAY, "5")


def test_a_clashing_series_by_clock_time_suggests_a_free_time(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    art_club = slot_by_clock(cal, B_DAY, *_t(15, 0, 15, 15))
    book(database, BookingRequest(school.printer, *art_club, None, "Art club"))
    starts, ends = _t(15, 0, 15, 45)
    rule = RecurrenceRule(FIRST_DAY, date(2026, 9, 30), weekdays=(3,), starts=starts, ends=ends)
    with database.unit_of_work() as uow, pytest.raises(BookingConflictError) as caught:
        create_series(uow, school.printer, rule, None, "Robotics club")
    assert caught.value.suggestion_label == "at 15:15-16:00"  # right after Art club
    # an hour does not fit before closing (16:00), nor at 14:05 (Art club at 15:00): the
    # latest earlier start free on every Wednesday is period 6
    rule = RecurrenceRule(FIRST_DAY, date(2026, 9, 30), weekdays=(3,), starts=starts,
                          ends=_t(15, 0, 16, 0)[1])  # fmt: skip
    with database.unit_of_work() as uow, pytest.raises(BookingConflictError) as caught:
        create_series(uow, school.printer, rule, None, "Robotics club")
    assert caught.value.suggestion_label == "at 13:10-14:10"


def test_a_series_refused_for_a_weekly_limit_too_gets_no_time_of_day_suggestion(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    book(database, rivera_class(school, school.printer, slot_by_period(cal, B_DAY, "3")))
    # Jordan, period 3 every day Tue-Fri: Wednesday is taken and Friday is over his 2 hours
    rule = RecurrenceRule(FIRST_DAY, date(2026, 9, 11), period_name="3")
    with database.unit_of_work() as uow, pytest.raises(BookingConflictError) as caught:
        create_series(uow, school.printer, rule, school.student)
    assert "2 of 4 occurrences cannot be booked" in caught.value.message
    assert caught.value.suggestion is None  # another period would not cure the weekly limit


def test_a_booking_on_a_closed_day_names_the_next_school_day(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    thanksgiving = at(cal, 2026, 11, 26, 9)
    with pytest.raises(ClosedDayError) as caught:
        book(
            database,
            BookingRequest(
                school.printer, thanksgiving, thanksgiving + timedelta(hours=1), school.student
            ),
        )
    assert caught.value.next_day == date(2026, 11, 30)  # Thursday and Friday are both off
    assert "The next school day is Monday 30 November 2026 (" in caught.value.message
    with pytest.raises(ClosedDayError, match="next school day is Monday 14 September"):
        slot_by_clock(cal, date(2026, 9, 12), *_t(9, 0, 10, 0))  # a Saturday


def test_a_request_waits_for_approval_then_is_approved_or_declined(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    first = book(
        database,
        BookingRequest(
            school.laser, *slot_by_period(cal, B_DAY, "3"), school.student, purpose="Sign"
        ),
    )
    second = book(database, rivera_class(school, school.laser, slot_by_period(cal, B_DAY, "5")))
    with database.unit_of_work() as uow:
        assert [b.id for b in approval_queue(uow)] == [first.id, second.id]
        assert approve_booking(uow, first.id).status == "approved"
        decline_booking(uow, second.id)
        uow.commit()
    with database.unit_of_work() as uow:
        assert approval_queue(uow) == []
        assert get_booking(uow, second.id).status == "cancelled"


def test_a_waitlisted_student_gets_the_slot_when_it_is_cancelled(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    slot = slot_by_period(cal, B_DAY, "3")
    held = book(database, rivera_class(school, school.printer, slot))
    waiting = book(
        database, BookingRequest(school.printer, *slot, school.student, waitlist_if_full=True)
    )
    assert waiting.status == "waitlisted"
    with database.unit_of_work() as uow:
        assert [b.id for b in waitlist(uow, now=at(cal, 2026, 9, 1, 8))] == [waiting.id]
        promoted = cancel_booking(uow, held.id)
        uow.commit()
    assert [(b.id, b.status) for b in promoted] == [(waiting.id, "approved")]


def test_the_waitlist_never_takes_a_student_over_the_weekly_limit(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    # 3D printer 1 allows a student 120 minutes a week. Jordan joins the waitlist for three
    # hours that 7B Science holds, Ava for the last one; then 7B Science cancels them all.
    days = (B_DAY, date(2026, 9, 10), date(2026, 9, 11))
    slots = [slot_by_clock(cal, day, *_t(8, 0, 9, 0)) for day in days]
    held = [book(database, rivera_class(school, school.printer, slot)) for slot in slots]
    jordan = [
        book(database, BookingRequest(school.printer, *s, school.student, waitlist_if_full=True))
        for s in slots
    ]
    ava = book(
        database, BookingRequest(school.printer, *slots[2], school.untrained, waitlist_if_full=True)
    )
    with database.unit_of_work() as uow:
        promoted = [p.id for h in held for p in cancel_booking(uow, h.id)]
        uow.commit()
    # Jordan gets two hours; the third would break his limit, so Ava, next in line, gets it
    assert promoted == [jordan[0].id, jordan[1].id, ava.id]
    with database.unit_of_work() as uow:
        assert get_booking(uow, jordan[2].id).status == "waitlisted"
        (still_waiting,) = waitlist(uow, now=at(cal, 2026, 9, 1, 8))
    assert still_waiting.id == jordan[2].id
    assert still_waiting.held_back_because.startswith(
        "Not given the slot: Jordan Lee already has 2 h booked on 3D printer 1"
    )
    assert "2 h weekly limit" in still_waiting.held_back_because


def test_the_waitlist_never_gives_a_gated_tool_to_a_student_whose_training_was_withdrawn(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    from lms_desktop.makerspace.certificates import list_certificates, revoke_certificate

    slot = slot_by_period(cal, B_DAY, "3")
    request = book(database, rivera_class(school, school.laser, slot))
    waiting = book(
        database, BookingRequest(school.laser, *slot, school.student, waitlist_if_full=True)
    )
    with database.unit_of_work() as uow:
        (certificate,) = list_certificates(uow)
        revoke_certificate(uow, certificate.id)  # Jordan misused the laser cutter
        assert decline_booking(uow, request.id) == []
        uow.commit()
    with database.unit_of_work() as uow:
        assert get_booking(uow, waiting.id).status == "waitlisted"
        (still_waiting,) = waitlist(uow, now=at(cal, 2026, 9, 1, 8))
    assert "Laser cutter needs training" in still_waiting.held_back_because
    assert "withdrawn" in still_waiting.held_back_because


def test_check_in_opens_fifteen_minutes_early_and_no_shows_free_the_slot(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    slot = slot_by_period(cal, B_DAY, "3")  # 9:50-10:40
    came = book(database, BookingRequest(school.vr, *slot, school.student, seats=6))
    with database.unit_of_work() as uow:
        with pytest.raises(ValidationError, match="too early"):
            check_in(uow, came.id, now=at(cal, 2026, 9, 9, 9, 30))
        assert check_in(uow, came.id, now=at(cal, 2026, 9, 9, 9, 40)).status == "checked_in"
        uow.commit()

    absent = book(database, rivera_class(school, school.printer, slot))
    waiting = book(
        database, BookingRequest(school.printer, *slot, school.student, waitlist_if_full=True)
    )
    with database.unit_of_work() as uow:
        set_setting(uow, NO_SHOW_GRACE_KEY, 10)
        assert release_no_shows(uow, now=at(cal, 2026, 9, 9, 9, 55)) == []  # within the grace
        released = release_no_shows(uow, now=at(cal, 2026, 9, 9, 10, 0))
        uow.commit()
    assert [b.id for b in released] == [absent.id]
    with database.unit_of_work() as uow:
        assert get_booking(uow, absent.id).status == "no_show"
        assert get_booking(uow, waiting.id).status == "approved"
        assert get_booking(uow, came.id).status == "checked_in"
        release_no_shows(uow, now=at(cal, 2026, 9, 9, 11, 0))
        assert get_booking(uow, came.id).status == "completed"


def test_moving_a_booking_onto_another_is_refused_and_a_free_move_is_kept(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    book(database, rivera_class(school, school.printer, slot_by_period(cal, B_DAY, "3")))
    mine = book(
        database, BookingRequest(school.printer, *slot_by_period(cal, B_DAY, "5"), school.student)
    )
    with database.unit_of_work() as uow, pytest.raises(BookingConflictError, match="Maria Rivera"):
        move_booking(uow, mine.id, *slot_by_period(cal, B_DAY, "3"))
    with database.unit_of_work() as uow:
        moved = move_booking(uow, mine.id, *slot_by_period(cal, B_DAY, "4"))
        uow.commit()
    assert to_local(cal, moved.starts_at).strftime("%H:%M") == "10:45"
    # a resize onto itself is no conflict with itself
    with database.unit_of_work() as uow:
        resized = move_booking(uow, mine.id, moved.starts_at, moved.ends_at + timedelta(minutes=20))
    assert resized.minutes == 70


def test_a_student_aide_books_but_only_the_librarian_approves(
    database: Database, school: Riverside, cal: SchoolCalendar
) -> None:
    with database.unit_of_work("Sam", staff_role="aide") as uow:
        request = create_booking(
            uow, BookingRequest(school.laser, *slot_by_period(cal, B_DAY, "3"), school.student)
        )
        with pytest.raises(PermissionDeniedError, match="Sam is signed in as a student aide"):
            approve_booking(uow, request.id)
        assert get_booking(uow, request.id).status == "requested"
