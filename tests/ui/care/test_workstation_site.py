"""North Middle School's computer opens the district database as North, not as site 1.

The district database holds the main school and North Middle School. The librarian at
North starts the app with LMS_SITE=north (or --site north): the status bar and the About
box say "North Middle School — district database", the window is titled North, and the
principal's report covers North unless she picks another school. A mistyped school is
refused with the list of schools. On a one-school file nothing changes.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QSettings
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.care.district import add_site
from lms_desktop.circulation.rules_admin import loan_rule_matrix, school_calendar
from lms_desktop.config import AppConfig
from lms_desktop.errors import NotFoundError
from lms_desktop.school.settings import set_school_name
from lms_desktop.ui.app import build_main_window
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.main_window import MainWindow
from lms_desktop.ui.reports.section import ReportsSection
from lms_desktop.ui.settings.calendar_page import CalendarPage
from lms_desktop.ui.settings.loan_rules_page import LoanRulesPage
from lms_desktop.ui.settings.school_page import SchoolPage
from lms_desktop.ui.tasks import TaskRunner

NORTH = "North Middle School"


@pytest.fixture
def district(app_context: AppContext, monkeypatch: pytest.MonkeyPatch) -> AppContext:
    monkeypatch.delenv("LMS_SITE", raising=False)
    with app_context.database.unit_of_work() as uow:
        set_school_name(uow, "Lincoln Elementary")
    with app_context.database.unit_of_work() as uow:
        add_site(uow, "north", NORTH)  # what `lms-desktop site add north '…'` does
        uow.commit()
    return app_context


def _open_window_for(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch, site: str
) -> Iterator[MainWindow]:
    monkeypatch.setenv("LMS_SITE", site)
    config = AppConfig.from_args(
        app_context.config.database_url, str(app_context.config.backup_dir)
    )
    window = build_main_window(config)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.ctx.tasks.wait_for_done()
    window.ctx.app.database.dispose()


@pytest.fixture
def north_window(
    qtbot: QtBot, district: AppContext, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    yield from _open_window_for(qtbot, district, monkeypatch, "north")


def test_the_north_computer_says_it_is_north_in_the_district(north_window: MainWindow) -> None:
    assert north_window.ctx.site_id == 2
    assert north_window.site_label.text() == f"{NORTH} — district database"
    assert not north_window.site_label.isHidden()
    assert NORTH in north_window.windowTitle()
    about = north_window.show_about()
    assert f"{NORTH} — district database" in about.text.text()
    about.close()


def test_the_north_principals_report_covers_north_by_default(
    qtbot: QtBot, north_window: MainWindow
) -> None:
    section = north_window.show_section("reports")
    assert isinstance(section, ReportsSection)
    reports = section.reports
    assert reports.site_box.currentText() == NORTH
    assert not reports.site_box.isHidden()
    assert reports.params().site_id == 2
    # she can still ask for the whole district, or the main school
    choices = [reports.site_box.itemText(i) for i in range(reports.site_box.count())]
    assert choices == ["Lincoln Elementary", NORTH, "Whole district"]
    reports.site_box.setCurrentIndex(2)
    assert reports.params().site_id is None
    reports.select_report("monthly-summary")
    reports.site_box.setCurrentIndex(1)
    with qtbot.waitSignal(reports.report_ready, timeout=30000) as ready:
        reports.run()
    assert NORTH in ready.args[0].document.school_name


def test_the_school_number_works_as_well_as_the_code_and_a_rename_shows(
    qtbot: QtBot, district: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    for window in _open_window_for(qtbot, district, monkeypatch, "2"):
        assert window.ctx.site_id == 2
        page = SchoolPage(window.ctx)
        qtbot.addWidget(page)
        assert page.school_name.text() == NORTH
        # renamed in Settings › School: the status bar and title follow at once
        page.school_name.setText("North Middle School of the Arts")
        page.save()
        assert window.site_label.text() == "North Middle School of the Arts — district database"
        assert window.windowTitle().endswith("North Middle School of the Arts")


def test_a_mistyped_school_is_refused_with_the_list_of_schools(
    district: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LMS_SITE", "nroth")
    config = AppConfig.from_args(district.config.database_url, str(district.config.backup_dir))
    with pytest.raises(NotFoundError) as refused:
        build_main_window(config)
    message = refused.value.message
    assert "'nroth'" in message
    assert f"main (1) Lincoln Elementary; north (2) {NORTH}" in message
    assert "lms-desktop site add" in message


def test_one_school_on_its_own_file_looks_as_it_always_did(
    qtbot: QtBot, app_context: AppContext, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LMS_SITE", raising=False)
    ctx = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub())
    window = MainWindow(
        ctx, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    assert window.site_label.isHidden()
    reports = window.show_section("reports")
    assert isinstance(reports, ReportsSection)
    assert reports.reports.site_box.isHidden()
    assert reports.reports.params().site_id == 1
    ctx.tasks.wait_for_done()


@pytest.fixture
def north_desk(district: AppContext) -> Iterator[UiContext]:
    ctx = UiContext(app=district, tasks=TaskRunner(), hub=ChangeHub(), site_id=2)
    yield ctx
    ctx.tasks.wait_for_done()


def test_north_changes_its_own_loan_rules_and_calendar_not_the_main_schools(
    qtbot: QtBot, north_desk: UiContext
) -> None:
    rules = LoanRulesPage(north_desk)
    qtbot.addWidget(rules)
    rules.select("student", "book")
    rules.days.setValue(21)
    assert rules.save(), rules.message.text()
    calendar = CalendarPage(north_desk)
    qtbot.addWidget(calendar)
    calendar.break_from.setDate(QDate(2026, 12, 21))
    calendar.break_to.setDate(QDate(2026, 12, 23))
    calendar.break_reason.setText("North's winter concert days")
    assert calendar.add_break() == 3
    with north_desk.unit_of_work() as uow:
        north_rule = loan_rule_matrix(uow, 2).cell("student", "book")
        main_rule = loan_rule_matrix(uow, 1).cell("student", "book")
        north_closed = len(school_calendar(uow, 2).closed_days)
        main_closed = len(school_calendar(uow, 1).closed_days)
    assert north_rule is not None and north_rule.loan_days == 21
    assert main_rule is not None and main_rule.loan_days == 14
    assert (north_closed, main_closed) == (3, 0)
