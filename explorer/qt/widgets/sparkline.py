"""Paints the session's ticks of a row as a small line (QPainter; no chart library)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QSize
from PySide6.QtGui import QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from explorer.qt.models.ticker_model import TicksRole


class SparklineDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        ticks = index.data(TicksRole) or []
        if len(ticks) < 2:
            return
        rect = option.rect.adjusted(4, 4, -4, -4)
        low, high = min(ticks), max(ticks)
        span = (high - low) or 1.0
        step = rect.width() / (len(ticks) - 1)
        line = QPolygonF(
            [
                QPointF(
                    rect.left() + i * step, rect.bottom() - (value - low) / span * rect.height()
                )
                for i, value in enumerate(ticks)
            ]
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        role = (QPalette.ColorRole.HighlightedText if option.state & option.state.State_Selected
                else QPalette.ColorRole.Link)  # fmt: skip
        painter.setPen(QPen(option.palette.color(role), 1.5))
        painter.drawPolyline(line)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        return QSize(90, super().sizeHint(option, index).height())
