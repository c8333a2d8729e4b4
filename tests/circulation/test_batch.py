"""Offline batches from an unplugged scanner, replayed with every rule."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from lms_desktop.circulation.batch import (
    batch_scan_ids,
    legacy_scan_id,
    parse_batch,
    replay_batch,
)
from lms_desktop.circulation.loans import checkin_item
from lms_desktop.circulation.models import Loan
from lms_desktop.circulation.results import ScanOutcome
from lms_desktop.circulation.scan_router import DeskState, route_scan
from lms_desktop.circulation.scanner_config import ScannerConfig, save_scanner_config
from lms_desktop.errors import ValidationError
from tests.circulation.conftest import SCHOOL_MORNING, SmallSchool


def _batch(school: SmallSchool) -> str:
    return f"""# Tuesday, cart 2 — scanner unplugged in the gym
2026-03-10 09:15:00 P {school.ada_card}
2026-03-10 09:15:04 {school.charlotte[0]}
2026-03-10 09:15:09 {school.holes}
2026-03-10 09:16:00 {school.ben_card}
2026-03-10 09:16:03 I:{school.charlotte[1]}
2026-03-10 09:16:05 31234999999999
END
CHECKIN
2026-03-10 14:00:00 {school.charlotte[0]}
"""


def test_a_batch_replays_with_every_rule_and_reports(school: SmallSchool) -> None:
    seen: list[tuple[int, int]] = []
    report = replay_batch(
        school.database,
        _batch(school),
        file_name="gym.txt",
        staff_name="Aide Sam",
        progress=lambda d, t: seen.append((d, t)),
    )
    outcomes = [line.outcome for line in report.lines]
    assert outcomes == [
        ScanOutcome.PATRON_SELECTED,
        ScanOutcome.CHECKED_OUT,
        ScanOutcome.CHECKED_OUT,
        ScanOutcome.PATRON_SELECTED,
        ScanOutcome.CHECKED_OUT,
        ScanOutcome.INVALID,  # a misread: wrong check digit
        None,
        None,
        ScanOutcome.CHECKED_IN,
    ]
    assert seen[-1] == (9, 9)
    assert "3 checked out" in report.summary()
    with school.uow() as uow:
        loans = uow.session.scalars(select(Loan).order_by(Loan.id)).all()
        assert [loan.checked_out_by for loan in loans] == ["Aide Sam"] * 3
        # the scanner's own clock is the loan time (09:15:04 New York = 13:15:04 UTC)
        assert loans[0].checked_out_at.isoformat() == "2026-03-10T13:15:04+00:00"
        assert loans[0].returned_at is not None and loans[1].returned_at is None


def test_p_and_i_lines_must_be_what_they_say(school: SmallSchool) -> None:
    text = f"P {school.holes}\nI {school.ada_card}\nP {school.ben_card}\nI {school.holes}\n"
    report = replay_batch(school.database, text)
    assert [line.outcome for line in report.lines] == [
        ScanOutcome.UNKNOWN,
        ScanOutcome.REFUSED,
        ScanOutcome.PATRON_SELECTED,
        ScanOutcome.CHECKED_OUT,
    ]
    assert "is not a patron card" in report.lines[0].message
    with school.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Loan)) == 1


def test_replaying_the_same_file_again_changes_nothing(school: SmallSchool) -> None:
    replay_batch(school.database, _batch(school))
    again = replay_batch(school.database, _batch(school))
    assert sum(1 for line in again.lines if line.repeated) == 4
    with school.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Loan)) == 3


def test_a_cancelled_replay_stops_between_scans(school: SmallSchool) -> None:
    calls = iter(range(100))
    report = replay_batch(school.database, _batch(school), cancelled=lambda: next(calls) >= 2)
    assert report.cancelled and len(report.lines) == 2
    with school.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Loan)) == 1


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("P 123\nthis is not a barcode line\n", "Line 2"),
        ("2026-13-40 10:00 1234\n", "not a date"),
        ("x" * 500, "never that long"),
        ("2026-03-10 10:00:00\n", "no barcode"),
    ],
)
def test_a_bad_batch_file_names_the_line(text: str, says: str) -> None:
    with pytest.raises(ValidationError, match=says):
        parse_batch(text)


def test_a_scanner_exported_again_with_more_scans_replays_only_the_new_ones(
    school: SmallSchool,
) -> None:
    monday = f"P {school.ada_card}\n{school.charlotte[0]}\n"
    first = replay_batch(school.database, monday)
    assert [line.outcome for line in first.lines][-1] is ScanOutcome.CHECKED_OUT
    # Ada brings the book back to the desk before the next export
    with school.uow() as uow:
        assert checkin_item(uow, school.charlotte[0]).outcome is ScanOutcome.CHECKED_IN

    # the scanner's memory was not cleared: Tuesday's export starts with Monday's scans
    tuesday = monday + f"{school.holes}\n"
    second = replay_batch(school.database, tuesday)
    # (a patron card changes nothing, so it is simply selected again)
    assert [line.repeated for line in second.lines[1:]] == [True, False]
    assert second.lines[-1].outcome is ScanOutcome.CHECKED_OUT
    assert "already replayed before" in second.summary()
    with school.uow() as uow:
        returned = uow.session.scalars(select(Loan.returned_at).order_by(Loan.id)).all()
    assert len(returned) == 2  # Charlotte's Web was not lent to Ada again
    assert returned[0] is not None and returned[1] is None


def test_a_lines_scan_id_does_not_depend_on_the_lines_after_it() -> None:
    short = parse_batch("P 21234000000018\n31234000000024\n")
    longer = parse_batch("# exported again\nP 21234000000018\n31234000000024\n3123400000003\n")
    assert batch_scan_ids(longer)[:2] == batch_scan_ids(short)
    # the same barcode later in the file is another scan
    twice = batch_scan_ids(parse_batch("31234000000024\nCHECKIN\n31234000000024\n"))
    assert len(set(twice)) == 3


def test_batch_barcodes_lose_the_scanners_prefix_and_suffix_like_live_scans(
    school: SmallSchool,
) -> None:
    with school.uow() as uow:
        save_scanner_config(uow, ScannerConfig(prefix="]C1", suffix="#"))
        uow.commit()
    text = f"]C1{school.ada_card}#\nI ]C1{school.charlotte[0]}#\n]C1#\n"
    report = replay_batch(school.database, text)
    assert [line.outcome for line in report.lines] == [
        ScanOutcome.PATRON_SELECTED,
        ScanOutcome.CHECKED_OUT,
        ScanOutcome.INVALID,
    ]
    assert report.lines[1].text == school.charlotte[0]


def test_a_file_replayed_by_an_earlier_version_is_not_replayed_again(
    school: SmallSchool,
) -> None:
    text = f"P {school.ada_card}\n{school.charlotte[0]}\n"
    # what the earlier version did: the whole file's hash and the line number as scan id
    with school.uow() as uow:
        route_scan(uow, school.ada_card, now=SCHOOL_MORNING)
        route_scan(
            uow,
            school.charlotte[0],
            DeskState(patron_id=school.ada),
            scan_id=legacy_scan_id(text, 2),
            now=SCHOOL_MORNING,
        )
    again = replay_batch(school.database, text)
    assert again.lines[1].repeated and again.lines[1].outcome is ScanOutcome.CHECKED_OUT
    with school.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Loan)) == 1
