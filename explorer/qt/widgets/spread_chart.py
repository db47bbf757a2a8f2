"""Compare's bar chart: one row per exchange that answered, on one price axis: a bar from its
bid to its ask (its own spread), a mark at its last price, the median of all last prices as a
line, so the spread across exchanges is seen at a glance; a price more than 5 % from the median
is drawn at the axis's edge, marked, with its distance written beside it. Drawn with QPainter."""

from __future__ import annotations

import statistics
from typing import NamedTuple

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from explorer.market import formatting as fmt
from explorer.qt.widgets.candle_chart import format_price

ROW_HEIGHT = 18
OUTLIER = 0.05  # a price more than 5 % from the median is off the scale


class PriceRow(NamedTuple):
    name: str
    last: float | None
    bid: float | None
    ask: float | None


class SpreadChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spreadChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.rows: list[PriceRow] = []
        self.median: float | None = None
        self.low = self.high = 0.0
        self._area: tuple[tuple[int, int], tuple[float, float]] | None = None
        self.setAccessibleName(self.tr("Prices across exchanges"))

    def set_rows(self, rows: list[PriceRow]) -> None:
        """The exchanges' prices, drawn cheapest last price first."""
        priced = [r for r in rows if r.last is not None or (r.bid and r.ask)]
        self.rows = sorted(priced, key=lambda r: r.last if r.last is not None else (r.bid or 0))
        lasts = [r.last for r in self.rows if r.last is not None]
        self.median = statistics.median(lasts) if lasts else None
        values = [v for r in self.rows for v in (r.last, r.bid, r.ask) if v is not None and v > 0]
        if self.median:
            # An exchange far from the rest (a stale market, another market under the same
            # name) would squeeze every other bar into a pixel: the axis spans the prices
            # within OUTLIER of the median, and the others are drawn at its edge, marked.
            values = [v for v in values if abs(v / self.median - 1) <= OUTLIER] or [self.median]
        if values:
            self.low, self.high = min(values), max(values)
            if self.high <= self.low * 1.0005:
                middle = (self.low + self.high) / 2
                self.low, self.high = middle * 0.99975, middle * 1.00025
        self.setMinimumHeight(52 + ROW_HEIGHT * len(self.rows))
        self.updateGeometry()
        self.update()

    def x_of(self, price: float) -> float:
        """The x of ``price``, kept on the axis (a price off the scale sits at its edge)."""
        left, width = self._scale_area()
        share = min(1.0, max(0.0, (price - self.low) / (self.high - self.low)))
        return left + share * width

    def off_scale(self, price: float) -> bool:
        return not self.low <= price <= self.high

    def _scale_area(self) -> tuple[float, float]:
        """(left, width) of the price axis: right of the longest name, left of the changes.
        Measured once per rows and width: every row asks it three times per paint."""
        key = (id(self.rows), self.width())
        if self._area is None or self._area[0] != key:
            metrics = QFontMetrics(self.font())
            names = max((metrics.horizontalAdvance(r.name) for r in self.rows), default=0)
            left = min(names + 12, self.width() * 0.4)
            right = metrics.horizontalAdvance("+00.00 %") + 16
            self._area = (key, (left, max(10.0, self.width() - left - right)))
        return self._area[1]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        text = palette.text().color()
        metrics = QFontMetrics(self.font())
        if not self.rows:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Prices appear here as exchanges answer."))  # fmt: skip
            return
        left, width = self._scale_area()
        top = metrics.height() + 10
        bar = palette.highlight().color()
        faint = QColor(text)
        faint.setAlpha(60)
        painter.setPen(text)
        low_label, high_label = format_price(self.low), format_price(self.high)
        painter.drawText(QPointF(left, metrics.ascent() + 2), low_label)
        high_width = metrics.horizontalAdvance(high_label)
        if metrics.horizontalAdvance(low_label) + high_width + 12 < width:
            painter.drawText(QPointF(left + width - high_width, metrics.ascent() + 2), high_label)
        # Only the rows in the part being painted (in Compare's scroll area, the visible ones).
        exposed = event.rect()
        first = max(0, int((exposed.top() - top) // ROW_HEIGHT))
        stop = min(len(self.rows), int((exposed.bottom() - top) // ROW_HEIGHT) + 2)
        for number in range(first, stop):
            row = self.rows[number]
            y = top + number * ROW_HEIGHT
            middle = y + ROW_HEIGHT / 2
            painter.setPen(text)
            name = metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, int(left - 8))
            painter.drawText(QPointF(2, middle + metrics.ascent() / 2 - 1), name)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QLineF(left, middle, left + width, middle))
            if row.bid and row.ask and row.ask >= row.bid:
                x0, x1 = self.x_of(row.bid), self.x_of(row.ask)
                painter.fillRect(QRectF(x0, y + 4, max(2.0, x1 - x0), ROW_HEIGHT - 8), bar)
            if row.last is not None:
                x = self.x_of(row.last)
                if self.off_scale(row.last):  # a triangle at the edge, pointing off the scale
                    tip = 5 if row.last > self.high else -5
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(text)
                    painter.drawPolygon(QPolygonF([QPointF(x + tip, middle),
                                                   QPointF(x - tip, middle - 5),
                                                   QPointF(x - tip, middle + 5)]))  # fmt: skip
                    painter.setPen(text)
                else:
                    painter.setPen(QPen(text, 2))
                    painter.drawLine(QLineF(x, y + 2, x, y + ROW_HEIGHT - 2))
                if self.median:
                    change = (row.last - self.median) / self.median * 100
                    painter.drawText(QPointF(left + width + 8, middle + metrics.ascent() / 2 - 1),
                                     fmt.percent(change))  # fmt: skip
        if self.median is not None:
            x = self.x_of(self.median)
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            bottom = top + len(self.rows) * ROW_HEIGHT
            painter.drawLine(QLineF(x, top - 2, x, bottom))
            label = self.tr("median %1").replace("%1", format_price(self.median))
            label_width = metrics.horizontalAdvance(label)
            at = min(max(left, x - label_width / 2), left + width - label_width)
            painter.drawText(QPointF(at, bottom + metrics.ascent() + 2), label)
