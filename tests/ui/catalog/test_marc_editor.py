"""The MARC editor: the cataloguer fixes a record by field, indicator and position, and undoes."""

from __future__ import annotations

import pymarc
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from lms_desktop.catalog.records import get_record
from lms_desktop.catalog.validation import IssueKind, Severity
from lms_desktop.ui.catalog.marc_editor import MarcEditor, MarcEditorDialog
from lms_desktop.ui.catalog.marc_fields_model import (
    Column,
    FieldRow,
    MarcFieldsModel,
    text_to_subfields,
)
from lms_desktop.ui.catalog.subfields_model import SubfieldColumn
from lms_desktop.ui.context import UiContext
from tests.ui.catalog.conftest import ShelfBooks

LEADER = "00000nam a2200000 a 4500"


def _record() -> pymarc.Record:
    record = pymarc.Record(leader=LEADER, force_utf8=True)
    record.add_field(pymarc.Field(tag="001", data="ocm123"))
    record.add_field(pymarc.Field(tag="008", data="260101s2024    nyu           000 1 eng d"))
    record.add_field(
        pymarc.Field(
            tag="100",
            indicators=pymarc.Indicators("1", " "),
            subfields=[pymarc.Subfield("a", "Salinger, J. D.")],
        )
    )
    record.add_field(
        pymarc.Field(
            tag="245",
            indicators=pymarc.Indicators("1", "4"),
            subfields=[
                pymarc.Subfield("a", "The catcher in the rye /"),
                pymarc.Subfield("c", "J.D. Salinger."),
            ],
        )
    )
    return record


@pytest.fixture
def editor(qtbot: QtBot) -> MarcEditor:
    widget = MarcEditor(_record())
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_fields_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = MarcFieldsModel(_record())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.insert_field(1, FieldRow("500", content="$aA note."))
    model.move_field(1, 3)
    model.remove_field(0)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_grid_names_every_field_from_the_marc_21_definitions(editor: MarcEditor) -> None:
    model = editor.model
    names = [model.index(row, Column.NAME).data() for row in range(model.rowCount())]
    assert names == [
        "Control Number",
        "Fixed-Length Data Elements",
        "Main Entry-Personal Name",
        "Title Statement",
    ]
    assert model.index(3, Column.IND1).data() == "1"
    assert model.index(2, Column.IND2).data() == "#"  # a blank indicator
    assert model.index(3, Column.CONTENT).data() == "$aThe catcher in the rye /$cJ.D. Salinger."
    tooltip = model.index(3, Column.IND2).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Nonfiling characters: Number of nonfiling characters")


def test_a_bad_indicator_typed_in_the_grid_is_marked_and_undone(
    editor: MarcEditor, qtbot: QtBot
) -> None:
    model = editor.model
    index = model.index(2, Column.IND1)  # 100 ind1: 0, 1 or 3
    editor.grid.setCurrentIndex(index)
    editor.grid.edit(index)
    cell = editor.grid.viewport().findChild(QLineEdit)
    assert cell is not None and cell.text() == "1"
    cell.selectAll()
    qtbot.keyClicks(cell, "7")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.field_row(2).ind1 == "7")  # the view commits queued
    issues = model.row_issues(2)
    assert [(i.kind, i.indicator) for i in issues] == [(IssueKind.BAD_INDICATOR, 1)]
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "cannot be '7'" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert editor.problems.count() == 1
    assert "Field 3 (100)" in editor.problems.item(0).text()

    editor.undo_action.trigger()
    assert model.field_row(2).ind1 == "1"
    assert model.issues == ()
    assert editor.problems.count() == 0
    assert editor.problems_label.text() == "No problems found."


def test_adding_moving_and_removing_fields_all_undo(editor: MarcEditor) -> None:
    model = editor.model
    editor.grid.selectRow(3)
    editor.add_action.trigger()  # a 500 note after the title, ready to edit
    assert model.field_row(4).tag == "500"
    model.setData(model.index(4, Column.CONTENT), "$aIncludes index.")
    editor.grid.selectRow(4)
    editor.up_action.trigger()
    assert [row.tag for row in model.field_rows()] == ["001", "008", "100", "500", "245"]
    editor.remove_action.trigger()  # the selection followed the moved field
    assert [row.tag for row in model.field_rows()] == ["001", "008", "100", "245"]
    for _ in range(4):
        editor.undo_action.trigger()
    assert [row.tag for row in model.field_rows()] == ["001", "008", "100", "245"]
    assert editor.undo_stack.index() == 0
    editor.redo_action.trigger()
    editor.redo_action.trigger()
    assert model.field_row(4).content == "$aIncludes index."


def test_removing_the_title_and_repeating_it_are_errors_in_the_problem_list(
    editor: MarcEditor, qtbot: QtBot
) -> None:
    model = editor.model
    model.insert_field(4, FieldRow("245", "1", "0", "$aAnother title"))
    assert [i.kind for i in model.issues] == [IssueKind.REPEATED_FIELD]
    item = editor.problems.item(0)
    rect = editor.problems.visualItemRect(item)
    qtbot.mouseClick(editor.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.current_row() == 4  # clicking a problem goes to its field
    model.remove_field(4)
    model.remove_field(3)
    assert [(i.kind, i.severity) for i in model.issues] == [
        (IssueKind.MISSING_TITLE, Severity.ERROR)
    ]
    assert "Record:" in editor.problems.item(0).text()


def test_leader_positions_are_labelled_and_change_the_008_layout(
    editor: MarcEditor, qtbot: QtBot
) -> None:
    type_of_record = editor.leader_form.editors[6]
    assert "Type of record" in type_of_record.accessibleName()
    assert editor.positions_tabs.tabText(1) == "008 (Books)"
    type_of_record.selectAll()
    qtbot.keyClicks(type_of_record, "j")  # a musical sound recording
    assert editor.model.leader[6] == "j"
    assert editor.positions_tabs.tabText(1) == "008 (Music)"
    assert any(
        "Form of composition" in e.accessibleName() for e in editor.fixed_form.editors.values()
    )
    editor.undo_action.trigger()
    assert editor.model.leader == LEADER
    assert type_of_record.text() == "a"


def test_typing_in_an_008_position_changes_the_008_field(editor: MarcEditor, qtbot: QtBot) -> None:
    audience = editor.fixed_form.editors[22]
    assert "Target audience" in audience.accessibleName()
    audience.selectAll()
    qtbot.keyClicks(audience, "j")  # juvenile
    fixed = editor.model.field_row(1).content
    assert len(fixed) == 40 and fixed[22] == "j"
    assert editor.record()["008"].data[22] == "j"


def test_text_with_dollar_signs_survives_the_grid() -> None:
    subfields = text_to_subfields("$aPrice {dollar}5 /$cBy me")
    assert subfields == [pymarc.Subfield("a", "Price $5 /"), pymarc.Subfield("c", "By me")]
    assert text_to_subfields("No code given") == [pymarc.Subfield("a", "No code given")]


def test_the_dialog_saves_the_edited_record(
    ui_ctx: UiContext, shelf: ShelfBooks, qtbot: QtBot
) -> None:
    dialog = MarcEditorDialog(ui_ctx, shelf.hobbit)
    qtbot.addWidget(dialog)
    model = dialog.editor.model
    title_row = model.find_tag("245")
    model.setData(model.index(title_row, Column.CONTENT), "$aThe hobbit, or, There and back again.")
    with qtbot.waitSignal(dialog.saved) as saved, qtbot.waitSignal(ui_ctx.hub.data_changed):
        dialog.save()
    assert saved.args == [shelf.hobbit]
    with ui_ctx.unit_of_work() as uow:
        assert get_record(uow, shelf.hobbit).title == "The hobbit, or, There and back again"


def test_a_record_with_errors_is_saved_only_if_the_cataloguer_agrees(
    ui_ctx: UiContext, shelf: ShelfBooks, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = MarcEditorDialog(ui_ctx, shelf.wonder)
    qtbot.addWidget(dialog)
    model = dialog.editor.model
    model.setData(model.index(model.find_tag("245"), Column.IND1), "5")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    assert dialog.save() is False
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert dialog.save() is True
    with ui_ctx.unit_of_work() as uow:
        assert get_record(uow, shelf.wonder).to_pymarc()["245"].indicator1 == "5"


def test_the_tag_cell_completes_from_marc_21_and_indicators_take_one_character(
    editor: MarcEditor, qtbot: QtBot
) -> None:
    model = editor.model
    editor.grid.selectRow(3)
    editor.add_action.trigger()  # the new field's tag cell opens for editing
    cell = editor.grid.viewport().findChild(QLineEdit)
    assert cell is not None and cell.maxLength() == 3
    completer = cell.completer()
    completer.setCompletionPrefix("65")
    offered = [
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionCount())
    ]
    assert "650  Subject Added Entry-Topical Term" in offered
    cell.setText("650")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.field_row(4).tag == "650")
    assert model.index(4, Column.NAME).data() == "Subject Added Entry-Topical Term"

    editor.grid.edit(model.index(4, Column.IND2))
    indicator = next(
        w for w in editor.grid.viewport().findChildren(QLineEdit) if w.maxLength() == 1
    )
    assert indicator.accessibleName() == "Ind 2"


def test_cancel_asks_before_throwing_changes_away(
    ui_ctx: UiContext, shelf: ShelfBooks, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = MarcEditorDialog(ui_ctx, shelf.hobbit)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[str] = []

    def answer(_parent: object, title: str, _text: str) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.editor.remove_action.trigger()
    dialog.reject()
    assert asked == ["Discard changes?"] and dialog.isVisible()
    dialog.editor.undo_action.trigger()  # back to the saved state: nothing to lose
    dialog.reject()
    assert asked == ["Discard changes?"] and not dialog.isVisible()


def test_the_subfields_of_the_chosen_field_are_named_and_editable(
    editor: MarcEditor, qtbot: QtBot, qtmodeltester: object
) -> None:
    editor.grid.selectRow(3)  # 245
    subfields = editor.subfields_model
    qtmodeltester.check(subfields)  # type: ignore[attr-defined]
    assert editor.positions_tabs.tabText(2) == "Subfields of 245"
    assert editor.positions_tabs.currentIndex() == 2
    rows = [
        tuple(subfields.index(r, c).data() for c in SubfieldColumn)
        for r in range(subfields.rowCount())
    ]
    assert rows == [
        ("a", "Title", "The catcher in the rye /"),
        ("c", "Statement of responsibility, etc.", "J.D. Salinger."),
    ]
    subfields.setData(subfields.index(1, SubfieldColumn.VALUE), "by J.D. Salinger, $4.95")
    assert editor.model.field_row(3).content == (
        "$aThe catcher in the rye /$cby J.D. Salinger, {dollar}4.95"
    )
    editor.add_subfield_button.click()
    cell = editor.subfields.viewport().findChild(QLineEdit)
    assert cell is not None
    cell.setText("q")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.model.field_row(3).content.endswith("$q"))
    assert subfields.index(2, SubfieldColumn.NAME).data() == "(not defined for this field)"
    assert [i.kind for i in editor.model.row_issues(3)] == [IssueKind.UNKNOWN_SUBFIELD]
    editor.subfields.selectRow(2)
    editor.remove_subfield_button.click()
    assert editor.model.issues == ()
    for _ in range(4):  # remove, code, add, value: each its own step
        editor.undo_action.trigger()
    assert editor.model.field_row(3).content == "$aThe catcher in the rye /$cJ.D. Salinger."
    assert subfields.index(1, SubfieldColumn.VALUE).data() == "J.D. Salinger."


def test_the_subfields_follow_their_field_when_fields_move(editor: MarcEditor) -> None:
    editor.grid.selectRow(2)  # 100
    assert editor.subfields_model.tag() == "100"
    editor.model.move_field(3, 0)  # 245 to the top: the 100 is now the fourth field
    assert editor.subfields_model.field_row == 3
    assert editor.subfields_model.tag() == "100"
    editor.grid.selectRow(1)  # 001: a control field has no subfields
    assert editor.subfields_model.rowCount() == 0
    assert not editor.add_subfield_button.isEnabled()
