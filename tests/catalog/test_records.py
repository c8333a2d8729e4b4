"""A title stored from its MARC record comes back intact with its display fields."""

from __future__ import annotations

import pymarc
import pytest
from pymarc import Field, Indicators, Subfield

from lms_desktop.catalog.records import add_record, delete_record, get_record, replace_record
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import NotFoundError


def charlottes_web() -> pymarc.Record:
    record = pymarc.Record()
    record.leader = pymarc.Leader("00000cam a2200000 a 4500")
    record.add_field(
        Field(tag="001", data="ocm00123456"),
        Field(tag="003", data="OCoLC"),
        Field(tag="008", data="800108s1952    nyua   j      000 1 eng  "),
        Field(tag="010", indicators=Indicators(" ", " "), subfields=[Subfield("a", "52-9760")]),
        Field(
            tag="020",
            indicators=Indicators(" ", " "),
            subfields=[Subfield("a", "0-06-026385-7 (lib. bdg.)")],
        ),
        Field(
            tag="082",
            indicators=Indicators("0", "0"),
            subfields=[Subfield("a", "[Fic]"), Subfield("2", "19")],
        ),
        Field(
            tag="100",
            indicators=Indicators("1", " "),
            subfields=[Subfield("a", "White, E. B."), Subfield("d", "1899-1985.")],
        ),
        Field(
            tag="245",
            indicators=Indicators("1", "0"),
            subfields=[
                Subfield("a", "Charlotte's web /"),
                Subfield("c", "by E.B. White ; pictures by Garth Williams."),
            ],
        ),
        Field(
            tag="260",
            indicators=Indicators(" ", " "),
            subfields=[
                Subfield("a", "New York :"),
                Subfield("b", "Harper & Row,"),
                Subfield("c", "c1952."),
            ],
        ),
        Field(
            tag="650",
            indicators=Indicators(" ", "1"),
            subfields=[Subfield("a", "Pigs"), Subfield("v", "Fiction.")],
        ),
        Field(
            tag="650",
            indicators=Indicators(" ", "1"),
            subfields=[Subfield("a", "Spiders"), Subfield("v", "Fiction.")],
        ),
    )
    return record


def test_a_title_is_stored_with_its_display_fields_and_identifiers(database: Database) -> None:
    with database.unit_of_work() as uow:
        record_id = add_record(uow, charlottes_web(), source="vendor.mrc")
        uow.commit()
    with database.unit_of_work() as uow:
        view = get_record(uow, record_id)
    assert view.title == "Charlotte's web"
    assert view.author == "White, E. B. 1899-1985"
    assert view.publisher == "Harper & Row"
    assert view.publication_year == 1952
    assert view.subjects == ("Pigs -- Fiction", "Spiders -- Fiction")
    assert view.control_number == "ocm00123456"
    assert view.control_number_identifier == "OCoLC"
    assert view.isbns == ("9780060263850",)
    assert view.lccns == ("52009760",)
    assert view.source == "vendor.mrc"


def test_the_stored_record_is_utf8_iso2709_and_reads_back_field_for_field(
    database: Database,
) -> None:
    original = charlottes_web()
    original["245"]["a"] = "Le petit prince /"
    original.add_field(
        Field(
            tag="500",
            indicators=Indicators(" ", " "),
            subfields=[Subfield("a", "Brontë, García, 東京")],
        )
    )
    with database.unit_of_work() as uow:
        record_id = add_record(uow, original, source="test")
        uow.commit()
    with database.unit_of_work() as uow:
        view = get_record(uow, record_id)
    assert view.marc is not None and view.marc[9:10] == b"a"
    back = view.to_pymarc()
    assert [str(f) for f in back.fields] == [str(f) for f in original.fields]


def test_a_record_over_99999_bytes_is_kept_as_marcxml(database: Database) -> None:
    huge = charlottes_web()
    for n in range(60):
        huge.add_field(
            Field(
                tag="505",
                indicators=Indicators("0", " "),
                subfields=[Subfield("a", f"{n} " + "x" * 2000)],
            )
        )
    with database.unit_of_work() as uow:
        record_id = add_record(uow, huge, source="test")
        uow.commit()
    with database.unit_of_work() as uow:
        view = get_record(uow, record_id)
    assert view.marc is None and view.marc_xml is not None
    assert len(view.to_pymarc().get_fields("505")) == 60


def test_replacing_a_record_updates_display_and_identifiers(database: Database) -> None:
    with database.unit_of_work() as uow:
        record_id = add_record(uow, charlottes_web(), source="test")
        uow.commit()
    edited = charlottes_web()
    edited["245"]["a"] = "Charlotte's web : 50th anniversary edition /"
    edited["020"]["a"] = "9780064400558"
    with database.unit_of_work() as uow:
        replace_record(uow, record_id, edited)
        uow.commit()
    with database.unit_of_work() as uow:
        view = get_record(uow, record_id)
    assert view.title == "Charlotte's web : 50th anniversary edition"
    assert view.isbns == ("9780064400558",)
    assert view.source == "test"


def test_an_uncommitted_add_leaves_nothing_behind(database: Database) -> None:
    with database.unit_of_work() as uow:
        record_id = add_record(uow, charlottes_web(), source="test")
    with database.unit_of_work() as uow, pytest.raises(NotFoundError):
        get_record(uow, record_id)


def test_a_deleted_title_is_gone(database: Database) -> None:
    with database.unit_of_work() as uow:
        record_id = add_record(uow, charlottes_web(), source="test")
        uow.commit()
    with database.unit_of_work() as uow:
        delete_record(uow, record_id)
        uow.commit()
    with database.unit_of_work() as uow, pytest.raises(NotFoundError, match="not in the catalog"):
        get_record(uow, record_id)


def test_an_isbn_with_a_wrong_check_digit_is_kept_as_printed(database: Database) -> None:
    record = charlottes_web()
    record["020"]["a"] = "0-06-026385-2"
    with database.unit_of_work() as uow:
        view = get_record(uow, add_record(uow, record, source="test"))
    assert view.isbns == ("0060263852",)
