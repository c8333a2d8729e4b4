"""Holdings fields: the whole field travels with its copy, and the librarian says which it is."""

from __future__ import annotations

import json
from pathlib import Path

import pymarc
import pytest
from pymarc import Field, Indicators, Subfield
from sqlalchemy import select

from lms_desktop.catalog.copies import add_copy, find_copy_by_barcode, update_copy
from lms_desktop.catalog.exporter import ExportFormat, export_marc
from lms_desktop.catalog.holdings import (
    HOLDINGS_852,
    HOLDINGS_949,
    HoldingsMapping,
    parse_holdings_spec,
)
from lms_desktop.catalog.importer import ImportOptions, OnMatch, import_marc_file
from lms_desktop.catalog.marcxml_io import read_marcxml
from lms_desktop.catalog.reading import ReadRecord
from lms_desktop.circulation.models import Item
from lms_desktop.cli import main
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import ValidationError
from tests.catalog.test_importer import book, mrc_file
from tests.conftest import DATA_DIR

PRIDE = DATA_DIR / "marc" / "marc4j" / "test" / "resources" / "pride-and-prejudice-fixed.mrc"
NLNZ_100 = DATA_DIR / "marc" / "nlnz" / "setup" / "NLNZ_100_example_marc.marc"


def read_iso(path: Path) -> list[pymarc.Record]:
    with path.open("rb") as handle:
        return list(pymarc.MARCReader(handle, to_unicode=True, force_utf8=True))


def holdings_fields(record: pymarc.Record, tag: str = "852") -> list[tuple[object, ...]]:
    """A record's holdings fields, subfield for subfield, in a stable order."""
    return sorted(
        (f.indicator1, f.indicator2, tuple((s.code, s.value) for s in f.subfields))
        for f in record.get_fields(tag)
    )


def rich_852(barcode: str) -> Field:
    return Field(
        tag="852",
        indicators=Indicators("0", "1"),
        subfields=[
            Subfield("a", "UkOxU"),
            Subfield("b", "Bodleian"),
            Subfield("b", "BOD Bookstack"),
            Subfield("h", "M94.G00395"),
            Subfield("i", "v.2"),
            Subfield("7", "15620506"),
            Subfield("p", barcode),
            Subfield("t", "2"),
            Subfield("x", "staff only: rebound 2019"),
            Subfield("y", "In place"),
            Subfield("z", "(14th printing)"),
            Subfield("9", "$12.99"),
            Subfield("5", barcode),
        ],
    )


def export_iso(database: Database, out: Path) -> list[pymarc.Record]:
    with database.unit_of_work() as uow:
        export_marc(uow, out, ExportFormat.ISO2709)
    return read_iso(out)


# -- the whole field survives a round trip ----------------------------------------


def test_every_852_of_a_real_file_comes_back_subfield_for_subfield(
    database: Database, tmp_path: Path
) -> None:
    source = read_iso(PRIDE)
    with database.unit_of_work() as uow:
        report = import_marc_file(uow, PRIDE, ImportOptions(on_match=OnMatch.ADD_NEW))
    assert report.rejected == 0 and report.copies_added == 66  # 852s with a $p barcode
    exported = export_iso(database, tmp_path / "back.mrc")
    assert len(exported) == len(source)
    for before, after in zip(source, exported, strict=True):
        assert holdings_fields(after) == holdings_fields(before)


def test_the_apps_changes_are_written_into_the_original_field(
    database: Database, tmp_path: Path
) -> None:
    record = book("Emma", holdings=[rich_852("500881138")])
    with database.unit_of_work() as uow:
        import_marc_file(uow, mrc_file(tmp_path, [record]), ImportOptions())
        copy = find_copy_by_barcode(uow, "500881138")
        assert copy is not None
        assert (copy.call_number, copy.location, copy.price_cents) == (
            "M94.G00395 v.2",
            "Bodleian",
            1299,
        )
        update_copy(
            uow,
            copy.id,
            barcode="31000000000019",
            call_number="FIC AUS",
            location="Reading room",
            price_cents=1500,
        )
        uow.commit()
    (back,) = export_iso(database, tmp_path / "back.mrc")
    (h,) = back.get_fields("852")
    assert (h.indicator1, h.indicator2) == ("0", "1")
    assert [(s.code, s.value) for s in h.subfields] == [
        ("a", "UkOxU"),
        ("b", "Reading room"),
        ("b", "BOD Bookstack"),
        ("h", "FIC AUS"),
        ("7", "15620506"),
        ("p", "31000000000019"),
        ("t", "2"),
        ("x", "staff only: rebound 2019"),
        ("y", "In place"),
        ("z", "(14th printing)"),
        ("9", "15.00"),
        ("5", "500881138"),
    ]


def test_a_copy_added_in_the_app_exports_as_a_plain_852(database: Database, tmp_path: Path) -> None:
    record = book("Emma", holdings=[rich_852("500881138")])
    with database.unit_of_work() as uow:
        report = import_marc_file(uow, mrc_file(tmp_path, [record]), ImportOptions())
        add_copy(
            uow,
            report.outcomes[0].record_id,
            "B-2",
            call_number="FIC AUS",
            location="Main",
            price_cents=999,
        )
        uow.commit()
    (back,) = export_iso(database, tmp_path / "back.mrc")
    fields = {f["p"]: f for f in back.get_fields("852")}
    assert [(s.code, s.value) for s in fields["B-2"].subfields] == [
        ("b", "Main"),
        ("h", "FIC AUS"),
        ("p", "B-2"),
        ("9", "9.99"),
    ]
    assert fields["500881138"]["z"] == "(14th printing)"


def test_a_949_comes_back_as_the_949_it_was_and_marcxml_keeps_it_too(
    database: Database, tmp_path: Path
) -> None:
    local = Field(
        tag="949",
        indicators=Indicators(" ", "1"),
        subfields=[
            Subfield("a", "599.75 SMI"),
            Subfield("i", "31234000000019"),
            Subfield("l", "Nonfiction"),
            Subfield("p", "24.00"),
            Subfield("o", "Gift of the PTA"),
        ],
    )
    with database.unit_of_work() as uow:
        import_marc_file(
            uow,
            mrc_file(tmp_path, [book("Big cats", holdings=[local])]),
            ImportOptions(holdings=HOLDINGS_949),
        )
        out = tmp_path / "back.xml"
        export_marc(uow, out, ExportFormat.MARCXML)
    with out.open("rb") as stream:
        (back,) = [o.record for o in read_marcxml(stream) if isinstance(o, ReadRecord)]
    assert back.get_fields("852") == []
    assert holdings_fields(back, "949") == [
        (" ", "1", tuple((s.code, s.value) for s in local.subfields))
    ]


def test_the_kept_field_is_json_with_the_mapping_it_was_read_with(
    database: Database, tmp_path: Path
) -> None:
    with database.unit_of_work() as uow:
        import_marc_file(
            uow, mrc_file(tmp_path, [book("Emma", holdings=[rich_852("B-1")])]), ImportOptions()
        )
        kept = json.loads(uow.session.scalar(select(Item.holdings_json)) or "null")
    assert kept["tag"] == "852" and kept["indicators"] == ["0", "1"]
    assert ["x", "staff only: rebound 2019"] in kept["subfields"]
    assert kept["mapping"]["barcode"] == "p"


# -- the mapping is the librarian's choice ------------------------------------------


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("852", HOLDINGS_852),
        ("949", HOLDINGS_949),
        ("none", None),
        ("NONE", None),
        (
            "952:barcode=p,call=o,location=a+b,price=v",
            HoldingsMapping("952", "p", ("o",), ("a", "b"), "v", "", ""),
        ),
        ("949: barcode = i , call = a+b", HoldingsMapping("949", "i", ("a", "b"), (), "", "", "")),
        ("949:barcode=$i,call=$a$b", HoldingsMapping("949", "i", ("a", "b"), (), "", "", "")),
        ("949:barcode=i,call=a,location=l,price=p", HOLDINGS_949),
        ("852:barcode=p,call=k+h+i+m,location=c+b,price=9", HOLDINGS_852),
    ],
)
def test_a_holdings_spec_names_the_field_and_its_subfields(
    spec: str, expected: HoldingsMapping | None
) -> None:
    assert parse_holdings_spec(spec) == expected


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("245:barcode=a", "use 852 or a local field"),
        ("949", None),  # a preset, fine
        ("949:call=a", "holds the barcode"),
        ("949:barcode=i+j", "one subfield only"),
        ("949:barcode=i,call=i", "both the barcode and the call number"),
        ("949:barcode=i,shelf=a", "“shelf=a”"),
        ("949:barcode=é", "not a subfield code"),
        ("949:barcode=i,barcode=j", "named twice"),
        ("holdings please", "not understood"),
    ],
)
def test_a_holdings_spec_that_makes_no_sense_says_what_to_write(
    spec: str, says: str | None
) -> None:
    if says is None:
        assert parse_holdings_spec(spec) == HOLDINGS_949
        return
    with pytest.raises(ValidationError, match=says):
        parse_holdings_spec(spec)


def test_a_mapping_writes_itself_as_the_spec_it_came_from() -> None:
    for spec in ("852", "949", "952:barcode=p,call=o+q,location=a,price=v", "950:barcode=b"):
        mapping = parse_holdings_spec(spec)
        assert mapping is not None and mapping.spec() == spec


def test_a_custom_9xx_makes_copies_and_keeps_the_rest_of_the_field(
    database: Database, tmp_path: Path
) -> None:
    koha = Field(
        tag="952",
        indicators=Indicators(" ", " "),
        subfields=[
            Subfield("a", "MAIN"),
            Subfield("b", "MAIN"),
            Subfield("o", "636.7 DOG"),
            Subfield("p", "39999000001234"),
            Subfield("v", "18.50"),
            Subfield("y", "BK"),
        ],
    )
    mapping = parse_holdings_spec("952:barcode=p,call=o,location=a,price=v")
    with database.unit_of_work() as uow:
        report = import_marc_file(
            uow,
            mrc_file(tmp_path, [book("Dogs", holdings=[koha])]),
            ImportOptions(holdings=mapping),
        )
        copy = find_copy_by_barcode(uow, "39999000001234")
        uow.commit()
    assert report.copies_added == 1
    assert copy is not None
    assert (copy.call_number, copy.location, copy.price_cents) == ("636.7 DOG", "MAIN", 1850)
    (back,) = export_iso(database, tmp_path / "back.mrc")
    assert holdings_fields(back, "952") == holdings_fields(book("x", holdings=[koha]), "952")


# -- the command line --------------------------------------------------------------


def test_cli_takes_a_custom_holdings_field(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    local = Field(
        tag="951",
        indicators=Indicators(" ", " "),
        subfields=[Subfield("c", "FIC SAC"), Subfield("x", "B-77"), Subfield("s", "Fiction")],
    )
    path = mrc_file(tmp_path, [book("Holes", holdings=[local])])
    args = ["import-marc", "--db", str(db_path), str(path), "--json"]
    assert main([*args, "--holdings", "951:barcode=x,call=c,location=s"]) == 0
    (report,) = json.loads(capsys.readouterr().out)
    assert report["copies_added"] == 1
    assert main(["search", "--db", str(db_path), "B-77", "--by", "barcode", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 1


def test_cli_says_what_to_write_for_a_holdings_field_it_cannot_read(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = mrc_file(tmp_path, [book("Holes")])
    assert main(["import-marc", "--db", str(db_path), str(path), "--holdings", "951"]) == 2
    err = capsys.readouterr().err
    assert "951" in err and "barcode=" in err


def test_cli_reports_the_files_imported_before_one_that_fails(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "not-there.mrc"
    later = mrc_file(tmp_path, [book("Later")], "later.mrc")
    argv = ["import-marc", "--db", str(db_path), str(NLNZ_100), str(missing), str(later)]
    assert main([*argv, "--json"]) == 2
    captured = capsys.readouterr()
    reports = json.loads(captured.out)
    assert [(r["file"], r["imported"]) for r in reports] == [(NLNZ_100.name, 101)]
    assert "not-there.mrc cannot be opened" in captured.err
    assert f"imported before it: {NLNZ_100.name}" in captured.err
    assert "not imported: " in captured.err and "later.mrc" in captured.err

    assert main(argv) == 2  # without --json: the summaries, then the reason
    captured = capsys.readouterr()
    assert f"{NLNZ_100.name}: 101 read" in captured.out
    assert "cannot be opened" in captured.err
