"""Run a report by name and render it to PDF, CSV or XLSX in one call (CLI, GUI, benchmarks)."""

from __future__ import annotations

from dataclasses import dataclass

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import ValidationError
from lms_desktop.reports.common import SCHOOL_LOGO, ProgressFn, ReportParams, no_progress
from lms_desktop.reports.document import ReportDocument
from lms_desktop.reports.export import render_csv, render_xlsx
from lms_desktop.reports.registry import run_report
from lms_desktop.school.settings import get_setting
from lms_desktop.texts import say

FORMATS = ("pdf", "csv", "xlsx")


@dataclass(frozen=True)
class RenderedReport:
    """A finished report: its content as data and the file bytes in the chosen format."""

    document: ReportDocument
    format: str
    data: bytes

    @property
    def suggested_file_name(self) -> str:
        day = (self.document.end or self.document.generated_at.date()).isoformat()
        return f"{self.document.name}-{day}.{self.format}"


def render_report(
    uow: UnitOfWork,
    name: str,
    params: ReportParams,
    fmt: str = "pdf",
    progress: ProgressFn = no_progress,
) -> RenderedReport:
    """Query the report inside `uow` (read-only) and render it."""
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValidationError(
            say("Reports can be saved as PDF, CSV or XLSX, not '{fmt}'.", fmt=fmt)
        )
    document = run_report(uow, name, params, progress)
    logo = get_setting(uow, SCHOOL_LOGO, None)
    if fmt == "csv":
        data = render_csv(document)
    elif fmt == "xlsx":
        data = render_xlsx(document)
    else:
        from lms_desktop.reports.pdf import render_pdf

        data = render_pdf(document, logo, progress)
    return RenderedReport(document, fmt, data)
