"""Import and export dialogs: files go in and out off the GUI thread, with a report."""

from __future__ import annotations

from pathlib import Path

import pymarc
import pytest
from pytestqt.qtbot import QtBot

from lms_desktop.catalog.copies import count_copies, find_copy_by_barcode
from lms_desktop.catalog.importer import OnMatch, OutcomeStatus
from lms_desktop.catalog.records import count_records
from lms_desktop.ui.catalog.import_export import (
    CUSTOM_HOLDINGS,
    ExportDialog,
    ImportDialog,
    ImportRun,
    OutcomeColumn,
)
from lms_desktop.ui.catalog.section import CatalogSection
from lms_desktop.ui.context import UiContext
from tests.ui.catalog.conftest import ShelfBooks

MARC = Path(__file__).parents[2] / "data" / "marc"
BAD_RECORDS = MARC / "pymarc" / "test" / "bad_records.mrc"
CHABON = MARC / "marc4j" / "test" / "resources" / "chabon-loc.mrc"
NLNZ_1000 = MARC / "nlnz" / "setup" / "NLNZ_1000_example_marc.marc"


def _import(ui_ctx: UiContext, qtbot: QtBot, *paths: Path, **choices: object) -> ImportDialog:
    dialog = ImportDialog(ui_ctx, paths)
    qtbot.addWidget(dialog)
    dialog.show()
    if "on_match" in choices:
        dialog.on_match.setCurrentIndex(dialog.on_match.findData(choices["on_match"]))
    with qtbot.waitSignal(dialog.finished_import, timeout=60000):
        dialog.start_button.click()
        assert dialog.is_running()
        assert not dialog.close_button.isEnabled()
    return dialog


def test_one_bad_record_is_set_aside_and_the_rest_go_in(
    ui_ctx: UiContext, qtbot: QtBot, qtmodeltester: object
) -> None:
    dialog = _import(ui_ctx, qtbot, BAD_RECORDS)
    run = dialog.run
    assert isinstance(run, ImportRun)
    (report,) = run.reports
    assert (report.read, report.added, report.rejected) == (8, 7, 1)
    assert "bad_records.mrc: 8 read, 7 imported" in dialog.status.text()
    model = dialog.outcomes_model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    rejected = [
        model.outcome(row)
        for row in range(model.rowCount())
        if model.outcome(row).outcome.status is OutcomeStatus.REJECTED
    ]
    assert len(rejected) == 1
    row = [model.outcome(r) for r in range(model.rowCount())].index(rejected[0])
    assert model.index(row, OutcomeColumn.WHERE).data().startswith("record 7")
    assert model.index(row, OutcomeColumn.STATUS).data() == "Rejected"
    assert model.index(row, OutcomeColumn.MESSAGE).data()
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    with ui_ctx.unit_of_work() as uow:
        assert count_records(uow) == 7


def test_importing_the_same_file_again_skips_or_overlays(ui_ctx: UiContext, qtbot: QtBot) -> None:
    _import(ui_ctx, qtbot, CHABON)
    again = _import(ui_ctx, qtbot, CHABON)
    assert again.run is not None and again.run.reports[0].skipped == 2
    overlay = _import(ui_ctx, qtbot, CHABON, on_match=OnMatch.OVERLAY.value)
    assert overlay.run is not None and overlay.run.reports[0].overlaid == 2
    with ui_ctx.unit_of_work() as uow:
        assert count_records(uow) == 2


def test_cancel_with_all_or_nothing_leaves_the_catalog_as_it_was(
    ui_ctx: UiContext, shelf: ShelfBooks, qtbot: QtBot
) -> None:
    dialog = ImportDialog(ui_ctx, [NLNZ_1000])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.all_or_nothing.setChecked(True)
    with qtbot.waitSignal(dialog.finished_import, timeout=60000) as finished:
        dialog.start_button.click()
        dialog.cancel_button.click()
    assert finished.args[0].cancelled
    assert "as it was before the file" in dialog.status.text()
    with ui_ctx.unit_of_work() as uow:
        assert count_records(uow) == 3  # only the shelf's three titles


def test_closing_mid_import_cancels_first(ui_ctx: UiContext, qtbot: QtBot) -> None:
    dialog = ImportDialog(ui_ctx, [NLNZ_1000])
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finished_import, timeout=60000) as finished:
        dialog.start_button.click()
        dialog.reject()
        assert dialog.isVisible()  # it waits for the importer to stop
    run = finished.args[0]
    assert run.cancelled
    with ui_ctx.unit_of_work() as uow:
        titles = count_records(uow)
    assert titles == run.reports[0].added  # whole records only, as reported


def test_a_file_that_cannot_be_opened_is_reported(
    ui_ctx: UiContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _import(ui_ctx, qtbot, tmp_path / "missing.mrc")
    assert "cannot be opened" in dialog.status.text()


def test_export_the_selected_titles_with_copies(
    ui_ctx: UiContext, shelf: ShelfBooks, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ExportDialog(ui_ctx, [shelf.charlotte, shelf.hobbit])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selection.text() == "The 2 selected titles"
    dialog.selection.setChecked(True)
    out = tmp_path / "picked.mrc"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.finished_export, timeout=30000) as finished:
        dialog.start_button.click()
    report = finished.args[0]
    assert (report.records, report.copies) == (2, 3)
    assert "2 titles with 3 copies" in dialog.status.text()
    with out.open("rb") as handle:
        records = list(pymarc.MARCReader(handle, to_unicode=True, force_utf8=True))
    assert sorted(r["245"]["a"] for r in records) == ["Charlotte's web.", "The hobbit."]
    assert sorted(f["p"] for r in records for f in r.get_fields("852")) == [
        "31000001",
        "31000002",
        "31000003",
    ]


@pytest.mark.parametrize(("label", "suffix"), [("MARCXML", ".xml"), ("MarcEdit", ".mrk")])
def test_export_the_whole_catalog_in_other_formats(
    ui_ctx: UiContext, shelf: ShelfBooks, qtbot: QtBot, tmp_path: Path, label: str, suffix: str
) -> None:
    dialog = ExportDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.selection.isEnabled()
    dialog.path.setText(str(tmp_path / "all.mrc"))
    index = next(i for i in range(dialog.format.count()) if label in dialog.format.itemText(i))
    dialog.format.setCurrentIndex(index)
    assert dialog.path.text().endswith(suffix)
    with qtbot.waitSignal(dialog.finished_export, timeout=30000) as finished:
        dialog.start_button.click()
    assert finished.args[0].records == 3
    text = (tmp_path / f"all{suffix}").read_text(encoding="utf-8")
    assert "Wonder" in text


def test_the_catalog_section_opens_import_and_export_with_its_selection(
    ui_ctx: UiContext, shelf: ShelfBooks, qtbot: QtBot
) -> None:
    section = CatalogSection(ui_ctx)
    qtbot.addWidget(section)
    section.show()
    qtbot.waitUntil(lambda: section.results_model.rowCount() == 3)
    section.results.selectAll()
    export = section.open_export()
    qtbot.addWidget(export)
    assert len(export.selected_ids) == 3
    export.reject()
    importer = section.open_import()
    qtbot.addWidget(importer)
    importer.files.addItem(str(CHABON))
    with qtbot.waitSignal(section.search_finished, timeout=30000):
        importer.start()
    assert section.results_model.rowCount() == 5
    with ui_ctx.unit_of_work() as uow:
        assert count_copies(uow) == 3


def test_a_large_file_is_imported_through_the_reader_process(
    ui_ctx: UiContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog's import runs on the database worker thread; a large file there is read
    by a second process, and the dialog reports it like any other import."""
    import multiprocessing

    from lms_desktop.catalog import importer

    used: list[Path] = []
    real = importer.read_ahead

    def spy(path: Path, *args: object) -> object:
        used.append(path)
        return real(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importer, "read_ahead", spy)
    # NLNZ_1000: 1,001 records in 1.2 MB
    monkeypatch.setattr(importer, "READ_AHEAD_FROM_BYTES", 100_000)
    dialog = _import(ui_ctx, qtbot, NLNZ_1000)
    (report,) = dialog.run.reports
    assert used == [NLNZ_1000]
    assert report.read == 1001 and report.added + report.skipped == 1001
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    with ui_ctx.unit_of_work() as uow:
        assert count_records(uow) == report.added
    assert multiprocessing.active_children() == []


# -- the holdings field is the librarian's choice, and it is remembered -------------


def _vendor_file(tmp_path: Path) -> Path:
    record = pymarc.Record()
    record.leader = pymarc.Leader("00000nam a2200000 a 4500")
    record.add_field(
        pymarc.Field(
            tag="245",
            indicators=pymarc.Indicators("0", "0"),
            subfields=[pymarc.Subfield("a", "Holes")],
        ),
        pymarc.Field(
            tag="951",
            indicators=pymarc.Indicators(" ", " "),
            subfields=[
                pymarc.Subfield("c", "FIC SAC"),
                pymarc.Subfield("x", "B-77"),
                pymarc.Subfield("s", "Fiction"),
                pymarc.Subfield("n", "Donated"),
            ],
        ),
    )
    path = tmp_path / "vendor.mrc"
    path.write_bytes(record.as_marc())
    return path


def _choose_custom(dialog: ImportDialog, qtbot: QtBot, **letters: str) -> None:
    dialog.holdings.setCurrentIndex(dialog.holdings.findData(CUSTOM_HOLDINGS))
    assert dialog.holdings_custom.isVisible()
    for name, text in letters.items():
        edit = getattr(dialog, f"holdings_{name}")
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_copies_in_a_local_field_with_the_librarians_subfields(
    ui_ctx: UiContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ImportDialog(ui_ctx, [_vendor_file(tmp_path)])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.holdings.currentData() == "852"
    assert not dialog.holdings_custom.isVisible()
    _choose_custom(dialog, qtbot, tag="951", barcode="x", call="c", location="s", price="")
    with qtbot.waitSignal(dialog.finished_import, timeout=60000) as finished:
        dialog.start_button.click()
    (report,) = finished.args[0].reports
    assert report.copies_added == 1
    with ui_ctx.unit_of_work() as uow:
        copy = find_copy_by_barcode(uow, "B-77")
    assert copy is not None and (copy.call_number, copy.location) == ("FIC SAC", "Fiction")

    again = ImportDialog(ui_ctx)  # the next import starts from the same choice
    qtbot.addWidget(again)
    again.show()
    assert again.holdings.currentData() == CUSTOM_HOLDINGS
    assert again.holdings_custom.isVisible()
    assert (again.holdings_tag.text(), again.holdings_barcode.text()) == ("951", "x")
    assert again.holdings_mapping() == dialog.holdings_mapping()


def test_a_custom_holdings_field_without_a_barcode_says_so_and_does_not_start(
    ui_ctx: UiContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ImportDialog(ui_ctx, [_vendor_file(tmp_path)])
    qtbot.addWidget(dialog)
    dialog.show()
    _choose_custom(dialog, qtbot, tag="951", barcode="", call="c")
    dialog.start_button.click()
    assert not dialog.is_running()
    assert "holds the barcode" in dialog.status.text()
    with ui_ctx.unit_of_work() as uow:
        assert count_records(uow) == 0


def test_the_949_and_no_copies_choices_are_remembered_too(
    ui_ctx: UiContext, qtbot: QtBot, tmp_path: Path
) -> None:
    for choice in ("949", "none", "852"):
        dialog = ImportDialog(ui_ctx, [_vendor_file(tmp_path)])
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.holdings.setCurrentIndex(dialog.holdings.findData(choice))
        with qtbot.waitSignal(dialog.finished_import, timeout=60000):
            dialog.start_button.click()
        reopened = ImportDialog(ui_ctx)
        qtbot.addWidget(reopened)
        assert reopened.holdings.currentData() == choice
