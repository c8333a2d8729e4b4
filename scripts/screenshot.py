"""Save a PNG of the main window showing one section (for looking at what we built).

Usage: .venv/bin/python scripts/screenshot.py --db FILE --section desk --out shot.png
Runs offscreen unless DISPLAY/QT_QPA_PLATFORM say otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--section", default="desk")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from lms_desktop.config import AppConfig
    from lms_desktop.ui.app import build_main_window, make_application

    app = make_application()
    window = build_main_window(AppConfig.from_args(args.db))
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.show_section(args.section)

    def grab() -> None:
        window.grab().save(str(args.out))
        window.close()
        QApplication.quit()

    QTimer.singleShot(300, grab)
    app.exec()
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
