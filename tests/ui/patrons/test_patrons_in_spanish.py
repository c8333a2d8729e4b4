"""September, in Spanish: the aide imports the new roster and fixes a patron's card.

The roster wizard shows the problems of each row, the import's summary and the file's
refusals from lms_desktop.circulation.roster, and the patrons screen shows the patron
form's refusals from lms_desktop.circulation.patrons, through lms_desktop.ui.domain_text:
they read Spanish once the .qm holds the translations.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lms_desktop.ui.patrons.patron_model import PatronColumn
from lms_desktop.ui.patrons.patrons_screen import PatronsSection
from tests.ui.desk.conftest import DeskSchool

ROOT = Path(__file__).resolve().parents[3]

# Maya moves up to grade 5; Sam is new; Sam's line is there twice; one line has no ID.
ROSTER = (
    "Student Number,Given Name,Family Name,Grade Level,Homeroom\r\n"
    "S1001,Maya,Lopez,5,Room 15\r\n"
    "S3001,Sam,Osei,4,Room 12\r\n"
    "S3001,Sam,Osei,4,Room 12\r\n"
    ",Ana,Silva,4,Room 12\r\n"
)


def test_in_spanish_the_roster_preview_says_which_lines_were_skipped_and_why(
    spanish: None, qtbot: QtBot, patrons: PatronsSection, tmp_path: Path
) -> None:
    roster = tmp_path / "sis.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    wizard = patrons.open_roster_import()
    qtbot.addWidget(wizard)
    wizard.file_page.path.setText(str(roster))
    wizard.next()
    labels = [label.text() for label in wizard.mapping_page.findChildren(QLabel)]
    assert "N.º de alumno (obligatorio):" in labels
    with qtbot.waitSignal(wizard.previewed, timeout=10_000):
        wizard.next()
    page = wizard.preview_page
    assert page.problems.text().splitlines() == [
        "Línea 4: repite el n.º de alumno S3001; se omitió",
        "Línea 5: no tiene n.º de alumno; se omitió",
    ]
    maya = page.models["moved"].rows()[0]
    assert "grado: 4 → 5" in maya.describe()
    assert page.models["new"].rows()[0].describe() == "usuario nuevo"

    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()
    assert wizard.done_page.result.text().startswith(
        "Lista sis.csv: 1 nuevos, 1 cambiados (1 de grupo o de grado), 1 desactivados, "
        "2 líneas omitidas"
    )
    wizard.close()


def test_in_spanish_a_spreadsheet_given_as_the_roster_is_refused_in_spanish(
    spanish: None, qtbot: QtBot, patrons: PatronsSection, tmp_path: Path
) -> None:
    sheet = tmp_path / "alumnos.csv"
    sheet.write_bytes(b"PK\x03\x04" + bytes(64))  # an .xlsx renamed to .csv
    wizard = patrons.open_roster_import()
    qtbot.addWidget(wizard)
    wizard.file_page.path.setText(str(sheet))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.message.text() == (
        "alumnos.csv es una hoja de cálculo, no un archivo CSV. Ábrala en su programa de "
        "hojas de cálculo y guárdela como «CSV (delimitado por comas)»; después importe "
        "ese archivo."
    )
    wizard.close()


def test_in_spanish_a_card_already_on_another_patron_is_refused_in_spanish(
    spanish: None, qtbot: QtBot, patrons: PatronsSection, school: DeskSchool
) -> None:
    """The aide types Maya's card number on Leo's record by mistake."""
    patrons.table.selectRow(patrons.model.ids().index(school.leo))
    dialog = patrons.edit_selected()
    assert dialog is not None
    dialog.barcode.setText(school.maya_card)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(patrons.message.text()))
    assert patrons.message.text() == (
        f"El código de barras {school.maya_card} ya está en el carné de otro usuario. "
        "Use otro carné."
    )


def test_in_spanish_the_patron_list_and_form_name_the_status_in_spanish(
    spanish: None, patrons: PatronsSection, school: DeskSchool
) -> None:
    row = patrons.model.ids().index(school.maya)
    assert patrons.model.index(row, PatronColumn.STATUS).data() == "activo"
    patrons.table.selectRow(row)
    dialog = patrons.edit_selected()
    assert dialog is not None
    statuses = [dialog.status.itemText(i) for i in range(dialog.status.count())]
    assert statuses == ["Activo", "Inactivo", "Graduado", "Dado de baja"]
    dialog.reject()
