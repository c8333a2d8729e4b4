"""Bars too thin to scan are flagged before printing, and the labels that pass really scan."""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest

from lms_desktop.db.unit_of_work import Database
from lms_desktop.labels.barcodes import MIN_MODULE_MM, SYMBOLOGIES
from lms_desktop.labels.render import BarcodeLabel, narrow_bars, render_labels
from lms_desktop.labels.service import LabelSelection, make_label_pdf
from lms_desktop.labels.sheets import POINTS_PER_INCH, POINTS_PER_MM, builtin_sheets, find_sheet
from tests.labels.conftest import SmallSchool
from tests.labels.pdf_shapes import drawn_shapes


def test_code39_on_a_gaylord_spine_label_is_too_thin_and_code128_is_suggested(
    database: Database, school: SmallSchool
) -> None:
    selection = LabelSelection(barcodes=("T0010", "T0030"))
    with database.unit_of_work() as uow:
        job = make_label_pdf(uow, "barcode", "gaylord", selection, symbology="code39")
    (narrow,) = job.narrow
    assert (narrow.symbology, narrow.barcodes) == ("code39", ("T0010", "T0030"))
    assert narrow.thinnest_mm < MIN_MODULE_MM
    assert narrow.better_symbology == "code128" and narrow.better_mm >= MIN_MODULE_MM
    # the warning is measured from the bars the PDF really holds
    thinnest_drawn = min(r.right - r.left for s in drawn_shapes(job.pdf) for r in s.rects)
    assert thinnest_drawn / POINTS_PER_MM == pytest.approx(narrow.thinnest_mm, abs=0.005)
    (warning,) = job.warnings
    assert "Gaylord 8511" in warning and "T0010, T0030" in warning
    assert f"{narrow.thinnest_mm:.2f} mm" in warning and "7.5 mil" in warning
    assert "choose Code 128" in warning


def test_the_same_barcodes_on_avery_5160_print_without_a_warning(
    database: Database, school: SmallSchool
) -> None:
    with database.unit_of_work() as uow:
        job = make_label_pdf(
            uow, "barcode", "avery-5160", LabelSelection(barcodes=("T0010",)), symbology="code39"
        )
    assert job.narrow == () and job.warnings == ()


def test_when_no_barcode_type_fits_a_wider_sheet_is_suggested() -> None:
    (narrow,) = narrow_bars(find_sheet("avery-5460"), [BarcodeLabel("31234000012345")])
    assert narrow.better_symbology == ""
    assert narrow.wider_sheet  # a sheet on which the same Code 39 barcode is wide enough
    assert not narrow_bars(find_sheet(narrow.wider_sheet), [BarcodeLabel("31234000012345")])
    assert "print on a sheet with wider labels, such as" in narrow.message


def test_spine_labels_and_patron_cards_on_roomy_sheets_never_warn(
    database: Database, school: SmallSchool
) -> None:
    with database.unit_of_work() as uow:
        spine = make_label_pdf(
            uow, "spine", "avery-5460", LabelSelection(barcodes=school.item_barcodes[:2])
        )
        cards = make_label_pdf(uow, "patron", "avery-5161", LabelSelection(homeroom="3A"))
    assert spine.warnings == () and cards.warnings == ()


def _scannable_cases() -> list[tuple[str, str, str]]:
    """Every sheet and barcode type where a library barcode prints without a warning."""
    cases = []
    for sheet in builtin_sheets():
        for symbology in SYMBOLOGIES:
            data = "31234000012345" if symbology == "codabar" else "T0010"
            if not narrow_bars(sheet, [BarcodeLabel(data, symbology=symbology)]):
                cases.append((sheet.code, symbology, data))
    return cases


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
@pytest.mark.parametrize(("sheet_code", "symbology", "data"), _scannable_cases())
def test_a_barcode_without_a_warning_scans_from_a_300_dpi_print(
    sheet_code: str, symbology: str, data: str, tmp_path: Path
) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    sheet = find_sheet(sheet_code)
    pdf = render_labels(sheet, [BarcodeLabel(data, "Hatchet", "FIC PAU", "My School", symbology)])
    source = tmp_path / "label.pdf"
    source.write_bytes(pdf)
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
    image = Image.open(BytesIO((tmp_path / "label.png").read_bytes()))
    found = zxingcpp.read_barcodes(image)
    formats = {"code39": "Code39", "code128": "Code128", "codabar": "Codabar"}
    assert [(r.format.name, r.text.strip("ABCD") if symbology == "codabar" else r.text)
            for r in found] == [(formats[symbology], data)]  # fmt: skip
