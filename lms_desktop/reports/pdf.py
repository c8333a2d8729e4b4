"""Render a ReportDocument to PDF with reportlab: letterhead, page numbers, tables, charts."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus import PageBreak as RlPageBreak
from reportlab.platypus import Table as RlTable
from reportlab.platypus import TableStyle as RlTableStyle

from lms_desktop.reports.document import (
    Block,
    Chart,
    Columns,
    KeyFigures,
    Notice,
    PageBreak,
    ReportDocument,
    Table,
    Text,
)
from lms_desktop.reports.fonts import register_fonts
from lms_desktop.texts import say

ACCENT = colors.HexColor("#1F4E79")
ACCENT_LIGHT = colors.HexColor("#DCE6F1")
ZEBRA = colors.HexColor("#F4F7FB")
MUTED = colors.HexColor("#5A6270")
GOOD = colors.HexColor("#2E7D32")
BAD = colors.HexColor("#C62828")
PALETTE = [
    colors.HexColor(c)
    for c in ("#1F4E79", "#F28E2B", "#59A14F", "#E15759", "#76B7B2", "#EDC948", "#B07AA1")
]

ProgressFn = Callable[[int, int, str], None]
# above this many table rows in a report, tables are drawn by FastTable (no wrapping)
FAST_TABLES_FROM_ROWS = 1500


def _format_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _fits_standard_fonts(doc: ReportDocument) -> bool:
    """True when every character prints in the PDF standard fonts (Windows-1252).

    Those need no embedding and lay out several times faster than a TrueType font, which
    matters for an 800-page overdue list; anything else (Chinese names…) gets DejaVu.
    """
    try:
        doc.all_text().encode("cp1252")
        doc.school_name.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


class _Styles:
    def __init__(self, standard_fonts: bool = False) -> None:
        regular, bold = ("Helvetica", "Helvetica-Bold") if standard_fonts else register_fonts()
        self.regular, self.bold = regular, bold
        self.body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=10)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8.5, leading=10.5)
        self.heading = ParagraphStyle(
            "heading",
            parent=self.body,
            fontName=bold,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=4,
        )
        self.notice_heading = ParagraphStyle(
            "notice_heading", parent=self.heading, fontSize=14, leading=18, spaceBefore=0
        )
        self.figure_value = ParagraphStyle(
            "figure_value", parent=self.body, fontName=bold, fontSize=17, leading=20,
            alignment=TA_CENTER, textColor=ACCENT,
        )  # fmt: skip
        self.figure_label = ParagraphStyle(
            "figure_label", parent=self.small, alignment=TA_CENTER, textColor=MUTED
        )


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Holds pages back until the end so each footer can say 'page X of Y'."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []
        self.footer: Callable[[Canvas, int, int], None] | None = None

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            if self.footer is not None:
                self.footer(self, self._pageNumber, total)
            super().showPage()
        super().save()


class FastTable(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A table of one-line rows drawn straight onto the canvas, header repeated on each page.

    For long documents (hundreds of pages of overdue lists): text too wide for its
    column is shortened with an ellipsis instead of wrapping, which lays out several
    times faster than platypus' general Table.
    """

    ROW = 13.0

    def __init__(
        self,
        columns: tuple[str, ...],
        rows: list[list[str]],
        widths: list[float],
        numeric: list[bool],
        fonts: tuple[str, str],
        size: float = 8.5,
    ) -> None:
        super().__init__()
        self.columns, self.rows, self.widths, self.numeric = columns, rows, widths, numeric
        self.font, self.bold = fonts
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.ROW * (len(self.rows) + 1) + 2
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fits = int((availHeight - 2) // self.ROW) - 1
        if fits < 1 or fits >= len(self.rows):
            return []
        parts = (self.rows[:fits], self.rows[fits:])
        fonts = (self.font, self.bold)
        return [FastTable(self.columns, part, self.widths, self.numeric, fonts, self.size)
                for part in parts]  # fmt: skip

    def _fit(self, text: str, font: str, room: float) -> str:
        if len(text) * self.size * 0.3 < room or stringWidth(text, font, self.size) <= room:
            return text
        while text and stringWidth(text + "…", font, self.size) > room:
            text = text[:-1]
        return text + "…"

    def draw(self) -> None:
        canvas = self.canv
        row_h = self.ROW
        top = self.height
        canvas.setFillColor(ACCENT_LIGHT)
        canvas.rect(0, top - row_h, self.width, row_h, stroke=0, fill=1)
        canvas.setFillColor(ZEBRA)
        for index in range(1, len(self.rows), 2):
            canvas.rect(0, top - row_h * (index + 2), self.width, row_h, stroke=0, fill=1)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(0, top - row_h, self.width, top - row_h)
        canvas.setFillColor(colors.black)
        # one text object for the whole table: far fewer PDF operators than a string each
        text = canvas.beginText()
        for line, (font, cells) in enumerate(
            [(self.bold, list(self.columns))] + [(self.font, row) for row in self.rows]
        ):
            text.setFont(font, self.size)
            baseline = top - row_h * (line + 1) + 3.6
            x = 0.0
            for index, value in enumerate(cells):
                width = self.widths[index]
                fitted = self._fit(value, font, width - 7)
                if self.numeric[index]:
                    left = x + width - 3.5 - stringWidth(fitted, font, self.size)
                else:
                    left = x + 3.5
                text.setTextOrigin(left, baseline)
                text.textOut(fitted)
                x += width
        canvas.drawText(text)
        canvas.setStrokeColor(ACCENT_LIGHT)
        canvas.setLineWidth(0.5)
        canvas.line(0, 1, self.width, 1)


class PdfRenderer:
    """Turns one ReportDocument into PDF bytes."""

    def __init__(self, logo_path: str | Path | None = None) -> None:
        self.styles = _Styles()
        self.fast_tables = False
        self.logo_path = Path(logo_path) if logo_path else None

    # public
    def render(self, doc: ReportDocument, progress: ProgressFn | None = None) -> bytes:
        self.styles = _Styles(standard_fonts=_fits_standard_fonts(doc))
        self.fast_tables = sum(len(t.rows) for t in doc.tables()) > FAST_TABLES_FROM_ROWS
        buffer = BytesIO()
        pagesize = landscape(letter) if doc.landscape else letter
        margin = 0.6 * inch
        header_height = 0.85 * inch
        template = BaseDocTemplate(
            buffer,
            pagesize=pagesize,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin + header_height,
            bottomMargin=margin + 0.2 * inch,
            title=f"{doc.title} — {doc.school_name}",
            author=doc.school_name,
            subject=self._period(doc),
            creator="LMS Desktop",
        )
        frame = Frame(
            template.leftMargin,
            template.bottomMargin,
            template.width,
            template.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        width = template.width

        def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
            self._draw_header(canvas, doc, pagesize, margin)

        template.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list[Flowable] = []
        total = len(doc.blocks)
        for index, block in enumerate(doc.blocks):
            story.extend(self._flowables(block, width))
            if progress is not None and (index % 25 == 0 or index == total - 1):
                progress(index + 1, total + 1, say("Laying out pages…"))
        if not story:
            story.append(Paragraph("Nothing to report for this period.", self.styles.body))

        footer_font = self.styles.regular

        def footer(canvas: Canvas, page: int, pages: int) -> None:
            canvas.saveState()
            canvas.setFont(footer_font, 8)
            canvas.setFillColor(MUTED)
            canvas.drawString(margin, margin * 0.6, f"{doc.title} · {doc.school_name}")
            canvas.drawRightString(pagesize[0] - margin, margin * 0.6, f"Page {page} of {pages}")
            canvas.restoreState()

        def make_canvas(*args: Any, **kwargs: Any) -> _NumberedCanvas:
            canvas = _NumberedCanvas(*args, **kwargs)
            canvas.footer = footer
            return canvas

        template.build(story, canvasmaker=make_canvas)
        if progress is not None:
            progress(total + 1, total + 1, say("PDF ready"))
        return buffer.getvalue()

    def write(self, doc: ReportDocument, path: Path, progress: ProgressFn | None = None) -> None:
        path.write_bytes(self.render(doc, progress))

    # letterhead
    @staticmethod
    def _period(doc: ReportDocument) -> str:
        if doc.start and doc.end:
            if doc.start == doc.end:
                return doc.start.strftime("%B %-d, %Y")
            return f"{doc.start.strftime('%B %-d, %Y')} – {doc.end.strftime('%B %-d, %Y')}"
        if doc.end:
            return f"as of {doc.end.strftime('%B %-d, %Y')}"
        return ""

    def _draw_header(
        self, canvas: Canvas, doc: ReportDocument, pagesize: tuple[float, float], margin: float
    ) -> None:
        width, height = pagesize
        top = height - margin
        canvas.saveState()
        text_left = margin
        if self.logo_path is not None and self.logo_path.is_file():
            try:
                canvas.drawImage(
                    str(self.logo_path),
                    margin,
                    top - 0.62 * inch,
                    width=0.62 * inch,
                    height=0.62 * inch,
                    preserveAspectRatio=True,
                    mask="auto",
                )
                text_left = margin + 0.75 * inch
            except OSError:
                pass  # an unreadable logo must never stop the report
        canvas.setFillColor(ACCENT)
        canvas.setFont(self.styles.bold, 15)
        canvas.drawString(text_left, top - 0.22 * inch, doc.school_name)
        canvas.setFillColor(colors.black)
        canvas.setFont(self.styles.bold, 11.5)
        canvas.drawString(text_left, top - 0.44 * inch, doc.title)
        canvas.setFont(self.styles.regular, 9)
        canvas.setFillColor(MUTED)
        line = " · ".join(p for p in (self._period(doc), doc.subtitle) if p)
        canvas.drawString(text_left, top - 0.62 * inch, line)
        canvas.drawRightString(
            width - margin,
            top - 0.22 * inch,
            f"Printed {doc.generated_at.strftime('%b %-d, %Y %H:%M')}",
        )
        if doc.filters:
            filters = "; ".join(f"{k}: {v}" for k, v in doc.filters)
            canvas.drawRightString(width - margin, top - 0.44 * inch, filters)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.5)
        canvas.line(margin, top - 0.72 * inch, width - margin, top - 0.72 * inch)
        canvas.restoreState()

    # blocks
    def _flowables(self, block: Block, width: float, keep: bool = True) -> list[Flowable]:
        s = self.styles
        if isinstance(block, PageBreak):
            return [RlPageBreak()]
        if isinstance(block, Text):
            style = {"heading": s.heading, "small": s.muted}.get(block.style, s.body)
            return [Paragraph(escape(block.text), style)]
        if isinstance(block, KeyFigures):
            return self._key_figures(block, width)
        if isinstance(block, Table):
            return self._table(block, width, keep)
        if isinstance(block, Chart):
            chart = self._chart(block, width)
            return [KeepTogether(chart)] if keep else chart
        if isinstance(block, Notice):
            notice = self._notice(block, width)
            return [KeepTogether(notice)] if keep else notice
        if isinstance(block, Columns):
            return [self._columns(block, width)]
        raise TypeError(f"unknown report block {block!r}")

    def _key_figures(self, block: KeyFigures, width: float) -> list[Flowable]:
        s = self.styles
        cells: list[list[Flowable]] = []
        for figure in block.figures:
            value = figure.display or (
                _format_cell(figure.value) + (f" {figure.unit}" if figure.unit else "")
            )
            parts: list[Flowable] = [
                Paragraph(escape(value), s.figure_value),
                Paragraph(escape(figure.label), s.figure_label),
            ]
            change = figure.change
            if change is not None:
                colour = GOOD if change >= 0 else BAD
                sign = "+" if change >= 0 else "-"
                parts.append(
                    Paragraph(
                        f'<font color="{colour.hexval()}">{sign}{abs(change):.0%}</font> '
                        f"vs. previous ({_format_cell(figure.previous)})",
                        s.figure_label,
                    )
                )
            elif figure.previous is not None:
                parts.append(
                    Paragraph(f"previous: {_format_cell(figure.previous)}", s.figure_label)
                )
            cells.append(parts)
        per_row = min(4, max(1, len(cells)))
        rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
        rows[-1] = rows[-1] + [[] for _ in range(per_row - len(rows[-1]))]
        grid = RlTable(rows, colWidths=[width / per_row] * per_row)
        grid.setStyle(
            RlTableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                    ("BOX", (0, 0), (-1, -1), 0.5, ACCENT_LIGHT),
                    ("INNERGRID", (0, 0), (-1, -1), 2, colors.white),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        out: list[Flowable] = []
        if block.title:
            out.append(Paragraph(escape(block.title), s.heading))
        out.extend([grid, Spacer(1, 6)])
        return out

    def _table(self, block: Table, width: float, keep: bool = True) -> list[Flowable]:
        s = self.styles
        weights = block.widths or tuple(1.0 for _ in block.columns)
        total = sum(weights)
        col_widths = [width * w / total for w in weights]
        if self.fast_tables and keep and block.rows:
            fast = FastTable(
                block.columns,
                [[_format_cell(v) for v in row] for row in block.rows],
                col_widths,
                [block.is_numeric(i) for i in range(len(block.columns))],
                (s.regular, s.bold),
            )
            heading = [Paragraph(escape(block.title), s.heading)] if block.title else []
            note = [Paragraph(escape(block.note), s.muted)] if block.note else []
            return [*heading, fast, *note, Spacer(1, 6)]
        room = [w - 7 for w in col_widths]  # inside the cell padding
        # only text too wide for its column becomes a wrapping Paragraph: a plain string
        # draws many times faster, and long lists have thousands of cells
        header = [
            Paragraph(f"<b>{escape(c)}</b>", s.cell) if stringWidth(c, s.bold, 8.5) > room[i] else c
            for i, c in enumerate(block.columns)
        ]
        data: list[list[Any]] = [header]
        for row in block.rows:
            cells: list[Any] = []
            for index, value in enumerate(row):
                text = _format_cell(value)
                if len(text) > 12 and stringWidth(text, s.regular, 8.5) > room[index]:
                    cells.append(Paragraph(escape(text), s.cell))
                else:
                    cells.append(text)
            data.append(cells)
        if not block.rows:
            data.append(["Nothing to list."] + [""] * (len(block.columns) - 1))
        table_class = LongTable if keep else RlTable
        table = table_class(data, colWidths=col_widths, repeatRows=1)
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), s.regular, 8.5),
            ("FONT", (0, 0), (-1, 0), s.bold, 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, ACCENT_LIGHT),
        ]
        for index in range(len(block.columns)):
            if block.is_numeric(index):
                style.append(("ALIGN", (index, 0), (index, -1), "RIGHT"))
        table.setStyle(RlTableStyle(style))
        out: list[Flowable] = []
        if block.title:
            out.append(Paragraph(escape(block.title), s.heading))
        out.append(table)
        if block.note:
            out.append(Paragraph(escape(block.note), s.muted))
        out.append(Spacer(1, 6))
        return out

    def _chart(self, block: Chart, width: float) -> list[Flowable]:
        s = self.styles
        height = 150.0 if block.kind != "hbar" else max(90.0, 16.0 * len(block.categories) + 30)
        drawing = Drawing(width, height)
        many_series = len(block.series) > 1
        if not block.categories or not any(any(v for v in x.values) for x in block.series):
            drawing.add(String(width / 2, height / 2, "No data for this period.",
                               fontName=s.regular, fontSize=9, fillColor=MUTED,
                               textAnchor="middle"))  # fmt: skip
        elif block.kind == "pie":
            pie = Pie()
            pie.x, pie.y = 10, 10
            pie.width = pie.height = height - 20
            pie.data = list(block.series[0].values)
            pie.labels = None
            pie.slices.strokeColor = colors.white
            for i in range(len(pie.data)):
                pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
            drawing.add(pie)
            legend = Legend()
            legend.x, legend.y = height + 10, height - 10
            legend.fontName, legend.fontSize = s.regular, 8
            legend.alignment = "right"
            legend.colorNamePairs = [
                (PALETTE[i % len(PALETTE)], f"{c} ({_format_cell(v)})")
                for i, (c, v) in enumerate(zip(block.categories, pie.data, strict=True))
            ]
            drawing.add(legend)
        else:
            chart: VerticalBarChart | HorizontalBarChart
            if block.kind == "hbar":
                chart = HorizontalBarChart()
                label_room = min(140.0, 6.0 * max(len(c) for c in block.categories) + 10)
                chart.x, chart.y = label_room, 10
                chart.width, chart.height = width - label_room - 20, height - 20
                chart.categoryAxis.labels.boxAnchor = "e"
                chart.categoryAxis.reverseDirection = True
            else:
                chart = VerticalBarChart()
                chart.x, chart.y = 32, 28
                chart.width = width - (130 if many_series else 45)
                chart.height = height - 40
                chart.categoryAxis.labels.boxAnchor = "n"
                if len(block.categories) > 8:
                    chart.categoryAxis.labels.angle = 30
                    chart.categoryAxis.labels.boxAnchor = "ne"
            chart.data = [list(x.values) for x in block.series]
            names = list(block.categories)
            if block.kind != "hbar" and len(names) > 16:
                # two months of days: label every few bars so the names stay readable
                step = -(-len(names) // 12)
                names = [n if i % step == 0 else "" for i, n in enumerate(names)]
            chart.categoryAxis.categoryNames = names
            top = max((max(x.values, default=0) for x in block.series), default=0)
            if top <= 10:  # counts: whole-number ticks, never 0.5 of a checkout
                chart.valueAxis.valueStep = 1
                chart.valueAxis.valueMax = max(1, top)
            chart.categoryAxis.labels.fontName = s.regular
            chart.categoryAxis.labels.fontSize = 7.5
            chart.valueAxis.labels.fontName = s.regular
            chart.valueAxis.labels.fontSize = 7.5
            chart.valueAxis.valueMin = 0
            chart.valueAxis.gridStrokeColor = ACCENT_LIGHT
            chart.valueAxis.visibleGrid = True
            chart.barSpacing = 1
            chart.groupSpacing = 6
            for i in range(len(block.series)):
                chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
                chart.bars[i].strokeColor = None
            drawing.add(chart)
            if many_series:
                legend = Legend()
                legend.x, legend.y = width - 90, height - 12
                legend.fontName, legend.fontSize = s.regular, 8
                legend.alignment = "right"
                legend.colorNamePairs = [
                    (PALETTE[i % len(PALETTE)], x.name) for i, x in enumerate(block.series)
                ]
                drawing.add(legend)
        out: list[Flowable] = []
        if block.title:
            out.append(Paragraph(escape(block.title), s.heading))
        out.append(drawing)
        return out

    def _notice(self, block: Notice, width: float) -> list[Flowable]:
        s = self.styles
        out: list[Flowable] = [Paragraph(escape(block.heading), s.notice_heading)]
        for paragraph in block.paragraphs:
            out.append(Paragraph(escape(paragraph).replace("\n", "<br/>"), s.body))
            out.append(Spacer(1, 4))
        if block.table is not None:
            out.extend(self._table(block.table, width))
        cut = RlTable([[""]], colWidths=[width], rowHeights=[10])
        cut.setStyle(RlTableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, MUTED, None, (3, 3))]))
        out.extend([cut, Spacer(1, 14)])
        return out

    def _columns(self, block: Columns, width: float) -> Flowable:
        count = max(1, len(block.blocks))
        gap = 12.0
        inner = (width - gap * (count - 1)) / count
        cells = [self._flowables(b, inner, keep=False) for b in block.blocks]
        widths: list[float] = []
        row: list[Any] = []
        for index, cell in enumerate(cells):
            if index:
                row.append("")
                widths.append(gap)
            row.append(cell)
            widths.append(inner)
        grid = RlTable([row], colWidths=widths)
        grid.setStyle(
            RlTableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return grid


def render_pdf(
    doc: ReportDocument,
    logo_path: str | Path | None = None,
    progress: ProgressFn | None = None,
) -> bytes:
    """The report as PDF bytes."""
    return PdfRenderer(logo_path).render(doc, progress)
