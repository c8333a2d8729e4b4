"""The device list model reads rows lazily, a page at a time, and is a well-behaved model."""

from __future__ import annotations

from lms_desktop.bootstrap import AppContext
from lms_desktop.devices.register import find_device_ids
from lms_desktop.ui.devices.models import Column, DeviceListModel, RowRole, RowsModel
from tests.ui.devices.conftest import DeviceSchool


def test_the_lazy_device_list_passes_the_model_tester(
    qtmodeltester, app_context: AppContext, school: DeviceSchool
) -> None:
    model = DeviceListModel(app_context.database.unit_of_work)
    with app_context.database.unit_of_work() as uow:
        model.set_ids(find_device_ids(uow))
    qtmodeltester.check(model)
    assert model.rowCount() == 32


def test_only_the_page_on_screen_is_read(app_context: AppContext, school: DeviceSchool) -> None:
    model = DeviceListModel(app_context.database.unit_of_work)
    model.PAGE = 10
    with app_context.database.unit_of_work() as uow:
        model.set_ids(find_device_ids(uow))
    assert model.fetches == 0
    assert model.index(0, 0).data() == "CB-001"
    assert model.index(9, 4).data() == "Available"
    assert model.fetches == 1
    assert model.index(25, 0).data() == "CB-026"
    assert model.fetches == 2
    assert model.index(25, 0).data(RowRole).serial_number == "SN00026"


def test_the_small_row_model_passes_the_model_tester(qtmodeltester) -> None:
    model: RowsModel[tuple[str, int]] = RowsModel(
        [Column("Name", lambda r: r[0]), Column("Count", lambda r: str(r[1]))],
        background=lambda r: "#fde2e1" if r[1] == 0 else None,
    )
    model.set_rows([("charger", 1), ("case", 0)])
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == "0"
