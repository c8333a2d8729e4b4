"""The packaged application: the bundle builds, starts offscreen on the demo, and exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from xml.etree import ElementTree

import pytest

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


@pytest.mark.skipif(
    subprocess.run(["which", "appstreamcli"], capture_output=True).returncode != 0,
    reason="appstreamcli is not installed",
)
def test_appstream_metadata_validates() -> None:
    done = subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            str(PACKAGING / "linux" / "io.github.lms_desktop.LmsDesktop.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_windows_installer_keeps_data_out_of_the_program_folder() -> None:
    script = (PACKAGING / "windows" / "lms-desktop.iss").read_text()
    assert "PrivilegesRequired=admin" in script  # per machine
    assert "{group}\\LMS Desktop" in script  # Start-menu entry
    assert "{app}" in script and "library.sqlite3" not in script
