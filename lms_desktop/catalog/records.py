"""Storing, reading, replacing and deleting bibliographic records (titles)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import pymarc
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from lms_desktop.catalog.display import DisplayFields, derive_display
from lms_desktop.catalog.marcxml_io import read_marcxml, record_to_marcxml
from lms_desktop.catalog.models import BibIdentifier, BibRecord
from lms_desktop.catalog.reading import ReadRecord
from lms_desktop.catalog.search_index import (
    FTS_TABLE,
    IndexEntry,
    append_to_index,
    index_records,
    remove_from_index,
)
from lms_desktop.circulation.models import Item
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import ConflictError, NotFoundError, ValidationError
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.texts import say

ISO2709_MAX_LENGTH = 99_999


@dataclass(frozen=True)
class RecordView:
    """One stored title: its display fields and its MARC record.

    `marc` is the record as ISO 2709 (UTF-8, leader/09 = 'a'); it is None only for a
    record too big for ISO 2709 (over 99,999 bytes), which is kept as MARCXML in
    `marc_xml` instead. `to_pymarc()` gives the record either way.
    """

    id: int
    control_number: str | None
    control_number_identifier: str | None
    title: str
    author: str
    publisher: str
    publication_year: int | None
    subjects: tuple[str, ...]
    classification: str
    material_type: str
    source: str
    marc: bytes | None
    marc_xml: str | None
    isbns: tuple[str, ...]
    issns: tuple[str, ...]
    lccns: tuple[str, ...]
    created_at: datetime
    updated_at: datetime

    def to_pymarc(self) -> pymarc.Record:
        return load_stored_record(self.marc, self.marc_xml)


@dataclass(frozen=True)
class PreparedRecord:
    """A record ready to be written: serialised bytes plus the derived columns."""

    display: DisplayFields
    marc: bytes | None
    marc_xml: str | None
    source: str


def serialize_record(record: pymarc.Record) -> tuple[bytes | None, str | None]:
    """(ISO 2709 bytes, None), or (None, MARCXML) when the record is too big for 2709
    (over 99,999 bytes, or a field over 9,999).

    The record is written in UTF-8, so leader/09 is set to 'a' on `record`.
    """
    leader = str(record.leader)
    if len(leader) < 24:
        raise ValidationError(
            say(
                "This record's leader is shorter than 24 characters. Fix the leader in the "
                "MARC editor, then save again."
            )
        )
    record.leader = pymarc.Leader(leader[:9] + "a" + leader[10:24])
    record.force_utf8 = True
    data = record.as_marc()
    if fits_iso2709(data, len(record.fields)):
        return data, None
    return None, record_to_marcxml(record)


def fits_iso2709(data: bytes, field_count: int) -> bool:
    """Whether ISO 2709 bytes written by pymarc are sound: at most 99,999 bytes, and no
    field over 9,999 bytes (pymarc then writes a 13-character directory entry, and every
    reader, this one included, takes the record for a broken one)."""
    base = data[12:17]
    return len(data) <= ISO2709_MAX_LENGTH and base.isdigit() and int(base) == 25 + 12 * field_count


def load_stored_record(marc: bytes | None, marc_xml: str | None) -> pymarc.Record:
    """Parse a stored record (ISO 2709 UTF-8 bytes, or MARCXML for a big record)."""
    if marc is not None:
        return pymarc.Record(data=marc, to_unicode=True, force_utf8=True)
    if marc_xml:
        for outcome in read_marcxml(io.BytesIO(marc_xml.encode("utf-8"))):
            if isinstance(outcome, ReadRecord):
                return outcome.record
    raise NotFoundError(say("This title has no MARC record stored. Re-import or re-catalog it."))


def prepare_record(record: pymarc.Record, source: str, raw: bytes | None = None) -> PreparedRecord:
    """Derive the columns of `record` and serialise it.

    `raw` may be the record's own ISO 2709 bytes when they are already valid UTF-8 with
    leader/09 = 'a' and nothing was changed: they are then stored byte for byte.
    """
    marc: bytes | None
    marc_xml: str | None
    if raw is not None and len(raw) <= ISO2709_MAX_LENGTH and raw[9:10] == b"a":
        marc, marc_xml = raw, None
    else:
        marc, marc_xml = serialize_record(record)
    return PreparedRecord(
        display=derive_display(record), marc=marc, marc_xml=marc_xml, source=source[:200]
    )


def _row(prepared: PreparedRecord) -> dict[str, object]:
    d = prepared.display
    return {
        "control_number": d.control_number,
        "control_number_identifier": d.control_number_identifier,
        "title": d.title,
        "author": d.author,
        "publisher": d.publisher,
        "publication_year": d.publication_year,
        "subjects": d.subjects,
        "classification": d.classification,
        "material_type": d.material_type[:4],
        "marc": prepared.marc,
        "marc_xml": prepared.marc_xml,
        "source": prepared.source,
    }


def _index_entry(record_id: int, d: DisplayFields) -> IndexEntry:
    return IndexEntry(record_id, d.title, d.author, d.subjects, d.keywords)


_ROW_COLUMNS = (
    "id", "control_number", "control_number_identifier", "title", "author", "publisher",
    "publication_year", "subjects", "classification", "material_type", "marc", "marc_xml",
    "source", "created_at", "updated_at",
)  # fmt: skip
_SQLITE_INSERT_RECORD = (
    f"INSERT INTO bib_records ({', '.join(_ROW_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _ROW_COLUMNS)})"
)
_SQLITE_INSERT_IDENTIFIER = "INSERT INTO bib_identifiers (record_id, kind, value) VALUES (?, ?, ?)"
_SQLITE_INSERT_INDEX = (
    f"INSERT INTO {FTS_TABLE}(rowid, title, author, subjects, keywords) VALUES (?, ?, ?, ?, ?)"
)


def insert_prepared(session: Session, batch: Sequence[PreparedRecord]) -> list[int]:
    """Insert many prepared records at once (rows, identifiers, index); their new ids."""
    if not batch:
        return []
    if session.get_bind().dialect.name == "sqlite":
        return _insert_prepared_sqlite(session, batch)
    now = utcnow()
    rows = [{**_row(p), "created_at": now, "updated_at": now} for p in batch]
    ids = list(
        session.scalars(
            insert(BibRecord).returning(BibRecord.id, sort_by_parameter_order=True), rows
        )
    )
    identifier_rows = [
        {"record_id": record_id, "kind": kind, "value": value}
        for record_id, p in zip(ids, batch, strict=True)
        for kind, value in p.display.identifiers
    ]
    if identifier_rows:
        session.execute(insert(BibIdentifier), identifier_rows)
    append_to_index(session, [_index_entry(i, p.display) for i, p in zip(ids, batch, strict=True)])
    return ids


def _sqlite_row(record_id: int, p: PreparedRecord, stamp: object) -> tuple[object, ...]:
    d = p.display
    return (
        record_id, d.control_number, d.control_number_identifier, d.title, d.author,
        d.publisher, d.publication_year, d.subjects, d.classification, d.material_type[:4],
        p.marc, p.marc_xml, p.source, stamp, stamp,
    )  # fmt: skip


def _insert_prepared_sqlite(session: Session, batch: Sequence[PreparedRecord]) -> list[int]:
    # Every SQLite transaction here starts with BEGIN IMMEDIATE, so this one holds the
    # write lock: the ids after the current maximum are ours to hand out. The rows go
    # straight to the driver's executemany, which is what makes a big import fast.
    connection = session.connection()
    start = (session.scalar(select(func.max(BibRecord.id))) or 0) + 1
    ids = list(range(start, start + len(batch)))
    stamp_type = BibRecord.__table__.c.created_at.type
    processor = stamp_type._cached_bind_processor(connection.dialect)
    stamp = processor(utcnow()) if processor else utcnow()
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(
            _SQLITE_INSERT_RECORD,
            [_sqlite_row(record_id, p, stamp) for record_id, p in zip(ids, batch, strict=True)],
        )
        cursor.executemany(
            _SQLITE_INSERT_IDENTIFIER,
            [
                (record_id, kind, value)
                for record_id, p in zip(ids, batch, strict=True)
                for kind, value in p.display.identifiers
            ],
        )
        cursor.executemany(
            _SQLITE_INSERT_INDEX,
            [
                (record_id, d.title, d.author, d.subjects, d.keywords)
                for record_id, p in zip(ids, batch, strict=True)
                for d in (p.display,)
            ],
        )
    finally:
        cursor.close()
    return ids


def add_record(uow: UnitOfWork, record: pymarc.Record, source: str) -> int:
    """Store a new title from its MARC record; returns its id. The caller commits."""
    require_permission(uow, Permission.EDIT_CATALOG)
    return insert_prepared(uow.session, [prepare_record(record, source)])[0]


def replace_record(
    uow: UnitOfWork, record_id: int, record: pymarc.Record, source: str | None = None
) -> None:
    """Overwrite a stored title with a new version of its record (edit or overlay)."""
    require_permission(uow, Permission.EDIT_CATALOG)
    session = uow.session
    if session.get(BibRecord, record_id) is None:
        raise NotFoundError(
            say("Title #{id} is not in the catalog. Search for it again.", id=record_id)
        )
    prepared = prepare_record(record, source or "")
    values = _row(prepared)
    if source is None:
        del values["source"]
    session.execute(
        update(BibRecord)
        .where(BibRecord.id == record_id)
        .values(**values, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    session.execute(delete(BibIdentifier).where(BibIdentifier.record_id == record_id))
    identifier_rows = [
        {"record_id": record_id, "kind": kind, "value": value}
        for kind, value in prepared.display.identifiers
    ]
    if identifier_rows:
        session.execute(insert(BibIdentifier), identifier_rows)
    index_records(session, [_index_entry(record_id, prepared.display)])
    session.expire_all()


def delete_record(uow: UnitOfWork, record_id: int) -> None:
    """Delete a title that has no copies left (withdraw or move its copies first)."""
    require_permission(uow, Permission.EDIT_CATALOG)
    session = uow.session
    if session.get(BibRecord, record_id) is None:
        raise NotFoundError(
            say("Title #{id} is not in the catalog. Search for it again.", id=record_id)
        )
    copies = session.scalar(
        select(func.count()).select_from(Item).where(Item.bib_record_id == record_id)
    )
    if copies:
        raise ConflictError(
            say(
                "This title still has {copies} copies. Withdraw or delete its copies first, "
                "then delete the title.",
                copies=copies,
            )
        )
    remove_from_index(session, [record_id])
    session.execute(delete(BibIdentifier).where(BibIdentifier.record_id == record_id))
    session.execute(
        delete(BibRecord)
        .where(BibRecord.id == record_id)
        .execution_options(synchronize_session=False)
    )


def get_record(uow: UnitOfWork, record_id: int) -> RecordView:
    """The stored title `record_id` with its MARC record."""
    session = uow.session
    row = session.get(BibRecord, record_id)
    if row is None:
        raise NotFoundError(
            say("Title #{id} is not in the catalog. Search for it again.", id=record_id)
        )
    identifiers = session.execute(
        select(BibIdentifier.kind, BibIdentifier.value)
        .where(BibIdentifier.record_id == record_id)
        .order_by(BibIdentifier.id)
    ).all()

    def values(kind: str) -> tuple[str, ...]:
        return tuple(value for k, value in identifiers if k == kind)

    return RecordView(
        id=row.id,
        control_number=row.control_number,
        control_number_identifier=row.control_number_identifier,
        title=row.title,
        author=row.author,
        publisher=row.publisher,
        publication_year=row.publication_year,
        subjects=tuple(s for s in row.subjects.split("; ") if s),
        classification=row.classification,
        material_type=row.material_type,
        source=row.source,
        marc=row.marc,
        marc_xml=row.marc_xml,
        isbns=values("isbn"),
        issns=values("issn"),
        lccns=values("lccn"),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def count_records(uow: UnitOfWork) -> int:
    return uow.session.scalar(select(func.count()).select_from(BibRecord)) or 0
