"""LMS Desktop: the school library media center on one laptop."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("lms-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "LMS Desktop"
APP_ID = "lms-desktop"
