"""Fees for lost and damaged items, overdue fines, payments and waivers."""

from __future__ import annotations

from datetime import datetime

from lms_desktop.circulation.results import FeeView
from lms_desktop.db.unit_of_work import UnitOfWork


def fees_for_patron(uow: UnitOfWork, patron_id: int, *, open_only: bool = True) -> list[FeeView]:
    """The patron's fees, newest first."""
    raise NotImplementedError


def charge_fee(
    uow: UnitOfWork,
    patron_id: int,
    kind: str,
    amount_cents: int,
    *,
    item_barcode: str | None = None,
    description: str = "",
    now: datetime | None = None,
) -> FeeView:
    """Charge a fee (kind: lost | damaged | component | overdue | other). Journaled. Commits."""
    raise NotImplementedError


def pay_fee(
    uow: UnitOfWork, fee_id: int, amount_cents: int, *, note: str = "", now: datetime | None = None
) -> FeeView:
    """Record a payment; a fee paid in full becomes `paid`. Refuses overpaying. Commits."""
    raise NotImplementedError


def waive_fee(
    uow: UnitOfWork,
    fee_id: int,
    *,
    amount_cents: int | None = None,
    note: str = "",
    now: datetime | None = None,
) -> FeeView:
    """Waive the rest of a fee (or part of it). Journaled with who and why. Commits."""
    raise NotImplementedError
