"""The command line a librarian or IT person types: help, version, demo, check, --db."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lms_desktop.cli import main
from lms_desktop.config import database_url_from


def test_help_lists_the_admin_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "version", "check", "gui"):
        assert command in out


def test_version_names_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "mine.sqlite3"
    assert main(["version", "--db", str(db)]) == 0
    assert str(db) in capsys.readouterr().out


def test_db_before_the_command_counts_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "before.sqlite3"
    assert main(["--db", str(db), "version"]) == 0
    assert str(db) in capsys.readouterr().out


def test_environment_url_is_used_without_db(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LMS_DATABASE_URL", f"sqlite:///{tmp_path}/env.sqlite3")
    assert database_url_from(None) == f"sqlite:///{tmp_path}/env.sqlite3"
    assert database_url_from(str(tmp_path / "flag.sqlite3")).endswith("flag.sqlite3")


def test_default_database_lives_in_the_user_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LMS_DATA_DIR", str(tmp_path / "userdata"))
    assert database_url_from(None) == f"sqlite:///{tmp_path}/userdata/library.sqlite3"


def test_demo_then_check_reports_a_healthy_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "titles" in out and "students" in out
    assert main(["check", "--db", str(db)]) == 0
    assert "healthy" in capsys.readouterr().out


def test_demo_twice_is_refused_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["demo", "--db", str(db)]) == 2
    assert "already has titles or patrons" in capsys.readouterr().err


def test_check_finds_a_broken_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "lib.sqlite3"
    assert main(["check", "--db", str(db)]) == 0
    with sqlite3.connect(db) as conn:  # foreign keys are off in this raw connection
        conn.execute(
            "INSERT INTO fees (site_id, patron_id, kind, amount_cents, description, status, "
            "created_at, created_by) VALUES (1, 999, 'lost', 100, '', 'open', "
            "'2026-01-01 00:00:00', '')"
        )
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 1
    assert "points to a missing row in patrons" in capsys.readouterr().err


def test_a_newer_database_gives_a_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.sqlite3"
    assert main(["version", "--db", str(db)]) == 0
    assert main(["check", "--db", str(db)]) == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "newer version of LMS Desktop" in err and "Traceback" not in err


def test_the_gui_starts_and_closes_cleanly_as_a_real_process(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "lms_desktop",
            "gui",
            "--db",
            str(tmp_path / "g.sqlite3"),
            "--report-shown",
            "--quit-after",
            "100",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "window-shown" in done.stdout


def test_the_demo_shortcut_opens_the_demo_school_again_on_the_second_click(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import lms_desktop.ui.app

    opened: list[str] = []

    def fake_window(config: object, **_: object) -> int:
        opened.append(str(config.database_url))  # type: ignore[attr-defined]
        return 0

    monkeypatch.setattr(lms_desktop.ui.app, "run_gui", fake_window)
    db = tmp_path / "demo-school.sqlite3"
    assert main(["demo", "--db", str(db), "--open"]) == 0  # first click: built, opened
    with sqlite3.connect(db) as conn:
        patrons = conn.execute("SELECT count(*) FROM patrons").fetchone()[0]
    capsys.readouterr()

    assert main(["demo", "--db", str(db), "--open"]) == 0  # second click: just opened
    assert "opening it as it is" in capsys.readouterr().out
    assert len(opened) == 2 and opened[0] == opened[1] and opened[0].endswith(db.name)
    with sqlite3.connect(db) as conn:  # and nothing was added twice
        assert conn.execute("SELECT count(*) FROM patrons").fetchone()[0] == patrons


def test_the_demo_without_db_goes_into_its_own_file_never_the_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Start-menu 'demo school' shortcut names no file: it works for every Windows user."""
    monkeypatch.setenv("LMS_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("LMS_DATABASE_URL", f"sqlite:///{tmp_path}/district.sqlite3")
    assert main(["demo"]) == 0
    assert (tmp_path / "userdata" / "demo-school.sqlite3").exists()
    assert "demo-school.sqlite3" in capsys.readouterr().out
    assert not (tmp_path / "district.sqlite3").exists()
    assert not (tmp_path / "userdata" / "library.sqlite3").exists()


def test_lms_desktop_with_no_command_opens_the_window_on_the_named_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lms_desktop.ui.app

    opened: list[str] = []
    monkeypatch.setattr(
        lms_desktop.ui.app,
        "run_gui",
        lambda config, **_: opened.append(str(config.database_url)) or 0,
    )
    db = tmp_path / "library.sqlite3"
    assert main(["--db", str(db)]) == 0
    assert len(opened) == 1 and opened[0].endswith(str(db))
