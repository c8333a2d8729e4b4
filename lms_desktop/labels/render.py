"""Lay labels out on a sheet and draw them: spine, barcode, patron card, device asset tag."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from io import BytesIO

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from lms_desktop.errors import DomainError, ValidationError
from lms_desktop.labels.barcodes import (
    MIN_MODULE,
    MIN_MODULE_MM,
    SYMBOLOGIES,
    draw_barcode,
    encode,
    module_width,
    symbology_key,
)
from lms_desktop.labels.sheets import (
    POINTS_PER_INCH,
    POINTS_PER_MM,
    PrinterOffset,
    SheetTemplate,
    builtin_sheets,
)
from lms_desktop.reports.fonts import register_fonts
from lms_desktop.texts import Text, joined, say

# space kept clear inside each label's edge, in points (0.06")
INSET = 0.06 * POINTS_PER_INCH
# how far below the baseline descenders reach, and above it capitals and digits, per point
# of type size (DejaVu Sans, Vera)
DESCENT = 0.24
ASCENT = 0.76
# the shortest bars a handheld scanner reads without being held square to the label:
# 0.15" (3.8 mm). A label too short for them and all its words leaves words off.
MIN_BAR_HEIGHT = 0.15 * POINTS_PER_INCH

ProgressFn = Callable[[int, int, str], None]


@dataclass(frozen=True)
class SpineLabel:
    lines: tuple[str, ...]


@dataclass(frozen=True)
class BarcodeLabel:
    barcode: str
    title: str = ""
    call_number: str = ""
    school: str = ""
    symbology: str = "code39"


@dataclass(frozen=True)
class PatronCard:
    barcode: str
    name: str
    school: str = ""
    detail: str = ""  # "Grade 3 · Ms. Rivera"
    symbology: str = "code39"


@dataclass(frozen=True)
class AssetTag:
    barcode: str
    school: str = ""
    detail: str = ""  # "Chromebook · SN 12345"
    symbology: str = "code128"


Label = SpineLabel | BarcodeLabel | PatronCard | AssetTag


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut `text` with an ellipsis so it fits `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def spine_line_origin(
    sheet: SheetTemplate, position: int, line: int, line_count: int
) -> tuple[float, float, float]:
    """Where line `line` of a spine label starts: (x, baseline y, font size) in points.

    The font shrinks so every line fits the label's height; lines start INSET from the
    label's left edge and the block is centred top to bottom.
    """
    left, bottom, _width, height = sheet.label_rect(position)
    usable = height - 2 * INSET
    size = min(11.0, usable / max(1, line_count) / 1.15)
    leading = size * 1.15
    top = bottom + height / 2 + leading * line_count / 2
    return left + INSET, top - leading * line + -size * 0.95, size


class LabelSheetWriter:
    """Draws labels onto as many sheets as needed, starting at any position of the first."""

    def __init__(
        self,
        sheet: SheetTemplate,
        start: int = 1,
        offset: PrinterOffset | None = None,
        outline: bool = False,
    ) -> None:
        if not 1 <= start <= sheet.per_sheet:
            raise ValidationError(
                say(
                    "A {sheet} sheet has positions 1 to {last}; {start} is not one of them.",
                    sheet=sheet.name,
                    last=sheet.per_sheet,
                    start=start,
                )
            )
        self.sheet = sheet
        self.start = start
        self.offset = offset or PrinterOffset()
        self.outline = outline
        self.font, self.bold = register_fonts()

    def render(self, labels: Sequence[Label], progress: ProgressFn | None = None) -> bytes:
        if not labels:
            raise ValidationError(
                say(
                    "There are no labels to print. Choose some items, a barcode range or new items."
                )
            )
        buffer = BytesIO()
        page_size = (
            self.sheet.page_width * POINTS_PER_INCH,
            self.sheet.page_height * POINTS_PER_INCH,
        )
        canvas = Canvas(buffer, pagesize=page_size, pageCompression=1)
        canvas.setTitle(f"Labels on {self.sheet.name}")
        canvas.setCreator("LMS Desktop")
        dx, dy = self.offset.points
        position = self.start - 1
        total = len(labels)
        for index, label in enumerate(labels):
            if position == self.sheet.per_sheet:
                canvas.showPage()
                position = 0
            canvas.saveState()
            canvas.translate(dx, dy)
            self._draw(canvas, label, position)
            canvas.restoreState()
            position += 1
            if progress is not None and index % 200 == 0:
                progress(index, total, "Drawing labels…")
        canvas.showPage()
        canvas.save()
        if progress is not None:
            progress(total, total, "Labels ready")
        return buffer.getvalue()

    def _draw(self, canvas: Canvas, label: Label, position: int) -> None:
        left, bottom, width, height = self.sheet.label_rect(position)
        if self.outline:
            canvas.setStrokeColor(colors.lightgrey)
            canvas.setLineWidth(0.3)
            canvas.roundRect(left, bottom, width, height, 4, stroke=1, fill=0)
        canvas.setFillColor(colors.black)
        if isinstance(label, SpineLabel):
            self._spine(canvas, label, position)
        else:
            self._with_barcode(canvas, (left, bottom, width, height), label)

    def _spine(self, canvas: Canvas, label: SpineLabel, position: int) -> None:
        lines = label.lines or ("",)
        _left, _bottom, width, _height = self.sheet.label_rect(position)
        for index, line in enumerate(lines):
            x, y, size = spine_line_origin(self.sheet, position, index, len(lines))
            canvas.setFont(self.bold, size)
            canvas.drawString(x, y, _fit(line, self.bold, size, width - 2 * INSET))

    def _with_barcode(
        self,
        canvas: Canvas,
        rect: tuple[float, float, float, float],
        label: BarcodeLabel | PatronCard | AssetTag,
    ) -> None:
        left, bottom, width, height = rect
        inner_w = width - 2 * INSET
        layout = barcode_layout(height, label)
        centre = left + width / 2
        for line, y in zip(layout.lines, layout.baselines, strict=True):
            font = self.bold if line.bold else self.font
            canvas.setFont(font, layout.size)
            text = line.text if line.what == NUMBER else _fit(line.text, font, layout.size, inner_w)
            canvas.drawCentredString(centre, bottom + y, text)
        draw_barcode(
            canvas,
            encode(label.barcode, label.symbology),
            left + INSET,
            bottom + layout.bar_bottom,
            inner_w,
            layout.bar_height,
        )


NUMBER = "the barcode number"


@dataclass(frozen=True)
class TextLine:
    """One line of words on a barcode label; `what` names it in a warning."""

    text: str
    what: str
    above: bool  # above the bars (else below them)
    bold: bool = False


def _text_lines(label: BarcodeLabel | PatronCard | AssetTag) -> tuple[list[TextLine], list[str]]:
    """The label's lines top to bottom, and which may be left off first when room is short."""
    if isinstance(label, BarcodeLabel):
        lines = [
            TextLine(label.school, "the school name", True, bold=True),
            TextLine(label.barcode, NUMBER, False),
            TextLine(label.title, "the title", False),
            TextLine(label.call_number, "the call number", False),
        ]
        spare = ["the school name", "the call number", "the title"]
    elif isinstance(label, PatronCard):
        lines = [
            TextLine(label.school, "the school name", True),
            TextLine(label.name, "the name", True, bold=True),
            TextLine(label.barcode, NUMBER, False),
            TextLine(label.detail, "the grade and homeroom", False),
        ]
        spare = ["the grade and homeroom", "the school name"]
    else:
        lines = [
            TextLine(f"Property of {label.school or 'the library'}", "the owner", True, bold=True),
            TextLine(label.barcode, NUMBER, False),
            TextLine(label.detail, "the device type and serial number", False),
        ]
        spare = ["the device type and serial number"]
    return [line for line in lines if line.text], spare


@dataclass(frozen=True)
class BarcodeLayout:
    """Where the words and bars of a barcode label go, in points from the label's bottom.

    The bars take every bit of height the kept words leave; words are left off (spare
    ones first) only while the bars would be shorter than MIN_BAR_HEIGHT.
    """

    size: float
    lines: tuple[TextLine, ...]
    baselines: tuple[float, ...]
    bar_bottom: float
    bar_height: float
    left_off: tuple[str, ...] = ()  # what of the label did not fit (TextLine.what)


def _type_size(height: float) -> float:
    # one type size per sheet, whatever the label says, so a sheet looks even
    return max(4.5, min(8.0, height * 0.105))


def _arrange(height: float, size: float, lines: Sequence[TextLine]) -> BarcodeLayout:
    leading = size * 1.12
    gap = max(0.75, 0.15 * size)  # between the bars and the words next to them
    above = [line for line in lines if line.above]
    below = [line for line in lines if not line.above]
    baselines: list[float] = []
    y = height - INSET - ASCENT * size
    for _line in above:
        baselines.append(y)
        y -= leading
    bar_top = (baselines[-1] - DESCENT * size - gap) if above else height - INSET
    # the lowest line's descenders (g, y, p) stay inside the clear margin too
    lowest = INSET + DESCENT * size
    under = [lowest + leading * (len(below) - 1 - index) for index in range(len(below))]
    bar_bottom = (under[0] + ASCENT * size + gap) if below else INSET
    return BarcodeLayout(
        size, (*above, *below), (*baselines, *under), bar_bottom, bar_top - bar_bottom
    )


def barcode_layout(height: float, label: BarcodeLabel | PatronCard | AssetTag) -> BarcodeLayout:
    """The layout of `label` on a label `height` points tall (see BarcodeLayout)."""
    size = _type_size(height)
    lines, spare = _text_lines(label)
    layout = _arrange(height, size, lines)
    left_off: list[str] = []
    for what in spare:
        if layout.bar_height >= MIN_BAR_HEIGHT:
            break
        if any(line.what == what for line in lines):
            lines = [line for line in lines if line.what != what]
            left_off.append(what)
            layout = _arrange(height, size, lines)
    return replace(layout, left_off=tuple(left_off))


def barcode_box_width(sheet: SheetTemplate) -> float:
    """How wide (points) the bars of a barcode, with their quiet zones, may be on `sheet`."""
    return sheet.label_width * POINTS_PER_INCH - 2 * INSET


@dataclass(frozen=True)
class NarrowBars:
    """Barcodes whose thinnest bars would print too thin on the sheet to scan reliably."""

    sheet_name: str
    symbology: str
    barcodes: tuple[str, ...]
    thinnest_mm: float
    better_symbology: str = ""  # one that gives wide enough bars for all of them here
    better_mm: float = 0.0
    wider_sheet: str = ""  # a built-in sheet on which the chosen type is wide enough

    @property
    def message(self) -> Text:
        shown = ", ".join(self.barcodes[:3]) + (", …" if len(self.barcodes) > 3 else "")
        what = say(
            "On {sheet} the thinnest bars of {count} {symbology} barcode(s) ({barcodes}) would "
            "be {thinnest:.2f} mm wide; scanners often cannot read bars under {least:.2f} mm "
            "(7.5 mil).",
            sheet=self.sheet_name,
            count=len(self.barcodes),
            symbology=SYMBOLOGIES[self.symbology],
            barcodes=shown,
            thinnest=self.thinnest_mm,
            least=MIN_MODULE_MM,
        )
        choices = []
        if self.better_symbology:
            choices.append(
                say(
                    "choose {symbology} ({width:.2f} mm bars here) if your scanner reads it",
                    symbology=SYMBOLOGIES[self.better_symbology],
                    width=self.better_mm,
                )
            )
        if self.wider_sheet:
            choices.append(
                say("print on a sheet with wider labels, such as {sheet}", sheet=self.wider_sheet)
            )
        if not choices:
            choices.append(say("print them on a sheet with wider labels"))
        choice = (
            choices[0]
            if len(choices) == 1
            else say("{first}, or {second}", first=choices[0], second=choices[1])
        )
        return joined(what, say("To be safe, {choice}.", choice=choice))


def _thinnest(data: Sequence[str], symbology: str, width: float) -> float | None:
    """The thinnest bar (points) among `data` in `symbology`, or None if one cannot be encoded."""
    try:
        return min(module_width(encode(d, symbology), width) for d in data)
    except DomainError:
        return None


def narrow_bars(sheet: SheetTemplate, labels: Sequence[Label]) -> list[NarrowBars]:
    """Which barcodes would print with bars thinner than MIN_MODULE, per barcode type."""
    width = barcode_box_width(sheet)
    narrow: dict[str, list[str]] = {}
    for label in labels:
        if isinstance(label, SpineLabel):
            continue
        if module_width(encode(label.barcode, label.symbology), width) < MIN_MODULE:
            narrow.setdefault(symbology_key(label.symbology), []).append(label.barcode)
    found = []
    for symbology, barcodes in narrow.items():
        thinnest = _thinnest(barcodes, symbology, width) or 0.0
        better, better_points = "", 0.0
        for other in SYMBOLOGIES:
            points = _thinnest(barcodes, other, width)
            if (
                other != symbology
                and points is not None
                and points >= max(MIN_MODULE, better_points)
            ):
                better, better_points = other, points
        wider = next(
            (
                s.name
                for s in sorted(builtin_sheets(), key=lambda s: s.label_width)
                if (_thinnest(barcodes, symbology, barcode_box_width(s)) or 0) >= MIN_MODULE
            ),
            "",
        )
        found.append(
            NarrowBars(
                sheet.name,
                symbology,
                tuple(barcodes),
                thinnest / POINTS_PER_MM,
                better,
                better_points / POINTS_PER_MM,
                wider,
            )
        )
    return found


def _one_label(kind: type) -> Text:
    """'the barcode label': the one label of a kind that leaves words off."""
    if kind is PatronCard:
        return say("the patron card")
    if kind is AssetTag:
        return say("the device asset tag")
    return say("the barcode label")


def _labels(kind: type, count: int) -> Text:
    """'3 barcode labels': the labels of a kind that leave words off."""
    if kind is PatronCard:
        return say("{count} patron cards", count=count)
    if kind is AssetTag:
        return say("{count} device asset tags", count=count)
    return say("{count} barcode labels", count=count)


# what a label leaves off (TextLine.what), as a warning names it
_LEFT_OFF_WORDS = {
    "the school name": say("the school name"),
    "the call number": say("the call number"),
    "the title": say("the title"),
    "the grade and homeroom": say("the grade and homeroom"),
    "the device type and serial number": say("the device type and serial number"),
}


def _and(parts: Sequence[str]) -> str:
    words = [_LEFT_OFF_WORDS.get(part, part) for part in parts]
    if len(words) == 1:
        return words[0]
    return say("{items} and {last}", items=joined(*words[:-1], sep=", "), last=words[-1])


def crowded_labels(sheet: SheetTemplate, labels: Sequence[Label]) -> list[str]:
    """What is left off labels too short for their words and bars tall enough to scan.

    One sentence per kind of label and set of words left off, naming a taller sheet on
    which they fit.
    """
    height = sheet.label_height * POINTS_PER_INCH
    groups: dict[tuple[type, tuple[str, ...]], list[Label]] = {}
    for label in labels:
        if isinstance(label, SpineLabel):
            continue
        left_off = barcode_layout(height, label).left_off
        if left_off:
            groups.setdefault((type(label), left_off), []).append(label)
    messages: list[str] = []
    for (kind, left_off), group in groups.items():
        taller = next(
            (
                s.name
                for s in sorted(
                    builtin_sheets(),
                    # the shortest that fits, and no narrower than this one if one can be
                    key=lambda s: (
                        s.label_height,
                        s.label_width < sheet.label_width,
                        s.label_width,
                    ),
                )
                if not narrow_bars(s, group)
                and all(
                    not barcode_layout(s.label_height * POINTS_PER_INCH, label).left_off
                    for label in group
                    if not isinstance(label, SpineLabel)
                )
            ),
            "",
        )
        words = _and(left_off)
        height = MIN_BAR_HEIGHT / POINTS_PER_MM
        one_word = len(left_off) == 1
        if len(group) == 1:
            said = (
                say(
                    "On {sheet} {labels} leaves off {words}: there is no room for it beside "
                    "bars tall enough to scan ({height:.1f} mm).",
                    sheet=sheet.name,
                    labels=_one_label(kind),
                    words=words,
                    height=height,
                )
                if one_word
                else say(
                    "On {sheet} {labels} leaves off {words}: there is no room for them beside "
                    "bars tall enough to scan ({height:.1f} mm).",
                    sheet=sheet.name,
                    labels=_one_label(kind),
                    words=words,
                    height=height,
                )
            )
        else:
            said = (
                say(
                    "On {sheet} {labels} leave off {words}: there is no room for it beside "
                    "bars tall enough to scan ({height:.1f} mm).",
                    sheet=sheet.name,
                    labels=_labels(kind, len(group)),
                    words=words,
                    height=height,
                )
                if one_word
                else say(
                    "On {sheet} {labels} leave off {words}: there is no room for them beside "
                    "bars tall enough to scan ({height:.1f} mm).",
                    sheet=sheet.name,
                    labels=_labels(kind, len(group)),
                    words=words,
                    height=height,
                )
            )
        if taller:
            advice = (
                say("To print it, choose a taller sheet such as {sheet}.", sheet=taller)
                if one_word
                else say("To print them, choose a taller sheet such as {sheet}.", sheet=taller)
            )
            said = joined(said, advice)
        messages.append(said)
    return messages


def render_labels(
    sheet: SheetTemplate,
    labels: Sequence[Label],
    start: int = 1,
    offset: PrinterOffset | None = None,
    outline: bool = False,
    progress: ProgressFn | None = None,
) -> bytes:
    """The labels as a PDF to print at 100 % ("actual size") on the sheet."""
    return LabelSheetWriter(sheet, start, offset, outline).render(labels, progress)
