"""A large MARC file is read by a second process while the app stores the records: the
outcome is exactly what reading it in the app's own process gives, and the reader never
outlives the import (a cancel, an unreadable file, a dead reader)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pymarc
import pytest
from pymarc import Field, Indicators, Subfield
from sqlalchemy import select

from lms_desktop.bootstrap import open_app
from lms_desktop.catalog import importer as importer_module
from lms_desktop.catalog.display import derive_display
from lms_desktop.catalog.importer import ImportOptions, ImportProgress, import_marc_file
from lms_desktop.catalog.models import BibRecord
from lms_desktop.catalog.read_ahead import ReaderStoppedError, read_ahead
from lms_desktop.catalog.reading import MarcFormat, ReadRecord, detect_format, read_marc_file
from lms_desktop.circulation.models import Item
from lms_desktop.config import AppConfig
from lms_desktop.db.unit_of_work import Database
from tests.conftest import DATA_DIR

MARC4J = DATA_DIR / "marc" / "marc4j" / "test" / "resources"
NLNZ_100 = DATA_DIR / "marc" / "nlnz" / "setup" / "NLNZ_100_example_marc.marc"

# real files with every kind of trouble: MARC-8, bad leaders and directories, records
# over 99,999 bytes, lying UTF-8, cut-off files, broken XML, MarcEdit mnemonic
HARD_FILES = [
    NLNZ_100,
    DATA_DIR / "marc" / "pymarc" / "test" / "bad_records.mrc",
    MARC4J / "bad_leaders_10_11.mrc",
    MARC4J / "bad_too_long_plus_2.mrc",
    MARC4J / "bad_oversize_field_bad_directory.mrc",
    MARC4J / "unordered-directory-entries.mrc",
    MARC4J / "chinese_mangled_multibyte.mrc",
    MARC4J / "incomplete_esc_seq.mrc",
    MARC4J / "greekmissingcharsetchange.mrc",
    MARC4J / "pride-and-prejudice-with-many-errors.mrc",
    MARC4J / "brkrtest.mrk",
    MARC4J / "chabon-missing-subfield-code.xml",
    MARC4J / "summerland.xml",
]


def _same_record(a: ReadRecord, b: ReadRecord) -> None:
    assert (a.position, a.raw, a.repairs, a.converted_from_marc8) == (
        b.position,
        b.raw,
        b.repairs,
        b.converted_from_marc8,
    )
    assert a.record.as_json() == b.record.as_json()


@pytest.mark.parametrize("path", HARD_FILES, ids=lambda p: p.name)
def test_the_reader_process_reads_a_file_as_the_app_would(path: Path) -> None:
    fmt = detect_format(path)
    here = list(read_marc_file(path, fmt))
    done = [0]
    there = list(read_ahead(path, fmt, "852", done))
    assert len(there) == len(here) > 0
    for mine, theirs in zip(here, there, strict=True):
        if isinstance(mine, ReadRecord):
            assert isinstance(theirs.outcome, ReadRecord)
            _same_record(mine, theirs.outcome)
            if not mine.view.get_fields("852"):
                assert theirs.display == derive_display(mine.view)
        else:
            assert theirs.outcome == mine
    assert done[0] == path.stat().st_size
    assert multiprocessing.active_children() == []


def _file_with_holdings(tmp_path: Path) -> Path:
    """The NLNZ records, (101) every third with an 852 copy, and one record twice."""
    out = tmp_path / "vendor.mrc"
    with NLNZ_100.open("rb") as stream, out.open("wb") as sink:
        records = [r for r in pymarc.MARCReader(stream, to_unicode=True) if r is not None]
        for n, record in enumerate([*records, records[5]]):
            if n % 3 == 0:
                record.add_field(
                    Field(
                        tag="852",
                        indicators=Indicators(" ", " "),
                        subfields=[
                            Subfield("p", f"3141500{n:04d}"),
                            Subfield("h", "599.75"),
                            Subfield("i", "SMI"),
                            Subfield("c", "Stacks"),
                        ],
                    )
                )
            sink.write(record.as_marc())
    return out


def _catalog(database: Database) -> list[tuple[object, ...]]:
    with database.unit_of_work() as uow:
        titles = uow.session.execute(
            select(BibRecord.title, BibRecord.author, BibRecord.subjects, BibRecord.marc).order_by(
                BibRecord.id
            )
        ).all()
        copies = uow.session.execute(
            select(Item.barcode, Item.call_number, Item.location, BibRecord.title)
            .join(BibRecord, Item.bib_record_id == BibRecord.id)
            .order_by(Item.barcode)
        ).all()
    return [tuple(t) for t in titles] + [tuple(c) for c in copies]


@pytest.mark.sqlite_only
def test_an_import_through_the_reader_stores_what_an_import_here_stores(
    database: Database, tmp_path: Path
) -> None:
    vendor = _file_with_holdings(tmp_path)
    other = open_app(AppConfig.from_args(str(tmp_path / "other.sqlite3")))
    try:
        with other.database.unit_of_work() as uow:
            here = import_marc_file(uow, vendor, ImportOptions(batch_size=7, read_ahead=False))
        with database.unit_of_work() as uow:
            there = import_marc_file(uow, vendor, ImportOptions(batch_size=7, read_ahead=True))
        assert there.as_dict() == here.as_dict()
        assert (there.added, there.skipped, there.copies_added) == (101, 1, 34)
        assert _catalog(database) == _catalog(other.database)
    finally:
        other.database.dispose()


def test_progress_through_the_reader_reaches_the_end_of_the_file(database: Database) -> None:
    seen: list[ImportProgress] = []
    with database.unit_of_work() as uow:
        report = import_marc_file(
            uow, NLNZ_100, ImportOptions(batch_size=25, read_ahead=True), progress=seen.append
        )
    assert report.added == 101
    assert [p.records_read for p in seen] == sorted(p.records_read for p in seen)
    assert seen[-1].fraction == 1.0


def test_a_cancel_keeps_whole_records_and_stops_the_reader(database: Database) -> None:
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls >= 30

    with database.unit_of_work() as uow:
        report = import_marc_file(
            uow, NLNZ_100, ImportOptions(batch_size=10, read_ahead=True), cancel=cancel
        )
    assert report.cancelled and report.added == 30
    assert multiprocessing.active_children() == []


def test_a_file_the_reader_cannot_open_is_explained(tmp_path: Path) -> None:
    gone = tmp_path / "on-the-usb-stick.mrc"
    with pytest.raises(ReaderStoppedError, match=r"on-the-usb-stick\.mrc") as caught:
        list(read_ahead(gone, MarcFormat.ISO2709, None, [0]))
    assert "import the file again" in caught.value.message
    assert multiprocessing.active_children() == []


def test_a_reader_that_dies_is_explained_and_the_saved_records_stay(
    database: Database, tmp_path: Path
) -> None:
    big = tmp_path / "thirty-times.mrc"  # 3,030 records: more than the pipe holds
    big.write_bytes(NLNZ_100.read_bytes() * 30)

    def kill_the_reader(progress: ImportProgress) -> None:
        for child in multiprocessing.active_children():
            child.kill()

    options = ImportOptions(batch_size=10, match_points=(), read_ahead=True)
    with database.unit_of_work() as uow, pytest.raises(ReaderStoppedError) as caught:
        import_marc_file(uow, big, options, progress=kill_the_reader)
    assert "stopped unexpectedly" in caught.value.message
    assert multiprocessing.active_children() == []
    with database.unit_of_work() as uow:
        saved = len(uow.session.scalars(select(BibRecord.id)).all())
    assert 10 <= saved < 3030 and saved % 10 == 0  # whole batches only


def test_only_a_large_file_is_read_by_a_second_process(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    used: list[Path] = []
    real = importer_module.read_ahead

    def spy(path: Path, *args: object) -> object:
        used.append(path)
        return real(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importer_module, "read_ahead", spy)
    with database.unit_of_work() as uow:
        import_marc_file(uow, MARC4J / "chabon.mrc", ImportOptions())
    assert used == []  # 2 records: read here
    monkeypatch.setattr(importer_module, "READ_AHEAD_FROM_BYTES", 1000)
    with database.unit_of_work() as uow:
        report = import_marc_file(uow, NLNZ_100, ImportOptions())
    assert used == [NLNZ_100] and report.added == 101


def test_a_file_that_stops_being_readable_part_way_is_explained(database: Database) -> None:
    """Read in this process (a small file): the USB stick is pulled out after 40 KB."""
    import errno
    import io

    from lms_desktop.catalog.importer import import_marc_stream

    class PulledOut(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            if self.tell() >= 40_000:
                raise OSError(errno.EIO, "Input/output error")
            return super().read(min(size, 10_000) if size and size > 0 else 10_000)

    with database.unit_of_work() as uow, pytest.raises(ReaderStoppedError) as caught:
        import_marc_stream(
            uow,
            PulledOut(NLNZ_100.read_bytes()),
            name="stick.mrc",
            fmt=MarcFormat.ISO2709,
            options=ImportOptions(batch_size=10),
        )
    message = caught.value.message
    assert "Reading stick.mrc stopped: Input/output error" in message
    assert "“Skip”" in message
    with database.unit_of_work() as uow:
        saved = len(uow.session.scalars(select(BibRecord.id)).all())
    assert 10 <= saved < 101 and saved % 10 == 0
