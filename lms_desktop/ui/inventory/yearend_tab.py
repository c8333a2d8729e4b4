"""Inventory > Year-end: choose, check the dry run (who still owes first), apply, undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.care.backups import backup_folder
from lms_desktop.circulation.roster import RosterFile, guess_mapping, read_roster
from lms_desktop.config import sqlite_path_of
from lms_desktop.errors import DomainError
from lms_desktop.inventory.yearend import (
    RolloverView,
    StudentLine,
    YearEndOptions,
    YearEndPreview,
    YearEndResult,
    YearEndUndoResult,
    apply_year_end,
    is_recent_rollover,
    latest_rollover,
    preview_year_end,
    rollover_age,
    rollovers,
    undo_year_end,
)
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.dates import month_day_label
from lms_desktop.ui.domain_text import error_text, shown
from lms_desktop.ui.tasks import Progress

_ATTENTION = QBrush(QColor("#fde7e9"))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _number(value: object) -> int:
    return value if isinstance(value, int) else 0


class YearEndTab(QWidget):
    """The year-end wizard: 1 choose, 2 dry run, 3 apply (backup first), undo.

    Signals:
        previewed(object): a YearEndPreview.
        applied(object): a YearEndResult.
        undone(object): a YearEndUndoResult.
        past_years_shown(int): the Past years list was filled (how many years).
    """

    previewed = Signal(object)
    applied = Signal(object)
    undone = Signal(object)
    past_years_shown = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._roster: RosterFile | None = None
        self._preview: YearEndPreview | None = None
        # what the dry run was made with: Apply runs exactly this, never newer choices
        self._previewed: tuple[YearEndOptions, RosterFile | None] | None = None
        today = date.today()
        start_year = today.year if today.month < 8 else today.year + 1

        choose = QGroupBox(self.tr("1. Choose"))
        form = QFormLayout(choose)
        self.name_edit = QLineEdit(f"{start_year}-{(start_year + 1) % 100:02d}")
        self.name_edit.setAccessibleName(self.tr("New school year's name"))
        self.first_edit = QDateEdit(_qdate(date(start_year, 8, 15)))
        self.first_edit.setCalendarPopup(True)
        self.first_edit.setDisplayFormat("d MMM yyyy")
        self.first_edit.setAccessibleName(self.tr("New year's first day"))
        self.last_edit = QDateEdit(_qdate(date(start_year + 1, 6, 5)))
        self.last_edit.setCalendarPopup(True)
        self.last_edit.setDisplayFormat("d MMM yyyy")
        self.last_edit.setAccessibleName(self.tr("New year's last day"))
        self.top_grade_edit = QLineEdit()
        self.top_grade_edit.setPlaceholderText(self.tr("the highest grade found (12, 8, 5…)"))
        self.top_grade_edit.setAccessibleName(self.tr("Top grade (graduates)"))
        self.fee_combo = QComboBox()
        self.fee_combo.setAccessibleName(self.tr("Fee policy"))
        for key, label in (
            ("carry", self.tr("Carry every fee into the new year")),
            ("clear_overdue", self.tr("Clear overdue fines, carry lost and damaged")),
            ("clear_all", self.tr("Clear every open fee")),
        ):
            self.fee_combo.addItem(label, key)
        self.closed_combo = QComboBox()
        self.closed_combo.setAccessibleName(self.tr("Closed days"))
        self.closed_combo.addItem(self.tr("Clear last year's closed days"), "clear")
        self.closed_combo.addItem(self.tr("Keep them"), "keep")
        self.roster_label = QLabel(self.tr("no roster: homerooms stay as they are"))
        self.roster_button = QPushButton(self.tr("Choose next year's &roster…"))
        self.roster_button.setAccessibleName(self.tr("Choose next year's roster file"))
        self.roster_button.clicked.connect(self.choose_roster)
        roster_row = QHBoxLayout()
        roster_row.addWidget(self.roster_label, 1)
        roster_row.addWidget(self.roster_button)
        form.addRow(self.tr("New school year"), self.name_edit)
        form.addRow(self.tr("First day"), self.first_edit)
        form.addRow(self.tr("Last day"), self.last_edit)
        form.addRow(self.tr("Top grade"), self.top_grade_edit)
        form.addRow(self.tr("Fees"), self.fee_combo)
        form.addRow(self.tr("Calendar"), self.closed_combo)
        form.addRow(self.tr("New homerooms"), roster_row)

        check = QGroupBox(self.tr("2. Check the dry run (nothing changes yet)"))
        self.preview_button = QPushButton(self.tr("&Preview the rollover"))
        self.preview_button.setAccessibleName(self.tr("Preview the rollover"))
        self.preview_button.clicked.connect(self.run_preview)
        self.preview_tree = QTreeWidget()
        self.preview_tree.setAccessibleName(self.tr("Year-end preview"))
        self.preview_tree.setHeaderLabels(
            [
                self.tr("What"),
                self.tr("Homeroom"),
                self.tr("Loans"),
                self.tr("Fees"),
                self.tr("Note"),
            ]
        )
        self.preview_tree.setColumnWidth(0, 300)
        check_layout = QVBoxLayout(check)
        check_layout.addWidget(self.preview_button)
        check_layout.addWidget(self.preview_tree, 1)

        apply_box = QGroupBox(self.tr("3. Apply"))
        self.apply_button = QPushButton(self.tr("Back up and &apply…"))
        self.apply_button.setAccessibleName(self.tr("Back up and apply the rollover"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.confirm_apply)
        self.undo_button = QPushButton(self.tr("&Undo the last rollover…"))
        self.undo_button.setAccessibleName(self.tr("Undo the last rollover from its backup"))
        self.undo_button.clicked.connect(self.confirm_undo)
        # on a district server the app cannot take the backup: IT confirms they did
        self.server_backup_check = QCheckBox(self.tr("IT has backed up the district server"))
        self.server_backup_check.setAccessibleName(self.tr("IT has backed up the district server"))
        self.server_backup_check.setVisible(sqlite_path_of(ctx.app.database.url) is None)
        apply_row = QHBoxLayout(apply_box)
        apply_row.addWidget(self.server_backup_check)
        apply_row.addWidget(self.apply_button)
        apply_row.addWidget(self.undo_button)
        apply_row.addStretch(1)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Year-end status"))
        self.status.setWordWrap(True)

        # any change to a choice makes the dry run stale: Apply waits for a new preview
        self.name_edit.textChanged.connect(self._options_changed)
        self.first_edit.dateChanged.connect(self._options_changed)
        self.last_edit.dateChanged.connect(self._options_changed)
        self.top_grade_edit.textChanged.connect(self._options_changed)
        self.fee_combo.currentIndexChanged.connect(self._options_changed)
        self.closed_combo.currentIndexChanged.connect(self._options_changed)
        self.server_backup_check.toggled.connect(self._options_changed)

        past = QGroupBox(self.tr("Past years (statistics archived at each rollover)"))
        self.past_tree = QTreeWidget()
        self.past_tree.setAccessibleName(self.tr("Past years"))
        self.past_tree.setHeaderLabels(
            [
                self.tr("School year"),
                self.tr("Rolled over"),
                self.tr("Checkouts"),
                self.tr("Borrowers"),
                self.tr("Copies added"),
                self.tr("Withdrawn"),
                self.tr("Visits"),
            ]
        )
        self.past_tree.setRootIsDecorated(True)
        past_layout = QVBoxLayout(past)
        past_layout.addWidget(self.past_tree)

        left = QVBoxLayout()
        left.addWidget(choose)
        left.addWidget(apply_box)
        left.addWidget(self.status)
        left.addWidget(past, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(check, 3)
        self.refresh_past_years()

    # -- past years ------------------------------------------------------------------------

    def refresh_past_years(self) -> None:
        """List every archived year, newest first, from the rollover records."""
        ctx = self.ctx

        def work(_p: Progress) -> list[RolloverView]:
            with ctx.unit_of_work() as uow:
                return rollovers(uow)

        self.ctx.tasks.submit(work, self._show_past_years, self._failed)

    def _show_past_years(self, archived: list[RolloverView]) -> None:
        tree = self.past_tree
        tree.clear()
        for r in archived:
            stats = r.statistics
            item = QTreeWidgetItem(
                [
                    r.closed_year,
                    r.at.astimezone().strftime("%Y-%m-%d"),
                    *(
                        f"{_number(stats.get(key)):,}"
                        for key in (
                            "checkouts",
                            "borrowers",
                            "copies_added",
                            "copies_withdrawn",
                            "visits",
                        )
                    ),
                ]
            )
            item.setToolTip(0, r.summary)
            self._breakdowns(item, stats)
            tree.addTopLevelItem(item)
        self.past_years_shown.emit(len(archived))

    def _breakdowns(self, parent: QTreeWidgetItem, stats: dict[str, object]) -> None:
        """Checkouts by grade and by item type, as children of `parent`."""
        for key, title, line in (
            ("checkouts_by_grade", self.tr("Checkouts by grade"), self.tr("Grade {name}")),
            ("checkouts_by_item_type", self.tr("Checkouts by item type"), "{name}"),
        ):
            counts = stats.get(key)
            if not isinstance(counts, dict) or not counts:
                continue
            group = QTreeWidgetItem([title])
            for name, n in counts.items():
                group.addChild(QTreeWidgetItem([line.format(name=name), "", f"{_number(n):,}"]))
            parent.addChild(group)

    def options(self) -> YearEndOptions:
        return YearEndOptions(
            self.name_edit.text().strip(),
            _pydate(self.first_edit.date()),
            _pydate(self.last_edit.date()),
            top_grade=self.top_grade_edit.text().strip(),
            fee_policy=str(self.fee_combo.currentData()),
            closed_days=str(self.closed_combo.currentData()),
            server_backup_confirmed=self.server_backup_check.isChecked(),
        )

    def choose_roster(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Next year's roster"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if path:
            self.set_roster(Path(path))

    def set_roster(self, path: Path) -> None:
        try:
            self._roster = read_roster(path)
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return
        self.roster_label.setText(
            self.tr("{file}: {n} students").format(file=path.name, n=len(self._roster.rows))
        )
        self._options_changed()

    def _invalidate(self) -> None:
        self._preview = None
        self._previewed = None
        self.apply_button.setEnabled(False)

    def _options_changed(self) -> None:
        """A choice changed: the dry run no longer shows what Apply would do."""
        if self._preview is None:
            return
        self._invalidate()
        self.preview_tree.clear()
        self.status.setText(
            self.tr("The choices changed since the dry run. Preview the rollover again to apply.")
        )

    # -- dry run ---------------------------------------------------------------------------

    def run_preview(self) -> None:
        options = self.options()
        roster = self._roster
        self.preview_button.setEnabled(False)

        def work(_p: Progress) -> YearEndPreview:
            mapping = guess_mapping(roster.headers) if roster else None
            with self.ctx.unit_of_work() as uow:
                return preview_year_end(uow, options, roster=roster, mapping=mapping)

        def done(preview: YearEndPreview) -> None:
            self.preview_button.setEnabled(True)
            if options != self.options() or roster is not self._roster:
                # changed while the dry run was being worked out: it shows the old choices
                self._invalidate()
                self.status.setText(
                    self.tr(
                        "The choices changed while the dry run was made. Preview the "
                        "rollover again to apply."
                    )
                )
                return
            self._preview = preview
            self._previewed = (options, roster)
            self._show_preview(preview)
            self.apply_button.setEnabled(True)
            self.status.setText(
                self.tr(
                    "Dry run ready: {owing} graduating students still have loans or fees."
                ).format(owing=len(preview.graduating_owing))
            )
            self.previewed.emit(preview)

        def failed(exc: BaseException) -> None:
            self.preview_button.setEnabled(True)
            self._failed(exc)

        self.ctx.tasks.submit(work, done, failed)

    def _student(self, parent: QTreeWidgetItem, s: StudentLine) -> None:
        item = QTreeWidgetItem(
            [
                s.name,
                s.homeroom,
                str(s.open_loans) if s.open_loans else "",
                f"${s.fees_cents / 100:.2f}" if s.fees_cents else "",
                shown(s.note),
            ]
        )
        if s.owes_something:
            for column in range(5):
                item.setBackground(column, _ATTENTION)
        parent.addChild(item)

    def _section(self, title: str, expanded: bool = False) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        bold = QFont(item.font(0))
        bold.setBold(True)
        item.setFont(0, bold)
        self.preview_tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)
        item.setExpanded(expanded)
        return item

    def _show_preview(self, p: YearEndPreview) -> None:
        tree = self.preview_tree
        tree.clear()
        owing = p.graduating_owing
        first = self._section(
            self.tr("Graduating (grade {g}) with loans or fees: {n}").format(
                g=p.top_grade, n=len(owing)
            ),
            expanded=True,
        )
        for s in owing:
            self._student(first, s)
        left = self._section(
            self.tr("Left or moved school during the year, still owing: {n}").format(
                n=len(p.left_with_items)
            ),
            expanded=True,
        )
        for s in p.left_with_items:
            self._student(left, s)
        rest = [s for s in p.graduating if not s.owes_something]
        graduating = self._section(self.tr("Graduating with nothing out: {n}").format(n=len(rest)))
        for s in rest:
            self._student(graduating, s)
        promotions = self._section(
            self.tr("Promoted: {n} students").format(n=sum(n for _a, _b, n in p.promotions)),
            expanded=True,
        )
        for old, new, n in p.promotions:
            promotions.addChild(
                QTreeWidgetItem([self.tr("Grade {a} → {b}: {n}").format(a=old, b=new, n=n)])
            )
        if p.ungraded:
            odd = self._section(
                self.tr("Grade not understood (left as is): {n}").format(n=len(p.ungraded))
            )
            for s in p.ungraded:
                self._student(odd, s)
        moves = self._section(
            self.tr("Homeroom moves from the roster: {n}").format(n=len(p.homeroom_moves))
            if p.roster_file
            else self.tr("Homerooms: no roster chosen, they stay as they are")
        )
        for _sis, name, old, new in p.homeroom_moves:
            moves.addChild(QTreeWidgetItem([name, f"{old} → {new}"]))
        if p.roster_file:
            moves.addChild(
                QTreeWidgetItem(
                    [
                        self.tr("{new} new students, {missing} not in the roster").format(
                            new=p.roster_new, missing=p.roster_missing
                        )
                    ]
                )
            )
        fees = self._section(
            self.tr("Fees: {cleared} cleared (${amount}), {carried} carried").format(
                cleared=p.fees_to_clear,
                amount=f"{p.fees_to_clear_cents / 100:.2f}",
                carried=p.fees_carried,
            )
        )
        del fees
        self._section(
            self.tr("Calendar: {old} closes, {new} begins; {n} closed days cleared").format(
                old=p.closed_year, new=p.new_year, n=p.closed_days_to_clear
            )
        )
        stats = self._section(self.tr("Statistics archived for {year}").format(year=p.closed_year))
        for key, value in p.statistics.items():
            if not isinstance(value, dict):
                stats.addChild(QTreeWidgetItem([key.replace("_", " "), "", str(value)]))
        self._breakdowns(stats, p.statistics)

    # -- apply and undo --------------------------------------------------------------------

    def confirm_apply(self) -> None:
        preview = self._preview
        if preview is None or self._previewed is None:
            return
        if self._previewed != (self.options(), self._roster):
            self._options_changed()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Roll the school over?"),
            self.tr(
                "{old} closes and {new} begins. The library is backed up first. Then {grad} "
                "students graduate ({owing} still with loans or fees: they stay on record), "
                "the others move up a grade, {moves} homerooms change, and fees: {fees}. "
                "This is what the dry run showed. You can undo it from the backup. Go ahead?"
            ).format(
                old=preview.closed_year,
                new=preview.new_year,
                grad=len(preview.graduating),
                owing=len(preview.graduating_owing),
                moves=len(preview.homeroom_moves),
                fees=self.fee_combo.currentText(),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.apply()

    def apply(self) -> None:
        """Apply what the dry run showed (its options and roster), after a backup."""
        if self._previewed is None:
            self.status.setText(self.tr("Preview the rollover first, then apply it."))
            return
        options, roster = self._previewed
        ctx = self.ctx
        self.apply_button.setEnabled(False)

        def work(progress: Progress) -> YearEndResult:
            with ctx.unit_of_work() as uow:
                folder = backup_folder(uow, ctx.app.config.backup_dir)
            return apply_year_end(
                ctx.app.database,
                options,
                folder,
                roster=roster,
                mapping=guess_mapping(roster.headers) if roster else None,
                staff_name=ctx.staff_name,
                staff_role=ctx.staff_role,
                progress=progress.report,
            )

        def done(result: YearEndResult) -> None:
            self._invalidate()
            self.status.setText(
                self.tr("{summary} Backup taken before: {path}").format(
                    summary=shown(result.summary), path=result.backup_path
                )
            )
            self.ctx.hub.data_changed.emit("all")
            self.refresh_past_years()
            self.applied.emit(result)

        def moved(_done: int, _total: int, message: str) -> None:
            self.status.setText(message)

        self.ctx.tasks.submit(work, done, self._failed, moved)

    def confirm_undo(self) -> None:
        """Name the rollover that would be undone, then ask; an old one needs a second,
        explicit choice (its backup would lose everything done since)."""
        ctx = self.ctx

        def work(_p: Progress) -> RolloverView | None:
            with ctx.unit_of_work() as uow:
                return latest_rollover(uow)

        def done(latest: RolloverView | None) -> None:
            if latest is None:
                self.status.setText(
                    self.tr("No year-end rollover has been applied, so there is nothing to undo.")
                )
                return
            self.ask_undo(latest)

        self.ctx.tasks.submit(work, done, self._failed)

    def ask_undo(self, latest: RolloverView) -> None:
        when = latest.at.astimezone()
        named = self.tr("{old} → {new}, applied on {day} at {time}").format(
            old=latest.closed_year,
            new=latest.new_year,
            day=month_day_label(when),
            time=when.strftime("%H:%M"),
        )
        if is_recent_rollover(latest):
            answer = QMessageBox.question(
                self,
                self.tr("Undo the rollover?"),
                self.tr(
                    "The rollover {named} is undone: the backup taken just before it is put "
                    "back. Everything done since then (loans, returns, edits) is undone too; "
                    "the library as it is now is kept in the backup folder. Undo?"
                ).format(named=named),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.undo(latest.id)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Undo an old rollover?"),
            self.tr(
                "The last rollover in this library is {named}, {days} days ago: a past "
                "year's, not one you just applied. Undoing it puts back a backup that old, "
                "and everything done since then is lost (the library as it is now is kept in "
                "the backup folder). Restore that old backup anyway?"
            ).format(named=named, days=rollover_age(latest).days),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        anyway = box.addButton(
            self.tr("Restore the old backup anyway"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is anyway:
            self.undo(latest.id, force=True)
        else:
            self.status.setText(self.tr("Nothing was undone."))

    def undo(self, rollover_id: int | None = None, *, force: bool = False) -> None:
        """Undo rollover `rollover_id` (the one the librarian was shown) from its backup."""
        ctx = self.ctx

        def work(_p: Progress) -> YearEndUndoResult:
            with ctx.unit_of_work() as uow:
                folder = backup_folder(uow, ctx.app.config.backup_dir)
                from lms_desktop.school.access import Permission, require_permission

                require_permission(uow, Permission.MANAGE_BACKUPS)
            return undo_year_end(ctx.app.database, folder, rollover_id=rollover_id, force=force)

        def done(result: YearEndUndoResult) -> None:
            self._invalidate()
            self.preview_tree.clear()
            self.status.setText(
                self.tr("The rollover of {year} is undone ({file} restored).").format(
                    year=result.closed_year, file=Path(result.restored_from).name
                )
            )
            self.ctx.hub.data_changed.emit("all")
            self.refresh_past_years()
            self.undone.emit(result)

        self.ctx.tasks.submit(work, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.preview_button.setEnabled(True)
        self.apply_button.setEnabled(self._preview is not None)
        self.status.setText(error_text(exc))
