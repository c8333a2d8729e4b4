"""Year-end rollover: preview, backup, promote and graduate, roster, fees, calendar, undo."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Final

from sqlalchemy import delete, func, select

from lms_desktop.care.backups import make_backup, restore_backup
from lms_desktop.circulation.journal import record_entry
from lms_desktop.circulation.models import (
    ClosedDay,
    Fee,
    FeePayment,
    Item,
    Loan,
    Patron,
    PatronType,
    Visit,
)
from lms_desktop.circulation.roster import (
    RosterColumnMapping,
    RosterFile,
    apply_roster,
    preview_roster,
)
from lms_desktop.circulation.rules_admin import SchoolYearView, save_school_year, school_calendar
from lms_desktop.config import sqlite_path_of
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import Database, UnitOfWork
from lms_desktop.errors import ConflictError, NotFoundError, ValidationError
from lms_desktop.inventory.models import YearEndRollover
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.school.models import DEFAULT_SITE_ID
from lms_desktop.texts import Text, month_day_text, say

FEE_POLICIES: Final = ("carry", "clear_overdue", "clear_all")
# undo is for "that looked wrong, put it back": a rollover older than this is a past
# year's, and restoring its backup would lose everything since (only when forced)
UNDO_WINDOW: Final = timedelta(days=14)
CLOSED_DAY_POLICIES: Final = ("clear", "keep")
_PRE_K = ("PK", "PREK", "PRE-K", "TK", "P")
_KINDERGARTEN = ("K", "KG", "KN", "00", "0")

ProgressFn = Callable[[int, int, str], None]


def _no_progress(done: int, total: int, message: str = "") -> None:
    """Progress callback used when nobody watches."""


# --- grades (pure) ---------------------------------------------------------------------


def grade_rank(grade: str) -> int | None:
    """Where a grade stands: pre-K -1, K 0, 1..12; None for text that is not a grade."""
    text = (grade or "").strip().upper()
    if text in _PRE_K:
        return -1
    if text in _KINDERGARTEN:
        return 0
    match = re.fullmatch(r"(?:GRADE\s*)?0*(\d{1,2})(?:ST|ND|RD|TH)?", text)
    if match:
        value = int(match.group(1))
        return value if 1 <= value <= 12 else None
    return None


def next_grade(grade: str) -> str | None:
    """The grade after `grade` written the way the school writes it ("05" -> "06",
    "K" -> "1", "PK" -> "K"); None when it is not a grade."""
    rank = grade_rank(grade)
    if rank is None:
        return None
    text = grade.strip()
    if rank == -1:
        return "K"
    nxt = rank + 1
    if rank == 0:
        return "01" if text == "00" else "1"
    digits = re.search(r"\d+", text)
    width = len(digits.group(0)) if digits else 1
    return f"{nxt:0{width}d}"


# --- options and preview ---------------------------------------------------------------


@dataclass(frozen=True)
class YearEndOptions:
    """The librarian's choices in the year-end wizard."""

    new_year_name: str
    new_first_day: date
    new_last_day: date
    top_grade: str = ""  # "" = the highest grade among the students (12, or 8, or 5)
    fee_policy: str = "carry"  # carry | clear_overdue | clear_all
    closed_days: str = "clear"  # clear (last year's) | keep
    deactivate_missing_from_roster: bool = True
    site_id: int = DEFAULT_SITE_ID
    # on a district database server the app cannot back up; IT must have done it
    server_backup_confirmed: bool = False


@dataclass(frozen=True)
class StudentLine:
    """A student the librarian should look at: name, grade, homeroom, what is still out."""

    patron_id: int
    name: str
    barcode: str
    grade: str
    homeroom: str
    status: str
    open_loans: int
    fees_cents: int
    note: str = ""

    @property
    def owes_something(self) -> bool:
        return self.open_loans > 0 or self.fees_cents > 0


@dataclass(frozen=True)
class YearEndPreview:
    """What applying would do; nothing has changed yet. Lists that need attention first."""

    top_grade: str
    graduating: tuple[StudentLine, ...]  # those with loans or fees first
    left_with_items: tuple[StudentLine, ...]  # left or moved school mid-year, still owing
    promotions: tuple[tuple[str, str, int], ...]  # (from grade, to grade, students)
    ungraded: tuple[StudentLine, ...]  # active students whose grade is not understood
    homeroom_moves: tuple[tuple[str, str, str, str], ...]  # (sis id, name, old, new)
    roster_new: int
    roster_missing: int
    roster_file: str
    fee_policy: str
    fees_to_clear: int
    fees_to_clear_cents: int
    fees_carried: int
    closed_year: str
    new_year: str
    closed_days_to_clear: int
    statistics: dict[str, object] = field(default_factory=dict)

    @property
    def graduating_owing(self) -> tuple[StudentLine, ...]:
        return tuple(s for s in self.graduating if s.owes_something)


@dataclass(frozen=True)
class YearEndResult:
    rollover_id: int
    backup_path: str
    graduated: int
    promoted: int
    homerooms_moved: int
    fees_cleared: int
    closed_days_cleared: int
    summary: str


@dataclass(frozen=True)
class RolloverView:
    id: int
    at: datetime
    closed_year: str
    new_year: str
    backup_path: str
    summary: str
    statistics: dict[str, object]


def _check_options(options: YearEndOptions) -> None:
    if not options.new_year_name.strip():
        raise ValidationError(say("Give the new school year a name, for example 2027-28."))
    if options.new_last_day <= options.new_first_day:
        raise ValidationError(say("The new year's last day must come after its first day."))
    if options.fee_policy not in FEE_POLICIES:
        raise ValidationError(
            say(
                "Choose what happens to fees: {policies} (not “{policy}”).",
                policies=", ".join(FEE_POLICIES),
                policy=options.fee_policy,
            )
        )
    if options.closed_days not in CLOSED_DAY_POLICIES:
        raise ValidationError(say("Choose whether last year's closed days are cleared or kept."))
    if options.top_grade and grade_rank(options.top_grade) is None:
        raise ValidationError(
            say(
                "“{grade}” is not a grade. Type the top grade, e.g. 12, 8 or 5.",
                grade=options.top_grade,
            )
        )


def _owing(uow: UnitOfWork, site_id: int) -> tuple[dict[int, int], dict[int, int]]:
    """Open loans (at this library) and unpaid fee balances, by patron id."""
    s = uow.session
    loans = dict(
        s.execute(
            select(Loan.patron_id, func.count())
            .where(Loan.returned_at.is_(None), Loan.site_id == site_id, Loan.patron_id.is_not(None))
            .group_by(Loan.patron_id)
        )
        .tuples()
        .all()
    )
    paid = (
        select(FeePayment.fee_id, func.sum(FeePayment.amount_cents).label("paid"))
        .group_by(FeePayment.fee_id)
        .subquery()
    )
    fees = dict(
        s.execute(
            select(Fee.patron_id, func.sum(Fee.amount_cents - func.coalesce(paid.c.paid, 0)))
            .outerjoin(paid, paid.c.fee_id == Fee.id)
            .where(Fee.status == "open", Fee.site_id == site_id, Fee.patron_id.is_not(None))
            .group_by(Fee.patron_id)
        )
        .tuples()
        .all()
    )
    return (
        {k: int(v) for k, v in loans.items() if k is not None},
        {k: int(v) for k, v in fees.items() if k is not None and v and v > 0},
    )


# the note beside a student who left mid-year still owing, by their status
_LEFT_NOTES: Final = {
    "left": say("left during the year"),
    "inactive": say("inactive during the year"),
}


def _line(p: Patron, loans: dict[int, int], fees: dict[int, int], note: str = "") -> StudentLine:
    return StudentLine(
        p.id, f"{p.first_name} {p.last_name}".strip(), p.barcode, p.grade, p.homeroom,
        p.status, loans.get(p.id, 0), fees.get(p.id, 0), note,
    )  # fmt: skip


def _attention_first(lines: list[StudentLine]) -> tuple[StudentLine, ...]:
    lines.sort(key=lambda s: (not s.owes_something, s.homeroom, s.name.split()[-1:], s.name))
    return tuple(lines)


def _students(uow: UnitOfWork, site_id: int) -> list[Patron]:
    return list(
        uow.session.scalars(
            select(Patron)
            .join(PatronType, Patron.patron_type_id == PatronType.id)
            .where(PatronType.code == "student", Patron.site_id == site_id)
        )
    )


def _top_grade(students: list[Patron], wanted: str) -> str:
    if wanted:
        return wanted.strip()
    ranked = [(grade_rank(p.grade), p.grade) for p in students if p.status == "active"]
    known = [(r, g) for r, g in ranked if r is not None]
    if not known:
        raise ValidationError(
            say(
                "No active student has a grade the rollover understands (K, 1 … 12). "
                "Import this year's roster first, or type the top grade."
            )
        )
    return max(known)[1]


def _year_range(uow: UnitOfWork, site_id: int, today: date) -> tuple[str, date, date]:
    year = school_calendar(uow, site_id).year
    if year is not None:
        return year.name, year.first_day, year.last_day
    return f"{today.year - 1}-{today.year % 100:02d}", today - timedelta(days=365), today


def year_statistics(uow: UnitOfWork, first: date, last: date, site_id: int) -> dict[str, object]:
    """The closing year's figures, kept in the rollover record after the year is gone."""
    s = uow.session
    start = datetime.combine(first, time(), tzinfo=UTC)
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=UTC)
    in_year = (Loan.site_id == site_id, Loan.checked_out_at >= start, Loan.checked_out_at < end)
    by_grade = dict(
        s.execute(
            select(Loan.patron_grade, func.count()).where(*in_year).group_by(Loan.patron_grade)
        )
        .tuples()
        .all()
    )
    by_type = dict(
        s.execute(
            select(Loan.item_type_code, func.count()).where(*in_year).group_by(Loan.item_type_code)
        )
        .tuples()
        .all()
    )
    borrowers = s.scalar(select(func.count(func.distinct(Loan.patron_id))).where(*in_year)) or 0
    added = s.scalar(
        select(func.count()).where(
            Item.site_id == site_id, Item.acquired_on >= first, Item.acquired_on <= last
        )
    )
    withdrawn = s.scalar(
        select(func.count()).where(
            Item.site_id == site_id, Item.withdrawn_on >= first, Item.withdrawn_on <= last
        )
    )
    visits = s.scalar(
        select(func.coalesce(func.sum(Visit.count), 0)).where(
            Visit.site_id == site_id, Visit.day >= first, Visit.day <= last
        )
    )
    collection = s.scalar(
        select(func.count()).where(
            Item.site_id == site_id,
            Item.bib_record_id.is_not(None),
            Item.status.not_in(("withdrawn", "retired")),
        )
    )
    return {
        "from": first.isoformat(),
        "to": last.isoformat(),
        "checkouts": sum(by_grade.values()),
        "checkouts_by_grade": {k or "?": v for k, v in sorted(by_grade.items())},
        "checkouts_by_item_type": {k or "?": v for k, v in sorted(by_type.items())},
        "borrowers": int(borrowers),
        "copies_added": int(added or 0),
        "copies_withdrawn": int(withdrawn or 0),
        "copies_in_collection": int(collection or 0),
        "visits": int(visits or 0),
    }


def _fees_to_clear(uow: UnitOfWork, policy: str, site_id: int) -> list[int]:
    if policy == "carry":
        return []
    stmt = select(Fee.id).where(Fee.status == "open", Fee.site_id == site_id)
    if policy == "clear_overdue":
        stmt = stmt.where(Fee.kind == "overdue")
    return list(uow.session.scalars(stmt.order_by(Fee.id)))


def _closed_days_to_clear(uow: UnitOfWork, options: YearEndOptions) -> int:
    if options.closed_days == "keep":
        return 0
    return int(
        uow.session.scalar(
            select(func.count()).where(
                ClosedDay.site_id == options.site_id, ClosedDay.day < options.new_first_day
            )
        )
        or 0
    )


def preview_year_end(
    uow: UnitOfWork,
    options: YearEndOptions,
    *,
    roster: RosterFile | None = None,
    mapping: RosterColumnMapping | None = None,
    today: date | None = None,
) -> YearEndPreview:
    """The dry run: who graduates (those with loans or fees first), who moves up, who left
    mid-year still owing, homeroom moves from the new roster, fees and calendar."""
    _check_options(options)
    site = options.site_id
    students = _students(uow, site)
    top = _top_grade(students, options.top_grade)
    top_rank = grade_rank(top)
    loans, fees = _owing(uow, site)
    graduating: list[StudentLine] = []
    left: list[StudentLine] = []
    ungraded: list[StudentLine] = []
    promotions: dict[tuple[str, str], int] = {}
    for p in students:
        if p.status == "active":
            rank = grade_rank(p.grade)
            if rank is None:
                ungraded.append(_line(p, loans, fees, say("grade not understood: left as it is")))
            elif rank >= (top_rank if top_rank is not None else 99):
                graduating.append(_line(p, loans, fees))
            else:
                key = (p.grade, next_grade(p.grade) or p.grade)
                promotions[key] = promotions.get(key, 0) + 1
        elif p.status in ("left", "inactive") and (loans.get(p.id) or fees.get(p.id)):
            left.append(_line(p, loans, fees, _LEFT_NOTES[p.status]))
    # students who moved to another school of the district with this library's books;
    # teachers and staff with loans are not students, and do not move school at year-end
    student_ids = {p.id for p in students}
    moved_ids = [pid for pid in loans if pid not in student_ids]
    if moved_ids:
        for p in uow.session.scalars(
            select(Patron)
            .join(PatronType, Patron.patron_type_id == PatronType.id)
            .where(
                Patron.id.in_(moved_ids),
                PatronType.code == "student",
                Patron.site_id != site,
            )
        ):
            left.append(_line(p, loans, fees, say("moved to another school")))
    moves: list[tuple[str, str, str, str]] = []
    roster_new = roster_missing = 0
    if roster is not None:
        plan = preview_roster(uow, roster, mapping or RosterColumnMapping(), site_id=site)
        for change in plan.changed:
            for name, old, new in change.changes:
                if name == "homeroom":
                    moves.append((change.sis_id, change.name, old, new))
        roster_new = len(plan.new)
        # graduates are no longer active after the rollover, so they are not "missing"
        graduating_ids = {g.patron_id for g in graduating}
        roster_missing = sum(1 for m in plan.missing if m.patron_id not in graduating_ids)
    clear_ids = _fees_to_clear(uow, options.fee_policy, site)
    clear_cents = 0
    if clear_ids:
        paid = dict(
            uow.session.execute(
                select(FeePayment.fee_id, func.sum(FeePayment.amount_cents))
                .where(FeePayment.fee_id.in_(clear_ids))
                .group_by(FeePayment.fee_id)
            )
            .tuples()
            .all()
        )
        for fee_id, amount in uow.session.execute(
            select(Fee.id, Fee.amount_cents).where(Fee.id.in_(clear_ids))
        ):
            clear_cents += max(0, amount - int(paid.get(fee_id) or 0))
    open_fees = uow.session.scalar(
        select(func.count()).where(Fee.status == "open", Fee.site_id == site)
    )
    year_name, first, last = _year_range(uow, site, today or date.today())
    return YearEndPreview(
        top_grade=top,
        graduating=_attention_first(graduating),
        left_with_items=_attention_first(left),
        promotions=tuple(
            (old, new, n)
            for (old, new), n in sorted(
                promotions.items(), key=lambda kv: grade_rank(kv[0][0]) or 0
            )
        ),
        ungraded=tuple(ungraded),
        homeroom_moves=tuple(sorted(moves, key=lambda m: (m[3], m[1]))),
        roster_new=roster_new,
        roster_missing=roster_missing,
        roster_file=roster.file_name if roster else "",
        fee_policy=options.fee_policy,
        fees_to_clear=len(clear_ids),
        fees_to_clear_cents=clear_cents,
        fees_carried=int(open_fees or 0) - len(clear_ids),
        closed_year=year_name,
        new_year=options.new_year_name.strip(),
        closed_days_to_clear=_closed_days_to_clear(uow, options),
        statistics=year_statistics(uow, first, last, site),
    )


# --- apply and undo --------------------------------------------------------------------


def apply_year_end(
    database: Database,
    options: YearEndOptions,
    backup_folder: Path,
    *,
    roster: RosterFile | None = None,
    mapping: RosterColumnMapping | None = None,
    staff_name: str = "",
    staff_role: str = "librarian",
    today: date | None = None,
    progress: ProgressFn = _no_progress,
) -> YearEndResult:
    """Back up, then roll the school over. Every step is journaled; the backup undoes all.

    Graduates become "graduated" with their loans and fees kept on their record (never
    dropped); students who left are not promoted.
    """

    def uow() -> UnitOfWork:
        return database.unit_of_work(staff_name=staff_name, staff_role=staff_role)

    on_server = sqlite_path_of(database.url) is None
    if on_server and not options.server_backup_confirmed:
        raise ValidationError(
            say(
                "This library runs on a district database server, where LMS Desktop cannot "
                "take the backup before the rollover itself. Ask IT to back up the server, "
                "then confirm that they have (--server-backed-up on the command line)."
            )
        )

    with uow() as check:
        require_permission(check, Permission.EDIT_PATRONS)
        require_permission(check, Permission.EDIT_SETTINGS)
        preview = preview_year_end(check, options, roster=roster, mapping=mapping, today=today)
    progress(1, 6, say("Backing up the library before the rollover…"))
    backup_path = ""
    if not on_server:
        backup_path = str(make_backup(database, backup_folder, "year-end").path)
    site = options.site_id
    progress(2, 6, say("Promoting students and graduating the top grade…"))
    graduated = promoted = 0
    with uow() as work:
        top_rank = grade_rank(preview.top_grade)
        for p in _students(work, site):
            if p.status != "active":
                continue
            rank = grade_rank(p.grade)
            if rank is None:
                continue
            if top_rank is not None and rank >= top_rank:
                p.status = "graduated"
                graduated += 1
            else:
                p.grade = next_grade(p.grade) or p.grade
                promoted += 1
        rollover = YearEndRollover(
            site_id=site,
            at=utcnow(),
            staff_name=staff_name,
            closed_year=preview.closed_year,
            new_year=preview.new_year,
            backup_path=backup_path,
            options_json=json.dumps(
                {k: str(v) for k, v in asdict(options).items()}, ensure_ascii=False
            ),
            stats_json=json.dumps(preview.statistics, ensure_ascii=False),
        )
        work.session.add(rollover)
        work.session.flush()
        rollover_id = rollover.id
        owing = len(preview.graduating_owing)
        record_entry(
            work,
            "year_end",
            say(
                "Year-end {closed_year} → {new_year}: {graduated} graduated "
                "({owing} still with loans or fees), {promoted} promoted",
                closed_year=preview.closed_year,
                new_year=preview.new_year,
                graduated=graduated,
                owing=owing,
                promoted=promoted,
            ),
            site_id=site,
        )
        work.commit()
    moved = 0
    if roster is not None:
        progress(3, 6, say("Applying the new roster (homerooms)…"))
        with uow() as work:
            before = _homerooms(work, site)
            apply_roster(
                work,
                roster,
                mapping or RosterColumnMapping(),
                deactivate_missing=options.deactivate_missing_from_roster,
                site_id=site,
            )
        with uow() as work:
            # what the roster really changed (the dry run's count is only what it expected)
            after = _homerooms(work, site)
        moved = sum(1 for pid, room in before.items() if after.get(pid, room) != room)
    progress(4, 6, say("Fees…"))
    cleared = 0
    with uow() as work:
        fee_ids = _fees_to_clear(work, options.fee_policy, site)
    if fee_ids:
        from lms_desktop.circulation.fees import waive_fee

        note = say("Year-end {year}: cleared by the fee policy", year=preview.closed_year)
        for fee_id in fee_ids:
            with uow() as work:
                try:
                    waive_fee(work, fee_id, note=note)
                    cleared += 1
                except ValidationError:
                    continue  # nothing left to waive on it
    progress(5, 6, say("Calendar…"))
    closed_cleared = 0
    with uow() as work:
        closed_cleared = _closed_days_to_clear(work, options)
        if closed_cleared:
            work.session.execute(
                delete(ClosedDay).where(
                    ClosedDay.site_id == site, ClosedDay.day < options.new_first_day
                )
            )
            work.commit()
    with uow() as work:
        current = school_calendar(work, site).year
        save_school_year(
            work,
            SchoolYearView(
                options.new_year_name.strip(),
                options.new_first_day,
                options.new_last_day,
                current.school_weekdays if current else "12345",
                current.end_of_day if current else time(15, 0),
            ),
            site,
        )
    summary = say(
        "{closed_year} closed, {new_year} begins {first_day}: {graduated} graduated "
        "({owing} with loans or fees), {promoted} promoted, {moved} homeroom moves, "
        "{cleared} fees cleared, {closed_days} closed days cleared.",
        closed_year=preview.closed_year,
        new_year=preview.new_year,
        first_day=month_day_text(options.new_first_day, year=True),
        graduated=graduated,
        owing=len(preview.graduating_owing),
        promoted=promoted,
        moved=moved,
        cleared=cleared,
        closed_days=closed_cleared,
    )
    with uow() as work:
        row = work.session.get(YearEndRollover, rollover_id)
        assert row is not None
        row.summary = str(summary)
        work.commit()
    progress(6, 6, say("Done"))
    return YearEndResult(
        rollover_id, backup_path, graduated, promoted, moved, cleared, closed_cleared, summary
    )


def _rollover_view(r: YearEndRollover) -> RolloverView:
    return RolloverView(
        r.id,
        r.at,
        r.closed_year,
        r.new_year,
        r.backup_path,
        r.summary,
        json.loads(r.stats_json or "{}"),
    )


def _homerooms(uow: UnitOfWork, site_id: int) -> dict[int, str]:
    rows = uow.session.execute(
        select(Patron.id, Patron.homeroom)
        .join(PatronType, Patron.patron_type_id == PatronType.id)
        .where(PatronType.code == "student", Patron.site_id == site_id)
    )
    return dict(rows.tuples().all())


def rollovers(uow: UnitOfWork, *, site_id: int = DEFAULT_SITE_ID) -> list[RolloverView]:
    """Applied rollovers, newest first, with the archived statistics of each closed year."""
    rows = uow.session.scalars(
        select(YearEndRollover)
        .where(YearEndRollover.site_id == site_id)
        .order_by(YearEndRollover.at.desc(), YearEndRollover.id.desc())
    )
    return [_rollover_view(r) for r in rows]


def latest_rollover(uow: UnitOfWork, *, site_id: int = DEFAULT_SITE_ID) -> RolloverView | None:
    """The rollover that "Undo the last rollover" would undo, to name it before asking."""
    row = uow.session.scalar(
        select(YearEndRollover)
        .where(YearEndRollover.site_id == site_id)
        .order_by(YearEndRollover.at.desc(), YearEndRollover.id.desc())
        .limit(1)
    )
    return None if row is None else _rollover_view(row)


def rollover_age(rollover: RolloverView, now: datetime | None = None) -> timedelta:
    return (now or utcnow()) - rollover.at


def is_recent_rollover(rollover: RolloverView, now: datetime | None = None) -> bool:
    """Undo without forcing: the rollover was applied within UNDO_WINDOW."""
    return rollover_age(rollover, now) <= UNDO_WINDOW


def describe_rollover(rollover: RolloverView) -> Text:
    """“2026-27 → 2027-28, applied on Jun 8, 2027 at 14:05” (the computer's time zone)."""
    local = rollover.at.astimezone()
    return say(
        "{closed_year} → {new_year}, applied on {when}",
        closed_year=rollover.closed_year,
        new_year=rollover.new_year,
        when=say("{day} at {time}", day=month_day_text(local, year=True), time=f"{local:%H:%M}"),
    )


@dataclass(frozen=True)
class YearEndUndoResult:
    restored_from: str
    safety_copy: str
    closed_year: str


def undo_year_end(
    database: Database,
    safety_folder: Path,
    *,
    site_id: int = DEFAULT_SITE_ID,
    rollover_id: int | None = None,
    force: bool = False,
    now: datetime | None = None,
) -> YearEndUndoResult:
    """Put back the backup taken before the latest rollover (everything since is undone;
    the database as it is now is kept in `safety_folder` first). Closes every connection.

    `rollover_id` is the rollover the librarian was shown and confirmed: if another one is
    now the latest, nothing is restored. A rollover older than UNDO_WINDOW is a past
    year's (after one undo, the latest row left is last year's): it is refused unless
    `force`, because its backup would lose everything done since.
    """
    with database.unit_of_work() as uow:
        require_permission(uow, Permission.MANAGE_BACKUPS)
        latest = latest_rollover(uow, site_id=site_id)
        if latest is None:
            raise NotFoundError(
                say("No year-end rollover has been applied, so there is nothing to undo.")
            )
        if rollover_id is not None and latest.id != rollover_id:
            raise ConflictError(
                say(
                    "The last rollover is now {rollover}, not the one you confirmed. Nothing "
                    "was restored; look at it and choose Undo again.",
                    rollover=describe_rollover(latest),
                )
            )
        age = rollover_age(latest, now)
        if not force and age > UNDO_WINDOW:
            raise ConflictError(
                say(
                    "The last rollover in this library is {rollover}, {days} days ago. "
                    "Undoing it would put back the backup from before it and lose everything "
                    "done since. Nothing was restored. If that is really what you want, "
                    "confirm the undo of this older rollover (--force on the command line).",
                    rollover=describe_rollover(latest),
                    days=age.days,
                )
            )
        backup, closed_year = latest.backup_path, latest.closed_year
    db_file = sqlite_path_of(database.url)
    if db_file is None or not backup:
        raise ConflictError(
            say(
                "This rollover was made on a district database server; ask IT to restore the "
                "server's backup from before it."
            )
        )
    database.dispose()
    result = restore_backup(db_file, Path(backup), safety_folder)
    with database.unit_of_work() as uow:
        record_entry(
            uow,
            "year_end_undo",
            say(
                "Undid the year-end rollover of {year} from {file}",
                year=closed_year,
                file=Path(backup).name,
            ),
            site_id=site_id,
        )
        uow.commit()
    return YearEndUndoResult(str(result.restored_from), str(result.safety_copy or ""), closed_year)
