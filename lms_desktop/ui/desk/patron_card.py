"""The patron card: photo, who they are, blocks and money owed, loans, holds and fees."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.circulation.results import FeeView, HoldView, LoanView, PatronDetail
from lms_desktop.ui.desk.row_models import RowsModel, fees_model, holds_model, loans_model, money
from lms_desktop.ui.domain_text import shown
from lms_desktop.ui.patrons.statuses import status_label
from lms_desktop.ui.theme import readable_colour, text_colour_css
from lms_desktop.ui.type_scale import use_scaled_font

PHOTO_SIZE = (80, 100)
# status colours (foreground, background): WCAG AA contrast, see tests/ui/test_accessibility.py
PHOTO_COLOURS = ("#4b5563", "#e5e7eb")
BLOCK_FOREGROUND = "#9b1c1c"
NOTE_FOREGROUND = "#92400e"
MUTED_TEXT = "#4b5563"


def make_table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    # the scan field keeps the keyboard; tables are for the mouse and for reading
    view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    return view


class PatronCard(QFrame):
    """Shows one patron; everything here is read from a PatronDetail, nothing is stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patron-card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail: PatronDetail | None = None

        self.photo = QLabel()
        self.photo.setFixedSize(*PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setAccessibleName(self.tr("Patron photo"))
        self.photo.setStyleSheet(
            f"background: {PHOTO_COLOURS[1]}; color: {PHOTO_COLOURS[0]}; border-radius: 4px;"
        )
        self.name = QLabel()
        self.name.setObjectName("patron-name")
        self.name.setAccessibleName(self.tr("Patron name"))
        use_scaled_font(self.name, 17, QFont.Weight.DemiBold)  # follows the system font
        self.name.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setAccessibleName(self.tr("Patron details"))
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.blocks = QLabel()
        self.blocks.setObjectName("patron-blocks")
        self.blocks.setAccessibleName(self.tr("Blocks"))
        self.blocks.setWordWrap(True)
        # status colours give way to the palette's own text colour in high contrast
        self.blocks.setStyleSheet(f"{text_colour_css(BLOCK_FOREGROUND, self)} font-weight: 600;")
        self.notes = QLabel()
        self.notes.setAccessibleName(self.tr("Patron notes"))
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(text_colour_css(NOTE_FOREGROUND, self))

        top = QGridLayout()
        top.addWidget(self.photo, 0, 0, 4, 1)
        top.addWidget(self.name, 0, 1)
        top.addWidget(self.facts, 1, 1)
        top.addWidget(self.blocks, 2, 1)
        top.addWidget(self.notes, 3, 1)
        top.setColumnStretch(1, 1)

        self.loans = loans_model(self)
        self.holds = holds_model(self)
        self.fees = fees_model(self)
        self.loans_view = make_table(self.loans, self.tr("Loans"))
        self.holds_view = make_table(self.holds, self.tr("Holds"))
        self.fees_view = make_table(self.fees, self.tr("Fees"))

        def button(text: str, name: str) -> QPushButton:
            b = QPushButton(text)
            b.setAccessibleName(name)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            return b

        self.renew_button = button(self.tr("Renew"), self.tr("Renew the selected loan"))
        self.renew_all_button = button(self.tr("Renew all"), self.tr("Renew all loans"))
        self.checkin_button = button(self.tr("Check in"), self.tr("Check in the selected loan"))
        self.lost_button = button(self.tr("Lost…"), self.tr("Mark the selected loan lost"))
        self.claims_button = button(
            self.tr("Claims returned…"), self.tr("Mark the selected loan claims returned")
        )
        self.cancel_hold_button = button(
            self.tr("Cancel hold"), self.tr("Cancel the selected hold")
        )
        self.pay_button = button(self.tr("Take payment…"), self.tr("Take a payment on the fee"))
        self.waive_button = button(self.tr("Waive…"), self.tr("Waive the selected fee"))
        self.charge_button = button(
            self.tr("Charge a fee…"), self.tr("Charge a fee for a damaged or lost item")
        )

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Loans, holds and fees"))
        self.tabs.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.tabs.addTab(
            self._with_buttons(
                self.loans_view,
                self.renew_button,
                self.renew_all_button,
                self.checkin_button,
                self.lost_button,
                self.claims_button,
            ),
            self.tr("Loans"),
        )
        self.tabs.addTab(self._with_buttons(self.holds_view, self.cancel_hold_button), "")
        self.tabs.addTab(
            self._with_buttons(
                self.fees_view, self.pay_button, self.waive_button, self.charge_button
            ),
            "",
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.show_detail(None)

    @staticmethod
    def _with_buttons(view: QTableView, *buttons: QPushButton) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(view, 1)
        # at most three buttons a row, so the desk still fits a small laptop screen
        for start in range(0, len(buttons), 3):
            row = QHBoxLayout()
            for b in buttons[start : start + 3]:
                row.addWidget(b)
            row.addStretch(1)
            layout.addLayout(row)
        return page

    def show_detail(self, detail: PatronDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.name.setText(self.tr("No patron selected"))
            self.facts.setText(
                self.tr("Scan a patron card to check out. Items scanned now are checked in.")
            )
            self.blocks.clear()
            self.notes.clear()
            self.photo.clear()
            self.photo.setText(self.tr("No photo"))
            self.loans.set_rows([])
            self.holds.set_rows([])
            self.fees.set_rows([])
        else:
            p = detail.patron
            self.name.setText(p.display_name)
            bits = [html.escape(p.patron_type.capitalize())]
            if p.grade:
                bits.append(self.tr("Grade {grade}").format(grade=html.escape(p.grade)))
            if p.homeroom:
                room = html.escape(p.homeroom)
                if p.homeroom_teacher:
                    room += f" — {html.escape(p.homeroom_teacher)}"
                bits.append(room)
            muted = readable_colour(MUTED_TEXT, self)
            card = html.escape(p.barcode)
            bits.append(f"<span style='color:{muted.name()}'>{card}</span>" if muted else card)
            if p.status != "active":
                bits.append(f"<b>{html.escape(status_label(p.status))}</b>")
            balance = detail.fee_balance_cents
            if balance:
                bits.append(
                    f"<b style='color:{BLOCK_FOREGROUND}'>"
                    + self.tr("owes {amount}").format(amount=money(balance))
                    + "</b>"
                )
            self.facts.setText(" · ".join(bits))
            self.blocks.setText(
                "\n".join(self.tr("Blocked: ") + shown(b.message) for b in detail.blocks)
            )
            self.notes.setText(detail.notes)
            self._show_photo(detail.photo)
            self.loans.set_rows(sorted(detail.loans, key=lambda loan: loan.due_at))
            self.holds.set_rows(list(detail.holds))
            self.fees.set_rows(list(detail.fees))
        self._update_tab_titles()

    def _show_photo(self, photo: bytes | None) -> None:
        pixmap = QPixmap()
        if photo and pixmap.loadFromData(photo):
            self.photo.setPixmap(
                pixmap.scaled(
                    *PHOTO_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.photo.clear()
            self.photo.setText(self.tr("No photo"))

    def _update_tab_titles(self) -> None:
        loans = self.loans.rows()
        overdue = sum(1 for loan in loans if loan.overdue)
        title = self.tr("Loans ({n})").format(n=len(loans))
        if overdue:
            title = self.tr("Loans ({n}, {late} overdue)").format(n=len(loans), late=overdue)
        self.tabs.setTabText(0, title)
        self.tabs.setTabText(1, self.tr("Holds ({n})").format(n=len(self.holds.rows())))
        owed = sum(f.balance_cents for f in self.fees.rows())
        self.tabs.setTabText(
            2,
            self.tr("Fees ({amount})").format(amount=money(owed)) if owed else self.tr("Fees"),
        )

    def selected_loan(self) -> LoanView | None:
        rows = self.loans_view.selectionModel().selectedRows()
        return self.loans.row_at(rows[0].row()) if rows else None

    def selected_hold(self) -> HoldView | None:
        rows = self.holds_view.selectionModel().selectedRows()
        return self.holds.row_at(rows[0].row()) if rows else None

    def selected_fee(self) -> FeeView | None:
        rows = self.fees_view.selectionModel().selectedRows()
        return self.fees.row_at(rows[0].row()) if rows else None
