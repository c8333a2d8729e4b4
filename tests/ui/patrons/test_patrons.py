"""The librarian finds and edits patrons, with photos, notes and blocks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from lms_desktop.circulation.models import Patron
from lms_desktop.school.setup import patron_type_id
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.patrons.patron_model import PAGE_SIZE, PatronColumn
from lms_desktop.ui.patrons.patrons_screen import PatronsSection
from tests.ui.desk.conftest import DeskSchool


def test_finding_a_patron_by_name_homeroom_or_card(qtbot: QtBot, patrons: PatronsSection) -> None:
    with qtbot.waitSignal(patrons.listed) as listed:
        qtbot.keyClicks(patrons.search, "lopez")
    assert listed.args == [1]
    assert patrons.model.patron_at(0).display_name == "Maya Lopez"
    # the list names the patron type as the school does, not by its code
    assert patrons.model.index(0, PatronColumn.TYPE).data() == "Student"
    with qtbot.waitSignal(patrons.listed) as listed:
        patrons.search.setText("Room 14")
    assert patrons.model.patron_at(0).display_name == "Leo Chen"


def test_the_patron_list_reads_a_district_lazily(
    qtbot: QtBot, qtmodeltester, patrons: PatronsSection, ui_context: UiContext
) -> None:
    with ui_context.unit_of_work() as uow:
        student = patron_type_id(uow, "student")
        uow.session.execute(
            insert(Patron),
            [
                {
                    "barcode": f"P{n:06d}",
                    "patron_type_id": student,
                    "first_name": f"Kid{n}",
                    "last_name": f"Family{n:04d}",
                    "grade": str(n % 6),
                    "homeroom": f"Room {n % 20}",
                }
                for n in range(1500)
            ],
        )
        uow.commit()
    with qtbot.waitSignal(patrons.listed) as listed:
        patrons.reload()
    assert listed.args == [1502]
    qtmodeltester.check(patrons.model)
    # only the rows on screen (and the model tester's reads) were fetched, a page at a time
    assert patrons.model.cached() < 1502
    patrons.model.set_ids(patrons.model.ids())
    patrons.model.patron_at(1400)
    # the page on screen and the page around row 1400
    assert patrons.model.cached() <= 2 * PAGE_SIZE


def test_sorting_by_homeroom(qtbot: QtBot, patrons: PatronsSection) -> None:
    with qtbot.waitSignal(patrons.listed):
        patrons.table.sortByColumn(
            4, patrons.table.horizontalHeader().sortIndicatorOrder().DescendingOrder
        )
    assert [patrons.model.patron_at(r).homeroom for r in range(2)] == ["Room 14", "Room 12"]


def test_editing_a_patron_with_a_photo_notes_and_a_block(
    qtbot: QtBot, patrons: PatronsSection, school: DeskSchool, ui_context: UiContext, tmp_path: Path
) -> None:
    picture = QImage(800, 1000, QImage.Format.Format_RGB32)
    picture.fill(QColor("#3366aa"))
    photo_file = tmp_path / "maya.png"
    assert picture.save(str(photo_file))
    row = patrons.model.ids().index(school.maya)
    patrons.table.selectRow(row)

    dialog = patrons.edit_selected()
    assert dialog is not None and dialog.first_name.text() == "Maya"
    assert dialog.load_photo(photo_file)
    dialog.notes.setPlainText("Reads everything by Kate DiCamillo")
    dialog.block_reason.setText("Lost library book")
    dialog.homeroom.setText("Room 15")
    with qtbot.waitSignal(patrons.saved, timeout=10_000):
        dialog.accept()

    with ui_context.unit_of_work() as uow:
        maya = uow.session.get(Patron, school.maya)
        assert maya is not None
        assert maya.notes == "Reads everything by Kate DiCamillo"
        assert maya.block_reason == "Lost library book"
        assert maya.homeroom == "Room 15"
        assert maya.photo is not None and maya.photo[:2] == b"\xff\xd8"  # JPEG
        stored = QImage.fromData(maya.photo)
        assert stored.width() <= 240 and stored.height() <= 300
    qtbot.waitUntil(lambda: patrons.model.patron_at(row).homeroom == "Room 15")


def test_a_file_that_is_not_a_picture_is_refused(
    patrons: PatronsSection, school: DeskSchool, tmp_path: Path
) -> None:
    not_a_photo = tmp_path / "roster.png"
    not_a_photo.write_text("Student ID,Name\n")
    patrons.table.selectRow(0)
    dialog = patrons.edit_selected()
    assert dialog is not None
    assert not dialog.load_photo(not_a_photo)
    assert "not a picture" in dialog.message.text()
    assert dialog.photo is None and not dialog.photo_touched
    dialog.reject()


def test_a_new_patron_needs_a_card(qtbot: QtBot, patrons: PatronsSection) -> None:
    dialog = patrons.new_patron()
    dialog.first_name.setText("Ana")
    dialog.last_name.setText("Silva")
    dialog._check_and_accept()
    assert "barcode" in dialog.message.text() and dialog.isVisible()
    dialog.barcode.setText("P-NEW-1")
    with qtbot.waitSignal(patrons.saved, timeout=10_000) as saved:
        dialog._check_and_accept()
    assert saved.args[0].display_name == "Ana Silva"
    qtbot.waitUntil(lambda: patrons.model.rowCount() == 3)


def test_patron_edits_refused_by_the_rules_say_why(
    qtbot: QtBot, patrons: PatronsSection, school: DeskSchool
) -> None:
    patrons.table.selectRow(patrons.model.ids().index(school.leo))
    dialog = patrons.edit_selected()
    assert dialog is not None
    dialog.barcode.setText(school.maya_card)  # Maya's card
    dialog.accept()
    qtbot.waitUntil(lambda: bool(patrons.message.text()))
    assert "9b1c1c" in patrons.message.styleSheet()
    with patrons.ctx.unit_of_work() as uow:
        assert uow.session.scalar(select(Patron.barcode).where(Patron.id == school.leo)) != (
            school.maya_card
        )
