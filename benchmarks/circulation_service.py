"""Time check-out and check-in service calls beside a bare sqlite3 transaction; batch replay.

    .venv/bin/python benchmarks/generate_district.py   # once: benchmarks/data/district.sqlite3
    .venv/bin/python benchmarks/circulation_service.py [--db PATH] [--rounds 400]

For each round the service call (`checkout_item` / `checkin_item`, through the unit of
work, journal and all rules) and a bare `sqlite3` transaction doing the same reads and
writes on other rows are timed side by side, so both see the same machine load. Then a
batch file of desk scans is replayed with `replay_batch` and scans per second reported.
Every row written is a real loan: run it on a generated database, never on a school's.
"""

from __future__ import annotations

import argparse
import json
import platform
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from lms_desktop.bootstrap import open_app  # noqa: E402
from lms_desktop.circulation.batch import replay_batch  # noqa: E402
from lms_desktop.circulation.context import invalidate_cache  # noqa: E402
from lms_desktop.circulation.loans import checkin_item, checkout_item  # noqa: E402
from lms_desktop.circulation.results import ScanOutcome  # noqa: E402
from lms_desktop.config import AppConfig  # noqa: E402
from lms_desktop.db.engine import SQLITE_PRAGMAS  # noqa: E402

DEFAULT_DB = REPO / "benchmarks" / "data" / "district.sqlite3"
BLOCK = 10


def ts(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


class BareDesk:
    """The same reads and writes as the services, in plain sqlite3, no ORM, no rules code."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        for pragma in SQLITE_PRAGMAS:  # exactly the app's connection settings
            self.conn.execute(pragma)

    def checkout(self, patron_id: int, barcode: str, scan_id: str) -> None:
        c = self.conn
        now = ts(datetime.now(UTC))
        c.execute("BEGIN IMMEDIATE")
        # one read, as the service: the patron with their counts, the item with its loan
        patron = item = c.execute(
            "SELECT p.id, p.first_name, p.last_name, t.code, p.grade, p.homeroom, p.status, "
            "p.block_reason, p.patron_type_id, "
            "(SELECT id FROM journal_entries WHERE scan_id=?), "
            "(SELECT count(*) FROM loans ol WHERE ol.patron_id=p.id AND ol.returned_at IS NULL), "
            "(SELECT count(*) FROM holds h WHERE h.patron_id=p.id AND h.status IN "
            "('waiting','ready')), "
            "(SELECT coalesce(sum(f.amount_cents - (SELECT coalesce(sum(fp.amount_cents),0) "
            "FROM fee_payments fp WHERE fp.fee_id=f.id)),0) FROM fees f WHERE f.patron_id=p.id "
            "AND f.status='open'), "
            "i.id, i.barcode, it.code, it.kind, i.status, b.title, i.bib_record_id, "
            "i.item_type_id, it.circulates, l.id, l.patron_id, l.checked_out_at, l.due_at "
            "FROM patrons p JOIN patron_types t ON t.id=p.patron_type_id "
            "JOIN items i ON 1 JOIN item_types it ON it.id=i.item_type_id "
            "LEFT JOIN bib_records b ON b.id=i.bib_record_id "
            "LEFT JOIN loans l ON l.item_id=i.id AND l.returned_at IS NULL "
            "WHERE p.id=? AND i.barcode=?",
            (scan_id, patron_id, barcode),
        ).fetchall()[0]
        item = item[13:]
        if patron[10]:  # the open loans only when there are some, as the service
            c.execute(
                "SELECT due_at, item_type_code FROM loans WHERE patron_id=? AND "
                "returned_at IS NULL",
                (patron_id,),
            ).fetchall()
        if patron[11]:  # the own-hold look-up only when the patron has holds, as the service
            c.execute(
                "SELECT id FROM holds WHERE patron_id=? AND status IN ('waiting','ready') AND "
                "(bib_record_id=? OR item_id=?) LIMIT 1",
                (patron_id, item[6], item[0]),
            ).fetchall()
        due = now  # the due date itself is computed in Python in both cases
        c.execute(
            "INSERT INTO loans (site_id, item_id, patron_id, checked_out_at, due_at, renewals, "
            "checked_out_by, returned_by, patron_type_code, patron_grade, patron_homeroom, "
            "item_type_code, anonymized) VALUES (1,?,?,?,?,0,'bench','',?,?,?,?,0)",
            (item[0], patron_id, now, due, patron[3], patron[4], patron[5], item[2]),
        )
        c.execute("UPDATE items SET status='on_loan', updated_at=? WHERE id=?", (now, item[0]))
        c.execute(
            "INSERT INTO journal_entries (site_id, at, staff_name, action, summary, patron_id, "
            "item_id, scan_id, undo_json, undone_by) VALUES (1,?,?,?,?,?,?,?,?,'')",
            (
                now,
                "bench",
                "checkout",
                f"Checked out {item[5]}",
                patron_id,
                item[0],
                scan_id,
                '{"ops": []}',
            ),
        )
        c.execute("COMMIT")

    def checkin(self, barcode: str, scan_id: str) -> None:
        c = self.conn
        now = ts(datetime.now(UTC))
        c.execute("BEGIN IMMEDIATE")
        item = c.execute(
            "SELECT i.id, i.barcode, t.code, t.kind, i.status, b.title, i.bib_record_id, "
            "i.item_type_id, l.id, l.patron_id, l.checked_out_at, l.due_at, l.renewals, "
            "p.id, p.first_name, p.last_name, pt.code, p.patron_type_id, p.site_id, "
            "(SELECT h.id FROM holds h WHERE h.status='waiting' AND (h.item_id=i.id OR "
            "(h.bib_record_id=i.bib_record_id AND h.item_id IS NULL)) "
            "ORDER BY h.placed_at, h.id LIMIT 1), "
            "(SELECT max(pl.returned_at) FROM loans pl WHERE pl.item_id=i.id), "
            "(SELECT id FROM journal_entries WHERE scan_id=?) "
            "FROM items i JOIN item_types t ON t.id=i.item_type_id "
            "LEFT JOIN bib_records b ON b.id=i.bib_record_id "
            "LEFT JOIN loans l ON l.item_id=i.id AND l.returned_at IS NULL "
            "LEFT JOIN patrons p ON p.id=l.patron_id "
            "LEFT JOIN patron_types pt ON pt.id=p.patron_type_id WHERE i.barcode=?",
            (scan_id, barcode),
        ).fetchall()[0]
        loan = (item[8], item[9], item[11])
        c.execute(
            "UPDATE loans SET returned_at=?, returned_by='bench', outcome='returned' WHERE id=?",
            (now, loan[0]),
        )
        c.execute("UPDATE items SET status='available', updated_at=? WHERE id=?", (now, item[0]))
        c.execute(
            "INSERT INTO journal_entries (site_id, at, staff_name, action, summary, patron_id, "
            "item_id, scan_id, undo_json, undone_by) VALUES (1,?,?,?,?,?,?,?,?,'')",
            (
                now,
                "bench",
                "checkin",
                f"Checked in {item[5]}",
                loan[1],
                item[0],
                scan_id,
                '{"ops": []}',
            ),
        )
        c.execute("COMMIT")


def pick_rows(path: Path, count: int, offset: int) -> tuple[list[tuple[int, str]], list[str]]:
    """Students with nothing out, and available books, chosen evenly across the tables."""
    conn = sqlite3.connect(path)
    patrons = conn.execute(
        "SELECT p.id, p.barcode FROM patrons p JOIN patron_types t ON t.id=p.patron_type_id "
        "WHERE t.code='student' AND p.status='active' AND p.block_reason='' AND NOT EXISTS "
        "(SELECT 1 FROM loans l WHERE l.patron_id=p.id AND l.returned_at IS NULL) "
        "ORDER BY (p.id * 2654435761) % 1000003 LIMIT ? OFFSET ?",
        (count, offset),
    ).fetchall()
    items = [
        row[0]
        for row in conn.execute(
            "SELECT i.barcode FROM items i JOIN item_types t ON t.id=i.item_type_id "
            "WHERE t.code='book' AND i.status='available' "
            "ORDER BY (i.id * 2654435761) % 1000003 LIMIT ? OFFSET ?",
            (count, offset),
        )
    ]
    conn.close()
    return patrons, items


def summary(values: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(values) * 1000, 3),
        "p95_ms": round(percentile(values, 95) * 1000, 3),
        "max_ms": round(max(values) * 1000, 3),
    }


def run(db: Path, rounds: int, batch_patrons: int) -> dict[str, object]:
    ctx = open_app(AppConfig.from_args(str(db)))
    database = ctx.database
    invalidate_cache()
    stamp = int(time.time())
    # separate rows for the service, the bare transaction and the batch
    service_patrons, service_items = pick_rows(db, rounds, 0)
    bare_patrons, bare_items = pick_rows(db, rounds, rounds)
    rounds = min(
        rounds, len(service_items), len(bare_items), len(service_patrons), len(bare_patrons)
    )
    bare = BareDesk(db)
    times: dict[str, list[float]] = {k: [] for k in ("svc_out", "bare_out", "svc_in", "bare_in")}
    # CPU time of this process per call, beside the wall-clock time: on a shared, busy
    # machine the wall clock also counts the time spent waiting for a core
    cpu: dict[str, list[float]] = {k: [] for k in times}
    warmup = min(20, rounds // 10)
    # Blocks of BLOCK calls of one kind, the kinds taking turns: both sides see the same
    # machine load, and neither pays for the other's writes flushing its page cache on
    # every single call (two connections writing in turn do that to each other).
    for first in range(0, rounds, BLOCK):
        block = range(first, min(first + BLOCK, rounds))
        for n in block:
            t0, c0 = time.perf_counter(), time.process_time()
            with database.unit_of_work(staff_name="bench") as uow:
                result = checkout_item(
                    uow, service_patrons[n][0], service_items[n], scan_id=f"b{stamp}o{n}"
                )
            if n >= warmup:
                times["svc_out"].append(time.perf_counter() - t0)
                cpu["svc_out"].append(time.process_time() - c0)
            if result.outcome is not ScanOutcome.CHECKED_OUT:
                raise SystemExit(f"checkout refused: {result.message}")
        for n in block:
            t0, c0 = time.perf_counter(), time.process_time()
            bare.checkout(bare_patrons[n][0], bare_items[n], f"b{stamp}bo{n}")
            if n >= warmup:
                times["bare_out"].append(time.perf_counter() - t0)
                cpu["bare_out"].append(time.process_time() - c0)
        for n in block:
            t0, c0 = time.perf_counter(), time.process_time()
            with database.unit_of_work(staff_name="bench") as uow:
                back = checkin_item(uow, service_items[n], scan_id=f"b{stamp}i{n}")
            if n >= warmup:
                times["svc_in"].append(time.perf_counter() - t0)
                cpu["svc_in"].append(time.process_time() - c0)
            if back.outcome not in (ScanOutcome.CHECKED_IN, ScanOutcome.HOLD_TRAPPED):
                raise SystemExit(f"checkin refused: {back.message}")
        for n in block:
            t0, c0 = time.perf_counter(), time.process_time()
            bare.checkin(bare_items[n], f"b{stamp}bi{n}")
            if n >= warmup:
                times["bare_in"].append(time.perf_counter() - t0)
                cpu["bare_in"].append(time.process_time() - c0)

    # a batch: each patron card, two books, then all the books come back
    batch_patrons_rows, batch_items = pick_rows(db, batch_patrons * 2, 2 * rounds + 10)
    lines = ["# benchmark batch", "CHECKOUT"]
    for n, (_, card) in enumerate(batch_patrons_rows[:batch_patrons]):
        lines += [f"P {card}", batch_items[2 * n], batch_items[2 * n + 1]]
    lines.append("CHECKIN")
    lines += batch_items[: 2 * batch_patrons]
    lines.append(f"# run {stamp}")
    batch_cpu = time.process_time()
    report = replay_batch(database, "\n".join(lines) + "\n", staff_name="bench")
    batch_cpu = time.process_time() - batch_cpu
    scans = report.scans
    bad = [
        line for line in report.lines if line.outcome in (ScanOutcome.BLOCKED, ScanOutcome.REFUSED)
    ]
    database.dispose()
    result: dict[str, object] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {platform.python_version()}, SQLite "
        f"{sqlite3.sqlite_version}",
        "rounds": rounds - warmup,
        "checkout_service": summary(times["svc_out"]),
        "checkout_bare": summary(times["bare_out"]),
        "checkin_service": summary(times["svc_in"]),
        "checkin_bare": summary(times["bare_in"]),
        "cpu_median_ms": {k: round(statistics.median(v) * 1000, 3) for k, v in cpu.items()},
        "cpu_checkout_ratio": round(
            statistics.median(cpu["svc_out"]) / statistics.median(cpu["bare_out"]), 2
        ),
        "cpu_checkin_ratio": round(
            statistics.median(cpu["svc_in"]) / statistics.median(cpu["bare_in"]), 2
        ),
        "checkout_ratio_median": round(
            statistics.median(times["svc_out"]) / statistics.median(times["bare_out"]), 2
        ),
        "checkin_ratio_median": round(
            statistics.median(times["svc_in"]) / statistics.median(times["bare_in"]), 2
        ),
        "batch_scans": scans,
        "batch_seconds": round(report.seconds, 3),
        "batch_scans_per_second": round(scans / report.seconds, 1),
        "batch_scans_per_cpu_second": round(scans / batch_cpu, 1),
        "batch_refused": len(bad),
    }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--rounds", type=int, default=400)
    parser.add_argument("--batch-patrons", type=int, default=400)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(
            f"{args.db} does not exist: run benchmarks/generate_district.py first.", file=sys.stderr
        )
        return 2
    result = run(args.db, args.rounds, args.batch_patrons)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['rounds']} rounds on {args.db.name} ({result['machine']}), {result['date']}")
    print("| call | median ms | p95 ms | max ms |")
    print("|---|---|---|---|")
    for key, label in (
        ("checkout_service", "check-out, service"),
        ("checkout_bare", "check-out, bare sqlite3"),
        ("checkin_service", "check-in, service"),
        ("checkin_bare", "check-in, bare sqlite3"),
    ):
        row = result[key]
        assert isinstance(row, dict)
        print(f"| {label} | {row['median_ms']} | {row['p95_ms']} | {row['max_ms']} |")
    print(
        f"ratio of medians: check-out {result['checkout_ratio_median']}x, "
        f"check-in {result['checkin_ratio_median']}x"
    )
    print(
        f"CPU-time medians (ms): {result['cpu_median_ms']}; ratios check-out "
        f"{result['cpu_checkout_ratio']}x, check-in {result['cpu_checkin_ratio']}x"
    )
    print(
        f"batch replay: {result['batch_scans']} scans in {result['batch_seconds']} s = "
        f"{result['batch_scans_per_second']} scans/s, "
        f"{result['batch_scans_per_cpu_second']} per CPU-second ({result['batch_refused']} refused)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
