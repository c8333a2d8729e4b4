"""Inventory figures on the district database: scanning at 10 scans/s, weeding lists.

    .venv/bin/python benchmarks/generate_district.py      # once: benchmarks/data/district.sqlite3
    .venv/bin/python benchmarks/inventory_bench.py [--db PATH] [--scans 600] [--rate 10]

The database is first copied to a throwaway file (--work, default /tmp), so the shared
district file is never migrated or changed. Then:

1. a whole-collection inventory is started (250,000 copies in scope);
2. `--scans` barcodes are scanned at `--rate` per second on a fixed timetable, each as its
   own unit of work and commit, as the Shelf inventory screen does on its database worker:
   mostly in shelf order, with a misshelved copy, an out-of-order copy and an unknown
   barcode now and then. Per scan: service latency (wall and CPU) and lag (how late the
   scan started against its timetable; no lag means every scan started on time);
3. progress by Dewey range, the out-of-order list and the close are timed once;
4. weeding candidate lists over the whole collection are timed (5 runs each).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from lms_desktop.bootstrap import open_app  # noqa: E402
from lms_desktop.config import AppConfig  # noqa: E402
from lms_desktop.inventory.shelf import (  # noqa: E402
    InventoryScope,
    close_inventory,
    inventory_progress,
    out_of_order_items,
    scan_item,
    start_inventory,
)
from lms_desktop.inventory.weeding import (  # noqa: E402
    CREW_SCHOOL_RULES,
    WeedingRule,
    candidate_ids,
    candidate_rows,
)

DEFAULT_DB = REPO / "benchmarks" / "data" / "district.sqlite3"


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary_ms(values: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(values) * 1000, 2),
        "p95_ms": round(percentile(values, 95) * 1000, 2),
        "p99_ms": round(percentile(values, 99) * 1000, 2),
        "max_ms": round(max(values) * 1000, 2),
    }


def shelf_walk(path: Path, count: int) -> list[tuple[str, str]]:
    """(barcode, shelf) in shelf order from the middle of the collection, with a stray
    copy every 50 scans, a swapped pair every 40 and an unknown barcode every 100."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT barcode, call_number_sort FROM items WHERE bib_record_id IS NOT NULL "
        "AND status='available' ORDER BY call_number_sort LIMIT ? OFFSET 100000",
        (count,),
    ).fetchall()
    far = conn.execute(
        "SELECT barcode FROM items WHERE bib_record_id IS NOT NULL AND status='available' "
        "ORDER BY call_number_sort DESC LIMIT ?",
        (count // 50 + 1,),
    ).fetchall()
    conn.close()
    walk = [(barcode, f"Shelf {n // 120 + 1}") for n, (barcode, _key) in enumerate(rows)]
    for n in range(40, len(walk) - 1, 40):
        walk[n], walk[n + 1] = walk[n + 1], walk[n]
    for k, n in enumerate(range(25, len(walk), 50)):
        walk[n] = (far[k][0], walk[n][1])
    for n in range(99, len(walk), 100):
        walk[n] = (f"NOPE{n:06d}", walk[n][1])
    return walk


def bench_scanning(ctx, path: Path, scans: int, rate: float) -> dict[str, object]:  # type: ignore[no-untyped-def]
    db = ctx.database
    started = time.perf_counter()
    with db.unit_of_work(staff_name="bench") as uow:
        session = start_inventory(uow, InventoryScope(), name="benchmark inventory")
    start_s = time.perf_counter() - started
    walk = shelf_walk(path, scans)
    interval = 1.0 / rate
    wall: list[float] = []
    cpu: list[float] = []
    lag: list[float] = []
    outcomes: dict[str, int] = {}
    t0 = time.perf_counter() + 0.2
    for n, (barcode, shelf) in enumerate(walk):
        due = t0 + n * interval
        now = time.perf_counter()
        if now < due:
            time.sleep(due - now)
        begin = time.perf_counter()
        lag.append(max(0.0, begin - due))
        c0 = time.process_time()
        with db.unit_of_work(staff_name="bench") as uow:
            result = scan_item(uow, session.id, barcode, shelf=shelf)
            uow.commit()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - begin)
        key = result.outcome + (" misshelved" if result.misshelved else "")
        key += " out of order" if result.out_of_order else ""
        outcomes[key] = outcomes.get(key, 0) + 1
    elapsed = time.perf_counter() - t0
    timed: dict[str, float] = {}
    for name, fn in (
        ("progress_by_dewey", lambda uow: inventory_progress(uow, session.id)),
        ("out_of_order_list", lambda uow: out_of_order_items(uow, session.id)),
    ):
        begin = time.perf_counter()
        with db.unit_of_work() as uow:
            fn(uow)
        timed[name + "_ms"] = round((time.perf_counter() - begin) * 1000, 1)
    begin = time.perf_counter()
    with db.unit_of_work(staff_name="bench") as uow:
        closed = close_inventory(uow, session.id)
    timed["close_s"] = round(time.perf_counter() - begin, 2)
    return {
        "in_scope": session.in_scope_count,
        "start_s": round(start_s, 2),
        "scans": len(walk),
        "rate_asked": rate,
        "rate_achieved": round(len(walk) / elapsed, 2),
        "service_wall": summary_ms(wall),
        "service_cpu": summary_ms(cpu),
        "lag": summary_ms(lag),
        "late_scans_over_100ms": sum(1 for x in lag if x > 0.1),
        "outcomes": outcomes,
        "missing_at_close": closed.missing,
        **timed,
    }


def bench_weeding(ctx, runs: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    today = date(2026, 6, 1)
    plans = {
        "crew_school_rules": CREW_SCHOOL_RULES,
        "older_than_15_years_all": (WeedingRule(older_than_years=15),),
        "not_borrowed_3_years_all": (WeedingRule(not_borrowed_years=3),),
        "500s_5y_and_max_2_loans": (WeedingRule("500", "599", older_than_years=5, max_loans=2),),
    }
    out: dict[str, object] = {}
    for name, rules in plans.items():
        wall: list[float] = []
        cpu: list[float] = []
        found = 0
        for _ in range(runs):
            begin, c0 = time.perf_counter(), time.process_time()
            with ctx.database.unit_of_work() as uow:
                ids = candidate_ids(uow, rules, today=today)
            cpu.append(time.process_time() - c0)
            wall.append(time.perf_counter() - begin)
            found = len(ids)
        begin = time.perf_counter()
        with ctx.database.unit_of_work() as uow:
            candidate_rows(uow, ids[:100], rules, today=today)
        out[name] = {
            "candidates": found,
            "median_s": round(statistics.median(wall), 3),
            "max_s": round(max(wall), 3),
            "cpu_median_s": round(statistics.median(cpu), 3),
            "first_page_ms": round((time.perf_counter() - begin) * 1000, 1),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--work", type=Path, default=Path("/tmp/inventory-bench"))
    parser.add_argument("--scans", type=int, default=600)
    parser.add_argument("--rate", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--in-place", action="store_true", help="use --db itself (a copy)")
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} is missing: run benchmarks/generate_district.py first", file=sys.stderr)
        return 1
    path = args.db
    if not args.in_place:
        args.work.mkdir(parents=True, exist_ok=True)
        path = args.work / "district.sqlite3"
        shutil.copyfile(args.db, path)
    ctx = open_app(AppConfig.from_args(str(path), str(args.work / "backups")))
    load_before = os.getloadavg()
    result = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}",
        "load_average_before": [round(x, 2) for x in load_before],
        "scanning": bench_scanning(ctx, path, args.scans, args.rate),
        "weeding": bench_weeding(ctx, args.runs),
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }
    ctx.database.dispose()
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
