"""Fuzzing with mutated real inputs: MARC files, roster CSVs and desk scans.

No input crashes the importers or the scan router; every rejection says why. The numbers
of inputs here keep CI quick; benchmarks/fuzz_campaign.py runs the same checks at length
(counts in docs/BENCHMARKS.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pymarc.exceptions import PymarcException
from sqlalchemy import func, select, update
from sqlalchemy.exc import OperationalError

from lms_desktop.bootstrap import open_app
from lms_desktop.catalog.models import BibRecord
from lms_desktop.catalog.reading import MarcFormat
from lms_desktop.circulation.models import Patron
from lms_desktop.circulation.scan_router import DeskState
from lms_desktop.config import AppConfig
from lms_desktop.db.integrity import check_database
from lms_desktop.db.unit_of_work import Database
from tests.care.fuzz_harness import (
    MARC_SEEDS,
    ROSTER_SEEDS,
    check_stored_titles_open_and_export,
    desk_states,
    mutated,
    scan_texts,
    seed_bytes,
    try_marc,
    try_roster,
    try_scan,
)

pytestmark = pytest.mark.sqlite_only

FUZZ = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,  # the same inputs on every run, so a failure can be replayed
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)


@pytest.fixture(scope="module")
def fuzz_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("fuzz") / "library.sqlite3"
    ctx = open_app(AppConfig.from_args(str(path)))
    yield ctx.database
    ctx.database.dispose()


@pytest.fixture(scope="module")
def stocked(fuzz_database: Database) -> tuple[Database, int]:
    """A patron, and titles with copies from a real MARC file, for scans to hit."""
    from lms_desktop.circulation.models import Item
    from lms_desktop.school.setup import item_type_id, patron_type_id

    try_marc(fuzz_database, seed_bytes(MARC_SEEDS[0][0]), MARC_SEEDS[0][1])
    with fuzz_database.unit_of_work() as uow:
        patron = Patron(
            barcode="P-Ana",
            patron_type_id=patron_type_id(uow, "student"),
            first_name="Ana",
            last_name="Lopez",
        )
        uow.session.add(patron)
        bib_id = uow.session.scalar(select(BibRecord.id).limit(1))
        for n in range(1, 4):
            uow.session.add(
                Item(
                    barcode=f"3100000000{n}",
                    item_type_id=item_type_id(uow, "book"),
                    bib_record_id=bib_id,
                )
            )
        uow.flush()
        patron_id = patron.id
        uow.commit()
    return fuzz_database, patron_id


@pytest.mark.parametrize(("relative", "fmt"), MARC_SEEDS)
def test_every_real_marc_seed_imports_or_is_explained(
    fuzz_database: Database, relative: str, fmt: MarcFormat
) -> None:
    assert try_marc(fuzz_database, seed_bytes(relative), fmt) in {"accepted", "rejected"}


@FUZZ
@given(data=st.data())
def test_mutated_marc_files_never_crash_the_importer(
    fuzz_database: Database, data: st.DataObject
) -> None:
    _relative, fmt = data.draw(st.sampled_from(MARC_SEEDS))
    same_format = [seed_bytes(r) for r, f in MARC_SEEDS if f is fmt]
    blob = data.draw(mutated(same_format))
    try_marc(fuzz_database, blob, fmt)


def test_the_fuzzed_catalog_holds_only_whole_records(fuzz_database: Database) -> None:
    # runs after the fuzzing above (same module database): nothing half-written
    assert check_database(fuzz_database).ok
    with fuzz_database.unit_of_work() as uow:
        broken = uow.session.scalar(
            select(func.count()).where(BibRecord.marc.is_(None), BibRecord.marc_xml.is_(None))
        )
    assert broken == 0


@FUZZ
@given(blob=mutated([seed_bytes(r) for r in ROSTER_SEEDS]))
def test_mutated_roster_csvs_are_read_or_refused_in_words(
    fuzz_database: Database, blob: bytes
) -> None:
    try_roster(fuzz_database, blob)


@pytest.mark.parametrize("relative", ROSTER_SEEDS)
def test_the_real_roster_seeds_preview_cleanly(fuzz_database: Database, relative: str) -> None:
    assert try_roster(fuzz_database, seed_bytes(relative)) == "accepted"


@settings(FUZZ, max_examples=300)
@given(data=st.data())
def test_any_scan_gets_an_answer_in_words(
    stocked: tuple[Database, int], data: st.DataObject
) -> None:
    database, patron_id = stocked
    text = data.draw(scan_texts())
    desk: DeskState = data.draw(desk_states(patron_id))
    try_scan(database, text, desk)


def test_the_harness_lets_an_unexplained_crash_through(tmp_path: Path) -> None:
    # a check that cannot fail proves nothing: a scan against a broken database is not
    # a rejection in words, and the harness must not swallow it
    broken = open_app(AppConfig.from_args(str(tmp_path / "x.sqlite3"))).database
    with broken.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE patrons")
    with pytest.raises(OperationalError):
        try_scan(broken, "P-Ana", DeskState())
    broken.dispose()


def test_the_harness_catches_a_stored_title_that_cannot_be_exported(tmp_path: Path) -> None:
    # what the fuzzer accepts is opened and exported too: a stored record damaged after
    # import must fail the check, not pass as "accepted"
    database = open_app(AppConfig.from_args(str(tmp_path / "y.sqlite3"))).database
    assert try_marc(database, seed_bytes(MARC_SEEDS[0][0]), MARC_SEEDS[0][1]) == "accepted"
    with database.unit_of_work() as uow:
        record_id = uow.session.scalar(select(BibRecord.id).limit(1))
        uow.session.execute(
            update(BibRecord)
            .where(BibRecord.id == record_id)
            .values(marc=b"00042nam a2200025   4500\x1e\x1d", marc_xml=None)
        )
        uow.commit()
    assert record_id is not None
    with pytest.raises((AssertionError, PymarcException, ValueError)):
        check_stored_titles_open_and_export(database, [record_id])
    database.dispose()
