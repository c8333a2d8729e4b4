"""A hotspot whose type needs the acceptable-use agreement is never lent by a bare scan."""

from __future__ import annotations

from sqlalchemy import func, select

from lms_desktop.circulation.batch import replay_batch
from lms_desktop.circulation.models import Loan
from lms_desktop.circulation.results import ScanOffer, ScanOutcome
from lms_desktop.circulation.scan_router import DeskState, route_scan
from lms_desktop.devices.agreements import receipts_for_loan, set_agreement
from lms_desktop.devices.lending import lend_device
from lms_desktop.devices.register import DeviceInput, add_device
from tests.circulation.conftest import SCHOOL_MORNING, SmallSchool


def _hotspot_needing_the_agreement(school: SmallSchool) -> str:
    with school.uow() as uow:
        add_device(uow, DeviceInput(asset_tag="HS-07", device_type="hotspot", make="Kajeet"))
        set_agreement(uow, "hotspot", "Hotspot agreement", "Schoolwork only. Bring it back.")
        uow.commit()
    return "HS-07"


def _loans(school: SmallSchool) -> int:
    with school.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Loan)) or 0)


def test_scanning_a_hotspot_for_a_student_asks_for_the_agreement_instead_of_lending_it(
    school: SmallSchool,
) -> None:
    tag = _hotspot_needing_the_agreement(school)
    with school.uow() as uow:
        answer = route_scan(uow, tag, DeskState(patron_id=school.ada), now=SCHOOL_MORNING)
    assert answer.outcome is ScanOutcome.REFUSED
    assert "needs the signed “Hotspot agreement”" in answer.message
    assert "it was not lent" in answer.message
    assert answer.offers == (ScanOffer.LEND_WITH_AGREEMENT,)
    assert answer.patron is not None and answer.patron.id == school.ada
    assert answer.item is not None and answer.item.barcode == tag
    assert _loans(school) == 0

    # the lend dialog's path: the agreement was read and accepted, the receipt is kept
    with school.uow() as uow:
        lent = lend_device(uow, school.ada, tag, agreement_accepted=True, now=SCHOOL_MORNING)
        assert lent.lent, lent.result.message
        assert lent.loan_id is not None and receipts_for_loan(uow, lent.loan_id)


def test_an_offline_batch_does_not_lend_a_hotspot_nobody_signed_for(school: SmallSchool) -> None:
    tag = _hotspot_needing_the_agreement(school)
    report = replay_batch(school.database, f"P {school.ada_card}\n{tag}\n", now=SCHOOL_MORNING)
    assert report.lines[-1].outcome is ScanOutcome.REFUSED
    assert "Hotspot agreement" in report.lines[-1].message
    assert _loans(school) == 0


def test_a_chromebook_whose_type_needs_no_agreement_still_lends_on_a_scan(
    school: SmallSchool,
) -> None:
    _hotspot_needing_the_agreement(school)
    with school.uow() as uow:
        add_device(uow, DeviceInput(asset_tag="CB-0100", device_type="chromebook"))
        uow.commit()
        answer = route_scan(uow, "CB-0100", DeskState(patron_id=school.ada), now=SCHOOL_MORNING)
    assert answer.outcome is ScanOutcome.CHECKED_OUT, answer.message


def test_any_caller_that_shows_no_agreement_is_refused_by_default(school: SmallSchool) -> None:
    """The command line's checkout, and any code that forgets, lend no hotspot that needs
    the signed agreement: only the Devices lend dialog, which shows it, may."""
    from lms_desktop.circulation.loans import checkout_item

    tag = _hotspot_needing_the_agreement(school)
    with school.uow() as uow:
        result = checkout_item(uow, school.ada, tag, now=SCHOOL_MORNING)
    assert result.outcome is ScanOutcome.REFUSED and result.needs_agreement
    assert _loans(school) == 0
