"""How the Catalog screens feel on a big catalog: search to results, paging, detail, editor.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/catalog_gui.py [--titles N]
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/catalog_gui.py --db FILE

By default it imports the first N (100,000) Library of Congress records of pymarc's
BooksAll file (fetched as benchmarks/catalog_import.py does) into a new database and gives
every third title a copy; with --db it works on a COPY of that database, never the
original. Prints medians and 95th percentiles in milliseconds, and a Markdown block for
docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from lms_desktop.bootstrap import open_app
from lms_desktop.catalog.records import count_records
from lms_desktop.config import AppConfig
from lms_desktop.ui.catalog.marc_editor import MarcEditorDialog
from lms_desktop.ui.catalog.marc_fields_model import Column
from lms_desktop.ui.catalog.section import CatalogSection
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.tasks import TaskRunner

HERE = Path(__file__).parent


def build_catalog(folder: Path, titles: int) -> Path:
    """A new database holding the first `titles` LoC records, a third of them with a copy."""
    sys.path.insert(0, str(HERE))
    from catalog_import import ensure_records, first_records

    from lms_desktop.catalog.copies import add_copy
    from lms_desktop.catalog.importer import ImportOptions, import_marc_file
    from lms_desktop.catalog.lookups import recent_title_ids

    records = first_records(ensure_records(), titles, folder)
    db = folder / "catalog-gui.sqlite3"
    context = open_app(AppConfig.from_args(str(db), str(folder / "backups")))
    with context.database.unit_of_work() as uow:
        import_marc_file(uow, records, ImportOptions(holdings=None))
    with context.database.unit_of_work() as uow:
        for n, record_id in enumerate(sorted(recent_title_ids(uow, titles))[::3]):
            add_copy(uow, record_id, f"B{n:08d}", call_number=f"{n % 1000:03d}.{n % 97} ABC")
        uow.commit()
    context.database.dispose()
    return db


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(values), 2),
        "p95_ms": round(percentile(values, 95), 2),
        "n": len(values),
    }


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def copy_database(source: Path, folder: Path) -> Path:
    target = folder / "catalog-gui.sqlite3"
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target


def title_words(db: Path, count: int, rng: random.Random) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    titles = [row[0] for row in conn.execute("SELECT title FROM bib_records LIMIT 20000")]
    conn.close()
    words = [w for t in titles for w in t.split() if len(w) >= 4 and w.isalpha()]
    return [rng.choice(words) for _ in range(count)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="benchmark a copy of this database instead")
    parser.add_argument("--titles", type=int, default=100_000)
    parser.add_argument("--searches", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="keep the built database at this path")
    args = parser.parse_args()
    rng = random.Random(2026)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        folder = Path(tmp)
        db = copy_database(args.db, folder) if args.db else build_catalog(folder, args.titles)
        print(f"catalog ready in {time.perf_counter() - started:.0f} s", flush=True)
        if args.keep and not args.db:
            copy_database(db, args.keep.parent).rename(args.keep)
        context = open_app(AppConfig.from_args(str(db), str(Path(tmp) / "backups")))
        ctx = UiContext(app=context, tasks=TaskRunner(), hub=ChangeHub())
        with context.database.unit_of_work() as uow:
            titles = count_records(uow)

        def wait_for_search(section: CatalogSection) -> None:
            loop = QEventLoop()
            section.search_finished.connect(loop.quit)
            QTimer.singleShot(30000, loop.quit)
            loop.exec()
            section.search_finished.disconnect(loop.quit)

        started = time.perf_counter()
        section = CatalogSection(ctx)
        section.resize(1280, 760)
        section.show()
        wait_for_search(section)
        open_ms = (time.perf_counter() - started) * 1000

        search_ms: list[float] = []
        hits: list[int] = []
        for word in title_words(db, args.searches, rng):
            section.query.setText(word)
            started = time.perf_counter()
            section.search()
            wait_for_search(section)
            app.processEvents()  # paint the first screenful
            search_ms.append((time.perf_counter() - started) * 1000)
            hits.append(section.results_model.rowCount())

        # the broadest search: page through it at random, as a scrollbar drag does
        sample = title_words(db, 500, rng)
        section.query.setText(max(set(sample), key=sample.count))  # the commonest word
        section.search()
        wait_for_search(section)
        model = section.results_model
        rows = model.rowCount()
        page_ms: list[float] = []
        for _ in range(60):
            row = rng.randrange(rows)
            if row // model.PAGE_SIZE in model._pages:
                continue
            page_ms.append(timed(lambda row=row: model.row_data(row)))
        scroll_ms = timed(lambda: (section.results.scrollToBottom(), app.processEvents()))

        ids = list(model.ids()[:2000])
        detail_ms = [
            timed(lambda rid=rid: section.detail.show_record(rid)) for rid in rng.sample(ids, 50)
        ]
        editor_open_ms: list[float] = []
        editor_edit_ms: list[float] = []
        for rid in rng.sample(ids, 30):
            started = time.perf_counter()
            dialog = MarcEditorDialog(ctx, rid)
            editor_open_ms.append((time.perf_counter() - started) * 1000)
            fields = dialog.editor.model
            row = max(0, fields.find_tag("245"))
            index = fields.index(row, Column.CONTENT)
            editor_edit_ms.append(
                timed(lambda f=fields, i=index: f.setData(i, str(i.data()) + " x"))
            )
            dialog.deleteLater()
        app.processEvents()
        ctx.tasks.wait_for_done()
        context.database.dispose()

    results = {
        "titles": titles,
        "open_section_ms": round(open_ms, 1),
        "search_to_results": summary(search_ms),
        "median_hits": statistics.median(hits),
        "broad_search_rows": rows,
        "page_fetch": summary(page_ms),
        "scroll_to_bottom_ms": round(scroll_ms, 1),
        "title_detail": summary(detail_ms),
        "editor_open": summary(editor_open_ms),
        "editor_edit_and_revalidate": summary(editor_edit_ms),
    }
    print(results)
    machine = f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores shared"
    when = datetime.now(UTC).strftime("%Y-%m-%d")
    rows_md = [
        (f"keyword search, word typed to results painted ({len(search_ms)})", "search_to_results"),
        (f"one page of 100 result rows fetched (of {rows:,} hits)", "page_fetch"),
        ("title detail with its copies", "title_detail"),
        ("MARC editor opens (record parsed, validated)", "editor_open"),
        ("one edit in the MARC editor, revalidated", "editor_edit_and_revalidate"),
    ]  # fmt: skip
    print(f"\n| what ({titles:,} titles, offscreen Qt) | median | 95th pct |\n|---|---|---|")
    for label, key in rows_md:
        figures = results[key]
        assert isinstance(figures, dict)
        print(f"| {label} | {figures['median_ms']} ms | {figures['p95_ms']} ms |")
    print(
        f"\nCatalog section opens in {results['open_section_ms']} ms; scroll to the last of "
        f"{rows:,} rows: {results['scroll_to_bottom_ms']} ms. Machine: {machine}; {when}."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
