"""Label PDFs read back: every label lands on its place on the sheet, to half a millimetre."""

from __future__ import annotations

import re
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import ValidationError
from lms_desktop.labels.barcodes import encode
from lms_desktop.labels.render import BarcodeLabel, SpineLabel, render_labels
from lms_desktop.labels.service import LabelSelection, barcode_sequence, make_label_pdf
from lms_desktop.labels.sheets import PrinterOffset, find_sheet, set_printer_offset
from tests.labels.conftest import SmallSchool
from tests.labels.pdf_shapes import drawn_texts

MM = 72 / 25.4
HALF_MM = 0.5 * MM
INCH = 72.0


def expected_rect(
    left_in: float, top_in: float, h_pitch: float, v_pitch: float, w: float, h: float,
    columns: int, position: int, page_height: float = 11.0,
) -> tuple[float, float, float, float]:  # fmt: skip
    """A label's rectangle computed straight from the sheet's published inches."""
    row, column = divmod(position, columns)
    left = (left_in + column * h_pitch) * INCH
    top = (page_height - top_in - row * v_pitch) * INCH
    return left, top - h * INCH, left + w * INCH, top


# Demco WS14942260, 4 lines: 1.5" x 1", 5 across, 10 down, margins 0.25"/0.5", pitch 1.5625"
def demco_rect(position: int) -> tuple[float, float, float, float]:
    return expected_rect(0.25, 0.5, 1.5625, 1.0, 1.5, 1.0, 5, position)


def test_spine_labels_land_on_their_positions_starting_mid_sheet(
    database: Database, school: SmallSchool
) -> None:
    with database.unit_of_work() as uow:
        selection = LabelSelection(barcodes=school.item_barcodes[:8])
        job = make_label_pdf(uow, "spine", "demco-ws14942260-4line", selection, start=3)
    assert (job.count, job.pages) == (8, 1)
    texts = drawn_texts(job.pdf)
    # the first two copies are "FIC WHI": positions 3 and 4 (0-based 2 and 3)
    firsts = [t for t in texts if t.text == "FIC"]
    for drawn, position in zip(firsts[:2], (2, 3), strict=True):
        left, bottom, _right, top = demco_rect(position)
        assert drawn.x == pytest.approx(left + 0.06 * INCH, abs=HALF_MM)
        assert bottom < drawn.y < top
    # "599.75" / "SMI": the 7th and 8th labels are at positions 9 and 10 (0-based 8, 9)
    dewey = [t for t in texts if t.text == "599.75"]
    smi = [t for t in texts if t.text == "SMI"]
    for a, b, position in zip(dewey, smi, (8, 9), strict=True):
        left, bottom, _right, top = demco_rect(position)
        assert a.x == pytest.approx(left + 0.06 * INCH, abs=HALF_MM)
        assert b.x == pytest.approx(a.x, abs=0.01)
        assert bottom < b.y < a.y < top  # SMI below 599.75, both on the label
        # the two lines sit centred top to bottom on the label
        middle = (a.y + a.size * 0.7 + b.y) / 2
        assert middle == pytest.approx((top + bottom) / 2, abs=2 * MM)


def test_the_printer_offset_shifts_every_label_exactly(
    database: Database, school: SmallSchool
) -> None:
    selection = LabelSelection(barcodes=school.item_barcodes[:4])
    with database.unit_of_work() as uow:
        plain = drawn_texts(make_label_pdf(uow, "spine", "avery-5167", selection).pdf)
        set_printer_offset(uow, "Library HP", PrinterOffset(right_mm=0.8, down_mm=1.2))
        shifted = drawn_texts(
            make_label_pdf(uow, "spine", "avery-5167", selection, printer="Library HP").pdf
        )
    assert len(plain) == len(shifted) == 8
    for a, b in zip(plain, shifted, strict=True):
        assert b.x - a.x == pytest.approx(0.8 * MM, abs=0.05 * MM)
        assert a.y - b.y == pytest.approx(1.2 * MM, abs=0.05 * MM)


def test_barcode_labels_carry_school_title_and_call_number_centred(
    database: Database, school: SmallSchool
) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from lms_desktop.reports.fonts import register_fonts

    regular, _bold = register_fonts()
    with database.unit_of_work() as uow:
        job = make_label_pdf(
            uow, "barcode", "avery-5160", LabelSelection(barcodes=("T0010", "T0030")), start=5
        )
    texts = drawn_texts(job.pdf)
    words = [t.text for t in texts]
    assert words.count("My School") == 2
    assert {"T0010", "Hatchet", "FIC PAU", "T0030", "Mammals of the World", "599.75 SMI"} <= set(
        words
    )
    number = next(t for t in texts if t.text == "T0010")
    # Avery 5160: position 5 is row 2, column 2
    left, bottom, right, top = expected_rect(0.1875, 0.5, 2.75, 1.0, 2.625, 1.0, 3, 4)
    centre = number.x + stringWidth("T0010", regular, number.size) / 2
    assert centre == pytest.approx((left + right) / 2, abs=HALF_MM)
    assert bottom < number.y < top


@pytest.mark.parametrize("symbology", ["code39", "code128", "codabar"])
def test_bars_are_vector_rectangles_one_per_bar(symbology: str) -> None:
    sheet = find_sheet("avery-5160")
    data = "31234000012345"
    pdf = render_labels(sheet, [BarcodeLabel(data, symbology=symbology)])
    content = PdfReader(BytesIO(pdf)).pages[0].get_contents()
    assert content is not None
    rectangles = len(re.findall(rb"\bre\b", content.get_data()))
    bars = len(re.findall("1+", encode(data, symbology)))
    assert rectangles == bars > 20


def test_known_code39_pattern() -> None:
    # '*' start/stop around 'A': each character is 9 elements, 3 of them wide
    pattern = encode("A", "code39")
    assert pattern.startswith("100010111011101")  # the '*' start character
    assert pattern.endswith("100010111011101")


def test_a_full_sheet_continues_on_the_next_page() -> None:
    sheet = find_sheet("avery-5160")
    labels = [SpineLabel((f"L{n}",)) for n in range(5)]
    pdf = render_labels(sheet, labels, start=29)
    texts = drawn_texts(pdf)
    assert [(t.text, t.page) for t in texts] == [
        ("L0", 0), ("L1", 0), ("L2", 1), ("L3", 1), ("L4", 1),
    ]  # fmt: skip
    left, bottom, _r, top = expected_rect(0.1875, 0.5, 2.75, 1.0, 2.625, 1.0, 3, 28)
    assert texts[0].x == pytest.approx(left + 0.06 * INCH, abs=HALF_MM)
    assert bottom < texts[0].y < top
    left, bottom, _r, top = expected_rect(0.1875, 0.5, 2.75, 1.0, 2.625, 1.0, 3, 0)
    assert texts[2].x == pytest.approx(left + 0.06 * INCH, abs=HALF_MM)


def test_patron_cards_and_asset_tags(database: Database, school: SmallSchool) -> None:
    with database.unit_of_work() as uow:
        cards = drawn_texts(
            make_label_pdf(uow, "patron", "avery-5161", LabelSelection(homeroom="3A")).pdf
        )
        tags = drawn_texts(
            make_label_pdf(uow, "asset", "avery-5167", LabelSelection(everyone=True)).pdf
        )
    words = [t.text for t in cards]
    assert {"Ava Martinez", "Ben Okafor", "Chloe Nguyen", "P0001"} <= set(words)
    assert "Grade 3 · Ms. Rivera" in words and "Diego Lopez" not in words
    tag_words = [t.text for t in tags]
    assert tag_words.count("Property of My School") == 3
    assert "Chromebook · SN SN-00001" in tag_words and "CB-003" in tag_words


def test_new_items_and_barcode_ranges(database: Database, school: SmallSchool) -> None:
    with database.unit_of_work() as uow:
        new = drawn_texts(
            make_label_pdf(
                uow, "spine", "avery-5160", LabelSelection(new_since=date(2026, 11, 1))
            ).pdf
        )
        ranged = make_label_pdf(
            uow,
            "barcode",
            "avery-5160",
            LabelSelection(first_barcode="T0098", last_barcode="T0102"),
        )
    assert [t.text for t in new] == ["005.1", "LEE", "005.1", "LEE"]
    assert ranged.count == 5  # T0098…T0102, printed ahead of cataloguing
    assert barcode_sequence("T0098", "T0101") == ["T0098", "T0099", "T0100", "T0101"]
    with pytest.raises(ValidationError, match="same letters"):
        barcode_sequence("T0001", "X0009")


def test_mistakes_are_explained(database: Database, school: SmallSchool) -> None:
    with database.unit_of_work() as uow:
        with pytest.raises(ValidationError, match="positions 1 to 30"):
            make_label_pdf(
                uow, "spine", "avery-5160", LabelSelection(barcodes=("T0000",)), start=31
            )
        with pytest.raises(ValidationError, match="No item has the barcode NOPE"):
            make_label_pdf(uow, "spine", "avery-5160", LabelSelection(barcodes=("NOPE",)))
        with pytest.raises(ValidationError, match="Choose what to print"):
            make_label_pdf(uow, "spine", "avery-5160", LabelSelection())
        with pytest.raises(ValidationError, match="Code 128"):
            encode("T0001", "codabar")
