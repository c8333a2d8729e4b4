"""A small school and a desk on screen, for driving the desk like a librarian would."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.catalog.models import BibIdentifier, BibRecord
from lms_desktop.circulation.barcodes import make_library_barcode
from lms_desktop.circulation.models import Item, Patron
from lms_desktop.school.setup import item_type_id, patron_type_id
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.desk.desk_screen import DeskAnswer, DeskSection
from lms_desktop.ui.desk.scanner import now_ms
from lms_desktop.ui.tasks import TaskRunner


@dataclass(frozen=True)
class DeskSchool:
    maya: int
    leo: int
    maya_card: str
    leo_card: str
    wonder: list[str]  # three copies of Wonder
    hatchet: str
    chromebook: str
    bib_wonder: int


def item_barcode(n: int) -> str:
    return make_library_barcode("item", 1234, n)


def patron_barcode(n: int) -> str:
    return make_library_barcode("patron", 1234, n)


@pytest.fixture
def school(app_context: AppContext) -> DeskSchool:
    try:
        from lms_desktop.circulation.context import invalidate_cache

        invalidate_cache()
    except ImportError:
        pass
    with app_context.database.unit_of_work() as uow:
        s = uow.session
        book = item_type_id(uow, "book")
        chromebook = item_type_id(uow, "chromebook")
        student = patron_type_id(uow, "student")
        wonder = BibRecord(title="Wonder", author="Palacio, R. J.")
        hatchet = BibRecord(title="Hatchet", author="Paulsen, Gary")
        s.add_all([wonder, hatchet])
        s.flush()
        s.add(BibIdentifier(record_id=wonder.id, kind="isbn", value="9780375869020"))
        copies = [item_barcode(n) for n in (1, 2, 3)]
        for barcode in copies:
            s.add(
                Item(
                    barcode=barcode,
                    item_type_id=book,
                    bib_record_id=wonder.id,
                    call_number="FIC PAL",
                    price_cents=1299,
                )
            )
        s.add(Item(barcode=item_barcode(4), item_type_id=book, bib_record_id=hatchet.id))
        s.add(Item(barcode="CB-0042", item_type_id=chromebook))
        maya = Patron(
            barcode=patron_barcode(1),
            patron_type_id=student,
            first_name="Maya",
            last_name="Lopez",
            grade="4",
            homeroom="Room 12",
            homeroom_teacher="Ms. Rivera",
            sis_id="S1001",
        )
        leo = Patron(
            barcode=patron_barcode(2),
            patron_type_id=student,
            first_name="Leo",
            last_name="Chen",
            grade="5",
            homeroom="Room 14",
            homeroom_teacher="Mr. Okafor",
            sis_id="S1002",
        )
        s.add_all([maya, leo])
        s.flush()
        uow.commit()
        return DeskSchool(
            maya=maya.id,
            leo=leo.id,
            maya_card=maya.barcode,
            leo_card=leo.barcode,
            wonder=copies,
            hatchet=item_barcode(4),
            chromebook="CB-0042",
            bib_wonder=wonder.id,
        )


class DeskWindow(QWidget):
    """The desk plus another text box in the same window, where focus can wander."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.other_field = QLineEdit()
        self.other_field.setAccessibleName("Another field")
        self.desk = DeskSection(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(self.other_field)
        layout.addWidget(self.desk)


@pytest.fixture
def ui_context(app_context: AppContext) -> Iterator[UiContext]:
    ctx = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub(), staff_name="Ms. Hall")
    yield ctx
    ctx.tasks.wait_for_done()


@pytest.fixture
def window(qtbot: QtBot, ui_context: UiContext, school: DeskSchool) -> Iterator[DeskWindow]:
    win = DeskWindow(ui_context)
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow())
    # the first refresh of the empty desk
    qtbot.waitUntil(lambda: ui_context.tasks.pending() == 0)
    yield win
    ui_context.tasks.wait_for_done()


@pytest.fixture
def desk(window: DeskWindow) -> DeskSection:
    return window.desk


def _key_for(char: str) -> int:
    if char.isascii() and char.isalnum():
        return ord(char.upper())
    if char == " ":
        return int(Qt.Key.Key_Space)
    return int(Qt.Key.Key_unknown)


SCANNER_KEY_MS = 3  # a USB scanner types a key every few milliseconds


def type_like_a_scanner(
    target: QWidget, text: str, terminator: Qt.Key | None = Qt.Key.Key_Return
) -> None:
    """Send each character as a key press and release, a few milliseconds apart by the
    keys' own timestamps, as a USB keyboard-wedge scanner does (any character, control
    characters included), then the terminator key."""
    stamp = int(now_ms())
    keys = [(_key_for(char), char) for char in text]
    if terminator is not None:
        keys.append((int(terminator), "\r" if terminator == Qt.Key.Key_Return else "\t"))
    for key, char in keys:
        stamp += SCANNER_KEY_MS
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(stamp)
            QApplication.sendEvent(target, event)


def scan(qtbot: QtBot, target: QWidget, text: str, terminator: Qt.Key = Qt.Key.Key_Return) -> None:
    """Scan `text` into `target` (the focus widget) at scanner speed."""
    type_like_a_scanner(target, text, terminator)


def scan_and_wait(
    qtbot: QtBot, desk: DeskSection, text: str, target: QWidget | None = None
) -> DeskAnswer:
    with qtbot.waitSignal(desk.answered, timeout=10_000) as answered:
        scan(qtbot, target or desk.scan_field, text)
    answer = answered.args[0]
    assert isinstance(answer, DeskAnswer)
    return answer
