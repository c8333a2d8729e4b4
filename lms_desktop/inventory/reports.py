"""The inventory results and weeding log reports, built for the reports registry."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.inventory.models import InventoryScan, InventorySession
from lms_desktop.inventory.shelf import (
    get_inventory,
    inventory_progress,
    misshelved_items,
    missing_items,
    out_of_order_items,
)
from lms_desktop.inventory.weeding import weeding_log
from lms_desktop.reports.common import ProgressFn, ReportParams, no_progress, school_name
from lms_desktop.reports.document import KeyFigure, KeyFigures, ReportDocument, Table, Text
from lms_desktop.school.models import DEFAULT_SITE_ID
from lms_desktop.texts import say

_DECISIONS = {"missing": "missing (to review)", "lost": "marked lost", "restored": "put back"}


def _session_id(uow: UnitOfWork, params: ReportParams) -> int:
    wanted = params.filter("inventory").lstrip("#")
    if wanted:
        if not wanted.isdigit():
            raise ValidationError(
                say(
                    "“{wanted}” is not an inventory number. Type the number shown in the list.",
                    wanted=wanted,
                )
            )
        return int(wanted)
    latest = uow.session.scalar(
        select(InventorySession.id)
        .where(InventorySession.site_id == (params.site_id or DEFAULT_SITE_ID))
        .order_by(InventorySession.started_at.desc())
        .limit(1)
    )
    if latest is None:
        raise NotFoundError(say("No inventory has been started yet. Start one in Inventory."))
    return latest


def inventory_document(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn = no_progress
) -> ReportDocument:
    """One inventory's results: progress by shelf group, missing, misshelved, out of order."""
    session_id = _session_id(uow, params)
    view = get_inventory(uow, session_id)
    figures = inventory_progress(uow, session_id)
    progress(1, 5, say("progress"))
    missing = missing_items(uow, session_id)
    progress(2, 5, say("missing"))
    stray = misshelved_items(uow, session_id)
    progress(3, 5, say("misshelved"))
    disorder = out_of_order_items(uow, session_id)
    progress(4, 5, say("shelf order"))
    unknown = list(
        uow.session.scalars(
            select(InventoryScan.barcode)
            .where(InventoryScan.session_id == session_id, InventoryScan.outcome == "unknown")
            .order_by(InventoryScan.seq)
        )
    )
    status = f"closed {view.closed_at:%b %-d, %Y}" if view.closed_at else "open (still scanning)"
    blocks: list[object] = [
        Text(
            f"{view.name}: {view.scope.describe()}, started {view.started_at:%b %-d, %Y}, {status}."
        ),
        KeyFigures(
            "",
            (
                KeyFigure("Expected on the shelves", figures.expected),
                KeyFigure("Found", figures.found),
                KeyFigure("Missing", sum(1 for m in missing if m.decision != "restored")),
                KeyFigure("Misshelved", figures.misshelved),
                KeyFigure("Out of order", len(disorder)),
                KeyFigure("Unknown barcodes", figures.unknown),
            ),
        ),
        Table(
            "Progress by shelf",
            ("Shelf", "Expected", "Found", "Done"),
            tuple((g.group, g.total, g.found, f"{g.percent}%") for g in figures.groups),
            numeric=(False, True, True, False),
        ),
        Table(
            "Missing copies",
            ("Call number", "Title", "Barcode", "Location", "Decision"),
            tuple(
                (
                    m.call_number,
                    m.title,
                    m.barcode,
                    m.location,
                    _DECISIONS.get(m.decision, m.decision),
                )
                for m in missing
            ),
            note="" if view.closed_at else "The list is made when the inventory is closed.",
            widths=(1.1, 3, 1, 0.9, 1.1),
        ),
        Table(
            "Misshelved (found, to reshelve)",
            ("Call number", "Title", "Barcode", "Found on", "Where it goes"),
            tuple(
                (
                    line.call_number,
                    line.title,
                    line.barcode,
                    line.shelf or line.location,
                    line.reason,
                )
                for line in stray
            ),
            widths=(1.1, 2.6, 1, 0.9, 1.8),
        ),
        Table(
            "Out of call-number order on the shelf",
            ("Call number", "Title", "Barcode", "Shelf"),
            tuple((line.call_number, line.title, line.barcode, line.shelf) for line in disorder),
            widths=(1.1, 3, 1, 1),
        ),
    ]
    if unknown:
        blocks.append(
            Table(
                "Barcodes not in the catalog",
                ("Barcode",),
                tuple((code,) for code in unknown),
            )
        )
    progress(5, 5, say("done"))
    return ReportDocument(
        name="inventory",
        title="Inventory results",
        school_name=school_name(uow, params.site_id),
        start=None,
        end=params.as_of,
        generated_at=datetime.now(),
        blocks=tuple(blocks),  # type: ignore[arg-type]
        subtitle=view.name,
        landscape=True,
    )


def weeding_log_document(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn = no_progress
) -> ReportDocument:
    """Every copy withdrawn from the weeding workbench in the period, with the reason."""
    lines = weeding_log(uow, params.start, params.end, site_id=params.site_id)
    reasons: dict[str, int] = {}
    for line in lines:
        reasons[line.reason] = reasons.get(line.reason, 0) + 1
    by_reason: list[tuple[str, int]] = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
    return ReportDocument(
        name="weeding-log",
        title="Weeding log",
        school_name=school_name(uow, params.site_id),
        start=params.start,
        end=params.end,
        generated_at=datetime.now(),
        blocks=(
            KeyFigures("", (KeyFigure("Copies withdrawn", len(lines)),)),
            Table(
                "By reason",
                ("Reason", "Copies"),
                tuple(by_reason),
                numeric=(False, True),
            ),
            Table(
                "Withdrawn copies",
                ("Date", "Call number", "Title", "Year", "Loans", "Barcode", "Reason", "By"),
                tuple(
                    (
                        f"{line.at:%Y-%m-%d}",
                        line.call_number,
                        line.title,
                        str(line.publication_year or ""),
                        line.loan_count,
                        line.barcode,
                        line.reason,
                        line.staff_name,
                    )
                    for line in lines
                ),
                numeric=(False, False, False, False, True, False, False, False),
                widths=(0.8, 1.1, 2.8, 0.5, 0.5, 1, 1.2, 0.9),
            ),
        ),
        landscape=True,
    )
