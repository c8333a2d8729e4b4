"""On a short label the bars take all the height its words leave, and still scan held askew."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from lms_desktop.db.unit_of_work import Database
from lms_desktop.labels.render import (
    MIN_BAR_HEIGHT,
    AssetTag,
    BarcodeLabel,
    Label,
    PatronCard,
    render_labels,
)
from lms_desktop.labels.service import LabelSelection, make_label_pdf
from lms_desktop.labels.sheets import POINTS_PER_INCH, POINTS_PER_MM, builtin_sheets, find_sheet
from tests.labels.conftest import SmallSchool
from tests.labels.pdf_shapes import drawn_shapes, drawn_texts

LABELS: dict[str, Label] = {
    "barcode": BarcodeLabel("T0010", "Hatchet", "FIC PAU", "My School", "code39"),
    "patron": PatronCard("P0001", "Ava Martinez", "My School", "Grade 3 · Ms. Rivera", "code39"),
    "asset": AssetTag("CB-001", "My School", "Chromebook · SN SN-00001", "code128"),
}


@pytest.mark.parametrize("sheet_code", [s.code for s in builtin_sheets()])
@pytest.mark.parametrize("kind", list(LABELS))
def test_the_bars_fill_the_height_the_words_leave(sheet_code: str, kind: str) -> None:
    sheet = find_sheet(sheet_code)
    pdf = render_labels(sheet, [LABELS[kind]])
    (bars,) = [s.box for s in drawn_shapes(pdf) if s.kind == "bars"]
    texts = drawn_texts(pdf)
    assert bars.top - bars.bottom >= MIN_BAR_HEIGHT - 0.01
    above = [t for t in texts if t.y > bars.top]
    below = [t for t in texts if t.y < bars.bottom]
    assert len(above) + len(below) == len(texts)  # no word is drawn over the bars
    _left, bottom, _width, height = sheet.label_rect(0)
    # up to the descenders of the words above (or the clear margin when there are none) ...
    roof = min((t.y - 0.24 * t.size for t in above), default=bottom + height - 0.06 * 72)
    # ... and down to the tops of the digits and words below: nothing more than a hairline
    floor = max((t.y + 0.76 * t.size for t in below), default=bottom + 0.06 * 72)
    assert 0 <= roof - bars.top <= 1.25 and 0 <= bars.bottom - floor <= 1.25


def test_avery_5167_bars_are_twice_as_tall_as_they_were() -> None:
    # the 1.75" x 0.5" return-address label: school, title and call number used to leave
    # the bars 2.1 mm (a 6 pt floor that ran into the school name)
    pdf = render_labels(find_sheet("avery-5167"), [LABELS["barcode"]])
    (bars,) = [s.box for s in drawn_shapes(pdf) if s.kind == "bars"]
    assert (bars.top - bars.bottom) / POINTS_PER_MM >= 4.0
    words = [t.text for t in drawn_texts(pdf)]
    assert words == ["T0010", "Hatchet", "FIC PAU"]  # the school name gave way


def test_words_left_off_a_short_label_are_said_before_printing(
    database: Database, school: SmallSchool
) -> None:
    with database.unit_of_work() as uow:
        short = make_label_pdf(
            uow, "barcode", "avery-5167", LabelSelection(barcodes=("T0010", "T0030"))
        )
        roomy = make_label_pdf(
            uow, "barcode", "avery-5160", LabelSelection(barcodes=("T0010", "T0030"))
        )
        cards = make_label_pdf(uow, "patron", "avery-5167", LabelSelection(homeroom="3A"))
    (warning,) = short.warnings
    assert warning.startswith("On Avery 5167 2 barcode labels leave off the school name")
    assert "bars tall enough to scan (3.8 mm)" in warning
    assert "choose a taller sheet such as Avery 5160" in warning
    assert roomy.warnings == ()
    assert "My School" in [t.text for t in drawn_texts(roomy.pdf)]
    (card_warning,) = cards.warnings
    assert "patron cards leave off the grade and homeroom" in card_warning


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
@pytest.mark.parametrize("kind", list(LABELS))
def test_an_avery_5167_label_scanned_5_degrees_off_square_still_reads(
    kind: str, tmp_path: Path
) -> None:
    """A scanner's line has to cross every bar: held 5 degrees off, 2.1 mm bars did not."""
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    sheet = find_sheet("avery-5167")
    source = tmp_path / "label.pdf"
    source.write_bytes(render_labels(sheet, [LABELS[kind]]))
    dpi = 300
    left, bottom, width, height = sheet.label_rect(0)
    page_height = sheet.page_height * POINTS_PER_INCH
    crop = [round(v * dpi / 72) for v in (left, page_height - bottom - height, width, height)]
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile",
         "-x", str(crop[0]), "-y", str(crop[1]), "-W", str(crop[2]), "-H", str(crop[3]),
         str(source), str(tmp_path / "label")],
        check=True,
    )  # fmt: skip
    with Image.open(tmp_path / "label.png") as image:
        askew = image.convert("L").rotate(5, expand=True, fillcolor=255)
    found = [r.text for r in zxingcpp.read_barcodes(askew)]
    assert found == [LABELS[kind].barcode]
