"""Importing MARC files: bad records set aside, repairs explained, matches, copies."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pymarc
import pytest
from pymarc import Field, Indicators, Subfield
from sqlalchemy import func, select, text

from lms_desktop.catalog.copies import copies_of, find_copy_by_barcode
from lms_desktop.catalog.holdings import HOLDINGS_949, parse_price
from lms_desktop.catalog.importer import (
    ImportOptions,
    ImportProgress,
    MatchPoint,
    OnMatch,
    OutcomeStatus,
    import_marc_file,
    import_marc_stream,
)
from lms_desktop.catalog.models import BibIdentifier, BibRecord
from lms_desktop.catalog.reading import MarcFormat
from lms_desktop.catalog.records import get_record
from lms_desktop.catalog.search import search_catalog
from lms_desktop.circulation.models import Patron
from lms_desktop.db.unit_of_work import Database
from lms_desktop.school.setup import patron_type_id
from tests.conftest import DATA_DIR

MARC4J = DATA_DIR / "marc" / "marc4j" / "test" / "resources"
PYMARC = DATA_DIR / "marc" / "pymarc" / "test"
NLNZ_100 = DATA_DIR / "marc" / "nlnz" / "setup" / "NLNZ_100_example_marc.marc"


def run_import(database: Database, path: Path, **options: object) -> object:
    with database.unit_of_work() as uow:
        return import_marc_file(uow, path, ImportOptions(**options))  # type: ignore[arg-type]


def count(database: Database, model: type) -> int:
    with database.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def book(
    title: str, isbn: str = "", control: str = "", holdings: list[Field] | None = None
) -> pymarc.Record:
    record = pymarc.Record()
    record.leader = pymarc.Leader("00000nam a2200000 a 4500")
    if control:
        record.add_field(Field(tag="001", data=control), Field(tag="003", data="DLC"))
    if isbn:
        record.add_field(
            Field(tag="020", indicators=Indicators(" ", " "), subfields=[Subfield("a", isbn)])
        )
    record.add_field(
        Field(tag="245", indicators=Indicators("0", "0"), subfields=[Subfield("a", title)])
    )
    for fld in holdings or []:
        record.add_field(fld)
    return record


def holding(
    barcode: str, call_number: str = "FIC WHI", location: str = "Main", price: str = "$12.99"
) -> Field:
    return Field(
        tag="852",
        indicators=Indicators(" ", " "),
        subfields=[
            Subfield("b", location),
            Subfield("h", call_number),
            Subfield("p", barcode),
            Subfield("9", price),
        ],
    )


def mrc_file(tmp_path: Path, records: list[pymarc.Record], name: str = "vendor.mrc") -> Path:
    path = tmp_path / name
    path.write_bytes(b"".join(r.as_marc() for r in records))
    return path


# -- hard records: every one gets a clear outcome ----------------------------------


def test_pymarcs_bad_records_file_gives_every_record_an_outcome(database: Database) -> None:
    report = run_import(database, PYMARC / "bad_records.mrc")
    assert (report.read, report.added, report.rejected) == (8, 7, 1)
    rejected = [o for o in report.outcomes if o.status is OutcomeStatus.REJECTED]
    assert rejected[0].position.number == 7
    assert rejected[0].position.offset == 764
    assert "no fields" in rejected[0].message
    messages = {o.position.number: o.message for o in report.outcomes}
    assert "base address '99937' was wrong" in messages[2]
    assert "directory was broken" in messages[4]
    assert count(database, BibRecord) == 7


def test_a_record_over_99999_bytes_is_imported_and_kept_as_marcxml(database: Database) -> None:
    report = run_import(database, MARC4J / "datos-20161010-slice.mrc")
    assert (report.added, report.rejected) == (1, 0)
    outcome = report.outcomes[0]
    assert "over 99,999 bytes" in outcome.message
    assert "offsets past 99,999" in outcome.message
    with database.unit_of_work() as uow:
        view = get_record(uow, outcome.record_id)
    assert view.marc is None and view.marc_xml is not None
    assert len(view.to_pymarc().fields) == 989


def test_bad_leader_positions_are_repaired_and_said(database: Database) -> None:
    report = run_import(database, MARC4J / "bad_leaders_10_11.mrc")
    assert report.added == 1
    assert "leader/10-11 '  ' set to '22'" in report.outcomes[0].message
    with database.unit_of_work() as uow:
        view = get_record(uow, report.outcomes[0].record_id)
    assert view.marc is not None and view.marc[10:12] == b"22"


def test_a_record_that_lies_about_utf8_is_read_as_what_it_is(database: Database) -> None:
    report = run_import(database, PYMARC / "utf8_without_leader_flag.dat")
    outcome = report.outcomes[0]
    assert "the leader says MARC-8 but the text is UTF-8" in outcome.message
    with database.unit_of_work() as uow:
        record = get_record(uow, outcome.record_id).to_pymarc()
    assert unicodedata.normalize("NFC", record["240"]["a"]) == "De la solitude à la communauté."


def test_marc8_records_are_converted_to_utf8(database: Database) -> None:
    report = run_import(database, MARC4J / "cyrillic_capital_e.mrc")
    assert report.added == 2
    assert all("Converted from MARC-8" in o.message for o in report.outcomes)
    with database.unit_of_work() as uow:
        record = get_record(uow, report.outcomes[0].record_id).to_pymarc()
    publisher = next(f for f in record.get_fields("880") if f["6"].startswith("260"))
    assert publisher["b"] == "Эксмо,"


def test_bad_marc8_escapes_are_reported_field_by_field(database: Database) -> None:
    report = run_import(database, PYMARC / "bad_marc8_escape.dat")
    assert report.added == 1
    assert "field 245: MARC-8" in report.outcomes[0].message


def test_a_file_cut_short_keeps_the_records_before_the_cut(
    database: Database, tmp_path: Path
) -> None:
    whole = NLNZ_100.read_bytes()
    cut = tmp_path / "cut.mrc"
    cut.write_bytes(whole[: len(whole) // 2])
    report = run_import(database, cut)
    assert report.added + report.rejected == report.read
    cut_record = [o for o in report.outcomes if "ends in the middle of this record" in o.message]
    assert len(cut_record) == 1
    assert cut_record[0].position.number == report.read


def test_damaged_xml_keeps_the_readable_records_and_says_where(database: Database) -> None:
    bad_xml = DATA_DIR / "marc" / "ruby-marc" / "test" / "three-records-second-bad.xml"
    report = run_import(database, bad_xml, match_points=())
    assert report.added >= 2
    assert any("XML is damaged at line" in o.message for o in report.outcomes)


def test_a_non_marc_file_reads_no_records(database: Database) -> None:
    report = run_import(
        database, DATA_DIR / "marc" / "traject" / "test" / "test_support" / "sample-oai-pmh.xml"
    )
    assert report.read == 0 and report.added == 0
    assert "no MARC records were found in this file" in report.summary()
    mods = run_import(
        database, DATA_DIR / "marc/marc4j/src/org/marc4j/samples/resources/modsoutput.xml"
    )
    assert mods.read == 0 and "MODS" in mods.summary()


# -- matching ---------------------------------------------------------------------


def test_importing_the_same_file_twice_skips_the_second_time(database: Database) -> None:
    first = run_import(database, NLNZ_100)
    second = run_import(database, NLNZ_100)
    assert first.added == 101
    assert (second.added, second.skipped) == (0, 101)
    assert count(database, BibRecord) == 101


def test_overlay_replaces_the_stored_record_by_isbn(database: Database, tmp_path: Path) -> None:
    run_import(database, mrc_file(tmp_path, [book("Charlotte's web", isbn="0060263857")]))
    newer = mrc_file(
        tmp_path,
        [book("Charlotte's web : anniversary edition", isbn="978-0-06-026385-0")],
        "new.mrc",
    )
    report = run_import(database, newer, on_match=OnMatch.OVERLAY)
    assert report.overlaid == 1
    assert "Matched title #1 by ISBN" in report.outcomes[0].message
    with database.unit_of_work() as uow:
        assert get_record(uow, 1).title == "Charlotte's web : anniversary edition"
    assert count(database, BibRecord) == 1


def test_match_by_control_number_needs_the_same_003(database: Database, tmp_path: Path) -> None:
    run_import(database, mrc_file(tmp_path, [book("First", control="123")]))
    other = book("Other agency", control="123")
    other["003"].data = "OCoLC"
    report = run_import(
        database, mrc_file(tmp_path, [book("Again", control="123"), other], "b.mrc")
    )
    assert [o.status for o in report.outcomes] == [OutcomeStatus.SKIPPED, OutcomeStatus.ADDED]


def test_add_new_ignores_matches(database: Database, tmp_path: Path) -> None:
    path = mrc_file(tmp_path, [book("Same", isbn="0060263857")])
    run_import(database, path)
    report = run_import(database, path, on_match=OnMatch.ADD_NEW)
    assert report.added == 1
    assert count(database, BibRecord) == 2


def test_duplicates_inside_one_file_match_each_other(database: Database, tmp_path: Path) -> None:
    path = mrc_file(
        tmp_path, [book("Same", isbn="0060263857"), book("Same again", isbn="0-06-026385-7")]
    )
    report = run_import(database, path, match_points=(MatchPoint.ISBN,))
    assert (report.added, report.skipped) == (1, 1)
    assert "Matched record 1 of this file by ISBN" in report.outcomes[1].message


# -- holdings become copies ------------------------------------------------------


def test_852_holdings_become_copies_and_leave_the_record(
    database: Database, tmp_path: Path
) -> None:
    record = book("Charlotte's web", holdings=[holding("B-1"), holding("B-2", price="15,50")])
    report = run_import(database, mrc_file(tmp_path, [record]))
    assert report.copies_added == 2
    with database.unit_of_work() as uow:
        copies = copies_of(uow, report.outcomes[0].record_id)
        stored = get_record(uow, report.outcomes[0].record_id).to_pymarc()
    assert [(c.barcode, c.call_number, c.location, c.price_cents) for c in copies] == [
        ("B-1", "FIC WHI", "Main", 1299),
        ("B-2", "FIC WHI", "Main", 1550),
    ]
    assert copies[0].call_number_sort == "FIC WHI"
    assert stored.get_fields("852") == []


def test_a_skipped_records_copies_go_to_the_title_already_there(
    database: Database, tmp_path: Path
) -> None:
    run_import(
        database, mrc_file(tmp_path, [book("Web", isbn="0060263857", holdings=[holding("B-1")])])
    )
    report = run_import(
        database,
        mrc_file(tmp_path, [book("Web", isbn="0060263857", holdings=[holding("B-2")])], "more.mrc"),
    )
    assert (report.skipped, report.copies_added) == (1, 1)
    with database.unit_of_work() as uow:
        assert [c.barcode for c in copies_of(uow, 1)] == ["B-1", "B-2"]


def test_a_holdings_barcode_already_used_by_a_patron_is_refused_and_kept(
    database: Database, tmp_path: Path
) -> None:
    with database.unit_of_work() as uow:
        uow.session.add(
            Patron(
                barcode="P-1",
                patron_type_id=patron_type_id(uow, "student"),
                first_name="A",
                last_name="B",
            )
        )
        uow.commit()
    report = run_import(
        database, mrc_file(tmp_path, [book("Web", holdings=[holding("P-1"), holding("B-9")])])
    )
    assert (report.added, report.copies_added, report.copies_refused) == (1, 1, 1)
    assert "Copy P-1 was not added" in report.outcomes[0].message
    with database.unit_of_work() as uow:
        stored = get_record(uow, report.outcomes[0].record_id).to_pymarc()
        assert find_copy_by_barcode(uow, "P-1") is None
    assert [f["p"] for f in stored.get_fields("852")] == ["P-1"]


def test_949_holdings_can_be_chosen_instead(database: Database, tmp_path: Path) -> None:
    local = Field(
        tag="949",
        indicators=Indicators(" ", " "),
        subfields=[
            Subfield("a", "599.75 SMI"),
            Subfield("i", "31234000000019"),
            Subfield("l", "Nonfiction"),
            Subfield("p", "24.00"),
        ],
    )
    report = run_import(
        database, mrc_file(tmp_path, [book("Big cats", holdings=[local])]), holdings=HOLDINGS_949
    )
    with database.unit_of_work() as uow:
        copy = find_copy_by_barcode(uow, "31234000000019")
    assert report.copies_added == 1
    assert copy is not None and (copy.call_number, copy.location, copy.price_cents) == (
        "599.75 SMI",
        "Nonfiction",
        2400,
    )


@pytest.mark.parametrize(
    ("text", "cents"),
    [("$12.99", 1299), ("12.99 USD", 1299), ("15,5", 1550), ("20", 2000), ("free", None)],
)
def test_vendor_prices_are_read_in_cents(text: str, cents: int | None) -> None:
    assert parse_price(text) == cents


# -- whole records only, progress, cancel ---------------------------------------------


def test_progress_is_reported_as_the_file_is_read(database: Database) -> None:
    seen: list[ImportProgress] = []
    with database.unit_of_work() as uow:
        import_marc_file(uow, NLNZ_100, ImportOptions(batch_size=25), progress=seen.append)
    assert len(seen) >= 4
    assert [p.records_read for p in seen] == sorted(p.records_read for p in seen)
    assert seen[-1].fraction == 1.0


def test_cancel_keeps_the_whole_records_already_saved(database: Database) -> None:
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls >= 30

    with database.unit_of_work() as uow:
        report = import_marc_file(uow, NLNZ_100, ImportOptions(batch_size=10), cancel=cancel)
    assert report.cancelled
    assert report.added == 30
    assert count(database, BibRecord) == 30


def test_cancel_with_all_or_nothing_leaves_the_database_as_it_was(database: Database) -> None:
    with database.unit_of_work() as uow:
        report = import_marc_file(
            uow, NLNZ_100, ImportOptions(batch_size=10, all_or_nothing=True), cancel=lambda: True
        )
    assert report.cancelled and report.added == 0
    assert count(database, BibRecord) == 0


@pytest.mark.sqlite_only
def test_a_crash_mid_file_leaves_only_whole_records(database: Database) -> None:
    def crash(progress: ImportProgress) -> None:
        if progress.records_read >= 40:
            raise RuntimeError("power cut")

    with database.unit_of_work() as uow, pytest.raises(RuntimeError, match="power cut"):
        import_marc_file(uow, NLNZ_100, ImportOptions(batch_size=20), progress=crash)
    saved = count(database, BibRecord)
    assert saved == 40
    with database.unit_of_work() as uow:
        indexed = uow.session.scalar(text("SELECT count(*) FROM bib_search"))
        with_isbn = uow.session.scalar(select(func.count(func.distinct(BibIdentifier.record_id))))
        complete = uow.session.scalar(
            select(func.count())
            .select_from(BibRecord)
            .where(BibRecord.marc.is_not(None), BibRecord.title != "")
        )
    assert indexed == saved == complete
    assert with_isbn <= saved


def test_every_format_imports_from_a_stream(database: Database) -> None:
    record = book("Stream of consciousness", isbn="0060263857")
    with database.unit_of_work() as uow:
        report = import_marc_stream(
            uow, io.BytesIO(record.as_marc()), name="download.mrc", fmt=MarcFormat.ISO2709
        )
        assert report.added == 1
        assert search_catalog(uow, "consciousness").ids == (report.outcomes[0].record_id,)


def test_mrk_and_marcxml_files_import(database: Database) -> None:
    mrk = run_import(database, MARC4J / "brkrtest.mrk", match_points=())
    xml = run_import(database, MARC4J / "chabon.xml", match_points=())
    assert (mrk.added, xml.added) == (8, 2)
