"""Time the reports and labels on the district-sized database (read-only).

    .venv/bin/python benchmarks/generate_district.py   # once: 250k items, 20k patrons, 2M loans
    .venv/bin/python benchmarks/reports_district.py [--db PATH] [--rounds 5] [--plans]

The database must be at the app's current schema (the reports use the covering indexes
of migration 0004); this script opens it read-only and never migrates it.

Measures, end to end (query + layout + PDF bytes):
- the principal's monthly summary PDF for the generator's last full month (February 2026);
- overdues by homeroom for all 20,000 patrons (one page per teacher) as of 2026-03-09;
- 1,000 spine labels on Demco sheets (query for the items + drawing).
With --plans it prints SQLite's EXPLAIN QUERY PLAN for the heavy report queries.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import select, text  # noqa: E402

from lms_desktop.circulation.models import Item  # noqa: E402
from lms_desktop.db.engine import make_engine  # noqa: E402
from lms_desktop.db.unit_of_work import Database  # noqa: E402
from lms_desktop.labels.service import LabelSelection, make_label_pdf  # noqa: E402
from lms_desktop.reports.common import ReportParams  # noqa: E402
from lms_desktop.reports.service import render_report  # noqa: E402

DEFAULT_DB = REPO / "benchmarks" / "data" / "district.sqlite3"
FEBRUARY = ReportParams(date(2026, 2, 1), date(2026, 2, 28))
AS_OF = ReportParams(date(2026, 3, 9), date(2026, 3, 9), today=date(2026, 3, 9))

PLAN_QUERIES = {
    "checkouts by day, grade, type": "SELECT date(checked_out_at, '-300 minutes'), "
    "patron_grade, item_type_code, count(*) FROM loans WHERE site_id = 1 AND checked_out_at "
    ">= '2026-02-01' AND checked_out_at < '2026-03-01' GROUP BY 1, 2, 3",
    "returns by day": "SELECT date(returned_at, '-300 minutes'), count(*) FROM loans WHERE "
    "site_id = 1 AND returned_at >= '2026-02-01' AND returned_at < '2026-03-01' GROUP BY 1",
    "overdue loans": "SELECT loans.id FROM loans JOIN patrons ON patrons.id = loans.patron_id "
    "WHERE loans.returned_at IS NULL AND loans.due_at < '2026-03-09' AND loans.site_id = 1",
    "top titles": "SELECT bib_records.id, count(*) FROM loans JOIN items ON loans.item_id = "
    "items.id JOIN bib_records ON items.bib_record_id = bib_records.id WHERE "
    "loans.checked_out_at >= '2026-02-01' AND loans.checked_out_at < '2026-03-01' "
    "GROUP BY bib_records.id ORDER BY count(*) DESC LIMIT 10",
    "items added": "SELECT count(*) FROM items WHERE acquired_on >= '2026-02-01' "
    "AND acquired_on <= '2026-02-28' AND site_id = 1",
}


def timed(fn: Callable[[], object], rounds: int) -> tuple[list[float], list[float], object]:
    """Wall-clock and CPU seconds of each run (CPU time shows the work itself when the
    machine is shared and the wall clock waits for other processes)."""
    times: list[float] = []
    cpu: list[float] = []
    result: object = None
    for _ in range(rounds):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    return times, cpu, result


def describe(name: str, times: list[float], cpu: list[float], extra: str) -> str:
    ordered = sorted(times)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    return (
        f"{name:34} median {statistics.median(times):5.2f} s  p90 {p90:5.2f} s  "
        f"min {ordered[0]:5.2f} s  CPU median {statistics.median(cpu):5.2f} s  "
        f"({len(times)} runs; {extra})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--plans", action="store_true")
    args = parser.parse_args()
    if not args.db.is_file():
        print(f"No database at {args.db}; run benchmarks/generate_district.py first.")
        return 2
    url = f"sqlite:///{args.db.resolve()}"
    database = Database(make_engine(url), url)

    with database.unit_of_work() as uow:
        loans = uow.session.scalar(text("SELECT count(*) FROM loans"))
        patrons = uow.session.scalar(text("SELECT count(*) FROM patrons"))
        print(f"{args.db}: {loans:,} loans, {patrons:,} patrons")
        barcodes = tuple(uow.session.scalars(select(Item.barcode).order_by(Item.id).limit(1000)))
        if args.plans:
            for name, sql in PLAN_QUERIES.items():
                plan = uow.session.execute(text("EXPLAIN QUERY PLAN " + sql)).all()
                print(f"-- {name}")
                for row in plan:
                    print(f"   {row[-1]}")

    def summary() -> bytes:
        with database.unit_of_work() as uow:
            return render_report(uow, "monthly-summary", FEBRUARY, "pdf").data

    def overdues() -> bytes:
        with database.unit_of_work() as uow:
            return render_report(uow, "overdues-by-homeroom", AS_OF, "pdf").data

    def spine_labels() -> bytes:
        with database.unit_of_work() as uow:
            return make_label_pdf(
                uow, "spine", "demco-ws14942260-4line", LabelSelection(barcodes=barcodes)
            ).pdf

    from io import BytesIO

    from pypdf import PdfReader

    for name, fn in (
        ("principal's monthly summary PDF", summary),
        ("overdues by homeroom PDF", overdues),
        ("1,000 spine labels PDF", spine_labels),
    ):
        fn()  # warm the page cache once, as a librarian's second run would be
        times, cpu, data = timed(fn, args.rounds)
        assert isinstance(data, bytes)
        pages = len(PdfReader(BytesIO(data)).pages)
        print(describe(name, times, cpu, f"{pages} pages, {len(data) / 1024:.0f} KiB"))
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
