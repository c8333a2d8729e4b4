"""A Spanish-reading aide chooses Español and sees the navigation and the desk in Spanish."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lms_desktop.bootstrap import AppContext
from lms_desktop.circulation.context import invalidate_cache
from lms_desktop.circulation.models import Item
from lms_desktop.circulation.scan_router import DeskMode
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import NotFoundError, PermissionDeniedError
from lms_desktop.makerspace.certificates import check_certificate_for_item
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.texts import day_text, month_day_text, say
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.desk.batch_dialog import report_model
from lms_desktop.ui.desk.desk_screen import DeskSection
from lms_desktop.ui.domain_text import error_text, shown
from lms_desktop.ui.main_window import MainWindow
from lms_desktop.ui.settings.school_page import SchoolPage
from lms_desktop.ui.tasks import TaskRunner
from lms_desktop.ui.translation import LANGUAGE_KEY, chosen_language
from tests.makerspace.school_setup import set_up_riverside
from tests.ui.desk import conftest as desk_fixtures
from tests.ui.desk.conftest import DeskSchool, DeskWindow, scan_and_wait

ROOT = Path(__file__).resolve().parents[2]

# the desk tests' small school and desk window, for the Spanish desk stories below
school = desk_fixtures.school
ui_context = desk_fixtures.ui_context
desk_window = desk_fixtures.window


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ctx(app_context: AppContext) -> Iterator[UiContext]:
    context = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub())
    yield context
    context.tasks.wait_for_done()


def test_the_spanish_translation_is_compiled(compiled_translations: list[Path]) -> None:
    spanish_qm = [qm for qm in compiled_translations if qm.name == "lms_desktop_es.qm"]
    assert spanish_qm and spanish_qm[0].stat().st_size > 1000


def test_in_spanish_the_navigation_and_window_chrome_read_spanish(
    spanish: None, qtbot: QtBot, ctx: UiContext, settings: QSettings
) -> None:
    window = MainWindow(ctx, settings=settings)
    qtbot.addWidget(window)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == [
        "Mostrador",
        "Catálogo",
        "Usuarios",
        "Dispositivos",
        "Makerspace",
        "Informes",
        "Inventario",
        "Configuración",
    ]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Archivo", "&Ir a", "A&yuda"]
    assert window.navigation.accessibleName() == "Secciones"
    # a school with no staff accounts yet: the librarian is named in Spanish too
    assert window.staff_label.text() == "Sesión iniciada: Bibliotecario/a"


def test_in_spanish_the_desk_speaks_spanish(spanish: None, qtbot: QtBot, ctx: UiContext) -> None:
    desk = DeskSection(ctx)
    qtbot.addWidget(desk)
    assert desk.scan_field.accessibleName() == "Campo de lectura"
    assert desk.scan_field.placeholderText() == (
        "Escanee un carné, un libro, un dispositivo o un ISBN"
    )
    buttons = {b.text() for b in desk.findChildren(QPushButton)}
    assert {"Prestar / devolver", "Solo devolver", "Renovar", "Deshacer"} <= buttons
    assert "Terminar con el usuario (Esc)" in buttons
    labels = " ".join(label.text() for label in desk.findChildren(QLabel))
    assert "Listo. Escanee un carné o un material." in labels
    assert "Check out" not in " ".join(buttons)


def test_in_english_nothing_is_translated(qtbot: QtBot, ctx: UiContext) -> None:
    desk = DeskSection(ctx)
    qtbot.addWidget(desk)
    assert desk.scan_field.accessibleName() == "Scan field"


def test_the_librarian_chooses_spanish_on_the_school_page(
    qtbot: QtBot, ctx: UiContext, settings: QSettings
) -> None:
    page = SchoolPage(ctx, settings=settings)
    qtbot.addWidget(page)
    assert page.language.currentData() == ""  # follows the system until chosen
    assert page.language.accessibleName() == "Language / Idioma"
    with qtbot.waitSignal(ctx.hub.status_message) as said:
        page.language.setCurrentIndex(page.language.findText("Español"))
    assert "next time" in said.args[0]
    assert settings.value(LANGUAGE_KEY) == "es"
    assert chosen_language(settings) == "es"
    # the page opened again remembers the choice
    again = SchoolPage(ctx, settings=settings)
    qtbot.addWidget(again)
    assert again.language.currentText() == "Español"
    again.language.setCurrentIndex(again.language.findText("English"))
    assert chosen_language(settings) == "en"


def _untranslated() -> set[tuple[str, str]]:
    """(context, English text) of the .ts messages with no finished Spanish yet."""
    ts = ROOT / "lms_desktop" / "resources" / "translations" / "lms_desktop_es.ts"
    found = set()
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") == "unfinished":
                found.add((name, message.findtext("source") or ""))
    return found


def _contexts(widget: QWidget, *more: object) -> set[str]:
    """The translation contexts a text on `widget` can come from: its classes and its
    parents' (self.tr() in a section names the section's class)."""
    names: set[str] = set()
    owner: QObject | None = widget
    while owner is not None:
        names.update(cls.__name__ for cls in type(owner).__mro__)
        owner = owner.parent()
    for thing in more:
        names.update(cls.__name__ for cls in type(thing).__mro__)
    return names


def _visible_texts(root: QWidget) -> Iterator[tuple[set[str], str]]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()):
            continue
        texts = [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        contexts = _contexts(widget)
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
            contexts = _contexts(widget, model, source)
            texts += [
                str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for column in range(model.columnCount(QModelIndex()))
            ]
        for text in texts:
            if text.strip():
                yield contexts, text


def test_in_spanish_every_main_screen_reads_spanish(
    spanish: None, qtbot: QtBot, ctx: UiContext, settings: QSettings
) -> None:
    """An aide who reads Spanish opens each section and each of its tabs: no button, tab,
    column or hint there is still waiting for its Spanish text."""
    untranslated = _untranslated()
    window = MainWindow(ctx, settings=settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    english: dict[str, set[str]] = {}
    for key in window.section_keys():
        section = window.show_section(key)
        ctx.tasks.wait_for_done()
        english[key] = set()
        tabs = [t for t in section.findChildren(QTabWidget) if t.isVisibleTo(window)]
        for tab_widget, index in [(None, 0)] + [(t, i) for t in tabs for i in range(t.count())]:
            if tab_widget is not None:
                tab_widget.setCurrentIndex(index)
                ctx.tasks.wait_for_done()
            english[key] |= {
                text
                for contexts, text in _visible_texts(section)
                if any((context, text) in untranslated for context in contexts)
            }
    still_english = [f"{key}: {sorted(texts)}" for key, texts in english.items() if texts]
    assert still_english == [], "\n".join(still_english)


def test_every_spanish_text_keeps_the_placeholders_of_its_english() -> None:
    """A misspelt {name} in a translation would raise KeyError on the Spanish desk. (The
    format may differ: Spanish writes "1 de septiembre" where English pads "01 Sep".)"""
    ts = ROOT / "lms_desktop" / "resources" / "translations" / "lms_desktop_es.ts"
    fields = re.compile(r"\{[^}:]*|\$\w+|%[nvmp]")
    wrong = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type"):  # unfinished or vanished: not used
                continue
            source = message.findtext("source") or ""
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            for form in forms:
                if not form.strip() or set(fields.findall(form)) != set(fields.findall(source)):
                    wrong.append(f"{context.findtext('name')}: {source!r} -> {form!r}")
    assert wrong == [], "\n".join(wrong)


def test_in_spanish_a_domain_message_reads_spanish_with_its_nested_parts(spanish: None) -> None:
    """A due date the circulation engine says in English reads Spanish at the desk."""
    due = day_text(date(2026, 12, 15))
    assert due == "Tue Dec 15"
    assert shown(due) == "mar 15 de dic"
    closed = month_day_text(date(2026, 12, 15), year=True)
    assert (closed, shown(closed)) == ("Dec 15, 2026", "15 de dic de 2026")
    assert shown("Plain text from elsewhere") == "Plain text from elsewhere"


def test_in_spanish_a_refused_action_says_why_in_spanish(spanish: None) -> None:
    """Any screen that shows why an action failed shows a domain error in Spanish; an
    unexpected error (not the domain's) is shown as it is."""
    refused = NotFoundError(say("That title is no longer in the catalog."))
    assert error_text(refused) == shown(refused.message) != refused.message
    assert error_text(RuntimeError("disk I/O error")) == "disk I/O error"


def test_in_english_a_domain_message_is_its_own_text() -> None:
    due = day_text(date(2026, 12, 15))
    assert shown(due) == "Tue Dec 15"
    assert shown(say("A message nobody translated about {what}.", what=due)) == (
        "A message nobody translated about Tue Dec 15."
    )


class _MisspeltTranslator(QTranslator):
    """A translation whose placeholders do not match its English (a translator's slip)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context == "domain" and source == "{weekday} {month} {day}":
            return "{dia_de_la_semana} {day} de {month}"
        return ""


def test_a_misspelt_translation_falls_back_to_english_instead_of_failing_the_desk(
    qapp: QApplication,
) -> None:
    translator = _MisspeltTranslator(qapp)
    qapp.installTranslator(translator)
    try:
        assert shown(day_text(date(2026, 12, 15))) == "Tue Dec 15"
    finally:
        qapp.removeTranslator(translator)


def _what_column(desk: DeskSection) -> str:
    model = desk.journal
    return str(model.data(model.index(0, 1)))


def test_in_spanish_the_desk_says_what_each_scan_did_in_spanish(
    spanish: None, qtbot: QtBot, desk_window: DeskWindow, school: DeskSchool
) -> None:
    """An aide who reads Spanish lends a book, is told why a second student cannot have
    it, and checks it back in: the banner and Last actions say so in Spanish."""
    desk = desk_window.desk
    scan_and_wait(qtbot, desk, school.maya_card)
    assert desk.banner.text() == "Maya Lopez (grado 4, Ms. Rivera): 0 material(es) en préstamo."

    lent = scan_and_wait(qtbot, desk, school.wonder[0])
    assert lent.outcome == "checked_out"
    assert lent.message.startswith("Checked out “Wonder”")  # the domain still speaks English
    banner = desk.banner.text()
    assert banner.startswith(f"Prestado «Wonder» ({school.wonder[0]}) a Maya Lopez. Vence el ")
    assert not re.search(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Due)\b", banner), banner
    assert _what_column(desk) == banner

    desk.clear_patron()
    scan_and_wait(qtbot, desk, school.leo_card)
    refused = scan_and_wait(qtbot, desk, school.wonder[0])
    assert refused.outcome == "refused"
    assert desk.banner.text() == (
        f"«Wonder» ({school.wonder[0]}) sigue prestado a Maya Lopez. Devuélvalo primero "
        "(escanéelo sin ningún usuario seleccionado) y después préstelo."
    )

    desk.set_mode(DeskMode.CHECK_IN)  # F3: every scan is a return, even seconds later
    returned = scan_and_wait(qtbot, desk, school.wonder[0])
    assert returned.outcome == "checked_in"
    assert desk.banner.text() == f"Devuelto «Wonder» ({school.wonder[0]}) de Maya Lopez."
    assert _what_column(desk) == desk.banner.text()


def test_in_english_the_desk_says_it_as_before(
    qtbot: QtBot, desk_window: DeskWindow, school: DeskSchool
) -> None:
    desk = desk_window.desk
    scan_and_wait(qtbot, desk, school.maya_card)
    assert desk.banner.text() == "Maya Lopez (grade 4, Ms. Rivera): 0 item(s) out."
    scan_and_wait(qtbot, desk, school.wonder[0])
    assert re.fullmatch(
        rf"Checked out “Wonder” \({school.wonder[0]}\) to Maya Lopez\. Due \w{{3}} \w{{3}} \d+\.",
        desk.banner.text(),
    ), desk.banner.text()
    desk.set_mode(DeskMode.CHECK_IN)
    scan_and_wait(qtbot, desk, school.wonder[0])
    assert desk.banner.text() == f"Checked in “Wonder” ({school.wonder[0]}) from Maya Lopez."


def test_in_spanish_an_unknown_barcode_says_so_in_spanish(
    spanish: None, qtbot: QtBot, desk_window: DeskWindow, school: DeskSchool
) -> None:
    desk = desk_window.desk
    scan_and_wait(qtbot, desk, "ZZ-9999")
    assert desk.banner.text() == (
        "Nada en la biblioteca tiene el código de barras ZZ-9999. "
        "Añada este ejemplar o busque su ISBN."
    )


def test_in_spanish_an_aide_reads_why_they_cannot_waive_a_fee(
    spanish: None, database: Database
) -> None:
    """Sam, a student aide, tries to waive a fee: the refusal reads Spanish, role and
    action included."""
    with (
        database.unit_of_work("Sam", staff_role="aide") as uow,
        pytest.raises(PermissionDeniedError) as refused,
    ):
        require_permission(uow, Permission.WAIVE_FEES)
    assert shown(refused.value.message) == (
        "Sam ha iniciado sesión como alumno ayudante y no puede perdonar multas. "
        "Pida al bibliotecario que inicie sesión para hacerlo."
    )


def test_in_spanish_the_desk_says_why_the_laser_cutter_is_refused(
    spanish: None, database: Database
) -> None:
    """Ava has no laser-cutter training: the aide reads the refusal in Spanish."""
    invalidate_cache()
    riverside = set_up_riverside(database)
    with database.unit_of_work("Ms. Librarian") as uow:
        item_id = uow.session.scalar(select(Item.id).where(Item.barcode == "MK-LASER-1"))
        assert item_id is not None
        with pytest.raises(PermissionDeniedError) as refused:
            check_certificate_for_item(uow, riverside.untrained, item_id, date(2026, 9, 9))
    assert shown(refused.value.message) == (
        "Laser cutter requiere formación. Ava Chen no ha recibido la formación "
        "Laser cutter safety. Organice la formación y registre primero el certificado."
    )


def test_in_spanish_the_scanner_batch_report_has_spanish_headings(spanish: None) -> None:
    model = report_model()
    headings = [
        model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for column in range(model.columnCount())
    ]
    assert headings == ["Línea", "Lectura", "Resultado", "Qué pasó"]


def _tr_calls_lupdate_cannot_see(source: str) -> list[int]:
    """Lines with a tr()/translate() call written inside an f-string's braces: lupdate
    does not read into those, so the text never reaches the translator."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.JoinedStr):
            continue
        for value in node.values:
            if not isinstance(value, ast.FormattedValue):
                continue
            for inner in ast.walk(value.value):
                if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute | ast.Name):
                    name = (
                        inner.func.attr if isinstance(inner.func, ast.Attribute) else inner.func.id
                    )
                    if name in {"tr", "translate"}:
                        lines.append(inner.lineno)
    return lines


def test_no_screen_hides_a_text_from_the_translator_inside_an_f_string() -> None:
    assert _tr_calls_lupdate_cannot_see("f\"<b>{self.tr('From: {s}').format(s=s)}</b>\"") == [1]
    assert _tr_calls_lupdate_cannot_see('text = self.tr("From: {s}")\nf"<b>{text}</b>"') == []
    hidden = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted((ROOT / "lms_desktop" / "ui").rglob("*.py"))
        for line in _tr_calls_lupdate_cannot_see(path.read_text(encoding="utf-8"))
    ]
    assert hidden == [], "take these tr() calls out of the f-string:\n" + "\n".join(hidden)
