"""Settings > Copy cataloging: the SRU servers the catalog searches, with a connection test."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.catalog.sru import (
    LIBRARY_OF_CONGRESS_URL,
    SearchBy,
    SruSearchResult,
    SruTargetInfo,
    add_library_of_congress,
    delete_target,
    list_targets,
    save_target,
    search_target,
)
from lms_desktop.errors import DomainError
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text
from lms_desktop.ui.tasks import Progress, TaskRunner

# an ISBN every general catalog holds: the test search finds something on a real server
TEST_ISBN = "9780064400558"


class SruTargetsPage(QWidget):
    """Add, change, remove and test copy-cataloging servers.

    Signals:
        tested(str): the outcome of a connection test, as shown to the user.
    """

    tested = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.network = TaskRunner(self)
        self.test_timeout = 10.0
        intro = QLabel(
            self.tr(
                "Copy cataloging finds ready-made records on these SRU servers. The Library "
                "of Congress is free for everyone; your district or state may run its own."
            )
        )
        intro.setWordWrap(True)
        self.targets = QListWidget()
        self.targets.setAccessibleName(self.tr("Copy-cataloging servers"))
        self.targets.currentItemChanged.connect(self._show_target)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Server name"))
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Server address"))
        self.url.setPlaceholderText(LIBRARY_OF_CONGRESS_URL)
        self.record_schema = QLineEdit("marcxml")
        self.record_schema.setAccessibleName(self.tr("Record schema"))
        self.enabled = QCheckBox(self.tr("Search this server"))
        self.enabled.setAccessibleName(self.tr("Search this server"))
        self.enabled.setChecked(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        self.new_button = self._button(self.tr("New server"), self.new_target)
        self.save_button = self._button(self.tr("Save"), self.save)
        self.delete_button = self._button(self.tr("Remove"), self.remove)
        self.test_button = self._button(self.tr("Test connection"), self.test_connection)
        self.loc_button = self._button(
            self.tr("Add Library of Congress"), self.add_library_of_congress
        )

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow(self.tr("Record &schema:"), self.record_schema)
        form.addRow("", self.enabled)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.test_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.message)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.targets, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.loc_button)
        left.addLayout(left_buttons)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        ctx.hub.data_changed.connect(self._data_changed)
        self.reload()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def reload(self, select_id: int | None = None) -> None:
        with self.ctx.unit_of_work() as uow:
            targets = list_targets(uow)
        self.targets.blockSignals(True)
        self.targets.clear()
        for target in targets:
            label = (
                target.name if target.enabled else self.tr("{name} (off)").format(name=target.name)
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, target)
            self.targets.addItem(item)
            if target.id == select_id:
                self.targets.setCurrentItem(item)
        self.targets.blockSignals(False)
        if self.targets.currentItem() is None and self.targets.count():
            self.targets.setCurrentRow(0)
        self._show_target(self.targets.currentItem(), None)

    def current_target(self) -> SruTargetInfo | None:
        item = self.targets.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item else None
        return data if isinstance(data, SruTargetInfo) else None

    def _show_target(self, current: QListWidgetItem | None, _previous: object) -> None:
        target = self.current_target() if current is not None else None
        self.name.setText(target.name if target else "")
        self.url.setText(target.url if target else "")
        self.record_schema.setText(target.record_schema if target else "marcxml")
        self.enabled.setChecked(target.enabled if target else True)
        self.delete_button.setEnabled(target is not None)

    def new_target(self) -> None:
        self.targets.setCurrentItem(None)
        self._show_target(None, None)
        self.name.setFocus()

    def _form_target(self) -> SruTargetInfo:
        current = self.current_target()
        return SruTargetInfo(
            id=current.id if current else 0,
            name=self.name.text().strip() or self.tr("Unnamed server"),
            url=self.url.text().strip(),
            record_schema=self.record_schema.text().strip() or "marcxml",
            enabled=self.enabled.isChecked(),
        )

    def save(self) -> bool:
        current = self.current_target()
        try:
            with self.ctx.unit_of_work() as uow:
                saved = save_target(
                    uow,
                    self.name.text(),
                    self.url.text(),
                    self.record_schema.text(),
                    self.enabled.isChecked(),
                    target_id=current.id if current else None,
                )
                uow.commit()
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.setText(self.tr("Saved."))
        self.reload(saved.id)
        self.ctx.hub.data_changed.emit("sru_targets")
        return True

    def remove(self) -> None:
        current = self.current_target()
        if current is None:
            return
        with self.ctx.unit_of_work() as uow:
            delete_target(uow, current.id)
            uow.commit()
        self.message.setText(self.tr("{name} removed.").format(name=current.name))
        self.reload()
        self.ctx.hub.data_changed.emit("sru_targets")

    def add_library_of_congress(self) -> None:
        with self.ctx.unit_of_work() as uow:
            target = add_library_of_congress(uow)
            uow.commit()
        self.reload(target.id)
        self.ctx.hub.data_changed.emit("sru_targets")

    def test_connection(self) -> None:
        """Search the server in the form for a well-known ISBN, off the GUI thread."""
        target = self._form_target()
        timeout = self.test_timeout
        self.message.setText(self.tr("Asking {name}…").format(name=target.name))
        self.test_button.setEnabled(False)

        def job(_progress: Progress) -> SruSearchResult:
            return search_target(target, SearchBy.ISBN, TEST_ISBN, maximum=1, timeout=timeout)

        self.network.submit(job, on_done=self._test_passed, on_error=self._test_failed)

    def _test_passed(self, result: SruSearchResult) -> None:
        self.test_button.setEnabled(True)
        text = self.tr("{name} answers: the test search found {n} records.").format(
            name=result.target_name, n=result.total
        )
        self.message.setText(text)
        self.tested.emit(text)

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        text = error_text(exc)
        self.message.setText(text)
        self.tested.emit(text)

    def _data_changed(self, what: str) -> None:
        if what == "sru_targets":
            current = self.current_target()
            self.reload(current.id if current else None)
