"""Circulation statistics: checkouts by day/week/month, grade, homeroom, types and Dewey class."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from lms_desktop.circulation.models import Item, ItemType, Loan, PatronType
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.reports.common import (
    DEWEY_NAMES,
    ProgressFn,
    ReportParams,
    no_progress,
    on_site,
    school_name,
    shelf_group,
    site_zone,
    utc_bounds,
)
from lms_desktop.reports.document import Chart, Columns, ReportDocument, Series, Table
from lms_desktop.reports.sql import grade_label, grade_sort_key, local_day
from lms_desktop.texts import say

PERIODS = ("day", "week", "month")


@dataclass(frozen=True)
class CirculationStatistics:
    period: str
    by_period: tuple[tuple[str, int], ...]
    by_grade: tuple[tuple[str, int], ...]
    by_homeroom: tuple[tuple[str, int], ...]
    by_patron_type: tuple[tuple[str, int], ...]
    by_item_type: tuple[tuple[str, int], ...]
    by_dewey: tuple[tuple[str, int], ...]
    total: int


def circulation_statistics(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn = no_progress
) -> CirculationStatistics:
    s = uow.session
    zone = site_zone(uow, params.site_id)
    start, end = utc_bounds(params, zone)
    period = params.filter("period") or "week"
    if period not in PERIODS:
        period = "week"
    conditions = [
        Loan.checked_out_at >= start,
        Loan.checked_out_at < end,
        on_site(Loan.site_id, params),
    ]
    if params.filter("grade"):
        conditions.append(Loan.patron_grade == params.filter("grade"))
    if params.filter("homeroom"):
        conditions.append(Loan.patron_homeroom == params.filter("homeroom"))
    if params.filter("patron_type"):
        conditions.append(Loan.patron_type_code == params.filter("patron_type"))
    if params.filter("item_type"):
        conditions.append(Loan.item_type_code == params.filter("item_type"))

    def grouped(column: Any) -> list[tuple[object, int]]:
        rows = s.execute(select(column, func.count()).where(*conditions).group_by(column)).all()
        return [(key, int(n)) for key, n in rows]

    progress(0, 5, say("Counting by day…"))
    day = local_day(uow, Loan.checked_out_at, zone, start)
    per_day: Counter[date] = Counter()
    for key, n in grouped(day):
        per_day[date.fromisoformat(str(key)[:10])] += n
    buckets: Counter[str] = Counter()
    order: list[str] = []
    cursor = params.start
    while cursor <= params.end:
        label = _bucket(cursor, period)
        if label not in buckets:
            order.append(label)
            buckets[label] += 0
        buckets[label] += per_day[cursor]
        cursor += timedelta(days=1)
    progress(1, 5, say("Counting by grade and homeroom…"))
    grades: Counter[str] = Counter()
    for key, n in sorted(grouped(Loan.patron_grade), key=lambda r: grade_sort_key(str(r[0] or ""))):
        grades[grade_label(str(key or ""))] += n
    homerooms = sorted(
        ((str(k) if k else "(none)", n) for k, n in grouped(Loan.patron_homeroom)),
        key=lambda r: (r[0] == "(none)", r[0]),
    )
    progress(2, 5, say("Counting by type…"))
    patron_names: dict[str, str] = {
        c: n for c, n in s.execute(select(PatronType.code, PatronType.name))
    }
    item_names: dict[str, str] = {c: n for c, n in s.execute(select(ItemType.code, ItemType.name))}
    patron_types = sorted(
        (
            (patron_names.get(str(k), str(k) or "(unknown)"), n)
            for k, n in grouped(Loan.patron_type_code)
        ),
        key=lambda r: -r[1],
    )
    item_types = sorted(
        (
            (item_names.get(str(k), str(k) or "(unknown)"), n)
            for k, n in grouped(Loan.item_type_code)
        ),
        key=lambda r: -r[1],
    )
    progress(3, 5, say("Counting by Dewey class…"))
    dewey: Counter[str] = Counter()
    rows = s.execute(
        select(Item.call_number, func.count())
        .select_from(Loan)
        .join(Item, Loan.item_id == Item.id)
        .join(ItemType, Item.item_type_id == ItemType.id)
        .where(*conditions, ItemType.kind == "book")
        .group_by(Item.call_number)
    ).all()
    for call, n in rows:
        group = shelf_group(call or "")
        dewey[DEWEY_NAMES.get(group, group)] += int(n)
    progress(4, 5, say("Done counting"))
    return CirculationStatistics(
        period=period,
        by_period=tuple((label, buckets[label]) for label in order),
        by_grade=tuple(grades.items()),
        by_homeroom=tuple(homerooms),
        by_patron_type=tuple(patron_types),
        by_item_type=tuple(item_types),
        by_dewey=tuple(sorted(dewey.items())),
        total=sum(per_day.values()),
    )


def _bucket(day: date, period: str) -> str:
    if period == "day":
        return day.strftime("%a %b %-d")
    if period == "month":
        return day.strftime("%B %Y")
    monday = day - timedelta(days=day.weekday())
    return f"Week of {monday:%b %-d}"


def _table(title: str, first: str, rows: tuple[tuple[str, int], ...], total: int) -> Table:
    body = tuple((k, n, f"{n / total:.0%}" if total else "") for k, n in rows)
    return Table(
        title,
        (first, "Checkouts", "Share"),
        body,
        numeric=(False, True, True),
        widths=(2.2, 1.0, 0.8),
    )


def circulation_statistics_document(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn = no_progress
) -> ReportDocument:
    data = circulation_statistics(uow, params, progress)
    total = data.total
    label = {"day": "Day", "week": "Week", "month": "Month"}[data.period]
    return ReportDocument(
        name="circulation",
        title="Circulation statistics",
        school_name=school_name(uow, params.site_id),
        start=params.start,
        end=params.end,
        generated_at=datetime.now(),
        subtitle=f"{total:,} checkouts",
        filters=tuple(
            (k.replace("_", " ").capitalize(), v) for k, v in params.filters.items() if v
        ),
        blocks=(
            Chart(
                f"Checkouts by {data.period}",
                tuple(k for k, _ in data.by_period),
                (Series("Checkouts", tuple(float(n) for _, n in data.by_period)),),
            ),
            _table(f"By {data.period}", label, data.by_period, total),
            Columns(
                (
                    _table("By grade", "Grade", data.by_grade, total),
                    _table("By patron type", "Patron type", data.by_patron_type, total),
                )
            ),
            Columns(
                (
                    _table("By item type", "Item type", data.by_item_type, total),
                    _table("By Dewey class (books)", "Shelf", data.by_dewey, total),
                )
            ),
            _table("By homeroom", "Homeroom", data.by_homeroom, total),
        ),
    )
