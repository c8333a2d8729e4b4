"""The register goes out to CSV and comes back; bad rows are named by line, not fatal."""

from __future__ import annotations

import io
from datetime import date

import pytest

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.carts import cart_view, create_cart
from lms_desktop.devices.csv_io import CSV_COLUMNS, export_devices_csv, import_devices_csv
from lms_desktop.devices.register import add_device, device_input_of
from lms_desktop.errors import ValidationError
from tests.devices.conftest import chromebook


def test_export_then_import_into_an_empty_school_gives_the_same_register(
    uow: UnitOfWork, database, tmp_path
) -> None:
    create_cart(uow, "CART-A", "Cart A", 30)
    add_device(
        uow,
        chromebook(
            "CB-1",
            purchase_date=date(2025, 8, 1),
            price_cents=28950,
            mac_address="3c:22:fb:01:a2:9e",
            notes="sticker on lid",
        ),
    )
    add_device(uow, chromebook("CB-2"))
    from lms_desktop.devices.carts import assign_to_slot

    assign_to_slot(uow, "CART-A", 7, "CB-2")
    uow.commit()
    out = io.StringIO()
    assert export_devices_csv(uow, out) == 2
    text = out.getvalue()
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)
    assert "289.50" in text and "Cart A,7" in text

    from lms_desktop.bootstrap import open_app
    from lms_desktop.config import AppConfig

    other = open_app(AppConfig.from_args(str(tmp_path / "other.sqlite3")))
    with other.database.unit_of_work() as fresh:
        create_cart(fresh, "CART-A", "Cart A", 30)
        result = import_devices_csv(fresh, io.StringIO(text))
        fresh.commit()
    with other.database.unit_of_work() as check:
        assert result.added == 2 and result.problems == ()
        assert device_input_of(check, "CB-1") == device_input_of(uow, "CB-1")
        assert [s.asset_tag for s in cart_view(check, "CART-A").slots if s.slot == 7] == ["CB-2"]
    other.database.dispose()


def test_import_updates_by_asset_tag_and_reports_bad_rows_by_line(uow: UnitOfWork) -> None:
    add_device(uow, chromebook("CB-1", model="100e"))
    csv_text = (
        "asset_tag,device_type,model,purchase_date,price,mac_address\n"
        "CB-1,chromebook,300e,2025-08-01,$289.00,\n"
        "CB-2,chromebook,300e,8/14/2025,,\n"
        "CB-3,toaster,,,,\n"
        "CB-4,chromebook,,yesterday,,\n"
        "CB-5,chromebook,,,,12:34\n"
        ",,,,,\n"
        "CB-6,Chromebook,,,,\n"
    )
    result = import_devices_csv(uow, io.StringIO(csv_text))
    assert (result.added, result.updated) == (2, 1)
    assert [(p.line, p.asset_tag) for p in result.problems] == [
        (4, "CB-3"),
        (5, "CB-4"),
        (6, "CB-5"),
    ]
    assert "toaster" in result.problems[0].message
    assert device_input_of(uow, "CB-1").model == "300e"
    assert device_input_of(uow, "CB-1").price_cents == 28900
    assert device_input_of(uow, "CB-2").purchase_date == date(2025, 8, 14)
    assert "2 added, 1 updated" in result.summary()


def test_importing_the_same_file_twice_changes_nothing_the_second_time(uow: UnitOfWork) -> None:
    csv_text = "asset_tag,device_type,make\nHS-1,hotspot,Kajeet\nHS-2,hotspot,Kajeet\n"
    import_devices_csv(uow, io.StringIO(csv_text))
    again = import_devices_csv(uow, io.StringIO(csv_text))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)


def test_a_file_without_the_key_columns_is_refused_with_the_template(uow: UnitOfWork) -> None:
    with pytest.raises(ValidationError, match="asset_tag"):
        import_devices_csv(uow, io.StringIO("tag,type\nA,chromebook\n"))
