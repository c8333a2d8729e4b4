"""Entry point of the bundled application (PyInstaller runs this file)."""

import sys

from lms_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
