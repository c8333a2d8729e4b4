"""Catalog search: keyword (FTS5), title, author, subject, ISBN, call number, barcode."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from lms_desktop.catalog.call_numbers import call_number_sort_key
from lms_desktop.catalog.identifiers import isbn_search_forms
from lms_desktop.catalog.models import BibIdentifier, BibRecord
from lms_desktop.catalog.search_index import FTS_TABLE, uses_fts
from lms_desktop.circulation.models import Item
from lms_desktop.db.unit_of_work import UnitOfWork

DEFAULT_LIMIT = 5000
MAX_WORDS = 16
_WORD = re.compile(r"\w+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_QUERY_LENGTH = 500


class SearchKind(StrEnum):
    KEYWORD = "keyword"
    TITLE = "title"
    AUTHOR = "author"
    SUBJECT = "subject"
    ISBN = "isbn"
    CALL_NUMBER = "call_number"
    BARCODE = "barcode"


@dataclass(frozen=True)
class SearchRow:
    """One line of the results table."""

    id: int
    title: str
    author: str
    publication_year: int | None
    classification: str
    material_type: str
    call_number: str
    copies: int  # copies not withdrawn
    available: int  # copies on the shelf now


@dataclass(frozen=True)
class SearchResult:
    """The ids of every match, best first; fetch rows a page at a time with fetch_rows."""

    query: str
    kind: SearchKind
    ids: tuple[int, ...]
    truncated: bool  # more matched than the limit


def search_words(query: str) -> list[str]:
    """The words of what the user typed; everything else (quotes, *, emoji) is dropped.

    Only these words reach the database, each as a quoted FTS5 string, so no input can
    break the query or be read as FTS5 syntax (AND, NEAR, column filters).
    """
    normalised = unicodedata.normalize("NFKC", query or "")
    return [w.casefold() for w in _WORD.findall(normalised)][:MAX_WORDS]


def _accent_folding() -> tuple[str, str]:
    """(from, to) for SQL translate(): every precomposed Latin letter that is an ASCII
    letter with accents (é, Ñ, å, ő…), mapped to that letter in lower case, then every
    combining accent with nothing, so PostgreSQL's translate() deletes it. Built from
    Unicode, so the words typed and the stored text are folded the same way."""
    source: list[str] = []
    target: list[str] = []
    for code in range(0x00C0, 0x0250):
        letter = chr(code)
        decomposed = unicodedata.normalize("NFD", letter)
        base, marks = decomposed[:1], decomposed[1:]
        if (
            marks
            and base.isascii()
            and base.isalpha()
            and all(unicodedata.combining(m) for m in marks)
        ):
            source.append(letter)
            target.append(base.lower())
    combining = [chr(c) for c in range(0x0300, 0x0370)]
    return "".join(source + combining), "".join(target)


FOLD_FROM, FOLD_TO = _accent_folding()
_FOLD_TABLE = str.maketrans(FOLD_FROM[: len(FOLD_TO)], FOLD_TO, FOLD_FROM[len(FOLD_TO) :])


def fold_accents(text: str) -> str:
    """Lower case without accents ("Brontë" -> "bronte"), as the district search compares."""
    return text.lower().translate(_FOLD_TABLE)


def fts_match_expression(words: Sequence[str], column: str | None = None) -> str:
    """An FTS5 MATCH expression requiring every word (the last one as a prefix)."""
    parts: list[str] = []
    for position, word in enumerate(words):
        phrase = '"' + word.replace('"', '""') + '"'
        if position == len(words) - 1 and len(word) >= 2:
            phrase += "*"  # type-ahead: "charlot" finds "Charlotte"
        parts.append(f"{column} : {phrase}" if column else phrase)
    return " AND ".join(parts)


_FTS_COLUMNS = {
    SearchKind.KEYWORD: None,
    SearchKind.TITLE: "title",
    SearchKind.AUTHOR: "author",
    SearchKind.SUBJECT: "subjects",
}


def _available_filter(
    record_id: ColumnElement[int] | InstrumentedAttribute[int],
) -> ColumnElement[bool]:
    return exists().where(Item.bib_record_id == record_id, Item.status == "available")


def search_catalog(
    uow: UnitOfWork,
    query: str,
    kind: SearchKind | str = SearchKind.KEYWORD,
    *,
    available_only: bool = False,
    limit: int = DEFAULT_LIMIT,
) -> SearchResult:
    """Every title matching `query`, best matches first (keyword) or by title."""
    kind = SearchKind(kind)
    session = uow.session
    # control characters (a NUL from a misbehaving scanner) can never match anything and
    # PostgreSQL refuses them outright
    query = _CONTROL.sub("", query or "")[:MAX_QUERY_LENGTH]
    if kind in _FTS_COLUMNS:
        ids = _text_search(session, query, kind, available_only, limit + 1)
    elif kind is SearchKind.ISBN:
        ids = _isbn_search(session, query, available_only, limit + 1)
    elif kind is SearchKind.CALL_NUMBER:
        ids = _call_number_search(session, query, available_only, limit + 1)
    else:
        ids = _barcode_search(session, query, limit + 1)
    return SearchResult(query=query, kind=kind, ids=tuple(ids[:limit]), truncated=len(ids) > limit)


def _text_search(
    session: Session, query: str, kind: SearchKind, available_only: bool, limit: int
) -> list[int]:
    words = search_words(query)
    if not words:
        return []
    if uses_fts(session):
        sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match"
        if available_only:
            sql += (
                " AND EXISTS (SELECT 1 FROM items WHERE items.bib_record_id = "
                f"{FTS_TABLE}.rowid AND items.status = 'available')"
            )
        sql += " ORDER BY rank LIMIT :limit"
        match = fts_match_expression(words, _FTS_COLUMNS[kind])
        return list(session.scalars(text(sql), {"match": match, "limit": limit}))
    # other databases: every word must appear somewhere in the chosen columns
    columns = {
        SearchKind.KEYWORD: (
            BibRecord.title,
            BibRecord.author,
            BibRecord.subjects,
            BibRecord.publisher,
        ),
        SearchKind.TITLE: (BibRecord.title,),
        SearchKind.AUTHOR: (BibRecord.author,),
        SearchKind.SUBJECT: (BibRecord.subjects,),
    }[kind]
    # accents folded on both sides (SQLite's FTS5 index does this with remove_diacritics)
    conditions = [
        or_(
            *[
                func.translate(func.lower(c), FOLD_FROM, FOLD_TO).contains(
                    fold_accents(word), autoescape=True
                )
                for c in columns
            ]
        )
        for word in words
    ]
    stmt = select(BibRecord.id).where(and_(*conditions))
    if available_only:
        stmt = stmt.where(_available_filter(BibRecord.id))
    return list(session.scalars(stmt.order_by(BibRecord.title, BibRecord.id).limit(limit)))


def _isbn_search(session: Session, query: str, available_only: bool, limit: int) -> list[int]:
    forms = isbn_search_forms(query)
    if not forms:
        return []
    stmt = (
        select(BibIdentifier.record_id)
        .where(BibIdentifier.kind == "isbn", BibIdentifier.value.in_(forms))
        .distinct()
    )
    if available_only:
        stmt = stmt.where(_available_filter(BibIdentifier.record_id))
    return list(session.scalars(stmt.order_by(BibIdentifier.record_id).limit(limit)))


def _call_number_search(
    session: Session, query: str, available_only: bool, limit: int
) -> list[int]:
    key = call_number_sort_key(query)
    if not key:
        return []
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    by_copy = (
        select(Item.bib_record_id.label("id"), Item.call_number_sort.label("sort"))
        .where(Item.call_number_sort.like(f"{escaped}%", escape="\\"))
        .where(Item.bib_record_id.is_not(None))
    )
    if available_only:
        by_copy = by_copy.where(Item.status == "available")
    rows = session.execute(by_copy.order_by(Item.call_number_sort).limit(limit * 4)).all()
    seen: dict[int, None] = {}
    for record_id, _sort in rows:
        seen.setdefault(record_id, None)
    if not available_only and len(seen) < limit:
        # titles without copies yet, by their classification (082/050)
        prefix = " ".join((query or "").upper().split())
        if prefix:
            p = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            for record_id in session.scalars(
                select(BibRecord.id)
                .where(func.upper(BibRecord.classification).like(f"{p}%", escape="\\"))
                .order_by(BibRecord.classification, BibRecord.id)
                .limit(limit)
            ):
                seen.setdefault(record_id, None)
    return list(seen)[:limit]


def _barcode_search(session: Session, query: str, limit: int) -> list[int]:
    barcode = (query or "").strip()
    if not barcode:
        return []
    stmt = select(Item.bib_record_id).where(
        Item.barcode == barcode, Item.bib_record_id.is_not(None)
    )
    return [i for i in session.scalars(stmt.limit(limit)) if i is not None]


def fetch_rows(uow: UnitOfWork, ids: Sequence[int]) -> list[SearchRow]:
    """The result rows of these titles, in the order of `ids` (one page of a lazy model)."""
    if not ids:
        return []
    session = uow.session
    wanted = list(dict.fromkeys(ids))
    not_withdrawn = Item.status.not_in(("withdrawn", "retired"))
    copy_stats = (
        select(
            Item.bib_record_id.label("record_id"),
            func.sum(case((not_withdrawn, 1), else_=0)).label("copies"),
            func.sum(case((Item.status == "available", 1), else_=0)).label("available"),
            func.min(case((not_withdrawn, Item.call_number), else_=None)).label("call_number"),
        )
        .where(Item.bib_record_id.in_(wanted))
        .group_by(Item.bib_record_id)
        .subquery()
    )
    rows = session.execute(
        select(
            BibRecord.id,
            BibRecord.title,
            BibRecord.author,
            BibRecord.publication_year,
            BibRecord.classification,
            BibRecord.material_type,
            copy_stats.c.call_number,
            copy_stats.c.copies,
            copy_stats.c.available,
        )
        .outerjoin(copy_stats, copy_stats.c.record_id == BibRecord.id)
        .where(BibRecord.id.in_(wanted))
    ).all()
    by_id = {
        row.id: SearchRow(
            id=row.id,
            title=row.title,
            author=row.author,
            publication_year=row.publication_year,
            classification=row.classification,
            material_type=row.material_type,
            call_number=row.call_number or row.classification or "",
            copies=int(row.copies or 0),
            available=int(row.available or 0),
        )
        for row in rows
    }
    return [by_id[i] for i in wanted if i in by_id]
