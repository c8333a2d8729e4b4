"""The Devices screens ask services for frozen dataclasses; no widget queries the database."""

from __future__ import annotations

from pathlib import Path

import lms_desktop.ui.devices as devices_ui


def test_no_devices_widget_reads_the_database_session_or_builds_a_query() -> None:
    offenders = []
    for source in sorted(Path(devices_ui.__file__).parent.glob("*.py")):
        text = source.read_text(encoding="utf-8")
        for needle in ("uow.session", "from sqlalchemy", "import sqlalchemy"):
            if needle in text:
                offenders.append(f"{source.name}: {needle}")
    assert offenders == []
