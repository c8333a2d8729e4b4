"""Scans typed into the Shelf inventory screen at 10 per second on the district database.

    .venv/bin/python benchmarks/generate_district.py      # once: benchmarks/data/district.sqlite3
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/inventory_gui.py [--scans 300]

A throwaway copy of the district database is opened, a whole-collection inventory is
started, and barcodes are entered in the screen's scan field (text + Enter) every 100 ms
by a timer, as a scanner does. For each scan: the time from Enter to the result shown on
screen (the scan line and the progress by Dewey range updated), and how many scans were
waiting on the database worker at that moment (a growing queue would be lag).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import sys
import time
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

sys.path.insert(0, str(REPO / "benchmarks"))
from inventory_bench import DEFAULT_DB, shelf_walk, summary_ms  # noqa: E402

from lms_desktop.bootstrap import open_app  # noqa: E402
from lms_desktop.config import AppConfig  # noqa: E402
from lms_desktop.inventory.shelf import InventoryScope, start_inventory  # noqa: E402
from lms_desktop.ui.context import ChangeHub, UiContext  # noqa: E402
from lms_desktop.ui.inventory.shelf_tab import ShelfInventoryTab  # noqa: E402
from lms_desktop.ui.tasks import TaskRunner  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--work", type=Path, default=Path("/tmp/inventory-gui-bench"))
    parser.add_argument("--scans", type=int, default=300)
    parser.add_argument("--interval-ms", type=int, default=100)
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} is missing: run benchmarks/generate_district.py first", file=sys.stderr)
        return 1
    args.work.mkdir(parents=True, exist_ok=True)
    path = args.work / "district.sqlite3"
    shutil.copyfile(args.db, path)
    app = QApplication.instance() or QApplication([])
    ctx = UiContext(
        app=open_app(AppConfig.from_args(str(path), str(args.work / "backups"))),
        tasks=TaskRunner(),
        hub=ChangeHub(),
    )
    with ctx.unit_of_work() as uow:
        session = start_inventory(uow, InventoryScope(), name="GUI benchmark")
    tab = ShelfInventoryTab(ctx)
    tab.resize(1280, 800)
    tab.show()
    while tab.current_id() != session.id or ctx.tasks.pending():
        app.processEvents()
        ctx.tasks.wait_for_done(50)
    walk = shelf_walk(path, args.scans)
    entered: dict[str, float] = {}
    latency: list[float] = []
    waiting: list[int] = []
    fired: list[float] = []

    def shown(result: object) -> None:
        barcode = getattr(result, "barcode", "")
        if barcode in entered:
            latency.append(time.perf_counter() - entered.pop(barcode))
        if len(latency) == len(walk):
            app.quit()

    tab.scan_handled.connect(shown)
    position = iter(walk)

    def type_next() -> None:
        try:
            barcode, shelf = next(position)
        except StopIteration:
            timer.stop()
            return
        waiting.append(ctx.tasks.pending())
        tab.shelf_edit.setText(shelf)
        tab.scan_edit.setText(barcode)
        entered[barcode] = time.perf_counter()
        fired.append(entered[barcode])
        tab.scan_edit.returnPressed.emit()

    timer = QTimer()
    timer.setInterval(args.interval_ms)
    timer.timeout.connect(type_next)
    load_before = os.getloadavg()
    cpu0 = time.process_time()
    timer.start()
    app.exec()
    cpu = time.process_time() - cpu0
    gaps = [b - a for a, b in pairwise(fired)]
    result = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}",
        "load_average_before": [round(x, 2) for x in load_before],
        "scans": len(latency),
        "scans_per_second": round((len(fired) - 1) / (fired[-1] - fired[0]), 2)
        if len(fired) > 1
        else 0.0,
        "enter_to_shown": summary_ms(latency),
        "timer_gap": summary_ms(gaps),
        "max_scans_waiting": max(waiting, default=0),
        "cpu_per_scan_ms": round(cpu / max(1, len(latency)) * 1000, 2),
    }
    print(json.dumps(result, indent=2))
    ctx.app.database.dispose()
    os._exit(0)  # no Qt teardown: the benchmark is done


if __name__ == "__main__":
    raise SystemExit(main())
