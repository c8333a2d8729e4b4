"""The principal's monthly summary: the month's figures against last month, with charts."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, func, or_, select

from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.models import Item, ItemType, Loan, Visit
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.models import RepairTicket
from lms_desktop.makerspace.models import Booking, Resource
from lms_desktop.reports.common import (
    ProgressFn,
    ReportParams,
    no_progress,
    on_site,
    school_name,
    site_zone,
    utc_bounds,
)
from lms_desktop.reports.document import (
    Chart,
    Columns,
    KeyFigure,
    KeyFigures,
    ReportDocument,
    Series,
    Table,
)
from lms_desktop.reports.sql import grade_code, grade_label, grade_sort_key, local_day
from lms_desktop.texts import say

GONE_STATUSES = ("withdrawn", "retired", "lost", "missing")
USED_BOOKING_STATUSES = ("approved", "checked_in", "completed")


@dataclass(frozen=True)
class WeekCounts:
    week_of: date
    visits: int
    checkouts: int
    returns: int


@dataclass(frozen=True)
class MonthlyFigures:
    visits: int
    checkouts: int
    returns: int
    borrowers: int
    device_loans: int
    repair_tickets_opened: int
    repair_tickets_closed: int
    repairs_open_now: int
    makerspace_hours: float
    collection_size: int
    items_added: int
    students: int


@dataclass(frozen=True)
class MonthlySummary:
    """Everything on the principal's one or two pages, as plain numbers."""

    figures: MonthlyFigures
    previous: MonthlyFigures
    weeks: tuple[WeekCounts, ...]
    checkouts_by_grade: tuple[tuple[str, int], ...]
    top_titles: tuple[tuple[str, str, int], ...]
    devices_by_type: tuple[tuple[str, int], ...]
    makerspace_by_resource: tuple[tuple[str, float], ...]
    makerspace_by_class: tuple[tuple[str, float, int], ...]


def _device_codes(uow: UnitOfWork) -> list[str]:
    return list(uow.session.scalars(select(ItemType.code).where(ItemType.kind == "device")))


@dataclass(frozen=True)
class LoanCounts:
    """A period's loans counted in one pass over the covering index (see migration 0004)."""

    by_day: Counter[date]
    by_grade: Counter[str]
    by_item_type: Counter[str]
    returns_by_day: Counter[date]
    borrowers: int


def _loan_grade(params: ReportParams) -> list[ColumnElement[bool]]:
    """The summary's grade filter on loans (the grade the borrower was in at checkout)."""
    grade = grade_code(params.filter("grade"))
    return [Loan.patron_grade == grade] if grade else []


def loan_counts(uow: UnitOfWork, params: ReportParams) -> LoanCounts:
    s = uow.session
    zone = site_zone(uow, params.site_id)
    start, end = utc_bounds(params, zone)
    out_day = local_day(uow, Loan.checked_out_at, zone, start)
    by_day: Counter[date] = Counter()
    by_grade: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    for day, grade, code, n in s.execute(
        select(out_day, Loan.patron_grade, Loan.item_type_code, func.count())
        .where(on_site(Loan.site_id, params), *_loan_grade(params))
        .where(Loan.checked_out_at >= start, Loan.checked_out_at < end)
        .group_by(out_day, Loan.patron_grade, Loan.item_type_code)
    ):
        by_day[_as_date(day)] += int(n)
        by_grade[grade or ""] += int(n)
        by_type[code or ""] += int(n)
    borrowers = s.scalar(
        select(func.count(func.distinct(Loan.patron_id)))
        .where(on_site(Loan.site_id, params), *_loan_grade(params))
        .where(Loan.checked_out_at >= start, Loan.checked_out_at < end)
    )
    back_day = local_day(uow, Loan.returned_at, zone, start)
    returns: Counter[date] = Counter()
    for day, n in s.execute(
        select(back_day, func.count())
        .where(on_site(Loan.site_id, params), *_loan_grade(params))
        .where(Loan.returned_at >= start, Loan.returned_at < end)
        .group_by(back_day)
    ):
        returns[_as_date(day)] += int(n)
    return LoanCounts(by_day, by_grade, by_type, returns, int(borrowers or 0))


def monthly_figures(
    uow: UnitOfWork,
    params: ReportParams,
    collection: int | None = None,
    counts: LoanCounts | None = None,
) -> MonthlyFigures:
    """The headline numbers of one period (pass what was already counted to save a pass)."""
    s = uow.session
    zone = site_zone(uow, params.site_id)
    start, end = utc_bounds(params, zone)
    counts = counts or loan_counts(uow, params)
    visits = s.scalar(
        select(func.coalesce(func.sum(Visit.count), 0)).where(
            Visit.day >= params.start, Visit.day <= params.end, on_site(Visit.site_id, params)
        )
    )
    devices = set(_device_codes(uow))
    checkouts = sum(counts.by_day.values())
    returns = sum(counts.returns_by_day.values())
    borrowers = counts.borrowers
    device_loans = sum(n for code, n in counts.by_item_type.items() if code in devices)
    opened = s.scalar(
        select(func.count()).where(
            RepairTicket.opened_at >= start,
            RepairTicket.opened_at < end,
            on_site(RepairTicket.site_id, params),
        )
    )
    closed = s.scalar(
        select(func.count()).where(
            RepairTicket.closed_at >= start,
            RepairTicket.closed_at < end,
            on_site(RepairTicket.site_id, params),
        )
    )
    open_now = s.scalar(
        select(func.count()).where(
            RepairTicket.opened_at < end,
            or_(RepairTicket.closed_at.is_(None), RepairTicket.closed_at >= end),
            on_site(RepairTicket.site_id, params),
        )
    )
    hours = sum(h for _, _, h in _bookings(uow, params, start, end))
    book_types = select(ItemType.id).where(ItemType.kind == "book")
    if collection is None:  # today's holdings: the same number for any period
        collection = s.scalar(
            select(func.count()).where(
                Item.item_type_id.in_(book_types),
                Item.status.not_in(GONE_STATUSES),
                on_site(Item.site_id, params),
            )
        )
    added = s.scalar(
        select(func.count()).where(
            Item.item_type_id.in_(book_types),
            Item.acquired_on >= params.start,
            Item.acquired_on <= params.end,
            on_site(Item.site_id, params),
        )
    )
    from lms_desktop.circulation.models import Patron, PatronType

    grade = grade_code(params.filter("grade"))
    students = s.scalar(
        select(func.count())
        .select_from(Patron)
        .join(PatronType, Patron.patron_type_id == PatronType.id)
        .where(PatronType.code == "student", Patron.status == "active")
        .where(on_site(Patron.site_id, params))
        .where(*([Patron.grade == grade] if grade else []))
    )
    return MonthlyFigures(
        visits=int(visits or 0),
        checkouts=int(checkouts or 0),
        returns=int(returns or 0),
        borrowers=int(borrowers or 0),
        device_loans=int(device_loans or 0),
        repair_tickets_opened=int(opened or 0),
        repair_tickets_closed=int(closed or 0),
        repairs_open_now=int(open_now or 0),
        makerspace_hours=round(hours, 1),
        collection_size=int(collection or 0),
        items_added=int(added or 0),
        students=int(students or 0),
    )


def _bookings(
    uow: UnitOfWork, params: ReportParams, start: datetime, end: datetime
) -> list[tuple[str, str, float]]:
    """(resource, class, hours) of every booking that took place in the range.

    With a grade filter: the bookings made by students of that grade.
    """
    from lms_desktop.circulation.models import Patron

    stmt = select(Resource.name, Booking.class_name, Booking.starts_at, Booking.ends_at).join(
        Resource, Booking.resource_id == Resource.id
    )
    grade = grade_code(params.filter("grade"))
    if grade:
        stmt = stmt.join(Patron, Booking.patron_id == Patron.id).where(Patron.grade == grade)
    rows = uow.session.execute(
        stmt.where(
            Booking.starts_at >= start,
            Booking.starts_at < end,
            Booking.status.in_(USED_BOOKING_STATUSES),
            on_site(Resource.site_id, params),
        )
    ).all()
    return [
        (name, cls or "Individual students", (ends - starts).total_seconds() / 3600)
        for name, cls, starts, ends in rows
    ]


def monthly_summary(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn = no_progress
) -> MonthlySummary:
    s = uow.session
    zone = site_zone(uow, params.site_id)
    start, end = utc_bounds(params, zone)
    progress(0, 6, say("Counting this period…"))
    counts = loan_counts(uow, params)
    figures = monthly_figures(uow, params, counts=counts)
    progress(1, 6, say("Counting the previous period…"))
    previous = monthly_figures(uow, params.previous_period(), figures.collection_size)
    progress(2, 6, say("Weeks…"))

    def week_of(day: date) -> date:
        return day - timedelta(days=day.weekday())

    visits: Counter[date] = Counter()
    for day, count in s.execute(
        select(Visit.day, func.sum(Visit.count))
        .where(Visit.day >= params.start, Visit.day <= params.end)
        .where(on_site(Visit.site_id, params))
        .group_by(Visit.day)
    ):
        visits[week_of(day)] += int(count)
    checkouts: Counter[date] = Counter()
    for day, count in counts.by_day.items():
        checkouts[week_of(day)] += count
    returns: Counter[date] = Counter()
    for day, count in counts.returns_by_day.items():
        returns[week_of(day)] += count
    weeks: list[WeekCounts] = []
    monday = week_of(params.start)
    while monday <= params.end:
        weeks.append(WeekCounts(monday, visits[monday], checkouts[monday], returns[monday]))
        monday += timedelta(days=7)

    progress(3, 6, say("Grades and titles…"))
    grades: Counter[str] = Counter()
    for grade, count in sorted(counts.by_grade.items(), key=lambda r: grade_sort_key(r[0])):
        grades[grade_label(grade)] += count
    top = s.execute(
        select(BibRecord.title, BibRecord.author, func.count().label("n"))
        .select_from(Loan)
        .join(Item, Loan.item_id == Item.id)
        .join(BibRecord, Item.bib_record_id == BibRecord.id)
        .where(Loan.checked_out_at >= start, Loan.checked_out_at < end)
        .where(on_site(Loan.site_id, params), *_loan_grade(params))
        .group_by(BibRecord.id, BibRecord.title, BibRecord.author)
        .order_by(func.count().desc(), BibRecord.title)
        .limit(10)
    ).all()

    progress(4, 6, say("Devices and makerspace…"))
    device_names: dict[str, str] = {
        code: name
        for code, name in s.execute(
            select(ItemType.code, ItemType.name).where(ItemType.kind == "device")
        )
    }
    devices = sorted(
        ((code, n) for code, n in counts.by_item_type.items() if code in device_names),
        key=lambda r: -r[1],
    )
    by_resource: dict[str, float] = defaultdict(float)
    by_class: dict[str, float] = defaultdict(float)
    sessions: Counter[str] = Counter()
    for resource, cls, hours in _bookings(uow, params, start, end):
        by_resource[resource] += hours
        by_class[cls] += hours
        sessions[cls] += 1
    progress(5, 6, say("Done counting"))
    return MonthlySummary(
        figures=figures,
        previous=previous,
        weeks=tuple(weeks),
        checkouts_by_grade=tuple(grades.items()),
        top_titles=tuple((t or "(untitled)", a or "", int(n)) for t, a, n in top),
        devices_by_type=tuple((device_names.get(c, c), int(n)) for c, n in devices),
        makerspace_by_resource=tuple(
            (name, round(h, 1)) for name, h in sorted(by_resource.items(), key=lambda x: -x[1])
        ),
        makerspace_by_class=tuple(
            (name, round(h, 1), sessions[name])
            for name, h in sorted(by_class.items(), key=lambda x: -x[1])
        ),
    )


def _short(text: str, limit: int) -> str:
    text = text.strip().rstrip(" /:;,.")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def monthly_summary_document(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn = no_progress
) -> ReportDocument:
    data = monthly_summary(uow, params, progress)
    f, p = data.figures, data.previous
    per_student = (
        round(f.collection_size / f.students, 1) if f.students else 0.0
    )  # the figure accreditation asks for
    headline = KeyFigures(
        "At a glance (compared with the previous period)",
        (
            KeyFigure("Visits", f.visits, p.visits),
            KeyFigure("Checkouts", f.checkouts, p.checkouts),
            KeyFigure("Returns", f.returns, p.returns),
            KeyFigure("Different borrowers", f.borrowers, p.borrowers),
            KeyFigure("Devices lent", f.device_loans, p.device_loans),
            KeyFigure("Repair tickets opened", f.repair_tickets_opened, p.repair_tickets_opened),
            KeyFigure("Makerspace hours", f.makerspace_hours, p.makerspace_hours),
            KeyFigure("Items added", f.items_added, p.items_added),
        ),
    )
    weekly = Chart(
        "Visits, checkouts and returns by week",
        tuple(f"Wk of {w.week_of:%b %-d}" for w in data.weeks),
        (
            Series("Visits", tuple(float(w.visits) for w in data.weeks)),
            Series("Checkouts", tuple(float(w.checkouts) for w in data.weeks)),
            Series("Returns", tuple(float(w.returns) for w in data.weeks)),
        ),
    )
    grades = Chart(
        "Checkouts by grade",
        tuple(g for g, _ in data.checkouts_by_grade),
        (Series("Checkouts", tuple(float(n) for _, n in data.checkouts_by_grade)),),
        kind="hbar",
    )
    top = Table(
        "Top titles",
        ("Title", "Author", "Checkouts"),
        # five titles, shortened, so the summary stays on two pages
        tuple((_short(t, 60), _short(a, 30), n) for t, a, n in data.top_titles[:5]),
        numeric=(False, False, True),
        widths=(3.2, 1.8, 1.0),
    )
    devices = Table(
        "Devices",
        ("", "Count"),
        (
            *((f"Lent: {name}", n) for name, n in data.devices_by_type),
            ("Repair tickets opened", f.repair_tickets_opened),
            ("Repair tickets closed", f.repair_tickets_closed),
            ("In repair at the end of the period", f.repairs_open_now),
        ),
        numeric=(False, True),
        widths=(3.0, 1.0),
    )
    maker_resource = Chart(
        "Makerspace hours by resource",
        tuple(name for name, _ in data.makerspace_by_resource),
        (Series("Hours", tuple(h for _, h in data.makerspace_by_resource)),),
        kind="hbar",
    )
    maker_class = Table(
        "Makerspace hours by class",
        ("Class", "Hours", "Sessions"),
        data.makerspace_by_class[:8],
        numeric=(False, True, True),
        widths=(2.4, 1.0, 1.0),
    )
    collection = Table(
        "Collection",
        ("", "This period", "Previous period"),
        (
            ("Books and media on the shelves", f.collection_size, p.collection_size),
            ("Items added", f.items_added, p.items_added),
            ("Active students", f.students, p.students),
            ("Items per student", per_student, None),
        ),
        numeric=(False, True, True),
        widths=(2.6, 1.0, 1.1),
    )
    subtitle = (
        f"compared with {params.previous_period().start:%B %Y}" if params.start.day == 1 else ""
    )
    grade = grade_code(params.filter("grade"))
    if grade:
        # loans, students and makerspace bookings follow the grade; the rest cannot
        whole_school = "visits, repairs and the collection: whole school"
        subtitle = f"{subtitle}; {whole_school}" if subtitle else whole_school.capitalize()
    return ReportDocument(
        name="monthly-summary",
        title="Library monthly summary",
        school_name=school_name(uow, params.site_id),
        start=params.start,
        end=params.end,
        generated_at=datetime.now(),
        subtitle=subtitle,
        filters=(("Grade", grade),) if grade else (),
        blocks=(
            headline,
            weekly,
            Columns((grades, top)),
            Columns((devices, collection)),
            Columns((maker_resource, maker_class)),
        ),
    )
