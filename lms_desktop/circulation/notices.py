"""Overdue notices grouped by homeroom teacher, as plain data for the report renderers."""

from __future__ import annotations

from datetime import date

from lms_desktop.circulation.results import HomeroomOverdues
from lms_desktop.db.unit_of_work import UnitOfWork


def overdues_by_homeroom(uow: UnitOfWork, today: date) -> list[HomeroomOverdues]:
    """Every open loan due before `today` (local school date), grouped by the borrower's
    homeroom (teachers and staff under "Staff"), sorted by homeroom then name."""
    raise NotImplementedError
