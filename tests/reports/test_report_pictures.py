"""Each report, printed to pictures with pdftoppm: every page has ink and none runs off the margins.

This is the automatic half of looking at each report as an image during development: a
heading, a filter line or a table that is wider than the page shows up as dark pixels in
the white margin that every printer needs.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from lms_desktop.db.unit_of_work import Database
from lms_desktop.reports.common import ReportParams
from lms_desktop.reports.service import render_report
from tests.reports.school import TODAY, SmallSchool
from tests.reports.test_report_catalogue import EXPECTED_TEXT, _params

DPI = 100
# the page margin is 0.6": nothing but paper in the outer 0.56" (0.5" at the top, 0.3" at
# the foot, where the page number sits)
SIDE, TOP, BOTTOM = 0.56, 0.5, 0.3
INK = 200  # a grey level darker than this is ink (small grey type included)

# the widest filters each report can print in its heading
FILTERED = {
    "monthly-summary": {"grade": "4"},
    "holds": {"grade": "4", "homeroom": "4B"},
    "devices": {"device_type": "Chromebook", "status": "in_repair"},
    "makerspace": {"resource": "Laser cutter"},
    "certificates": {"resource": "Laser cutter", "within_days": "30"},
    "collection-age": {"location": "Library", "item_type": "Reference book"},
}


def _pictures(pdf: bytes, folder: Path) -> list[Image.Image]:
    source = folder / "report.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-gray", "-png", str(source), str(folder / "page")],
        check=True,
    )
    return [Image.open(p).convert("L") for p in sorted(folder.glob("page-*.png"))]


def _ink(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    histogram = image.crop(box).histogram()
    return sum(histogram[:INK])


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
@pytest.mark.parametrize("filtered", [False, True], ids=["plain", "filtered"])
@pytest.mark.parametrize("name", sorted(EXPECTED_TEXT))
def test_every_page_has_ink_inside_the_margins_only(
    name: str, filtered: bool, database: Database, school: SmallSchool, tmp_path: Path
) -> None:
    if filtered and name not in FILTERED:
        pytest.skip("no filters of its own to print")
    params = _params(name)
    if filtered:
        params = ReportParams(
            params.start if name != "monthly-summary" else date(2026, 11, 1),
            params.end,
            filters=FILTERED[name],
            today=TODAY,
        )
    with database.unit_of_work() as uow:
        pdf = render_report(uow, name, params, "pdf").data
    pages = _pictures(pdf, tmp_path)
    assert pages
    for number, page in enumerate(pages, start=1):
        width, height = page.size
        side, top, bottom = (round(v * DPI) for v in (SIDE, TOP, BOTTOM))
        assert _ink(page, (0, 0, width, height)) > 200, f"page {number} is blank"
        for where, box in (
            ("left", (0, 0, side, height)),
            ("right", (width - side, 0, width, height)),
            ("top", (0, 0, width, top)),
            ("bottom", (0, height - bottom, width, height)),
        ):
            assert _ink(page, box) == 0, f"page {number}: something runs into the {where} margin"
