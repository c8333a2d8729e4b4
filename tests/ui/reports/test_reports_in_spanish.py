"""A Spanish-reading librarian picks a report and makes labels, and reads the Reports
section's lists, refusals and warnings in Spanish (the reports themselves stay as printed)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.errors import ValidationError
from lms_desktop.labels.service import barcode_sequence
from lms_desktop.reports.common import ReportParams
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text
from lms_desktop.ui.reports.section import ReportsSection
from tests.reports.school import build_small_school

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def section(
    spanish: None, qtbot: QtBot, ui_ctx: UiContext, app_context: AppContext, tmp_path: Path
) -> ReportsSection:
    build_small_school(app_context.database)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    widget = ReportsSection(ui_ctx, settings)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def _listed_reports(section: ReportsSection) -> list[str]:
    reports = section.reports.report_list
    return [reports.item(row).text() for row in range(reports.count())]


def test_in_spanish_the_librarian_picks_a_report_from_a_spanish_list(
    qtbot: QtBot, section: ReportsSection
) -> None:
    tab = section.reports
    listed = _listed_reports(section)
    assert "Resumen mensual para la dirección" in listed
    assert "Resultados del inventario" in listed
    tab.select_report("inventory")
    assert tab.description.text().startswith("Un inventario de estantes: progreso por estante")
    label = tab.filters_form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
    assert isinstance(label, QLabel)
    assert label.text() == "Número de inventario (vacío: el último):"


def test_in_spanish_impossible_dates_are_explained_in_spanish(
    qtbot: QtBot, section: ReportsSection
) -> None:
    tab = section.reports
    tab.select_report("circulation")
    tab.set_dates(date(2026, 11, 30), date(2026, 11, 1))
    with qtbot.waitSignal(tab.report_failed) as failed:
        qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    assert failed.args[0] == (
        "El informe termina (1 de nov de 2026) antes de empezar (30 de nov de 2026). "
        "Intercambie las dos fechas y vuelva a generarlo."
    )


def test_in_spanish_a_short_label_says_what_it_leaves_off(
    qtbot: QtBot, section: ReportsSection
) -> None:
    section.tabs.setCurrentIndex(1)
    tab = section.labels
    tab.kind_box.setCurrentIndex(tab.kind_box.findData("barcode"))
    assert tab.kind_box.currentText() == "Etiquetas de código de barras"
    tab.sheet_box.setCurrentIndex(tab.sheet_box.findData("avery-5167"))
    tab.symbology_box.setCurrentIndex(tab.symbology_box.findData("code128"))
    tab.source_buttons["barcodes"].setChecked(True)
    qtbot.keyClicks(tab.barcodes_edit, "T0010")
    with qtbot.waitSignal(tab.labels_ready, timeout=30000):
        qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    assert tab.warning.isVisible()
    warning = tab.warning.text()
    assert warning.startswith("Revise antes de imprimir: En Avery 5167")
    assert "la etiqueta de código de barras deja fuera el nombre de la escuela" in warning
    assert "Para imprimirlo, elija una hoja más alta, como Avery 5160." in warning


def test_in_spanish_a_reversed_barcode_range_is_refused_in_spanish(spanish: None) -> None:
    with pytest.raises(ValidationError) as refused:
        barcode_sequence("T0100", "T0001")
    assert refused.value.message == "The last barcode comes before the first. Swap them."
    assert error_text(refused.value) == (
        "El último código de barras va antes que el primero. Intercámbielos."
    )


def test_in_spanish_report_dates_name_the_month_in_spanish(spanish: None) -> None:
    with pytest.raises(ValidationError) as refused:
        ReportParams(date(2026, 12, 15), date(2026, 12, 1))
    assert refused.value.message.startswith("The report ends (Dec 1, 2026) before it starts")
    assert error_text(refused.value).startswith(
        "El informe termina (1 de dic de 2026) antes de empezar (15 de dic de 2026)."
    )


def test_in_english_the_reports_list_reads_as_before(
    qtbot: QtBot, ui_ctx: UiContext, app_context: AppContext, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    widget = ReportsSection(ui_ctx, settings)
    qtbot.addWidget(widget)
    listed = _listed_reports(widget)
    assert listed[0] == "Principal's monthly summary"
    assert "Inventory results" in listed
