"""A small school with devices, a cart and patrons, and the Devices section on screen."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from lms_desktop.bootstrap import AppContext
from lms_desktop.circulation.patrons import PatronInput, create_patron
from lms_desktop.devices.agreements import set_agreement
from lms_desktop.devices.carts import assign_to_slot, create_cart
from lms_desktop.devices.kits import add_component
from lms_desktop.devices.register import DeviceInput, add_device
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.devices.section import DevicesSection
from lms_desktop.ui.tasks import TaskRunner


@dataclass(frozen=True)
class DeviceSchool:
    maya_card: str
    teacher_card: str
    cart: str
    cart_tags: list[str]


@pytest.fixture
def school(app_context: AppContext) -> DeviceSchool:
    try:
        from lms_desktop.circulation.context import invalidate_cache

        invalidate_cache()
    except ImportError:
        pass
    with app_context.database.unit_of_work() as uow:
        create_patron(uow, PatronInput("P1001", "Maya", "Okafor", homeroom="7B"))
        create_patron(uow, PatronInput("T2001", "Dana", "Kim", patron_type="teacher"))
        create_cart(uow, "CART-A", "Cart A", 30)
        tags = []
        for n in range(1, 31):
            tag = f"CB-{n:03d}"
            add_device(uow, DeviceInput(tag, "chromebook", "Lenovo", "100e", f"SN{n:05d}"))
            assign_to_slot(uow, "CART-A", n, tag)
            tags.append(tag)
        add_device(uow, DeviceInput("CB-LOOSE", "chromebook", "Acer", "Spin 311", "ACR1"))
        add_component(uow, "CB-LOOSE", "charger", 3500)
        add_device(uow, DeviceInput("HS-01", "hotspot", "Kajeet", "SmartSpot"))
        set_agreement(uow, "hotspot", "Hotspot agreement", "Schoolwork only. Bring it back.")
        uow.commit()
    return DeviceSchool("P1001", "T2001", "CART-A", tags)


@pytest.fixture
def ui(app_context: AppContext) -> Iterator[UiContext]:
    ctx = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub(), staff_name="Ms. Rivera")
    yield ctx
    ctx.tasks.wait_for_done()


@pytest.fixture
def section(qtbot: QtBot, ui: UiContext, school: DeviceSchool) -> DevicesSection:
    widget = DevicesSection(ui)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
