"""Every command the README lists takes --db, wherever the librarian types it."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from lms_desktop.cli import build_parser


def _children(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _command_paths(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    children = _children(parser)
    if not children:
        yield path, parser
    for name, child in children.items():
        yield from _command_paths(child, (*path, name))


def _valid_value(action: argparse.Action) -> str:
    for candidate in ("1", "2026-09-09", "09:00"):
        try:
            if action.type is not None and callable(action.type):
                action.type(candidate)
        except (ValueError, TypeError, argparse.ArgumentTypeError):
            continue
        return candidate
    raise AssertionError(f"no sample value for {action.dest}")


def _filler(parser: argparse.ArgumentParser) -> list[str]:
    """Values for the arguments a command requires, so that only --db is on trial."""
    argv: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction | argparse._HelpAction):
            continue
        value = str(next(iter(action.choices))) if action.choices else _valid_value(action)
        if not action.option_strings and action.nargs not in ("?", "*"):
            argv.append(value)
        elif action.option_strings and action.required:
            argv += [action.option_strings[0], value]
    for group in parser._mutually_exclusive_groups:
        if group.required and not any(a.option_strings == [] for a in group._group_actions):
            argv.append(group._group_actions[0].option_strings[0])
        elif group.required:
            argv.append("1")
    return argv


PATHS = [path for path, _ in _command_paths(build_parser())]


def test_the_walk_finds_the_nested_actions() -> None:
    assert ("staff", "list") in PATHS and ("site", "add") in PATHS
    assert ("privacy", "export-patron") in PATHS and ("version",) in PATHS


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
def test_db_is_accepted_after_every_command_and_action(path: tuple[str, ...]) -> None:
    parser = build_parser()
    leaf = dict(_command_paths(parser))[path]
    for cut in range(1, len(path) + 1):
        argv = [*path[:cut], "--db", "/tmp/school.sqlite3", *path[cut:], *_filler(leaf)]
        args = parser.parse_args(argv)
        assert args.db == "/tmp/school.sqlite3", argv
        assert args.func is not None


def test_staff_list_uses_the_database_named_after_the_action(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lms_desktop.cli import main

    db = tmp_path / "north.sqlite3"
    assert main(["staff", "list", "--db", str(db)]) == 0
    assert db.exists()
    assert "No staff accounts yet" in capsys.readouterr().out
