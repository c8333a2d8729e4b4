"""The packaged application: the bundle builds, starts offscreen on the demo, and exits."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from xml.etree import ElementTree

import pytest

from lms_desktop.cli import build_parser
from lms_desktop.cli_core import _demo, _gui

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
NLNZ_1000 = ROOT / "tests" / "data" / "marc" / "nlnz" / "setup" / "NLNZ_1000_example_marc.marc"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(PACKAGING / "lms-desktop.spec"),
        ],
        check=True,
        cwd=ROOT,
        timeout=1200,
    )
    return work / "dist" / "lms-desktop"


@pytest.mark.slow
def test_the_built_bundle_opens_the_demo_school_and_exits_cleanly(
    bundle: Path, tmp_path: Path
) -> None:
    exe = bundle / "lms-desktop"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert (bundle / "VERSION").read_text().strip() == version
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LMS_DATA_DIR=str(tmp_path / "data"))
    db = tmp_path / "demo.sqlite3"

    out = subprocess.run(
        [str(exe), "version", "--db", str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert f"LMS Desktop {version}" in out

    demo = subprocess.run(
        [str(exe), "demo", "--db", str(db)], env=env, capture_output=True, text=True, timeout=300
    )
    assert demo.returncode == 0, demo.stderr
    assert "titles" in demo.stdout

    gui = subprocess.run(
        [str(exe), "gui", "--db", str(db), "--report-shown", "--quit-after", "200"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert gui.returncode == 0, gui.stderr
    assert "window-shown" in gui.stdout

    # a file over 4 MB is read by a second process: in the bundle that is the executable
    # started again, which must become the reader, not a second app
    vendor = tmp_path / "vendor.mrc"
    vendor.write_bytes(NLNZ_1000.read_bytes() * 4)
    imported = subprocess.run(
        [str(exe), "import-marc", str(vendor), "--db", str(db), "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert imported.returncode == 0, imported.stderr
    (report,) = json.loads(imported.stdout)
    assert report["read"] == 4004 and report["imported"] + report["skipped"] == 4004

    check = subprocess.run(
        [str(exe), "check", "--db", str(db)], env=env, capture_output=True, text=True, timeout=120
    )
    assert check.returncode == 0 and "healthy" in check.stdout

    internal = bundle / "_internal" / "lms_desktop" / "resources"
    assert (internal / "translations" / "lms_desktop_es.qm").is_file()
    assert list((internal / "sounds").iterdir()) and list((internal / "icons").glob("*.svg"))

    # every Windows shortcut, as the installer makes it, on the windowed executable; the
    # demo school shortcut twice: the second click opens the demo built by the first
    shortcuts = _shortcuts()
    for exe_name, arguments in [*shortcuts, *[s for s in shortcuts if "demo" in s[1]]]:
        windowed = bundle / exe_name.removesuffix(".exe")
        shown = subprocess.run(
            [str(windowed), *arguments, "--report-shown", "--quit-after", "200"],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert shown.returncode == 0, (arguments, shown.stderr)
        assert "window-shown" in shown.stdout, arguments
        assert "Traceback" not in shown.stderr, shown.stderr
    assert (tmp_path / "data" / "demo-school.sqlite3").is_file()


def test_the_desktop_entry_and_appstream_metadata_agree() -> None:
    desktop = (PACKAGING / "linux" / "io.github.lms_desktop.LmsDesktop.desktop").read_text()
    entries = dict(line.split("=", 1) for line in desktop.splitlines() if "=" in line)
    assert entries["Type"] == "Application" and entries["Exec"].startswith("lms-desktop")
    meta = ElementTree.parse(PACKAGING / "linux" / "io.github.lms_desktop.LmsDesktop.metainfo.xml")
    root = meta.getroot()
    assert root.findtext("id") == entries["Icon"]
    assert root.find("launchable").text == "io.github.lms_desktop.LmsDesktop.desktop"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert root.find("releases/release").get("version") == version


def _validator(program: str, debian_package: str) -> str:
    """The validator's path; in CI a missing validator fails the run instead of skipping."""
    path = shutil.which(program)
    if path is None:
        message = (
            f"{program} is not installed: 'scripts/setup.sh --test' installs it "
            f"(Debian package {debian_package})"
        )
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def test_in_ci_a_missing_validator_fails_instead_of_skipping(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(shutil, "which", lambda program: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="Debian package appstream"):
        _validator("appstreamcli", "appstream")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        _validator("appstreamcli", "appstream")


def test_appstream_metadata_validates() -> None:
    done = subprocess.run(
        [
            _validator("appstreamcli", "appstream"),
            "validate",
            "--no-net",
            str(PACKAGING / "linux" / "io.github.lms_desktop.LmsDesktop.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_desktop_entry_validates() -> None:
    done = subprocess.run(
        [
            _validator("desktop-file-validate", "desktop-file-utils"),
            str(PACKAGING / "linux" / "io.github.lms_desktop.LmsDesktop.desktop"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower(), done.stdout


def test_the_menu_entry_starts_a_command_line_the_app_accepts() -> None:
    """A file dropped on the menu entry must not become an unknown COMMAND (exit 2)."""
    desktop = (PACKAGING / "linux" / "io.github.lms_desktop.LmsDesktop.desktop").read_text()
    exec_line = next(line for line in desktop.splitlines() if line.startswith("Exec="))
    program, *arguments = shlex.split(exec_line.removeprefix("Exec="))
    assert program == "lms-desktop"
    dropped = {"%f": "/home/ms/Desktop/new-books.mrc", "%u": "file:///home/ms/new-books.mrc"}
    argv = [dropped.get(arg.lower(), arg) for arg in arguments]
    args = build_parser().parse_args(argv)  # SystemExit(2) on an unknown command
    assert getattr(args, "func", None) in (None, _gui)


def _shortcuts() -> list[tuple[str, list[str]]]:
    """(executable, arguments) of every Start-menu, desktop and after-install entry."""
    script = (PACKAGING / "windows" / "lms-desktop.iss").read_text()
    found = []
    for line in script.splitlines():
        match = re.search(r'Filename: "\{app\}\\([^"]+)"(?:; Parameters: "((?:[^"]|"")*)")?', line)
        if match:
            found.append((match[1], shlex.split((match[2] or "").replace('""', '"'))))
    return found


def test_the_windows_installer_keeps_data_out_of_the_program_folder() -> None:
    script = (PACKAGING / "windows" / "lms-desktop.iss").read_text()
    assert "PrivilegesRequired=admin" in script  # per machine
    assert "{group}\\LMS Desktop" in script  # Start-menu entry
    assert "{app}" in script and "library.sqlite3" not in script
    assert "[UninstallDelete]" not in script  # uninstalling never deletes the data folder
    # a shortcut is made at install time, by the administrator: a folder of theirs in it
    # would be the same for every user of the desk
    assert all("{localappdata}" not in " ".join(args) for _, args in _shortcuts())


def test_start_menu_shortcuts_open_the_window_without_a_console() -> None:
    """The librarian clicks LMS Desktop: no black console window opens beside it."""
    shortcuts = _shortcuts()
    assert len(shortcuts) >= 3
    for exe, arguments in shortcuts:
        assert exe == "lms-desktop-gui.exe", f"{exe} {arguments} would open a console window"
        args = build_parser().parse_args(arguments)
        assert args.func is _gui or (args.func is _demo and args.open), arguments
    spec = (PACKAGING / "lms-desktop.spec").read_text()
    assert 'executable("lms-desktop-gui", console=False)' in spec
    assert 'executable("lms-desktop", console=True)' in spec


def test_the_installer_takes_its_version_from_pyproject(tmp_path: Path) -> None:
    script = (PACKAGING / "windows" / "lms-desktop.iss").read_text()
    assert not re.search(r'#define AppVersion "', script), "no version is written in the .iss"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    bundle = tmp_path / "lms-desktop"
    bundle.mkdir()
    for name in ("lms-desktop.exe", "lms-desktop-gui.exe"):
        (bundle / name).write_bytes(b"")
    (bundle / "VERSION").write_text(version + "\n")
    build = [sys.executable, str(ROOT / "scripts" / "build_installer.py"), "--bundle", str(bundle)]
    done = subprocess.run([*build, "--print"], capture_output=True, text=True, check=True)
    assert f"/DAppVersion={version}" in done.stdout and "lms-desktop.iss" in done.stdout

    (bundle / "VERSION").write_text("0.0.1\n")  # a stale bundle is not packed
    stale = subprocess.run([*build, "--print"], capture_output=True, text=True)
    assert stale.returncode != 0 and "build the bundle again" in stale.stderr


def test_the_windows_icon_has_the_small_sizes_the_start_menu_uses() -> None:
    """Without them Windows shrinks the 256 px picture to a blur in the taskbar."""
    from PIL import Image

    with Image.open(PACKAGING / "windows" / "lms-desktop.ico") as ico:
        sizes = ico.info["sizes"]
    assert {(16, 16), (24, 24), (32, 32), (48, 48), (256, 256)} <= sizes
