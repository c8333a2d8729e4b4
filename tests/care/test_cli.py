"""The command line: backup, restore, export-all, staff and privacy, as IT would use them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from lms_desktop.cli import main
from tests.care.conftest import SmallLibrary


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.sqlite_only
def test_backup_list_and_restore_latest_from_the_command_line(
    db_path: Path, small_library: SmallLibrary, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    code, out, _ = _run(capsys, "backup", "--db", str(db_path), "--to", str(usb))
    assert code == 0 and "Backed up" in out
    code, out, _ = _run(
        capsys, "backup", "--db", str(db_path), "--to", str(usb), "--list", "--json"
    )
    listed = json.loads(out)
    assert listed[0]["healthy"] and listed[0]["counts"]["patrons"] == 2

    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE patrons SET last_name='Oops'")
    code, out, _ = _run(
        capsys, "restore", "--db", str(db_path), "--latest", "--from", str(usb), "--yes"
    )
    assert code == 0, out
    assert "2 patrons" in out and "Restored" in out
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM patrons WHERE last_name='Oops'").fetchone() == (
            0,
        )
    assert any(p.name.startswith("before-restore-") for p in usb.iterdir())


def test_restore_says_when_there_is_nothing_to_restore(
    db_path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = _run(
        capsys, "restore", "--db", str(db_path), "--latest", "--from", str(tmp_path / "none")
    )
    assert code == 2 and "no intact backup" in err


def test_export_all_and_staff_accounts(
    db_arg: str, small_library: SmallLibrary, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = _run(capsys, "export-all", "--db", db_arg, str(tmp_path / "out"))
    assert code == 0 and "4 catalog records" in out and "2 rows in patrons.csv" in out

    code, _, err = _run(capsys, "staff", "--db", db_arg, "add", "Sam", "--pin", "1111")
    assert code == 2 and "first staff account must be a librarian" in err
    for argv in (
        ("add", "Ms Reed", "--role", "librarian", "--pin", "2468"),
        ("add", "Sam", "--pin", "1111"),
        ("set-pin", "Sam", "--pin", "4321"),
        ("disable", "Sam"),
    ):
        code, _, err = _run(capsys, "staff", "--db", db_arg, *argv)
        assert code == 0, err
    code, out, _ = _run(capsys, "staff", "--db", db_arg, "list")
    assert out.splitlines() == ["Ms Reed  librarian", "Sam  aide  (disabled)"]


def test_privacy_commands(
    db_arg: str, small_library: SmallLibrary, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "ana.json"
    code, _, _ = _run(
        capsys, "privacy", "--db", db_arg, "export-patron", "P-Ana", "--out", str(target)
    )
    assert code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["patron"]["last_name"] == "Lopez"
    code, out, _ = _run(capsys, "privacy", "--db", db_arg, "anonymize", "--days", "0")
    assert code == 0 and out.startswith("3 returned loan(s)")


@pytest.mark.sqlite_only
def test_check_explains_a_damaged_file_and_names_the_backup_to_restore(
    db_path: Path, small_library: SmallLibrary, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    assert main(["backup", "--db", str(db_path), "--to", str(usb)]) == 0
    capsys.readouterr()
    data = bytearray(db_path.read_bytes())
    data[4096 : 4096 * 3] = b"\xba\xd0" * 4096
    db_path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    code, _, err = _run(capsys, "check", "--db", str(db_path), "--backup-dir", str(usb))
    assert code == 1
    assert "is damaged" in err
    assert f"lms-desktop restore --latest --from '{usb}'" in err
    code, out, _ = _run(
        capsys, "restore", "--db", str(db_path), "--latest", "--from", str(usb), "--yes"
    )
    assert code == 0 and "damaged-" in out
    code, out, _ = _run(capsys, "check", "--db", str(db_path))
    assert code == 0 and "healthy" in out
