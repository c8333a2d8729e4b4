"""Encode barcodes with python-barcode and draw them as crisp vector bars on a reportlab canvas."""

from __future__ import annotations

from functools import lru_cache

import barcode
from barcode.errors import BarcodeError
from reportlab.pdfgen.canvas import Canvas

from lms_desktop.errors import ValidationError
from lms_desktop.texts import say

SYMBOLOGIES = {"code39": "Code 39", "code128": "Code 128", "codabar": "Codabar"}
QUIET_MODULES = 10
MAX_MODULE = 0.02 * 72
# the thinnest bar (one module) a school's laser printer and handheld scanner manage
# reliably: 7.5 mil (0.0075", 0.19 mm); below it bars smear and scans fail
MIN_MODULE_MM = 0.19
MIN_MODULE = MIN_MODULE_MM * 72 / 25.4


def symbology_key(symbology: str) -> str:
    """'Code 39', 'code-39' -> 'code39'; an unknown type is refused with the known ones."""
    key = symbology.lower().replace(" ", "").replace("-", "")
    if key not in SYMBOLOGIES:
        raise ValidationError(
            say(
                "'{symbology}' is not a barcode type LMS Desktop prints. Choose one of: {types}.",
                symbology=symbology,
                types=", ".join(SYMBOLOGIES.values()),
            )
        )
    return key


@lru_cache(maxsize=4096)
def encode(data: str, symbology: str = "code39") -> str:
    """The bar pattern ('1' = bar, '0' = space, one character per module) of `data`.

    Code 39 is written without the optional check digit (school scanners rarely expect
    one); Codabar gets A…A start/stop characters unless the data already has them.
    """
    symbology = symbology_key(symbology)
    if not data:
        raise ValidationError(say("There is no barcode number to print."))
    try:
        if symbology == "code39":
            code = barcode.get_barcode_class("code39")(data.upper(), add_checksum=False)
        elif symbology == "codabar":
            text = data.upper()
            if text[0] not in "ABCD":
                text = f"A{text}A"
            code = barcode.get_barcode_class("codabar")(text)
        else:
            code = barcode.get_barcode_class("code128")(data)
        return "".join(code.build())
    except (BarcodeError, KeyError, ValueError) as exc:
        raise ValidationError(
            say(
                "'{data}' cannot be written as {symbology} ({error}). "
                "Choose Code 128, which takes any letters and digits.",
                data=data,
                symbology=SYMBOLOGIES[symbology],
                error=str(exc),
            )
        ) from exc


def module_width(pattern: str, width: float) -> float:
    """The width in points of one module (the thinnest bar) when `pattern` fills `width`."""
    modules = len(pattern) + 2 * QUIET_MODULES
    # bars wider than 0.02" per module only make a code longer, not easier to scan
    return min(width / modules, MAX_MODULE)


def draw_barcode(
    canvas: Canvas, pattern: str, x: float, y: float, width: float, height: float
) -> float:
    """Draw the bars in the box (x, y, width, height), centred, with quiet zones.

    Returns the module width used, in points. Adjacent bar modules are merged into one
    rectangle so the PDF holds one clean filled path per bar.
    """
    module = module_width(pattern, width)
    left = x + (width - module * len(pattern)) / 2
    path = canvas.beginPath()
    run_start = -1
    for index, bit in enumerate(pattern + "0"):
        if bit == "1" and run_start < 0:
            run_start = index
        elif bit != "1" and run_start >= 0:
            path.rect(left + run_start * module, y, (index - run_start) * module, height)
            run_start = -1
    canvas.drawPath(path, stroke=0, fill=1)
    return module
