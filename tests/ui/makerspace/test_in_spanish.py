"""A Spanish-reading aide runs the makerspace: refusals, slots and lists read Spanish."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from lms_desktop.errors import PermissionDeniedError
from lms_desktop.makerspace.bookings import (
    BookingConflictError,
    BookingRequest,
    bookings_between,
    create_booking,
)
from lms_desktop.makerspace.certificates import check_certificate
from lms_desktop.makerspace.resources import list_resources, log_consumable_use
from lms_desktop.makerspace.schedule import SchoolCalendar, local_datetime
from lms_desktop.makerspace.slots import slot_by_period
from lms_desktop.ui.context import UiContext
from lms_desktop.ui.domain_text import error_text, shown
from lms_desktop.ui.makerspace.booking_dialog import BookingDialog
from lms_desktop.ui.makerspace.models import BookingTableModel, CertificateTableModel
from tests.makerspace.school_setup import Riverside

ROOT = Path(__file__).resolve().parents[3]
B_DAY = date(2026, 9, 9)


def test_in_spanish_a_thanksgiving_booking_is_refused_with_the_next_school_day(
    spanish: None, qtbot: QtBot, ui_ctx: UiContext, cal: SchoolCalendar, school: Riverside
) -> None:
    """The aide books the 3D printer on Thanksgiving: the dialog says, in Spanish, that
    the school is closed and which day is the next school day."""
    with ui_ctx.unit_of_work() as uow:
        resources = list_resources(uow)
    dialog = BookingDialog(ui_ctx, cal, resources, resource_id=school.printer)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.patron_search, "Jordan")
    qtbot.waitUntil(lambda: dialog.patron_box.count() > 0)
    dialog.day_edit.setDate(QDate(2026, 11, 26))
    dialog.set_clock(time(9, 0), time(10, 0))
    with qtbot.waitSignal(dialog.refused, timeout=10000) as refused:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert refused.args[0] == (
        "La escuela está cerrada el jueves 26 de noviembre de 2026 (no es día de clase). "
        "El siguiente día de clase es el lunes 30 de noviembre de 2026 (día B): "
        "elija ese día u otro día de clase."
    )
    assert dialog.message.text() == refused.args[0]


def test_in_spanish_a_taken_period_names_who_has_it_and_the_next_free_slot(
    spanish: None, ui_ctx: UiContext, cal: SchoolCalendar, school: Riverside
) -> None:
    with ui_ctx.unit_of_work() as uow:
        create_booking(
            uow,
            BookingRequest(
                school.printer, *slot_by_period(cal, B_DAY, "3"), school.teacher, "7B Science"
            ),
            cal=cal,
        )
        uow.commit()
    with ui_ctx.unit_of_work() as uow, pytest.raises(BookingConflictError) as refused:
        create_booking(
            uow,
            BookingRequest(school.printer, *slot_by_period(cal, B_DAY, "3"), school.student),
            cal=cal,
        )
    assert error_text(refused.value) == (
        "3D printer 1 ya está reservado a esa hora: Maria Rivera (7B Science), "
        "Día B mié 9 de sep, periodo 3 (09:50-10:40). "
        "El siguiente hueco libre es: Día B mié 9 de sep, periodo 4 (10:45-11:35). "
        "Elija otra hora o apúntese a la lista de espera."
    )


def test_in_spanish_the_day_list_reads_its_headings_slots_and_statuses(
    spanish: None, ui_ctx: UiContext, cal: SchoolCalendar, school: Riverside
) -> None:
    with ui_ctx.unit_of_work() as uow:
        create_booking(
            uow,
            BookingRequest(school.laser, *slot_by_period(cal, B_DAY, "3"), school.student),
            cal=cal,
        )
        uow.commit()
        start = local_datetime(cal, B_DAY, time(0, 0))
        day = bookings_between(uow, start, local_datetime(cal, date(2026, 9, 10), time(0, 0)))
    model = BookingTableModel()
    model.set_bookings(day, cal)
    headings = [
        model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for column in range(model.columnCount())
    ]
    assert headings == ["Cuándo", "Recurso", "Para", "Propósito", "Estado"]
    assert model.index(0, 0).data() == "Día B mié 9 de sep, periodo 3 (09:50-10:40)"
    assert model.index(0, 4).data() == "Pendiente de aprobación"


def test_in_spanish_an_expired_laser_certificate_is_refused_with_its_date(
    spanish: None, ui_ctx: UiContext, school: Riverside
) -> None:
    """Jordan's laser-cutter certificate ran out on 1 Sep 2027: a year after training."""
    with ui_ctx.unit_of_work() as uow, pytest.raises(PermissionDeniedError) as refused:
        check_certificate(uow, school.student, school.laser_training, date(2027, 9, 9))
    assert shown(refused.value.message) == (
        "El certificado de Laser cutter safety de Jordan Lee caducó el 1 de sep de 2027. "
        "Renueve la formación y registre el nuevo certificado."
    )
    model = CertificateTableModel()
    headings = [
        model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for column in range(model.columnCount())
    ]
    assert headings == ["Usuario", "Formación", "Formado por", "Formado el", "Caduca", "Estado"]


def test_in_spanish_logging_filament_warns_of_low_stock(
    spanish: None, ui_ctx: UiContext, school: Riverside
) -> None:
    with ui_ctx.unit_of_work() as uow:
        used = log_consumable_use(uow, school.filament, 750)
        uow.commit()
    assert used.low_stock_warning is not None
    assert shown(used.low_stock_warning) == (
        "Quedan pocas existencias de PLA filament: 250 g (nivel de pedido 300 g). Pida más."
    )
