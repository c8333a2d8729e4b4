"""Label sheet templates as data (Avery, Demco, Gaylord, user-defined) and printer offsets."""

from __future__ import annotations

import csv
import re
from dataclasses import asdict, dataclass
from functools import cache
from importlib import resources

from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.school.settings import get_setting, set_setting
from lms_desktop.texts import Text, joined, say

POINTS_PER_INCH = 72.0
POINTS_PER_MM = 72.0 / 25.4
USER_SHEETS_KEY = "labels.user_sheets"
PRINTER_OFFSETS_KEY = "labels.printer_offsets"
DEFAULT_PRINTER = "default"


@dataclass(frozen=True)
class SheetTemplate:
    """One sheet of labels; every length is in inches, as the manufacturers publish them."""

    name: str
    code: str
    page_width: float
    page_height: float
    label_width: float
    label_height: float
    columns: int
    rows: int
    left_margin: float
    top_margin: float
    h_pitch: float
    v_pitch: float
    source: str = ""
    user_defined: bool = False

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def label_rect(self, position: int) -> tuple[float, float, float, float]:
        """(left, bottom, width, height) in PDF points of the 0-based `position` on a sheet.

        Positions run left to right, then top to bottom, as a sheet is read.
        """
        if not 0 <= position < self.per_sheet:
            raise ValueError(f"position {position} is not on a {self.per_sheet}-label sheet")
        row, column = divmod(position, self.columns)
        left = (self.left_margin + column * self.h_pitch) * POINTS_PER_INCH
        top = self.page_height - self.top_margin - row * self.v_pitch
        bottom = (top - self.label_height) * POINTS_PER_INCH
        return (
            left,
            bottom,
            self.label_width * POINTS_PER_INCH,
            self.label_height * POINTS_PER_INCH,
        )

    def validate(self) -> None:
        """Refuse a sheet whose labels would fall off the page or overlap."""
        problems: list[Text] = []
        if min(self.page_width, self.page_height, self.label_width, self.label_height) <= 0:
            problems.append(say("every size must be more than zero"))
        if self.columns < 1 or self.rows < 1:
            problems.append(say("a sheet needs at least one column and one row"))
        if self.columns > 1 and self.h_pitch < self.label_width - 1e-6:
            problems.append(
                say("labels overlap side by side (the across pitch is below the width)")
            )
        if self.rows > 1 and self.v_pitch < self.label_height - 1e-6:
            problems.append(
                say("labels overlap top to bottom (the down pitch is below the height)")
            )
        right = self.left_margin + (self.columns - 1) * self.h_pitch + self.label_width
        bottom = self.top_margin + (self.rows - 1) * self.v_pitch + self.label_height
        if right > self.page_width + 1e-6 or bottom > self.page_height + 1e-6:
            problems.append(say("the last labels fall off the page"))
        if problems:
            raise ValidationError(
                say(
                    "The label sheet '{name}' cannot be used: {problems}. "
                    "Check the measurements against the sheet's package.",
                    name=self.name,
                    problems=joined(*problems, sep="; "),
                )
            )


def sheet_code(name: str) -> str:
    """A short name to type: 'Avery 5160' -> 'avery-5160', Demco '... 4 lines)' -> '...-4line'."""
    base, _, rest = name.partition("(")
    code = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-")
    lines = re.search(r"(\d+)\s*lines?", rest)
    return f"{code}-{lines.group(1)}line" if lines else code


def _inches(text: str) -> float | None:
    text = text.strip()
    return None if text in ("", "-") else float(text)


@cache
def builtin_sheets() -> tuple[SheetTemplate, ...]:
    """The sheets from the packaged geometry table; the first row of each sheet name wins."""
    source = resources.files("lms_desktop").joinpath("resources/labels/label_geometries.tsv")
    sheets: dict[str, SheetTemplate] = {}
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            name = row["sheet"].strip()
            if name in sheets:
                continue
            width = float(row["label_w_in"])
            height = float(row["label_h_in"])
            h_pitch = _inches(row["h_pitch_in"]) or width + (_inches(row["col_gap_in"]) or 0)
            v_pitch = _inches(row["v_pitch_in"]) or height + (_inches(row["row_gap_in"]) or 0)
            sheets[name] = SheetTemplate(
                name=name,
                code=sheet_code(name),
                page_width=float(row["page_w_in"]),
                page_height=float(row["page_h_in"]),
                label_width=width,
                label_height=height,
                columns=int(row["cols"]),
                rows=int(row["rows"]),
                left_margin=float(row["left_margin_in"]),
                top_margin=float(row["top_margin_in"]),
                h_pitch=h_pitch,
                v_pitch=v_pitch,
                source=f"{row['source_repo']}: {row['source_path']}",
            )
    return tuple(sheets.values())


def user_sheets(uow: UnitOfWork) -> tuple[SheetTemplate, ...]:
    stored = get_setting(uow, USER_SHEETS_KEY, []) or []
    found = []
    for data in stored:
        try:
            found.append(SheetTemplate(**{**data, "user_defined": True}))
        except TypeError:
            continue  # a damaged entry is skipped rather than breaking every label job
    return tuple(found)


def all_sheets(uow: UnitOfWork | None = None) -> tuple[SheetTemplate, ...]:
    return builtin_sheets() + (user_sheets(uow) if uow is not None else ())


def save_user_sheet(uow: UnitOfWork, sheet: SheetTemplate) -> SheetTemplate:
    """Add or replace a user-defined sheet (by name); the caller commits."""
    sheet = SheetTemplate(**{**asdict(sheet), "code": sheet_code(sheet.name), "user_defined": True})
    sheet.validate()
    if any(s.code == sheet.code for s in builtin_sheets()):
        raise ValidationError(
            say(
                "'{name}' is the name of a built-in sheet. Give your sheet another name.",
                name=sheet.name,
            )
        )
    kept = [s for s in user_sheets(uow) if s.code != sheet.code]
    kept.append(sheet)
    set_setting(uow, USER_SHEETS_KEY, [asdict(s) for s in kept])
    return sheet


def delete_user_sheet(uow: UnitOfWork, name: str) -> None:
    code = sheet_code(name)
    set_setting(uow, USER_SHEETS_KEY, [asdict(s) for s in user_sheets(uow) if s.code != code])


def find_sheet(name: str, uow: UnitOfWork | None = None) -> SheetTemplate:
    """A sheet by its name or short code; a unique beginning is enough ('gaylord')."""
    sheets = all_sheets(uow)
    wanted = sheet_code(name)
    for sheet in sheets:
        if sheet.name.lower() == name.strip().lower() or sheet.code == wanted:
            return sheet
    matches = [
        s
        for s in sheets
        if s.code.startswith(wanted) or s.code.replace("-", "").startswith(wanted.replace("-", ""))
    ]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(s.code for s in (matches or sheets))
    if matches:
        raise NotFoundError(
            say(
                "'{name}' matches several label sheets: {known}. Type one of them.",
                name=name,
                known=known,
            )
        )
    raise NotFoundError(
        say("There is no label sheet called '{name}'. Sheets: {known}.", name=name, known=known)
    )


@dataclass(frozen=True)
class PrinterOffset:
    """How far a printer shifts its output: + moves print right / down on the paper (mm)."""

    right_mm: float = 0.0
    down_mm: float = 0.0

    @property
    def points(self) -> tuple[float, float]:
        """The shift in PDF points (x right, y up)."""
        return self.right_mm * POINTS_PER_MM, -self.down_mm * POINTS_PER_MM


def printer_offset(uow: UnitOfWork, printer: str = DEFAULT_PRINTER) -> PrinterOffset:
    offsets = get_setting(uow, PRINTER_OFFSETS_KEY, {}) or {}
    found = offsets.get(printer) or offsets.get(DEFAULT_PRINTER) or {}
    return PrinterOffset(float(found.get("right_mm", 0)), float(found.get("down_mm", 0)))


def set_printer_offset(uow: UnitOfWork, printer: str, offset: PrinterOffset) -> None:
    """Remember a printer's offset; the caller commits. Offsets beyond 10 mm are refused."""
    if abs(offset.right_mm) > 10 or abs(offset.down_mm) > 10:
        raise ValidationError(
            say(
                "An offset of more than 10 mm means the wrong sheet is chosen. "
                "Check the sheet type, then print a test page and measure again."
            )
        )
    offsets = dict(get_setting(uow, PRINTER_OFFSETS_KEY, {}) or {})
    offsets[printer or DEFAULT_PRINTER] = asdict(offset)
    set_setting(uow, PRINTER_OFFSETS_KEY, offsets)


def printer_names(uow: UnitOfWork) -> list[str]:
    return sorted((get_setting(uow, PRINTER_OFFSETS_KEY, {}) or {}).keys())
