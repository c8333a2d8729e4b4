"""A pulled power cord mid-scan loses nothing acknowledged and doubles nothing.

A child process scans a long batch through the desk's scan router, printing an ACK line
after each committed scan; the test SIGKILLs it at random moments, restarts it (it resumes
from the start, and scans it already did are recognised by their scan_id), many times,
then reopens the database and checks it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lms_desktop.bootstrap import AppContext, open_app
from lms_desktop.circulation.models import Item, JournalEntry, Loan, Patron
from lms_desktop.config import AppConfig
from lms_desktop.db.integrity import check_database
from lms_desktop.school.setup import item_type_id, patron_type_id

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("LMS_CRASH_KILLS", "10"))
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
