"""One symbol across many exchanges: best bid and ask, spread, deviation from the median."""

from __future__ import annotations

import statistics
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from explorer.qt import ticker_format as fmt
from explorer.qt.roles import SortRole
from explorer.qt.table_base import ListTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
EXCHANGE, LAST, BID, ASK, SPREAD, DEVIATION, AGE, LATENCY, STATUS = range(9)


class CompareModel(ListTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, Any]] = []  # (exchange id, display name, result)
        self._median: float | None = None
        self._best_bid: str | None = None
        self._best_ask: str | None = None
        self._headers = [
            self.tr("Exchange"), self.tr("Last"), self.tr("Bid"), self.tr("Ask"),
            self.tr("Spread"), self.tr("vs median"), self.tr("Age"), self.tr("Latency"),
            self.tr("Status"),
        ]  # fmt: skip

    def reset(self, exchanges: list[tuple[str, str]]) -> None:
        names = [name for _, name in exchanges]
        self.beginResetModel()
        self._rows = [
            (exchange_id, name if names.count(name) == 1 else f"{name} ({exchange_id})", None)
            for exchange_id, name in exchanges
        ]
        self._median = self._best_bid = self._best_ask = None
        self.endResetModel()

    def add_result(self, exchange: str, result: Any) -> None:
        self.add_results({exchange: result})

    def add_results(self, results: dict[str, Any]) -> None:
        """Apply a batch of results: the median and best prices are recomputed once."""
        for number, (exchange_id, name, _) in enumerate(self._rows):
            if exchange_id in results:
                self._rows[number] = (exchange_id, name, results[exchange_id])
        self._recompute()
        if self._rows:  # the median moved, so every row's deviation may have changed
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, STATUS))

    def failures(self) -> list[tuple[str, str]]:
        return [(name, r.message) for _, name, r in self._rows if _is_error(r)]

    def best(self) -> tuple[str | None, str | None]:
        return self._best_bid, self._best_ask

    def _recompute(self) -> None:
        tickers = [(e, r) for e, _, r in self._rows if r is not None and not _is_error(r)]
        lasts = [float(t.last) for _, t in tickers if t.last is not None]
        self._median = statistics.median(lasts) if lasts else None
        # A zero or negative quote is an empty book (or a placeholder), never the best price.
        bids = [(t.bid, e) for e, t in tickers if t.bid is not None and t.bid > 0]
        asks = [(t.ask, e) for e, t in tickers if t.ask is not None and t.ask > 0]
        self._best_bid = max(bids)[1] if bids else None  # the highest price someone will pay
        self._best_ask = min(asks)[1] if asks else None  # the lowest price someone will sell at

    # -- Qt ------------------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        exchange, name, result = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(name, result, column)
        if role == SortRole:
            return self._sort_key(name, result, column)
        best = (column == BID and exchange == self._best_bid) or (
            column == ASK and exchange == self._best_ask
        )
        if role == Qt.ItemDataRole.BackgroundRole and best:
            return QGuiApplication.palette().brush(QPalette.ColorRole.Highlight)
        if role == Qt.ItemDataRole.ForegroundRole:
            if best:
                return QGuiApplication.palette().brush(QPalette.ColorRole.HighlightedText)
            if _is_error(result):
                return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole and result is not None:
            return result.message if _is_error(result) else result.source_url
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (EXCHANGE, STATUS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _deviation(self, ticker: Any) -> float | None:
        if self._median in (None, 0) or ticker.last is None:
            return None
        return (float(ticker.last) - self._median) / self._median * 100

    def _text(self, name: str, result: Any, column: int) -> str | None:
        if column == EXCHANGE:
            return name
        if result is None:
            return self.tr("fetching…") if column == STATUS else None
        if _is_error(result):
            return result.message if column == STATUS else None
        if column == LAST:
            return fmt.price(result.last)
        if column == BID:
            return fmt.price(result.bid)
        if column == ASK:
            return fmt.price(result.ask)
        if column == SPREAD:
            return fmt.percent(fmt.spread(result.bid, result.ask)).lstrip("+")
        if column == DEVIATION:
            return fmt.percent(self._deviation(result))
        if column == AGE:
            return fmt.age(result.age_ms(result.fetched_at))
        if column == LATENCY:
            return f"{result.latency_ms} ms"
        return self.tr("cached") if result.cached else self.tr("ok")

    def _sort_key(self, name: str, result: Any, column: int) -> Any:
        if column == EXCHANGE:
            return (0, name.casefold())
        if column == STATUS or result is None or _is_error(result):
            return (1, name.casefold())
        if column == SPREAD:
            value = fmt.spread(result.bid, result.ask)
        elif column == DEVIATION:
            value = self._deviation(result)
        elif column == LATENCY:
            value = result.latency_ms
        elif column == AGE:
            value = 0
        else:
            value = (result.last, result.bid, result.ask)[column - LAST]
        return (0, float(value)) if value is not None else (1, 0.0)


def _is_error(result: Any) -> bool:
    return result is not None and getattr(result, "kind", None) is not None
