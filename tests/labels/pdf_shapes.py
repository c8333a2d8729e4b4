"""Read a label PDF back: where each piece of text, label outline and barcode was drawn."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from pypdf import PdfReader
from pypdf.generic import ContentStream

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(frozen=True)
class Box:
    """A rectangle on the page in points, origin bottom left."""

    left: float
    bottom: float
    right: float
    top: float

    @property
    def centre_x(self) -> float:
        return (self.left + self.right) / 2

    @property
    def centre_y(self) -> float:
        return (self.bottom + self.top) / 2


@dataclass(frozen=True)
class DrawnShape:
    page: int
    kind: str  # "outline" (a stroked path) or "bars" (one filled path of rectangles)
    box: Box
    rects: tuple[Box, ...] = ()


@dataclass(frozen=True)
class DrawnText:
    page: int
    text: str
    x: float
    y: float
    size: float


def _times(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF's row-vector convention: cm prepends)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def _point(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _bounds(points: list[tuple[float, float]]) -> Box:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return Box(min(xs), min(ys), max(xs), max(ys))


def drawn_shapes(pdf: bytes) -> list[DrawnShape]:
    """Every stroked outline and every filled set of bars, in drawing order."""
    reader = PdfReader(BytesIO(pdf))
    shapes: list[DrawnShape] = []
    for number, page in enumerate(reader.pages):
        ctm = IDENTITY
        stack: list[Matrix] = []
        points: list[tuple[float, float]] = []
        rects: list[Box] = []
        contents = page.get_contents()
        assert contents is not None
        for operands, operator in ContentStream(contents, reader).operations:
            op = operator.decode()
            if op == "q":
                stack.append(ctm)
            elif op == "Q":
                ctm = stack.pop()
            elif op == "cm":
                ctm = _times(tuple(float(v) for v in operands), ctm)  # type: ignore[arg-type]
            elif op in ("m", "l", "c", "v", "y"):
                values = [float(v) for v in operands]
                points.extend(_point(ctm, *values[i : i + 2]) for i in range(0, len(values), 2))
            elif op == "re":
                x, y, w, h = (float(v) for v in operands)
                box = _bounds([_point(ctm, x, y), _point(ctm, x + w, y + h)])
                rects.append(box)
                points.extend([(box.left, box.bottom), (box.right, box.top)])
            elif op in ("S", "s"):
                shapes.append(DrawnShape(number, "outline", _bounds(points)))
                points, rects = [], []
            elif op in ("f", "f*", "F", "B", "B*", "b", "b*"):
                shapes.append(DrawnShape(number, "bars", _bounds(points), tuple(rects)))
                points, rects = [], []
            elif op == "n":
                points, rects = [], []
    return shapes


def drawn_texts(pdf: bytes) -> list[DrawnText]:
    """Every piece of text with where it was drawn on its page (in points, origin bottom left)."""
    found: list[DrawnText] = []
    for number, page in enumerate(PdfReader(BytesIO(pdf)).pages):

        def visit(
            text: str, cm: list[float], tm: list[float], _font: object, size: float,
            number: int = number,
        ) -> None:  # fmt: skip
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append(DrawnText(number, text.strip(), x, y, size))

        page.extract_text(visitor_text=visit)
    return found
