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

# Commands that follow --site / LMS_SITE (the window) or for which the school does not
# matter (they work on the whole database). Every other command still works for the
# first school whatever the site says, and says so rather than file North's work there.
FOLLOW_THE_SITE: frozenset[str] = frozenset(
    {"gui", "demo", "version", "check", "backup", "restore", "export-all", "site", "report"}
)


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


def add_site_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """Add --site: which school of a district database this workstation works for."""
    parser.add_argument(
        "--site",
        dest="workstation_site",
        default=None if top_level else argparse.SUPPRESS,
        metavar="CODE_OR_ID",
        help="the school this computer works for in a district database, by its code "
        "(e.g. north) or number (default: LMS_SITE, else the first school)",
    )


def _offer_site_everywhere(parser: argparse.ArgumentParser) -> None:
    """Give every sub-command --site, after the top level, as --db is (unless a command
    already has its own --site, like `report`, whose number picks the report's school)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                if "--site" not in sub._option_string_actions:
                    add_site_option(sub)
                _offer_site_everywhere(sub)


def config_from(args: argparse.Namespace) -> AppConfig:
    return AppConfig.from_args(
        getattr(args, "db", None),
        getattr(args, "backup_dir", None),
        getattr(args, "workstation_site", None),
    )


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
    add_site_option(parser, top_level=True)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", dest="command")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    _offer_site_everywhere(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "func", None)
    try:
        if handler is None:
            from lms_desktop.ui.app import run_gui

            return run_gui(config_from(args))
        site = config_from(args).site
        if site is not None and args.command not in FOLLOW_THE_SITE:
            print(
                f"lms-desktop: note: '{args.command}' does not yet work per school; it acts "
                f"for the database's first school, not '{site}' (--site or LMS_SITE).",
                file=sys.stderr,
            )
        return handler(args)
    except DomainError as exc:
        print(f"lms-desktop: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("lms-desktop: stopped.", file=sys.stderr)
        return 130


def describe(args: argparse.Namespace) -> str:
    return describe_database(config_from(args).database_url)
