"""Carts have numbered slots; each slot holds at most one device."""

from __future__ import annotations

import pytest

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.carts import (
    all_carts,
    assign_to_slot,
    cart_view,
    create_cart,
    remove_from_cart,
)
from lms_desktop.devices.register import DeviceFilter, find_device_ids
from lms_desktop.errors import ConflictError, ValidationError


def test_a_new_cart_is_an_item_the_desk_can_lend_with_empty_slots(uow: UnitOfWork) -> None:
    cart = create_cart(uow, "CART-B", "Cart B - 2nd floor", 24)
    assert (cart.slot_count, cart.filled_slots, cart.status) == (24, 0, "available")
    view = cart_view(uow, "CART-B")
    assert len(view.slots) == 24
    assert view.empty_slots == tuple(range(1, 25))


def test_devices_go_into_numbered_slots(uow: UnitOfWork, three_chromebooks: list[str]) -> None:
    cart = create_cart(uow, "CART-B", "Cart B", 10)
    assign_to_slot(uow, "CART-B", 1, "CB-0001")
    assign_to_slot(uow, "CART-B", 2, "CB-0002")
    view = cart_view(uow, "CART-B")
    assert [(s.slot, s.asset_tag) for s in view.slots[:3]] == [
        (1, "CB-0001"),
        (2, "CB-0002"),
        (3, ""),
    ]
    assert view.cart.filled_slots == 2
    assert len(find_device_ids(uow, DeviceFilter(cart_id=cart.cart_id))) == 2


def test_a_taken_slot_or_a_slot_beyond_the_cart_is_refused(
    uow: UnitOfWork, three_chromebooks: list[str]
) -> None:
    create_cart(uow, "CART-B", "Cart B", 10)
    assign_to_slot(uow, "CART-B", 1, "CB-0001")
    with pytest.raises(ConflictError, match="already holds CB-0001"):
        assign_to_slot(uow, "CART-B", 1, "CB-0002")
    with pytest.raises(ValidationError, match="slots 1 to 10"):
        assign_to_slot(uow, "CART-B", 11, "CB-0002")


def test_moving_a_device_to_another_slot_frees_the_old_one(
    uow: UnitOfWork, three_chromebooks: list[str]
) -> None:
    create_cart(uow, "CART-B", "Cart B", 10)
    create_cart(uow, "CART-C", "Cart C", 10)
    assign_to_slot(uow, "CART-B", 1, "CB-0001")
    assign_to_slot(uow, "CART-C", 5, "CB-0001")
    assert cart_view(uow, "CART-B").slots[0].asset_tag == ""
    assert cart_view(uow, "CART-C").slots[4].asset_tag == "CB-0001"
    remove_from_cart(uow, "CB-0001")
    assert [c.filled_slots for c in all_carts(uow)] == [0, 0]


def test_cart_names_and_sizes_are_checked(uow: UnitOfWork) -> None:
    with pytest.raises(ValidationError):
        create_cart(uow, "CART-X", "", 10)
    with pytest.raises(ValidationError):
        create_cart(uow, "CART-X", "Cart X", 0)
    create_cart(uow, "CART-X", "Cart X", 10)
    with pytest.raises(ConflictError):
        create_cart(uow, "CART-Y", "Cart X", 10)
