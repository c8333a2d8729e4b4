"""An in-app PDF preview (QtPdf) that can print at actual size and save the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

try:  # QtPdf ships in PySide6-Addons; without it the preview says so
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installation
    HAVE_QTPDF = False

PRINT_DPI = 600


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
        """Print every page at actual size (labels must not be scaled); returns pages printed."""
        if self.document is None or not self._data:
            return 0
        printer.setFullPage(True)
        first = self.document.pagePointSize(0)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(first, QPageSize.Unit.Point),
                QPageLayout.Orientation.Portrait,
                printer.pageLayout().margins(),
            )
        )
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        resolution = printer.resolution()
        count = self.document.pageCount()
        try:
            for page in range(count):
                if page:
                    printer.newPage()
                size = self.document.pagePointSize(page)
                scale = min(resolution, PRINT_DPI) / 72.0
                image = self.document.render(
                    page, QSize(int(size.width() * scale), int(size.height() * scale))
                )
                target = QRectF(
                    0, 0, size.width() * resolution / 72.0, size.height() * resolution / 72.0
                )
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(target, image)
        finally:
            painter.end()
        return count


def align_top_left(label: QLabel) -> None:
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
