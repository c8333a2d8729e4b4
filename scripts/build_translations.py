"""Compile the Qt translations: lms_desktop/resources/translations/*.ts -> .qm.

With --update, first refresh the .ts sources from the code: pyside6-lupdate for the
interface's tr() strings, then scripts/extract_domain_texts.py for the domain's say()
messages (context "domain", which lupdate cannot see and would otherwise mark vanished).
New strings appear as unfinished for a translator; existing translations are kept.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "lms_desktop" / "resources" / "translations"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def update_sources() -> None:
    sources = sorted(str(p) for p in (ROOT / "lms_desktop" / "ui").rglob("*.py"))
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(ts)], check=True)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "extract_domain_texts.py")], check=True)


def compile_all() -> list[Path]:
    built = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
        )
        built.append(qm)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="refresh .ts from the code first")
    args = parser.parse_args()
    if args.update:
        update_sources()
    for qm in compile_all():
        print(f"built {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
