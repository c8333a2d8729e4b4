"""The MARC editor's grid: one row per field, edited through an undo stack, validated live."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum

import pymarc
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack

from lms_desktop.catalog.marc_definitions import marc_definitions
from lms_desktop.catalog.validation import Severity, ValidationIssue, validate_record
from lms_desktop.ui.domain_text import shown

BLANK_SHOWN = "#"
DOLLAR_ESCAPE = "{dollar}"  # MarcEdit's way of writing a literal $ inside subfield text
ERROR_BACKGROUND = QColor("#f8d7da")
WARNING_BACKGROUND = QColor("#fff3cd")

ModelIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("MarcFieldsModel", text)


class Column(IntEnum):
    TAG = 0
    NAME = 1
    IND1 = 2
    IND2 = 3
    CONTENT = 4


HEADERS = {
    Column.TAG: QT_TRANSLATE_NOOP("MarcFieldsModel", "Tag"),
    Column.NAME: QT_TRANSLATE_NOOP("MarcFieldsModel", "Field"),
    Column.IND1: QT_TRANSLATE_NOOP("MarcFieldsModel", "Ind 1"),
    Column.IND2: QT_TRANSLATE_NOOP("MarcFieldsModel", "Ind 2"),
    Column.CONTENT: QT_TRANSLATE_NOOP("MarcFieldsModel", "Subfields / data"),
}


@dataclass(frozen=True)
class FieldRow:
    """A field as the grid shows it: control fields keep `content` as their data, data
    fields as `$a…$b…` mnemonic text."""

    tag: str
    ind1: str = " "
    ind2: str = " "
    content: str = ""

    @property
    def is_control(self) -> bool:
        return self.tag < "010" and self.tag.isdigit()


def subfields_to_text(subfields: list[pymarc.Subfield]) -> str:
    return "".join(f"${sf.code}{sf.value.replace('$', DOLLAR_ESCAPE)}" for sf in subfields)


def text_to_subfields(text: str) -> list[pymarc.Subfield]:
    """`$aTitle /$cAuthor.` -> subfields; text before the first `$` goes into $a."""
    text = text.strip()
    if not text:
        return []
    if not text.startswith("$"):
        text = "$a" + text
    subfields = []
    for chunk in text.split("$")[1:]:
        if not chunk:
            continue
        value = chunk[1:].replace(DOLLAR_ESCAPE, "$")
        subfields.append(pymarc.Subfield(chunk[0], value))
    return subfields


def row_from_field(field: pymarc.Field) -> FieldRow:
    if field.is_control_field():
        return FieldRow(field.tag, content=field.data or "")
    return FieldRow(
        field.tag,
        field.indicator1 or " ",
        field.indicator2 or " ",
        subfields_to_text(field.subfields),
    )


def field_from_row(row: FieldRow) -> pymarc.Field:
    if row.is_control:
        return pymarc.Field(tag=row.tag, data=row.content)
    return pymarc.Field(
        tag=row.tag,
        indicators=pymarc.Indicators(row.ind1 or " ", row.ind2 or " "),
        subfields=text_to_subfields(row.content),
    )


def indicator_from_text(text: str) -> str:
    """What the user typed in an indicator cell -> the indicator ('#', '\\' or '' = blank)."""
    if text in ("", " ", BLANK_SHOWN, "\\"):
        return " "
    return text


class _SetRowCommand(QUndoCommand):
    def __init__(self, model: MarcFieldsModel, row: int, new: FieldRow, text: str) -> None:
        super().__init__(text)
        self._model, self._row = model, row
        self._old, self._new = model.field_row(row), new

    def redo(self) -> None:
        self._model._replace_row(self._row, self._new)

    def undo(self) -> None:
        self._model._replace_row(self._row, self._old)


class _InsertRowCommand(QUndoCommand):
    def __init__(self, model: MarcFieldsModel, row: int, field: FieldRow) -> None:
        super().__init__(_tr("add field {tag}").format(tag=field.tag))
        self._model, self._row, self._field = model, row, field

    def redo(self) -> None:
        self._model._insert_row(self._row, self._field)

    def undo(self) -> None:
        self._model._remove_row(self._row)


class _RemoveRowCommand(QUndoCommand):
    def __init__(self, model: MarcFieldsModel, row: int) -> None:
        self._field = model.field_row(row)
        super().__init__(_tr("remove field {tag}").format(tag=self._field.tag))
        self._model, self._row = model, row

    def redo(self) -> None:
        self._model._remove_row(self._row)

    def undo(self) -> None:
        self._model._insert_row(self._row, self._field)


class _MoveRowCommand(QUndoCommand):
    def __init__(self, model: MarcFieldsModel, row: int, to: int) -> None:
        super().__init__(_tr("move field {tag}").format(tag=model.field_row(row).tag))
        self._model, self._row, self._to = model, row, to

    def redo(self) -> None:
        self._model._move_row(self._row, self._to)

    def undo(self) -> None:
        self._model._move_row(self._to, self._row)


class _SetLeaderCommand(QUndoCommand):
    def __init__(self, model: MarcFieldsModel, new: str) -> None:
        super().__init__(_tr("change the leader"))
        self._model, self._old, self._new = model, model.leader, new

    def redo(self) -> None:
        self._model._apply_leader(self._new)

    def undo(self) -> None:
        self._model._apply_leader(self._old)


class MarcFieldsModel(QAbstractTableModel):
    """The fields of one record in order, with live validation and undo.

    Every change goes through `undo_stack`, so Ctrl+Z undoes edits, added, removed and
    moved fields and leader changes alike.

    Signals:
        leader_changed(str): the leader after a change (or its undo).
        validated(): `issues` were recomputed after a change.
    """

    leader_changed = Signal(str)
    validated = Signal()

    def __init__(self, record: pymarc.Record, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.undo_stack = QUndoStack(self)
        self._leader = str(record.leader)
        self._rows: list[FieldRow] = [row_from_field(field) for field in record.fields]
        self._defs = marc_definitions()
        self.issues: tuple[ValidationIssue, ...] = ()
        self._issues_by_row: dict[int, list[ValidationIssue]] = {}
        self._revalidate()

    # reading ----------------------------------------------------------------------------
    @property
    def leader(self) -> str:
        return self._leader

    def field_row(self, row: int) -> FieldRow:
        return self._rows[row]

    def field_rows(self) -> list[FieldRow]:
        return list(self._rows)

    def to_record(self) -> pymarc.Record:
        record = pymarc.Record(leader=pymarc.Leader(self._leader), force_utf8=True)
        for row in self._rows:
            record.add_field(field_from_row(row))
        return record

    def row_issues(self, row: int) -> list[ValidationIssue]:
        return list(self._issues_by_row.get(row, []))

    def record_issues(self) -> list[ValidationIssue]:
        return [issue for issue in self.issues if issue.field_index is None]

    def find_tag(self, tag: str) -> int:
        for index, row in enumerate(self._rows):
            if row.tag == tag:
                return index
        return -1

    # Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _tr(HEADERS[Column(section)])
        return str(section + 1)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = Column(index.column())
        row = self._rows[index.row()]
        if column is Column.NAME or (row.is_control and column in (Column.IND1, Column.IND2)):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            severity = self._cell_severity(index.row(), column)
            if severity is Severity.ERROR:
                return QBrush(ERROR_BACKGROUND)
            if severity is Severity.WARNING:
                return QBrush(WARNING_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.tag} {self._text(row, column, False)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.IND1, Column.IND2):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: FieldRow, column: Column, editing: bool) -> str:
        if column is Column.TAG:
            return row.tag
        if column is Column.NAME:
            return self._defs.label(row.tag)
        if column in (Column.IND1, Column.IND2):
            if row.is_control:
                return ""
            value = row.ind1 if column is Column.IND1 else row.ind2
            return BLANK_SHOWN if value == " " and not editing else value.replace(" ", "")
        return row.content

    def _tooltip(self, row_index: int, row: FieldRow, column: Column) -> str:
        lines = [shown(issue.message) for issue in self._cell_issues(row_index, column)]
        definition = self._defs.field(row.tag)
        if definition is not None and column in (Column.IND1, Column.IND2) and not row.is_control:
            position = 1 if column is Column.IND1 else 2
            indicator = definition.indicator(position)
            value = row.ind1 if position == 1 else row.ind2
            if indicator is not None:
                meaning = indicator.meaning(value) or _tr("not a defined value")
                lines.insert(0, f"{indicator.label}: {meaning}")
        elif definition is not None and column in (Column.TAG, Column.NAME, Column.CONTENT):
            repeat = _tr("repeatable") if definition.repeatable else _tr("not repeatable")
            lines.insert(0, f"{row.tag} {definition.label} ({repeat})")
        return "\n".join(lines)

    def _cell_issues(self, row: int, column: Column) -> list[ValidationIssue]:
        found = []
        for issue in self._issues_by_row.get(row, []):
            if issue.indicator == 1:
                hit = column is Column.IND1
            elif issue.indicator == 2:
                hit = column is Column.IND2
            elif issue.subfield_code is not None:
                hit = column is Column.CONTENT
            else:
                hit = column in (Column.TAG, Column.NAME)
            if hit:
                found.append(issue)
        return found

    def _cell_severity(self, row: int, column: Column) -> Severity | None:
        issues = self._cell_issues(row, column)
        if not issues:
            return None
        if any(issue.severity is Severity.ERROR for issue in issues):
            return Severity.ERROR
        return Severity.WARNING

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        text = str(value)
        row = self._rows[index.row()]
        column = Column(index.column())
        if column is Column.TAG:
            new = replace(row, tag=text.strip())
            if new.is_control != row.is_control:
                # a control field turning into a data field (or back) keeps its text
                content = new.content
                if not new.is_control:
                    content = "$a" + row.content if not row.content.startswith("$") else content
                else:
                    content = "".join(sf.value for sf in text_to_subfields(row.content))
                new = replace(new, ind1=" ", ind2=" ", content=content)
        elif column is Column.IND1:
            new = replace(row, ind1=indicator_from_text(text))
        elif column is Column.IND2:
            new = replace(row, ind2=indicator_from_text(text))
        else:
            new = replace(row, content=text if row.is_control else text.strip())
        if new == row:
            return False
        label = _tr("edit field {tag}").format(tag=row.tag)
        self.undo_stack.push(_SetRowCommand(self, index.row(), new, label))
        return True

    # editing (all undoable) -------------------------------------------------------------
    def insert_field(self, row: int, field: FieldRow) -> None:
        self.undo_stack.push(_InsertRowCommand(self, max(0, min(row, len(self._rows))), field))

    def remove_field(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.undo_stack.push(_RemoveRowCommand(self, row))

    def move_field(self, row: int, to: int) -> bool:
        if not (0 <= row < len(self._rows) and 0 <= to < len(self._rows)) or row == to:
            return False
        self.undo_stack.push(_MoveRowCommand(self, row, to))
        return True

    def set_field(self, row: int, field: FieldRow) -> None:
        if self._rows[row] != field:
            label = _tr("edit field {tag}").format(tag=field.tag)
            self.undo_stack.push(_SetRowCommand(self, row, field, label))

    def set_leader(self, leader: str) -> None:
        if leader != self._leader:
            self.undo_stack.push(_SetLeaderCommand(self, leader))

    def sort_by_tag(self) -> None:
        """Put the fields in tag order (stable), as one undoable step."""
        order = sorted(range(len(self._rows)), key=lambda i: self._rows[i].tag)
        if order == list(range(len(self._rows))):
            return
        self.undo_stack.beginMacro(_tr("sort fields by tag"))
        current = list(range(len(self._rows)))
        for target, original in enumerate(order):
            source = current.index(original)
            if source != target:
                self.move_field(source, target)
                current.insert(target, current.pop(source))
        self.undo_stack.endMacro()

    # applied by the commands ------------------------------------------------------------
    def _replace_row(self, row: int, field: FieldRow) -> None:
        self._rows[row] = field
        self._revalidate()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def _insert_row(self, row: int, field: FieldRow) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, field)
        self.endInsertRows()
        self._revalidate()

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._revalidate()

    def _move_row(self, row: int, to: int) -> None:
        destination = to + 1 if to > row else to
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(to, self._rows.pop(row))
        self.endMoveRows()
        self._revalidate()

    def _apply_leader(self, leader: str) -> None:
        self._leader = leader
        self._revalidate()
        self.leader_changed.emit(leader)

    def _revalidate(self) -> None:
        old_rows = set(self._issues_by_row)
        self.issues = validate_record(self.to_record(), self._defs)
        self._issues_by_row = {}
        for issue in self.issues:
            if issue.field_index is not None:
                self._issues_by_row.setdefault(issue.field_index, []).append(issue)
        changed = old_rows | set(self._issues_by_row)
        if changed and self._rows:
            last = len(self._rows) - 1
            top = min(min(changed), last)
            bottom = min(max(changed), last)
            self.dataChanged.emit(
                self.index(top, 0),
                self.index(bottom, len(Column) - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole],
            )
        self.validated.emit()
