"""Generate a district-sized library database for benchmarks: items, titles, patrons, loans.

    .venv/bin/python benchmarks/generate_district.py                  # 250k/20k/2M
    .venv/bin/python benchmarks/generate_district.py --items 2000 --patrons 300 \\
        --loans 10000 --out /tmp/small.sqlite3                        # a small one

The database is first created and migrated by the app itself (so its schema is exactly the
app's), then filled with raw `executemany` in big transactions. The same seed always gives
the same rows. Barcodes are real 14-digit Codabar library barcodes with check digits;
ISBNs are valid ISBN-13s.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from stdnum import ean as stdnum_ean

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from lms_desktop.bootstrap import open_app  # noqa: E402
from lms_desktop.circulation.barcodes import make_library_barcode  # noqa: E402
from lms_desktop.config import AppConfig  # noqa: E402

DEFAULT_OUT = REPO / "benchmarks" / "data" / "district.sqlite3"
INSTITUTION = 4321
CHUNK = 50_000
SITE_ID = 1
# SQLAlchemy's SQLite DATETIME text format; the app compares these strings directly.
TS_FORMAT = "%Y-%m-%d %H:%M:%S.%f"

WORDS = (
    "river moon secret dragon garden winter shadow island forest star clock mouse giant "
    "brave lost hidden silver golden storm quiet last first little great wild tiny magic "
    "kingdom journey ocean mountain castle detective robot school summer night city friend"
).split()
FIRST = (
    "Ava Liam Noah Emma Olivia Mia Lucas Amir Sofia Mateo Zoe Ethan Aria Leo Chloe Kai "
    "Isla Omar Nora Diego Hana Yusuf Priya Wei Lena Jonas Amara Tariq Elena Mason"
).split()
LAST = (
    "Smith Johnson Garcia Nguyen Patel Kim Okafor Rossi Müller Silva Cohen Haddad Jensen "
    "Ivanova Tanaka Lopez Brown Wilson Martin Clark Lewis Walker Young Allen King Wright"
).split()
GRADES = ("K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")


@dataclass(frozen=True)
class Sizes:
    items: int
    patrons: int
    loans: int
    open_loans: int
    bibs: int


def ts(moment: datetime) -> str:
    # the same text as TS_FORMAT, several times faster than strftime
    return moment.replace(tzinfo=None).isoformat(" ", "microseconds")


def chunks(
    rows: Iterator[tuple[object, ...]], size: int = CHUNK
) -> Iterator[list[tuple[object, ...]]]:
    batch: list[tuple[object, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def make_isbn(rng: random.Random) -> str:
    body = f"978{rng.randrange(10**9):09d}"
    return body + stdnum_ean.calc_check_digit(body)


def _type_ids(conn: sqlite3.Connection, table: str) -> dict[str, int]:
    return {code: id_ for id_, code in conn.execute(f"SELECT id, code FROM {table}")}


def generate(out: Path, sizes: Sizes, seed: int, *, quiet: bool = False) -> dict[str, float]:
    """Create `out` (must not exist), migrate it and fill it. Returns timings in seconds."""
    rng = random.Random(seed)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    ctx = open_app(AppConfig.from_args(str(out)))
    ctx.database.dispose()
    timings["migrate"] = time.perf_counter() - started

    conn = sqlite3.connect(out, isolation_level=None)
    conn.execute("PRAGMA journal_mode=MEMORY")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    item_types = _type_ids(conn, "item_types")
    patron_types = _type_ids(conn, "patron_types")
    created = ts(datetime(2023, 8, 1, 12, 0))

    def say(text: str) -> None:
        if not quiet:
            print(text, flush=True)

    # the indexes are rebuilt once at the end: far faster than keeping them up to date
    index_sql = [
        sql
        for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL AND "
            "tbl_name IN ('loans', 'items', 'patrons', 'bib_records', 'bib_identifiers')"
        )
    ]
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL AND "
        "tbl_name IN ('loans', 'items', 'patrons', 'bib_records', 'bib_identifiers')"
    ).fetchall():
        conn.execute(f'DROP INDEX "{name}"')

    step = time.perf_counter()
    conn.execute("BEGIN")

    def bibs() -> Iterator[tuple[object, ...]]:
        for n in range(1, sizes.bibs + 1):
            words = rng.sample(WORDS, rng.randint(2, 5))
            title = " ".join(words).capitalize()
            author = f"{rng.choice(LAST)}, {rng.choice(FIRST)}"
            dewey = f"{rng.randrange(1000):03d}.{rng.randrange(100):02d}"
            yield (
                n,
                title,
                author,
                "",
                rng.randint(1960, 2025),
                "",
                dewey,
                "am",
                "generated",
                created,
                created,
            )

    for batch in chunks(bibs()):
        conn.executemany(
            "INSERT INTO bib_records (id, title, author, publisher, publication_year, subjects, "
            "classification, material_type, source, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            batch,
        )
    conn.executemany(
        "INSERT INTO bib_identifiers (record_id, kind, value) VALUES (?, 'isbn', ?)",
        ((n, make_isbn(rng)) for n in range(1, sizes.bibs + 1)),
    )
    timings["bibs"] = time.perf_counter() - step
    say(f"  {sizes.bibs:,} titles in {timings['bibs']:.1f}s")

    step = time.perf_counter()
    book_types = [
        item_types[c]
        for c in ("book",) * 16
        + ("graphic_novel", "graphic_novel", "reference", "audiobook", "dvd")
    ]
    device_types = [
        item_types[c]
        for c in (
            "chromebook",
            "chromebook",
            "chromebook",
            "ipad",
            "hotspot",
            "charger",
            "calculator",
        )
    ]
    item_type_of: list[int] = [0] * (sizes.items + 1)
    item_type_code = {v: k for k, v in item_types.items()}

    def items() -> Iterator[tuple[object, ...]]:
        for n in range(1, sizes.items + 1):
            device = rng.random() < 0.03
            type_id = rng.choice(device_types if device else book_types)
            item_type_of[n] = type_id
            bib = None if device else rng.randint(1, sizes.bibs)
            call = (
                ""
                if device
                else f"{rng.randrange(1000):03d}.{rng.randrange(100):02d} "
                f"{rng.choice(LAST)[:3].upper()}"
            )
            yield (
                n,
                SITE_ID,
                make_library_barcode("item", INSTITUTION, n),
                type_id,
                bib,
                call,
                call,
                "Main",
                "available",
                rng.choice((None, 999, 1599, 2499)),
                "good",
                "",
                "",
                created,
                created,
            )

    for batch in chunks(items()):
        conn.executemany(
            "INSERT INTO items (id, site_id, barcode, item_type_id, bib_record_id, call_number, "
            "call_number_sort, location, status, price_cents, condition, withdrawn_reason, "
            "notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            batch,
        )
    timings["items"] = time.perf_counter() - step
    say(f"  {sizes.items:,} items in {timings['items']:.1f}s")

    step = time.perf_counter()
    patron_info: list[tuple[str, str, str]] = [("", "", "")] * (sizes.patrons + 1)

    def patrons() -> Iterator[tuple[object, ...]]:
        for n in range(1, sizes.patrons + 1):
            roll = rng.random()
            code = "student" if roll < 0.95 else ("teacher" if roll < 0.99 else "staff")
            grade = rng.choice(GRADES) if code == "student" else ""
            room = f"Room {100 + (n // 25) % 400}" if code == "student" else ""
            teacher = (
                f"{('Ms.', 'Mr.', 'Mx.')[(n // 25) % 3]} {LAST[(n // 75) % len(LAST)]}"
                if code == "student"
                else ""
            )
            patron_info[n] = (code, grade, room)
            yield (
                n,
                SITE_ID,
                make_library_barcode("patron", INSTITUTION, n),
                patron_types[code],
                f"S{100000 + n}",
                rng.choice(FIRST),
                rng.choice(LAST),
                grade,
                room,
                teacher,
                "",
                "",
                "en",
                "active",
                "",
                "",
                created,
                created,
            )

    for batch in chunks(patrons()):
        conn.executemany(
            "INSERT INTO patrons (id, site_id, barcode, patron_type_id, sis_id, first_name, "
            "last_name, grade, homeroom, homeroom_teacher, email, guardian_email, "
            "preferred_language, status, block_reason, notes, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            batch,
        )
    timings["patrons"] = time.perf_counter() - step
    say(f"  {sizes.patrons:,} patrons in {timings['patrons']:.1f}s")

    # past loans: three school years back from a fixed "today"
    step = time.perf_counter()
    today = datetime(2026, 3, 9, 14, 0, tzinfo=UTC)
    span = int(timedelta(days=3 * 365).total_seconds())
    start = today - timedelta(days=3 * 365)
    open_items = rng.sample(range(1, sizes.items + 1), min(sizes.open_loans, sizes.items))

    def loans() -> Iterator[tuple[object, ...]]:
        rand = rng.random
        recent = today - timedelta(days=40)
        fortnight = timedelta(days=14)
        for _ in range(sizes.loans):
            item = 1 + int(rand() * sizes.items)
            patron = 1 + int(rand() * sizes.patrons)
            out_at = start + timedelta(seconds=int(rand() * span))
            if out_at > recent:
                out_at -= timedelta(days=40)
            back = out_at + timedelta(days=int(rand() * 31), seconds=int(rand() * 30000))
            code, grade, room = patron_info[patron]
            yield (
                SITE_ID,
                item,
                patron,
                ts(out_at),
                ts(out_at + fortnight),
                ts(back),
                0,
                "generator",
                "generator",
                code,
                grade,
                room,
                item_type_code[item_type_of[item]],
                0,
                "returned",
            )
        for n, item in enumerate(open_items):
            patron = 1 + (n * 7919) % sizes.patrons
            out_at = today - timedelta(days=rng.randint(0, 30), seconds=rng.randrange(30000))
            code, grade, room = patron_info[patron]
            yield (
                SITE_ID,
                item,
                patron,
                ts(out_at),
                ts(out_at + timedelta(days=14)),
                None,
                0,
                "generator",
                "",
                code,
                grade,
                room,
                item_type_code[item_type_of[item]],
                0,
                None,
            )

    for batch in chunks(loans(), 200_000):
        conn.executemany(
            "INSERT INTO loans (site_id, item_id, patron_id, checked_out_at, due_at, "
            "returned_at, renewals, checked_out_by, returned_by, patron_type_code, "
            "patron_grade, patron_homeroom, item_type_code, anonymized, outcome) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            batch,
        )
    conn.executemany("UPDATE items SET status='on_loan' WHERE id=?", ((i,) for i in open_items))
    conn.execute("COMMIT")
    timings["loans"] = time.perf_counter() - step
    say(f"  {sizes.loans:,} past and {len(open_items):,} open loans in {timings['loans']:.1f}s")

    step = time.perf_counter()
    for sql in index_sql:
        conn.execute(sql)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    timings["indexes"] = time.perf_counter() - step
    timings["total"] = time.perf_counter() - started
    say(f"  indexes and ANALYZE in {timings['indexes']:.1f}s; total {timings['total']:.1f}s")
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--items", type=int, default=250_000)
    parser.add_argument("--patrons", type=int, default=20_000)
    parser.add_argument("--loans", type=int, default=2_000_000, help="past (returned) loans")
    parser.add_argument(
        "--open-loans",
        type=int,
        default=None,
        help="loans still out (default: 60%% of the patrons)",
    )
    parser.add_argument("--bibs", type=int, default=None, help="titles (default: items / 2.5)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    sizes = Sizes(
        items=args.items,
        patrons=args.patrons,
        loans=args.loans,
        open_loans=args.open_loans if args.open_loans is not None else args.patrons * 6 // 10,
        bibs=args.bibs or max(1, int(args.items / 2.5)),
    )
    out: Path = args.out
    if out.exists():
        if not args.force:
            print(f"{out} exists; add --force to replace it.", file=sys.stderr)
            return 2
        for suffix in ("", "-wal", "-shm"):
            Path(f"{out}{suffix}").unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    print(f"Generating {out} ({sizes}) with seed {args.seed}")
    generate(out, sizes, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
