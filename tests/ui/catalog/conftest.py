"""A UI context over a fresh database, and a few catalogued books to work with."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from lms_desktop.bootstrap import AppContext
from lms_desktop.catalog.copies import add_copy
from lms_desktop.catalog.fast_add import FastAddInput, build_fast_add_record
from lms_desktop.catalog.records import add_record
from lms_desktop.ui.context import ChangeHub, UiContext
from lms_desktop.ui.tasks import TaskRunner


@pytest.fixture
def ui_ctx(app_context: AppContext) -> Iterator[UiContext]:
    ctx = UiContext(app=app_context, tasks=TaskRunner(), hub=ChangeHub())
    yield ctx
    ctx.tasks.wait_for_done()


@dataclass(frozen=True)
class ShelfBooks:
    charlotte: int
    hobbit: int
    wonder: int


@pytest.fixture
def shelf(ui_ctx: UiContext) -> ShelfBooks:
    """Three titles: Charlotte's web (2 copies, 1 out), The hobbit (1 copy), Wonder (none)."""
    books = {
        "charlotte": FastAddInput("Charlotte's web", "White, E. B.", "9780064400558", "FIC WHI"),
        "hobbit": FastAddInput("The hobbit", "Tolkien, J. R. R.", "9780261102217", "FIC TOL"),
        "wonder": FastAddInput("Wonder", "Palacio, R. J.", "9780375869020", "FIC PAL"),
    }
    ids: dict[str, int] = {}
    with ui_ctx.unit_of_work() as uow:
        for key, book in books.items():
            ids[key] = add_record(uow, build_fast_add_record(book, date(2026, 9, 1)), "test")
        add_copy(uow, ids["charlotte"], "31000001", call_number="FIC WHI", location="Fiction")
        add_copy(
            uow,
            ids["charlotte"],
            "31000002",
            call_number="FIC WHI",
            location="Fiction",
            status="missing",
        )
        add_copy(uow, ids["hobbit"], "31000003", call_number="FIC TOL", location="Fiction")
        uow.commit()
    return ShelfBooks(**ids)
