"""The `lms-desktop` command: the GUI by default, sub-commands for admin jobs."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence

from lms_desktop import APP_NAME, __version__
from lms_desktop.config import AppConfig, describe_database
from lms_desktop.errors import DomainError

# Each module here has `register(subparsers)` adding its sub-commands; a sub-command sets
# `func(args) -> int` with set_defaults. Later areas add their module to this list.
COMMAND_MODULES: tuple[str, ...] = (
    "lms_desktop.cli_core",
    "lms_desktop.care.cli",
    "lms_desktop.reports.cli",
    "lms_desktop.circulation.cli",
    "lms_desktop.devices.cli",
    "lms_desktop.makerspace.cli",
    "lms_desktop.catalog.cli",
    "lms_desktop.inventory.cli",
)

Handler = Callable[[argparse.Namespace], int]


def add_db_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """Add --db and --backup-dir; on sub-commands they don't override the top-level value."""
    default = None if top_level else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        default=default,
        metavar="PATH_OR_URL",
        help="the library database: a SQLite file path or a database URL "
        "(default: LMS_DATABASE_URL, else library.sqlite3 in your user data folder)",
    )
    parser.add_argument(
        "--backup-dir",
        default=default,
        metavar="FOLDER",
        help="where backups go (default: a 'backups' folder next to the database)",
    )


def config_from(args: argparse.Namespace) -> AppConfig:
    return AppConfig.from_args(getattr(args, "db", None), getattr(args, "backup_dir", None))


def print_json(data: object) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lms-desktop",
        description=f"{APP_NAME}: the school library on your own computer. "
        "With no command, the application window opens.",
        epilog="Run 'lms-desktop COMMAND --help' to read about one command.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    add_db_option(parser, top_level=True)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "func", None)
    try:
        if handler is None:
            from lms_desktop.ui.app import run_gui

            return run_gui(config_from(args))
        return handler(args)
    except DomainError as exc:
        print(f"lms-desktop: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("lms-desktop: stopped.", file=sys.stderr)
        return 130


def describe(args: argparse.Namespace) -> str:
    return describe_database(config_from(args).database_url)
