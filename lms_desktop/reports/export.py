"""Export a ReportDocument's tables to CSV (one file, sections) and XLSX (one sheet each)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from lms_desktop.errors import ValidationError
from lms_desktop.reports.document import ReportDocument, Table
from lms_desktop.texts import say


def render_csv(doc: ReportDocument) -> bytes:
    """CSV in UTF-8 with a BOM (so Excel opens accents right); tables separated by a title row.

    A report with exactly one table is written as that table alone, ready to sort and filter.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    tables = doc.tables()
    if len(tables) == 1:
        writer.writerow(_plain(tables[0].columns))
        writer.writerows(_plain(row) for row in tables[0].rows)
    else:
        writer.writerow(_plain((doc.title, doc.school_name, _period(doc))))
        for table in tables:
            writer.writerow([])
            writer.writerow(_plain((table.title,)))
            writer.writerow(_plain(table.columns))
            writer.writerows(_plain(row) for row in table.rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def render_xlsx(doc: ReportDocument) -> bytes:
    """An XLSX workbook: a cover sheet, then one sheet per table with a frozen header row."""
    workbook = Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "Report"
    _append(cover, [doc.school_name])
    _append(cover, [doc.title])
    _append(cover, [_period(doc)])
    _append(cover, [f"Printed {doc.generated_at:%Y-%m-%d %H:%M}"])
    for key, value in doc.filters:
        _append(cover, [key, value])
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"].font = Font(bold=True, size=12)
    cover.column_dimensions["A"].width = 48

    used: set[str] = {"Report"}
    header_fill = PatternFill("solid", fgColor="DCE6F1")
    for table in doc.tables():
        sheet = workbook.create_sheet(_sheet_name(table, used))
        _append(sheet, list(table.columns))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = header_fill
            cell.alignment = Alignment(vertical="center")
        for row in table.rows:
            _append(sheet, list(row))
        sheet.freeze_panes = "A2"
        for index, name in enumerate(table.columns, start=1):
            longest = max(
                [len(str(name))] + [len(str(r[index - 1] or "")) for r in table.rows[:500]]
            )
            sheet.column_dimensions[get_column_letter(index)].width = min(60, max(8, longest + 2))
        if table.rows:
            sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_report(doc: ReportDocument, path: Path, pdf_bytes: bytes | None = None) -> None:
    """Write the report in the format its file name asks for (.pdf, .csv or .xlsx)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        data = render_csv(doc)
    elif suffix == ".xlsx":
        data = render_xlsx(doc)
    elif suffix == ".pdf":
        if pdf_bytes is None:
            from lms_desktop.reports.pdf import render_pdf

            pdf_bytes = render_pdf(doc)
        data = pdf_bytes
    else:
        raise ValidationError(
            say(
                "Cannot write a report as '{kind}'. Choose a file name ending in .pdf, .csv "
                "or .xlsx.",
                kind=path.suffix or path.name,
            )
        )
    path.write_bytes(data)


# a cell starting with one of these is read by Excel, LibreOffice and Sheets as a formula:
# a title or a name typed as "=HYPERLINK(…)" must never run when the file is opened
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value  # the quote every spreadsheet reads as "this is text"
    return value


def _plain(row: tuple[object, ...]) -> list[object]:
    """A CSV row: empty for None, and text that would run as a formula quoted with a "'"."""
    return [_csv_cell(v) for v in row]


def _append(sheet: Worksheet, values: list[object]) -> None:
    """Append a row; text stays text (never a formula), shown exactly as written."""
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        if looks_like_formula(cell.value):
            cell.data_type = "s"  # openpyxl took it for a formula
            cell.quotePrefix = True  # and Excel keeps it text even when the cell is edited


def _sheet_name(table: Table, used: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", " ", table.title or "Table").strip()[:28] or "Table"
    name, n = base, 2
    while name in used:
        name = f"{base[:25]} {n}"
        n += 1
    used.add(name)
    return name


def _period(doc: ReportDocument) -> str:
    if doc.start and doc.end:
        return f"{doc.start.isoformat()} to {doc.end.isoformat()}"
    return doc.end.isoformat() if doc.end else ""
