"""Every report by name, with its default date range and the filters it understands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import NotFoundError
from lms_desktop.reports import circulation_stats, lists, overdues, summary
from lms_desktop.reports.common import ProgressFn, ReportParams, month_range, no_progress
from lms_desktop.reports.document import ReportDocument
from lms_desktop.school.access import Permission, require_permission

ReportBuilder = Callable[[UnitOfWork, ReportParams, ProgressFn], ReportDocument]


@dataclass(frozen=True)
class FilterSpec:
    """A filter a report accepts; `choices` empty means free text (a homeroom, a grade)."""

    name: str
    label: str
    choices: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ReportSpec:
    name: str
    title: str
    description: str
    build: ReportBuilder
    default_range: str = "last_month"  # last_month | this_month | school_year | today | next_month
    filters: tuple[FilterSpec, ...] = ()
    uses_range: bool = True


def _inventory_document(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn
) -> ReportDocument:
    from lms_desktop.inventory.reports import inventory_document

    return inventory_document(uow, params, progress)


def _weeding_log_document(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn
) -> ReportDocument:
    from lms_desktop.inventory.reports import weeding_log_document

    return weeding_log_document(uow, params, progress)


GRADE = FilterSpec("grade", "Grade")
HOMEROOM = FilterSpec("homeroom", "Homeroom")
RESOURCE = FilterSpec("resource", "Resource (e.g. Laser cutter)")

REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        "monthly-summary",
        "Principal's monthly summary",
        "Visits, checkouts and returns by week, checkouts by grade, top titles, devices, "
        "makerspace hours and the collection, compared with the month before.",
        summary.monthly_summary_document,
        filters=(GRADE,),
    ),
    ReportSpec(
        "circulation",
        "Circulation statistics",
        "Checkouts by day, week or month, by grade, homeroom, patron type, item type and "
        "Dewey class.",
        circulation_stats.circulation_statistics_document,
        filters=(
            FilterSpec(
                "period", "Group by", (("week", "Week"), ("day", "Day"), ("month", "Month"))
            ),
            GRADE,
            HOMEROOM,
            FilterSpec("patron_type", "Patron type"),
            FilterSpec("item_type", "Item type"),
        ),
    ),
    ReportSpec(
        "overdues-by-homeroom",
        "Overdues by homeroom",
        "One page per homeroom teacher listing each student's overdue items, ready to hand out.",
        overdues.overdues_by_homeroom_document,
        default_range="today",
        filters=(GRADE, HOMEROOM),
        uses_range=False,
    ),
    ReportSpec(
        "overdue-notices",
        "Overdue notices for students",
        "A notice for each student with overdue items, in English or Spanish (the text is "
        "editable in Settings).",
        overdues.student_notices_document,
        default_range="today",
        filters=(
            FilterSpec(
                "language",
                "Language",
                (("auto", "Each student's language"), ("en", "English"), ("es", "Spanish")),
            ),
            GRADE,
            HOMEROOM,
        ),
        uses_range=False,
    ),
    ReportSpec(
        "fees",
        "Fees outstanding",
        "Every open fee, with what is still owed after payments and waivers.",
        lists.fees_outstanding_document,
        default_range="today",
        filters=(GRADE, HOMEROOM),
        uses_range=False,
    ),
    ReportSpec(
        "holds",
        "Holds waiting",
        "Holds waiting for a copy and holds on the hold shelf, oldest first.",
        lists.holds_waiting_document,
        default_range="today",
        filters=(GRADE, HOMEROOM),
        uses_range=False,
    ),
    ReportSpec(
        "devices",
        "Devices out and in repair",
        "Devices on loan now with their borrowers, and devices with open repair tickets.",
        lists.devices_out_document,
        default_range="today",
        filters=(
            FilterSpec("device_type", "Device type (e.g. Chromebook)"),
            FilterSpec(
                "status",
                "Show",
                (
                    ("", "On loan and in repair"),
                    ("on_loan", "On loan"),
                    ("overdue", "Overdue"),
                    ("in_repair", "In repair"),
                ),
            ),
        ),
        uses_range=False,
    ),
    ReportSpec(
        "makerspace",
        "Makerspace use",
        "Hours by resource and by class, sessions, no-shows and every booking.",
        lists.makerspace_use_document,
        filters=(RESOURCE,),
    ),
    ReportSpec(
        "certificates",
        "Training certificates expiring",
        "Makerspace training certificates that expire in the chosen period.",
        lists.certificates_expiring_document,
        default_range="next_month",
        filters=(
            RESOURCE,
            FilterSpec("within_days", "Expiring within (days; instead of the dates)"),
        ),
    ),
    ReportSpec(
        "collection-age",
        "Collection age by Dewey range",
        "Average and median publication year per shelf, items per student: the weeding map.",
        lists.collection_age_document,
        default_range="today",
        filters=(FilterSpec("location", "Location"), FilterSpec("item_type", "Item type")),
        uses_range=False,
    ),
    ReportSpec(
        "new-acquisitions",
        "New acquisitions",
        "Copies added in the period, in call-number order, with what they cost.",
        lists.new_acquisitions_document,
        default_range="school_year",
    ),
    ReportSpec(
        "inventory",
        "Inventory results",
        "One shelf inventory: progress by shelf, missing copies and their review, misshelved "
        "and out-of-order copies, unknown barcodes (the latest inventory unless a number is "
        "given).",
        _inventory_document,
        default_range="today",
        filters=(FilterSpec("inventory", "Inventory number (empty: the latest)"),),
        uses_range=False,
    ),
    ReportSpec(
        "weeding-log",
        "Weeding log",
        "Copies withdrawn from the weeding workbench in the period, with reasons.",
        _weeding_log_document,
        default_range="school_year",
    ),
    ReportSpec(
        "shelf-list",
        "Shelf list",
        "Every copy on the shelves in call-number order.",
        lists.shelf_list_document,
        default_range="today",
        filters=(
            FilterSpec("shelf", "Shelf (e.g. 500s, Fiction)"),
            FilterSpec("location", "Location"),
        ),
        uses_range=False,
    ),
)


def report_names() -> list[str]:
    return [spec.name for spec in REPORTS]


def get_report(name: str) -> ReportSpec:
    for spec in REPORTS:
        if spec.name == name:
            return spec
    raise NotFoundError(
        f"There is no report called '{name}'. Reports: {', '.join(report_names())}."
    )


def default_dates(spec: ReportSpec, today: date) -> tuple[date, date]:
    """The range a report opens with, e.g. last month for the principal's summary."""
    if spec.default_range == "this_month":
        return month_range(today)
    if spec.default_range == "today":
        return today, today
    if spec.default_range == "next_month":
        return today, today + timedelta(days=30)
    if spec.default_range == "school_year":
        first_year = today.year if today.month >= 8 else today.year - 1
        return date(first_year, 8, 1), today
    return month_range(today.replace(day=1) - timedelta(days=1))


def run_report(
    uow: UnitOfWork, name: str, params: ReportParams, progress: ProgressFn = no_progress
) -> ReportDocument:
    """Build the named report's document inside an open unit of work."""
    require_permission(uow, Permission.VIEW_REPORTS)
    return get_report(name).build(uow, params, progress)
