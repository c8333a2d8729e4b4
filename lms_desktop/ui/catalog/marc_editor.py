"""The MARC editor: leader and 008 by labelled position, a field grid, inline checks, undo."""

from __future__ import annotations

import pymarc
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFontDatabase,
    QKeySequence,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.catalog.marc_definitions import PositionDefinition, marc_definitions
from lms_desktop.catalog.records import add_record, get_record, replace_record
from lms_desktop.catalog.validation import Severity, ValidationIssue, has_errors
from lms_desktop.errors import DomainError
from lms_desktop.ui.catalog.marc_fields_model import (
    Column,
    FieldRow,
    MarcFieldsModel,
    field_from_row,
)
from lms_desktop.ui.catalog.subfields_model import SubfieldColumn, SubfieldsModel
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text, shown
from lms_desktop.ui.theme import readable_colour

FIXED_008_LENGTH = 40
EMPTY_008 = " " * FIXED_008_LENGTH
TAG_ROLE = Qt.ItemDataRole.UserRole + 1
LEADER_TAB, FIXED_FIELD_TAB, SUBFIELDS_TAB = 0, 1, 2


class PositionsForm(QWidget):
    """Labelled boxes for the character positions of the leader or of 008.

    Signals:
        value_edited(str): the whole string after the user changed one position.
    """

    value_edited = Signal(str)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._what = what
        self._length = 0
        self._value = ""
        self._positions: tuple[PositionDefinition, ...] = ()
        self.editors: dict[int, QLineEdit] = {}
        self._meanings: dict[int, QLabel] = {}
        # one palette and font for every box: a style sheet per label costs more than the form
        self._fixed_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._meaning_palette = QPalette(self.palette())
        muted = readable_colour("#555555")  # the palette's own text in high contrast
        if muted is not None:
            self._meaning_palette.setColor(QPalette.ColorRole.WindowText, muted)
        self._layout = QGridLayout(self)
        self._layout.setVerticalSpacing(4)
        self._layout.setColumnStretch(0, 3)
        self._layout.setColumnStretch(2, 2)

    def set_positions(self, positions: tuple[PositionDefinition, ...], length: int) -> None:
        if positions == self._positions:
            return
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.editors.clear()
        self._meanings.clear()
        self._positions = positions
        self._length = length
        for row, position in enumerate(positions):
            span = (
                f"{position.start:02d}"
                if position.length == 1
                else f"{position.start:02d}-{position.end:02d}"
            )
            editor = QLineEdit()
            editor.setMaxLength(position.length)
            editor.setFixedWidth(24 + 11 * position.length)
            editor.setFont(self._fixed_font)
            editor.setAccessibleName(
                self.tr("{what} position {span}: {label}").format(
                    what=self._what, span=span, label=position.label
                )
            )
            if position.codes:
                editor.setToolTip(
                    "\n".join(
                        f"{'#' if code == ' ' else code} = {meaning}"
                        for code, meaning in position.codes.items()
                    )
                )
            editor.textEdited.connect(lambda text, p=position: self._edited(p, text))
            meaning = QLabel()
            meaning.setPalette(self._meaning_palette)
            meaning.setWordWrap(True)
            meaning.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label = QLabel(f"<b>{span}</b> {position.label}")
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setBuddy(editor)
            self._layout.addWidget(label, row, 0)
            self._layout.addWidget(editor, row, 1, Qt.AlignmentFlag.AlignLeft)
            self._layout.addWidget(meaning, row, 2)
            self.editors[position.start] = editor
            self._meanings[position.start] = meaning
        self._layout.setRowStretch(self._layout.rowCount(), 1)
        self.set_value(self._value, force=True)

    def set_value(self, value: str, *, force: bool = False) -> None:
        value = value.ljust(self._length)[: self._length] if self._length else value
        if value == self._value and not force:
            return
        self._value = value
        for position in self._positions:
            part = value[position.start : position.end + 1]
            editor = self.editors[position.start]
            if editor.text() != part.replace(" ", "#") and not editor.hasFocus():
                editor.setText(part.replace(" ", "#"))
            meaning = position.meaning(part)
            self._meanings[position.start].setText(meaning or "")

    def value(self) -> str:
        return self._value

    def _edited(self, position: PositionDefinition, text: str) -> None:
        part = text.replace("#", " ").ljust(position.length)[: position.length]
        value = self._value.ljust(self._length)
        new = value[: position.start] + part + value[position.end + 1 :]
        self._meanings[position.start].setText(position.meaning(part) or "")
        if new != self._value:
            self._value = new
            self.value_edited.emit(new)


class FieldCellDelegate(QStyledItemDelegate):
    """Cell editors that help: tags complete from MARC 21 with their names shown,
    indicators take exactly one character."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        defs = marc_definitions()
        self._tags = QStandardItemModel(self)
        for tag in defs.tags():
            item = QStandardItem(f"{tag}  {defs.label(tag)}")
            # QStandardItem keeps EditRole and DisplayRole together: the tag gets its own role
            item.setData(tag, TAG_ROLE)
            self._tags.appendRow(item)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            column = Column(index.column())
            if column is Column.TAG:
                editor.setMaxLength(3)
                completer = QCompleter(self._tags, editor)
                completer.setCompletionRole(TAG_ROLE)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                editor.setCompleter(completer)
            elif column in (Column.IND1, Column.IND2):
                editor.setMaxLength(1)
            editor.setAccessibleName(
                str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
            )
        return editor


class MarcEditor(QWidget):
    """Edits one MARC record; `record()` gives the edited record.

    Signals:
        record_changed(): the record was changed (or a change undone).
    """

    record_changed = Signal()

    def __init__(self, record: pymarc.Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._defs = marc_definitions()
        self.model = MarcFieldsModel(record, self)
        self.undo_stack = self.model.undo_stack

        self.grid = QTableView()
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(FieldCellDelegate(self.grid))
        self.grid.setAccessibleName(self.tr("MARC fields"))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setAlternatingRowColors(True)
        self.grid.setWordWrap(True)
        self.grid.verticalHeader().setDefaultSectionSize(24)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(Column.TAG, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.IND1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.IND2, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.CONTENT, QHeaderView.ResizeMode.Stretch)
        self.grid.setColumnWidth(Column.TAG, 48)
        self.grid.setColumnWidth(Column.IND1, 48)
        self.grid.setColumnWidth(Column.IND2, 48)
        self.grid.setColumnWidth(Column.NAME, 200)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

        self.leader_form = PositionsForm(self.tr("Leader"))
        self.leader_form.set_positions(self._defs.leader_positions, 24)
        self.leader_form.set_value(self.model.leader)
        self.leader_form.value_edited.connect(self.model.set_leader)
        self.fixed_form = PositionsForm("008")
        self.fixed_form.value_edited.connect(self._fixed_field_edited)

        self.positions_tabs = QTabWidget()
        self.positions_tabs.setAccessibleName(self.tr("Leader, 008 and subfields"))
        self.positions_tabs.addTab(self._scrolling(self.leader_form), self.tr("Leader"))
        self.positions_tabs.addTab(self._scrolling(self.fixed_form), "008")

        self.subfields_model = SubfieldsModel(self.model, self)
        self.subfields = QTableView()
        self.subfields.setModel(self.subfields_model)
        self.subfields.setAccessibleName(self.tr("Subfields of the chosen field"))
        self.subfields.verticalHeader().hide()
        self.subfields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subfields.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.subfields.setWordWrap(True)
        sub_header = self.subfields.horizontalHeader()
        sub_header.setSectionResizeMode(SubfieldColumn.CODE, QHeaderView.ResizeMode.Fixed)
        sub_header.setSectionResizeMode(SubfieldColumn.NAME, QHeaderView.ResizeMode.Interactive)
        sub_header.setSectionResizeMode(SubfieldColumn.VALUE, QHeaderView.ResizeMode.Stretch)
        self.subfields.setColumnWidth(SubfieldColumn.CODE, 48)
        self.subfields.setColumnWidth(SubfieldColumn.NAME, 170)
        self.add_subfield_button = QPushButton(self.tr("Add subfield"))
        self.add_subfield_button.setAccessibleName(self.tr("Add subfield"))
        self.add_subfield_button.clicked.connect(self.add_subfield)
        self.remove_subfield_button = QPushButton(self.tr("Remove subfield"))
        self.remove_subfield_button.setAccessibleName(self.tr("Remove subfield"))
        self.remove_subfield_button.clicked.connect(self.remove_subfield)
        for button in (self.add_subfield_button, self.remove_subfield_button):
            button.setAutoDefault(False)
        subfields_page = QWidget()
        subfields_layout = QVBoxLayout(subfields_page)
        subfields_layout.addWidget(self.subfields, 1)
        subfield_buttons = QHBoxLayout()
        subfield_buttons.addWidget(self.add_subfield_button)
        subfield_buttons.addWidget(self.remove_subfield_button)
        subfield_buttons.addStretch(1)
        subfields_layout.addLayout(subfield_buttons)
        self.positions_tabs.addTab(subfields_page, self.tr("Subfields"))

        self.help = QTextBrowser()
        self.help.setAccessibleName(self.tr("Field help"))
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems in this record"))
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        self.problems_label = QLabel()

        self.toolbar = QToolBar()
        self.toolbar.setAccessibleName(self.tr("Editor tools"))
        self.add_action = self._action(self.tr("Add field"), "Ctrl+Shift+N", self.add_field)
        self.remove_action = self._action(self.tr("Remove field"), "Ctrl+Del", self.remove_field)
        self.up_action = self._action(self.tr("Move up"), "Ctrl+Up", lambda: self.move_field(-1))
        self.down_action = self._action(
            self.tr("Move down"), "Ctrl+Down", lambda: self.move_field(1)
        )
        self.sort_action = self._action(self.tr("Sort by tag"), None, self.model.sort_by_tag)
        self.toolbar.addSeparator()
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            self.toolbar.addAction(action)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.toolbar)
        left_layout.addWidget(self.grid, 1)
        left_layout.addWidget(self.problems_label)
        left_layout.addWidget(self.problems)
        self.problems.setMaximumHeight(110)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.positions_tabs)
        right.addWidget(self.help)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([580, 420])  # in proportion: the positions need room to read
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.model.validated.connect(self._show_problems)
        self.model.leader_changed.connect(self._leader_changed)
        self.model.dataChanged.connect(self._fields_changed)
        self.model.rowsInserted.connect(self._fields_changed)
        self.model.rowsRemoved.connect(self._fields_changed)
        self.model.rowsMoved.connect(self._fields_changed)
        self.undo_stack.indexChanged.connect(self._undo_index_changed)
        self.grid.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self._leader_changed(self.model.leader)
        self._show_problems()
        if self.model.rowCount():
            self.grid.selectRow(0)

    def _action(self, text: str, shortcut: str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({shortcut})")
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def _undo_index_changed(self, _index: int) -> None:
        self.record_changed.emit()

    @staticmethod
    def _scrolling(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(widget)
        return area

    # the record -------------------------------------------------------------------------
    def record(self) -> pymarc.Record:
        return self.model.to_record()

    def issues(self) -> tuple[ValidationIssue, ...]:
        return self.model.issues

    def current_row(self) -> int:
        index = self.grid.currentIndex()
        return index.row() if index.isValid() else -1

    # actions ----------------------------------------------------------------------------
    def add_field(self, tag: str = "500", content: str = "$a") -> int:
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        field = FieldRow(tag, content="" if tag < "010" else content)
        self.model.insert_field(row, field)
        index = self.model.index(row, Column.TAG)
        self.grid.setCurrentIndex(index)
        self.grid.edit(index)
        return row

    def remove_field(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.remove_field(row)
            if self.model.rowCount():
                self.grid.selectRow(min(row, self.model.rowCount() - 1))

    def move_field(self, step: int) -> None:
        row = self.current_row()
        if self.model.move_field(row, row + step):
            self.grid.selectRow(row + step)

    # keeping the panels in step ---------------------------------------------------------
    def _leader_changed(self, leader: str) -> None:
        self.leader_form.set_value(leader)
        self.fixed_form.set_positions(self._defs.fixed_field_positions(leader), FIXED_008_LENGTH)
        self.positions_tabs.setTabText(
            1, self.tr("008 ({material})").format(material=self._defs.material_name(leader))
        )
        self._fields_changed()

    def _fields_changed(self, *_args: object) -> None:
        row = self.model.find_tag("008")
        value = self.model.field_row(row).content if row >= 0 else EMPTY_008
        self.fixed_form.set_value(value)

    def _fixed_field_edited(self, value: str) -> None:
        row = self.model.find_tag("008")
        if row < 0:
            insert_at = 0
            while insert_at < self.model.rowCount() and self.model.field_row(insert_at).tag < "008":
                insert_at += 1
            self.model.insert_field(insert_at, FieldRow("008", content=value))
        else:
            self.model.set_field(row, FieldRow("008", content=value))

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row() if current.isValid() else -1
        self.help.setHtml(self._help_html(row) if row >= 0 else "")
        self.subfields_model.show_field(row)
        self._update_subfield_tab()
        if row >= 0:
            tag = self.model.field_row(row).tag
            if tag == "008":
                self.positions_tabs.setCurrentIndex(FIXED_FIELD_TAB)
            elif self.subfields_model.is_editable_field():
                self.positions_tabs.setCurrentIndex(SUBFIELDS_TAB)

    def _update_subfield_tab(self) -> None:
        editable = self.subfields_model.is_editable_field()
        tag = self.subfields_model.tag()
        self.positions_tabs.setTabText(
            SUBFIELDS_TAB,
            self.tr("Subfields of {tag}").format(tag=tag) if editable else self.tr("Subfields"),
        )
        self.add_subfield_button.setEnabled(editable)
        self.remove_subfield_button.setEnabled(editable)

    def add_subfield(self) -> None:
        self.subfields_model.add_subfield()
        last = self.subfields_model.rowCount() - 1
        if last >= 0:
            index = self.subfields_model.index(last, SubfieldColumn.CODE)
            self.subfields.setCurrentIndex(index)
            self.subfields.edit(index)

    def remove_subfield(self) -> None:
        index = self.subfields.currentIndex()
        if index.isValid():
            self.subfields_model.remove_subfield(index.row())

    def _help_html(self, row: int) -> str:
        if not 0 <= row < self.model.rowCount():
            return ""
        tag = self.model.field_row(row).tag
        definition = self._defs.field(tag)
        if definition is None:
            return self.tr("<b>{tag}</b>: {label}").format(
                tag=tag, label=self._defs.label(tag) or self.tr("not defined in MARC 21")
            )
        repeat = self.tr("repeatable") if definition.repeatable else self.tr("not repeatable")
        parts = [f"<b>{tag} {definition.label}</b> ({repeat})"]
        for position, indicator in ((1, definition.indicator1), (2, definition.indicator2)):
            if indicator is None or indicator.is_undefined:
                continue
            codes = ", ".join(
                f"{'#' if c == ' ' else c} {meaning}" for c, meaning in indicator.codes.items()
            )
            parts.append(
                self.tr("Indicator {n} — {label}: {codes}").format(
                    n=position, label=indicator.label, codes=codes
                )
            )
        if definition.subfields:
            codes = "; ".join(
                f"${code} {sub.label}" + ("" if sub.repeatable else " (NR)")
                for code, sub in definition.subfields.items()
            )
            parts.append(self.tr("Subfields: {codes}").format(codes=codes))
        return "<br>".join(parts)

    def _show_problems(self) -> None:
        self.problems.clear()
        errors = sum(1 for i in self.model.issues if i.severity is Severity.ERROR)
        warnings = len(self.model.issues) - errors
        if not self.model.issues:
            self.problems_label.setText(self.tr("No problems found."))
        else:
            self.problems_label.setText(
                self.tr("Problems — errors: {errors}, warnings: {warnings}").format(
                    errors=errors, warnings=warnings
                )
            )
        style = self.style()
        for issue in self.model.issues:
            where = (
                self.tr("Field {n} ({tag})").format(n=issue.field_index + 1, tag=issue.tag)
                if issue.field_index is not None
                else self.tr("Record")
            )
            icon = style.standardIcon(
                style.StandardPixmap.SP_MessageBoxCritical
                if issue.severity is Severity.ERROR
                else style.StandardPixmap.SP_MessageBoxWarning
            )
            item = QListWidgetItem(icon, f"{where}: {shown(issue.message)}")
            item.setData(Qt.ItemDataRole.UserRole, issue.field_index)
            self.problems.addItem(item)

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(row, int) and 0 <= row < self.model.rowCount():
            self.grid.selectRow(row)
            self.grid.setFocus()


class MarcEditorDialog(QDialog):
    """Opens a stored title (or a new record) in the editor and saves it back.

    Signals:
        saved(int): the id of the title that was saved.
    """

    saved = Signal(int)

    def __init__(
        self,
        ctx: UiContext,
        record_id: int | None = None,
        record: pymarc.Record | None = None,
        source: str = "MARC editor",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self._source = source
        if record is None and record_id is not None:
            with ctx.unit_of_work() as uow:
                view = get_record(uow, record_id)
            record = view.to_pymarc()
            title = view.title
        else:
            record = record or new_book_record()
            title = self.tr("New title")
        self.setWindowTitle(self.tr("MARC editor — {title}").format(title=title))
        self.editor = MarcEditor(record, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(
            self.tr("Save record")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self.resize(1200, 760)

    def save(self, *, confirm: bool = True) -> bool:
        """Write the record; with errors the user is asked first (vendor records often have
        old indicators that should not block the save)."""
        if confirm and has_errors(self.editor.issues()):
            answer = QMessageBox.question(
                self,
                self.tr("Save with problems?"),
                self.tr(
                    "This record has problems marked in red. Save it anyway? "
                    "You can fix them later."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        record = self.editor.record()
        try:
            with self.ctx.unit_of_work() as uow:
                if self.record_id is None:
                    self.record_id = add_record(uow, record, self._source)
                else:
                    replace_record(uow, self.record_id, record)
                uow.commit()
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return False
        self.ctx.hub.data_changed.emit("catalog")
        self.ctx.hub.status_message.emit(self.tr("Record saved."))
        self.editor.undo_stack.setClean()
        self.saved.emit(self.record_id)
        self.accept()
        return True

    def reject(self) -> None:
        """Cancel asks before throwing changes away."""
        if not self.editor.undo_stack.isClean():
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr("You changed this record. Close without saving the changes?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


def new_book_record() -> pymarc.Record:
    """A blank book record to start from: leader, 008 and an empty 245."""
    record = pymarc.Record(leader="00000nam a2200000 a 4500", force_utf8=True)
    record.add_field(pymarc.Field(tag="008", data=EMPTY_008))
    record.add_field(field_from_row(FieldRow("245", "0", "0", "$a")))
    return record
