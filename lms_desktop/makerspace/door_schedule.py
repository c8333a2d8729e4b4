"""The printable daily schedule for the makerspace door: periods down, resources across."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.makerspace.bookings import BookingInfo, bookings_between
from lms_desktop.makerspace.resources import ResourceInfo, list_resources
from lms_desktop.makerspace.schedule import (
    PeriodSlot,
    SchoolCalendar,
    day_type,
    load_calendar,
    local_datetime,
    periods_on,
    to_local,
)
from lms_desktop.reports.fonts import register_fonts
from lms_desktop.school.settings import SCHOOL_NAME, get_setting

SHOWN_STATUSES = ("requested", "approved", "checked_in", "completed")


@dataclass(frozen=True)
class DoorRow:
    label: str  # "Period 3", "Before school", "Between periods" or "After school"
    times: str  # "9:50-10:40"
    cells: tuple[tuple[str, ...], ...]  # per resource: the bookings' lines


@dataclass(frozen=True)
class DoorSchedule:
    school_name: str
    day: date
    day_type: str | None
    note: str
    resources: tuple[str, ...]
    rows: tuple[DoorRow, ...]

    @property
    def title(self) -> str:
        letter = f" ({self.day_type}-day)" if self.day_type else ""
        return f"Makerspace — {self.day:%A %d %B %Y}{letter}"


def _booking_line(cal: SchoolCalendar, booking: BookingInfo, exact: bool) -> str:
    line = booking.who
    if booking.purpose:
        line += f" — {booking.purpose}"
    if not exact:
        start, end = to_local(cal, booking.starts_at), to_local(cal, booking.ends_at)
        line = f"{start:%H:%M}-{end:%H:%M} {line}"
    if booking.status == "requested":
        line += " (awaiting approval)"
    return line


def outside_label(periods: Sequence[PeriodSlot], starts: time) -> str:
    """What a booking outside every period is called on the door: "Before school" (before
    the first period), "After school" (from the end of the last), else "Between periods"
    (lunch, passing time)."""
    if not periods:
        return "Booking"
    if starts < min(p.starts for p in periods):
        return "Before school"
    if starts >= max(p.ends for p in periods):
        return "After school"
    return "Between periods"


def door_schedule_rows(
    cal: SchoolCalendar,
    day: date,
    resources: Sequence[ResourceInfo],
    bookings: Sequence[BookingInfo],
) -> tuple[DoorRow, ...]:
    """One row per period, plus rows for bookings outside the periods (before school, at
    lunch, after school), all in time order."""
    ids = [r.id for r in resources]
    mine = [b for b in bookings if b.status in SHOWN_STATUSES and b.resource_id in ids]
    periods = periods_on(cal, day)
    # (start, kind, row): at the same start a period comes before a booking outside it
    timed: list[tuple[time, int, DoorRow]] = []
    placed: set[int] = set()
    for slot in periods:
        starts = local_datetime(cal, day, slot.starts)
        ends = local_datetime(cal, day, slot.ends)
        cells: list[tuple[str, ...]] = []
        for rid in ids:
            lines = []
            for b in mine:
                if b.resource_id == rid and b.starts_at < ends and starts < b.ends_at:
                    exact = b.starts_at == starts and b.ends_at == ends
                    lines.append(_booking_line(cal, b, exact))
                    placed.add(b.id)
            cells.append(tuple(lines))
        row = DoorRow(slot.label(), f"{slot.starts:%H:%M}-{slot.ends:%H:%M}", tuple(cells))
        timed.append((slot.starts, 0, row))
    # bookings outside the periods: one row per stretch of time, shared by the resources
    outside: dict[tuple[time, time], list[BookingInfo]] = {}
    for b in mine:
        if b.id not in placed:
            key = (to_local(cal, b.starts_at).time(), to_local(cal, b.ends_at).time())
            outside.setdefault(key, []).append(b)
    for (from_time, to_time), held in outside.items():
        shared = tuple(
            tuple(_booking_line(cal, b, True) for b in held if b.resource_id == rid) for rid in ids
        )
        label = outside_label(periods, from_time)
        timed.append((from_time, 1, DoorRow(label, f"{from_time:%H:%M}-{to_time:%H:%M}", shared)))
    timed.sort(key=lambda entry: (entry[0], entry[1]))
    return tuple(row for _start, _kind, row in timed)


def build_door_schedule(
    uow: UnitOfWork, day: date, resource_ids: Sequence[int] | None = None
) -> DoorSchedule:
    """Everything the door sheet shows for `day`, read in one unit of work."""
    cal = load_calendar(uow, on=day)
    resources = [
        r for r in list_resources(uow) if resource_ids is None or r.id in set(resource_ids)
    ]
    start = local_datetime(cal, day, datetime.min.time())
    bookings = bookings_between(uow, start, start + timedelta(days=1), statuses=SHOWN_STATUSES)
    rule = cal.special_days.get(day)
    return DoorSchedule(
        school_name=str(get_setting(uow, SCHOOL_NAME, "")),
        day=day,
        day_type=day_type(cal, day) or None,
        note=rule.note if rule is not None else "",
        resources=tuple(r.name for r in resources),
        rows=door_schedule_rows(cal, day, resources, bookings),
    )


def write_door_schedule_pdf(schedule: DoorSchedule, path: Path) -> Path:
    """Render the sheet: big title, a grid of periods by resources, large enough to read."""
    regular, bold = register_fonts()
    wide = len(schedule.resources) > 3
    page = landscape(letter) if wide else letter
    doc = SimpleDocTemplate(
        str(path),
        pagesize=page,
        leftMargin=0.5 * inch,
        rightMargin=0.5 * inch,
        topMargin=0.5 * inch,
        bottomMargin=0.5 * inch,
        title=schedule.title,
        author=schedule.school_name or "LMS Desktop",
    )
    title_style = ParagraphStyle("title", fontName=bold, fontSize=22, leading=26)
    sub_style = ParagraphStyle(
        "sub", fontName=regular, fontSize=12, leading=15, textColor=colors.HexColor("#444444")
    )
    head_style = ParagraphStyle(
        "head", fontName=bold, fontSize=11, leading=13, textColor=colors.white
    )
    cell_style = ParagraphStyle("cell", fontName=regular, fontSize=10, leading=12)
    period_style = ParagraphStyle("period", fontName=bold, fontSize=11, leading=13)
    story: list[object] = [Paragraph(escape(schedule.title), title_style)]
    subtitle = schedule.school_name
    if schedule.note:
        subtitle = f"{subtitle} · {schedule.note}" if subtitle else schedule.note
    if subtitle:
        story.append(Paragraph(escape(subtitle), sub_style))
    story.append(Spacer(1, 0.2 * inch))
    if not schedule.rows:
        story.append(Paragraph("No school today: the makerspace is closed.", period_style))
    else:
        header = [Paragraph("Period", head_style)] + [
            Paragraph(escape(name), head_style) for name in schedule.resources
        ]
        data: list[list[object]] = [header]
        for row in schedule.rows:
            first = Paragraph(
                f"{escape(row.label)}<br/><font size=9>{escape(row.times)}</font>", period_style
            )
            cells: list[object] = [first]
            for lines in row.cells:
                text = (
                    "<br/>".join(escape(line) for line in lines)
                    if lines
                    else "<font color='#2e7d32'>Free</font>"
                )
                cells.append(Paragraph(text, cell_style))
            data.append(cells)
        usable = page[0] - inch
        first_width = 1.5 * inch
        other = (usable - first_width) / max(1, len(schedule.resources))
        table = Table(
            data, colWidths=[first_width] + [other] * len(schedule.resources), repeatRows=1
        )
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#37474f")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#90a4ae")),
                    (
                        "ROWBACKGROUNDS",
                        (0, 1),
                        (-1, -1),
                        [colors.white, colors.HexColor("#eceff1")],
                    ),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        story.append(table)
    story.append(Spacer(1, 0.2 * inch))
    story.append(
        Paragraph(
            f"Printed {datetime.now():%d %b %Y %H:%M}. Book the makerspace at the library desk.",
            sub_style,
        )
    )
    doc.build(story)
    return path
