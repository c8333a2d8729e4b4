"""PDFs of the devices area: the signed agreement receipt and the IT hand-off list."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

if TYPE_CHECKING:
    from lms_desktop.devices.agreements import ReceiptSnapshot
    from lms_desktop.devices.repairs import TicketView


def _p(text: str, style: Any) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def receipt_pdf(snapshot: ReceiptSnapshot, path: Path) -> Path:
    """One page the student (and a guardian) sign: who, what, with which parts, in what
    condition, when, and the agreement text they accepted."""
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    doc = SimpleDocTemplate(
        str(path),
        pagesize=letter,
        title=f"Device agreement receipt {snapshot.asset_tag}",
        author=snapshot.school_name,
        leftMargin=0.8 * inch,
        rightMargin=0.8 * inch,
        topMargin=0.7 * inch,
        bottomMargin=0.7 * inch,
    )
    facts = [
        ["Student", f"{snapshot.patron_name} ({snapshot.patron_barcode})"],
        ["Homeroom", snapshot.homeroom or "—"],
        ["Device", f"{snapshot.asset_tag} — {snapshot.device_description}"],
        ["Serial number", snapshot.serial_number or "—"],
        ["Components", ", ".join(snapshot.components) or "none"],
        ["Condition", snapshot.condition_text],
        ["Date", snapshot.accepted_on],
        ["Due", snapshot.due_text or "—"],
        ["Staff", snapshot.staff_name or "—"],
    ]
    table = Table(
        [[_p(k, styles["Heading5"]), _p(v, body)] for k, v in facts],
        colWidths=[1.4 * inch, 5.4 * inch],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
            ]
        )
    )
    signatures = Table(
        [
            ["", "", ""],
            ["Student signature", "", "Parent / guardian signature"],
        ],
        colWidths=[3.1 * inch, 0.6 * inch, 3.1 * inch],
        rowHeights=[0.5 * inch, 0.25 * inch],
    )
    signatures.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 1), (0, 1), 0.75, colors.black),
                ("LINEABOVE", (2, 1), (2, 1), 0.75, colors.black),
                ("FONTSIZE", (0, 1), (-1, 1), 8),
            ]
        )
    )
    story = [
        _p(snapshot.school_name, styles["Heading3"]),
        _p(f"Device loan receipt — {snapshot.agreement_title}", styles["Title"]),
        table,
        Spacer(1, 0.2 * inch),
        _p(snapshot.agreement_title, styles["Heading4"]),
        _p(snapshot.agreement_body, body),
        Spacer(1, 0.3 * inch),
        _p("By signing, we accept the agreement above for this device.", body),
        signatures,
    ]
    doc.build(story)
    return path


def handoff_pdf(tickets: Sequence[TicketView], path: Path, school_name: str, today: str) -> Path:
    from lms_desktop.devices.repairs import HANDOFF_COLUMNS, handoff_rows

    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=8, leading=10)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=landscape(letter),
        title="Device repair hand-off for IT",
        author=school_name,
        leftMargin=0.4 * inch,
        rightMargin=0.4 * inch,
        topMargin=0.5 * inch,
        bottomMargin=0.5 * inch,
    )
    headers = [h.replace("_", " ").capitalize() for h in HANDOFF_COLUMNS]
    data = [[_p(h, small) for h in headers]]
    data += [[_p(cell, small) for cell in row] for row in handoff_rows(tickets)]
    widths = [0.45, 0.8, 0.8, 0.75, 1.1, 0.95, 2.1, 0.55, 0.6, 0.8, 0.75, 0.7, 0.75]
    table = Table(data, colWidths=[w * inch for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f5f5f5")]),
            ]
        )
    )
    story = [
        _p(f"{school_name} — devices for IT repair", styles["Heading2"]),
        _p(
            f"{today}: {len(tickets)} open ticket(s), most urgent first "
            "(priority from impact × urgency: 1 critical … 5 planning).",
            styles["BodyText"],
        ),
        Spacer(1, 0.15 * inch),
        table if tickets else _p("No open repair tickets.", styles["BodyText"]),
    ]
    doc.build(story)
    return path
