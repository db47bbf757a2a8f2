"""The reachability table: one row per exchange checked, sortable by any column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from explorer.market.reachability import REACH_TEXT, Reach, ReachResult
from explorer.qt.models.display_text import tooltip
from explorer.qt.models.error_text import error_text
from explorer.qt.models.table_base import ListTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
EXCHANGE, STATUS, LATENCY, DETAIL = range(4)
# Sorting by status: reachable first, then "there, but not serving us now", then the rest.
_ORDER = [Reach.REACHABLE, Reach.RATE_LIMITED, Reach.MAINTENANCE, Reach.SERVER_ERROR,
          Reach.BLOCKED, Reach.TIMEOUT, Reach.TLS, Reach.REFUSED, Reach.DNS, Reach.OFFLINE,
          Reach.OTHER]  # fmt: skip
_DOT_COLOURS = {  # legible on light and dark backgrounds
    "good": "#2e9d4a",
    "slow": "#e08a00",  # it is there, but not serving us now
    "bad": "#d64541",
}
SORT_ROLE = Qt.ItemDataRole.UserRole + 40


def reach_colour(reach: Reach) -> str:
    if reach is Reach.REACHABLE:
        return "good"
    if reach in (Reach.RATE_LIMITED, Reach.MAINTENANCE):
        return "slow"
    return "bad"


_icons: dict[str, QIcon] = {}


def dot(reach: Reach) -> QIcon:
    """A small coloured dot for ``reach`` (made once per colour)."""
    colour = reach_colour(reach)
    if colour not in _icons:
        pixmap = QPixmap(12, 12)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(0, 0, 0, 90))
        painter.setBrush(QColor(_DOT_COLOURS[colour]))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _icons[colour] = QIcon(pixmap)
    return _icons[colour]


def reach_text(reach: Reach) -> str:
    return QCoreApplication.translate("Reach", REACH_TEXT[reach])


def detail_text(result: ReachResult) -> str:
    """The detail, translated where the failure can be."""
    return error_text(result.error) if result.error is not None else result.detail


class ReachModel(ListTableModel):
    def __init__(self, names: dict[str, str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReachResult] = []
        self._names = names or {}
        self._headers = [self.tr("Exchange"), self.tr("Status"), self.tr("Latency"),
                         self.tr("Detail")]  # fmt: skip

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def add(self, result: ReachResult) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(result)
        self.endInsertRows()

    def results(self) -> list[ReachResult]:
        return list(self._rows)

    def name(self, exchange: str) -> str:
        return self._names.get(exchange, exchange)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(result, column)
        if role == SORT_ROLE:
            if column == STATUS:
                return _ORDER.index(result.reach)
            if column == LATENCY:  # unknown latencies last
                return result.latency_ms if result.latency_ms is not None else 10**9
            return self._text(result, column)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return dot(result.reach)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LATENCY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == DETAIL:
            return tooltip(detail_text(result))
        return None

    def _text(self, result: ReachResult, column: int) -> str:
        if column == EXCHANGE:
            return self.name(result.exchange)
        if column == STATUS:
            return reach_text(result.reach)
        if column == LATENCY:
            return "" if result.latency_ms is None else f"{result.latency_ms} ms"
        return detail_text(result)
