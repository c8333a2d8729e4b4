"""Copies of a live SQLite database made with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


def backup_sqlite_file(source: Path, destination: Path) -> Path:
    """Copy `source` to `destination` page by page while it may be in use.

    Never a file copy: a file copy of a database in WAL mode can miss committed pages
    that are still in the -wal file.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = destination.with_suffix(destination.suffix + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            # the copy is a single self-contained file: no -wal/-shm beside it on the USB
            # stick, and it opens read-only anywhere
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(destination)
    return destination


def timestamped_name(prefix: str, when: datetime) -> str:
    return f"{prefix}-{when.strftime('%Y%m%d-%H%M%S')}.sqlite3"
