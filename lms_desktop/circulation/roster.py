"""Roster import from a student information system CSV: read, map, preview, apply, undo."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lms_desktop.db.unit_of_work import UnitOfWork

# Files bigger than this are not rosters.
MAX_ROSTER_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class RosterColumnMapping:
    """Which CSV column (by header text) feeds which patron field; "" = not in the file.

    `sis_id` is required: it ties a row to the same student next year. The desk stores
    this mapping in settings (`asdict`/`RosterColumnMapping(**saved)`).
    """

    sis_id: str = ""
    first_name: str = ""
    last_name: str = ""
    grade: str = ""
    homeroom: str = ""
    homeroom_teacher: str = ""
    barcode: str = ""
    email: str = ""
    guardian_email: str = ""
    patron_type: str = ""


@dataclass(frozen=True)
class RosterFile:
    """A roster file read into memory, text decoded and delimiter found."""

    file_name: str
    encoding: str  # utf-8 | utf-8-sig | cp1252
    delimiter: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class RosterChange:
    """One patron the import would add or change."""

    sis_id: str
    name: str
    patron_id: int | None  # None for a new patron
    changes: tuple[tuple[str, str, str], ...]  # (field, old, new)
    moved: bool  # homeroom or grade changed


@dataclass(frozen=True)
class RosterRowProblem:
    line: int
    message: str


@dataclass(frozen=True)
class RosterPreview:
    """What applying would do; nothing has changed yet."""

    file_name: str
    new: tuple[RosterChange, ...]
    changed: tuple[RosterChange, ...]
    moved: tuple[RosterChange, ...]  # subset of changed: homeroom or grade moved
    unchanged_count: int
    missing: tuple[RosterChange, ...]  # active students with a SIS id not in the file
    problems: tuple[RosterRowProblem, ...]


@dataclass(frozen=True)
class RosterImportResult:
    import_id: int
    added: int
    changed: int
    deactivated: int
    summary: str


def read_roster(path: Path) -> RosterFile:
    """Read a CSV roster: UTF-8 (with or without BOM), else cp1252; sniffed delimiter.
    Raises ValidationError with a clear message for binary, empty or malformed files."""
    raise NotImplementedError


def parse_roster_bytes(data: bytes, file_name: str = "roster.csv") -> RosterFile:
    """Like `read_roster` for bytes already in memory."""
    raise NotImplementedError


def guess_mapping(headers: tuple[str, ...]) -> RosterColumnMapping:
    """A first mapping from common SIS header names (Student ID, First Name, Grade…)."""
    raise NotImplementedError


def preview_roster(
    uow: UnitOfWork, roster: RosterFile, mapping: RosterColumnMapping
) -> RosterPreview:
    """Compare the file with the patrons table. Raises ValidationError when the mapping
    misses a required column."""
    raise NotImplementedError


def apply_roster(
    uow: UnitOfWork,
    roster: RosterFile,
    mapping: RosterColumnMapping,
    *,
    deactivate_missing: bool = True,
) -> RosterImportResult:
    """Apply the file in one transaction and keep what is needed to undo it. Commits."""
    raise NotImplementedError


def undo_roster_import(uow: UnitOfWork, import_id: int) -> RosterImportResult:
    """Put every patron back as it was before the import (new ones are removed unless
    they have borrowed since, then made inactive). Commits."""
    raise NotImplementedError
