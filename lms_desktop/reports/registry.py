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
from lms_desktop.texts import say

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


GRADE = FilterSpec("grade", say("Grade"))
HOMEROOM = FilterSpec("homeroom", say("Homeroom"))
RESOURCE = FilterSpec("resource", say("Resource (e.g. Laser cutter)"))

REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        "monthly-summary",
        say("Principal's monthly summary"),
        say(
            "Visits, checkouts and returns by week, checkouts by grade, top titles, devices, "
            "makerspace hours and the collection, compared with the month before."
        ),
        summary.monthly_summary_document,
        filters=(GRADE,),
    ),
    ReportSpec(
        "circulation",
        say("Circulation statistics"),
        say(
            "Checkouts by day, week or month, by grade, homeroom, patron type, item type and "
            "Dewey class."
        ),
        circulation_stats.circulation_statistics_document,
        filters=(
            FilterSpec(
                "period",
                say("Group by"),
                (("week", say("Week")), ("day", say("Day")), ("month", say("Month"))),
            ),
            GRADE,
            HOMEROOM,
            FilterSpec("patron_type", say("Patron type")),
            FilterSpec("item_type", say("Item type")),
        ),
    ),
    ReportSpec(
        "overdues-by-homeroom",
        say("Overdues by homeroom"),
        say(
            "One page per homeroom teacher listing each student's overdue items, ready to hand out."
        ),
        overdues.overdues_by_homeroom_document,
        default_range="today",
        filters=(GRADE, HOMEROOM),
        uses_range=False,
    ),
    ReportSpec(
        "overdue-notices",
        say("Overdue notices for students"),
        say(
            "A notice for each student with overdue items, in English or Spanish (the text is "
            "editable in Settings)."
        ),
        overdues.student_notices_document,
        default_range="today",
        filters=(
            FilterSpec(
                "language",
                say("Language"),
                (
                    ("auto", say("Each student's language")),
                    ("en", say("English")),
                    ("es", say("Spanish")),
                ),
            ),
            GRADE,
            HOMEROOM,
        ),
        uses_range=False,
    ),
    ReportSpec(
        "fees",
        say("Fees outstanding"),
        say("Every open fee, with what is still owed after payments and waivers."),
        lists.fees_outstanding_document,
        default_range="today",
        filters=(GRADE, HOMEROOM),
        uses_range=False,
    ),
    ReportSpec(
        "holds",
        say("Holds waiting"),
        say("Holds waiting for a copy and holds on the hold shelf, oldest first."),
        lists.holds_waiting_document,
        default_range="today",
        filters=(GRADE, HOMEROOM),
        uses_range=False,
    ),
    ReportSpec(
        "devices",
        say("Devices out and in repair"),
        say("Devices on loan now with their borrowers, and devices with open repair tickets."),
        lists.devices_out_document,
        default_range="today",
        filters=(
            FilterSpec("device_type", say("Device type (e.g. Chromebook)")),
            FilterSpec(
                "status",
                say("Show"),
                (
                    ("", say("On loan and in repair")),
                    ("on_loan", say("On loan")),
                    ("overdue", say("Overdue")),
                    ("in_repair", say("In repair")),
                ),
            ),
        ),
        uses_range=False,
    ),
    ReportSpec(
        "makerspace",
        say("Makerspace use"),
        say("Hours by resource and by class, sessions, no-shows and every booking."),
        lists.makerspace_use_document,
        filters=(RESOURCE,),
    ),
    ReportSpec(
        "certificates",
        say("Training certificates expiring"),
        say("Makerspace training certificates that expire in the chosen period."),
        lists.certificates_expiring_document,
        default_range="next_month",
        filters=(
            RESOURCE,
            FilterSpec("within_days", say("Expiring within (days; instead of the dates)")),
        ),
    ),
    ReportSpec(
        "collection-age",
        say("Collection age by Dewey range"),
        say("Average and median publication year per shelf, items per student: the weeding map."),
        lists.collection_age_document,
        default_range="today",
        filters=(
            FilterSpec("location", say("Location")),
            FilterSpec("item_type", say("Item type")),
        ),
        uses_range=False,
    ),
    ReportSpec(
        "new-acquisitions",
        say("New acquisitions"),
        say("Copies added in the period, in call-number order, with what they cost."),
        lists.new_acquisitions_document,
        default_range="school_year",
    ),
    ReportSpec(
        "inventory",
        say("Inventory results"),
        say(
            "One shelf inventory: progress by shelf, missing copies and their review, misshelved "
            "and out-of-order copies, unknown barcodes (the latest inventory unless a number is "
            "given)."
        ),
        _inventory_document,
        default_range="today",
        filters=(FilterSpec("inventory", say("Inventory number (empty: the latest)")),),
        uses_range=False,
    ),
    ReportSpec(
        "weeding-log",
        say("Weeding log"),
        say("Copies withdrawn from the weeding workbench in the period, with reasons."),
        _weeding_log_document,
        default_range="school_year",
    ),
    ReportSpec(
        "shelf-list",
        say("Shelf list"),
        say("Every copy on the shelves in call-number order."),
        lists.shelf_list_document,
        default_range="today",
        filters=(
            FilterSpec("shelf", say("Shelf (e.g. 500s, Fiction)")),
            FilterSpec("location", say("Location")),
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
        say(
            "There is no report called '{name}'. Reports: {names}.",
            name=name,
            names=", ".join(report_names()),
        )
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
