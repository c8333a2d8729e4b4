"""What every report query takes (date range, site, filters) and the helpers they share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, select

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import DomainError, ValidationError
from lms_desktop.school.models import DEFAULT_SITE_ID, Site
from lms_desktop.school.settings import SCHOOL_NAME, get_setting
from lms_desktop.texts import month_day_text, say

SCHOOL_LOGO = "school.logo_path"

ProgressFn = Callable[[int, int, str], None]


def no_progress(done: int, total: int, message: str = "") -> None:
    """The progress callback used when nobody is watching."""


class ReportCancelled(DomainError):
    """The librarian stopped a report before it was finished."""

    def __init__(self) -> None:
        super().__init__(
            say("The report was stopped before it was finished. Run it again when ready.")
        )


def cancellable(report: ProgressFn, is_cancelled: Callable[[], bool]) -> ProgressFn:
    """A progress callback that stops the work (raises ReportCancelled) once cancel is asked."""

    def progress(done: int, total: int, message: str = "") -> None:
        if is_cancelled():
            raise ReportCancelled()
        report(done, total, message)

    return progress


@dataclass(frozen=True)
class ReportParams:
    """A report's inputs: the date range (inclusive, school-local days), site and filters."""

    start: date
    end: date
    site_id: int | None = DEFAULT_SITE_ID
    filters: dict[str, str] = field(default_factory=dict)
    today: date | None = None  # "as of" day for overdue and status lists; default: end

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                say(
                    "The report ends ({end}) before it starts ({start}). Swap the two dates "
                    "and run it again.",
                    end=month_day_text(self.end, year=True),
                    start=month_day_text(self.start, year=True),
                )
            )

    def filter(self, name: str) -> str:
        return (self.filters.get(name) or "").strip()

    @property
    def as_of(self) -> date:
        return self.today or self.end

    def previous_period(self) -> ReportParams:
        """The same length of time just before this one (last month for a month)."""
        if self.start.day == 1 and (self.end + timedelta(days=1)).day == 1:
            months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1
            first = _add_months(self.start, -months)
            return ReportParams(first, self.start - timedelta(days=1), self.site_id, self.filters)
        length = (self.end - self.start).days + 1
        return ReportParams(
            self.start - timedelta(days=length),
            self.start - timedelta(days=1),
            self.site_id,
            self.filters,
        )


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_range(day: date) -> tuple[date, date]:
    """The first and last day of the month `day` falls in."""
    first = day.replace(day=1)
    return first, _add_months(first, 1) - timedelta(days=1)


def site_zone(uow: UnitOfWork, site_id: int | None) -> ZoneInfo:
    site = uow.session.get(Site, site_id or DEFAULT_SITE_ID)
    try:
        return ZoneInfo(site.timezone if site else "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def utc_bounds(params: ReportParams, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The report's local days as a half-open UTC interval [from, to)."""
    start = datetime.combine(params.start, time.min, zone).astimezone(UTC)
    end = datetime.combine(params.end + timedelta(days=1), time.min, zone).astimezone(UTC)
    return start, end


def end_of_day_utc(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day + timedelta(days=1), time.min, zone).astimezone(UTC)


def school_name(uow: UnitOfWork, site_id: int | None) -> str:
    if site_id is not None and site_id != DEFAULT_SITE_ID:
        site = uow.session.get(Site, site_id)
        if site is not None:
            return site.name
    name = get_setting(uow, SCHOOL_NAME, None)
    if name:
        return str(name)
    site = uow.session.scalar(select(Site).where(Site.id == DEFAULT_SITE_ID))
    return site.name if site else "My School"


def on_site(column: ColumnElement[int] | object, params: ReportParams) -> ColumnElement[bool]:
    """`column == site` or always-true when the report covers the whole district."""
    from sqlalchemy import true

    if params.site_id is None:
        return true()
    return column == params.site_id  # type: ignore[return-value]


def now_utc() -> datetime:
    return datetime.now(UTC)


def local_now(zone: ZoneInfo) -> datetime:
    return datetime.now(zone)


def dewey_class(call_number: str) -> str | None:
    """The Dewey hundred ("500s") of a call number, or None when it has no Dewey number.

    Prefixes such as REF or J and the fiction/easy shelves (FIC, E, SC) are recognised.
    """
    for token in call_number.replace("/", " ").split():
        head = token.split(".")[0]
        if head.isdigit() and 1 <= len(head) <= 3:
            return f"{int(head) // 100 * 100:03d}s"
    return None


def shelf_group(call_number: str) -> str:
    """Where a call number shelves: a Dewey hundred, Fiction, Easy, Biography or Other."""
    found = dewey_class(call_number)
    if found is not None:
        return found
    first = call_number.strip().split(" ")[0].upper() if call_number.strip() else ""
    return {
        "FIC": "Fiction",
        "F": "Fiction",
        "SC": "Fiction",
        "GN": "Graphic novels",
        "E": "Easy",
        "EASY": "Easy",
        "B": "Biography",
        "BIO": "Biography",
        "92": "Biography",
    }.get(first, "Other")


DEWEY_NAMES = {
    "000s": "000s General works",
    "100s": "100s Philosophy & psychology",
    "200s": "200s Religion",
    "300s": "300s Social sciences",
    "400s": "400s Language",
    "500s": "500s Science",
    "600s": "600s Technology",
    "700s": "700s Arts & recreation",
    "800s": "800s Literature",
    "900s": "900s History & geography",
}
