"""The librarian runs reports and makes labels from the Reports section."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.labels.sheets import PrinterOffset, printer_offset
from lms_desktop.reports.overdues import notice_template
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.reports.section import ReportsSection
from lms_desktop.ui.reports.settings_page import ReportsSettingsPage
from tests.reports.school import SmallSchool, build_small_school


@pytest.fixture
def school(app_context: AppContext) -> SmallSchool:
    return build_small_school(app_context.database)


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def section(
    qtbot: QtBot, ui_ctx: UiContext, ui_settings: QSettings, school: SmallSchool
) -> ReportsSection:
    widget = ReportsSection(ui_ctx, ui_settings)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def _run(qtbot: QtBot, section: ReportsSection) -> object:
    with qtbot.waitSignal(section.reports.report_ready, timeout=30000) as ready:
        qtbot.mouseClick(section.reports.run_button, Qt.MouseButton.LeftButton)
    return ready.args[0]


def test_the_principals_summary_runs_in_the_background_and_shows_in_the_preview(
    qtbot: QtBot, section: ReportsSection
) -> None:
    tab = section.reports
    tab.select_report("monthly-summary")
    tab.set_dates(date(2026, 11, 1), date(2026, 11, 30))
    assert not tab.print_button.isEnabled()  # nothing to print yet
    rendered = _run(qtbot, section)
    assert rendered.document.title == "Library monthly summary"  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tab.preview.page_count() == 2)
    assert "2 page(s)" in tab.status.text()
    assert tab.print_button.isEnabled() and tab.save_button.isEnabled()


def test_a_report_is_saved_in_every_format_and_the_folder_is_remembered(
    qtbot: QtBot, section: ReportsSection, tmp_path: Path, ui_settings: QSettings
) -> None:
    tab = section.reports
    tab.select_report("overdues-by-homeroom")
    tab.set_dates(date(2026, 11, 20), date(2026, 11, 20))
    _run(qtbot, section)
    folder = tmp_path / "for-teachers"
    folder.mkdir()
    pdf = tab.save_to(folder / "overdues.pdf")
    xlsx = tab.save_to(folder / "overdues.xlsx")
    csv_path = tab.save_to(folder / "overdues.csv")
    assert len(PdfReader(BytesIO(pdf.read_bytes())).pages) == 2  # one page per teacher
    sheet = load_workbook(xlsx).worksheets[1]
    assert "Martinez, Ava" in [c.value for row in sheet.iter_rows() for c in row]
    assert "Lopez, Diego" in csv_path.read_text(encoding="utf-8-sig")
    assert ui_settings.value("reports/last_folder") == str(folder)
    assert tab.suggested_path().parent == folder


def test_filters_narrow_the_report_and_choices_are_remembered(
    qtbot: QtBot, ui_ctx: UiContext, ui_settings: QSettings, section: ReportsSection
) -> None:
    tab = section.reports
    tab.select_report("overdues-by-homeroom")
    tab.set_dates(date(2026, 11, 20), date(2026, 11, 20))
    homeroom = tab._filter_widgets["homeroom"]
    qtbot.keyClicks(homeroom, "4B")
    rendered = _run(qtbot, section)
    text = rendered.document.all_text()  # type: ignore[attr-defined]
    assert "Lopez, Diego" in text and "Martinez, Ava" not in text

    again = ReportsSection(ui_ctx, ui_settings)
    qtbot.addWidget(again)
    assert again.reports.spec().name == "overdues-by-homeroom"
    assert again.reports.filters() == {"homeroom": "4B"}
    # an "as of" list opens on today again; a range report keeps the chosen dates
    assert again.reports.end_edit.date().toString("yyyy-MM-dd") == date.today().isoformat()
    again.reports.select_report("circulation")
    again.reports.set_dates(date(2026, 10, 1), date(2026, 10, 31))
    third = ReportsSection(ui_ctx, ui_settings)
    qtbot.addWidget(third)
    third.reports.select_report("circulation")
    assert third.reports.start_edit.date().toString("yyyy-MM-dd") == "2026-10-01"


def test_a_choice_filter_picks_spanish_notices(qtbot: QtBot, section: ReportsSection) -> None:
    tab = section.reports
    tab.select_report("overdue-notices")
    tab.set_dates(date(2026, 11, 20), date(2026, 11, 20))
    tab.set_filter("language", "es")
    rendered = _run(qtbot, section)
    assert "Aviso de la biblioteca para Ben Okafor" in rendered.document.all_text()  # type: ignore[attr-defined]


def test_impossible_dates_are_explained(qtbot: QtBot, section: ReportsSection) -> None:
    tab = section.reports
    tab.select_report("circulation")
    tab.set_dates(date(2026, 11, 30), date(2026, 11, 1))
    with qtbot.waitSignal(tab.report_failed) as failed:
        qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    assert "Swap the two dates" in failed.args[0]
    assert "Swap the two dates" in tab.status.text()


def test_printing_sends_every_page_at_actual_size(
    qtbot: QtBot, section: ReportsSection, tmp_path: Path
) -> None:
    tab = section.reports
    tab.select_report("monthly-summary")
    tab.set_dates(date(2026, 11, 1), date(2026, 11, 30))
    _run(qtbot, section)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert tab.preview.print_to(printer) == 2
    pages = PdfReader(out).pages
    assert len(pages) == 2
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert (round(width), round(height)) == (612, 792)  # US Letter, not scaled


def test_labels_tab_makes_spine_labels_for_scanned_barcodes(
    qtbot: QtBot, section: ReportsSection, ui_ctx: UiContext
) -> None:
    section.tabs.setCurrentIndex(1)
    tab = section.labels
    tab.kind_box.setCurrentIndex(tab.kind_box.findData("spine"))
    tab.sheet_box.setCurrentIndex(tab.sheet_box.findData("demco-ws14942260-4line"))
    tab.start_spin.setValue(49)
    tab.source_buttons["barcodes"].setChecked(True)
    qtbot.keyClicks(tab.barcodes_edit, "T0030")
    qtbot.keyClick(tab.barcodes_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.barcodes_edit, "T0050")
    with qtbot.waitSignal(tab.labels_ready, timeout=30000) as ready:
        qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    job = ready.args[0]
    assert (job.count, job.pages) == (2, 1)
    assert "Next time start at position 1" in tab.status.text()  # positions 49 and 50 used
    qtbot.waitUntil(lambda: tab.preview.page_count() == 1)
    text = PdfReader(BytesIO(job.pdf)).pages[0].extract_text()
    assert "599.75" in text and "SEU" in text


def test_bars_too_thin_for_the_sheet_are_shown_before_printing(
    qtbot: QtBot, section: ReportsSection
) -> None:
    section.tabs.setCurrentIndex(1)
    tab = section.labels
    tab.kind_box.setCurrentIndex(tab.kind_box.findData("barcode"))
    tab.sheet_box.setCurrentIndex(tab.sheet_box.findData("gaylord-8511-spine"))
    tab.symbology_box.setCurrentIndex(tab.symbology_box.findData("code39"))
    tab.source_buttons["barcodes"].setChecked(True)
    qtbot.keyClicks(tab.barcodes_edit, "T0010")
    with qtbot.waitSignal(tab.labels_ready, timeout=30000) as ready:
        qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    assert ready.args[0].warnings
    assert tab.warning.isVisible()
    assert "Check before you print" in tab.warning.text()
    assert "7.5 mil" in tab.warning.text() and "Code 128" in tab.warning.text()
    # with Code 128 the same label is fine and the warning goes away
    tab.symbology_box.setCurrentIndex(tab.symbology_box.findData("code128"))
    with qtbot.waitSignal(tab.labels_ready, timeout=30000):
        qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    assert not tab.warning.isVisible() and tab.warning.text() == ""


def test_words_a_short_label_leaves_off_are_shown_before_printing(
    qtbot: QtBot, section: ReportsSection
) -> None:
    section.tabs.setCurrentIndex(1)
    tab = section.labels
    tab.kind_box.setCurrentIndex(tab.kind_box.findData("barcode"))
    tab.sheet_box.setCurrentIndex(tab.sheet_box.findData("avery-5167"))
    tab.symbology_box.setCurrentIndex(tab.symbology_box.findData("code128"))
    tab.source_buttons["barcodes"].setChecked(True)
    qtbot.keyClicks(tab.barcodes_edit, "T0010")
    with qtbot.waitSignal(tab.labels_ready, timeout=30000):
        qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    assert tab.warning.isVisible()
    assert "leaves off the school name" in tab.warning.text()
    assert "Avery 5160" in tab.warning.text()


def test_asset_tags_for_a_range_name_the_tags_with_no_device(
    qtbot: QtBot, section: ReportsSection
) -> None:
    section.tabs.setCurrentIndex(1)
    tab = section.labels
    tab.kind_box.setCurrentIndex(tab.kind_box.findData("asset"))
    tab.sheet_box.setCurrentIndex(tab.sheet_box.findData("avery-5160"))
    tab.source_buttons["range"].setChecked(True)
    qtbot.keyClicks(tab.range_first, "CB-001")
    qtbot.keyClicks(tab.range_last, "CB-004")
    with qtbot.waitSignal(tab.labels_ready, timeout=30000) as ready:
        qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    assert ready.args[0].count == 3
    assert tab.warning.isVisible()
    assert (
        "1 of the 4 barcodes from CB-001 to CB-004 is not a device, so it has no label: CB-004."
    ) in tab.warning.text()


def test_an_unknown_barcode_is_reported_not_crashed(qtbot: QtBot, section: ReportsSection) -> None:
    tab = section.labels
    tab.source_buttons["barcodes"].setChecked(True)
    qtbot.keyClicks(tab.barcodes_edit, "NOPE123")
    with qtbot.waitSignal(tab.labels_failed) as failed:
        qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    assert "No item has the barcode NOPE123" in failed.args[0]


def test_the_printer_offset_is_saved_per_printer(
    qtbot: QtBot, section: ReportsSection, ui_ctx: UiContext
) -> None:
    tab = section.labels
    tab.printer_box.setCurrentText("Library HP")
    tab.right_spin.setValue(0.75)
    tab.down_spin.setValue(-0.5)
    qtbot.mouseClick(tab.save_offset_button, Qt.MouseButton.LeftButton)
    with ui_ctx.unit_of_work() as uow:
        assert printer_offset(uow, "Library HP") == PrinterOffset(0.75, -0.5)
    assert "Offset saved for Library HP" in tab.status.text()


def test_settings_page_edits_the_spanish_notice_and_adds_a_sheet(
    qtbot: QtBot, ui_ctx: UiContext, section: ReportsSection
) -> None:
    page = ReportsSettingsPage(ui_ctx)
    qtbot.addWidget(page)
    page.template_edits["es"].setPlainText("Aviso para $student\nDevuelve $count libro(s).")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with ui_ctx.unit_of_work() as uow:
        assert notice_template(uow, "es") == "Aviso para $student\nDevuelve $count libro(s)."
    qtbot.keyClicks(page.sheet_name, "Highsmith spine")
    with qtbot.waitSignal(ui_ctx.hub.data_changed):
        qtbot.mouseClick(page.add_sheet_button, Qt.MouseButton.LeftButton)
    assert "Highsmith spine" in page.status.text()
    # the labels tab hears about the new sheet at once
    assert section.labels.sheet_box.findData("highsmith-spine") >= 0


def test_another_screen_hands_over_a_selection_for_labels(
    qtbot: QtBot, section: ReportsSection
) -> None:
    section.print_labels_for(["CB-001", "CB-002"], kind="asset")
    tab = section.labels
    assert section.tabs.currentWidget() is tab
    assert tab.kind_box.currentData() == "asset"
    assert tab.selection().barcodes == ("CB-001", "CB-002")
    with qtbot.waitSignal(tab.labels_ready, timeout=30000) as ready:
        qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    assert ready.args[0].count == 2


def test_a_running_report_can_be_stopped(qtbot: QtBot, section: ReportsSection) -> None:
    tab = section.reports
    tab.select_report("monthly-summary")
    tab.set_dates(date(2026, 11, 1), date(2026, 11, 30))
    with qtbot.waitSignal(tab.report_failed, timeout=30000) as failed:
        tab.run()
        assert tab.cancel_button.isVisible()
        tab.cancel()  # before the worker's first progress step
    assert "stopped before it was finished" in failed.args[0]
    assert not tab.cancel_button.isVisible()
    assert tab.run_button.isEnabled()
