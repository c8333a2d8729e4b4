"""Core sub-commands: gui, demo, version, check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lms_desktop import APP_NAME, __version__
from lms_desktop.bootstrap import open_app
from lms_desktop.cli import add_db_option, config_from, describe, print_json
from lms_desktop.config import AppConfig, user_data_dir
from lms_desktop.db.integrity import check_database
from lms_desktop.errors import ConflictError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gui = subparsers.add_parser("gui", help="open the application window (the default)")
    add_db_option(gui)
    gui.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)
    gui.add_argument("--report-shown", action="store_true", help=argparse.SUPPRESS)
    gui.set_defaults(func=_gui)

    demo = subparsers.add_parser(
        "demo",
        help="fill a new database with a demo school (titles, students, devices, loans)",
        description="Builds a realistic demo school: real Library of Congress titles with "
        "copies, 300+ students in grades and homerooms, teachers, devices, makerspace tools "
        "and a term of loan history. Without --db it goes into its own file, "
        "demo-school.sqlite3 in your user data folder, never into your library (nor into "
        "LMS_DATABASE_URL). It refuses to touch a database that already has titles or "
        "patrons unless you add --force.",
    )
    add_db_option(demo)
    demo.add_argument(
        "--open",
        action="store_true",
        help="open the window afterwards; a database that already has a school in it is "
        "opened as it is (this is what the 'demo school' menu shortcut runs)",
    )
    demo.add_argument(
        "--force", action="store_true", help="add the demo even if the database has data"
    )
    demo.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    demo.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)
    demo.add_argument("--report-shown", action="store_true", help=argparse.SUPPRESS)
    demo.set_defaults(func=_demo)

    version = subparsers.add_parser("version", help="show the version and database location")
    add_db_option(version)
    version.set_defaults(func=_version)

    check = subparsers.add_parser(
        "check",
        help="check the database for damage",
        description="Runs SQLite's integrity and foreign-key checks and reports anything "
        "wrong. Exit code 0 means the database is healthy.",
    )
    add_db_option(check)
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    check.set_defaults(func=_check)


def _gui(args: argparse.Namespace) -> int:
    from lms_desktop.ui.app import run_gui

    return run_gui(
        config_from(args),
        quit_after_ms=args.quit_after,
        report_shown=getattr(args, "report_shown", False),
    )


def _demo(args: argparse.Namespace) -> int:
    from lms_desktop.demo import build_demo_school

    if getattr(args, "db", None) is None:
        args.db = str(demo_database_path())
    ctx = open_app(config_from(args))
    try:
        summary = build_demo_school(ctx.database, seed=args.seed, force=args.force)
    except ConflictError:
        if not args.open:
            raise
        # the menu shortcut runs `demo --open` every time: from the second click on,
        # the demo school is already there and is simply opened
        print(f"{describe(args)} already has a school in it; opening it as it is.")
    else:
        print(f"Demo school ready in {describe(args)}:")
        for line in summary.lines():
            print(f"  {line}")
    finally:
        ctx.database.dispose()
    if args.open:
        return _gui(args)
    return 0


def demo_database_path() -> Path:
    """Where the demo school goes unless --db says otherwise: beside, never in, the library."""
    return user_data_dir() / "demo-school.sqlite3"


def _version(args: argparse.Namespace) -> int:
    print(f"{APP_NAME} {__version__}")
    print(f"Database: {describe(args)}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from lms_desktop.care.health import check_file
    from lms_desktop.config import sqlite_path_of
    from lms_desktop.errors import DatabaseOpenError

    config = config_from(args)
    try:
        ctx = open_app(config)
    except DatabaseOpenError:
        # too damaged to open: check the file itself and say which backup can replace it
        path = sqlite_path_of(config.database_url)
        if path is None:
            raise
        report = check_file(path)
    else:
        report = check_database(ctx.database)
        ctx.database.dispose()
    if args.json:
        print_json({"ok": report.ok, "problems": list(report.problems)})
    elif report.ok:
        print(f"The database at {describe(args)} is healthy.")
    else:
        print(f"Problems found in {describe(args)}:", file=sys.stderr)
        for problem in report.problems:
            print(f"  - {problem}", file=sys.stderr)
        _advise_restore(config, report.problems)
    return 0 if report.ok else 1


def _advise_restore(config: AppConfig, problems: tuple[str, ...]) -> None:
    from lms_desktop.care.health import advise_on_damage
    from lms_desktop.config import sqlite_path_of

    path = sqlite_path_of(config.database_url)
    if path is None:
        print("Ask your IT department to restore the database server's backup.", file=sys.stderr)
        return
    advice = advise_on_damage(path, config.backup_dir, problems)
    print(advice.explanation, file=sys.stderr)
    if advice.latest_good is not None:
        print(
            f"To restore it: lms-desktop restore --latest --from '{advice.backup_folder}'",
            file=sys.stderr,
        )
