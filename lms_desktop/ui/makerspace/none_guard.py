"""Keeps Python's None alive under PySide6 6.12.0, which drops a reference to it per call.

PySide6/shiboken6 6.12.0 on Python 3.10/3.11 decrements None's reference count on every
call of a Qt method that returns void (None is immortal only from Python 3.12). A busy
painter makes thousands of such calls per paint; when the count reaches zero the
interpreter aborts ("deallocating None"). Until PySide6 is fixed (6.11.3 is not affected),
views that paint a lot call `keep_none_alive()`, which gives back the references the
binding dropped. Holding spare references in a list would not do: freeing the list at
exit would take the count to zero after all.
"""

from __future__ import annotations

import ctypes
import sys

_LOW_WATER = 1_000_000
_TOP_UP = 10_000_000
_AFFECTED = sys.version_info < (3, 12) and sys.implementation.name == "cpython"


def keep_none_alive() -> None:
    """Raise None's reference count when it runs low (a no-op on Python 3.12+)."""
    if _AFFECTED and sys.getrefcount(None) < _LOW_WATER:
        # ob_refcnt is the first field of every CPython object header
        ctypes.c_ssize_t.from_address(id(None)).value += _TOP_UP
