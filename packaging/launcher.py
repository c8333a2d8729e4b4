"""Entry point of the bundled application (PyInstaller runs this file)."""

import multiprocessing
import sys

from lms_desktop.cli import main

if __name__ == "__main__":
    # a large MARC import reads the file in a second process (spawned): in the bundle,
    # that process is this executable again, and freeze_support() makes it the reader
    multiprocessing.freeze_support()
    sys.exit(main())
