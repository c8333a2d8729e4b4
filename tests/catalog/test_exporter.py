"""Exporting the catalog: copies travel as 852, files are valid and never half-written."""

from __future__ import annotations

import json
from pathlib import Path

import pymarc
import pytest
from lxml import etree

from lms_desktop.catalog.copies import add_copy, withdraw_copy
from lms_desktop.catalog.exporter import (
    CopyHolding,
    ExportFormat,
    append_fields_iso2709,
    export_marc,
    holding_field,
)
from lms_desktop.catalog.importer import ImportOptions, import_marc_file
from lms_desktop.catalog.marcxml_io import read_marcxml
from lms_desktop.catalog.reading import ReadRecord
from lms_desktop.catalog.records import add_record
from lms_desktop.cli import main
from lms_desktop.db.unit_of_work import Database
from tests.catalog.test_records import charlottes_web
from tests.conftest import DATA_DIR

SCHEMA = DATA_DIR / "schema" / "MARC21slim.xsd"
DATOS = DATA_DIR / "marc" / "marc4j" / "test" / "resources" / "datos-20161010-slice.mrc"
NLNZ_100 = DATA_DIR / "marc" / "nlnz" / "setup" / "NLNZ_100_example_marc.marc"


@pytest.fixture
def shelved(database: Database) -> int:
    with database.unit_of_work() as uow:
        record_id = add_record(uow, charlottes_web(), source="test")
        add_copy(
            uow,
            record_id,
            "31234000000019",
            call_number="FIC WHI",
            location="Main stacks",
            price_cents=1899,
        )
        old = add_copy(uow, record_id, "31234000000027", call_number="FIC WHI")
        withdraw_copy(uow, old, "worn out")
        uow.commit()
    return record_id


def read_iso(path: Path) -> list[pymarc.Record]:
    with path.open("rb") as handle:
        return list(pymarc.MARCReader(handle, to_unicode=True, force_utf8=True))


def test_copies_are_exported_as_852_holdings(
    database: Database, shelved: int, tmp_path: Path
) -> None:
    out = tmp_path / "catalog.mrc"
    with database.unit_of_work() as uow:
        report = export_marc(uow, out, ExportFormat.ISO2709)
    assert (report.records, report.copies) == (1, 1)  # the withdrawn copy stays home
    (record,) = read_iso(out)
    (h,) = record.get_fields("852")
    assert (h["b"], h["h"], h["p"], h["9"]) == ("Main stacks", "FIC WHI", "31234000000019", "18.99")
    assert record["245"]["a"] == "Charlotte's web /"


def test_fields_appended_to_a_stored_record_make_a_valid_iso2709_record() -> None:
    original = charlottes_web()
    original.leader = pymarc.Leader(str(original.leader)[:9] + "a" + str(original.leader)[10:])
    raw = original.as_marc()
    grown = append_fields_iso2709(raw, [holding_field(CopyHolding("B-1", "FIC WHI", "Main", None))])
    assert int(grown[:5]) == len(grown)
    (back,) = list(pymarc.MARCReader(grown, to_unicode=True, force_utf8=True))
    assert [f.tag for f in back.fields] == [f.tag for f in original.fields] + ["852"]
    assert back["852"]["p"] == "B-1"


def test_marcxml_export_with_holdings_is_valid_against_the_schema(
    database: Database, shelved: int, tmp_path: Path
) -> None:
    with database.unit_of_work() as uow:
        import_marc_file(uow, NLNZ_100, ImportOptions())
    out = tmp_path / "catalog.xml"
    with database.unit_of_work() as uow:
        report = export_marc(uow, out, ExportFormat.MARCXML)
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert schema.validate(etree.parse(str(out))), schema.error_log.last_error
    assert report.records == 102
    with out.open("rb") as stream:
        records = [o.record for o in read_marcxml(stream) if isinstance(o, ReadRecord)]
    assert records[0]["852"]["p"] == "31234000000019"


def test_a_selection_exports_only_those_titles(database: Database, tmp_path: Path) -> None:
    with database.unit_of_work() as uow:
        report = import_marc_file(uow, NLNZ_100, ImportOptions())
    ids = [o.record_id for o in report.outcomes if o.record_id][5:8]
    out = tmp_path / "three.mrk"
    with database.unit_of_work() as uow:
        exported = export_marc(uow, out, ExportFormat.MRK, record_ids=ids)
    assert exported.records == 3
    assert out.read_text(encoding="utf-8").count("=LDR  ") == 3


def test_a_record_too_big_for_iso2709_is_left_out_with_a_reason_but_not_from_marcxml(
    database: Database, tmp_path: Path
) -> None:
    with database.unit_of_work() as uow:
        import_marc_file(uow, DATOS, ImportOptions())
        iso = export_marc(uow, tmp_path / "big.mrc", ExportFormat.ISO2709)
        xml = export_marc(uow, tmp_path / "big.xml", ExportFormat.MARCXML)
    assert iso.records == 0
    assert "over 99,999 bytes" in iso.left_out[0]
    assert xml.records == 1


def test_a_cancelled_export_leaves_no_file(
    database: Database, shelved: int, tmp_path: Path
) -> None:
    out = tmp_path / "catalog.mrc"
    with database.unit_of_work() as uow:
        report = export_marc(uow, out, ExportFormat.ISO2709, cancel=lambda: True)
    assert report.cancelled
    assert not out.exists() and not (tmp_path / "catalog.mrc.part").exists()


# -- the command line --------------------------------------------------------------


def test_cli_import_export_and_search(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = DATA_DIR / "marc" / "pymarc" / "test" / "bad_records.mrc"
    assert main(["import-marc", "--db", str(db_path), str(NLNZ_100), str(bad), "--json"]) == 1
    reports = json.loads(capsys.readouterr().out)
    assert [(r["read"], r["imported"], r["rejected"]) for r in reports] == [
        (101, 101, 0),
        (8, 7, 1),
    ]
    rejected = [o for o in reports[1]["outcomes"] if o["status"] == "rejected"]
    assert (rejected[0]["record"], rejected[0]["byte_offset"]) == (7, 764)

    assert main(["import-marc", "--db", str(db_path), str(NLNZ_100), "--match", "skip"]) == 0
    assert "101 skipped" in capsys.readouterr().out

    out = tmp_path / "all.xml"
    assert main(["export-marc", "--db", str(db_path), str(out)]) == 0
    assert "108 titles" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"<?xml")

    assert main(["search", "--db", str(db_path), "zealand", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["total"] > 0
    assert all("title" in row for row in found["results"])

    assert main(["search", "--db", str(db_path), 'AND( "* 🕷️']) == 0
    assert "titles found" in capsys.readouterr().out
