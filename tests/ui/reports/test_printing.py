"""Printing from the preview: every page at actual size, in its own orientation, and
drawn at the printer's own resolution with hard-edged bars."""

from __future__ import annotations

import re
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen.canvas import Canvas

from lms_desktop.labels.render import BarcodeLabel, render_labels
from lms_desktop.labels.sheets import find_sheet
from lms_desktop.ui.reports.preview import PdfPreview

needs_poppler = pytest.mark.skipif(
    shutil.which("pdfimages") is None or shutil.which("pdftoppm") is None,
    reason="needs pdfimages and pdftoppm (poppler-utils)",
)


@pytest.fixture
def preview(qtbot: QtBot) -> PdfPreview:
    widget = PdfPreview()
    qtbot.addWidget(widget)
    return widget


def _pdf_printer(path: Path, dpi: int) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def _label_sheet() -> bytes:
    labels = [BarcodeLabel(f"T{n:04d}", "Hatchet", "FIC PAU", "My School") for n in range(30)]
    return render_labels(find_sheet("avery-5160"), labels)


@needs_poppler
@pytest.mark.parametrize("dpi", [600, 1200])
def test_a_label_sheet_is_printed_at_the_printers_own_resolution(
    preview: PdfPreview, tmp_path: Path, dpi: int
) -> None:
    preview.set_pdf(_label_sheet())
    out = tmp_path / "printed.pdf"
    assert preview.print_to(_pdf_printer(out, dpi)) == 1
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    # page img width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    rows = [line.split() for line in listing]
    assert rows, "nothing was printed"
    assert {(int(r[12]), int(r[13])) for r in rows} == {(dpi, dpi)}  # one pixel per dot
    assert {int(r[3]) for r in rows} == {round(8.5 * dpi)}  # the whole width of the page
    assert sum(int(r[4]) for r in rows) == 11 * dpi  # bands that add up to the page


@needs_poppler
def test_printed_bars_have_hard_edges_and_still_scan(preview: PdfPreview, tmp_path: Path) -> None:
    preview.set_pdf(_label_sheet())
    out = tmp_path / "printed.pdf"
    preview.print_to(_pdf_printer(out, 600))
    subprocess.run(
        ["pdfimages", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "band")], check=True
    )
    greys = set()
    for band in sorted(tmp_path.glob("band-*.png")):
        image = QImage(str(band)).convertToFormat(QImage.Format.Format_Grayscale8)
        row_bytes = image.bytesPerLine()
        data = bytes(image.constBits())
        for y in range(0, image.height(), 7):
            greys |= set(data[y * row_bytes : y * row_bytes + image.width()])
    # no anti-aliased grey between bar and space: as a printer draws the PDF's vectors
    assert greys == {0, 255}
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    subprocess.run(
        ["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", str(out),
         str(tmp_path / "page")],
        check=True,
    )  # fmt: skip
    with Image.open(tmp_path / "page.png") as page:
        found = {r.text for r in zxingcpp.read_barcodes(page)}
    assert {f"T{n:04d}" for n in range(30)} <= found


def test_each_page_prints_in_its_own_size_and_orientation(
    preview: PdfPreview, tmp_path: Path
) -> None:
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=letter)
    canvas.drawString(72, 72, "portrait")
    canvas.showPage()
    canvas.setPageSize(landscape(letter))
    canvas.drawString(72, 72, "landscape")
    canvas.showPage()
    canvas.save()
    preview.set_pdf(buffer.getvalue())
    out = tmp_path / "printed.pdf"
    assert preview.print_to(_pdf_printer(out, 150)) == 2
    shapes = []
    for page in PdfReader(out).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        if (page.get("/Rotate") or 0) % 180:
            width, height = height, width
        shapes.append((round(width), round(height)))
    assert shapes == [(612, 792), (792, 612)]  # not the landscape page squeezed upright


def test_a_landscape_report_prints_landscape(
    qtbot: QtBot, preview: PdfPreview, tmp_path: Path, app_context: object
) -> None:
    from datetime import date

    from lms_desktop.bootstrap import AppContext
    from lms_desktop.reports.common import ReportParams
    from lms_desktop.reports.service import render_report
    from tests.reports.school import build_small_school

    assert isinstance(app_context, AppContext)
    build_small_school(app_context.database)
    with app_context.database.unit_of_work() as uow:
        rendered = render_report(
            uow, "holds", ReportParams(date(2026, 11, 1), date(2026, 11, 30)), ".pdf"
        )
    preview.set_pdf(rendered.data)
    out = tmp_path / "holds.pdf"
    pages = preview.print_to(_pdf_printer(out, 150))
    assert pages >= 1
    printed = PdfReader(out).pages
    assert len(printed) == pages
    for page in printed:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        if (page.get("/Rotate") or 0) % 180:
            width, height = height, width
        assert (round(width), round(height)) == (792, 612)
    assert re.search(r"Holds", PdfReader(BytesIO(rendered.data)).pages[0].extract_text())


@needs_poppler
def test_the_bands_of_a_page_join_up_exactly(
    preview: PdfPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page drawn band by band is the page drawn at once: no seam, no drift of the bars."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocumentRenderOptions

    from lms_desktop.ui.reports import preview as preview_module

    dpi = 300
    width, height = round(8.5 * dpi), 11 * dpi
    monkeypatch.setattr(preview_module, "BAND_PIXELS", width * 97)  # 97-row bands
    preview.set_pdf(_label_sheet())
    out = tmp_path / "printed.pdf"
    preview.print_to(_pdf_printer(out, dpi))
    subprocess.run(["pdfimages", "-png", str(out), str(tmp_path / "band")], check=True)
    bands = [QImage(str(p)) for p in sorted(tmp_path.glob("band-*.png"))]
    assert len(bands) == -(-height // 97)
    whole = QImage(width, height, QImage.Format.Format_RGB32)
    whole.fill(Qt.GlobalColor.white)
    painter = QPainter(whole)
    top = 0
    for band in bands:
        painter.drawImage(0, top, band)
        top += band.height()
    painter.end()
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(
        QPdfDocumentRenderOptions.RenderFlag.PathAliased
        | QPdfDocumentRenderOptions.RenderFlag.TextAliased
    )
    assert preview.document is not None
    at_once = QImage(width, height, QImage.Format.Format_RGB32)
    at_once.fill(Qt.GlobalColor.white)
    painter = QPainter(at_once)
    painter.drawImage(0, 0, preview.document.render(0, QSize(width, height), options))
    painter.end()
    gray = QImage.Format.Format_Grayscale8
    assert whole.convertToFormat(gray) == at_once.convertToFormat(gray)
