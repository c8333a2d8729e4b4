"""The desk's dialogs: hold slip and shelf, block override, fee charge, payment, waiver."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lms_desktop.circulation.results import Block, FeeView, HoldSlip
from lms_desktop.ui.dates import long_day_label
from lms_desktop.ui.desk.patron_card import make_table
from lms_desktop.ui.desk.row_models import hold_shelf_model, local_text, money
from lms_desktop.ui.domain_text import shown
from lms_desktop.ui.theme import text_colour_css

# Receipt-printer friendly: a slip is 80 mm wide.
SLIP_WIDTH_MM = 80.0
SLIP_HEIGHT_MM = 150.0


def slip_html(slip: HoldSlip, school_name: str = "") -> str:
    """The hold slip as simple HTML (prints on a receipt printer or a sheet)."""
    e = html.escape
    translate = QCoreApplication.translate
    expires = long_day_label(slip.expires_on) if slip.expires_on else ""
    trapped = local_text(slip.trapped_at, with_time=True)
    teacher = f"— {e(slip.homeroom_teacher)}" if slip.homeroom_teacher else ""
    heading = translate("HoldSlipDialog", "HOLD")
    patron = translate("HoldSlipDialog", "Patron: {barcode}").format(barcode=slip.patron_barcode)
    item = translate("HoldSlipDialog", "Item: {barcode}").format(barcode=slip.item_barcode)
    when = translate("HoldSlipDialog", "Trapped {when}").format(when=trapped)
    pick_up = translate("HoldSlipDialog", "Pick up by {day}").format(day=expires)
    rows = [
        f"<p style='font-size:9pt'>{e(school_name)}</p>" if school_name else "",
        f"<h2 style='margin:0'>{e(heading)}</h2>",
        f"<p style='font-size:20pt; margin:4px 0'><b>{e(slip.patron_name)}</b></p>",
        f"<p>{e(slip.homeroom)} {teacher}</p>",
        f"<p>{e(patron)}</p>",
        "<hr/>",
        f"<p><b>{e(slip.title)}</b></p>",
        f"<p>{e(slip.call_number)}<br/>{e(item)}</p>",
        f"<p>{e(when)}</p>",
        f"<p><b>{e(pick_up)}</b></p>" if expires else "",
    ]
    return "<html><body>" + "".join(rows) + "</body></html>"


def write_slip_pdf(slip: HoldSlip, path: Path, school_name: str = "") -> Path:
    """Save the slip as a one-page PDF the size of a receipt."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(
        QPageSize(QSizeF(SLIP_WIDTH_MM, SLIP_HEIGHT_MM), QPageSize.Unit.Millimeter, "Slip")
    )
    writer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout.Unit.Millimeter)
    writer.setTitle(
        QCoreApplication.translate("HoldSlipDialog", "Hold slip — {name}").format(
            name=slip.patron_name
        )
    )
    document = QTextDocument()
    document.setHtml(slip_html(slip, school_name))
    # drawn on one page at screen scale: QTextDocument.print_ would add margins and
    # page numbers meant for letters, not slips
    painter = QPainter(writer)
    scale = writer.resolution() / 96.0
    painter.scale(scale, scale)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setTextWidth(area.width() / scale)
    document.drawContents(painter)
    painter.end()
    return path


class HoldSlipDialog(QDialog):
    """Pops up when a checked-in item is trapped for a hold: put it aside, print the slip.

    It does not take the keyboard away from the desk: the next scan still lands in the
    desk's scan field.

    Signals:
        slip_saved(str): the path of a saved PDF slip.
    """

    slip_saved = Signal(str)

    def __init__(
        self, slip: HoldSlip, school_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.slip = slip
        self.school_name = school_name
        self.setWindowTitle(self.tr("Hold: put this item aside"))
        self.setProperty("desk_popup", True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setModal(False)
        layout = QVBoxLayout(self)
        headline = QLabel(
            self.tr("Put this item on the hold shelf for <b>{name}</b>.").format(
                name=html.escape(slip.patron_name)
            )
        )
        headline.setAccessibleName(self.tr("Hold instruction"))
        layout.addWidget(headline)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Hold slip preview"))
        self.preview.setHtml(slip_html(slip, school_name))
        self.preview.setMinimumSize(320, 300)
        layout.addWidget(self.preview)
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("Print slip…"))
        self.print_button.setAccessibleName(self.tr("Print the hold slip"))
        self.save_button = QPushButton(self.tr("Save slip as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the hold slip as PDF"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_slip)
        self.save_button.clicked.connect(self._ask_and_save)
        layout.addWidget(buttons)

    def print_slip(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setHtml(slip_html(self.slip, self.school_name))
            document.print_(printer)

    def save_pdf(self, path: Path) -> Path:
        written = write_slip_pdf(self.slip, path, self.school_name)
        self.slip_saved.emit(str(written))
        return written

    def _ask_and_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save hold slip"), f"hold-{self.slip.patron_barcode}.pdf", "PDF (*.pdf)"
        )
        if name:
            self.save_pdf(Path(name))


class BlockOverrideDialog(QDialog):
    """Shows why the patron is blocked and asks the librarian to lend anyway, on purpose."""

    def __init__(
        self, patron_name: str, blocks: tuple[Block, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Blocked: lend anyway?"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        reasons = "".join(f"<li>{html.escape(shown(b.message))}</li>" for b in blocks)
        text = QLabel(
            self.tr("<b>{name}</b> may not borrow right now:<ul>{reasons}</ul>").format(
                name=html.escape(patron_name), reasons=reasons
            )
        )
        text.setWordWrap(True)
        text.setAccessibleName(self.tr("Block reasons"))
        layout.addWidget(text)
        overridable = all(b.can_override for b in blocks)
        note = QLabel(
            self.tr("Lending anyway is recorded in the journal under your name.")
            if overridable
            else self.tr("One of these blocks cannot be overridden at the desk.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.lend_button = buttons.addButton(
            self.tr("Lend anyway"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.lend_button.setAccessibleName(self.tr("Lend anyway and record the override"))
        self.lend_button.setEnabled(overridable)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class FeeDialog(QDialog):
    """Take a payment on a fee, or waive it (in part or whole) with a note."""

    def __init__(self, fee: FeeView, waive: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fee = fee
        self.waive = waive
        self.setWindowTitle(self.tr("Waive a fee") if waive else self.tr("Take a payment"))
        form = QFormLayout(self)
        form.addRow(self.tr("Fee:"), QLabel(fee.description or fee.kind))
        form.addRow(self.tr("Still owed:"), QLabel(money(fee.balance_cents)))
        self.amount = QDoubleSpinBox()
        self.amount.setDecimals(2)
        self.amount.setRange(0.01, fee.balance_cents / 100 if fee.balance_cents else 0.01)
        self.amount.setValue(fee.balance_cents / 100)
        self.amount.setAccessibleName(self.tr("Amount"))
        form.addRow(self.tr("Amount:"), self.amount)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(
            self.tr("Why it is waived") if waive else self.tr("Cash, check number…")
        )
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Waive") if waive else self.tr("Take payment")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def amount_cents(self) -> int:
        return round(self.amount.value() * 100)


class ChargeFeeDialog(QDialog):
    """Charge the patron at the desk a fee by hand: a damaged book, a missing part, other.

    Signals:
        charge_requested(str, int, str, str): kind, amount in cents, item barcode (or ""),
            description — the dialog was accepted with an amount over $0.00.
    """

    charge_requested = Signal(str, int, str, str)

    def __init__(
        self, patron_name: str, item_barcode: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Charge a fee to {name}").format(name=patron_name))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of fee"))
        for code, text in (
            ("damaged", self.tr("Damaged item")),
            ("lost", self.tr("Lost item")),
            ("component", self.tr("Missing part (charger, case, disc…)")),
            ("other", self.tr("Other")),
        ):
            self.kind.addItem(text, code)
        form.addRow(self.tr("Kind:"), self.kind)
        self.amount = QDoubleSpinBox()
        self.amount.setDecimals(2)
        self.amount.setRange(0.0, 10_000.0)
        self.amount.setPrefix("$")
        self.amount.setAccessibleName(self.tr("Amount"))
        form.addRow(self.tr("Amount:"), self.amount)
        self.item_barcode = QLineEdit(item_barcode)
        self.item_barcode.setAccessibleName(self.tr("Item barcode"))
        self.item_barcode.setPlaceholderText(self.tr("The item's barcode (optional)"))
        form.addRow(self.tr("Item:"), self.item_barcode)
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("What the fee is for"))
        self.description.setPlaceholderText(self.tr("Water damage, torn pages…"))
        form.addRow(self.tr("For:"), self.description)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setStyleSheet(text_colour_css("#7f1d1d", self))
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Charge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def amount_cents(self) -> int:
        return round(self.amount.value() * 100)

    def accept(self) -> None:
        if self.amount_cents() <= 0:
            self.error.setText(self.tr("Enter the amount to charge (more than $0.00)."))
            self.amount.setFocus()
            return
        self.charge_requested.emit(
            str(self.kind.currentData()),
            self.amount_cents(),
            self.item_barcode.text().strip(),
            self.description.text().strip(),
        )
        super().accept()


class HoldShelfDialog(QDialog):
    """Everything on the hold shelf now, soonest to expire first; a slip can be printed
    again for the one picked."""

    def __init__(
        self, slips: list[HoldSlip], school_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.school_name = school_name
        self.setWindowTitle(self.tr("Hold shelf"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.summary = QLabel(
            self.tr("{n} item(s) on the hold shelf.").format(n=len(slips))
            if slips
            else self.tr("Nothing is on the hold shelf.")
        )
        self.summary.setAccessibleName(self.tr("Hold shelf summary"))
        layout.addWidget(self.summary)
        self.model = hold_shelf_model(self)
        self.model.set_rows(slips)
        self.table = make_table(self.model, self.tr("Hold shelf"))
        layout.addWidget(self.table, 1)
        self.slip_button = QPushButton(self.tr("Slip for the picked item…"))
        self.slip_button.setAccessibleName(self.tr("Show the hold slip of the picked item"))
        self.slip_button.clicked.connect(lambda _c=False: self.show_slip())
        self.slip_button.setEnabled(bool(slips))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.slip_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        self.slip_popup: HoldSlipDialog | None = None

    def picked(self) -> HoldSlip | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def show_slip(self) -> HoldSlipDialog | None:
        slip = self.picked()
        if slip is None:
            self.summary.setText(self.tr("Pick an item in the list first."))
            return None
        self.slip_popup = HoldSlipDialog(slip, self.school_name, self)
        self.slip_popup.show()
        return self.slip_popup
