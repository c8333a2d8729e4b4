"""The librarian's day at the desk, driven through the scan field at scanner speed."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from lms_desktop.bootstrap import AppContext
from lms_desktop.circulation.models import Item, JournalEntry, Loan
from lms_desktop.circulation.results import ScanOffer, ScanOutcome
from lms_desktop.ui.desk.desk_screen import DeskAnswer, DeskSection
from tests.ui.desk.conftest import DeskSchool, DeskWindow, scan, scan_and_wait


def open_loans(app_context: AppContext) -> list[tuple[str, int | None]]:
    with app_context.database.unit_of_work() as uow:
        return [
            (barcode, patron_id)
            for barcode, patron_id in uow.session.execute(
                select(Item.barcode, Loan.patron_id)
                .join(Item, Item.id == Loan.item_id)
                .where(Loan.returned_at.is_(None))
                .order_by(Loan.id)
            ).all()
        ]


def test_a_card_then_a_book_lends_it_with_a_happy_beep(
    qtbot: QtBot, desk: DeskSection, school: DeskSchool, app_context: AppContext
) -> None:
    played: list[str] = []
    desk.sounds.played.connect(played.append)

    card = scan_and_wait(qtbot, desk, school.maya_card)
    assert card.outcome == ScanOutcome.PATRON_SELECTED
    assert desk.card.name.text() == "Maya Lopez"
    assert "Room 12" in desk.card.facts.text()

    lent = scan_and_wait(qtbot, desk, school.wonder[0])
    assert lent.outcome == ScanOutcome.CHECKED_OUT, lent.message
    assert desk.banner.property("tone") == "success"
    assert "Wonder" in desk.banner.text()
    assert [loan.item.barcode for loan in desk.card.loans.rows()] == [school.wonder[0]]
    assert played == ["ok", "ok"]
    assert open_loans(app_context) == [(school.wonder[0], school.maya)]
    # the last actions list shows the loan, newest first
    assert "Wonder" in desk.journal.rows()[0].summary
    assert desk.scan_field.hasFocus()


def test_a_scan_typed_while_another_field_has_focus_still_lands(
    qtbot: QtBot, window: DeskWindow, school: DeskSchool
) -> None:
    desk = window.desk
    window.other_field.setFocus()
    qtbot.waitUntil(window.other_field.hasFocus)

    answer = scan_and_wait(qtbot, desk, school.maya_card, target=window.other_field)

    assert answer.outcome == ScanOutcome.PATRON_SELECTED
    assert window.other_field.text() == ""
    assert desk.card.name.text() == "Maya Lopez"
    assert desk.scan_field.hasFocus()  # the scan field takes the keyboard back


def test_a_scan_ended_by_tab_also_lands(
    qtbot: QtBot, window: DeskWindow, school: DeskSchool
) -> None:
    desk = window.desk
    with qtbot.waitSignal(desk.answered) as answered:
        scan(qtbot, desk.scan_field, school.leo_card, Qt.Key.Key_Tab)
    assert answered.args[0].outcome == ScanOutcome.PATRON_SELECTED
    assert desk.scan_field.hasFocus()
    window.other_field.setFocus()
    with qtbot.waitSignal(desk.answered) as answered:
        scan(qtbot, window.other_field, school.maya_card, Qt.Key.Key_Tab)
    assert desk.card.name.text() == "Maya Lopez"
    assert window.other_field.text() == ""


def test_a_person_typing_in_another_field_is_not_taken_for_a_scan(
    qtbot: QtBot, window: DeskWindow
) -> None:
    window.other_field.setFocus()
    qtbot.waitUntil(window.other_field.hasFocus)
    qtbot.keyClicks(window.other_field, "Room 12", delay=110)
    qtbot.keyClick(window.other_field, Qt.Key.Key_Return, delay=110)
    qtbot.waitUntil(lambda: window.desk.listener.holding() == 0)
    assert window.other_field.text() == "Room 12"
    assert window.desk.queue.busy() is False


def test_a_burst_of_scans_is_handled_in_order_none_lost_none_doubled(
    qtbot: QtBot, desk: DeskSection, school: DeskSchool, app_context: AppContext
) -> None:
    answers = []
    desk.answered.connect(answers.append)
    # the card and three items arrive while the first is still being handled
    for text in [school.maya_card, school.wonder[0], school.hatchet, school.wonder[1]]:
        scan(qtbot, desk.scan_field, text)
    qtbot.waitUntil(lambda: len(answers) == 4, timeout=15_000)

    assert [a.outcome for a in answers] == [
        ScanOutcome.PATRON_SELECTED,
        ScanOutcome.CHECKED_OUT,
        ScanOutcome.CHECKED_OUT,
        ScanOutcome.CHECKED_OUT,
    ], [a.message for a in answers]
    assert open_loans(app_context) == [
        (school.wonder[0], school.maya),
        (school.hatchet, school.maya),
        (school.wonder[1], school.maya),
    ]
    assert desk.card.loans.rowCount() == 3


def test_a_double_scan_lends_the_book_once(
    qtbot: QtBot, desk: DeskSection, school: DeskSchool, app_context: AppContext
) -> None:
    answers = []
    desk.answered.connect(answers.append)
    scan(qtbot, desk.scan_field, school.maya_card)
    scan(qtbot, desk.scan_field, school.hatchet)
    scan(qtbot, desk.scan_field, school.hatchet)
    qtbot.waitUntil(lambda: len(answers) == 3, timeout=15_000)

    assert answers[1].outcome == ScanOutcome.CHECKED_OUT
    assert answers[2].outcome == ScanOutcome.DUPLICATE, answers[2].message
    assert open_loans(app_context) == [(school.hatchet, school.maya)]


def test_garbage_is_refused_and_changes_nothing(
    qtbot: QtBot, window: DeskWindow, school: DeskSchool, app_context: AppContext
) -> None:
    desk = window.desk
    rng = random.Random(4)
    random_bytes = bytes(rng.randrange(256) for _ in range(60)).decode("latin-1")
    garbage = [
        random_bytes,
        "7" * 5000,
        "\x1b[2J\x07\x08",
        "DROP TABLE loans;--",
        "🙂📚🦖🎒",
    ]
    scan_and_wait(qtbot, desk, school.maya_card)
    with app_context.database.unit_of_work() as uow:
        journal_before = uow.session.scalar(select(func.count()).select_from(JournalEntry))
    for text in garbage:
        answers: list[DeskAnswer] = []
        desk.answered.connect(answers.append)
        window.other_field.setFocus()
        scan(qtbot, window.other_field, text)
        qtbot.waitUntil(lambda answers=answers: bool(answers), timeout=10_000)
        desk.answered.disconnect(answers.append)
        assert answers[0].tone in ("error", "warning"), (text[:20], answers[0].message)
        assert desk.banner.property("tone") == answers[0].tone
        assert window.other_field.text() == ""
    # control characters alone are no scan at all: nothing is queued
    scan(qtbot, desk.scan_field, "\x00\x07\x1b\x08")
    assert not desk.queue.busy()
    assert open_loans(app_context) == []
    with app_context.database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(JournalEntry)) == journal_before
    # and the desk still works
    lent = scan_and_wait(qtbot, desk, school.wonder[2])
    assert lent.outcome == ScanOutcome.CHECKED_OUT


def test_an_unknown_barcode_says_so_and_offers_to_add_the_copy(
    qtbot: QtBot, desk: DeskSection
) -> None:
    answer = scan_and_wait(qtbot, desk, "NEW-77")
    assert answer.outcome == ScanOutcome.UNKNOWN
    assert desk.banner.property("tone") == "warning"
    assert desk.offer_buttons[ScanOffer.ADD_COPY].isVisible()
    assert not desk.offer_buttons[ScanOffer.OVERRIDE_BLOCK].isVisible()


def test_the_patron_card_shows_the_photo_and_overdue_loans_in_red(
    qtbot: QtBot, desk: DeskSection, school: DeskSchool, app_context: AppContext
) -> None:
    from datetime import timedelta

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from lms_desktop.circulation.patrons import set_patron_photo
    from lms_desktop.ui.desk.row_models import OVERDUE_BACKGROUND

    image = QImage(120, 150, QImage.Format.Format_RGB32)
    image.fill(QColor("#aa3366"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    with app_context.database.unit_of_work() as uow:
        set_patron_photo(uow, school.maya, bytes(data.data()))
    scan_and_wait(qtbot, desk, school.maya_card)
    scan_and_wait(qtbot, desk, school.hatchet)
    assert not desk.card.photo.pixmap().isNull()

    with app_context.database.unit_of_work() as uow:
        for loan in uow.session.scalars(select(Loan)):
            loan.checked_out_at -= timedelta(days=30)
            loan.due_at -= timedelta(days=30)
        uow.commit()
    desk.refresh()
    qtbot.waitUntil(lambda: bool(desk.card.loans.rows()) and desk.card.loans.rows()[0].overdue)
    index = desk.card.loans.index(0, 2)
    assert "overdue" in desk.card.loans.data(index)
    brush = desk.card.loans.data(index, Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == OVERDUE_BACKGROUND
    assert "overdue" in desk.card.tabs.tabText(0)
