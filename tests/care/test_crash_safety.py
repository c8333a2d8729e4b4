"""A pulled power cord mid-scan or mid-import loses nothing acknowledged, doubles nothing
and leaves no half-written record.

A child process scans a long batch through the desk's scan router, printing an ACK line
after each committed scan; the test SIGKILLs it at random moments, restarts it (it resumes
from the start, and scans it already did are recognised by their scan_id), many times,
then reopens the database and checks it.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lms_desktop.bootstrap import AppContext, open_app
from lms_desktop.catalog.importer import ImportOptions, import_marc_file
from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.models import Item, JournalEntry, Loan, Patron
from lms_desktop.config import AppConfig
from lms_desktop.db.integrity import check_database
from lms_desktop.school.setup import item_type_id, patron_type_id
from tests.conftest import DATA_DIR

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("LMS_CRASH_KILLS", "10"))
MARC_KILLS = int(os.environ.get("LMS_CRASH_IMPORT_KILLS", "6"))
SCANS = 240
ITEMS = [f"3300000{n:03d}" for n in range(12)]


def _stock(ctx: AppContext) -> None:
    with ctx.database.unit_of_work() as uow:
        book = item_type_id(uow, "book")
        uow.session.add_all(Item(barcode=b, item_type_id=book) for b in ITEMS)
        uow.session.add(
            Patron(
                barcode="T-CRASH",
                patron_type_id=patron_type_id(uow, "teacher"),
                first_name="Pat",
                last_name="Power-Cut",
            )
        )
        uow.commit()


def _start(url: str, prefix: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.care.desk_worker",
            "scans",
            url,
            prefix,
            str(SCANS),
            "T-CRASH",
            *ITEMS,
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def test_killing_the_desk_mid_batch_loses_no_acknowledged_scan_and_doubles_none(
    app_context: AppContext, db_path: Path
) -> None:
    _stock(app_context)
    url = app_context.database.url
    app_context.database.dispose()
    rng = random.Random(8)
    acked: set[str] = set()
    kills = 0
    finished = False
    while not finished:
        child = _start(url, "crash")
        assert child.stdout is not None
        # the last rounds run to the end; before that, kill after a random number of acks
        kill_after = rng.randint(3, 30) if kills < KILLS else None
        seen_this_round = 0
        for line in child.stdout:
            if line.startswith("ACK "):
                acked.add(line.split()[1])
                seen_this_round += 1
                if kill_after is not None and seen_this_round >= kill_after:
                    time.sleep(rng.random() * 0.02)  # land inside the next transaction
                    child.send_signal(signal.SIGKILL)
                    kills += 1
                    break
            elif line.strip() == "DONE":
                finished = True
                break
        child.wait(timeout=60)
        stderr = child.stderr.read() if child.stderr else ""
        child.stdout.close()
        if child.stderr:
            child.stderr.close()
        if child.returncode not in (0, -signal.SIGKILL):
            pytest.fail(f"the desk process failed:\n{stderr}")
        if child.returncode == 0 and not finished:
            pytest.fail(f"the desk process stopped early:\n{stderr}")
    assert kills == KILLS
    assert len(acked) == SCANS

    reopened = open_app(AppConfig.from_args(str(db_path)))
    try:
        report = check_database(reopened.database)
        assert report.ok, report.problems
        with reopened.database.unit_of_work() as uow:
            s = uow.session
            journaled = s.execute(
                select(JournalEntry.scan_id, func.count())
                .where(JournalEntry.scan_id.like("crash:%"))
                .group_by(JournalEntry.scan_id)
            ).all()
            counts = dict(journaled)
            # every acknowledged scan is there exactly once
            assert all(counts.get(scan_id) == 1 for scan_id in acked)
            checkouts = s.scalar(
                select(func.count()).where(
                    JournalEntry.action == "checkout", JournalEntry.scan_id.like("crash:%")
                )
            )
            loans = s.scalar(select(func.count()).select_from(Loan))
            assert loans == checkouts == SCANS // 2  # one loan per lending scan, no more
            assert s.scalar(select(func.count()).where(Loan.returned_at.is_(None))) == 0
            assert set(s.scalars(select(Item.status))) == {"available"}
    finally:
        reopened.database.dispose()


MARC_FILE = DATA_DIR / "marc/marc4j/test/resources/pride-and-prejudice-fixed.mrc"


def _catalog_state(ctx: AppContext) -> list[tuple[str | None, str]]:
    with ctx.database.unit_of_work() as uow:
        rows = uow.session.execute(
            select(BibRecord.control_number, BibRecord.title).order_by(
                BibRecord.control_number, BibRecord.title
            )
        ).all()
    return [(c, t) for c, t in rows]


def _running(pid: int) -> bool:
    """Whether process `pid` is still alive (a zombie waiting to be reaped is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.parametrize("reader", ["here", "ahead"], ids=["in-process", "reader-process"])
def test_killing_a_marc_import_leaves_only_whole_records_and_a_rerun_completes_it(
    app_context: AppContext, db_path: Path, tmp_path: Path, reader: str
) -> None:
    marc_file = MARC_FILE
    if reader == "ahead":
        # 7,660 records (the file 20 times; the repeats are skipped as matches): more
        # than the pipe holds, so the reader is still sending when the import is killed
        marc_file = tmp_path / "twenty-times.mrc"
        marc_file.write_bytes(MARC_FILE.read_bytes() * 20)
    # what one uninterrupted import of the file gives
    clean = open_app(AppConfig.from_args(str(tmp_path / "clean.sqlite3")))
    with clean.database.unit_of_work() as uow:
        import_marc_file(uow, marc_file, ImportOptions(batch_size=20, read_ahead=False))
    expected = _catalog_state(clean)
    clean.database.dispose()
    assert len(expected) > 300

    url = app_context.database.url
    app_context.database.dispose()
    rng = random.Random(2709)
    kills = 0
    finished = False
    while not finished:
        command = ["import", url, str(marc_file), "20", reader]
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.care.desk_worker", *command],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        assert child.stdout is not None
        kill_after = rng.randint(1, 12) if kills < MARC_KILLS else None
        acks = 0
        readers: set[int] = set()
        for line in child.stdout:
            if line.startswith("READER "):
                readers.add(int(line.split()[1]))
            elif line.startswith("ACK "):
                acks += 1
                if kill_after is not None and acks >= kill_after:
                    time.sleep(rng.random() * 0.05)
                    child.send_signal(signal.SIGKILL)
                    kills += 1
                    break
            elif line.startswith("DONE"):
                finished = True
                break
        child.wait(timeout=120)
        stderr = child.stderr.read() if child.stderr else ""
        child.stdout.close()
        if child.stderr:
            child.stderr.close()
        if child.returncode not in (0, -signal.SIGKILL):
            pytest.fail(f"the import process failed:\n{stderr}")
        if child.returncode == -signal.SIGKILL:
            _assert_whole_records(db_path)
            # the reader notices that the import is gone and stops by itself
            deadline = time.monotonic() + 15
            while any(_running(pid) for pid in readers) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert not any(_running(pid) for pid in readers), "the reader outlived the import"
        if reader == "ahead":
            assert readers, "the import did not use a reader process"
    assert kills == MARC_KILLS

    reopened = open_app(AppConfig.from_args(str(db_path)))
    try:
        assert check_database(reopened.database).ok
        # the interrupted imports plus the last one add up to exactly one clean import
        assert _catalog_state(reopened) == expected
    finally:
        reopened.database.dispose()


def _assert_whole_records(db_path: Path) -> None:
    """After a kill: the file passes the checks and every title is complete and indexed."""
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        partial = conn.execute(
            "SELECT count(*) FROM bib_records WHERE marc IS NULL AND marc_xml IS NULL"
        ).fetchone()[0]
        assert partial == 0
        titles = conn.execute("SELECT count(*) FROM bib_records").fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM bib_search").fetchone()[0]
        assert indexed == titles
