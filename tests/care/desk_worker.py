"""One circulation desk in its own process, for the concurrency and crash-safety tests.

python -m tests.care.desk_worker checkout URL PATRON_ID START_FILE BARCODE...
    waits until START_FILE exists, then checks each item out to the patron and prints
    one JSON line per scan: {"barcode", "outcome", "message"}.
python -m tests.care.desk_worker import URL FILE BATCH_SIZE [here|ahead]
    imports FILE (ahead: through the reader process), printing "ACK n" after each
    committed batch and "READER pid" for the reader process.
python -m tests.care.desk_worker scans URL PREFIX COUNT
    scans COUNT desk scans (check out / check in in turns) through the scan router,
    each with scan_id PREFIX:n, and prints "ACK PREFIX:n" after each committed scan.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from lms_desktop.circulation.loans import checkout_item
from lms_desktop.circulation.scan_router import DeskMode, DeskState, route_scan
from lms_desktop.db.engine import make_engine
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import DomainError


def _checkout(url: str, patron_id: int, start_file: Path, barcodes: list[str]) -> None:
    database = Database(make_engine(url), url)
    while not start_file.exists():  # all four desks start together
        time.sleep(0.005)
    for barcode in barcodes:
        try:
            with database.unit_of_work(staff_name=f"desk-{patron_id}", staff_role="aide") as uow:
                result = checkout_item(uow, patron_id, barcode)
            answer = {"outcome": result.outcome.value, "message": result.message}
        except DomainError as exc:
            answer = {"outcome": "error:" + type(exc).__name__, "message": exc.message}
        print(json.dumps({"barcode": barcode, **answer}), flush=True)
    database.dispose()


def scan_plan(count: int, patron_barcode: str, item_barcodes: list[str]) -> list[tuple[str, str]]:
    """(mode, barcode) pairs: lend every item, then return them all, round and round."""
    plan: list[tuple[str, str]] = []
    while len(plan) < count:
        plan += [("out", b) for b in item_barcodes]
        plan += [("in", b) for b in item_barcodes]
    return plan[:count]


def _scans(url: str, prefix: str, count: int, patron_barcode: str, items: list[str]) -> None:
    database = Database(make_engine(url), url)
    with database.unit_of_work() as uow:
        patron = route_scan(uow, patron_barcode).patron
    assert patron is not None, "the crash test's patron card is not in the database"
    for n, (mode, barcode) in enumerate(scan_plan(count, patron_barcode, items)):
        desk = (
            DeskState(patron_id=patron.id, mode=DeskMode.AUTO)
            if mode == "out"
            else DeskState(patron_id=None, mode=DeskMode.CHECK_IN)
        )
        with database.unit_of_work(staff_name="crash-desk", staff_role="aide") as uow:
            route_scan(uow, barcode, desk, scan_id=f"{prefix}:{n}")
        print(f"ACK {prefix}:{n}", flush=True)
    print("DONE", flush=True)
    database.dispose()


def _import(url: str, path: Path, batch_size: int, reader: str) -> None:
    import multiprocessing

    from lms_desktop.catalog.importer import ImportOptions, ImportProgress, import_marc_file

    database = Database(make_engine(url), url)

    def acknowledge(progress: ImportProgress) -> None:  # called after each committed batch
        for child in multiprocessing.active_children():
            print(f"READER {child.pid}", flush=True)
        print(f"ACK {progress.records_read}", flush=True)

    options = ImportOptions(batch_size=batch_size, read_ahead=reader == "ahead")
    with database.unit_of_work(staff_name="crash-import") as uow:
        report = import_marc_file(uow, path, options, progress=acknowledge)
    print(f"DONE {report.read}", flush=True)
    database.dispose()


def main(argv: list[str]) -> int:
    if argv[0] == "import":
        _import(argv[1], Path(argv[2]), int(argv[3]), argv[4] if len(argv) > 4 else "here")
    elif argv[0] == "checkout":
        _checkout(argv[1], int(argv[2]), Path(argv[3]), argv[4:])
    elif argv[0] == "scans":
        _scans(argv[1], argv[2], int(argv[3]), argv[4], argv[5:])
    else:
        raise SystemExit(f"unknown worker command {argv[0]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
