"""Build the Windows installer: run Inno Setup on packaging/windows/lms-desktop.iss.

The version comes from pyproject.toml (passed to iscc as /DAppVersion) and must match the
bundle's VERSION file, so an installer can never carry an older or newer bundle than its
name says. Build the bundle first: pyinstaller packaging/lms-desktop.spec.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "packaging" / "windows" / "lms-desktop.iss"


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for folder in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if folder and (Path(folder) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(folder) / "Inno Setup 6" / "ISCC.exe")
    return None


def installer_command(bundle: Path, iscc: str = "iscc") -> list[str]:
    """The iscc command line; raises SystemExit with advice when the bundle does not fit."""
    version = project_version()
    stamp = bundle / "VERSION"
    if not stamp.is_file():
        raise SystemExit(
            f"There is no bundle in {bundle}: run pyinstaller packaging/lms-desktop.spec."
        )
    built = stamp.read_text().strip()
    if built != version:
        raise SystemExit(
            f"The bundle in {bundle} is version {built} but pyproject.toml says {version}: "
            "build the bundle again."
        )
    for exe in ("lms-desktop", "lms-desktop-gui"):
        if not any((bundle / name).is_file() for name in (exe, exe + ".exe")):
            raise SystemExit(f"The bundle in {bundle} has no {exe}: build the bundle again.")
    return [iscc, f"/DAppVersion={version}", str(SCRIPT)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "lms-desktop")
    parser.add_argument("--print", action="store_true", help="only print the iscc command")
    args = parser.parse_args(argv)
    if args.print:
        print(" ".join(installer_command(args.bundle)))
        return 0
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup 6 is not installed (https://jrsoftware.org/isinfo.php).", file=sys.stderr)
        return 1
    return subprocess.run(installer_command(args.bundle, iscc), check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
