"""The Qt binding we ship must not leak or drop references on everyday calls.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void Qt call, so a
desk left running all day aborted with "deallocating None"; pyproject.toml keeps
PySide6 below 6.12 for that reason, and this test fails if a broken binding comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(20_000):
        widget.setToolTip("scan a card")  # returns void
        widget.update()  # returns void
    assert abs(sys.getrefcount(None) - before) < 1_000
