"""An in-app PDF preview (QtPdf) that can print at actual size and save the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPoint,
    QRect,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

try:  # QtPdf ships in PySide6-Addons; without it the preview says so
    from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installation
    HAVE_QTPDF = False

# from this printer resolution up, pages are drawn with hard edges, as printers draw vectors
CRISP_DPI = 300
# how many pixels of a page are drawn at a time (64 MB): a band of a 1200 dpi Letter page
BAND_PIXELS = 16_000_000


class PdfPreview(QWidget):
    """Shows PDF bytes page by page.

    Signals:
        loaded(int): a PDF was loaded; the number of pages.
    """

    loaded = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = b""
        self._buffer: QBuffer | None = None
        self.setAccessibleName(self.tr("PDF preview"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.pages_label = QLabel(self.tr("Nothing to preview yet."))
        self.pages_label.setAccessibleName(self.tr("Preview pages"))
        self.zoom = QComboBox()
        self.zoom.setAccessibleName(self.tr("Zoom"))
        for label, value in (
            (self.tr("Fit width"), "width"),
            (self.tr("Whole page"), "page"),
            ("100 %", "1.0"),
            ("150 %", "1.5"),
        ):
            self.zoom.addItem(label, value)
        self.zoom.currentIndexChanged.connect(self._apply_zoom)
        bar.addWidget(self.pages_label, 1)
        bar.addWidget(self.zoom)
        layout.addLayout(bar)
        if HAVE_QTPDF:
            self.document: QPdfDocument | None = QPdfDocument(self)
            self.view: QWidget = QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setPageSpacing(12)
        else:
            self.document = None
            self.view = QLabel(
                self.tr(
                    "The PDF preview is not available on this computer. Save the file to see it."
                )
            )
        self.view.setAccessibleName(self.tr("Pages of the PDF"))
        layout.addWidget(self.view, 1)

    @property
    def data(self) -> bytes:
        return self._data

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def set_pdf(self, data: bytes) -> None:
        self._data = data
        if self.document is None:
            self.pages_label.setText(self.tr("PDF ready (%n page(s))", "", 0))
            self.loaded.emit(0)
            return
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer
        self.document.load(buffer)
        if old is not None:
            old.deleteLater()
        pages = self.document.pageCount()
        self.pages_label.setText(self.tr("%n page(s)", "", pages))
        self.loaded.emit(pages)

    def clear(self) -> None:
        self._data = b""
        if self.document is not None:
            self.document.close()
        self.pages_label.setText(self.tr("Nothing to preview yet."))

    def _apply_zoom(self) -> None:
        if not HAVE_QTPDF or not isinstance(self.view, QPdfView):
            return
        value = self.zoom.currentData()
        if value == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif value == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(value))

    def save(self, path: Path) -> None:
        path.write_bytes(self._data)

    def print_to(self, printer: QPrinter) -> int:
        """Print every page at actual size (labels must not be scaled); returns pages printed.

        QtPdf can only draw a page as pixels, so each page is drawn at the printer's own
        resolution, one image pixel per printer dot, in bands (a 1200 dpi page would be
        half a gigabyte at once). At 300 dpi and up, bars, rules and type are drawn without
        grey anti-aliased edges, as the printer would draw the same page from vectors.
        Each page keeps its own size and orientation (a landscape list prints landscape).
        """
        if self.document is None or not self._data:
            return 0
        printer.setFullPage(True)
        margins = printer.pageLayout().margins()
        count = self.document.pageCount()
        printer.setPageLayout(page_layout(self.document.pagePointSize(0), margins))
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        # Qt would otherwise hand the pages to the print system as JPEG, blurring every bar
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
        dpi = printer.resolution()
        try:
            for page in range(count):
                if page:
                    printer.setPageLayout(page_layout(self.document.pagePointSize(page), margins))
                    printer.newPage()
                self._paint_page(painter, page, dpi)
        finally:
            painter.end()
        return count

    def _paint_page(self, painter: QPainter, page: int, dpi: int) -> None:
        assert self.document is not None
        points = self.document.pagePointSize(page)
        width = max(1, round(points.width() * dpi / 72))
        height = max(1, round(points.height() * dpi / 72))
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(QSize(width, height))
        if dpi >= CRISP_DPI:
            options.setRenderFlags(
                QPdfDocumentRenderOptions.RenderFlag.PathAliased
                | QPdfDocumentRenderOptions.RenderFlag.TextAliased
            )
        rows = max(1, BAND_PIXELS // width)
        for top in range(0, height, rows):
            band = min(rows, height - top)
            # QtPdf maps the clip rectangle's right()/bottom() (one less than its size) onto
            # the image's size, so the clip is one pixel larger to keep the scale exact
            options.setScaledClipRect(QRect(0, top, width + 1, band + 1))
            rendered = self.document.render(page, QSize(width, band), options)
            paper = QImage(width, band, QImage.Format.Format_RGB32)
            paper.fill(Qt.GlobalColor.white)  # QtPdf leaves the paper transparent
            with_page = QPainter(paper)
            with_page.drawImage(0, 0, rendered)
            with_page.end()
            painter.drawImage(QPoint(0, top), paper)


def page_layout(points: QSizeF, margins: QMarginsF) -> QPageLayout:
    """The paper for a page of `points`: a standard size where it is one, turned as drawn."""
    landscape = points.width() > points.height()
    upright = QSizeF(points.height(), points.width()) if landscape else points
    return QPageLayout(
        QPageSize(upright, QPageSize.Unit.Point),
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
        margins,
    )


def align_top_left(label: QLabel) -> None:
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
