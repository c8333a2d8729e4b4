"""The librarian registers devices one by one or by scanning a stack of asset tags."""

from __future__ import annotations

from datetime import date

import pytest

from lms_desktop.db.unit_of_work import Database, UnitOfWork
from lms_desktop.devices.register import (
    DeviceFilter,
    DeviceInput,
    add_device,
    bulk_add_devices,
    device_detail,
    device_input_of,
    device_rows,
    device_types,
    find_device_ids,
    normalize_mac,
    set_device_status,
    update_device,
)
from lms_desktop.errors import ConflictError, NotFoundError, ValidationError
from tests.devices.conftest import chromebook


def test_a_new_chromebook_is_an_available_item_with_its_asset_details(
    uow: UnitOfWork, database: Database
) -> None:
    row = add_device(
        uow,
        chromebook(
            "CB-1001",
            mac_address="3c-22-fb-01-a2-9e",
            purchase_date=date(2025, 8, 1),
            warranty_end=date(2028, 7, 31),
            price_cents=28900,
            home_location="Library closet",
        ),
    )
    uow.commit()
    assert row.status == "available"
    assert row.device_type == "chromebook"
    with database.unit_of_work() as again:
        detail = device_detail(again, "CB-1001")
    assert detail.mac_address == "3C:22:FB:01:A2:9E"
    assert detail.price_cents == 28900
    assert detail.warranty_end == date(2028, 7, 31)
    assert detail.row.home_location == "Library closet"


def test_device_types_list_chromebooks_hotspots_and_chargers(uow: UnitOfWork) -> None:
    codes = {t.code for t in device_types(uow)}
    assert {"chromebook", "ipad", "hotspot", "charger", "calculator", "camera"} <= codes
    assert "book" not in codes


def test_a_hotspot_keeps_a_checked_imei_and_a_bad_one_is_refused(uow: UnitOfWork) -> None:
    add_device(uow, DeviceInput("HS-01", "hotspot", imei="35-209900-176148-1"))
    assert device_input_of(uow, "HS-01").imei == "352099001761481"
    with pytest.raises(ValidationError, match="IMEI"):
        add_device(uow, DeviceInput("HS-02", "hotspot", imei="35-209900-176148-2"))


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("3c:22:fb:01:a2:9e", "3C:22:FB:01:A2:9E"),
        ("3C-22-FB-01-A2-9E", "3C:22:FB:01:A2:9E"),
        ("3c22.fb01.a29e", "3C:22:FB:01:A2:9E"),
        ("", ""),
    ],
)
def test_mac_addresses_in_any_common_spelling(typed: str, stored: str) -> None:
    assert normalize_mac(typed) == stored


@pytest.mark.parametrize("bad", ["3c:22:fb:01:a2", "zz:22:fb:01:a2:9e", "3c:22:fb:01:a2:9e:00"])
def test_a_wrong_mac_address_is_refused(bad: str) -> None:
    with pytest.raises(ValidationError, match="MAC"):
        normalize_mac(bad)


def test_an_asset_tag_already_used_by_a_book_copy_is_refused(uow: UnitOfWork) -> None:
    add_device(uow, chromebook("T-1"))
    with pytest.raises(ConflictError, match="already used"):
        add_device(uow, chromebook("T-1"))


def test_unknown_device_type_names_the_known_ones(uow: UnitOfWork) -> None:
    with pytest.raises(ValidationError, match="chromebook"):
        add_device(uow, DeviceInput("X-1", "toaster"))


def test_warranty_cannot_end_before_purchase(uow: UnitOfWork) -> None:
    with pytest.raises(ValidationError, match="warranty"):
        add_device(
            uow,
            chromebook("W-1", purchase_date=date(2025, 1, 1), warranty_end=date(2024, 1, 1)),
        )


def test_scanning_a_stack_of_tags_adds_each_once(uow: UnitOfWork) -> None:
    add_device(uow, chromebook("CB-2000"))
    result = bulk_add_devices(
        uow,
        ["CB-2001", "CB-2002", " CB-2002 ", "CB-2000", "", "bad tag!", "CB-2003"],
        chromebook("template", purchase_date=date(2025, 8, 1)),
    )
    assert result.added == ("CB-2001", "CB-2002", "CB-2003")
    assert result.already_registered == ("CB-2002", "CB-2000")
    assert [tag for tag, _why in result.rejected] == ["bad tag!"]
    assert device_input_of(uow, "CB-2003").purchase_date == date(2025, 8, 1)
    assert device_input_of(uow, "CB-2003").serial_number == ""


def test_list_finds_by_tag_serial_or_model_in_tag_order(
    uow: UnitOfWork, three_chromebooks: list[str]
) -> None:
    add_device(uow, DeviceInput("IP-01", "ipad", make="Apple", model="iPad 10th gen"))
    all_ids = find_device_ids(uow)
    assert [r.asset_tag for r in device_rows(uow, all_ids)] == [
        "CB-0001",
        "CB-0002",
        "CB-0003",
        "IP-01",
    ]
    assert len(find_device_ids(uow, DeviceFilter(text="ipad"))) == 1
    assert len(find_device_ids(uow, DeviceFilter(text="SN-CB-0002"))) == 1
    assert len(find_device_ids(uow, DeviceFilter(device_type="chromebook"))) == 3


def test_rows_come_back_in_the_order_asked(uow: UnitOfWork, three_chromebooks: list[str]) -> None:
    ids = find_device_ids(uow)
    assert [r.item_id for r in device_rows(uow, list(reversed(ids)))] == list(reversed(ids))


def test_retiring_and_finding_again(uow: UnitOfWork, three_chromebooks: list[str]) -> None:
    set_device_status(uow, "CB-0001", "retired")
    assert find_device_ids(uow, DeviceFilter(status="retired")) != []
    with pytest.raises(ValidationError, match="repair ticket"):
        set_device_status(uow, "CB-0001", "in_repair")
    set_device_status(uow, "CB-0001", "available")
    assert device_input_of(uow, "CB-0001").status == "available"


def test_editing_a_device_changes_its_details_and_tag(
    uow: UnitOfWork, three_chromebooks: list[str]
) -> None:
    data = device_input_of(uow, "CB-0002")
    from dataclasses import replace

    row = update_device(uow, "CB-0002", replace(data, asset_tag="CB-0002A", model="300e"))
    assert row.asset_tag == "CB-0002A" and row.model == "300e"
    with pytest.raises(NotFoundError, match="CB-0002"):
        device_input_of(uow, "CB-0002")
    with pytest.raises(ConflictError):
        update_device(uow, "CB-0002A", replace(data, asset_tag="CB-0003"))
