"""Build packaging/windows/lms-desktop.ico from the 256 px application icon (the .desktop's
PNG), with the small sizes Windows shows in the Start menu, taskbar and Explorer."""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
PNG = ROOT / "packaging" / "linux" / "io.github.lms_desktop.LmsDesktop.png"
ICO = ROOT / "packaging" / "windows" / "lms-desktop.ico"
SIZES = [(n, n) for n in (16, 20, 24, 32, 40, 48, 64, 128, 256)]


def main() -> int:
    with Image.open(PNG) as image:
        image.convert("RGBA").save(ICO, format="ICO", sizes=SIZES)
    print(f"wrote {ICO.relative_to(ROOT)} ({len(SIZES)} sizes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
