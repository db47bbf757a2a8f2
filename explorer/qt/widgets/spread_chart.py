"""Compare's bar chart: one row per exchange that answered, on one price axis: a bar from its
bid to its ask (its own spread), a mark at its last price, the median of all last prices as a
line, so the spread across exchanges is seen at a glance. Drawn with QPainter."""

from __future__ import annotations

import statistics
from typing import NamedTuple

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from explorer.qt.widgets.candle_chart import format_price

ROW_HEIGHT = 18


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
        self.setAccessibleName(self.tr("Prices across exchanges"))

    def set_rows(self, rows: list[PriceRow]) -> None:
        """The exchanges' prices, drawn cheapest last price first."""
        priced = [r for r in rows if r.last is not None or (r.bid and r.ask)]
        self.rows = sorted(priced, key=lambda r: r.last if r.last is not None else (r.bid or 0))
        lasts = [r.last for r in self.rows if r.last is not None]
        self.median = statistics.median(lasts) if lasts else None
        values = [v for r in self.rows for v in (r.last, r.bid, r.ask) if v is not None and v > 0]
        if values:
            self.low, self.high = min(values), max(values)
            if self.high <= self.low:
                self.low, self.high = self.low * 0.999, self.high * 1.001
        self.setMinimumHeight(52 + ROW_HEIGHT * len(self.rows))
        self.updateGeometry()
        self.update()

    def x_of(self, price: float) -> float:
        left, width = self._scale_area()
        return left + (price - self.low) / (self.high - self.low) * width

    def _scale_area(self) -> tuple[float, float]:
        metrics = QFontMetrics(self.font())
        names = max((metrics.horizontalAdvance(r.name) for r in self.rows), default=0)
        left = min(names + 12, self.width() * 0.4)
        return left, max(10.0, self.width() - left - metrics.horizontalAdvance("+00.00 %") - 16)

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
        painter.drawText(QPointF(left, metrics.ascent() + 2), format_price(self.low))
        high_label = format_price(self.high)
        painter.drawText(QPointF(left + width - metrics.horizontalAdvance(high_label),
                                 metrics.ascent() + 2), high_label)  # fmt: skip
        for number, row in enumerate(self.rows):
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
                painter.setPen(QPen(text, 2))
                painter.drawLine(QLineF(x, y + 2, x, y + ROW_HEIGHT - 2))
                if self.median:
                    change = (row.last - self.median) / self.median * 100
                    painter.drawText(QPointF(left + width + 8, middle + metrics.ascent() / 2 - 1),
                                     f"{change:+.2f} %")  # fmt: skip
        if self.median is not None:
            x = self.x_of(self.median)
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            bottom = top + len(self.rows) * ROW_HEIGHT
            painter.drawLine(QLineF(x, top - 2, x, bottom))
            label = self.tr("median %1").replace("%1", format_price(self.median))
            painter.drawText(QPointF(x - metrics.horizontalAdvance(label) / 2,
                                     bottom + metrics.ascent() + 2), label)  # fmt: skip
