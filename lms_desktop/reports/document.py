"""A report as plain data: titled blocks (figures, tables, charts, notices) any renderer reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

Cell = str | int | float | None


@dataclass(frozen=True)
class KeyFigure:
    """One headline number, with last period's value for the month-over-month comparison."""

    label: str
    value: int | float
    previous: int | float | None = None
    unit: str = ""
    display: str = ""  # shown instead of the number when set ("$7.50", "1987")

    @property
    def change(self) -> float | None:
        """Relative change against the previous period, or None when it cannot be said."""
        if self.previous is None or self.previous == 0:
            return None
        return (self.value - self.previous) / self.previous


@dataclass(frozen=True)
class KeyFigures:
    title: str
    figures: tuple[KeyFigure, ...]


@dataclass(frozen=True)
class Table:
    """A table; `numeric` marks columns drawn right-aligned and typed as numbers in XLSX."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    numeric: tuple[bool, ...] = ()
    note: str = ""
    widths: tuple[float, ...] = ()  # relative widths; equal when empty

    def is_numeric(self, index: int) -> bool:
        return index < len(self.numeric) and self.numeric[index]


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    """A bar chart (vertical or horizontal) or a pie, drawn with reportlab's graphics."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    kind: str = "bar"  # bar | hbar | pie

    def as_table(self) -> Table:
        """The chart's numbers as a table, for CSV and XLSX."""
        columns = ("", *(s.name for s in self.series))
        rows: tuple[tuple[Cell, ...], ...] = tuple(
            (category, *(s.values[i] for s in self.series))
            for i, category in enumerate(self.categories)
        )
        return Table(self.title, columns, rows, numeric=(False, *([True] * len(self.series))))


@dataclass(frozen=True)
class Text:
    text: str
    style: str = "body"  # body | heading | small


@dataclass(frozen=True)
class Notice:
    """A letter to hand out (an overdue notice): a heading and paragraphs, kept on one page."""

    heading: str
    paragraphs: tuple[str, ...]
    table: Table | None = None


@dataclass(frozen=True)
class PageBreak:
    """Start a new page (e.g. one page per homeroom teacher)."""


@dataclass(frozen=True)
class Columns:
    """Blocks laid side by side (two charts in one row of the summary)."""

    blocks: tuple[Block, ...]


Block = KeyFigures | Table | Chart | Text | Notice | PageBreak | Columns


@dataclass(frozen=True)
class ReportDocument:
    """What a report query returns: the finished content, before any rendering."""

    name: str
    title: str
    school_name: str
    start: date | None
    end: date | None
    generated_at: datetime
    blocks: tuple[Block, ...]
    subtitle: str = ""
    landscape: bool = False
    filters: tuple[tuple[str, str], ...] = field(default=())
    # when set, CSV/XLSX export these instead of the printed blocks (e.g. one flat list
    # for notices that print as one letter each)
    data_tables: tuple[Table, ...] = ()

    def tables(self) -> list[Table]:
        """Every table, charts included as their numbers, in reading order (for CSV/XLSX)."""
        if self.data_tables:
            return list(self.data_tables)
        found: list[Table] = []

        def visit(block: Block) -> None:
            if isinstance(block, Table):
                found.append(block)
            elif isinstance(block, Chart):
                found.append(block.as_table())
            elif isinstance(block, KeyFigures):
                found.append(
                    Table(
                        block.title,
                        ("Figure", "This period", "Previous period"),
                        tuple((f.label, f.value, f.previous) for f in block.figures),
                        numeric=(False, True, True),
                    )
                )
            elif isinstance(block, Notice) and block.table is not None:
                found.append(block.table)
            elif isinstance(block, Columns):
                for inner in block.blocks:
                    visit(inner)

        for block in self.blocks:
            visit(block)
        return found

    def all_text(self) -> str:
        """Every word of the report, for search and tests."""
        parts: list[str] = [self.title, self.subtitle]
        for table in self.tables():
            parts.append(table.title)
            parts.extend(" ".join("" if c is None else str(c) for c in row) for row in table.rows)
        for block in self.blocks:
            if isinstance(block, Text):
                parts.append(block.text)
            elif isinstance(block, Notice):
                parts.append(block.heading)
                parts.extend(block.paragraphs)
        return "\n".join(parts)
