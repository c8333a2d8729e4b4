"""`lms-desktop report` and `lms-desktop labels` from a terminal."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from lms_desktop.cli import main
from tests.reports.school import SmallSchool


def test_report_list_names_every_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--list"]) == 0
    out = capsys.readouterr().out
    assert "monthly-summary" in out and "overdues-by-homeroom" in out and "shelf-list" in out


def test_report_writes_pdf_csv_and_xlsx(
    db_path: Path, school: SmallSchool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "summary.pdf"
    args = ["report", "monthly-summary", "--db", str(db_path), "--from", "2026-11-01"]
    assert main([*args, "--to", "2026-11-30", "--out", str(pdf)]) == 0
    assert "written to" in capsys.readouterr().out
    reader = PdfReader(BytesIO(pdf.read_bytes()))
    assert "Library monthly summary" in reader.pages[0].extract_text()
    xlsx = tmp_path / "overdues.xlsx"
    assert (
        main(
            [
                "report",
                "overdues-by-homeroom",
                "--db",
                str(db_path),
                "--today",
                "2026-11-20",
                "--filter",
                "homeroom=3A",
                "--out",
                str(xlsx),
            ]
        )
        == 0
    )
    values = [c.value for row in load_workbook(xlsx).worksheets[1].iter_rows() for c in row]
    assert "Martinez, Ava" in values and "Lopez, Diego" not in values


def test_report_mistakes_are_explained(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "x.docx")
    assert main(["report", "holds", "--db", str(db_path), "--out", out]) == 2
    assert "PDF, CSV or XLSX" in capsys.readouterr().err
    assert main(["report", "nope", "--db", str(db_path), "--out", out]) == 2
    assert "no report called 'nope'" in capsys.readouterr().err


def test_labels_command_prints_spine_labels_from_a_position(
    db_path: Path, school: SmallSchool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "spine.pdf"
    code = main(
        ["labels", "spine", "--db", str(db_path), "--sheet", "gaylord", "--start", "8",
         "--barcodes", "T0030,T0050", "--out", str(out)]
    )  # fmt: skip
    assert code == 0
    assert "2 label(s) on 2 sheet(s) of Gaylord 8511" in capsys.readouterr().out
    pages = PdfReader(BytesIO(out.read_bytes())).pages
    assert len(pages) == 2  # a Gaylord strip holds 8: only position 8 is left on the first
    assert "599.75" in pages[0].extract_text() and "E" in pages[1].extract_text()


def test_labels_list_sheets(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["labels", "--list-sheets", "--db", str(db_path)]) == 0
    assert "avery-5160" in capsys.readouterr().out


def test_labels_command_says_on_stderr_what_to_check_and_still_writes_the_sheet(
    db_path: Path, school: SmallSchool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Code 39 on a narrow Gaylord spine label: bars too thin to scan reliably
    thin = tmp_path / "thin.pdf"
    code = main(
        ["labels", "barcode", "--db", str(db_path), "--sheet", "gaylord",
         "--symbology", "code39", "--barcodes", "T0010", "--out", str(thin)]
    )  # fmt: skip
    assert code == 0 and thin.read_bytes().startswith(b"%PDF")
    said = capsys.readouterr()
    assert "written to" in said.out and "Check before you print" not in said.out
    assert "Check before you print: On Gaylord 8511" in said.err and "T0010" in said.err
    assert "choose Code 128" in said.err
    # a range of cards with gaps: the gaps are named, the existing cards printed
    cards = tmp_path / "cards.pdf"
    code = main(
        ["labels", "patron", "--db", str(db_path), "--sheet", "avery-5160",
         "--range", "P0001", "P0099", "--out", str(cards)]
    )  # fmt: skip
    assert code == 0 and cards.exists()
    err = capsys.readouterr().err
    assert "Check before you print:" in err and "so they have no label: " in err
    assert "P0099" in err


def test_labels_command_is_quiet_on_stderr_when_nothing_needs_checking(
    db_path: Path, school: SmallSchool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "fine.pdf"
    code = main(
        ["labels", "barcode", "--db", str(db_path), "--sheet", "avery-5160",
         "--symbology", "code128", "--barcodes", "T0010", "--out", str(out)]
    )  # fmt: skip
    assert code == 0 and capsys.readouterr().err == ""


def test_labels_command_names_an_unknown_barcode_and_writes_nothing(
    db_path: Path, school: SmallSchool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "spine.pdf"
    code = main(
        ["labels", "spine", "--db", str(db_path), "--sheet", "avery-5160",
         "--barcodes", "T0010,NOPE1", "--out", str(out)]
    )  # fmt: skip
    assert code != 0 and not out.exists()
    assert "NOPE1" in capsys.readouterr().err


def test_a_report_is_for_this_computers_school_unless_told_otherwise(
    db_path: Path,
    school: SmallSchool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from lms_desktop.bootstrap import open_app
    from lms_desktop.care.district import add_site
    from lms_desktop.config import AppConfig

    ctx = open_app(AppConfig.from_args(str(db_path)))
    with ctx.database.unit_of_work() as uow:
        add_site(uow, "north", "North Middle School")
        uow.commit()
    ctx.database.dispose()
    out = tmp_path / "holds.pdf"
    base = ["report", "holds", "--db", str(db_path), "--out", str(out)]

    def heading() -> str:
        return PdfReader(BytesIO(out.read_bytes())).pages[0].extract_text()

    monkeypatch.setenv("LMS_SITE", "north")
    assert main(base) == 0
    assert "North Middle School" in heading()
    assert "first school" not in capsys.readouterr().err  # reports follow the site

    assert main([*base, "--site", "1"]) == 0  # asked for by number
    assert "North Middle School" not in heading()

    assert main([*base, "--site", "south"]) == 2
    assert "There is no school 'south'" in capsys.readouterr().err
