"""`python -m lms_desktop` runs the same command line as `lms-desktop`."""

import sys

from lms_desktop.cli import main

sys.exit(main())
