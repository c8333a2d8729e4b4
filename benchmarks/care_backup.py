"""Time the care-of-the-data operations on the demo school.

    .venv/bin/python benchmarks/care_backup.py [--runs 5]

Backup (online API + quick check + rotation), preview, restore, integrity check, export
of everything, and one PIN check (scrypt). Prints medians; results go in
docs/BENCHMARKS.md under "Care of the data".
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lms_desktop.bootstrap import open_app
from lms_desktop.care.backups import RotationPolicy, make_backup, preview_backup, restore_backup
from lms_desktop.care.export import export_everything
from lms_desktop.config import AppConfig
from lms_desktop.db.integrity import check_database
from lms_desktop.demo import build_demo_school
from lms_desktop.school.access import hash_pin, verify_pin


def median_ms(fn: Callable[[int], object], runs: int) -> float:
    times = []
    for n in range(runs):
        started = time.perf_counter()
        fn(n)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="lms-care-bench-"))
    db_file = root / "library.sqlite3"
    ctx = open_app(AppConfig.from_args(str(db_file)))
    build_demo_school(ctx.database, seed=2026)
    folder = root / "backups"
    start = datetime(2026, 1, 1, 16, 0)
    made = []

    def backup(n: int) -> None:
        made.append(
            make_backup(ctx.database, folder, "daily", start + timedelta(days=n), RotationPolicy())
        )

    results = {
        "backup (online API, quick check, rotation)": median_ms(backup, args.runs),
        "preview a backup (quick check + counts)": median_ms(
            lambda _n: preview_backup(made[-1].path), args.runs
        ),
        "integrity_check + foreign_key_check": median_ms(
            lambda _n: check_database(ctx.database), args.runs
        ),
    }

    def export(n: int) -> None:
        with ctx.database.unit_of_work() as uow:
            export_everything(uow, root / f"export-{n}")

    results["export everything (MARC + CSV + JSON)"] = median_ms(export, max(1, args.runs // 2))
    ctx.database.dispose()
    results["restore (safety copy + backup API)"] = median_ms(
        lambda n: restore_backup(db_file, made[0].path, folder, start + timedelta(days=40 + n)),
        args.runs,
    )
    stored = hash_pin("2468")
    results["PIN check (scrypt N=2^14)"] = median_ms(lambda _n: verify_pin("2468", stored), 9)
    print(f"demo school database: {made[0].size_bytes // 1024} KiB (as backed up)")
    for label, ms in results.items():
        print(f"{label:48} {ms:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
