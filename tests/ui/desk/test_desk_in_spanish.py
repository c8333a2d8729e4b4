"""A Spanish-reading aide replays the field-trip scanner and prints a hold slip in Spanish.

The batch report's Result column, its summary and the messages of the lines the replay
itself writes (a P line that is no patron card, END) come from the batch dialog's tr()
strings and from lms_desktop.circulation.batch's say() messages, so they read Spanish
once the .qm holds the translations.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from lms_desktop.circulation.results import HoldSlip, ScanOutcome
from lms_desktop.ui.desk.batch_dialog import BatchImportDialog
from lms_desktop.ui.desk.desk_screen import DeskSection
from lms_desktop.ui.desk.dialogs import slip_html
from tests.ui.desk.conftest import DeskSchool

ROOT = Path(__file__).resolve().parents[3]
RESULT, WHAT_HAPPENED = 2, 3


def replay(qtbot: QtBot, dialog: BatchImportDialog, batch: Path) -> None:
    with qtbot.waitSignal(dialog.finished_replay, timeout=20_000):
        assert dialog.start(batch)


def column(dialog: BatchImportDialog, number: int) -> list[str]:
    model = dialog.lines
    return [str(model.index(row, number).data()) for row in range(model.rowCount())]


def test_in_spanish_the_scanner_batch_report_says_what_each_line_did(
    spanish: None, qtbot: QtBot, desk: DeskSection, school: DeskSchool, tmp_path: Path
) -> None:
    """Back from the field trip, the aide replays the scanner: Maya borrowed Wonder, a
    book's label was scanned as if it were a card, and the report reads Spanish."""
    batch = tmp_path / "field-trip.txt"
    batch.write_text(
        f"P {school.maya_card}\nI {school.wonder[0]}\nEND\nP {school.hatchet}\n",
        encoding="utf-8",
    )
    dialog = desk.open_batch_import()
    qtbot.addWidget(dialog)
    replay(qtbot, dialog, batch)
    results, messages = column(dialog, RESULT), column(dialog, WHAT_HAPPENED)
    assert results == ["usuario seleccionado", "prestado", "", "desconocido"]
    assert messages[2] == "Usuario terminado."
    assert messages[3] == f"{school.hatchet} no es un carné de usuario; se omitió la línea."
    assert "prestado: 1" in dialog.summary.text()

    # the same file again changes nothing, and the report says so
    replay(qtbot, dialog, batch)
    assert dialog.report is not None
    lent = [line for line in dialog.report.lines if line.outcome == ScanOutcome.CHECKED_OUT]
    assert lent and all(line.repeated for line in lent)
    assert "prestado (otra vez)" in column(dialog, RESULT)


def test_in_spanish_a_batch_file_that_is_not_text_is_refused_in_spanish(
    spanish: None, qtbot: QtBot, desk: DeskSection, tmp_path: Path
) -> None:
    picture = tmp_path / "scanner.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    dialog = desk.open_batch_import()
    qtbot.addWidget(dialog)
    assert not dialog.start(picture)
    assert dialog.summary.text() == (
        "scanner.txt no es un archivo de texto. Exporte la memoria del lector como texto "
        "sin formato."
    )


def test_in_spanish_the_hold_slip_is_printed_in_spanish(spanish: None) -> None:
    slip = HoldSlip(
        hold_id=1,
        patron_name="Maya Lopez",
        patron_barcode="21234000000019",
        homeroom="Room 12",
        homeroom_teacher="Ms. Rivera",
        title="Wonder",
        item_barcode="31234000000017",
        call_number="FIC PAL",
        trapped_at=datetime(2026, 3, 10, 14, 5, tzinfo=UTC),
        expires_on=None,
    )
    page = slip_html(slip)
    assert "RESERVA" in page
    assert "Usuario: 21234000000019" in page
    assert "Material: 31234000000017" in page
    assert "Apartado: " in page
