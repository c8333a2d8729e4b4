"""District mode: one PostgreSQL database, several schools, four desks lending at once."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from lms_desktop.bootstrap import AppContext, open_app
from lms_desktop.care.district import add_site, list_sites
from lms_desktop.circulation.loans import checkout_item
from lms_desktop.circulation.models import Item, Loan, LoanPolicy, Patron
from lms_desktop.circulation.results import ScanOutcome
from lms_desktop.config import AppConfig
from lms_desktop.db.integrity import check_database
from lms_desktop.school.models import Site
from lms_desktop.school.setup import item_type_id, patron_type_id
from tests.pg_cluster import PostgresServer

pytestmark = pytest.mark.postgres

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def district(
    postgres_server: PostgresServer, postgres_template: str, tmp_path: Path
) -> Iterator[AppContext]:
    name = postgres_server.create_database(template=postgres_template)
    ctx = open_app(AppConfig.from_args(postgres_server.url_for(name), str(tmp_path / "b")))
    yield ctx
    ctx.database.dispose()
    postgres_server.drop_database(name)


def _add_site(ctx: AppContext, code: str, name: str, teacher_book_days: int) -> int:
    """A second school with its own copy of the loan rules, changed a little."""
    with ctx.database.unit_of_work() as uow:
        site = add_site(uow, code, name, "America/Chicago")
        uow.session.execute(
            update(LoanPolicy)
            .where(
                LoanPolicy.site_id == site.id,
                LoanPolicy.patron_type_id == patron_type_id(uow, "teacher"),
                LoanPolicy.item_type_id == item_type_id(uow, "book"),
            )
            .values(loan_days=teacher_book_days)
        )
        uow.commit()
        return site.id


def _stock(ctx: AppContext, site_id: int, prefix: str, copies: int, teachers: int) -> list[int]:
    with ctx.database.unit_of_work() as uow:
        book = item_type_id(uow, "book")
        teacher = patron_type_id(uow, "teacher")
        for n in range(copies):
            uow.session.add(Item(site_id=site_id, barcode=f"{prefix}{n:04d}", item_type_id=book))
        patrons = [
            Patron(
                site_id=site_id,
                barcode=f"{prefix}T{n}",
                patron_type_id=teacher,
                first_name=f"Teacher{n}",
                last_name=prefix,
            )
            for n in range(teachers)
        ]
        uow.session.add_all(patrons)
        uow.flush()
        ids = [p.id for p in patrons]
        uow.commit()
    return ids


def test_several_schools_share_one_database_with_their_own_copies_patrons_and_rules(
    district: AppContext,
) -> None:
    north = _add_site(district, "north", "North Elementary", teacher_book_days=3)
    (main_teacher,) = _stock(district, 1, "M", copies=2, teachers=1)
    (north_teacher,) = _stock(district, north, "N", copies=2, teachers=1)
    monday = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)
    with district.database.unit_of_work() as uow:
        at_main = checkout_item(uow, main_teacher, "M0000", now=monday)
    with district.database.unit_of_work() as uow:
        at_north = checkout_item(uow, north_teacher, "N0000", now=monday)
    assert at_main.outcome is ScanOutcome.CHECKED_OUT
    assert at_north.outcome is ScanOutcome.CHECKED_OUT
    assert at_main.loan is not None and at_north.loan is not None
    # each school lends under its own rules: 28 days at the main school, 3 at North
    assert (at_main.loan.due_at - monday).days > 20
    assert (at_north.loan.due_at - monday).days < 7
    with district.database.unit_of_work() as uow:
        per_site = dict(
            uow.session.execute(select(Item.site_id, func.count()).group_by(Item.site_id)).all()
        )
        assert per_site == {1: 2, north: 2}
        assert uow.session.scalar(select(func.count()).select_from(Site)) == 2
        sites = list_sites(uow)
    assert [(s.code, s.items, s.patrons) for s in sites] == [("main", 2, 1), ("north", 2, 1)]
    assert check_database(district.database).ok


def test_four_desks_lending_overlapping_items_at_once_never_lend_one_twice(
    district: AppContext, tmp_path: Path
) -> None:
    teachers = _stock(district, 1, "C", copies=24, teachers=4)
    barcodes = [f"C{n:04d}" for n in range(24)]
    start = tmp_path / "go"
    desks = []
    for n, patron_id in enumerate(teachers):
        # every desk wants 16 of the 24 items, in its own order: heavy overlap
        wanted = random.Random(n).sample(barcodes, 16)
        desks.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.care.desk_worker",
                    "checkout",
                    district.database.url,
                    str(patron_id),
                    str(start),
                    *wanted,
                ],
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**os.environ, "PYTHONPATH": str(REPO)},
            )
        )
    start.touch()
    answers: list[dict[str, str]] = []
    for desk in desks:
        out, err = desk.communicate(timeout=120)
        assert desk.returncode == 0, err
        answers += [json.loads(line) for line in out.splitlines()]

    assert len(answers) == 4 * 16
    lent = Counter(a["barcode"] for a in answers if a["outcome"] == ScanOutcome.CHECKED_OUT)
    assert lent and max(lent.values()) == 1  # no item lent twice
    assert set(lent) <= set(barcodes)
    losers = [a for a in answers if a["outcome"] != ScanOutcome.CHECKED_OUT]
    assert losers  # with this much overlap some desks must lose
    for loser in losers:
        # a rule refusal or the database's own conflict, always with words to act on
        assert loser["outcome"] in {"refused", "error:ConflictError"}, loser
        assert loser["barcode"] in loser["message"] or "another desk" in loser["message"]
        assert "checked out" in loser["message"] or "another desk" in loser["message"]
    with district.database.unit_of_work() as uow:
        open_per_item = uow.session.execute(
            select(Item.barcode, func.count())
            .select_from(Item)
            .join(Loan, (Loan.item_id == Item.id) & Loan.returned_at.is_(None))
            .group_by(Item.barcode)
        ).all()
    assert all(count == 1 for _, count in open_per_item)
    assert {b for b, _ in open_per_item} == set(lent)


def test_district_it_adds_a_school_from_the_command_line(
    district: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    from lms_desktop.cli import main

    url = district.database.url
    assert main(["site", "--db", url, "add", "north", "North Elementary"]) == 0
    assert main(["site", "--db", url, "add", "north", "Again"]) == 2
    assert main(["site", "--db", url, "list"]) == 0
    out, err = capsys.readouterr()
    assert "already a school with the code 'north'" in err
    assert out.splitlines()[-2:] == [
        "1  main  My School  (0 items, 0 patrons)",
        "2  north  North Elementary  (0 items, 0 patrons)",
    ]
    with district.database.unit_of_work() as uow:
        rules = uow.session.scalar(
            select(func.count()).select_from(LoanPolicy).where(LoanPolicy.site_id == 2)
        )
    assert rules and rules > 10


def test_every_migration_runs_on_postgresql_whatever_the_length_of_its_name(
    district: AppContext,
) -> None:
    from lms_desktop.db.migrate import current_revision, head_revision

    # the template database was migrated from empty to head on PostgreSQL
    assert current_revision(district.database.engine) == head_revision()
    assert check_database(district.database).ok
