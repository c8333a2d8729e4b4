"""Catalog figures on 250,000 Library of Congress records: import, search and export
against pymarc's own read and write rates.

    .venv/bin/python benchmarks/catalog_import.py            # the whole file (minutes)
    .venv/bin/python benchmarks/catalog_import.py --limit 20000

The records come from pymarc 5.4.0's source distribution, fetched with
`pip download pymarc==5.4.0 --no-binary :all: --no-deps -d benchmarks/data/` (never
committed). Prints a JSON summary and a Markdown block for docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import pymarc

from lms_desktop.bootstrap import open_app
from lms_desktop.catalog.exporter import ExportFormat, export_marc
from lms_desktop.catalog.importer import ImportOptions, import_marc_file
from lms_desktop.catalog.reading import iso2709_chunks
from lms_desktop.catalog.search import fetch_rows, search_catalog
from lms_desktop.config import AppConfig

DATA = Path(__file__).parent / "data"
MEMBER = "pymarc-5.4.0/BooksAll.2016.part01.utf8"  # at the top of the sdist
RECORDS_FILE = DATA / "BooksAll.2016.part01.utf8"


def ensure_records() -> Path:
    if RECORDS_FILE.exists():
        return RECORDS_FILE
    sdist = DATA / "pymarc-5.4.0.tar.gz"
    if not sdist.exists():
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "pymarc==5.4.0", "--no-binary", ":all:",
             "--no-deps", "-d", str(DATA)],
            check=True,
        )  # fmt: skip
    with tarfile.open(sdist) as tar:
        member = tar.extractfile(MEMBER)
        assert member is not None
        with RECORDS_FILE.open("wb") as out:
            shutil.copyfileobj(member, out)
    return RECORDS_FILE


def first_records(source: Path, limit: int | None, work: Path) -> Path:
    if not limit:
        return source
    target = work / f"first-{limit}.mrc"
    with source.open("rb") as stream, target.open("wb") as out:
        for n, (_offset, raw, _note) in enumerate(iso2709_chunks(stream)):
            if n >= limit:
                break
            out.write(raw)
    return target


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Timer:
    """Wall-clock time of a block, this process's CPU time, and the CPU time of the
    child processes that ended inside it (the import's reader process). Throughput and
    ratios are wall-clock: the import uses both cores, as it does at the desk, so its
    own CPU time alone would undercount it. Measure on a quiet machine (load < 1)."""

    def __enter__(self) -> Timer:
        self.wall0, self.cpu0 = time.perf_counter(), time.process_time()
        self.children0 = children_cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall0
        self.cpu = time.process_time() - self.cpu0
        self.children_cpu = children_cpu() - self.children0


def pymarc_read(path: Path) -> tuple[int, Timer]:
    count = 0
    with Timer() as timer, path.open("rb") as handle:
        for record in pymarc.MARCReader(handle, to_unicode=True, force_utf8=True):
            if record is not None:
                count += 1
    return count, timer


def pymarc_write_rate(path: Path, sample: int) -> float:
    with path.open("rb") as handle:
        records = []
        for record in pymarc.MARCReader(handle, to_unicode=True, force_utf8=True):
            if record is not None:
                records.append(record)
            if len(records) >= sample:
                break
    out = io.BytesIO()
    with Timer() as timer:
        writer = pymarc.MARCWriter(out)
        for record in records:
            writer.write(record)
    return len(records) / timer.cpu


def sample_words(db_file: Path, how_many: int, seed: int) -> list[str]:
    with sqlite3.connect(db_file) as conn:
        titles = [
            t for (t,) in conn.execute("SELECT title FROM bib_records ORDER BY random() LIMIT 3000")
        ]
    words = sorted({w.lower() for t in titles for w in re.findall(r"[^\W\d_]{4,}", t)})
    random.Random(seed).shuffle(words)
    return words[:how_many]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N records")
    parser.add_argument("--searches", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="keep the database at this path")
    parser.add_argument(
        "--also-in-process",
        action="store_true",
        help="also import into a second database without the reader process",
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="catalog-bench-"))
    source = first_records(ensure_records(), args.limit, work)
    results: dict[str, object] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}",
        "file_mb": round(source.stat().st_size / 1e6, 1),
    }

    count, read = pymarc_read(source)
    read_s = read.wall
    results["records"] = count
    results["pymarc_read_s"] = round(read_s, 1)
    results["pymarc_read_wall_s"] = round(read.wall, 1)
    results["pymarc_read_per_s"] = round(count / read_s)
    print(f"pymarc read {count} records in {read_s:.1f}s", flush=True)
    results["load_average_before_import"] = round(os.getloadavg()[0], 2)

    db_file = args.keep or work / "catalog.sqlite3"
    ctx = open_app(AppConfig.from_args(str(db_file)))
    database = ctx.database
    rss_before = max_rss_mb()
    with Timer() as imported, database.unit_of_work() as uow:
        report = import_marc_file(uow, source, ImportOptions())
    import_s = imported.wall
    results["import_s"] = round(import_s, 1)
    results["import_cpu_s"] = round(imported.cpu, 1)
    results["import_reader_cpu_s"] = round(imported.children_cpu, 1)
    results["import_per_s"] = round(report.read / import_s)
    results["reader_peak_rss_mb"] = round(
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    )
    results["import_ratio"] = round(read_s / import_s, 2)
    results["imported"] = report.added
    results["rejected"] = report.rejected
    results["repaired"] = report.repaired
    results["skipped_as_duplicates"] = report.skipped
    results["peak_rss_mb"] = round(max_rss_mb())
    results["peak_rss_mb_before_import"] = round(rss_before)
    print(f"imported {report.summary()} in {import_s:.1f}s", flush=True)
    if args.also_in_process:
        ctx_b = open_app(AppConfig.from_args(str(work / "in-process.sqlite3")))
        with Timer() as alone, ctx_b.database.unit_of_work() as uow:
            import_marc_file(uow, source, ImportOptions(read_ahead=False))
        ctx_b.database.dispose()
        results["in_process_import_s"] = round(alone.wall, 1)
        results["in_process_import_cpu_s"] = round(alone.cpu, 1)
        results["in_process_import_ratio"] = round(read_s / alone.wall, 2)
        results["peak_rss_mb_after_in_process"] = round(max_rss_mb())
        print(f"in-process import in {alone.wall:.1f}s", flush=True)

    words = sample_words(db_file, args.searches, seed=3)
    ids_ms: list[float] = []
    page_ms: list[float] = []
    hits: list[int] = []
    with database.unit_of_work() as uow:
        for word in words:
            t0 = time.perf_counter()
            result = search_catalog(uow, word)
            t1 = time.perf_counter()
            fetch_rows(uow, result.ids[:50])
            t2 = time.perf_counter()
            ids_ms.append((t1 - t0) * 1000)
            page_ms.append((t2 - t0) * 1000)
            hits.append(len(result.ids))
    results["search_words"] = len(words)
    results["search_median_ms"] = round(statistics.median(ids_ms), 2)
    results["search_p95_ms"] = round(percentile(ids_ms, 95), 2)
    results["search_with_first_page_median_ms"] = round(statistics.median(page_ms), 2)
    results["search_with_first_page_p95_ms"] = round(percentile(page_ms, 95), 2)
    results["search_median_hits"] = statistics.median(hits)
    results["search_max_hits"] = max(hits)
    print(
        f"search median {results['search_median_ms']} ms p95 {results['search_p95_ms']}", flush=True
    )

    write_rate = pymarc_write_rate(source, min(count, 20000))
    out = work / "export.mrc"
    with Timer() as export_timer, database.unit_of_work() as uow:
        exported = export_marc(uow, out, ExportFormat.ISO2709)
    export_s = export_timer.cpu
    results["pymarc_write_per_s"] = round(write_rate)
    results["export_s"] = round(export_s, 1)
    results["export_wall_s"] = round(export_timer.wall, 1)
    results["export_per_s"] = round(exported.records / export_s)
    results["export_ratio"] = round(exported.records / export_s / write_rate, 2)
    results["peak_rss_mb_end"] = round(max_rss_mb())
    database.dispose()
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)

    print(json.dumps(results, indent=2))
    print(
        f"\n| figure | target | measured |\n|---|---|---|\n"
        f"| pymarc alone reading {count:,} records | — | {results['pymarc_read_s']} s "
        f"({results['pymarc_read_per_s']:,}/s) |\n"
        f"| full import (parse, store, index) | ≥ 0.6 × pymarc | {results['import_s']} s "
        f"({results['import_per_s']:,}/s; CPU {results['import_cpu_s']} s here + "
        f"{results['import_reader_cpu_s']} s in the reader) "
        f"= **{results['import_ratio']} ×** |\n"
        f"| peak memory (max RSS of the process) | < 500 MB | {results['peak_rss_mb']} MB |\n"
        f"| keyword search, {len(words)} real title words | median < 10 ms, p95 < 30 ms | "
        f"median {results['search_median_ms']} ms, p95 {results['search_p95_ms']} ms |\n"
        f"| same + first page of 50 rows | — | median "
        f"{results['search_with_first_page_median_ms']} ms, p95 "
        f"{results['search_with_first_page_p95_ms']} ms |\n"
        f"| export all to ISO 2709 | ≥ 0.5 × pymarc write | {results['export_s']} s CPU "
        f"({results['export_per_s']:,}/s; pymarc writes {results['pymarc_write_per_s']:,}/s) "
        f"= **{results['export_ratio']} ×** |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
