"""The subfields of the field chosen in the MARC editor, one per line with its MARC 21 name."""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum

import pymarc
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from lms_desktop.catalog.marc_definitions import marc_definitions
from lms_desktop.ui.catalog.marc_fields_model import (
    MarcFieldsModel,
    subfields_to_text,
    text_to_subfields,
)

ModelIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("SubfieldsModel", text)


class SubfieldColumn(IntEnum):
    CODE = 0
    NAME = 1
    VALUE = 2


HEADERS = {
    SubfieldColumn.CODE: QT_TRANSLATE_NOOP("SubfieldsModel", "Code"),
    SubfieldColumn.NAME: QT_TRANSLATE_NOOP("SubfieldsModel", "Name"),
    SubfieldColumn.VALUE: QT_TRANSLATE_NOOP("SubfieldsModel", "Value"),
}


class SubfieldsModel(QAbstractTableModel):
    """A view of one data field of a MarcFieldsModel; every edit goes through its undo stack."""

    def __init__(self, fields: MarcFieldsModel, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._fields = fields
        self._row = -1
        self._subfields: list[pymarc.Subfield] = []
        self._defs = marc_definitions()
        fields.dataChanged.connect(self._reload)
        fields.modelReset.connect(self._reload)
        fields.rowsRemoved.connect(self._rows_removed)
        fields.rowsInserted.connect(self._rows_inserted)
        fields.rowsMoved.connect(self._rows_moved)

    @property
    def field_row(self) -> int:
        return self._row

    def show_field(self, row: int) -> None:
        self.beginResetModel()
        self._row = row
        self._subfields = (
            text_to_subfields(self._fields.field_row(row).content)
            if self.is_editable_field()
            else []
        )
        self.endResetModel()

    def tag(self) -> str:
        if 0 <= self._row < self._fields.rowCount():
            return self._fields.field_row(self._row).tag
        return ""

    def is_editable_field(self) -> bool:
        return (
            0 <= self._row < self._fields.rowCount()
            and not self._fields.field_row(self._row).is_control
        )

    def _reload(self, *_args: object) -> None:
        if self.is_editable_field():
            subfields = text_to_subfields(self._fields.field_row(self._row).content)
        else:
            subfields = []
        if subfields == self._subfields:
            return
        if len(subfields) == len(self._subfields):
            # same rows, new text: no reset, so a cell being edited is not torn away
            self._subfields = subfields
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(subfields) - 1, len(SubfieldColumn) - 1)
            )
            return
        self.beginResetModel()
        self._subfields = subfields
        self.endResetModel()

    # the grid's rows move under us: follow the same field
    def _rows_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        if first <= self._row <= last:
            self._row = -1
        elif self._row > last:
            self._row -= last - first + 1
        self._reload()

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._row >= first:
            self._row += last - first + 1
        self._reload()

    def _rows_moved(
        self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int
    ) -> None:
        if self._row == start:
            self._row = row - 1 if row > start else row
        elif start < self._row < row:
            self._row -= 1
        elif row <= self._row < start:
            self._row += 1
        self._reload()

    # editing ---------------------------------------------------------------------------
    def _write(self, subfields: list[pymarc.Subfield]) -> None:
        field = self._fields.field_row(self._row)
        self._fields.set_field(self._row, replace(field, content=subfields_to_text(subfields)))

    def add_subfield(self, code: str = "a", value: str = "") -> None:
        if self.is_editable_field():
            self._write([*self._subfields, pymarc.Subfield(code, value)])

    def remove_subfield(self, row: int) -> None:
        if self.is_editable_field() and 0 <= row < len(self._subfields):
            self._write([sf for i, sf in enumerate(self._subfields) if i != row])

    # Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._subfields)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SubfieldColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[SubfieldColumn(section)])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if SubfieldColumn(index.column()) is SubfieldColumn.NAME:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._subfields):
            return None
        subfield = self._subfields[index.row()]
        column = SubfieldColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column is SubfieldColumn.CODE:
                return subfield.code
            if column is SubfieldColumn.VALUE:
                return subfield.value
            definition = self._defs.field(self.tag())
            found = definition.subfield(subfield.code) if definition else None
            if found is not None:
                return found.label
            return _tr("(not defined for this field)") if definition else ""
        return None

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.is_editable_field():
            return False
        column = SubfieldColumn(index.column())
        text = str(value)
        old = self._subfields[index.row()]
        if column is SubfieldColumn.CODE:
            code = text.strip()[:1]
            if not code or code == old.code:
                return False
            new = pymarc.Subfield(code, old.value)
        elif column is SubfieldColumn.VALUE:
            if text == old.value:
                return False
            new = pymarc.Subfield(old.code, text)
        else:
            return False
        subfields = list(self._subfields)
        subfields[index.row()] = new
        self._write(subfields)
        return True
