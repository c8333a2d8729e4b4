"""The door sheet lists the day's bookings by period and resource, readable back from the PDF."""

from __future__ import annotations

import os
from datetime import date, time
from pathlib import Path

from pypdf import PdfReader

from lms_desktop.db.unit_of_work import Database
from lms_desktop.makerspace.bookings import BookingRequest, create_booking
from lms_desktop.makerspace.door_schedule import build_door_schedule, write_door_schedule_pdf
from lms_desktop.makerspace.slots import slot_by_clock, slot_by_period
from tests.makerspace.school_setup import set_up_riverside

B_DAY = date(2026, 9, 9)


def test_the_door_sheet_shows_each_period_and_after_school_bookings(
    database: Database, tmp_path: Path
) -> None:
    school = set_up_riverside(database)
    cal = school.calendar(database)
    with database.unit_of_work() as uow:
        create_booking(
            uow,
            BookingRequest(
                school.printer,
                *slot_by_period(cal, B_DAY, "3"),
                school.teacher,
                "7B Science",
                "Bridges",
            ),
        )
        create_booking(
            uow,
            BookingRequest(
                school.laser, *slot_by_period(cal, B_DAY, "5"), school.student, purpose="Name sign"
            ),
        )
        create_booking(
            uow,
            BookingRequest(
                school.vr,
                *slot_by_clock(cal, B_DAY, time(15, 0), time(15, 45)),
                None,
                "VR club",
                seats=6,
            ),
        )
        uow.commit()
    with database.unit_of_work() as uow:
        sheet = build_door_schedule(uow, B_DAY)
    if out := os.environ.get("MAKERSPACE_DOOR_PDF"):  # to look at it: pdftoppm -png
        write_door_schedule_pdf(sheet, Path(out))
    assert sheet.title == "Makerspace — Wednesday 09 September 2026 (B-day)"
    assert sheet.resources == ("3D printer 1", "Laser cutter", "VR headsets")
    by_label = {row.label: row for row in sheet.rows}
    assert by_label["Period 3"].cells[0] == ("Maria Rivera (7B Science) — Bridges",)
    assert by_label["Period 5"].cells[1] == ("Jordan Lee — Name sign (awaiting approval)",)
    assert by_label["After school"].times == "15:00-15:45"
    assert by_label["After school"].cells[2] == ("VR club",)

    pdf = write_door_schedule_pdf(sheet, tmp_path / "door.pdf")
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    for expected in (
        "Makerspace",
        "B-day",
        "Period 3",
        "09:50-10:40",
        "Maria Rivera",
        "Bridges",
        "After school",
        "VR club",
        "Free",
    ):
        assert expected in text


def test_a_lunch_booking_is_between_periods_and_every_row_is_in_time_order(
    database: Database, tmp_path: Path
) -> None:
    school = set_up_riverside(database)
    cal = school.calendar(database)
    with database.unit_of_work() as uow:
        for resource, starts, ends, who in (
            (school.vr, time(15, 0), time(15, 45), "VR club"),
            (school.printer, time(11, 40), time(12, 10), "Lunch club"),  # lunch: 11:35-12:15
            (school.vr, time(11, 40), time(12, 10), "Chess and VR"),
            (school.printer, time(7, 30), time(7, 55), "Early birds"),
        ):
            create_booking(
                uow, BookingRequest(resource, *slot_by_clock(cal, B_DAY, starts, ends), None, who)
            )
        uow.commit()
    with database.unit_of_work() as uow:
        sheet = build_door_schedule(uow, B_DAY)
    if out := os.environ.get("MAKERSPACE_DOOR_PDF"):  # to look at it: pdftoppm -png
        write_door_schedule_pdf(sheet, Path(out))
    assert [(row.label, row.times) for row in sheet.rows] == [
        ("Before school", "07:30-07:55"),
        ("Period 1", "08:00-08:50"),
        ("Period 2", "08:55-09:45"),
        ("Period 3", "09:50-10:40"),
        ("Period 4", "10:45-11:35"),
        ("Between periods", "11:40-12:10"),
        ("Period 5", "12:15-13:05"),
        ("Period 6", "13:10-14:00"),
        ("Period 7", "14:05-14:55"),
        ("After school", "15:00-15:45"),
    ]
    lunch = sheet.rows[5]
    assert lunch.cells == (("Lunch club",), (), ("Chess and VR",))  # one row, both resources
    text = " ".join(
        PdfReader(write_door_schedule_pdf(sheet, tmp_path / "door.pdf"))
        .pages[0]
        .extract_text()
        .split()
    )
    assert text.index("Period 4") < text.index("Between periods") < text.index("Period 5")


def test_on_a_closed_day_the_sheet_says_so(database: Database, tmp_path: Path) -> None:
    set_up_riverside(database)
    with database.unit_of_work() as uow:
        sheet = build_door_schedule(uow, date(2026, 11, 26))
    assert sheet.rows == () and sheet.day_type is None
    text = (
        PdfReader(write_door_schedule_pdf(sheet, tmp_path / "closed.pdf")).pages[0].extract_text()
    )
    assert "the makerspace is closed" in text
