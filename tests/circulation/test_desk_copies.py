"""An unknown copy in hand at the desk: the item types offered, and the copy saved."""

from __future__ import annotations

import inspect

from sqlalchemy import select

from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.desk_copies import (
    AddedCopy,
    NewCopy,
    item_type_choices,
    save_new_copy,
)
from lms_desktop.circulation.models import Item
from tests.circulation.conftest import SmallSchool, item_barcode


def test_the_add_copy_dialog_offers_every_item_type_book_first(school: SmallSchool) -> None:
    with school.uow() as uow:
        choices = item_type_choices(uow)
    assert choices[0].code == "book"
    assert {"book", "chromebook"} <= {c.code for c in choices}
    assert all(c.name for c in choices)


def test_a_title_typed_at_the_desk_is_saved_with_its_copy(school: SmallSchool) -> None:
    copy = NewCopy(
        barcode=f" {item_barcode(900)} ",
        title="The Wild Robot",
        author="Brown, Peter",
        isbn="9780316381994",
        item_type="book",
        call_number="FIC BRO",
    )
    with school.uow() as uow:
        added = save_new_copy(uow, copy)
    assert isinstance(added, AddedCopy) and added.barcode == item_barcode(900)
    with school.uow() as uow:
        title = uow.session.scalar(
            select(BibRecord.title)
            .join(Item, Item.bib_record_id == BibRecord.id)
            .where(Item.id == added.item_id)
        )
    assert title is not None and "Wild Robot" in title


def test_the_desk_dialog_reads_nothing_from_the_database_itself() -> None:
    from lms_desktop.ui.desk import add_copy

    source = inspect.getsource(add_copy)
    assert ".session" not in source and "select(" not in source
