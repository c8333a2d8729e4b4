"""A barcode the librarian asked for that matches nothing is named, never skipped quietly."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lms_desktop.circulation.models import Patron
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import ValidationError
from lms_desktop.labels.service import LabelSelection, make_label_pdf
from tests.labels.conftest import SmallSchool
from tests.labels.pdf_shapes import drawn_texts


def _words(pdf: bytes) -> list[str]:
    return [t.text for t in drawn_texts(pdf)]


def test_a_scanned_card_number_that_is_nobodys_is_named(
    database: Database, school: SmallSchool
) -> None:
    with database.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        make_label_pdf(
            uow, "patron", "avery-5161", LabelSelection(barcodes=("P0001", "P0099", "P0002"))
        )
    assert "No patron has the card number P0099" in refused.value.message


def test_a_card_for_a_patron_who_has_left_is_refused_with_the_reason(
    database: Database, school: SmallSchool
) -> None:
    with database.unit_of_work() as uow:
        farah = uow.session.scalar(select(Patron).where(Patron.barcode == "P0006"))
        assert farah is not None
        farah.status = "inactive"
        uow.commit()
    with database.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        make_label_pdf(uow, "patron", "avery-5161", LabelSelection(barcodes=("P0006",)))
    assert "P0006: the card of a patron who is not active" in refused.value.message
    assert "made active again" in refused.value.message


def test_patron_cards_for_a_card_number_range_list_the_gaps(
    database: Database, school: SmallSchool
) -> None:
    selection = LabelSelection(first_barcode="P0005", last_barcode="P0009")
    with database.unit_of_work() as uow:
        job = make_label_pdf(uow, "patron", "avery-5161", selection)
    assert job.count == 2
    assert {"Emma Johnson", "Farah Khan"} <= set(_words(job.pdf))
    assert job.not_found == ("P0007", "P0008", "P0009")
    assert job.warnings[0] == (
        "3 of the 5 barcodes from P0005 to P0009 are not active patrons' cards, so they "
        "have no label: P0007, P0008, P0009."
    )


def test_an_asset_tag_that_is_no_device_is_named(database: Database, school: SmallSchool) -> None:
    with database.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        make_label_pdf(
            uow, "asset", "avery-5167", LabelSelection(barcodes=("CB-001", "CB-404", "T0010"))
        )
    message = refused.value.message
    assert "No device has the asset tag CB-404" in message
    assert "T0010: a book or other copy, not a device" in message


def test_asset_tags_for_a_range_list_the_tags_with_no_device(
    database: Database, school: SmallSchool
) -> None:
    selection = LabelSelection(first_barcode="CB-001", last_barcode="CB-005")
    with database.unit_of_work() as uow:
        job = make_label_pdf(uow, "asset", "avery-5167", selection)
    assert job.count == 3
    assert job.not_found == ("CB-004", "CB-005")
    assert "2 of the 5 barcodes from CB-001 to CB-005 are not devices" in job.warnings[0]


def test_spine_labels_for_a_range_list_the_copies_not_catalogued(
    database: Database, school: SmallSchool
) -> None:
    selection = LabelSelection(first_barcode="T0090", last_barcode="T0099")
    with database.unit_of_work() as uow:
        job = make_label_pdf(uow, "spine", "avery-5160", selection)
    assert job.count == 2  # T0090 and T0091: Coding for Kids
    assert len(job.not_found) == 8
    assert "8 of the 10 barcodes from T0090 to T0099 are not in the catalog" in job.warnings[0]
    assert "T0092, T0093, T0094, T0095, T0096 and 3 more" in job.warnings[0]


def test_a_range_with_nothing_in_it_is_refused(database: Database, school: SmallSchool) -> None:
    selection = LabelSelection(first_barcode="CB-100", last_barcode="CB-120")
    with database.unit_of_work() as uow, pytest.raises(ValidationError, match="No barcode from"):
        make_label_pdf(uow, "asset", "avery-5167", selection)


def test_barcode_labels_for_a_range_are_printed_ahead_of_cataloguing_without_a_warning(
    database: Database, school: SmallSchool
) -> None:
    selection = LabelSelection(first_barcode="T0098", last_barcode="T0102")
    with database.unit_of_work() as uow:
        job = make_label_pdf(uow, "barcode", "avery-5160", selection)
    assert (job.count, job.not_found, job.warnings) == (5, (), ())
