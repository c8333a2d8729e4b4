"""A Spanish-reading librarian catalogs: what the import repaired, why a copy or a record
is refused, and why a copy-cataloging server did not answer, all read in Spanish."""

from __future__ import annotations

from pathlib import Path

import pymarc
from pytestqt.qtbot import QtBot

from lms_desktop.catalog.exporter import ExportFormat, ExportReport
from lms_desktop.catalog.sru import save_target
from lms_desktop.ui.catalog.copy_dialogs import CopyDialog
from lms_desktop.ui.catalog.import_export import ImportDialog, OutcomeColumn
from lms_desktop.ui.catalog.marc_editor import MarcEditor
from lms_desktop.ui.catalog.sru_dialog import CopyCatalogingDialog
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import shown
from tests.catalog.yaz_server import closed_port_url
from tests.ui.catalog.conftest import ShelfBooks

ROOT = Path(__file__).resolve().parents[3]

# a MarcEdit file from a vendor, with a stray line in its only record
VENDOR_MRK = """=LDR  00000nam a2200000 a 4500
=001  vend0001
a note the vendor left in the file
=245  14$aThe hobbit /$cJ.R.R. Tolkien.
"""


def _catcher_in_the_rye() -> pymarc.Record:
    record = pymarc.Record(leader="00000nam a2200000 a 4500", force_utf8=True)
    record.add_field(pymarc.Field(tag="001", data="ocm123"))
    record.add_field(
        pymarc.Field(
            tag="245",
            indicators=pymarc.Indicators("1", "4"),
            subfields=[pymarc.Subfield("a", "The catcher in the rye.")],
        )
    )
    return record


def test_the_import_report_says_in_spanish_what_was_repaired(
    spanish: None, ui_ctx: UiContext, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "hobbit.mrk"
    path.write_text(VENDOR_MRK, encoding="utf-8")
    dialog = ImportDialog(ui_ctx, [path])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_import, timeout=60000):
        dialog.start_button.click()
    assert dialog.status.text().startswith(
        "hobbit.mrk: 1 leídos, 1 importados, 0 sobrescritos, 0 omitidos (ya en el catálogo), "
        "0 rechazados; 1 reparados; 0 ejemplares añadidos."
    )
    model = dialog.outcomes_model
    where = model.index(0, OutcomeColumn.WHERE)
    details = model.index(0, OutcomeColumn.MESSAGE)
    assert model.data(where) == "registro 1 (línea 1)"
    assert model.data(details) == (
        "Reparado: la línea 3 no es un campo MARC (=TAG  datos) y se dejó fuera"
    )
    # the report itself stays English for the CLI, logs and JSON
    assert dialog.run is not None
    (outcome,) = dialog.run.reports[0].outcomes
    assert outcome.message == ("Repaired: line 3 is not a MARC field (=TAG  data) and was left out")


def test_a_barcode_already_on_another_copy_is_refused_in_spanish(
    spanish: None, ui_ctx: UiContext, shelf: ShelfBooks, qtbot: QtBot
) -> None:
    dialog = CopyDialog(ui_ctx, shelf.wonder)
    qtbot.addWidget(dialog)
    dialog.barcode.setText("31000003")
    assert not dialog.submit()
    assert dialog.message.text() == (
        "El código de barras 31000003 ya está en otro material. Revise la etiqueta o use un "
        "código de barras nuevo para este ejemplar."
    )


def test_the_marc_editor_lists_a_missing_title_in_spanish(spanish: None, qtbot: QtBot) -> None:
    editor = MarcEditor(_catcher_in_the_rye())
    qtbot.addWidget(editor)
    editor.model.remove_field(1)  # the 245
    assert editor.problems.item(0).text() == (
        "Registro: El registro no tiene título (campo 245). Añada un 245 con el título en $a."
    )


def test_a_copy_cataloging_server_that_is_down_is_explained_in_spanish(
    spanish: None, ui_ctx: UiContext, qtbot: QtBot
) -> None:
    with ui_ctx.unit_of_work() as uow:
        save_target(uow, "District catalog", closed_port_url())
        uow.commit()
    dialog = CopyCatalogingDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.query, "0-06-440055-7")
    with qtbot.waitSignal(dialog.search_finished, timeout=10000) as finished:
        dialog.search()
    assert finished.args[0].startswith("No se pudo conectar con District catalog (127.0.0.1:")
    assert "Configuración > Catalogación por copia" in finished.args[0]


def test_an_export_summary_reads_in_spanish(spanish: None) -> None:
    report = ExportReport(
        "catalogo.mrc",
        ExportFormat.ISO2709,
        records=12,
        copies=30,
        left_out=(),
        cancelled=False,
    )
    assert shown(report.summary()) == "12 títulos con 30 ejemplares escritos en catalogo.mrc."
