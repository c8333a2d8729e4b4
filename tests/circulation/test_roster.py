"""Roster import: the SIS export each August, previewed, applied and undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from lms_desktop.circulation.models import Patron
from lms_desktop.circulation.roster import (
    RosterColumnMapping,
    apply_roster,
    garbled_words,
    guess_mapping,
    parse_roster_bytes,
    preview_roster,
    read_roster,
    undo_roster_import,
)
from lms_desktop.errors import ValidationError
from tests.circulation.conftest import SmallSchool

AUGUST_EXPORT = (
    "Student Number;First Name;Last Name;Grade Level;Homeroom;Homeroom Teacher;Email\r\n"
    "S1001;Ada;Lovelace;5;Room 21;Mr. Chen;ada@school.example\r\n"  # moved up a grade
    "S2001;Zoë;Åberg;K;Room 2;Mme Côté;\r\n"  # new, with accents
    "S2002;Luis;Peña;3;Room 9;Ms. Díaz;\r\n"  # new
).encode()  # Ben (S1002) left the school: missing from the file


def _names(database: object, school: SmallSchool) -> dict[str, tuple[str, str, str]]:
    with school.uow() as uow:
        return {
            p.sis_id: (p.grade, p.homeroom, p.status)
            for p in uow.session.scalars(select(Patron).where(Patron.sis_id.is_not(None)))
        }


def test_the_mapping_is_guessed_from_common_sis_headers() -> None:
    roster = parse_roster_bytes(AUGUST_EXPORT, "august.csv")
    assert roster.delimiter == ";" and roster.encoding == "utf-8"
    assert guess_mapping(roster.headers) == RosterColumnMapping(
        sis_id="Student Number",
        first_name="First Name",
        last_name="Last Name",
        grade="Grade Level",
        homeroom="Homeroom",
        homeroom_teacher="Homeroom Teacher",
        email="Email",
    )


def test_preview_then_apply_then_undo_the_whole_import(school: SmallSchool) -> None:
    roster = parse_roster_bytes(AUGUST_EXPORT, "august.csv")
    mapping = guess_mapping(roster.headers)
    before = _names(school.database, school)
    with school.uow() as uow:
        preview = preview_roster(uow, roster, mapping)
    assert [c.name for c in preview.new] == ["Zoë Åberg", "Luis Peña"]
    assert [c.name for c in preview.moved] == ["Ada Lovelace"]
    assert ("grade", "4", "5") in preview.moved[0].changes
    assert [c.name for c in preview.missing] == ["Ben Okoro"]
    assert preview.problems == ()
    assert _names(school.database, school) == before  # a preview changes nothing

    with school.uow() as uow:
        applied = apply_roster(uow, roster, mapping)
    assert (applied.added, applied.changed, applied.deactivated) == (2, 1, 1)
    after = _names(school.database, school)
    assert after["S1001"] == ("5", "Room 21", "active")
    assert after["S1002"][2] == "inactive"
    assert after["S2001"] == ("K", "Room 2", "active")
    with school.uow() as uow:
        zoe = uow.session.scalar(select(Patron).where(Patron.sis_id == "S2001"))
        assert zoe is not None and zoe.barcode == "S2001" and zoe.homeroom_teacher == "Mme Côté"

    with school.uow() as uow:
        undone = undo_roster_import(uow, applied.import_id)
    assert "2 new patrons removed" in undone.summary
    assert _names(school.database, school) == before


def test_a_windows_1252_export_is_read_and_a_bom_is_dropped(tmp_path: Path) -> None:
    text = "Student ID,First Name,Last Name\r\nS9,José,Núñez\r\n"
    legacy = tmp_path / "legacy.csv"
    legacy.write_bytes(text.encode("cp1252"))
    with_bom = tmp_path / "bom.csv"
    with_bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert read_roster(legacy).encoding == "cp1252"
    assert read_roster(legacy).rows[0] == ("S9", "José", "Núñez")
    assert read_roster(with_bom).encoding == "utf-8-sig"
    assert read_roster(with_bom).headers[0] == "Student ID"


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"", "empty"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)), "spreadsheet"),
        (bytes(range(256)) * 4, "not a text file"),
        (b"just one line of prose without separators\n", "column names"),
        (b'ID,Name\n1,"unterminated\n2,Bob\n3,"Eve\n', "not a well-formed CSV file (line 4"),
        (b"ID,Name\n1,a\n2,b,c\n3,d,e\n4,f,g\n", "malformed: 3 lines"),
    ],
)
def test_a_broken_file_gets_a_clear_message(data: bytes, says: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_roster_bytes(data, "export.csv")
    assert says in raised.value.message


def test_a_bad_mapping_changes_nothing(school: SmallSchool) -> None:
    roster = parse_roster_bytes(AUGUST_EXPORT, "august.csv")
    before = _names(school.database, school)
    with school.uow() as uow, pytest.raises(ValidationError, match="student ID"):
        apply_roster(uow, roster, RosterColumnMapping(first_name="First Name"))
    assert _names(school.database, school) == before


def test_rows_without_an_id_are_reported_and_skipped(school: SmallSchool) -> None:
    data = b"Student ID,First Name,Last Name\n,No,Id\nS1001,Ada,Lovelace\nS1001,Ada,Again\n"
    roster = parse_roster_bytes(data)
    with school.uow() as uow:
        preview = preview_roster(
            uow,
            roster,
            guess_mapping(roster.headers),
        )
    assert [p.line for p in preview.problems] == [2, 4]
    assert preview.unchanged_count == 1


def test_a_card_number_that_is_a_books_or_a_chromebooks_barcode_is_skipped(
    school: SmallSchool,
) -> None:
    """The SIS hands out card numbers; one that is already on a Chromebook (in any case)
    would send the student's card scans to the device."""
    data = (
        b"Student ID,First Name,Last Name,Card\n"
        b"S3001,Mia,Chen,cb-0042\n"
        b"S3002,Noah,Kim,\n"
        b"CB-0042,Ola,Berg,\n"
    )
    roster = parse_roster_bytes(data)
    mapping = RosterColumnMapping(
        sis_id="Student ID", first_name="First Name", last_name="Last Name", barcode="Card"
    )
    with school.uow() as uow:
        preview = preview_roster(uow, roster, mapping)
    assert [p.line for p in preview.problems] == [2, 4]
    assert all("a book's or a device's barcode" in p.message for p in preview.problems)
    assert [c.sis_id for c in preview.new] == ["S3002"]


def test_undo_keeps_a_new_student_who_borrowed_meanwhile_as_inactive(school: SmallSchool) -> None:
    from lms_desktop.circulation.loans import checkout_item

    roster = parse_roster_bytes(AUGUST_EXPORT, "august.csv")
    with school.uow() as uow:
        applied = apply_roster(uow, roster, guess_mapping(roster.headers))
    with school.uow() as uow:
        luis = uow.session.scalar(select(Patron.id).where(Patron.sis_id == "S2002"))
    assert luis is not None
    with school.uow() as uow:
        checkout_item(uow, luis, school.holes)
    with school.uow() as uow:
        undone = undo_roster_import(uow, applied.import_id)
    assert "1 new patrons removed, 1 kept as inactive" in undone.summary
    statuses = _names(school.database, school)
    assert statuses["S2002"][2] == "inactive" and "S2001" not in statuses


ROSTER_NAMES = (
    "Student ID,First Name,Last Name,Homeroom Teacher\r\n"
    "S1,José,Núñez,Mme Côté\r\n"
    "S2,Zoë,Ødegård,Mr. O’Brien\r\n"
    "S3,Antonín,Dvořák,Ms. Müller\r\n"
)


@pytest.mark.parametrize(
    ("data", "garbled"),
    [
        # a Czech/Polish SIS export in Latin-2: ř became ø, so "Dvořák" read "Dvoøák"
        (ROSTER_NAMES.encode("iso-8859-2", errors="replace"), "Dvoøák"),
        # saved on an old Mac: é became Ž, ñ became –
        (ROSTER_NAMES.replace("ř", "r").encode("mac_roman"), "JosŽ"),
        # UTF-8 opened as Windows-1252 and saved as UTF-8 again
        (ROSTER_NAMES.encode("utf-8").decode("cp1252", errors="replace").encode(), "JosÃ©"),
    ],
    ids=["latin-2", "mac-roman", "double-utf-8"],
)
def test_a_roster_in_the_wrong_encoding_is_refused_naming_the_garbled_names(
    school: SmallSchool, data: bytes, garbled: str
) -> None:
    before = _names(school.database, school)
    with pytest.raises(ValidationError) as raised:
        parse_roster_bytes(data, "august.csv")
    message = raised.value.message
    assert message.startswith("august.csv looks garbled")
    assert f"“{garbled}”" in message
    assert "Nothing was imported" in message and "CSV UTF-8" in message
    assert _names(school.database, school) == before


def test_genuine_windows_1252_and_utf_8_rosters_are_not_taken_for_garbled() -> None:
    western = (
        "Student ID,First Name,Last Name,Homeroom Teacher,Grade\r\n"
        "S1,José,Núñez,Mme Côté,5º\r\n"
        "S2,Zoë,Ødegård,Mr. O’Brien,4\r\n"
        "S3,François,Müller-Strauß,Sra. Peña,3\r\n"
        "S4,Björk,Guðrúnardóttir,Ms. Smith–Jones,2\r\n"
        "S5,Šimon,Novák,Mr. Çelik,1\r\n"
    )
    legacy = parse_roster_bytes(western.encode("cp1252"))
    assert legacy.encoding == "cp1252" and legacy.rows[1][2] == "Ødegård"
    # UTF-8 spells every name, so only a double conversion counts as garbled there
    world = western + "S6,Thị,Nguyễn,Pani Wiśniewska,K\r\nS7,Michał,Dvořák,Mr. Łukasz,K\r\n"
    assert parse_roster_bytes(world.encode("utf-8")).rows[-1][1] == "Michał"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("José Núñez, Zoë Ødegård, O’Brien, D’Angelo, 5º grado", []),
        ("Micha³ Wi¶niewski", ["Micha³", "Wi¶niewski"]),  # Latin-2 ł, ś
        ("£ukasz", ["£ukasz"]),  # Latin-2 Ł
        ("Èerný", ["Èerný"]),  # Latin-2 Č: è and ý are no one language's pair
        ("RenŽe Pe–a", ["RenŽe", "Pe–a"]),  # Mac Roman é, ñ
        ("JosÃ© MÃ¼ller", ["JosÃ©", "MÃ¼ller"]),  # UTF-8 twice
    ],
)
def test_garbled_words_table(text: str, words: list[str]) -> None:
    assert garbled_words(text) == words
