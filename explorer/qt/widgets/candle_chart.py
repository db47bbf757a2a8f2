"""A candlestick chart drawn with QPainter: candles over volume bars, a price axis, a time axis,
a crosshair with the candle's OHLCV, the live last price as a dashed line; wheel or +/- to zoom,
drag or the arrow keys to pan, Home/End for the oldest/newest.

Only the candles on screen are drawn, in four batched calls (wicks and bodies, rising and
falling), so panning a thousand candles stays well inside a frame (``python -m bench chart``).
Numbers arrive as Decimals and are kept as floats here: a chart needs pixels, not digits.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from explorer.market import formatting as fmt
from explorer.qt.models.display_text import local_number
from explorer.text import fill

if TYPE_CHECKING:
    from explorer.market.candles import Candle

MIN_VISIBLE = 10
DEFAULT_VISIBLE = 120
VOLUME_SHARE = 0.2  # of the plot's height


class CandleChart(QWidget):
    """``set_candles`` replaces the data (keeping the view at the newest candle unless the user
    panned away), ``set_last`` moves the live price line."""

    hovered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candleChart")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 160)
        self.times: list[int] = []
        self.opens: list[float] = []
        self.highs: list[float] = []
        self.lows: list[float] = []
        self.closes: list[float] = []
        self.volumes: list[float] = []
        self.last: float | None = None
        self.visible = DEFAULT_VISIBLE
        self.end = 0.0  # index just past the rightmost candle shown (fractional while panning)
        self.rise = QColor("#2e9d4a")
        self.fall = QColor("#d64541")
        self.placeholder = ""
        self._mouse: QPointF | None = None
        self._drag_from: tuple[float, float] | None = None  # (x, end) when a drag began
        self._shapes_cache: _Shapes | None = None
        self.setAccessibleName(self.tr("Price chart"))

    # -- data ------------------------------------------------------------------------------------
    def set_candles(self, candles: Sequence[Candle]) -> None:
        at_newest = self.end >= len(self.times) - 0.5
        self.times = [candle.timestamp for candle in candles]
        self.opens = [float(candle.open) for candle in candles]
        self.highs = [float(candle.high) for candle in candles]
        self.lows = [float(candle.low) for candle in candles]
        self.closes = [float(candle.close) for candle in candles]
        self.volumes = [float(candle.volume or 0) for candle in candles]
        if at_newest or self.end > len(self.times):
            self.end = float(len(self.times))
        self._shapes_cache = None
        self.update()

    def clear(self, placeholder: str = "") -> None:
        self.placeholder = placeholder
        self.last = None
        self.end = 0.0
        self.set_candles([])

    def set_last(self, price: float | None) -> None:
        """The live last price: a dashed line, and the newest candle's close (and high/low)."""
        self.last = price
        if price is not None and self.closes:
            self.closes[-1] = price
            self.highs[-1] = max(self.highs[-1], price)
            self.lows[-1] = min(self.lows[-1], price)
            self._shapes_cache = None
        self.update()

    def set_colours(self, rise: QColor, fall: QColor) -> None:
        self.rise, self.fall = QColor(rise), QColor(fall)
        self.update()

    # -- the view --------------------------------------------------------------------------------
    def visible_range(self) -> tuple[int, int]:
        """[first, stop) indexes of the candles on screen."""
        stop = min(len(self.times), math.ceil(self.end))
        first = max(0, math.floor(self.end - self.visible))
        return first, stop

    def pan(self, candles: float) -> None:
        """Move the view ``candles`` later (negative: back in time)."""
        count = len(self.times)
        lowest = min(count, MIN_VISIBLE)
        self.end = min(float(count), max(float(lowest), self.end + candles))
        self.update()

    def zoom(self, factor: float) -> None:
        """Show ``factor`` times as many candles (<1 zooms in), the newest edge kept."""
        most = max(MIN_VISIBLE, len(self.times))
        self.visible = max(MIN_VISIBLE, min(most, round(self.visible * factor)))
        self.update()

    def _plot(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        axis = metrics.horizontalAdvance("00000000.00") + 10
        top = metrics.height() + 8  # the read-out line
        return QRectF(4, top, max(10.0, self.width() - axis - 4), self.height() - top - 22)

    def _step(self, plot: QRectF) -> float:
        return plot.width() / max(1, self.visible)

    def candle_at(self, x: float) -> int:
        """Index of the candle under ``x`` (a widget coordinate), or -1."""
        plot = self._plot()
        if not self.times or not plot.left() <= x <= plot.right():
            return -1
        index = math.floor(self.end - (plot.right() - x) / self._step(plot))
        return index if 0 <= index < len(self.times) else -1

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        text_colour = palette.text().color()
        if not self.times:
            painter.setPen(text_colour)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect(), flags, self.placeholder)
            return
        plot = self._plot()
        first, stop = self.visible_range()
        low = min(self.lows[first:stop])
        high = max(self.highs[first:stop])
        if self.last is not None:
            low, high = min(low, self.last), max(high, self.last)
        if high <= low:
            high, low = high * 1.001 + 1e-12, low * 0.999
        margin = (high - low) * 0.05
        low, high = low - margin, high + margin
        price_area = QRectF(plot.left(), plot.top(), plot.width(), plot.height() * 0.78)
        volume_area = QRectF(plot.left(), plot.bottom() - plot.height() * VOLUME_SHARE,
                             plot.width(), plot.height() * VOLUME_SHARE)  # fmt: skip

        def y_of(price: float) -> float:
            return price_area.bottom() - (price - low) / (high - low) * price_area.height()

        grid = _mixed(text_colour, palette.base().color(), 0.16)
        self._draw_price_axis(painter, plot, price_area, low, high, y_of, grid, text_colour)
        step = self._step(plot)
        self._draw_time_axis(painter, plot, first, stop, step, grid, text_colour)
        painter.save()
        painter.setClipRect(plot)
        self._draw_candles(painter, plot, first, stop, step, price_area, low, high, volume_area)
        painter.restore()
        if self.last is not None:
            self._draw_last(painter, plot, y_of(self.last), self.last, text_colour)
        self._draw_crosshair(painter, plot, price_area, low, high, text_colour)

    def _x_of(self, plot: QRectF, index: int, step: float) -> float:
        """The centre of candle ``index``."""
        return plot.right() - (self.end - index - 0.5) * step

    def _shapes(self) -> _Shapes:
        """Every candle's wick, body and volume bar in data coordinates (x: candle index,
        y: price or volume), built once per change of the data: a frame only slices them and
        lets a transform place them."""
        if self._shapes_cache is None:
            shapes = _Shapes()
            for index in range(len(self.times)):
                open_, close = self.opens[index], self.closes[index]
                side = 1 if close < open_ else 0
                middle = index + 0.5
                shapes.indexes[side].append(index)
                shapes.wicks[side].append(
                    QLineF(middle, self.highs[index], middle, self.lows[index])
                )
                shapes.bodies[side].append(
                    QRectF(index + 0.15, min(open_, close), 0.7, abs(close - open_))
                )
                shapes.bars[side].append(QRectF(index + 0.15, 0, 0.7, self.volumes[index]))
            self._shapes_cache = shapes
        return self._shapes_cache

    def _draw_candles(
        self,
        painter: QPainter,
        plot: QRectF,
        first: int,
        stop: int,
        step: float,
        price_area: QRectF,
        low: float,
        high: float,
        volume_area: QRectF,
    ) -> None:
        shapes = self._shapes()
        shift = plot.right() - self.end * step  # pixel x of data x = 0
        scale = -price_area.height() / (high - low)
        prices = QTransform(step, 0, 0, scale, shift, price_area.bottom() - low * scale)
        top_volume = max(self.volumes[first:stop]) or 1.0
        volumes = QTransform(step, 0, 0, -volume_area.height() / top_volume, shift,
                             volume_area.bottom())  # fmt: skip
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for side, colour in ((0, self.rise), (1, self.fall)):
            indexes = shapes.indexes[side]
            start, end = bisect_left(indexes, first), bisect_left(indexes, stop)
            if start == end:
                continue
            faint = _mixed(colour, self.palette().base().color(), 0.35)  # opaque: no blending
            pen = QPen(colour, 0)  # cosmetic: one pixel whatever the transform
            painter.setTransform(volumes)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(faint)
            painter.drawRects(shapes.bars[side][start:end])
            painter.setTransform(prices)
            painter.setPen(pen)
            painter.drawLines(shapes.wicks[side][start:end])
            painter.setBrush(colour)
            painter.drawRects(shapes.bodies[side][start:end])  # the outline keeps dojis visible
        painter.resetTransform()

    def _draw_price_axis(
        self,
        painter: QPainter,
        plot: QRectF,
        area: QRectF,
        low: float,
        high: float,
        y_of: Callable[[float], float],
        grid: QColor,
        text: QColor,
    ) -> None:
        step = nice_step((high - low) / max(2, area.height() / 50))
        decimals = max(0, -math.floor(math.log10(step))) if step < 1 else 0
        painter.setPen(QPen(grid, 1))
        value = math.ceil(low / step) * step
        metrics = QFontMetrics(self.font())
        while value <= high:
            y = y_of(value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
            painter.setPen(text)
            painter.drawText(QPointF(plot.right() + 6, y + metrics.ascent() / 2),
                             local_number(f"{value:.{decimals}f}"))  # fmt: skip
            value += step

    def _draw_time_axis(
        self,
        painter: QPainter,
        plot: QRectF,
        first: int,
        stop: int,
        step: float,
        grid: QColor,
        text: QColor,
    ) -> None:
        metrics = QFontMetrics(self.font())
        every = max(1, math.ceil((metrics.horizontalAdvance("00-00 00:00") + 24) / step))
        span = (self.times[-1] - self.times[0]) if len(self.times) > 1 else 0
        daily = len(self.times) > 1 and span / (len(self.times) - 1) >= 86_400_000
        for index in range(first - first % every, stop, every):
            if index < first:
                continue
            x = self._x_of(plot, index, step)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QLineF(x, plot.top(), x, plot.bottom()))
            painter.setPen(text)
            label = time_label(self.times[index], daily)
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(x - width / 2, plot.bottom() + metrics.ascent() + 4), label)

    def _draw_last(
        self, painter: QPainter, plot: QRectF, y: float, price: float, text: QColor
    ) -> None:
        rising = not self.opens or price >= self.opens[-1]
        colour = self.rise if rising else self.fall
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        label = format_price(price)
        metrics = QFontMetrics(self.font())
        box = QRectF(plot.right() + 2, y - metrics.height() / 2 - 1,
                     metrics.horizontalAdvance(label) + 8, metrics.height() + 2)  # fmt: skip
        painter.fillRect(box, colour)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        del text

    def _draw_crosshair(
        self, painter: QPainter, plot: QRectF, area: QRectF, low: float, high: float, text: QColor
    ) -> None:
        index = -1 if self._mouse is None else self.candle_at(self._mouse.x())
        shown = index if index >= 0 else len(self.times) - 1
        painter.setPen(text)
        metrics = QFontMetrics(self.font())
        painter.drawText(QPointF(plot.left(), metrics.ascent() + 3), self.readout(shown))
        if index < 0 or self._mouse is None:
            return
        faint = QColor(text)
        faint.setAlpha(140)
        painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
        x = self._x_of(plot, index, self._step(plot))
        y = min(max(self._mouse.y(), plot.top()), plot.bottom())
        painter.drawLine(QLineF(x, plot.top(), x, plot.bottom()))
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        if area.top() <= y <= area.bottom():
            price = low + (area.bottom() - y) / area.height() * (high - low)
            label = format_price(price)
            box = QRectF(plot.right() + 2, y - metrics.height() / 2 - 1,
                         metrics.horizontalAdvance(label) + 8, metrics.height() + 2)  # fmt: skip
            painter.fillRect(box, self.palette().highlight())
            painter.setPen(self.palette().highlightedText().color())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def readout(self, index: int) -> str:
        """The OHLCV line of candle ``index`` (what the crosshair reads out)."""
        if not 0 <= index < len(self.times):
            return ""
        when = datetime.fromtimestamp(self.times[index] / 1000, UTC).strftime("%Y-%m-%d %H:%M")
        change = (self.closes[index] - self.opens[index]) / self.opens[index] * 100 if (
            self.opens[index]
        ) else 0.0  # fmt: skip
        values = (
            when,
            format_price(self.opens[index]),
            format_price(self.highs[index]),
            format_price(self.lows[index]),
            format_price(self.closes[index]),
            fmt.percent(change),
            fmt.volume(self.volumes[index]),
        )
        return fill(self.tr("%1 UTC   O %2   H %3   L %4   C %5 (%6)   V %7"), values)

    # -- input -----------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._mouse = event.position()
        if self._drag_from is not None:
            x, end = self._drag_from
            self.end = end
            self.pan((x - event.position().x()) / self._step(self._plot()))
        before = self.candle_at(self._mouse.x())
        self.hovered.emit(before)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = (event.position().x(), self.end)
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._drag_from = None
        self.unsetCursor()

    def leaveEvent(self, event: object) -> None:  # noqa: N802
        self._mouse = None
        self.hovered.emit(-1)
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(0.85**steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        page = max(1, self.visible // 4)
        if key == Qt.Key.Key_Left:
            self.pan(-page)
        elif key == Qt.Key.Key_Right:
            self.pan(page)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(0.8)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1.25)
        elif key == Qt.Key.Key_Home:
            self.pan(-len(self.times))
        elif key == Qt.Key.Key_End:
            self.pan(len(self.times))
        else:
            super().keyPressEvent(event)


def _mixed(colour: QColor, background: QColor, share: float) -> QColor:
    """``colour`` over ``background`` at ``share`` opacity, as one opaque colour."""
    return QColor.fromRgbF(*(share * a + (1 - share) * b for a, b in zip(
        colour.getRgbF()[:3], background.getRgbF()[:3], strict=True)))  # fmt: skip


class _Shapes:
    """Per side (0 rising, 1 falling): candle indexes, in order, and their shapes."""

    def __init__(self) -> None:
        self.indexes: tuple[list[int], list[int]] = ([], [])
        self.wicks: tuple[list[QLineF], list[QLineF]] = ([], [])
        self.bodies: tuple[list[QRectF], list[QRectF]] = ([], [])
        self.bars: tuple[list[QRectF], list[QRectF]] = ([], [])


def nice_step(rough: float) -> float:
    """1, 2 or 5 times a power of ten, at least ``rough``."""
    if rough <= 0 or not math.isfinite(rough):
        return 1.0
    power = 10 ** math.floor(math.log10(rough))
    for multiple in (1, 2, 5, 10):
        if multiple * power >= rough:
            return multiple * power
    return 10 * power


def format_price(price: float) -> str:
    """Enough digits for the magnitude, with the UI locale's separators: 73,412.5 · 0.0254 ·
    0.00000123 (a position on an axis has no exchange digits to keep, unlike a ticker)."""
    if price == 0:
        return "0"
    digits = max(2, 5 - math.floor(math.log10(abs(price))))
    text = f"{price:.{min(digits, 12)}f}"
    return local_number(text.rstrip("0").rstrip(".") if "." in text else text)


def time_label(timestamp_ms: int, daily: bool) -> str:
    moment = datetime.fromtimestamp(timestamp_ms / 1000, UTC)
    return moment.strftime("%Y-%m-%d" if daily else "%m-%d %H:%M")
