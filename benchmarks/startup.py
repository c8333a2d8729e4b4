"""Cold start to main window shown, on the demo database, as a fresh process each time.

Run: .venv/bin/python benchmarks/startup.py [--runs 11]
Builds the demo school in benchmarks/data/startup-demo.sqlite3 once, then starts
`lms-desktop gui` offscreen N times and reports the median and spread of the time from
process launch to the first frame of the main window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--db", type=Path, default=HERE / "data" / "startup-demo.sqlite3")
    args = parser.parse_args()

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["XDG_CONFIG_HOME"] = str(HERE / "data" / "startup-config")
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "lms_desktop", "demo", "--db", str(args.db)],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )

    command = [
        sys.executable,
        "-m",
        "lms_desktop",
        "gui",
        "--db",
        str(args.db),
        "--report-shown",
        "--quit-after",
        "50",
    ]
    # one warm-up run so the OS file cache holds Python and Qt, as on a desk computer
    # that has run the app before
    subprocess.run(command, check=True, env=env, capture_output=True)
    times: list[float] = []
    for _ in range(args.runs):
        started = time.time()
        done = subprocess.run(command, check=True, env=env, capture_output=True, text=True)
        shown = next(
            float(line.split()[1])
            for line in done.stdout.splitlines()
            if line.startswith("window-shown ")
        )
        times.append(shown - started)
    times.sort()
    print(f"runs: {len(times)}")
    print(f"median: {statistics.median(times) * 1000:.0f} ms")
    print(f"min: {times[0] * 1000:.0f} ms  max: {times[-1] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
