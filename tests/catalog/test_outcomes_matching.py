"""Matching an incoming record to a title already in the catalog by its LCCN (010 $a),
as the Library of Congress writes it in any of its forms."""

from __future__ import annotations

from pathlib import Path

import pymarc
from pymarc import Field, Indicators, Subfield
from sqlalchemy import func, select

from lms_desktop.catalog.importer import (
    ImportOptions,
    ImportReport,
    MatchPoint,
    OnMatch,
    OutcomeStatus,
    import_marc_file,
)
from lms_desktop.catalog.models import BibRecord
from lms_desktop.catalog.records import get_record
from lms_desktop.db.unit_of_work import Database

BY_LCCN = (MatchPoint.LCCN,)


def book(title: str, lccn: str) -> pymarc.Record:
    record = pymarc.Record(force_utf8=True)
    record.leader = pymarc.Leader("00000nam a2200000 a 4500")
    record.add_field(
        Field(tag="010", indicators=Indicators(" ", " "), subfields=[Subfield("a", lccn)]),
        Field(tag="245", indicators=Indicators("0", "0"), subfields=[Subfield("a", title)]),
    )
    return record


def import_books(
    database: Database, tmp_path: Path, name: str, books: list[pymarc.Record], **options: object
) -> ImportReport:
    path = tmp_path / name
    path.write_bytes(b"".join(r.as_marc() for r in books))
    with database.unit_of_work() as uow:
        return import_marc_file(uow, path, ImportOptions(holdings=None, **options))  # type: ignore[arg-type]


def titles(database: Database) -> int:
    with database.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(BibRecord)) or 0)


def test_a_record_with_the_same_lccn_written_differently_is_skipped(
    database: Database, tmp_path: Path
) -> None:
    """The catalog has LCCN "   52009760 " (LoC's fixed-width form); the vendor sends
    "52-9760" (the hyphenated form printed in old books). Same number: skipped."""
    import_books(database, tmp_path, "first.mrc", [book("Charlotte's web", "   52009760 ")])
    report = import_books(
        database,
        tmp_path,
        "vendor.mrc",
        [book("Charlotte's web (vendor)", "52-9760")],
        match_points=BY_LCCN,
    )
    (outcome,) = report.outcomes
    assert outcome.status is OutcomeStatus.SKIPPED
    assert "by LCCN" in outcome.message
    assert titles(database) == 1


def test_overlay_by_lccn_replaces_the_stored_title(database: Database, tmp_path: Path) -> None:
    import_books(database, tmp_path, "first.mrc", [book("Charlotte's web", "52-9760")])
    report = import_books(
        database,
        tmp_path,
        "newer.mrc",
        [book("Charlotte's web : 70th anniversary", "52009760")],
        match_points=BY_LCCN,
        on_match=OnMatch.OVERLAY,
    )
    assert report.overlaid == 1
    assert "Matched title #1 by LCCN" in report.outcomes[0].message
    with database.unit_of_work() as uow:
        assert get_record(uow, 1).title == "Charlotte's web : 70th anniversary"
    assert titles(database) == 1


def test_a_different_lccn_is_a_new_title(database: Database, tmp_path: Path) -> None:
    import_books(database, tmp_path, "first.mrc", [book("Charlotte's web", "52-9760")])
    report = import_books(
        database, tmp_path, "other.mrc", [book("Stuart Little", "45-9775")], match_points=BY_LCCN
    )
    assert report.added == 1 and titles(database) == 2
