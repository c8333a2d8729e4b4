"""Every report takes filters: each narrows the report's own data (no PDF involved)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from lms_desktop.circulation.models import Item, Loan, Patron
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import ValidationError
from lms_desktop.reports import lists
from lms_desktop.reports.common import ReportParams
from lms_desktop.reports.document import ReportDocument, Table
from lms_desktop.reports.registry import get_report
from lms_desktop.reports.summary import monthly_summary, monthly_summary_document
from lms_desktop.school.setup import item_type_id
from tests.reports.school import TODAY, SmallSchool, at

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


def _as_of(**filters: str) -> ReportParams:
    return ReportParams(TODAY, TODAY, filters=filters, today=TODAY)


def _table(doc: ReportDocument, title: str) -> Table:
    return next(t for t in doc.tables() if t.title == title)


@pytest.mark.parametrize(
    ("name", "filters"),
    [
        ("monthly-summary", {"grade"}),
        ("holds", {"grade", "homeroom"}),
        ("devices", {"device_type", "status"}),
        ("makerspace", {"resource"}),
        ("certificates", {"resource", "within_days"}),
        ("collection-age", {"location", "item_type"}),
    ],
)
def test_the_reports_screen_offers_the_filters(name: str, filters: set[str]) -> None:
    assert {f.name for f in get_report(name).filters} == filters


def test_the_principal_sees_one_grade_in_the_monthly_summary(
    database: Database, school: SmallSchool
) -> None:
    with database.unit_of_work() as uow:
        everyone = monthly_summary(uow, ReportParams(*NOVEMBER))
        fourth = monthly_summary(uow, ReportParams(*NOVEMBER, filters={"grade": "Grade 4"}))
        fifth = monthly_summary(uow, ReportParams(*NOVEMBER, filters={"grade": "5"}))
        document = monthly_summary_document(uow, ReportParams(*NOVEMBER, filters={"grade": "4"}))
    assert everyone.figures.checkouts == 12
    # Diego and Emma (grade 4): two books and two Chromebooks; the Chromebooks came back
    f = fourth.figures
    assert (f.checkouts, f.returns, f.borrowers, f.device_loans, f.students) == (4, 2, 2, 2, 2)
    assert fourth.checkouts_by_grade == (("Grade 4", 4),)
    assert {t for t, _a, _n in fourth.top_titles} == {"The Wild Robot", "Mammals of the World"}
    assert f.makerspace_hours == 0  # every booking was Farah's, in grade 5
    assert fifth.figures.makerspace_hours == 4
    assert f.visits == everyone.figures.visits  # visits are not counted by grade
    assert f.collection_size == everyone.figures.collection_size
    assert fourth.previous.checkouts == 4  # October, grade 4 only: Diego and Emma, twice each
    assert document.filters == (("Grade", "4"),)
    assert "whole school" in document.subtitle


def test_holds_waiting_for_one_grade_or_homeroom(database: Database, school: SmallSchool) -> None:
    with database.unit_of_work() as uow:
        for filters, expected in (
            ({}, 1),
            ({"grade": "4"}, 1),
            ({"grade": "3"}, 0),
            ({"homeroom": "4b"}, 1),  # typed in lower case
            ({"homeroom": "3A"}, 0),
        ):
            holds = _table(lists.holds_waiting_document(uow, _as_of(**filters)), "Holds")
            assert len(holds.rows) == expected, filters


def _lend_devices(database: Database) -> None:
    """CB-001 out to Ben (overdue since Nov 18), an iPad out to Ava (due Nov 25)."""
    with database.unit_of_work() as uow:
        s = uow.session
        ben = s.scalar(select(Patron).where(Patron.last_name == "Okafor"))
        ava = s.scalar(select(Patron).where(Patron.last_name == "Martinez"))
        chromebook = s.scalar(select(Item).where(Item.barcode == "CB-001"))
        assert ben and ava and chromebook
        ipad = Item(barcode="IP-001", item_type_id=item_type_id(uow, "ipad"), status="on_loan")
        s.add(ipad)
        s.flush()
        for item, patron, out, due in (
            (chromebook, ben, date(2026, 11, 17), date(2026, 11, 18)),
            (ipad, ava, date(2026, 11, 18), date(2026, 11, 25)),
        ):
            item.status = "on_loan"
            s.add(
                Loan(
                    item_id=item.id,
                    patron_id=patron.id,
                    checked_out_at=at(out),
                    due_at=at(due, 15),
                    patron_type_code="student",
                    patron_grade="3",
                    patron_homeroom="3A",
                    item_type_code=item.item_type.code,
                )
            )
        uow.commit()


def test_devices_by_type_and_by_what_is_wrong(database: Database, school: SmallSchool) -> None:
    _lend_devices(database)

    def tags(**filters: str) -> tuple[list[str], list[str]]:
        with database.unit_of_work() as uow:
            doc = lists.devices_out_document(uow, _as_of(**filters))
        return (
            [r[0] for r in _table(doc, "On loan").rows],
            [r[0] for r in _table(doc, "In repair").rows],
        )

    assert tags() == (["CB-001", "IP-001"], ["CB-003"])
    assert tags(device_type="chromebook") == (["CB-001"], ["CB-003"])
    assert tags(device_type="iPad") == (["IP-001"], [])
    assert tags(status="on_loan") == (["CB-001", "IP-001"], [])
    assert tags(status="in_repair") == ([], ["CB-003"])
    # overdue is judged on the report's day (Nov 20), not on the day it is run
    assert tags(status="overdue") == (["CB-001"], [])
    with database.unit_of_work() as uow:
        later = lists.devices_out_document(
            uow, ReportParams(date(2026, 11, 26), date(2026, 11, 26), filters={"status": "overdue"})
        )
        assert [r[0] for r in _table(later, "On loan").rows] == ["CB-001", "IP-001"]
        with pytest.raises(ValidationError, match="on_loan, overdue, in_repair"):
            lists.devices_out_document(uow, _as_of(status="broken"))


def test_makerspace_use_of_one_resource(database: Database, school: SmallSchool) -> None:
    with database.unit_of_work() as uow:
        for resource, hours in (("", 4.0), ("Laser cutter", 1.0), ("3d printer", 3.0)):
            filters = {"resource": resource} if resource else {}
            doc = lists.makerspace_use_document(uow, ReportParams(*NOVEMBER, filters=filters))
            by_resource = _table(doc, "By resource")
            assert sum(r[1] for r in by_resource.rows) == hours, resource
            if resource:
                assert {r[0].lower() for r in by_resource.rows} == {resource.lower()}
                assert {r[1] for r in _table(doc, "Bookings").rows} == {by_resource.rows[0][0]}


def test_certificates_for_one_resource_or_expiring_within_days(
    database: Database, school: SmallSchool
) -> None:
    # Farah's laser-cutter certificate runs out on December 1, 2026
    def students(start: date, end: date, **filters: str) -> list[str]:
        with database.unit_of_work() as uow:
            doc = lists.certificates_expiring_document(
                uow, ReportParams(start, end, filters=filters, today=end)
            )
        return [r[1] for r in _table(doc, "Certificates").rows]

    next_month = (TODAY, TODAY + timedelta(days=30))
    assert students(*next_month) == ["Khan, Farah"]
    assert students(*next_month, resource="laser cutter") == ["Khan, Farah"]
    assert students(*next_month, resource="Laser cutter safety") == ["Khan, Farah"]
    assert students(*next_month, resource="3D printer") == []  # needs no training
    # "within N days" counts from the report's day and replaces the dates
    assert students(TODAY, TODAY, within_days="5") == []
    assert students(TODAY, TODAY, within_days="11") == ["Khan, Farah"]
    # ...and lists the ones that have already run out
    assert students(date(2027, 1, 1), date(2027, 1, 1), within_days="0") == ["Khan, Farah"]
    with pytest.raises(ValidationError, match="number of days"):
        students(TODAY, TODAY, within_days="soon")


def test_collection_age_of_one_location_or_item_type(
    database: Database, school: SmallSchool
) -> None:
    with database.unit_of_work() as uow:
        for item in uow.session.scalars(select(Item).where(Item.barcode.in_(("T0030", "T0031")))):
            item.location = "Room 12"  # Mammals of the World lives in a classroom
        uow.commit()

    def shelves(**filters: str) -> dict[str, int]:
        with database.unit_of_work() as uow:
            doc = lists.collection_age_document(uow, _as_of(**filters))
        return {r[0]: r[1] for r in _table(doc, "By shelf").rows}

    assert sum(shelves().values()) == 20
    assert shelves(location="room 12") == {"500s Science": 2}
    assert shelves(item_type="Reference book") == {"000s General works": 2}
    assert shelves(item_type="reference", location="Room 12") == {}
