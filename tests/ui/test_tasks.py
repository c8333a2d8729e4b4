"""The database worker hands results back to the screen that asked, or drops them when
that screen was closed while the job ran."""

from __future__ import annotations

import threading
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QComboBox

from lms_desktop.texts import say
from lms_desktop.ui.tasks import Progress, TaskRunner
from lms_desktop.ui.translation import install_translators


def test_a_result_reaches_the_screen_that_asked(qtbot) -> None:
    runner = TaskRunner()
    combo = QComboBox()
    qtbot.addWidget(combo)
    shown: list[int] = []

    def done(count: int) -> None:
        combo.addItems([str(n) for n in range(count)])
        shown.append(combo.count())

    runner.submit(lambda _p: 3, done)
    qtbot.waitUntil(lambda: runner.pending() == 0)
    assert shown == [3]


def test_a_screen_closed_while_its_job_ran_is_left_alone(qtbot) -> None:
    """A tab rebuilt mid-job (here: its combo box destroyed) must not raise in the
    event loop; pytest-qt fails the test if the callback's error escapes."""
    runner = TaskRunner()
    combo = QComboBox()
    release = threading.Event()
    reached: list[str] = []

    def slow(_p: Progress) -> str:
        release.wait(5)
        return "inventory #1"

    def done(name: str) -> None:
        reached.append(name)
        combo.addItem(name)  # the widget is gone: shiboken raises RuntimeError

    runner.submit(slow, done)
    shiboken6.delete(combo)
    release.set()
    qtbot.waitUntil(lambda: runner.pending() == 0)
    assert reached == ["inventory #1"]  # the callback ran; its error was contained


def test_other_errors_in_a_callback_still_surface(qtbot) -> None:
    runner = TaskRunner()

    def done(_value: object) -> None:
        raise RuntimeError("a real bug in the screen")

    with qtbot.captureExceptions() as caught:
        runner.submit(lambda _p: None, done)
        qtbot.waitUntil(lambda: runner.pending() == 0)
    assert len(caught) == 1
    assert "a real bug" in str(caught[0][1])


def test_a_long_job_reports_its_progress_in_spanish(
    qtbot, qapp, compiled_translations: list[Path]
) -> None:
    """A job on the worker thread reports a domain message; the status bar of a Spanish
    desk reads it in Spanish (the Qt signal would carry it as plain English)."""
    installed = install_translators(qapp, "es")
    try:
        runner = TaskRunner()
        heard: list[str] = []

        def job(progress: Progress) -> None:
            progress.report(1, 2, say("That title is no longer in the catalog."))

        runner.submit(job, on_progress=lambda _done, _total, message: heard.append(message))
        qtbot.waitUntil(lambda: runner.pending() == 0 and bool(heard))
        assert heard == ["Ese título ya no está en el catálogo."]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
