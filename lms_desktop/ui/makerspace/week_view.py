"""A week of makerspace bookings drawn on the bell schedule; drag to move or resize."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from lms_desktop.makerspace.bookings import BookingInfo
from lms_desktop.makerspace.schedule import (
    SchoolCalendar,
    day_type,
    is_school_day,
    local_datetime,
    periods_on,
    to_local,
)
from lms_desktop.ui.dates import day_label, day_time_label, long_day_label

HEADER_HEIGHT = 40
GUTTER_WIDTH = 52
SNAP_MINUTES = 5
RESIZE_GRIP = 6
MOVABLE = frozenset({"requested", "approved", "waitlisted"})

_PALETTE = (
    "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#e15759",
    "#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#bab0ac",
)  # fmt: skip


def resource_colour(resource_id: int) -> QColor:
    return QColor(_PALETTE[resource_id % len(_PALETTE)])


@dataclass
class _Placed:
    booking: BookingInfo
    column: int
    start_minute: int  # minutes since midnight, local
    end_minute: int
    lane: int = 0
    lanes: int = 1


@dataclass
class _Drag:
    booking_id: int
    mode: str  # move | resize
    press: QPointF
    column: int
    start_minute: int
    end_minute: int
    moved: bool = False


class WeekView(QWidget):
    """School days across, the day from top to bottom, periods shaded behind bookings.

    Signals:
        booking_move_requested(int, object, object): a booking was dragged; id, new start,
            new end (aware datetimes). The owner checks and saves it, then refreshes.
        booking_activated(int): a booking was double-clicked.
        slot_requested(object, str): an empty slot was double-clicked; its local start
            (aware datetime) and the period name there ("" between periods).
    """

    booking_move_requested = Signal(int, object, object)
    booking_activated = Signal(int)
    slot_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Week schedule"))
        self.setAccessibleDescription(
            self.tr("Bookings by day and period. Double-click an empty slot to book it.")
        )
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.selected_id: int | None = None
        self.setMinimumSize(400, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._cal = SchoolCalendar()
        self._days: list[date] = []
        self._bookings: list[BookingInfo] = []
        self._placed: list[_Placed] = []
        self._show_resource = True
        self._first_minute = 7 * 60 + 30
        self._last_minute = 16 * 60
        self._drag: _Drag | None = None
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        self._bold = QFont(self._small)
        self._bold.setBold(True)

    # --- data -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(1000, 640)

    def set_week(
        self,
        cal: SchoolCalendar,
        monday: date,
        bookings: Sequence[BookingInfo],
        show_resource: bool = True,
        hours: tuple[time, time] | None = None,
    ) -> None:
        """Show the week starting `monday` (weekdays the school uses) with `bookings`."""
        self._cal = cal
        weekdays = sorted(cal.school_weekdays) or [1, 2, 3, 4, 5]
        self._days = [monday + timedelta(days=d - 1) for d in weekdays]
        self._bookings = list(bookings)
        self._show_resource = show_resource
        first, last = hours or (time(7, 30), time(16, 0))
        minutes = [first.hour * 60 + first.minute, last.hour * 60 + last.minute]
        for day in self._days:
            for slot in periods_on(cal, day):
                minutes += [_minute(slot.starts), _minute(slot.ends)]
        self._first_minute = min(minutes) // 30 * 30
        self._last_minute = -(-max(minutes) // 30) * 30
        self._layout()
        self._drag = None
        self.update()

    @property
    def days(self) -> list[date]:
        return list(self._days)

    def select_booking(self, booking_id: int | None) -> None:
        """Keyboard selection: drawn with a focus frame and described for screen readers."""
        self.selected_id = booking_id
        item = next((p for p in self._placed if p.booking.id == booking_id), None)
        if item is not None:
            b = item.booking
            start, end = to_local(self._cal, b.starts_at), to_local(self._cal, b.ends_at)
            self.setAccessibleDescription(
                f"{b.resource_name}, {b.who}, {long_day_label(start, year=False)}-{end:%H:%M}, "
                f"{self._status_text(b.status)}"
            )
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows choose a booking; Enter opens it; Ctrl+Up/Down moves it by five minutes,
        Ctrl+Shift+Up/Down makes it shorter or longer, Ctrl+Left/Right moves it a day."""
        order = sorted(self._placed, key=lambda p: (p.column, p.start_minute, p.lane))
        if not order:
            return super().keyPressEvent(event)
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        ids = [p.booking.id for p in order]
        current = ids.index(self.selected_id) if self.selected_id in ids else -1
        item = order[current] if current >= 0 else None
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.booking_activated.emit(item.booking.id)
        elif ctrl and item is not None and item.booking.status in MOVABLE:
            column, start, end = item.column, item.start_minute, item.end_minute
            step = SNAP_MINUTES
            if key == Qt.Key.Key_Up:
                start, end = (start, end - step) if shift else (start - step, end - step)
            elif key == Qt.Key.Key_Down:
                start, end = (start, end + step) if shift else (start + step, end + step)
            elif key == Qt.Key.Key_Left:
                column -= 1
            elif key == Qt.Key.Key_Right:
                column += 1
            else:
                return super().keyPressEvent(event)
            if 0 <= column < len(self._days) and end > start:
                day = self._days[column]
                self.booking_move_requested.emit(
                    item.booking.id,
                    local_datetime(self._cal, day, _time_of(start)),
                    local_datetime(self._cal, day, _time_of(end)),
                )
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.select_booking(ids[(current + 1) % len(ids)])
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.select_booking(ids[(current - 1) % len(ids)])
        else:
            super().keyPressEvent(event)

    def booking_ids(self) -> list[int]:
        return [p.booking.id for p in self._placed]

    def _layout(self) -> None:
        """Place bookings in day columns; overlapping ones share the column side by side."""
        columns = {day: i for i, day in enumerate(self._days)}
        placed: list[_Placed] = []
        for booking in self._bookings:
            start = to_local(self._cal, booking.starts_at)
            end = to_local(self._cal, booking.ends_at)
            column = columns.get(start.date())
            if column is None:
                continue
            placed.append(
                _Placed(booking, column, start.hour * 60 + start.minute, end.hour * 60 + end.minute)
            )
        placed.sort(key=lambda p: (p.column, p.start_minute, -p.end_minute))
        cluster: list[_Placed] = []
        cluster_end = -1
        cluster_column = -1
        for item in placed:
            if item.column != cluster_column or item.start_minute >= cluster_end:
                _assign_lanes(cluster)
                cluster, cluster_end, cluster_column = [], -1, item.column
            cluster.append(item)
            cluster_end = max(cluster_end, item.end_minute)
        _assign_lanes(cluster)
        self._placed = placed

    # --- geometry -------------------------------------------------------------------------

    def _column_width(self) -> float:
        return (self.width() - GUTTER_WIDTH) / max(1, len(self._days))

    def _pixels_per_minute(self) -> float:
        return (self.height() - HEADER_HEIGHT - 4) / max(1, self._last_minute - self._first_minute)

    def _y(self, minute: float) -> float:
        return HEADER_HEIGHT + (minute - self._first_minute) * self._pixels_per_minute()

    def _minute_at(self, y: float) -> float:
        return self._first_minute + (y - HEADER_HEIGHT) / self._pixels_per_minute()

    def _column_at(self, x: float) -> int | None:
        if x < GUTTER_WIDTH or not self._days:
            return None
        column = int((x - GUTTER_WIDTH) // self._column_width())
        return column if 0 <= column < len(self._days) else None

    def _rect(self, column: int, start: int, end: int, lane: int = 0, lanes: int = 1) -> QRectF:
        width = self._column_width()
        lane_width = (width - 6) / lanes
        x = GUTTER_WIDTH + column * width + 3 + lane * lane_width
        return QRectF(x, self._y(start), lane_width - 2, max(6.0, self._y(end) - self._y(start)))

    def rect_for_booking(self, booking_id: int) -> QRectF:
        """Where a booking is drawn (for tests and accessibility tools)."""
        for p in self._placed:
            if p.booking.id == booking_id:
                return self._rect(p.column, p.start_minute, p.end_minute, p.lane, p.lanes)
        return QRectF()

    def point_for(self, day: date, wall_clock: time) -> QPointF:
        """The middle of `day`'s column at `wall_clock`."""
        column = self._days.index(day)
        x = GUTTER_WIDTH + (column + 0.5) * self._column_width()
        return QPointF(x, self._y(_minute(wall_clock)))

    def _placed_at(self, point: QPointF) -> _Placed | None:
        for p in reversed(self._placed):
            if self._rect(p.column, p.start_minute, p.end_minute, p.lane, p.lanes).contains(point):
                return p
        return None

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        self._paint_grid(painter)
        # Square corners, no antialiasing: a busy week has hundreds of boxes, and rounded
        # antialiased ones cost ten times as much to fill.
        for item in self._placed:
            if self._drag is not None and self._drag.booking_id == item.booking.id:
                continue
            self._paint_booking(painter, item, item.column, item.start_minute, item.end_minute)
            if item.booking.id == self.selected_id and self.hasFocus():
                frame = self._rect(
                    item.column, item.start_minute, item.end_minute, item.lane, item.lanes
                )
                painter.setPen(QPen(self.palette().highlight().color(), 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(frame.adjusted(-2, -2, 2, 2))
        if self._drag is not None and self._drag.moved:
            dragged = next((p for p in self._placed if p.booking.id == self._drag.booking_id), None)
            if dragged is not None:
                self._paint_booking(
                    painter,
                    dragged,
                    self._drag.column,
                    self._drag.start_minute,
                    self._drag.end_minute,
                    ghost=True,
                )
        painter.end()

    def _paint_grid(self, painter: QPainter) -> None:
        palette = self.palette()
        text = palette.text().color()
        line = QColor(text)
        line.setAlpha(40)
        band = QColor(palette.highlight().color())
        band.setAlpha(22)
        closed = QColor(text)
        closed.setAlpha(18)
        width = self._column_width()
        bottom = self.height() - 2
        painter.setFont(self._small)
        metrics = QFontMetrics(self._small)
        # hour lines and labels
        for minute in range(self._first_minute, self._last_minute + 1, 30):
            y = self._y(minute)
            faint = QColor(line)
            faint.setAlpha(line.alpha() if minute % 60 == 0 else line.alpha() // 2)
            painter.fillRect(QRectF(GUTTER_WIDTH, int(y), self.width() - GUTTER_WIDTH, 1), faint)
            if minute % 60 == 0:
                painter.setPen(text)
                painter.drawText(
                    QRectF(0, y - metrics.height() / 2, GUTTER_WIDTH - 6, metrics.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    f"{minute // 60:d}:{minute % 60:02d}",
                )
        today = datetime.now(self._cal.zone).date()
        for column, day in enumerate(self._days):
            x = GUTTER_WIDTH + column * width
            header = QRectF(x, 0, width, HEADER_HEIGHT)
            if day == today:
                painter.fillRect(header, band)
            painter.fillRect(QRectF(int(x), 0, 1, bottom), line)
            letter = day_type(self._cal, day)
            painter.setPen(text)
            painter.setFont(self._bold)
            title = day_label(day, year=False)
            painter.drawText(
                header.adjusted(4, 2, -4, -HEADER_HEIGHT / 2), Qt.AlignmentFlag.AlignCenter, title
            )
            painter.setFont(self._small)
            if letter is None:
                subtitle = self.tr("No school")
                painter.fillRect(
                    QRectF(x, HEADER_HEIGHT, width, bottom - HEADER_HEIGHT),
                    QBrush(closed, Qt.BrushStyle.BDiagPattern),
                )
            else:
                subtitle = self.tr("{letter}-day").format(letter=letter) if letter else ""
                rule = self._cal.special_days.get(day)
                if rule is not None and rule.note:
                    subtitle = f"{subtitle} · {rule.note}" if subtitle else rule.note
            painter.drawText(
                header.adjusted(4, HEADER_HEIGHT / 2, -4, -2),
                Qt.AlignmentFlag.AlignCenter,
                subtitle,
            )
            for slot in periods_on(self._cal, day):
                top, end = self._y(_minute(slot.starts)), self._y(_minute(slot.ends))
                painter.fillRect(QRectF(x + 1, top, width - 1, end - top), band)
                painter.setPen(QColor(text.red(), text.green(), text.blue(), 110))
                painter.drawText(
                    QRectF(x + 2, top, width - 4, min(end - top, metrics.height())),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    slot.label(self.tr("P{name}")),
                )
        painter.fillRect(QRectF(0, HEADER_HEIGHT, self.width(), 1), line)

    def _paint_booking(
        self,
        painter: QPainter,
        item: _Placed,
        column: int,
        start: int,
        end: int,
        ghost: bool = False,
    ) -> None:
        booking = item.booking
        lane, lanes = (0, 1) if ghost else (item.lane, item.lanes)
        rect = self._rect(column, start, end, lane, lanes)
        colour = resource_colour(booking.resource_id)
        fill = QColor(colour)
        fill.setAlpha(
            {"requested": 110, "waitlisted": 60, "no_show": 40, "cancelled": 30}.get(
                booking.status, 200
            )
        )
        if ghost:
            fill.setAlpha(120)
        pen = QPen(colour.darker(140), 2 if booking.status == "checked_in" else 1)
        if booking.status in ("requested", "waitlisted") or ghost:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRect(rect)
        if booking.status == "waitlisted":
            painter.setBrush(QBrush(colour.darker(130), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(rect)
        if rect.height() < 12 or rect.width() < 18:
            return
        painter.setPen(QColor("#111") if fill.alpha() < 150 else QColor("white"))
        lines = [booking.who]
        if self._show_resource:
            lines.insert(0, booking.resource_name)
        if booking.status not in ("approved", "completed"):
            lines.append(self._status_text(booking.status))
        elif booking.purpose:
            lines.append(booking.purpose)
        painter.setFont(self._small)
        painter.drawText(
            rect.adjusted(3, 1, -2, -1),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            "\n".join(lines),
        )

    def _status_text(self, status: str) -> str:
        return {
            "requested": self.tr("awaiting approval"),
            "waitlisted": self.tr("waitlist"),
            "checked_in": self.tr("checked in"),
            "no_show": self.tr("no-show"),
            "cancelled": self.tr("cancelled"),
        }.get(status, status)

    # --- interaction ----------------------------------------------------------------------

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            item = self._placed_at(QPointF(event.pos()))
            if item is None:
                QToolTip.hideText()
            else:
                b = item.booking
                start = to_local(self._cal, b.starts_at)
                end = to_local(self._cal, b.ends_at)
                QToolTip.showText(
                    event.globalPos(),
                    f"<b>{b.resource_name}</b><br>{b.who}<br>"
                    f"{day_time_label(start, year=False)}-{end:%H:%M}"
                    f"<br>{b.purpose}<br><i>{self._status_text(b.status)}</i>",
                    self,
                )
            return True
        return super().event(event)  # type: ignore[arg-type]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        item = self._placed_at(event.position())
        if item is None or item.booking.status not in MOVABLE:
            self._drag = None
            return
        rect = self._rect(item.column, item.start_minute, item.end_minute, item.lane, item.lanes)
        mode = "resize" if rect.bottom() - event.position().y() <= RESIZE_GRIP else "move"
        self._drag = _Drag(
            item.booking.id, mode, event.position(), item.column, item.start_minute, item.end_minute
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            item = self._placed_at(event.position())
            cursor = Qt.CursorShape.ArrowCursor
            if item is not None and item.booking.status in MOVABLE:
                rect = self._rect(
                    item.column, item.start_minute, item.end_minute, item.lane, item.lanes
                )
                near_bottom = rect.bottom() - event.position().y() <= RESIZE_GRIP
                cursor = (
                    Qt.CursorShape.SizeVerCursor if near_bottom else Qt.CursorShape.OpenHandCursor
                )
            self.setCursor(cursor)
            return
        drag = self._drag
        original = next(p for p in self._placed if p.booking.id == drag.booking_id)
        delta = (event.position().y() - drag.press.y()) / self._pixels_per_minute()
        delta = round(delta / SNAP_MINUTES) * SNAP_MINUTES
        if drag.mode == "move":
            length = original.end_minute - original.start_minute
            start = original.start_minute + int(delta)
            start = max(self._first_minute, min(start, self._last_minute - length))
            drag.start_minute, drag.end_minute = start, start + length
            column = self._column_at(event.position().x())
            if column is not None:
                drag.column = column
        else:
            end = original.end_minute + int(delta)
            drag.end_minute = max(original.start_minute + SNAP_MINUTES, min(end, self._last_minute))
        drag.moved = (drag.column, drag.start_minute, drag.end_minute) != (
            original.column,
            original.start_minute,
            original.end_minute,
        )
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if not drag.moved:
            self.update()
            return
        day = self._days[drag.column]
        starts = local_datetime(self._cal, day, _time_of(drag.start_minute))
        ends = local_datetime(self._cal, day, _time_of(drag.end_minute))
        # Keep the ghost where it was dropped until the owner refreshes with the outcome.
        for p in self._placed:
            if p.booking.id == drag.booking_id:
                p.column, p.start_minute, p.end_minute, p.lane, p.lanes = (
                    drag.column, drag.start_minute, drag.end_minute, 0, 1,
                )  # fmt: skip
        self.update()
        self.booking_move_requested.emit(drag.booking_id, starts, ends)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self._placed_at(event.position())
        if item is not None:
            self.booking_activated.emit(item.booking.id)
            return
        column = self._column_at(event.position().x())
        if column is None or event.position().y() < HEADER_HEIGHT:
            return
        day = self._days[column]
        if not is_school_day(self._cal, day):
            return
        minute = int(self._minute_at(event.position().y()))
        period_name = ""
        for slot in periods_on(self._cal, day):
            if _minute(slot.starts) <= minute < _minute(slot.ends):
                period_name = slot.name
                minute = _minute(slot.starts)
                break
        else:
            minute = minute // SNAP_MINUTES * SNAP_MINUTES
        self.slot_requested.emit(local_datetime(self._cal, day, _time_of(minute)), period_name)


def _minute(t: time) -> int:
    return t.hour * 60 + t.minute


def _time_of(minute: int) -> time:
    minute = max(0, min(minute, 23 * 60 + 59))
    return time(minute // 60, minute % 60)


def _assign_lanes(cluster: list[_Placed]) -> None:
    lane_ends: list[int] = []
    for item in cluster:
        for lane, end in enumerate(lane_ends):
            if end <= item.start_minute:
                item.lane = lane
                lane_ends[lane] = item.end_minute
                break
        else:
            item.lane = len(lane_ends)
            lane_ends.append(item.end_minute)
    for item in cluster:
        item.lanes = max(1, len(lane_ends))
