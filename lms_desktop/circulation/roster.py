"""Roster import from a student information system CSV: read, map, preview, apply, undo."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, delete, exists, select, update

from lms_desktop.circulation.barcodes import barcode_spellings
from lms_desktop.circulation.journal import ChangeLog, decode_value, encode_value, record_entry
from lms_desktop.circulation.models import Fee, Hold, Item, JournalEntry, Loan, Patron, PatronType
from lms_desktop.circulation.models import RosterImport as RosterImportRow
from lms_desktop.db.base import utcnow
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import ConflictError, NotFoundError, ValidationError
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.school.models import DEFAULT_SITE_ID
from lms_desktop.texts import Text, joined, say, text_from_json, text_to_json

# Files bigger than this are not rosters.
MAX_ROSTER_BYTES = 50 * 1024 * 1024
PATRON_FIELDS = (
    "first_name",
    "last_name",
    "grade",
    "homeroom",
    "homeroom_teacher",
    "barcode",
    "email",
    "guardian_email",
)
# Header spellings seen in SIS exports (PowerSchool, Infinite Campus, Skyward, Aeries…),
# compared lower-case with spaces, dots, dashes and underscores removed.
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "sis_id": (
        "studentid",
        "studentnumber",
        "studentno",
        "sisid",
        "id",
        "localid",
        "permid",
        "studentidnumber",
        "personid",
        "staffid",
        "employeeid",
    ),
    "first_name": ("firstname", "first", "givenname", "studentfirstname", "fname"),
    "last_name": ("lastname", "last", "surname", "familyname", "studentlastname", "lname"),
    "grade": ("grade", "gradelevel", "gr", "grd", "year", "yeargroup"),
    "homeroom": (
        "homeroom",
        "homeroomnumber",
        "room",
        "hr",
        "homeroomroom",
        "advisory",
        "class",
        "form",
    ),
    "homeroom_teacher": (
        "homeroomteacher",
        "teacher",
        "hrteacher",
        "teachername",
        "advisor",
        "homeroomteachername",
    ),
    "barcode": ("barcode", "librarybarcode", "librarycard", "cardnumber", "card"),
    "email": ("email", "studentemail", "emailaddress", "mail"),
    "guardian_email": (
        "guardianemail",
        "parentemail",
        "contactemail",
        "guardian1email",
        "parentguardianemail",
    ),
    "patron_type": ("patrontype", "type", "role", "usertype"),
}


@dataclass(frozen=True)
class RosterColumnMapping:
    """Which CSV column (by header text) feeds which patron field; "" = not in the file.

    `sis_id` is required: it ties a row to the same student next year. The desk stores
    this mapping in settings (`asdict`/`RosterColumnMapping(**saved)`).
    """

    sis_id: str = ""
    first_name: str = ""
    last_name: str = ""
    grade: str = ""
    homeroom: str = ""
    homeroom_teacher: str = ""
    barcode: str = ""
    email: str = ""
    guardian_email: str = ""
    patron_type: str = ""


@dataclass(frozen=True)
class RosterFile:
    """A roster file read into memory, text decoded and delimiter found."""

    file_name: str
    encoding: str  # utf-8 | utf-8-sig | utf-16 | cp1252
    delimiter: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class RosterChange:
    """One patron the import would add or change."""

    sis_id: str
    name: str
    patron_id: int | None  # None for a new patron
    changes: tuple[tuple[str, str, str], ...]  # (field, old, new)
    moved: bool  # homeroom or grade changed


@dataclass(frozen=True)
class RosterRowProblem:
    line: int
    message: str


@dataclass(frozen=True)
class RosterPreview:
    """What applying would do; nothing has changed yet."""

    file_name: str
    new: tuple[RosterChange, ...]
    changed: tuple[RosterChange, ...]
    moved: tuple[RosterChange, ...]  # subset of changed: homeroom or grade moved
    unchanged_count: int
    missing: tuple[RosterChange, ...]  # active students with a SIS id not in the file
    problems: tuple[RosterRowProblem, ...]


@dataclass(frozen=True)
class RosterImportResult:
    import_id: int
    added: int
    changed: int
    deactivated: int
    summary: str


# --- reading -----------------------------------------------------------------------------


def read_roster(path: Path) -> RosterFile:
    """Read a CSV roster: UTF-8 (with or without BOM), else cp1252; sniffed delimiter.
    Raises ValidationError with a clear message for binary, empty or malformed files, and
    for text that looks garbled by a wrong encoding (`garbled_words`)."""
    try:
        size = path.stat().st_size
        if size > MAX_ROSTER_BYTES:
            raise ValidationError(
                say(
                    "{file} is {size} MB, too big for a roster. Export only the students "
                    "(CSV) from your student information system.",
                    file=path.name,
                    size=size // (1024 * 1024),
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            say("{file} cannot be read ({reason}).", file=path.name, reason=exc.strerror)
        ) from exc
    return parse_roster_bytes(data, path.name)


# What Windows-1252 makes of the bytes 0x80-0xBF: the continuation bytes of UTF-8.
_CONTINUATION = "".join(
    bytes([b]).decode("cp1252")
    for b in range(0x80, 0xC0)
    if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)  # not in Windows-1252
)
# UTF-8 text read as Windows-1252 and saved again as UTF-8: "José" became "JosÃ©".
_DOUBLE_ENCODED = re.compile(
    f"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}"
)
# The accented letters each language that Windows-1252 can spell puts together in one
# word. A word whose accents fit none of them (Latin-2 "Dvořák" read as "Dvoøák": ø with
# á) comes from a file in another encoding.
_ACCENT_SETS = (
    "áéíóúñü",  # Spanish
    "áâãàçéêíóôõúü",  # Portuguese
    "àâæçéèêëîïôœùûüÿ",  # French
    "äöüß",  # German
    "àèéìíîòóùú",  # Italian
    "àèéíïòóúüç",  # Catalan
    "áéèëïóöüíúàäô",  # Dutch
    "æøåéóàôü",  # Danish, Norwegian
    "åäöéüšž",  # Swedish, Finnish
    "áðéíóúýþæö",  # Icelandic
    "áéíóúýšžäôčďěňřťů",  # Czech, Slovak (as far as Windows-1252 goes)
    "áéíóöúü",  # Hungarian
    "çöüâîû",  # Turkish
)
# Never a sign of a wrong encoding inside a name: apostrophes and the Catalan middle dot.
_NAME_MARKS = "’‘·"
_QUOTES_AND_DASHES = "–—“”„‚«»‹›…"


def garbled_words(text: str, *, read_as_cp1252: bool = True, limit: int = 3) -> list[str]:
    """Up to `limit` words of `text` that look garbled: UTF-8 saved twice ("JosÃ©") and,
    for text read as Windows-1252 (`read_as_cp1252`), another encoding read that way
    ("Micha³", "JosŽ", "Nu–ez", "Dvoøák"). [] for text that reads naturally.

    Text that really is UTF-8 is only checked for the double conversion: any name at all
    (Nguyễn, Michał) can be spelled in UTF-8."""
    found: list[str] = []
    for token in re.findall(r"[^\s,;|\t\"]+", text):
        if token.isascii():
            continue
        garbled = (
            _token_is_garbled(token) if read_as_cp1252 else bool(_DOUBLE_ENCODED.search(token))
        )
        if garbled and token not in found:
            found.append(token)
            if len(found) >= limit:
                break
    return found


def _token_is_garbled(token: str) -> bool:
    if _DOUBLE_ENCODED.search(token):
        return True
    for i, ch in enumerate(token):
        if ch.isascii() or ch in _NAME_MARKS:
            continue
        before = token[i - 1] if i > 0 else ""
        after = token[i + 1] if i + 1 < len(token) else ""
        if unicodedata.category(ch)[0] not in "LMZ":
            # a symbol where a letter belongs: "Nu–ez", "Micha³", "£ukasz"
            if before.isalpha() and after.isalpha() and after.islower():
                return True
            if ch not in _QUOTES_AND_DASHES and (
                (before.isalpha() and not after) or (not before and after.islower())
            ):
                return True
        elif ch.isupper() and before.isalpha() and before.islower():
            return True  # a capital in mid-word: "JosŽ", "MŸller"
    for word in re.findall(r"[^\W\d_]+", token):
        # cased letters only: the ordinals º and ª ("5º grado") are no accent
        accents = {ch for ch in word.lower() if not ch.isascii() and ch.upper() != ch}
        if accents and not any(accents <= set(langs) for langs in _ACCENT_SETS):
            return True
    return False


def _refuse_garbled(text: str, file_name: str, encoding: str) -> None:
    words = garbled_words(text, read_as_cp1252=encoding == "cp1252")
    if not words:
        return
    sample = joined(*(say("“{word}”", word=w) for w in words), sep=", ")
    if encoding.startswith("utf-8"):
        what = say(
            "its accented letters were converted to UTF-8 twice on the way (by a program "
            "that opened and saved it). Nothing was imported. Export the roster again from "
            "your student information system as “CSV UTF-8” and import that file as it is"
        )
    else:
        what = say(
            "it is not UTF-8, and read as Windows-1252 (the older Excel encoding) its "
            "accented letters come out wrong, so it was saved in another encoding (such as "
            "Central European ISO-8859-2 or Mac OS Roman). Nothing was imported. Export "
            "the roster again from your student information system as “CSV UTF-8”, or "
            "open it in a spreadsheet program, check the names and save it as “CSV UTF-8 "
            "(comma delimited)”, then import that file"
        )
    raise ValidationError(
        say("{file} looks garbled ({sample}): {what}.", file=file_name, sample=sample, what=what)
    )


def _decode(data: bytes, file_name: str) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ValidationError(
                say("{file} is damaged: its UTF-16 text is broken.", file=file_name)
            ) from exc
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError(
            say(
                "{file} is a spreadsheet, not a CSV file. Open it in your spreadsheet "
                "program and save it as “CSV (comma delimited)”, then import that file.",
                file=file_name,
            )
        )
    control = sum(1 for b in data[:65536] if b < 9 or 13 < b < 32)
    if b"\x00" in data or control > len(data[:65536]) // 100:
        raise ValidationError(
            say(
                "{file} is not a text file. Export the roster from your student information "
                "system as CSV and import that.",
                file=file_name,
            )
        )
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise ValidationError(
                say(
                    "{file} says it is UTF-8 but is not. Export it again as CSV UTF-8.",
                    file=file_name,
                )
            ) from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise ValidationError(
            say(
                "The characters in {file} are in an encoding LMS Desktop does not know. "
                "Export it again as “CSV UTF-8”.",
                file=file_name,
            )
        ) from exc


def parse_roster_bytes(data: bytes, file_name: str = "roster.csv") -> RosterFile:
    """Like `read_roster` for bytes already in memory."""
    if not data.strip():
        raise ValidationError(say("{file} is empty. Export the roster again.", file=file_name))
    text, encoding = _decode(data, file_name)
    if encoding != "utf-16":
        _refuse_garbled(text, file_name, encoding)
    sample = text[:20000]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[str, ...]] = []
    try:
        for record in reader:
            rows.append(tuple(cell.strip() for cell in record))
    except csv.Error as exc:
        raise ValidationError(
            say(
                "{file} is not a well-formed CSV file (line {line}: {error}). "
                "Export it again, or fix that line in a spreadsheet.",
                file=file_name,
                line=reader.line_num,
                error=str(exc),
            )
        ) from exc
    rows = [r for r in rows if any(r)]
    if not rows:
        raise ValidationError(say("{file} has no rows. Export the roster again.", file=file_name))
    headers = rows[0]
    if len(headers) < 2 or not all(headers):
        raise ValidationError(
            say(
                "{file} does not start with a line of column names (like “Student ID, First "
                "Name, Last Name, Grade”). Export it with headers.",
                file=file_name,
            )
        )
    body = rows[1:]
    bad = [i for i, r in enumerate(body, start=2) if len(r) != len(headers)]
    if bad and len(bad) > max(2, len(body) // 20):
        raise ValidationError(
            say(
                "{file} is malformed: {bad} lines do not have {columns} columns "
                "(first: line {first}). Nothing was imported. Export the roster again.",
                file=file_name,
                bad=len(bad),
                columns=len(headers),
                first=bad[0],
            )
        )
    return RosterFile(
        file_name=file_name,
        encoding=encoding,
        delimiter=delimiter,
        headers=headers,
        rows=tuple(body),
    )


def _squash(header: str) -> str:
    return re.sub(r"[\s._\-#/]", "", header.lower())


def guess_mapping(headers: tuple[str, ...]) -> RosterColumnMapping:
    """A first mapping from common SIS header names (Student ID, First Name, Grade…)."""
    squashed = {_squash(h): h for h in reversed(headers)}
    found: dict[str, str] = {}
    for field_name, names in HEADER_SYNONYMS.items():
        for name in names:
            if name in squashed and squashed[name] not in found.values():
                found[field_name] = squashed[name]
                break
    return RosterColumnMapping(**found)


# --- preview -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Planned:
    preview: RosterPreview
    new_rows: tuple[dict[str, Any], ...]
    updates: tuple[tuple[int, dict[str, Any]], ...]
    missing_ids: tuple[int, ...]


# how a message names each field of the mapping (its name with spaces)
_FIELD_WORDS: dict[str, Text] = {
    "sis_id": say("sis id"),
    "first_name": say("first name"),
    "last_name": say("last name"),
    "grade": say("grade"),
    "homeroom": say("homeroom"),
    "homeroom_teacher": say("homeroom teacher"),
    "barcode": say("barcode"),
    "email": say("email"),
    "guardian_email": say("guardian email"),
    "patron_type": say("patron type"),
}


def _item_clash(barcode: str) -> Text:
    return say(
        "card barcode {barcode} is a book's or a device's barcode; skipped (give this "
        "student another card number)",
        barcode=barcode,
    )


def _someone_elses(barcode: str) -> Text:
    return say("card barcode {barcode} is already someone else's", barcode=barcode)


def _barcodes_on_items(uow: UnitOfWork, roster: RosterFile, index: dict[str, int]) -> set[str]:
    """The card barcodes in the file (or the student IDs that become them) that a book or
    device already has, in lower case: one barcode must mean one thing at the desk."""
    wanted: set[str] = set()
    for row in roster.rows:
        if len(row) != len(roster.headers):
            continue
        for column in ("barcode", "sis_id"):
            at = index.get(column)
            if at is not None and row[at]:
                wanted |= barcode_spellings(row[at])
    found: set[str] = set()
    ordered = sorted(wanted)
    for start in range(0, len(ordered), 500):  # through the unique index, 500 at a time
        part = ordered[start : start + 500]
        taken = uow.session.scalars(select(Item.barcode).where(Item.barcode.in_(part)))
        found.update(barcode.lower() for barcode in taken)
    return found


def _plan(
    uow: UnitOfWork, roster: RosterFile, mapping: RosterColumnMapping, site_id: int
) -> _Planned:
    if not mapping.sis_id:
        raise ValidationError(say("Choose which column holds the student ID: it is required."))
    if not (mapping.first_name or mapping.last_name):
        raise ValidationError(say("Choose which columns hold the first and last names."))
    index: dict[str, int] = {}
    for field in fields(RosterColumnMapping):
        header = getattr(mapping, field.name)
        if not header:
            continue
        if header not in roster.headers:
            raise ValidationError(
                say(
                    "The column “{header}” (for {field}) is not in {file}. Map the columns again.",
                    header=header,
                    field=_FIELD_WORDS.get(field.name) or field.name.replace("_", " "),
                    file=roster.file_name,
                )
            )
        index[field.name] = roster.headers.index(header)
    session = uow.session
    type_ids = dict(session.execute(select(PatronType.code, PatronType.id)).tuples().all())
    existing = {
        p.sis_id: p
        for p in session.scalars(
            select(Patron).where(Patron.site_id == site_id, Patron.sis_id.is_not(None))
        )
    }
    barcodes = dict(session.execute(select(Patron.barcode, Patron.id)).tuples().all())
    on_items = _barcodes_on_items(uow, roster, index)
    problems: list[RosterRowProblem] = []
    new: list[RosterChange] = []
    changed: list[RosterChange] = []
    new_rows: list[dict[str, Any]] = []
    updates: list[tuple[int, dict[str, Any]]] = []
    unchanged = 0
    seen: set[str] = set()
    types_in_file: set[int] = set()
    for line, row in enumerate(roster.rows, start=2):
        if len(row) != len(roster.headers):
            problems.append(
                RosterRowProblem(
                    line,
                    say(
                        "has {count} columns instead of {columns}",
                        count=len(row),
                        columns=len(roster.headers),
                    ),
                )
            )
            continue
        values = {name: row[i] for name, i in index.items()}
        sis_id = values.pop("sis_id", "")
        if not sis_id:
            problems.append(RosterRowProblem(line, say("has no student ID; skipped")))
            continue
        if sis_id in seen:
            problems.append(
                RosterRowProblem(line, say("repeats student ID {sis_id}; skipped", sis_id=sis_id))
            )
            continue
        seen.add(sis_id)
        type_code = (values.pop("patron_type", "") or "student").lower()
        if type_code not in type_ids:
            problems.append(
                RosterRowProblem(line, say("has an unknown patron type “{type}”", type=type_code))
            )
            continue
        types_in_file.add(type_ids[type_code])
        name = f"{values.get('first_name', '')} {values.get('last_name', '')}".strip()
        if not name:
            problems.append(
                RosterRowProblem(line, say("student {sis_id} has no name; skipped", sis_id=sis_id))
            )
            continue
        patron = existing.get(sis_id)
        if patron is None:
            barcode = values.get("barcode") or sis_id
            if barcode in barcodes:
                problems.append(RosterRowProblem(line, _someone_elses(barcode)))
                continue
            if barcode.lower() in on_items:
                problems.append(RosterRowProblem(line, _item_clash(barcode)))
                continue
            barcodes[barcode] = -1
            record: dict[str, Any] = {f: values.get(f, "") for f in PATRON_FIELDS if f in values}
            record.update(
                barcode=barcode,
                sis_id=sis_id,
                patron_type_id=type_ids[type_code],
                status="active",
                site_id=site_id,
            )
            new_rows.append(record)
            new.append(RosterChange(sis_id, name, None, (), False))
            continue
        diffs: dict[str, Any] = {}
        listed: list[tuple[str, str, str]] = []
        for field_name in PATRON_FIELDS:
            if field_name not in values:
                continue
            value = values[field_name]
            if field_name == "barcode":
                if not value or value == patron.barcode:
                    continue
                owner = barcodes.get(value)
                if owner is not None and owner != patron.id:
                    problems.append(RosterRowProblem(line, _someone_elses(value)))
                    continue
                if value.lower() in on_items:
                    problems.append(RosterRowProblem(line, _item_clash(value)))
                    continue
            if getattr(patron, field_name) != value:
                diffs[field_name] = value
                listed.append((field_name, getattr(patron, field_name), value))
        if patron.status != "active":
            diffs["status"] = "active"
            listed.append(("status", patron.status, "active"))
        if patron.patron_type_id != type_ids[type_code] and "patron_type" in index:
            diffs["patron_type_id"] = type_ids[type_code]
            listed.append(("patron_type", "", type_code))
        if diffs:
            moved = "grade" in diffs or "homeroom" in diffs or "homeroom_teacher" in diffs
            changed.append(RosterChange(sis_id, name, patron.id, tuple(listed), moved))
            updates.append((patron.id, diffs))
        else:
            unchanged += 1
    if not types_in_file:
        types_in_file = {type_ids.get("student", -1)}
    missing = [
        p
        for sis, p in existing.items()
        if sis not in seen and p.status == "active" and p.patron_type_id in types_in_file
    ]
    missing.sort(key=lambda p: (p.last_name, p.first_name))
    preview = RosterPreview(
        file_name=roster.file_name,
        new=tuple(new),
        changed=tuple(changed),
        moved=tuple(c for c in changed if c.moved),
        unchanged_count=unchanged,
        missing=tuple(
            RosterChange(
                p.sis_id or "",
                f"{p.first_name} {p.last_name}",
                p.id,
                (("status", p.status, "inactive"),),
                False,
            )
            for p in missing
        ),
        problems=tuple(problems),
    )
    return _Planned(preview, tuple(new_rows), tuple(updates), tuple(p.id for p in missing))


def preview_roster(
    uow: UnitOfWork,
    roster: RosterFile,
    mapping: RosterColumnMapping,
    *,
    site_id: int = DEFAULT_SITE_ID,
) -> RosterPreview:
    """Compare the file with the patrons table. Raises ValidationError when the mapping
    misses a required column."""
    return _plan(uow, roster, mapping, site_id).preview


# --- apply and undo ----------------------------------------------------------------------


def apply_roster(
    uow: UnitOfWork,
    roster: RosterFile,
    mapping: RosterColumnMapping,
    *,
    deactivate_missing: bool = True,
    site_id: int = DEFAULT_SITE_ID,
) -> RosterImportResult:
    """Apply the file in one transaction and keep what is needed to undo it. Commits."""
    require_permission(uow, Permission.EDIT_PATRONS)
    plan = _plan(uow, roster, mapping, site_id)
    session = uow.session
    changes = ChangeLog()
    added = []
    for record in plan.new_rows:
        patron = Patron(**record)
        session.add(patron)
        added.append(patron)
    session.flush()
    for patron in added:
        changes.insert(patron)
    if plan.updates:
        by_id = {
            p.id: p
            for p in session.scalars(
                select(Patron).where(Patron.id.in_([pid for pid, _ in plan.updates]))
            )
        }
        for patron_id, diffs in plan.updates:
            changes.update(by_id[patron_id], **diffs)
    deactivated = 0
    if deactivate_missing and plan.missing_ids:
        for patron in session.scalars(select(Patron).where(Patron.id.in_(plan.missing_ids))):
            changes.update(patron, status="inactive")
            deactivated += 1
    session.flush()
    summary = say(
        "Roster {file}: {added} new, {changed} changed ({moved} moved), "
        "{deactivated} made inactive, {skipped} lines skipped",
        file=roster.file_name,
        added=len(added),
        changed=len(plan.updates),
        moved=len(plan.preview.moved),
        deactivated=deactivated,
        skipped=len(plan.preview.problems),
    )
    row = RosterImportRow(
        site_id=site_id,
        at=utcnow(),
        file_name=roster.file_name[:300],
        summary=summary[:500],
        undo_json=json.dumps(
            {"ops": changes.ops, "summary_text": text_to_json(summary)}, ensure_ascii=False
        ),
    )
    session.add(row)
    session.flush()
    record_entry(uow, "roster_import", summary, site_id=site_id)
    uow.commit()
    return RosterImportResult(row.id, len(added), len(plan.updates), deactivated, summary)


def _has_history(uow: UnitOfWork, patron_id: int) -> bool:
    session = uow.session
    return bool(
        session.scalar(
            select(
                exists().where(Loan.patron_id == patron_id)
                | exists().where(Hold.patron_id == patron_id)
                | exists().where(Fee.patron_id == patron_id)
            )
        )
    )


def undo_roster_import(uow: UnitOfWork, import_id: int) -> RosterImportResult:
    """Put every patron back as it was before the import (new ones are removed unless
    they have borrowed since, then made inactive). Commits."""
    require_permission(uow, Permission.EDIT_PATRONS)
    session = uow.session
    row = session.get(RosterImportRow, import_id)
    if row is None:
        raise NotFoundError(say("That roster import is no longer recorded."))
    if row.undone_at is not None:
        raise ConflictError(say("The import of {file} was already undone.", file=row.file_name))
    ops = json.loads(row.undo_json or "{}").get("ops", [])
    table = cast(Table, Patron.__table__)
    removed = restored = kept = 0
    for op in reversed(ops):
        patron_id = op["pk"]["id"]
        if op["op"] == "insert":
            if _has_history(uow, patron_id):
                session.execute(
                    update(table).where(table.c.id == patron_id).values(status="inactive")
                )
                kept += 1
            else:
                session.execute(
                    update(JournalEntry)
                    .where(JournalEntry.patron_id == patron_id)
                    .values(patron_id=None)
                )
                session.execute(delete(table).where(table.c.id == patron_id))
                removed += 1
            continue
        current = session.execute(
            select(*[table.c[name] for name in op["new"]]).where(table.c.id == patron_id)
        ).first()
        if current is None:
            continue
        # restore only what nobody has edited since the import
        back = {
            name: decode_value(op["old"][name])
            for name, value in zip(op["new"], current, strict=True)
            if encode_value(value) == op["new"][name]
        }
        if back:
            session.execute(update(table).where(table.c.id == patron_id).values(**back))
            restored += 1
    row.undone_at = utcnow()
    summary = say(
        "Undid roster {file}: {removed} new patrons removed, {kept} kept as "
        "inactive (they borrowed since), {restored} restored",
        file=row.file_name,
        removed=removed,
        kept=kept,
        restored=restored,
    )
    record_entry(uow, "roster_undo", summary, site_id=row.site_id)
    uow.commit()
    return RosterImportResult(row.id, removed, restored, kept, summary)


def roster_imports(uow: UnitOfWork, *, limit: int = 20) -> list[tuple[int, str, str, bool]]:
    """Recent imports as (id, when ISO, summary, undone), newest first."""
    rows = uow.session.scalars(
        select(RosterImportRow).order_by(RosterImportRow.at.desc()).limit(limit)
    ).all()
    return [(r.id, r.at.isoformat(), stored_summary(r), r.undone_at is not None) for r in rows]


def stored_summary(row: RosterImportRow) -> str:
    """The import's summary; translatable when the import kept it as a Text."""
    try:
        payload = json.loads(row.undo_json or "{}")
    except ValueError:
        return row.summary
    if isinstance(payload, dict) and "summary_text" in payload:
        text = text_from_json(payload["summary_text"])
        if text == row.summary:
            return text
    return row.summary
