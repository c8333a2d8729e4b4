"""Offline scanner batches and unknown copies, from the desk."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from lms_desktop.bootstrap import AppContext
from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.models import Item, Loan
from lms_desktop.circulation.results import ScanOffer, ScanOutcome
from lms_desktop.ui.catalog.fast_add_dialog import FastAddDialog
from lms_desktop.ui.desk.desk_screen import DeskSection
from tests.ui.desk.conftest import DeskSchool, item_barcode, scan_and_wait

NEW_COPY = item_barcode(999)


def loans_open(app_context: AppContext) -> int:
    with app_context.database.unit_of_work() as uow:
        return uow.session.scalar(
            select(func.count()).select_from(Loan).where(Loan.returned_at.is_(None))
        )


def test_a_scanner_batch_is_replayed_with_a_report_and_only_once(
    qtbot: QtBot, desk: DeskSection, school: DeskSchool, app_context: AppContext, tmp_path: Path
) -> None:
    batch = tmp_path / "scanner-memory.txt"
    batch.write_text(
        "# library scanner 2, Tuesday field trip\n"
        f"P {school.maya_card}\n"
        f"I {school.wonder[0]}\n"
        f"I {school.hatchet}\n"
        "I 39999999999999\n"
        f"P {school.leo_card}\n"
        f"I {school.wonder[1]}\n",
        encoding="utf-8",
    )
    dialog = desk.open_batch_import()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_replay, timeout=20_000) as finished:
        assert dialog.start(batch)
    report = finished.args[0]
    assert report.count(ScanOutcome.CHECKED_OUT) == 3
    assert dialog.lines.rowCount() == len(report.lines)
    assert "3 checked out" in dialog.summary.text()
    assert dialog.progress.value() == dialog.progress.maximum()
    assert loans_open(app_context) == 3

    with qtbot.waitSignal(dialog.finished_replay, timeout=20_000) as again:
        assert dialog.start(batch)
    lent = [line for line in again.args[0].lines if line.outcome == ScanOutcome.CHECKED_OUT]
    assert len(lent) == 3 and all(line.repeated for line in lent)
    assert "already replayed" in dialog.summary.text()
    assert loans_open(app_context) == 3


def test_a_file_that_is_not_a_batch_changes_nothing(
    desk: DeskSection, app_context: AppContext, tmp_path: Path
) -> None:
    not_a_batch = tmp_path / "photo.jpg"
    not_a_batch.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    dialog = desk.open_batch_import()
    assert not dialog.start(not_a_batch)
    assert "not a text file" in dialog.summary.text()
    assert not dialog.start(tmp_path / "missing.txt")
    assert "could not be read" in dialog.summary.text()
    assert loans_open(app_context) == 0
    dialog.close()


def test_an_unknown_copy_is_added_from_the_desk_and_lent(
    qtbot: QtBot, desk: DeskSection, school: DeskSchool, app_context: AppContext
) -> None:
    scan_and_wait(qtbot, desk, school.maya_card)
    unknown = scan_and_wait(qtbot, desk, NEW_COPY)
    assert unknown.outcome == ScanOutcome.UNKNOWN
    assert desk.card.name.text() == "Maya Lopez"  # still serving Maya

    desk.offer_buttons[ScanOffer.ADD_COPY].click()
    dialog = desk.findChild(FastAddDialog)
    assert dialog is not None and dialog.barcode.text() == NEW_COPY
    dialog.title.setText("The Wild Robot")
    dialog.author.setText("Brown, Peter")
    with qtbot.waitSignal(desk.answered, timeout=10_000) as answered:
        assert dialog.submit(), dialog.message.text()
    # saved, then scanned again for Maya at once
    assert answered.args[0].outcome == ScanOutcome.CHECKED_OUT, answered.args[0].message
    with app_context.database.unit_of_work() as uow:
        title = uow.session.scalar(
            select(BibRecord.title)
            .join(Item, Item.bib_record_id == BibRecord.id)
            .where(Item.barcode == NEW_COPY)
        )
    assert title is not None and "Wild Robot" in title


def test_an_unknown_isbn_is_catalogued_with_the_copy_in_hand(
    qtbot: QtBot, desk: DeskSection, school: DeskSchool, app_context: AppContext
) -> None:
    from lms_desktop.ui.desk.add_copy import open_add_copy

    scan_and_wait(qtbot, desk, school.leo_card)
    answer = scan_and_wait(qtbot, desk, "9780316382007")
    assert ScanOffer.LOOKUP_ISBN in answer.scan.offers
    dialog = open_add_copy(desk, "9780316382007", lookup=False)
    assert dialog.isbn.text() == "9780316382007" and dialog.barcode.text() == ""
    dialog.barcode.setText(item_barcode(777))
    dialog.title.setText("The Wild Robot Escapes")
    with qtbot.waitSignal(desk.answered, timeout=10_000) as answered:
        dialog.accept()
    assert answered.args[0].outcome == ScanOutcome.CHECKED_OUT, answered.args[0].message
    with app_context.database.unit_of_work() as uow:
        from lms_desktop.catalog.models import BibIdentifier

        isbns = list(uow.session.scalars(select(BibIdentifier.value)))
    assert "9780316382007" in isbns
