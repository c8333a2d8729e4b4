"""List reports: fees, holds, devices, makerspace use, certificates, collection age, titles."""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import ColumnElement, func, or_, select

from lms_desktop.catalog.call_numbers import call_number_sort_key
from lms_desktop.catalog.models import BibRecord
from lms_desktop.circulation.models import Fee, FeePayment, Hold, Item, ItemType, Loan, Patron
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.devices.models import Device, RepairTicket
from lms_desktop.errors import ValidationError
from lms_desktop.makerspace.models import Booking, Certification, PatronCertificate, Resource
from lms_desktop.reports.common import (
    DEWEY_NAMES,
    ProgressFn,
    ReportParams,
    end_of_day_utc,
    no_progress,
    on_site,
    school_name,
    shelf_group,
    site_zone,
    utc_bounds,
)
from lms_desktop.reports.document import Chart, KeyFigure, KeyFigures, ReportDocument, Series, Table
from lms_desktop.reports.sql import grade_code
from lms_desktop.reports.summary import GONE_STATUSES, USED_BOOKING_STATUSES
from lms_desktop.texts import say


def _doc(
    uow: UnitOfWork,
    params: ReportParams,
    name: str,
    title: str,
    blocks: tuple[object, ...],
    *,
    dated: bool = True,
    subtitle: str = "",
    landscape: bool = False,
) -> ReportDocument:
    return ReportDocument(
        name=name,
        title=title,
        school_name=school_name(uow, params.site_id),
        start=params.start if dated else None,
        end=params.end if dated else params.as_of,
        generated_at=datetime.now(),
        blocks=blocks,  # type: ignore[arg-type]
        subtitle=subtitle,
        landscape=landscape,
        filters=tuple(
            (k.replace("_", " ").capitalize(), v.replace("_", " "))
            for k, v in params.filters.items()
            if v
        ),
    )


def _same_text(column: object, value: str) -> ColumnElement[bool]:
    """`column` equals `value`, ignoring case and surrounding spaces (typed filters)."""
    return func.lower(func.trim(column)) == value.strip().lower()


def _patron_filters(params: ReportParams) -> list[ColumnElement[bool]]:
    """The grade and homeroom filters, on the patron's current record."""
    conditions = []
    if params.filter("grade"):
        conditions.append(_same_text(Patron.grade, grade_code(params.filter("grade"))))
    if params.filter("homeroom"):
        conditions.append(_same_text(Patron.homeroom, params.filter("homeroom")))
    return conditions


def _money(cents: int) -> str:
    return f"${cents / 100:,.2f}"


def _name(first: str | None, last: str | None) -> str:
    if first is None and last is None:
        return "(patron removed)"
    return f"{last}, {first}"


def fees_outstanding_document(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn = no_progress
) -> ReportDocument:
    """Open fees (what is still owed after payments and waivers), by student."""
    s = uow.session
    paid = (
        select(FeePayment.fee_id, func.sum(FeePayment.amount_cents).label("paid"))
        .group_by(FeePayment.fee_id)
        .subquery()
    )
    stmt = (
        select(
            Patron.first_name,
            Patron.last_name,
            Patron.homeroom,
            Fee.kind,
            Fee.description,
            Fee.created_at,
            Fee.amount_cents,
            func.coalesce(paid.c.paid, 0),
        )
        .select_from(Fee)
        .outerjoin(Patron, Fee.patron_id == Patron.id)
        .outerjoin(paid, paid.c.fee_id == Fee.id)
        .where(Fee.status == "open", on_site(Fee.site_id, params))
        .order_by(Patron.last_name, Patron.first_name, Fee.created_at)
    )
    stmt = stmt.where(*_patron_filters(params))
    rows = []
    total = 0
    for first, last, room, kind, what, created, amount, paid_cents in s.execute(stmt):
        owed = int(amount) - int(paid_cents)
        if owed <= 0:
            continue
        total += owed
        rows.append(
            (_name(first, last), room or "", kind, what, f"{created:%Y-%m-%d}", _money(owed))
        )
    return _doc(
        uow,
        params,
        "fees",
        "Fees outstanding",
        (
            KeyFigures(
                "",
                (
                    KeyFigure("Fees open", len(rows)),
                    KeyFigure("Owed", round(total / 100, 2), display=_money(total)),
                ),
            ),
            Table(
                "Open fees",
                ("Patron", "Homeroom", "Kind", "What for", "Since", "Owed"),
                tuple(rows),
                numeric=(False, False, False, False, False, True),
                widths=(1.6, 0.8, 0.8, 2.2, 0.9, 0.8),
            ),
        ),
        dated=False,
    )


def holds_waiting_document(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn = no_progress
) -> ReportDocument:
    """Holds waiting for a copy or sitting on the hold shelf, oldest first."""
    s = uow.session
    rows = s.execute(
        select(
            Hold.status,
            Hold.placed_at,
            Hold.expires_on,
            Patron.first_name,
            Patron.last_name,
            Patron.homeroom,
            BibRecord.title,
            Item.barcode,
        )
        .select_from(Hold)
        .join(Patron, Hold.patron_id == Patron.id)
        .outerjoin(BibRecord, Hold.bib_record_id == BibRecord.id)
        .outerjoin(Item, Hold.trapped_item_id == Item.id)
        .where(Hold.status.in_(("waiting", "ready")), on_site(Hold.site_id, params))
        .where(*_patron_filters(params))
        .order_by(Hold.status.desc(), Hold.placed_at)
    ).all()
    as_of = params.as_of
    table_rows = tuple(
        (
            "On hold shelf" if status == "ready" else "Waiting",
            title or "(device)",
            _name(first, last),
            room or "",
            f"{placed:%Y-%m-%d}",
            (as_of - placed.date()).days,
            barcode or "",
            expires.isoformat() if expires else "",
        )
        for status, placed, expires, first, last, room, title, barcode in rows
    )
    return _doc(
        uow,
        params,
        "holds",
        "Holds waiting",
        (
            Table(
                "Holds",
                ("Status", "Title", "Patron", "Homeroom", "Placed", "Days", "Copy", "Pick up by"),
                table_rows,
                numeric=(False, False, False, False, False, True, False, False),
                widths=(1.0, 2.4, 1.5, 0.8, 0.9, 0.5, 0.8, 0.9),
            ),
        ),
        dated=False,
        landscape=True,
    )


DEVICE_STATUSES = ("on_loan", "overdue", "in_repair")


def devices_out_document(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn = no_progress
) -> ReportDocument:
    """Devices on loan now (with who has them and when they are due) and devices in repair.

    Filters: device_type (a type's code or name, e.g. "Chromebook"); status ("on_loan",
    "overdue" or "in_repair": only those devices).
    """
    s = uow.session
    zone = site_zone(uow, params.site_id)
    status = params.filter("status").lower().replace(" ", "_")
    if status and status not in DEVICE_STATUSES:
        raise ValidationError(
            say(
                "'{status}' is not a device status to report on. Use one of: {statuses} "
                "(or leave it empty for all).",
                status=params.filter("status"),
                statuses=", ".join(DEVICE_STATUSES),
            )
        )
    wanted_type = params.filter("device_type")
    type_filter = (
        [
            or_(
                _same_text(ItemType.code, wanted_type),
                _same_text(ItemType.name, wanted_type),
                _same_text(Device.device_type, wanted_type),
            )
        ]
        if wanted_type
        else []
    )
    out_rows = s.execute(
        select(
            Item.barcode,
            ItemType.name,
            Device.serial_number,
            Patron.first_name,
            Patron.last_name,
            Patron.homeroom,
            Loan.checked_out_at,
            Loan.due_at,
        )
        .select_from(Loan)
        .join(Item, Loan.item_id == Item.id)
        .join(ItemType, Item.item_type_id == ItemType.id)
        .outerjoin(Device, Device.item_id == Item.id)
        .outerjoin(Patron, Loan.patron_id == Patron.id)
        .where(Loan.returned_at.is_(None), ItemType.kind == "device", on_site(Loan.site_id, params))
        .where(*type_filter)
        .order_by(Loan.due_at)
    ).all()
    # overdue as of the report's day (its end), never later than this moment
    now = min(datetime.now(UTC), end_of_day_utc(params.as_of, zone))
    on_loan = tuple(
        (
            barcode,
            kind,
            serial or "",
            _name(first, last),
            room or "",
            f"{out.astimezone(zone):%Y-%m-%d}",
            f"{due.astimezone(zone):%Y-%m-%d %H:%M}",
            "OVERDUE" if due < now else "",
        )
        for barcode, kind, serial, first, last, room, out, due in out_rows
        if status != "overdue" or due < now
    )
    if status == "in_repair":
        on_loan = ()
    repair_rows = s.execute(
        select(
            Item.barcode,
            ItemType.name,
            Device.serial_number,
            RepairTicket.symptom,
            RepairTicket.priority,
            RepairTicket.status,
            RepairTicket.it_ticket_number,
            RepairTicket.opened_at,
        )
        .select_from(RepairTicket)
        .join(Item, RepairTicket.item_id == Item.id)
        .join(ItemType, Item.item_type_id == ItemType.id)
        .outerjoin(Device, Device.item_id == Item.id)
        .where(
            RepairTicket.status.not_in(("fixed", "written_off")),
            on_site(RepairTicket.site_id, params),
            *type_filter,
        )
        .order_by(RepairTicket.priority, RepairTicket.opened_at)
    ).all()
    if status in ("on_loan", "overdue"):
        repair_rows = []
    today = params.as_of
    in_repair = tuple(
        (
            barcode,
            kind,
            serial or "",
            symptom,
            f"P{priority}",
            status.replace("_", " "),
            ticket,
            (today - opened.astimezone(zone).date()).days,
        )
        for barcode, kind, serial, symptom, priority, status, ticket, opened in repair_rows
    )
    return _doc(
        uow,
        params,
        "devices",
        "Devices out and in repair",
        (
            KeyFigures(
                "",
                (
                    KeyFigure("Devices on loan", len(on_loan)),
                    KeyFigure("Overdue", sum(1 for r in on_loan if r[-1])),
                    KeyFigure("In repair", len(in_repair)),
                ),
            ),
            Table(
                "On loan",
                ("Asset tag", "Type", "Serial", "Borrower", "Homeroom", "Out", "Due", ""),
                on_loan,
                widths=(0.9, 1.0, 1.0, 1.5, 0.8, 0.9, 1.2, 0.8),
            ),
            Table(
                "In repair",
                (
                    "Asset tag",
                    "Type",
                    "Serial",
                    "Symptom",
                    "Priority",
                    "Status",
                    "IT ticket",
                    "Days",
                ),
                in_repair,
                numeric=(False, False, False, False, False, False, False, True),
                widths=(0.9, 1.0, 1.0, 2.2, 0.6, 1.0, 0.8, 0.5),
            ),
        ),
        dated=False,
        landscape=True,
    )


def _resource_filter(params: ReportParams) -> list[ColumnElement[bool]]:
    wanted = params.filter("resource")
    return [_same_text(Resource.name, wanted)] if wanted else []


def makerspace_use_document(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn = no_progress
) -> ReportDocument:
    """Bookings that took place, hours by resource and by class, and no-shows.

    Filter: resource (its name, e.g. "Laser cutter").
    """
    s = uow.session
    zone = site_zone(uow, params.site_id)
    start, end = utc_bounds(params, zone)
    rows = s.execute(
        select(
            Resource.name,
            Booking.class_name,
            Booking.status,
            Booking.starts_at,
            Booking.ends_at,
            Booking.purpose,
            Patron.first_name,
            Patron.last_name,
        )
        .join(Resource, Booking.resource_id == Resource.id)
        .outerjoin(Patron, Booking.patron_id == Patron.id)
        .where(
            Booking.starts_at >= start, Booking.starts_at < end, on_site(Resource.site_id, params)
        )
        .where(*_resource_filter(params))
        .order_by(Booking.starts_at)
    ).all()
    hours: dict[str, float] = defaultdict(float)
    by_class: dict[str, float] = defaultdict(float)
    sessions: dict[str, int] = defaultdict(int)
    no_shows: dict[str, int] = defaultdict(int)
    listing = []
    for resource, cls, status, starts, ends, purpose, first, last in rows:
        length = (ends - starts).total_seconds() / 3600
        if status in USED_BOOKING_STATUSES:
            hours[resource] += length
            by_class[cls or "Individual students"] += length
            sessions[resource] += 1
        elif status == "no_show":
            no_shows[resource] += 1
        local = starts.astimezone(zone)
        listing.append(
            (
                f"{local:%a %b %-d %H:%M}",
                resource,
                cls or (_name(first, last) if first or last else ""),
                purpose,
                round(length, 2),
                status.replace("_", " "),
            )
        )
    names = sorted(set(hours) | set(no_shows), key=lambda n: -hours.get(n, 0))
    return _doc(
        uow,
        params,
        "makerspace",
        "Makerspace use",
        (
            Chart(
                "Hours by resource",
                tuple(names),
                (Series("Hours", tuple(round(hours.get(n, 0), 1) for n in names)),),
                kind="hbar",
            ),
            Table(
                "By resource",
                ("Resource", "Hours", "Sessions", "No-shows"),
                tuple(
                    (n, round(hours.get(n, 0), 1), sessions.get(n, 0), no_shows.get(n, 0))
                    for n in names
                ),
                numeric=(False, True, True, True),
            ),
            Table(
                "By class",
                ("Class", "Hours"),
                tuple((k, round(v, 1)) for k, v in sorted(by_class.items(), key=lambda x: -x[1])),
                numeric=(False, True),
            ),
            Table(
                "Bookings",
                ("When", "Resource", "Class or student", "Purpose", "Hours", "Status"),
                tuple(listing),
                numeric=(False, False, False, False, True, False),
                widths=(1.3, 1.2, 1.5, 2.0, 0.6, 0.9),
            ),
        ),
    )


def certificates_expiring_document(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn = no_progress
) -> ReportDocument:
    """Training certificates that expire within the range.

    Filters: resource (certificates that resource needs, or a training's own name);
    within_days (N: instead of the range, those that expire in the N days from the report's
    day, and any that have already expired).
    """
    s = uow.session
    first_day, last_day = params.start, params.end
    within = params.filter("within_days")
    if within:
        if not within.isdigit():
            raise ValidationError(
                say(
                    "'Within days' must be a number of days, like 30; '{within}' is not one.",
                    within=within,
                )
            )
        first_day, last_day = date.min, params.as_of + timedelta(days=int(within))
    conditions: list[ColumnElement[bool]] = []
    if params.filter("resource"):
        needed_by = select(Resource.certification_id).where(
            _same_text(Resource.name, params.filter("resource"))
        )
        conditions.append(
            or_(
                Certification.id.in_(needed_by),
                _same_text(Certification.name, params.filter("resource")),
            )
        )
    rows = s.execute(
        select(
            Certification.name,
            Patron.first_name,
            Patron.last_name,
            Patron.homeroom,
            PatronCertificate.trained_on,
            PatronCertificate.expires_on,
            PatronCertificate.trained_by,
        )
        .select_from(PatronCertificate)
        .join(Certification, PatronCertificate.certification_id == Certification.id)
        .join(Patron, PatronCertificate.patron_id == Patron.id)
        .where(
            PatronCertificate.revoked.is_(False),
            PatronCertificate.expires_on.is_not(None),
            PatronCertificate.expires_on <= last_day,
            PatronCertificate.expires_on >= first_day,
            on_site(Patron.site_id, params),
            *conditions,
        )
        .order_by(PatronCertificate.expires_on, Patron.last_name)
    ).all()
    as_of = params.as_of
    return _doc(
        uow,
        params,
        "certificates",
        "Training certificates expiring",
        (
            Table(
                "Certificates",
                ("Training", "Student", "Homeroom", "Trained", "By", "Expires", ""),
                tuple(
                    (
                        cert,
                        _name(first, last),
                        room or "",
                        trained.isoformat(),
                        by,
                        expires.isoformat(),
                        "expired" if expires < as_of else f"in {(expires - as_of).days} days",
                    )
                    for cert, first, last, room, trained, expires, by in rows
                ),
                widths=(1.6, 1.5, 0.8, 0.9, 1.0, 0.9, 0.9),
            ),
        ),
    )


_YEAR = re.compile(r"(1[5-9]\d\d|20\d\d)")


def publication_year_from_marc(marc: bytes | None) -> int | None:
    """The publication year from 008/07-10, else 264 $c, else 260 $c of an ISO 2709 record."""
    if not marc:
        return None
    from pymarc import MARCReader

    try:
        record = next(iter(MARCReader(marc, to_unicode=True, force_utf8=True)), None)
    except Exception:  # a damaged record has no year to offer, it must not stop the report
        return None
    if record is None:
        return None
    fixed = record.get("008")
    if fixed is not None and fixed.data and len(fixed.data) >= 11:
        year = fixed.data[7:11]
        if year.isdigit():
            return int(year)
    for tag in ("264", "260"):
        for field in record.get_fields(tag):
            for value in field.get_subfields("c"):
                found = _YEAR.search(value)
                if found:
                    return int(found.group(1))
    return None


def collection_age_document(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn = no_progress
) -> ReportDocument:
    """Average and median publication year per Dewey range, and items per student.

    Filters: location (e.g. "Library" or "Room 12"); item_type (a type's code or name,
    e.g. "Reference"; otherwise every kind of book).
    """
    s = uow.session
    if params.filter("item_type"):
        wanted = params.filter("item_type")
        types = select(ItemType.id).where(
            or_(_same_text(ItemType.code, wanted), _same_text(ItemType.name, wanted))
        )
    else:
        types = select(ItemType.id).where(ItemType.kind == "book")
    stmt = (
        select(Item.call_number, BibRecord.publication_year, BibRecord.id)
        .select_from(Item)
        .outerjoin(BibRecord, Item.bib_record_id == BibRecord.id)
        .where(
            Item.item_type_id.in_(types),
            Item.status.not_in(GONE_STATUSES),
            on_site(Item.site_id, params),
        )
    )
    if params.filter("location"):
        stmt = stmt.where(_same_text(Item.location, params.filter("location")))
    rows = s.execute(stmt).all()
    progress(1, 3, say("Reading publication years…"))
    missing = {bib for _, year, bib in rows if year is None and bib is not None}
    from_marc: dict[int, int | None] = {}
    if missing:
        for bib_id, marc in s.execute(
            select(BibRecord.id, BibRecord.marc).where(BibRecord.id.in_(missing))
        ):
            from_marc[bib_id] = publication_year_from_marc(marc)
    years: dict[str, list[int]] = defaultdict(list)
    counts: dict[str, int] = defaultdict(int)
    for call, year, bib in rows:
        group = shelf_group(call or "")
        counts[group] += 1
        if year is None and bib is not None:
            year = from_marc.get(bib)
        if year:
            years[group].append(int(year))
    from lms_desktop.circulation.models import PatronType

    students = (
        s.scalar(
            select(func.count())
            .select_from(Patron)
            .join(PatronType, Patron.patron_type_id == PatronType.id)
            .where(PatronType.code == "student", Patron.status == "active")
            .where(on_site(Patron.site_id, params))
        )
        or 0
    )
    this_year = params.as_of.year
    order = sorted(counts, key=lambda g: (not g[0].isdigit(), g))
    table_rows = []
    for group in order:
        found = years.get(group, [])
        average = round(statistics.fmean(found)) if found else None
        median = round(statistics.median(found)) if found else None
        old = sum(1 for y in found if this_year - y > 15)
        table_rows.append(
            (
                DEWEY_NAMES.get(group, group),
                counts[group],
                round(counts[group] / students, 2) if students else None,
                str(average) if average else "",
                str(median) if median else "",
                this_year - median if median else None,
                f"{old / len(found):.0%}" if found else "",
            )
        )
    everything = [y for g in years.values() for y in g]
    return _doc(
        uow,
        params,
        "collection-age",
        "Collection age by Dewey range",
        (
            KeyFigures(
                "",
                (
                    KeyFigure("Items", sum(counts.values())),
                    KeyFigure(
                        "Items per student",
                        round(sum(counts.values()) / students, 1) if students else 0,
                    ),
                    KeyFigure(
                        "Median publication year",
                        round(statistics.median(everything)) if everything else 0,
                        display=str(round(statistics.median(everything))) if everything else "–",
                    ),
                    KeyFigure(
                        "Average age (years)",
                        round(this_year - statistics.fmean(everything), 1) if everything else 0,
                    ),
                ),
            ),
            Chart(
                "Median age in years by shelf",
                tuple(r[0].split(" ")[0] for r in table_rows),
                (Series("Median age", tuple(float(r[5] or 0) for r in table_rows)),),
            ),
            Table(
                "By shelf",
                (
                    "Shelf",
                    "Items",
                    "Per student",
                    "Average year",
                    "Median year",
                    "Median age",
                    "Older than 15 years",
                ),
                tuple(table_rows),
                numeric=(False, True, True, True, True, True, True),
                widths=(2.4, 0.7, 0.8, 0.8, 0.8, 0.8, 0.9),
                note="Publication years come from each title's record (MARC 008, 264 or 260). "
                "Shelves with many items older than 15 years are the first to review for weeding.",
            ),
        ),
        dated=False,
    )


def new_acquisitions_document(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn = no_progress
) -> ReportDocument:
    """Copies acquired in the range, by call number."""
    s = uow.session
    rows = s.execute(
        select(
            Item.call_number,
            BibRecord.title,
            BibRecord.author,
            BibRecord.publication_year,
            Item.barcode,
            Item.acquired_on,
            Item.price_cents,
        )
        .select_from(Item)
        .outerjoin(BibRecord, Item.bib_record_id == BibRecord.id)
        .where(
            Item.acquired_on >= params.start,
            Item.acquired_on <= params.end,
            on_site(Item.site_id, params),
        )
        .order_by(Item.call_number_sort, Item.call_number, Item.barcode)
    ).all()
    rows = sorted(rows, key=lambda r: shelf_sort_key(r[0] or ""))
    spent = sum(r[6] or 0 for r in rows)
    return _doc(
        uow,
        params,
        "new-acquisitions",
        "New acquisitions",
        (
            KeyFigures(
                "",
                (
                    KeyFigure("Copies added", len(rows)),
                    KeyFigure("Spent", round(spent / 100, 2), display=_money(spent)),
                ),
            ),
            Table(
                "Copies",
                ("Call number", "Title", "Author", "Year", "Barcode", "Acquired", "Price"),
                tuple(
                    (
                        call,
                        title or "",
                        author or "",
                        str(year or ""),
                        barcode,
                        acquired.isoformat(),
                        _money(price) if price is not None else "",
                    )
                    for call, title, author, year, barcode, acquired, price in rows
                ),
                numeric=(False, False, False, False, False, False, True),
                widths=(1.0, 2.6, 1.5, 0.5, 0.9, 0.9, 0.7),
            ),
        ),
        landscape=True,
    )


def shelf_sort_key(call_number: str) -> str:
    """Shelf order for a call number: the catalog's own sort key, so lists match the shelves."""
    return call_number_sort_key(call_number)


def shelf_list_document(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn = no_progress
) -> ReportDocument:
    """Every copy on the shelves in call-number order (filter by location or shelf group)."""
    s = uow.session
    stmt = (
        select(
            Item.call_number,
            Item.call_number_sort,
            BibRecord.title,
            BibRecord.author,
            BibRecord.publication_year,
            Item.barcode,
            Item.status,
            Item.location,
        )
        .select_from(Item)
        .join(ItemType, Item.item_type_id == ItemType.id)
        .outerjoin(BibRecord, Item.bib_record_id == BibRecord.id)
        .where(ItemType.kind == "book", Item.status.not_in(("withdrawn", "retired")))
        .where(on_site(Item.site_id, params))
    )
    if params.filter("location"):
        stmt = stmt.where(Item.location == params.filter("location"))
    rows = list(s.execute(stmt).all())
    wanted = params.filter("shelf")
    if wanted:
        rows = [r for r in rows if shelf_group(r[0] or "").lower().startswith(wanted.lower())]
    rows.sort(key=lambda r: shelf_sort_key(r[0] or ""))
    return _doc(
        uow,
        params,
        "shelf-list",
        "Shelf list",
        (
            Table(
                "",
                ("Call number", "Title", "Author", "Year", "Barcode", "Status"),
                tuple(
                    (
                        call,
                        title or "",
                        author or "",
                        str(year or ""),
                        barcode,
                        status.replace("_", " "),
                    )
                    for call, _sort, title, author, year, barcode, status, _loc in rows
                ),
                widths=(1.1, 2.8, 1.6, 0.5, 0.9, 0.8),
            ),
        ),
        dated=False,
        subtitle=f"{len(rows):,} copies",
        landscape=True,
    )


def last_days(day: date, n: int) -> tuple[date, date]:
    return day - timedelta(days=n - 1), day
