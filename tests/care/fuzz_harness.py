"""Mutated real inputs for the MARC importer, the roster importer and the scan router.

Each `try_*` function feeds one input to the real service and sorts what happened into
"accepted" or "rejected"; it raises AssertionError for anything else: an exception that
is not a DomainError, a rejection without words, or a report that does not add up.
Used by tests/care/test_fuzzing.py (Hypothesis, a few hundred inputs in CI) and by
benchmarks/fuzz_campaign.py (thousands, counted for docs/BENCHMARKS.md).
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO

from hypothesis import strategies as st
from lxml import etree

from lms_desktop.catalog.exporter import SUFFIXES, ExportFormat, export_marc
from lms_desktop.catalog.importer import ImportOptions, OutcomeStatus, import_marc_stream
from lms_desktop.catalog.marcxml_io import read_marcxml
from lms_desktop.catalog.mrk import read_mrk
from lms_desktop.catalog.reading import MarcFormat, ReadOutcome, ReadRecord, read_iso2709
from lms_desktop.catalog.records import get_record
from lms_desktop.circulation.roster import guess_mapping, parse_roster_bytes, preview_roster
from lms_desktop.circulation.scan_router import DeskMode, DeskState, route_scan
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import DomainError

DATA = Path(__file__).resolve().parents[1] / "data"

MARC_SEEDS: tuple[tuple[str, MarcFormat], ...] = (
    ("marc/marc4j/test/resources/chabon.mrc", MarcFormat.ISO2709),
    ("marc/marc4j/test/resources/summerland.mrc", MarcFormat.ISO2709),
    ("marc/marc4j/src/org/marc4j/samples/resources/diacritic4.mrc", MarcFormat.ISO2709),
    ("marc/marc4j/test/resources/cyrillic_capital_e.mrc", MarcFormat.ISO2709),
    ("marc/marc4j/test/resources/bad_leaders_10_11.mrc", MarcFormat.ISO2709),
    ("marc/marc4j/test/resources/incomplete_esc_seq.mrc", MarcFormat.ISO2709),
    ("marc/traject/test/test_support/one-marc8.mrc", MarcFormat.ISO2709),
    ("marc/ruby-marc/test/one.xml", MarcFormat.MARCXML),
    ("marc/ruby-marc/test/messed_up_leader.xml", MarcFormat.MARCXML),
    ("marc/marc4j/src/org/marc4j/samples/resources/summerland.xml", MarcFormat.MARCXML),
    ("marc/marc4j/test/resources/brkrtest.mrk", MarcFormat.MRK),
)

ROSTER_SEEDS: tuple[str, ...] = (
    "roster/powerschool_export.csv",
    "roster/cp1252_semicolons.csv",
    "roster/clever_students.csv",
)

# what a USB scanner really sends at a school desk, to mutate
SCAN_SEEDS: tuple[str, ...] = (
    "31000000001",
    "P-Ana",
    "9780140328721",
    "0-14-032872-1",
    "978014032872X",
    "CB-0042",
    "SN:5CD1234XYZ",
    "\x02 31000000002\r",
    "https://example.org/?b=1",
)


def seed_bytes(relative: str) -> bytes:
    return (DATA / relative).read_bytes()


@st.composite
def mutated(draw: st.DrawFn, seeds: Sequence[bytes], max_ops: int = 6) -> bytes:
    """A real file with a few byte-level mutations: flips, inserts, deletes, truncation,
    duplicated slices and splices of another seed."""
    data = bytearray(draw(st.sampled_from(list(seeds))))
    for _ in range(draw(st.integers(0, max_ops))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "dup", "splice"]))
        at = draw(st.integers(0, max(0, len(data))))
        if op == "flip" and data:
            at = min(at, len(data) - 1)
            data[at] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(
                st.one_of(
                    st.binary(max_size=8),
                    st.sampled_from([b"\x1d", b"\x1e", b"\x1f", b"\x1b(B", b"<", b"\xff\xfe"]),
                )
            )
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif op == "truncate":
            del data[at:]
        elif op == "dup":
            data[at:at] = data[at : at + draw(st.integers(1, 60))]
        elif op == "splice":
            other = draw(st.sampled_from(list(seeds)))
            start = draw(st.integers(0, max(0, len(other) - 1)))
            data[at:at] = other[start : start + draw(st.integers(1, 200))]
    return bytes(data)


@dataclass
class Tally:
    tried: int = 0
    accepted: int = 0
    rejected: int = 0

    def add(self, outcome: str) -> None:
        self.tried += 1
        if outcome == "accepted":
            self.accepted += 1
        else:
            self.rejected += 1


def _explained(exc: DomainError) -> str:
    assert exc.message.strip(), f"{type(exc).__name__} without a message"
    return "rejected"


def try_marc(database: Database, data: bytes, fmt: MarcFormat) -> str:
    """Import one (mutated) MARC file; every record must be accounted for in words."""
    try:
        with database.unit_of_work(staff_name="fuzz") as uow:
            report = import_marc_stream(
                uow,
                io.BytesIO(data),
                name="fuzzed",
                fmt=fmt,
                options=ImportOptions(holdings=None),
                total_bytes=len(data),
            )
    except DomainError as exc:
        return _explained(exc)
    counted = report.added + report.overlaid + report.skipped + report.rejected
    assert counted == report.read, report.summary()
    for outcome in report.outcomes:
        if outcome.status is OutcomeStatus.REJECTED:
            assert outcome.message.strip(), outcome
    stored = [
        o.record_id
        for o in report.outcomes
        if o.status in (OutcomeStatus.ADDED, OutcomeStatus.OVERLAID) and o.record_id is not None
    ]
    check_stored_titles_open_and_export(database, stored)
    return "accepted" if report.imported or report.skipped else "rejected"


_READERS: dict[ExportFormat, Callable[[BinaryIO], Iterator[ReadOutcome]]] = {
    ExportFormat.ISO2709: read_iso2709,
    ExportFormat.MARCXML: read_marcxml,
    ExportFormat.MRK: read_mrk,
}


@cache
def _marcxml_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(DATA / "schema" / "MARC21slim.xsd")))


def check_stored_titles_open_and_export(database: Database, record_ids: list[int]) -> None:
    """Whatever a (mutated) file held, every title stored from it opens, and exports in
    all three formats: nothing left out but what ISO 2709's size limits cannot carry,
    MARCXML valid against the schema, each export read back with no record rejected."""
    if not record_ids:
        return
    with tempfile.TemporaryDirectory() as folder, database.unit_of_work() as uow:
        for record_id in record_ids:
            assert get_record(uow, record_id).to_pymarc().fields, f"title #{record_id}"
        for fmt, reader in _READERS.items():
            out = Path(folder) / f"fuzzed{SUFFIXES[fmt]}"
            report = export_marc(uow, out, fmt, record_ids=record_ids)
            too_big = [why for why in report.left_out if "ISO 2709 limits" in why]
            assert [why for why in report.left_out if why not in too_big] == [], fmt
            if fmt is not ExportFormat.ISO2709:
                assert too_big == [], fmt
            assert report.records + len(too_big) == len(set(record_ids)), fmt
            if fmt is ExportFormat.MARCXML:
                schema = _marcxml_schema()
                assert schema.validate(etree.parse(str(out))), str(schema.error_log)[:500]
            with out.open("rb") as stream:
                back = list(reader(stream))
            rejected = [o for o in back if not isinstance(o, ReadRecord)]
            assert rejected == [], (fmt, rejected[:3])
            assert len(back) == report.records, fmt


def try_roster(database: Database, data: bytes) -> str:
    """Read and preview one (mutated) roster CSV; problems must say what is wrong."""
    try:
        roster = parse_roster_bytes(data, "fuzzed.csv")
        mapping = guess_mapping(roster.headers)
        with database.unit_of_work(staff_name="fuzz") as uow:
            preview = preview_roster(uow, roster, mapping)
    except DomainError as exc:
        return _explained(exc)
    for problem in preview.problems:
        assert problem.message.strip(), problem
    return "accepted" if preview.new or preview.changed or preview.unchanged_count else "rejected"


def try_scan(database: Database, text: str, desk: DeskState) -> str:
    """One scan at the desk: it never raises for bad input and always answers in words."""
    with database.unit_of_work(staff_name="fuzz", staff_role="aide") as uow:
        result = route_scan(uow, text, desk)
    assert result.message.strip(), result
    return "rejected" if result.outcome.tone == "error" else "accepted"


def desk_states(patron_id: int) -> st.SearchStrategy[DeskState]:
    return st.sampled_from(
        [
            DeskState(),
            DeskState(patron_id=patron_id),
            DeskState(mode=DeskMode.CHECK_IN),
            DeskState(patron_id=patron_id, mode=DeskMode.RENEW),
        ]
    )


def scan_texts() -> st.SearchStrategy[str]:
    seeds = st.sampled_from(SCAN_SEEDS)
    return st.one_of(
        seeds,
        st.text(max_size=40),
        st.builds(
            lambda s, i, c: s[:i] + c + s[i:],
            seeds,
            st.integers(0, 14),
            st.text(min_size=1, max_size=3),
        ),
        st.builds(lambda s, n: s[:n], seeds, st.integers(0, 14)),
        st.binary(max_size=30).map(lambda b: b.decode("latin-1")),
    )
