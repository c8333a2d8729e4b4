"""`--site CODE_OR_ID` before the command or after it, on the window and every sub-command."""

from __future__ import annotations

import argparse

import pytest

from lms_desktop.cli import build_parser, config_from, main


def _sub_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*path, name), sub
                yield from _sub_commands(sub, (*path, name))


@pytest.fixture(autouse=True)
def _no_site_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LMS_SITE", raising=False)


@pytest.mark.parametrize(
    "argv",
    [
        ["--site", "north"],  # the window, with no command
        ["--site", "north", "gui"],
        ["gui", "--site", "north"],
        ["--site", "north", "staff", "list"],
        ["staff", "add", "Jo", "--site", "north"],
        ["backup", "--site", "north"],
    ],
)
def test_site_is_read_before_or_after_the_command(argv: list[str]) -> None:
    assert config_from(build_parser().parse_args(argv)).site == "north"


def test_the_option_beats_lms_site(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LMS_SITE", "main")
    parser = build_parser()
    assert config_from(parser.parse_args(["gui", "--site", "2"])).site == "2"
    assert config_from(parser.parse_args(["gui"])).site == "main"
    assert config_from(parser.parse_args([])).site == "main"


def test_without_a_site_the_first_school_is_used() -> None:
    assert config_from(build_parser().parse_args(["gui"])).site is None


def test_every_command_takes_site() -> None:
    missing = [
        " ".join(path)
        for path, sub in _sub_commands(build_parser())
        if "--site" not in sub._option_string_actions
    ]
    assert missing == []


def test_a_command_that_is_not_per_school_yet_says_so_instead_of_filing_it_quietly(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "district.sqlite3")
    assert main(["--db", db, "--site", "north", "staff", "list"]) == 0
    assert "'staff' does not yet work per school" in capsys.readouterr().err
    # the whole database's commands, and no site at all: no note
    assert main(["--db", db, "--site", "north", "version"]) == 0
    assert main(["--db", db, "staff", "list"]) == 0
    assert capsys.readouterr().err == ""
