"""Overdue lists by homeroom (one page per teacher) and per-student notices (English/Spanish)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from string import Template

from sqlalchemy import select

from lms_desktop.circulation.models import Patron
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.reports.common import (
    ProgressFn,
    ReportParams,
    no_progress,
    school_name,
)
from lms_desktop.reports.document import Notice, PageBreak, ReportDocument, Table, Text
from lms_desktop.school.models import Site
from lms_desktop.school.settings import get_setting, set_setting
from lms_desktop.texts import say

NOTICE_TEMPLATE_KEY = "reports.notice_template.{language}"
LANGUAGES = {"en": "English", "es": "Español"}

DEFAULT_TEMPLATES = {
    "en": (
        "Library notice for $student\n"
        "Dear $student,\n"
        "Our records show that the library items below are overdue. Please bring them "
        "back to the library as soon as you can, or come and talk to us if something is "
        "lost or damaged. Thank you!\n"
        "— $school Library, $date"
    ),
    "es": (
        "Aviso de la biblioteca para $student\n"
        "Estimado/a $student:\n"
        "Según nuestros registros, los materiales de la biblioteca que aparecen abajo "
        "están atrasados. Por favor, devuélvelos a la biblioteca lo antes posible, o ven a "
        "hablar con nosotros si algo se perdió o se dañó. ¡Gracias!\n"
        "— Biblioteca de $school, $date"
    ),
}

_SPANISH_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()


@dataclass(frozen=True)
class OverdueLine:
    patron_id: int
    student: str
    patron_barcode: str
    grade: str
    language: str
    title: str
    barcode: str
    call_number: str
    due: date
    days_overdue: int


@dataclass(frozen=True)
class HomeroomOverdues:
    homeroom: str
    teacher: str
    lines: tuple[OverdueLine, ...]

    @property
    def students(self) -> int:
        return len({line.patron_id for line in self.lines})


def overdues_by_homeroom(
    uow: UnitOfWork, today: date, site_id: int | None = 1, grade: str = "", homeroom: str = ""
) -> tuple[HomeroomOverdues, ...]:
    """Every loan still out after its due day, grouped by the borrower's homeroom.

    The grouping is the circulation area's own (`circulation.notices`), so the desk and
    the printed lists always agree; this adds each student's grade and language (for
    notices) and the grade/homeroom filters. `site_id=None` covers every school.
    """
    from lms_desktop.circulation.notices import overdues_by_homeroom as desk_overdues

    sites = [site_id] if site_id is not None else list(uow.session.scalars(select(Site.id)))
    groups = [g for site in sites for g in desk_overdues(uow, today, site_id=site)]
    cards = sorted({line.patron_barcode for g in groups for line in g.lines})
    people: dict[str, tuple[int, str, str, str, str]] = {}
    for chunk in range(0, len(cards), 900):
        for row in uow.session.execute(
            select(
                Patron.barcode,
                Patron.id,
                Patron.first_name,
                Patron.last_name,
                Patron.grade,
                Patron.preferred_language,
            ).where(Patron.barcode.in_(cards[chunk : chunk + 900]))
        ):
            people[row[0]] = (row[1], row[2], row[3], row[4] or "", row[5] or "en")
    result: list[HomeroomOverdues] = []
    for group in groups:
        if homeroom and group.homeroom != homeroom:
            continue
        lines = []
        for line in group.lines:
            pid, first, last, pgrade, language = people.get(
                line.patron_barcode, (0, line.patron_name, "", "", "en")
            )
            if grade and pgrade != grade:
                continue
            lines.append(
                OverdueLine(
                    patron_id=pid,
                    student=f"{last}, {first}" if last else first,
                    patron_barcode=line.patron_barcode,
                    grade=pgrade,
                    language=language,
                    title=line.title,
                    barcode=line.item_barcode,
                    call_number=line.call_number,
                    due=line.due_on,
                    days_overdue=line.days_overdue,
                )
            )
        if lines:
            result.append(HomeroomOverdues(group.homeroom, group.teacher, tuple(lines)))
    return tuple(result)


def _today(params: ReportParams) -> date:
    return params.as_of


def overdues_by_homeroom_document(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn = no_progress
) -> ReportDocument:
    today = _today(params)
    progress(0, 2, say("Finding overdue items…"))
    groups = overdues_by_homeroom(
        uow, today, params.site_id, params.filter("grade"), params.filter("homeroom")
    )
    progress(1, 2, say("Building one page per teacher…"))
    blocks: list[Text | Table | PageBreak] = []
    for index, group in enumerate(groups):
        if index:
            blocks.append(PageBreak())
        room = group.homeroom or "No homeroom"
        heading = f"{group.teacher} — homeroom {room}" if group.teacher else room
        blocks.append(Text(heading, "heading"))
        blocks.append(
            Text(
                f"{group.students} student(s) have {len(group.lines)} overdue item(s) as of "
                f"{today:%A, %B %-d, %Y}. Please remind them to bring the items back to "
                "the library. Thank you!",
            )
        )
        blocks.append(
            Table(
                "",
                ("Student", "Title", "Barcode", "Due", "Days late"),
                tuple(
                    (x.student, x.title, x.barcode, x.due.strftime("%b %-d"), x.days_overdue)
                    for x in group.lines
                ),
                numeric=(False, False, False, False, True),
                widths=(1.6, 2.8, 1.0, 0.7, 0.7),
            )
        )
    if not groups:
        blocks.append(Text(f"Nothing is overdue as of {today:%B %-d, %Y}. Well done!"))
    return ReportDocument(
        name="overdues-by-homeroom",
        title="Overdue library items by homeroom",
        school_name=school_name(uow, params.site_id),
        start=None,
        end=today,
        generated_at=datetime.now(),
        blocks=tuple(blocks),
        filters=_filters(params),
    )


def notice_template(uow: UnitOfWork, language: str) -> str:
    """The editable notice text for a language (English when none is stored or known)."""
    language = language if language in DEFAULT_TEMPLATES else "en"
    stored = get_setting(uow, NOTICE_TEMPLATE_KEY.format(language=language), None)
    return str(stored) if stored else DEFAULT_TEMPLATES[language]


def save_notice_template(uow: UnitOfWork, language: str, text: str) -> None:
    """Store the notice text for a language; the caller commits. Empty text restores the default."""
    set_setting(uow, NOTICE_TEMPLATE_KEY.format(language=language), text.strip() or None)


def _spanish_date(day: date) -> str:
    return f"{day.day} de {_SPANISH_MONTHS[day.month - 1]} de {day.year}"


def student_notices_document(
    uow: UnitOfWork, params: ReportParams, progress: ProgressFn = no_progress
) -> ReportDocument:
    """One notice per student with overdue items, in the student's language or the one chosen.

    The `language` filter is `auto` (each student's preferred language), `en` or `es`.
    """
    today = _today(params)
    choice = params.filter("language") or "auto"
    groups = overdues_by_homeroom(
        uow, today, params.site_id, params.filter("grade"), params.filter("homeroom")
    )
    school = school_name(uow, params.site_id)
    templates = {lang: notice_template(uow, lang) for lang in DEFAULT_TEMPLATES}
    blocks: list[Notice] = []
    flat: list[tuple[str, str, str, str, str, str, str, int]] = []
    total = sum(g.students for g in groups)
    for group in groups:
        by_student: dict[int, list[OverdueLine]] = defaultdict(list)
        for line in group.lines:
            by_student[line.patron_id].append(line)
        for lines in by_student.values():
            first = lines[0]
            language = first.language if choice == "auto" else choice
            language = language if language in templates else "en"
            last, _, given = first.student.partition(", ")
            values = {
                "student": f"{given} {last}".strip(),
                "homeroom": group.homeroom,
                "teacher": group.teacher,
                "school": school,
                "date": _spanish_date(today) if language == "es" else f"{today:%B %-d, %Y}",
                "count": str(len(lines)),
            }
            text = Template(templates[language]).safe_substitute(values)
            heading, *paragraphs = [p for p in text.split("\n") if p.strip()] or [""]
            spanish = language == "es"
            columns = (
                ("Título", "Código", "Fecha de devolución", "Días de atraso")
                if spanish
                else ("Title", "Barcode", "Due", "Days late")
            )
            room = f"{group.teacher} · {group.homeroom}".strip(" ·")
            flat.extend(
                (x.student, group.homeroom, group.teacher, language, x.title, x.barcode,
                 x.due.isoformat(), x.days_overdue)
                for x in lines
            )  # fmt: skip
            blocks.append(
                Notice(
                    heading=heading,
                    paragraphs=(room, *paragraphs) if room else tuple(paragraphs),
                    table=Table(
                        "",
                        columns,
                        tuple(
                            (x.title, x.barcode, x.due.isoformat(), x.days_overdue) for x in lines
                        ),
                        numeric=(False, False, False, True),
                        widths=(3.0, 1.2, 1.2, 1.0),
                    ),
                )
            )
            if len(blocks) % 50 == 0:
                progress(len(blocks), total, say("Writing notices…"))
    return ReportDocument(
        name="overdue-notices",
        title="Overdue notices for students",
        school_name=school,
        start=None,
        end=today,
        generated_at=datetime.now(),
        blocks=tuple(blocks)
        or (Text(f"Nothing is overdue as of {today:%B %-d, %Y}: no notices to print."),),
        filters=_filters(params),
        data_tables=(
            Table(
                "Notices",
                (
                    "Student",
                    "Homeroom",
                    "Teacher",
                    "Language",
                    "Title",
                    "Barcode",
                    "Due",
                    "Days late",
                ),
                tuple(flat),
                numeric=(False,) * 7 + (True,),
            ),
        ),
    )


def _filters(params: ReportParams) -> tuple[tuple[str, str], ...]:
    return tuple((k.capitalize(), v) for k, v in sorted(params.filters.items()) if v)
