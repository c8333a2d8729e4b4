"""A Spanish-reading librarian signs in, manages staff and looks after the backups in Spanish.

Sign-in, the staff list, the backup screens, the start-up refusals and the kiosk show the
domain's messages through lms_desktop.ui.domain_text, so they read Spanish once the .qm
holds the translations.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.care.backups import make_backup
from lms_desktop.care.health import advise_on_damage
from lms_desktop.config import sqlite_path_of
from lms_desktop.db.integrity import integrity_problem
from lms_desktop.db.migrate import open_database
from lms_desktop.errors import DatabaseVersionError
from lms_desktop.school.access import add_staff
from lms_desktop.ui.care.guardian import DamagedDatabaseDialog
from lms_desktop.ui.care.kiosk import kiosk_scan
from lms_desktop.ui.care.privacy_page import PrivacyPage
from lms_desktop.ui.care.restore_dialog import RestoreDialog
from lms_desktop.ui.care.sign_in import SignInDialog
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.domain_text import error_text
from lms_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def ctx(app_context: AppContext) -> Iterator[UiContext]:
    with app_context.database.unit_of_work() as uow:
        add_staff(uow, "Ms Reed", "librarian", "2468")
        add_staff(uow, "Sam", "aide", "1111")
        uow.commit()
    context = UiContext(
        app=app_context,
        tasks=TaskRunner(),
        hub=ChangeHub(),
        staff_name="Ms Reed",
        staff_role="librarian",
    )
    yield context
    context.tasks.wait_for_done()


def test_in_spanish_a_wrong_pin_is_explained_in_spanish(
    spanish: None, qtbot: QtBot, ctx: UiContext
) -> None:
    dialog = SignInDialog(ctx.app.database)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setCurrentText("Sam")
    qtbot.keyClicks(dialog.pin, "2468")  # the librarian's PIN, not Sam's
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == (
        "Ese nombre y ese PIN no coinciden con ninguna cuenta activa del personal. "
        "Inténtelo de nuevo o pida al bibliotecario que restablezca su PIN."
    )
    assert dialog.pin.text() == ""


def test_in_spanish_the_staff_list_names_each_role_in_spanish(
    spanish: None, qtbot: QtBot, ctx: UiContext
) -> None:
    page = PrivacyPage(ctx)
    qtbot.addWidget(page)
    roles = [page.new_role.itemText(i) for i in range(page.new_role.count())]
    assert roles == ["bibliotecario", "alumno ayudante", "quiosco de autopréstamo"]
    listed = [page.staff_list.item(row).text() for row in range(page.staff_list.count())]
    assert listed == ["Ms Reed — bibliotecario", "Sam — alumno ayudante"]


def test_in_spanish_a_pin_too_short_is_refused_in_spanish(
    spanish: None, qtbot: QtBot, ctx: UiContext
) -> None:
    page = PrivacyPage(ctx)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.new_name, "Kim")
    qtbot.keyClicks(page.new_pin, "12")
    assert not page.add()
    assert page.status.text() == "Un PIN tiene de 4 a 12 cifras. Escriba solo cifras."


def test_in_spanish_a_database_from_a_newer_version_is_refused_in_spanish(
    spanish: None, app_context: AppContext, tmp_path: Path
) -> None:
    url = app_context.config.database_url
    app_context.database.dispose()
    db_file = sqlite_path_of(url)
    assert db_file is not None
    with sqlite3.connect(db_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    with pytest.raises(DatabaseVersionError) as refused:
        open_database(url, tmp_path / "backups")
    assert error_text(refused.value) == (
        f"La base de datos de la biblioteca en {db_file} se guardó con una versión más "
        "reciente de LMS Desktop (esquema f00dfeed). Instale la versión más reciente para "
        "abrirla o abra una copia de seguridad hecha con esta versión. La base de datos no "
        "se modificó."
    )


def test_in_spanish_the_damage_advice_names_the_latest_backup_day_in_spanish(
    spanish: None, qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    make_backup(app_context.database, folder, "daily", now=datetime(2026, 12, 15, 14, 30))
    db_file = sqlite_path_of(app_context.config.database_url)
    assert db_file is not None
    advice = advise_on_damage(db_file, folder, (integrity_problem("page 7 is never used"),))
    dialog = DamagedDatabaseDialog(advice)
    qtbot.addWidget(dialog)
    assert dialog.text.text() == (
        f"La base de datos de la biblioteca {db_file.name} está dañada (integridad: page 7 "
        "is never used). Esto ocurre tras un corte de luz o cuando falla un disco o una "
        "memoria USB. La última copia buena es del martes 15 de diciembre de 2026 a las "
        "14:30; al restaurarla se recupera todo hasta ese momento. El archivo dañado se "
        "guarda aparte."
    )


def test_in_spanish_the_restore_dialog_counts_in_spanish_and_says_a_copy_is_damaged(
    spanish: None, qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    good = make_backup(ctx.app.database, tmp_path / "usb", "manual")
    dialog = RestoreDialog(ctx, good.path)
    qtbot.addWidget(dialog)
    assert "  • 0 usuarios" in dialog.summary.text()
    assert "  • 0 préstamos sin devolver" in dialog.summary.text()

    broken = tmp_path / "usb" / "library-20261215-143000-manual.sqlite3"
    broken.write_bytes(b"this is not a database at all" * 200)
    dialog = RestoreDialog(ctx, broken)
    qtbot.addWidget(dialog)
    assert dialog.summary.text().startswith("La copia de ")
    assert " está dañada (" in dialog.summary.text()
    assert not dialog.restore_button.isEnabled()


def test_in_spanish_the_kiosk_says_an_unknown_card_in_spanish(
    spanish: None, ctx: UiContext
) -> None:
    answer = kiosk_scan(ctx.app.database, "Kiosk", None, "NOT-A-CARD")
    assert not answer.ok
    assert answer.message == (
        "No reconocemos ese carné de la biblioteca. Pregunta en el mostrador."
    )


def test_in_english_the_same_refusals_read_as_before(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    dialog = SignInDialog(ctx.app.database)
    qtbot.addWidget(dialog)
    dialog.name.setCurrentText("Sam")
    qtbot.keyClicks(dialog.pin, "0000")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == (
        "That name and PIN do not match an active staff account. Try again, or ask the "
        "librarian to reset your PIN."
    )
    folder = tmp_path / "usb"
    make_backup(ctx.app.database, folder, "daily", now=datetime(2026, 12, 15, 14, 30))
    advice = advise_on_damage(tmp_path / "x.sqlite3", folder, ())
    assert advice.explanation == (
        "The library database x.sqlite3 is damaged (it could not be read). This happens "
        "after a power cut or a failing disk or USB stick. The latest good backup is from "
        "Tuesday 15 December 2026 at 14:30; restoring it brings back everything up to that "
        "moment. The damaged file is kept aside."
    )
