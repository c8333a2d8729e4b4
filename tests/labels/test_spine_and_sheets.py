"""Spine-label line splitting and the sheet templates, table-driven."""

from __future__ import annotations

import pytest

from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.labels.sheets import (
    PrinterOffset,
    SheetTemplate,
    builtin_sheets,
    delete_user_sheet,
    find_sheet,
    printer_offset,
    save_user_sheet,
    set_printer_offset,
)
from lms_desktop.labels.spine import spine_lines


@pytest.mark.parametrize(
    ("call_number", "prefix", "lines"),
    [
        ("599.75 SMI", "", ["599.75", "SMI"]),
        ("FIC SMI", "", ["FIC", "SMI"]),
        ("E SEU", "", ["E", "SEU"]),
        ("E SEU", "Easy", ["EASY", "E", "SEU"]),
        ("FIC SMI", "Mystery", ["MYSTERY", "FIC", "SMI"]),
        ("REF 031 WOR", "", ["REF", "031", "WOR"]),
        ("599.757308 SMI", "", ["599", ".757308", "SMI"]),  # too long: break at the point
        ("305.89607309 JON", "", ["305", ".8960730", "9", "JON"]),
        ("B LIN", "", ["B", "LIN"]),
        ("FIC L88", "", ["FIC", "L88"]),  # after FIC comes the author, never an LC class
        ("QA76.73 .P98 L88 2019", "", ["QA", "76.73", ".P98", "L88", "2019"]),
        ("QA76.73.P98 2019", "", ["QA", "76.73", ".P98", "2019"]),
        ("599.75/SMI", "", ["599.75", "SMI"]),
        ("", "", []),
    ],
)
def test_call_numbers_split_into_spine_lines(
    call_number: str, prefix: str, lines: list[str]
) -> None:
    assert spine_lines(call_number, prefix) == lines


def test_the_standard_sheets_come_from_the_geometry_table() -> None:
    codes = {sheet.code for sheet in builtin_sheets()}
    assert {"avery-5160", "avery-5161", "avery-5167", "gaylord-8511-spine"} <= codes
    assert {"demco-ws14942260-4line", "demco-ws14942260-5line"} <= codes
    avery = find_sheet("Avery 5160")
    assert (avery.columns, avery.rows, avery.per_sheet) == (3, 10, 30)
    assert (avery.left_margin, avery.top_margin, avery.h_pitch) == (0.1875, 0.5, 2.75)
    gaylord = find_sheet("gaylord")  # a unique beginning is enough
    assert gaylord.columns == 1 and gaylord.h_pitch == gaylord.label_width  # "-" in the table
    for sheet in builtin_sheets():
        sheet.validate()


def test_label_rectangles_follow_the_sheet_geometry() -> None:
    avery = find_sheet("avery-5160")
    left, bottom, width, height = avery.label_rect(4)  # row 2, column 2
    assert left == pytest.approx((0.1875 + 2.75) * 72)
    assert bottom == pytest.approx((11 - 0.5 - 1 - 1) * 72)
    assert (width, height) == (pytest.approx(2.625 * 72), pytest.approx(72))
    with pytest.raises(ValueError):
        avery.label_rect(30)


def test_an_ambiguous_or_unknown_sheet_is_explained() -> None:
    with pytest.raises(NotFoundError, match="several label sheets"):
        find_sheet("demco")
    with pytest.raises(NotFoundError, match="avery-5160"):
        find_sheet("Brother DK-1201")


def test_the_librarian_defines_her_own_sheet(database: Database) -> None:
    mine = SheetTemplate(
        name="Highsmith spine 3/4 in",
        code="",
        page_width=8.5,
        page_height=11,
        label_width=0.75,
        label_height=1.0,
        columns=8,
        rows=10,
        left_margin=0.5,
        top_margin=0.5,
        h_pitch=0.95,
        v_pitch=1.0,
    )
    with database.unit_of_work() as uow:
        saved = save_user_sheet(uow, mine)
        uow.commit()
    assert saved.code == "highsmith-spine-3-4-in"
    with database.unit_of_work() as uow:
        found = find_sheet("highsmith", uow)
        assert found.user_defined and found.per_sheet == 80
        delete_user_sheet(uow, "Highsmith spine 3/4 in")
        uow.commit()
    with database.unit_of_work() as uow, pytest.raises(NotFoundError):
        find_sheet("highsmith", uow)


def test_a_sheet_whose_labels_fall_off_the_page_is_refused(database: Database) -> None:
    bad = SheetTemplate("Too wide", "", 8.5, 11, 3, 1, 3, 10, 0.2, 0.5, 3.2, 1.0)
    with database.unit_of_work() as uow, pytest.raises(ValidationError, match="fall off the page"):
        save_user_sheet(uow, bad)


def test_each_printer_keeps_its_own_offset(database: Database) -> None:
    with database.unit_of_work() as uow:
        assert printer_offset(uow, "Library HP") == PrinterOffset(0, 0)
        set_printer_offset(uow, "Library HP", PrinterOffset(right_mm=0.8, down_mm=-0.5))
        uow.commit()
    with database.unit_of_work() as uow:
        assert printer_offset(uow, "Library HP") == PrinterOffset(0.8, -0.5)
        assert printer_offset(uow, "Office Canon") == PrinterOffset(0, 0)
        with pytest.raises(ValidationError, match="wrong sheet"):
            set_printer_offset(uow, "Library HP", PrinterOffset(right_mm=25))
