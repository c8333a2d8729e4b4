"""Damage is recorded as an incident with photos; each device keeps its incident history."""

from __future__ import annotations

from pathlib import Path

import pytest

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.incidents import (
    IncidentInput,
    PhotoInput,
    image_kind,
    incident_photos,
    incidents_for_device,
    photo_from_file,
    report_incident,
)
from lms_desktop.devices.register import device_item_id
from lms_desktop.errors import ValidationError
from tests.devices.conftest import tiny_png


def test_damage_found_on_the_shelf_is_recorded_with_its_photos(
    uow: UnitOfWork, three_chromebooks: list[str], tmp_path: Path
) -> None:
    photo_file = tmp_path / "crack.png"
    photo_file.write_bytes(tiny_png())
    incident = report_incident(
        uow,
        IncidentInput(
            "CB-0001",
            "Cracked screen, lower left corner",
            photos=(photo_from_file(photo_file),),
        ),
    )
    assert incident.kind == "damage"
    assert incident.patron_name == ""  # never lent: nobody to charge
    assert incident.photo_count == 1
    assert incident.reported_by == "Ms. Rivera"
    history = incidents_for_device(uow, device_item_id(uow, "CB-0001"))
    photos = incident_photos(uow, incident.id)
    assert [i.description for i in history] == ["Cracked screen, lower left corner"]
    assert photos[0].file_name == "crack.png"
    assert photos[0].data == tiny_png()


def test_a_fee_without_anyone_responsible_is_refused(
    uow: UnitOfWork, three_chromebooks: list[str]
) -> None:
    with pytest.raises(ValidationError, match="patron responsible"):
        report_incident(uow, IncidentInput("CB-0001", "Dented lid", fee_cents=2500))


def test_a_file_that_is_not_a_picture_is_refused(
    uow: UnitOfWork, three_chromebooks: list[str]
) -> None:
    with pytest.raises(ValidationError, match="not a picture"):
        report_incident(
            uow,
            IncidentInput(
                "CB-0001", "Scratches", photos=(PhotoInput("notes.txt", b"just some text"),)
            ),
        )


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (tiny_png(), "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"GIF89a....", "gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "webp"),
        (b"%PDF-1.7", None),
    ],
)
def test_pictures_are_recognised_by_their_first_bytes(head: bytes, kind: str | None) -> None:
    assert image_kind(head) == kind


def test_an_unknown_incident_kind_is_refused(uow: UnitOfWork, three_chromebooks: list[str]) -> None:
    with pytest.raises(ValidationError, match="damage, loss or theft"):
        report_incident(uow, IncidentInput("CB-0001", "Gone", kind="vanished"))


def test_a_damage_fee_charged_by_mistake_is_undone_from_the_journal(uow: UnitOfWork) -> None:
    from lms_desktop.circulation.fees import fees_for_patron
    from lms_desktop.circulation.journal import recent_entries, undo_entry
    from lms_desktop.circulation.patrons import PatronInput, create_patron
    from lms_desktop.devices.lending import lend_device, return_device
    from lms_desktop.devices.register import add_device
    from tests.devices.conftest import chromebook

    maya = create_patron(uow, PatronInput("P1001", "Maya", "Okafor", homeroom="7B")).id
    add_device(uow, chromebook("CB-9"))
    assert lend_device(uow, maya, "CB-9").lent
    return_device(uow, "CB-9")
    incident = report_incident(uow, IncidentInput("CB-9", "Cracked hinge", fee_cents=4000))
    assert [f.amount_cents for f in fees_for_patron(uow, maya)] == [4000]
    # it was already cracked when Maya borrowed it: the librarian undoes the charge
    [fee_entry] = [e for e in recent_entries(uow) if e.action == "fee"]
    assert "$40.00" in fee_entry.summary and "CB-9" in fee_entry.summary
    undo_entry(uow, fee_entry.id)
    assert fees_for_patron(uow, maya) == []
    [kept] = incidents_for_device(uow, device_item_id(uow, "CB-9"))
    assert kept.id == incident.id  # the incident itself stays on the device's history
