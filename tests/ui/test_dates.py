"""Dates on screen read in the reader's language: the due date an aide reads at the
desk, the day of a makerspace booking, the day an inventory was closed."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from lms_desktop.ui.dates import day_label, day_time_label, long_day_label, month_day_label
from lms_desktop.ui.translation import install_translators

TUESDAY = date(2026, 12, 15)


def test_in_english_a_day_reads_as_it_always_has(qapp: QApplication) -> None:
    assert day_label(TUESDAY) == "Tue 15 Dec 2026" == TUESDAY.strftime("%a %d %b %Y")
    assert day_label(TUESDAY, year=False) == "Tue 15 Dec"
    assert day_label(TUESDAY, weekday=False) == "15 Dec 2026"
    assert day_label(TUESDAY, weekday=False, year=False) == "15 Dec"
    assert day_time_label(datetime(2026, 12, 15, 9, 5)) == "Tue 15 Dec 2026 09:05"
    assert day_time_label(datetime(2026, 12, 15, 9, 5), year=False) == "Tue 15 Dec 09:05"
    assert long_day_label(datetime(2026, 12, 15, 9, 5), year=False) == "Tuesday 15 December 09:05"
    assert month_day_label(TUESDAY) == "Dec 15, 2026"
    assert month_day_label(date(2026, 3, 2), year=False) == "Mar 2"
    assert long_day_label(TUESDAY) == "Tuesday 15 December 2026"
    assert long_day_label(datetime(2026, 12, 15, 14, 30)) == "Tuesday 15 December 2026, 14:30"


def test_in_spanish_a_day_reads_spanish(spanish: None) -> None:
    assert day_label(TUESDAY) == "mar 15 dic 2026"
    assert day_label(date(2026, 3, 2), year=False) == "lun 02 mar"
    assert day_time_label(datetime(2026, 12, 15, 14, 30)) == "mar 15 dic 2026 14:30"
    assert day_time_label(datetime(2026, 12, 15, 14, 30), year=False) == "mar 15 dic 14:30"
    assert long_day_label(date(2026, 12, 15), year=False) == "martes, 15 de diciembre"
    assert month_day_label(TUESDAY) == "15 de dic de 2026"
    assert month_day_label(TUESDAY, year=False) == "15 de dic"
    assert long_day_label(TUESDAY) == "martes, 15 de diciembre de 2026"
    assert (
        long_day_label(datetime(2026, 12, 15, 14, 30)) == "martes, 15 de diciembre de 2026, 14:30"
    )


def test_after_spanish_is_taken_away_the_days_read_english_again(
    qapp: QApplication, compiled_translations: list[Path]
) -> None:
    installed = install_translators(qapp, "es")
    assert day_label(TUESDAY) != "Tue 15 Dec 2026"
    for translator in installed:
        qapp.removeTranslator(translator)
    assert day_label(TUESDAY) == "Tue 15 Dec 2026"
