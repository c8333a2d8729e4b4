"""Every label of every sheet prints where the sheet's package says it is, to half a millimetre.

The expected places are computed here straight from the published inches in
`label_geometries.tsv` (and from the librarian's own measurements for her sheet), not
from the app's layout code, and compared with what the PDF really draws.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

from lms_desktop.db.unit_of_work import Database
from lms_desktop.labels.render import (
    AssetTag,
    BarcodeLabel,
    Label,
    PatronCard,
    SpineLabel,
    render_labels,
)
from lms_desktop.labels.sheets import SheetTemplate, find_sheet, save_user_sheet
from lms_desktop.reports.fonts import register_fonts
from tests.labels.pdf_shapes import Box, DrawnShape, DrawnText, drawn_shapes, drawn_texts

INCH = 72.0
MM = 72 / 25.4
HALF_MM = 0.5 * MM
INSET = 0.06 * INCH  # the clear margin inside each label's edge


@dataclass(frozen=True)
class Published:
    """A sheet as its package describes it, in inches."""

    page_h: float
    width: float
    height: float
    columns: int
    rows: int
    left: float
    top: float
    h_pitch: float
    v_pitch: float

    def rect(self, position: int) -> Box:
        row, column = divmod(position, self.columns)
        left = (self.left + column * self.h_pitch) * INCH
        top = (self.page_h - self.top - row * self.v_pitch) * INCH
        return Box(left, top - self.height * INCH, left + self.width * INCH, top)


def _published_table() -> dict[str, Published]:
    """The first row of each sheet in the packaged table, read without the app's code."""
    table = resources.files("lms_desktop").joinpath("resources/labels/label_geometries.tsv")
    found: dict[str, Published] = {}
    with table.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["sheet"] in found:
                continue
            width, height = float(row["label_w_in"]), float(row["label_h_in"])
            h_pitch = row["h_pitch_in"]
            found[row["sheet"]] = Published(
                page_h=float(row["page_h_in"]),
                width=width,
                height=height,
                columns=int(row["cols"]),
                rows=int(row["rows"]),
                left=float(row["left_margin_in"]),
                top=float(row["top_margin_in"]),
                h_pitch=float(h_pitch) if h_pitch not in ("", "-") else width,
                v_pitch=float(row["v_pitch_in"]),
            )
    return found


PUBLISHED = _published_table()
# the librarian's own A4 sheet: 3 x 8 labels of 70 x 36 mm, measured off the package
MY_SHEET = SheetTemplate(
    name="School office A4 3x8",
    code="",
    page_width=8.27,
    page_height=11.69,
    label_width=2.756,
    label_height=1.417,
    columns=3,
    rows=8,
    left_margin=0.0,
    top_margin=0.181,
    h_pitch=2.756,
    v_pitch=1.417,
)
SHEETS = [
    "Avery 5160",
    "Avery 5161",
    "Avery 5167",
    'Demco WS14942260 (1"x1.5" spine, 4 lines)',
    'Demco WS14942260 (1"x1.5" spine, 5 lines)',
    "Gaylord 8511 spine (left column only)",
    "Avery 5460 spine",
    MY_SHEET.name,
]


def test_every_sheet_in_the_table_is_checked() -> None:
    assert set(PUBLISHED) == set(SHEETS) - {MY_SHEET.name}


def _sheet_and_package(name: str, database: Database) -> tuple[SheetTemplate, Published]:
    if name != MY_SHEET.name:
        return find_sheet(name), PUBLISHED[name]
    with database.unit_of_work() as uow:
        save_user_sheet(uow, MY_SHEET)
        uow.commit()
    with database.unit_of_work() as uow:
        sheet = find_sheet(name, uow)
    assert sheet.user_defined
    m = MY_SHEET
    return sheet, Published(
        m.page_height, m.label_width, m.label_height, m.columns, m.rows,
        m.left_margin, m.top_margin, m.h_pitch, m.v_pitch,
    )  # fmt: skip


def _cap_height(font: str) -> float:
    """Height of a capital letter per point of type size."""
    return float(pdfmetrics.getFont(font).face.capHeight) / 1000  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", SHEETS)
def test_spine_labels_fill_every_position_exactly(name: str, database: Database) -> None:
    """A whole sheet with outlines: each outline is the label; each line sits in its label."""
    sheet, package = _sheet_and_package(name, database)
    labels = [SpineLabel((f"P{n:02d}", "SMI")) for n in range(sheet.per_sheet)]
    pdf = render_labels(sheet, labels, outline=True)
    outlines = [s for s in drawn_shapes(pdf) if s.kind == "outline"]
    texts = drawn_texts(pdf)
    _bold = register_fonts()[1]
    cap = _cap_height(_bold)
    assert len(outlines) == sheet.per_sheet
    assert len(texts) == 2 * sheet.per_sheet
    for position, outline in enumerate(outlines):
        want = package.rect(position)
        got = outline.box
        for side in ("left", "bottom", "right", "top"):
            assert getattr(got, side) == pytest.approx(getattr(want, side), abs=HALF_MM), (
                f"position {position + 1}: outline {side}"
            )
        first, second = texts[2 * position], texts[2 * position + 1]
        assert first.text == f"P{position:02d}" and second.text == "SMI"
        # lines start just inside the left edge ...
        assert first.x == pytest.approx(want.left + INSET, abs=HALF_MM)
        assert second.x == pytest.approx(want.left + INSET, abs=HALF_MM)
        # ... and the block of text is centred top to bottom on the label
        block_top = first.y + cap * first.size
        assert (block_top + second.y) / 2 == pytest.approx(want.centre_y, abs=HALF_MM), (
            f"position {position + 1}: text block off centre"
        )
        assert want.bottom + INSET - HALF_MM < second.y < first.y
        assert block_top < want.top - INSET + HALF_MM


def _labels_of(kind: str, count: int) -> list[Label]:
    if kind == "barcode":
        return [
            BarcodeLabel(f"T{n:04d}", "Mammals of the World", "599.75 SMI", "My School")
            for n in range(count)
        ]
    if kind == "patron":
        return [
            PatronCard(f"P{n:04d}", "Ava Martinez", "My School", "Grade 3 · Ms. Rivera")
            for n in range(count)
        ]
    return [AssetTag(f"CB-{n:03d}", "My School", "Chromebook · SN 1") for n in range(count)]


def _label_of(point_x: float, point_y: float, package: Published, count: int) -> int:
    for position in range(count):
        rect = package.rect(position)
        if rect.left <= point_x <= rect.right and rect.bottom <= point_y <= rect.top:
            return position
    return -1


@pytest.mark.parametrize("kind", ["barcode", "patron", "asset"])
@pytest.mark.parametrize("name", SHEETS)
def test_barcodes_and_their_words_stay_centred_on_their_labels(
    name: str, kind: str, database: Database
) -> None:
    sheet, package = _sheet_and_package(name, database)
    pdf = render_labels(sheet, _labels_of(kind, sheet.per_sheet))
    bars: list[DrawnShape] = [s for s in drawn_shapes(pdf) if s.kind == "bars"]
    texts: list[DrawnText] = drawn_texts(pdf)
    regular, bold = register_fonts()
    assert len(bars) == sheet.per_sheet
    for position, shape in enumerate(bars):
        want = package.rect(position)
        assert shape.box.centre_x == pytest.approx(want.centre_x, abs=HALF_MM)
        assert want.left + INSET - HALF_MM <= shape.box.left
        assert shape.box.right <= want.right - INSET + HALF_MM
        assert want.bottom + INSET <= shape.box.bottom < shape.box.top <= want.top - INSET
    for text in texts:
        position = _label_of(text.x, text.y, package, sheet.per_sheet)
        assert position >= 0, f"{text.text!r} printed outside every label"
        want = package.rect(position)
        # centred strings: the middle of the word is the middle of the label
        middles = [text.x + stringWidth(text.text, f, text.size) / 2 for f in (regular, bold)]
        assert min(abs(m - want.centre_x) for m in middles) <= HALF_MM, text.text
        # the whole word, descenders and capitals included, is inside the label
        assert text.y - 0.24 * text.size >= want.bottom + INSET - HALF_MM, text.text
        assert text.y + 0.76 * text.size <= want.top - INSET + HALF_MM, text.text
        # nor does it run into the bars
        bar = bars[position].box
        assert text.y >= bar.top or text.y + 0.76 * text.size <= bar.bottom, (
            f"{text.text!r} overlaps the bars on label {position + 1}"
        )
