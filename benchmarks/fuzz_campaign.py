"""Long fuzzing campaign: mutated real MARC files, roster CSVs and desk scans.

    .venv/bin/python benchmarks/fuzz_campaign.py [--marc N] [--roster N] [--scans N]

Runs the same checks as tests/care/test_fuzzing.py (tests/care/fuzz_harness.py) with
many more inputs and prints how many were tried, accepted and rejected-with-words, and
any input that crashed. Results go in docs/BENCHMARKS.md under "Care of the data".
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lms_desktop.bootstrap import open_app
from lms_desktop.config import AppConfig
from lms_desktop.db.integrity import check_database
from tests.care.fuzz_harness import (
    MARC_SEEDS,
    ROSTER_SEEDS,
    Tally,
    desk_states,
    mutated,
    scan_texts,
    seed_bytes,
    try_marc,
    try_roster,
    try_scan,
)


def campaign(name: str, examples: int, body, strategy) -> tuple[Tally, float, str]:  # type: ignore[no-untyped-def]
    tally = Tally()

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def run(value) -> None:  # type: ignore[no-untyped-def]
        tally.add(body(value))

    started = time.perf_counter()
    crash = ""
    try:
        run()
    except Exception as exc:  # a crash the harness found: report it, do not hide it
        crash = f"{type(exc).__name__}: {exc}"[:500]
    return tally, time.perf_counter() - started, crash


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--marc", type=int, default=2000)
    parser.add_argument("--roster", type=int, default=2000)
    parser.add_argument("--scans", type=int, default=5000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="lms-fuzz-"))
    ctx = open_app(AppConfig.from_args(str(folder / "library.sqlite3")))
    db = ctx.database
    try_marc(db, seed_bytes(MARC_SEEDS[0][0]), MARC_SEEDS[0][1])

    marc_by_format = {
        fmt: [seed_bytes(r) for r, f in MARC_SEEDS if f is fmt] for _, fmt in MARC_SEEDS
    }
    marc_strategy = st.sampled_from(list(marc_by_format)).flatmap(
        lambda fmt: mutated(marc_by_format[fmt]).map(lambda blob: (blob, fmt))
    )
    results = [
        (
            "MARC importer",
            *campaign("marc", args.marc, lambda v: try_marc(db, v[0], v[1]), marc_strategy),
        ),
        (
            "roster CSV importer",
            *campaign(
                "roster",
                args.roster,
                lambda b: try_roster(db, b),
                mutated([seed_bytes(r) for r in ROSTER_SEEDS]),
            ),
        ),
        (
            "scan router",
            *campaign(
                "scans",
                args.scans,
                lambda v: try_scan(db, v[0], v[1]),
                st.tuples(scan_texts(), desk_states(1)),
            ),
        ),
    ]
    print(f"{'target':22} {'tried':>7} {'accepted':>9} {'rejected':>9} {'seconds':>8}  crash")
    for name, tally, seconds, crash in results:
        print(
            f"{name:22} {tally.tried:7d} {tally.accepted:9d} {tally.rejected:9d} "
            f"{seconds:8.1f}  {crash or 'none'}"
        )
    print("integrity after the campaign:", "ok" if check_database(db).ok else "PROBLEMS")
    db.dispose()
    return 1 if any(r[3] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
