"""Training gates the tools (bookings and desk check-outs); consumables warn when low."""

from __future__ import annotations

from datetime import date

import pytest

from lms_desktop.circulation.models import Item
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import NotFoundError, PermissionDeniedError, ValidationError
from lms_desktop.makerspace.bookings import BookingRequest, create_booking
from lms_desktop.makerspace.certificates import (
    certificate_problem,
    check_certificate_for_item,
    expiring_soon,
    list_certificates,
    record_certificate,
    revoke_certificate,
)
from lms_desktop.makerspace.resources import (
    log_consumable_use,
    low_stock,
    restock,
    uses_for_booking,
)
from lms_desktop.makerspace.slots import slot_by_period
from lms_desktop.school.setup import item_type_id
from tests.makerspace.school_setup import Riverside, set_up_riverside


@pytest.fixture
def school(database: Database) -> Riverside:
    return set_up_riverside(database)


def test_recording_a_training_sets_its_expiry_from_the_trainings_validity(
    database: Database, school: Riverside
) -> None:
    with database.unit_of_work() as uow:
        cert = record_certificate(
            uow, school.untrained, school.laser_training, "Ms. Okafor", date(2026, 10, 5)
        )
        uow.commit()
    assert cert.expires_on == date(2027, 10, 5)
    assert cert.patron_name == "Ava Chen"
    assert cert.certification_name == "Laser cutter safety"
    assert cert.valid_on(date(2027, 1, 1)) and not cert.valid_on(date(2027, 10, 6))


@pytest.mark.parametrize(
    ("trained_on", "expires_on", "revoke", "on_date", "reason"),
    [
        (
            None,
            None,
            False,
            date(2026, 9, 9),
            "Ava Chen has not been trained in Laser cutter safety",
        ),
        (
            date(2025, 9, 1),
            date(2026, 9, 1),
            False,
            date(2026, 9, 9),
            "certificate expired on 01 Sep 2026",
        ),
        (date(2026, 9, 1), None, True, date(2026, 9, 9), "certificate was withdrawn"),
        (date(2026, 10, 1), None, False, date(2026, 9, 9), "training is dated 01 Oct 2026"),
        (date(2026, 9, 1), None, False, date(2026, 9, 9), None),  # valid: allowed
        (date(2026, 9, 1), date(2026, 9, 9), False, date(2026, 9, 9), None),  # last valid day
    ],
)
def test_a_students_certificate_is_checked_on_the_day_of_use(
    database: Database,
    school: Riverside,
    trained_on: date | None,
    expires_on: date | None,
    revoke: bool,
    on_date: date,
    reason: str | None,
) -> None:
    with database.unit_of_work() as uow:
        if trained_on is not None:
            cert = record_certificate(
                uow, school.untrained, school.laser_training, "Ms. Okafor", trained_on, expires_on
            )
            if revoke:
                revoke_certificate(uow, cert.id)
        problem = certificate_problem(uow, school.untrained, school.laser_training, on_date)
    if reason is None:
        assert problem is None
    else:
        assert problem is not None and reason in problem


def test_the_desk_refuses_the_laser_cutter_to_an_untrained_student(
    database: Database, school: Riverside
) -> None:
    day = date(2026, 9, 9)
    with database.unit_of_work() as uow:
        with pytest.raises(
            PermissionDeniedError,
            match=r"Laser cutter needs training\. Ava Chen has not been trained",
        ):
            check_certificate_for_item(uow, school.untrained, school.laser_item, day)
        check_certificate_for_item(uow, school.student, school.laser_item, day)  # trained
        check_certificate_for_item(uow.session, school.teacher, school.laser_item, day)  # staff
        book = Item(barcode="31234000000017", item_type_id=item_type_id(uow, "book"))
        uow.session.add(book)
        uow.session.flush()
        check_certificate_for_item(uow, school.untrained, book.id, day)  # not a gated tool
        with pytest.raises(NotFoundError):
            check_certificate_for_item(uow, school.untrained, 999_999, day)


def test_a_booking_after_the_certificate_expires_is_refused(
    database: Database, school: Riverside
) -> None:
    cal = school.calendar(database)
    with database.unit_of_work() as uow:
        record_certificate(
            uow,
            school.untrained,
            school.laser_training,
            "Ms. Okafor",
            date(2025, 9, 15),
            date(2026, 9, 15),
        )
        uow.commit()
    with database.unit_of_work() as uow:
        create_booking(
            uow,
            BookingRequest(
                school.laser, *slot_by_period(cal, date(2026, 9, 14), "3"), school.untrained
            ),
        )
        with pytest.raises(PermissionDeniedError, match="expired on 15 Sep 2026"):
            create_booking(
                uow,
                BookingRequest(
                    school.laser, *slot_by_period(cal, date(2026, 9, 16), "3"), school.untrained
                ),
            )


def test_certificates_expiring_soon_are_listed_soonest_first_and_renewals_drop_out(
    database: Database, school: Riverside
) -> None:
    with database.unit_of_work() as uow:
        record_certificate(
            uow, school.untrained, school.laser_training, "Ms. Okafor", date(2025, 10, 1)
        )
        uow.commit()
        # Jordan's (trained 1 Sep 2026) runs to 1 Sep 2027; Ava's to 1 Oct 2026
        soon = expiring_soon(uow, today=date(2026, 9, 20), within_days=30)
        assert [(c.patron_name, c.expires_on) for c in soon] == [("Ava Chen", date(2026, 10, 1))]
        record_certificate(
            uow, school.untrained, school.laser_training, "Ms. Okafor", date(2026, 9, 25)
        )
        assert expiring_soon(uow, today=date(2026, 9, 20), within_days=30) == []
        assert len(list_certificates(uow, patron_id=school.untrained)) == 2


def test_filament_used_on_a_print_is_logged_and_warns_when_low(
    database: Database, school: Riverside
) -> None:
    cal = school.calendar(database)
    with database.unit_of_work() as uow:
        booking = create_booking(
            uow,
            BookingRequest(
                school.printer, *slot_by_period(cal, date(2026, 9, 9), "3"), school.student
            ),
        )
        first = log_consumable_use(uow, school.filament, 200, booking.id, by="Aide Sam")
        assert (first.stock_after, first.low_stock_warning) == (800, None)
        second = log_consumable_use(uow, school.filament, 550, booking.id)
        assert second.stock_after == 250
        assert (
            second.low_stock_warning
            == "PLA filament is low: 250 g left (reorder level 300 g). Order more."
        )
        with pytest.raises(ValidationError, match="Only 250 g of PLA filament is in stock"):
            log_consumable_use(uow, school.filament, 400, booking.id)
        assert [c.name for c in low_stock(uow)] == ["PLA filament"]
        assert uses_for_booking(uow, booking.id) == [
            ("PLA filament", 200, "g"),
            ("PLA filament", 550, "g"),
        ]
        restock(uow, school.filament, 1000)
        assert low_stock(uow) == []


def test_only_the_librarian_records_trainings(database: Database, school: Riverside) -> None:
    with (
        database.unit_of_work("Sam", staff_role="aide") as uow,
        pytest.raises(PermissionDeniedError, match="change makerspace resources"),
    ):
        record_certificate(uow, school.untrained, school.laser_training, "Sam", date(2026, 9, 1))
