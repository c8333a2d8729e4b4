"""Keeping the SQLite FTS5 keyword index of titles in step with the records table."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

# The FTS5 table is created by migration 0002 on SQLite only; other databases search
# the records table directly (see catalog.search).
FTS_TABLE = "bib_search"


@dataclass(frozen=True)
class IndexEntry:
    record_id: int
    title: str
    author: str
    subjects: str
    keywords: str


def uses_fts(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def index_records(session: Session, entries: Sequence[IndexEntry]) -> None:
    """Add (or replace) the index entries of these records."""
    if not entries or not uses_fts(session):
        return
    session.execute(
        text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"),
        [{"id": e.record_id} for e in entries],
    )
    session.execute(
        text(
            f"INSERT INTO {FTS_TABLE}(rowid, title, author, subjects, keywords) "
            "VALUES (:id, :title, :author, :subjects, :keywords)"
        ),
        [
            {
                "id": e.record_id,
                "title": e.title,
                "author": e.author,
                "subjects": e.subjects,
                "keywords": e.keywords,
            }
            for e in entries
        ],
    )


def append_to_index(session: Session, entries: Sequence[IndexEntry]) -> None:
    """Index records that are known to be new (no delete first: the import fast path)."""
    if not entries or not uses_fts(session):
        return
    session.execute(
        text(
            f"INSERT INTO {FTS_TABLE}(rowid, title, author, subjects, keywords) "
            "VALUES (:id, :title, :author, :subjects, :keywords)"
        ),
        [
            {
                "id": e.record_id,
                "title": e.title,
                "author": e.author,
                "subjects": e.subjects,
                "keywords": e.keywords,
            }
            for e in entries
        ],
    )


def remove_from_index(session: Session, record_ids: Iterable[int]) -> None:
    ids = [{"id": record_id} for record_id in record_ids]
    if ids and uses_fts(session):
        session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"), ids)
