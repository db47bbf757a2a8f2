"""One symbol across many exchanges: best bid and ask, spread, deviation from the median."""

from __future__ import annotations

import statistics
from operator import itemgetter
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from explorer.market import formatting as fmt
from explorer.market.results import FetchError, FetchResult
from explorer.qt.models.display_text import local_number, tooltip
from explorer.qt.models.error_text import error_text
from explorer.qt.models.table_base import ListTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
EXCHANGE, LAST, BID, ASK, SPREAD, DEVIATION, AGE, LATENCY, STATUS = range(9)
_Role = Qt.ItemDataRole
DISPLAY, ALIGNMENT, BACKGROUND, FOREGROUND, TOOLTIP = (
    int(role)
    for role in (_Role.DisplayRole, _Role.TextAlignmentRole, _Role.BackgroundRole,
                 _Role.ForegroundRole, _Role.ToolTipRole)
)  # fmt: skip
_ROLES = frozenset((DISPLAY, ALIGNMENT, BACKGROUND, FOREGROUND, TOOLTIP))
_by_key = itemgetter(0)
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CompareModel(ListTableModel):
    """Sorts itself (``sort``): one Python sort of precomputed keys, where a sorting proxy would
    call ``data()`` twice per comparison, thousands of times per batch of results."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, Any]] = []  # (exchange id, display name, result)
        self._texts: dict[tuple[int, int], str | None] = {}  # formatted once per batch
        self._sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
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
        self._texts.clear()
        self.endResetModel()

    def add_result(self, result: FetchResult) -> None:
        self.add_results({result.exchange: result})

    def add_results(self, results: dict[str, FetchResult]) -> None:
        """Apply a batch of results (by exchange): the median and best prices are recomputed
        once."""
        for number, (exchange_id, name, _) in enumerate(self._rows):
            if exchange_id in results:
                self._rows[number] = (exchange_id, name, results[exchange_id])
        self._recompute()
        self._texts.clear()
        if self._rows:  # the median moved, so every row's deviation may have changed
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, STATUS))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (and keep sorting by it: :meth:`resort` after a batch)."""
        self._sorted_by = (column, order)
        if not 0 <= column < len(self._headers) or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[index.row()][0], index.column()) for index in persistent]
        descending = order == Qt.SortOrder.DescendingOrder
        keyed = [(self._sort_key(row[1], row[2], column), row) for row in self._rows]
        # Rows without a number for this column (failures, still fetching) stay last either way.
        present = sorted((k for k in keyed if k[0][0] == 0), key=_by_key, reverse=descending)
        absent = sorted((k for k in keyed if k[0][0] != 0), key=_by_key,
                        reverse=descending and column == STATUS)  # fmt: skip
        self._rows = [row for _, row in present + absent]
        self._texts.clear()
        row_of = {exchange: number for number, (exchange, _, _) in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(row_of[exchange], held_column) for exchange, held_column in held],
        )
        self.layoutChanged.emit()

    def resort(self) -> None:
        self.sort(*self._sorted_by)

    def texts(self, column: int) -> list[str]:
        """Every row's text in ``column`` (what the view shows; e.g. to size the column)."""
        return [self._display(row, column) or "" for row in range(len(self._rows))]

    def _display(self, row: int, column: int) -> str | None:
        key = (row, column)
        if key not in self._texts:
            _, name, result = self._rows[row]
            self._texts[key] = self._text(name, result, column)
        return self._texts[key]

    def row_of(self, exchange: str) -> int:
        """The row showing ``exchange`` (-1 if none)."""
        return next((n for n, (e, _, _) in enumerate(self._rows) if e == exchange), -1)

    def result_of(self, exchange: str) -> FetchResult | None:
        """What the compare has for ``exchange`` so far (None while it is fetching)."""
        row = self.row_of(exchange)
        return self._rows[row][2] if row >= 0 else None

    def failures(self) -> list[tuple[str, str]]:
        return [(name, error_text(r)) for _, name, r in self._rows if isinstance(r, FetchError)]

    def errors(self) -> list[FetchError]:
        return [r for _, _, r in self._rows if isinstance(r, FetchError)]

    def answered(self) -> int:
        """How many exchanges gave a price."""
        return sum(1 for _, _, r in self._rows if r is not None and not _is_error(r))

    def price_rows(self) -> list[tuple[str, float | None, float | None, float | None]]:
        """(name, last, bid, ask) of every exchange that gave a price, for the bar chart."""

        def number(value: Any) -> float | None:
            return None if value is None or value <= 0 else float(value)

        return [
            (name, number(r.last), number(r.bid), number(r.ask))
            for _, name, r in self._rows
            if r is not None and not _is_error(r)
        ]

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
    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        # Called for every role of every visible cell on each repaint: plain int roles, and
        # the texts formatted once per batch.
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == DISPLAY:
            return self._display(row, column)
        if role == ALIGNMENT:
            return None if column in (EXCHANGE, STATUS) else _RIGHT_ALIGNED
        exchange, _, result = self._rows[row]
        best = (column == BID and exchange == self._best_bid) or (
            column == ASK and exchange == self._best_ask
        )
        if role == BACKGROUND and best:
            return QGuiApplication.palette().brush(QPalette.ColorRole.Highlight)
        if role == FOREGROUND:
            if best:
                return QGuiApplication.palette().brush(QPalette.ColorRole.HighlightedText)
            if _is_error(result):
                return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == TOOLTIP and result is not None:
            text = error_text(result) if isinstance(result, FetchError) else result.source_url
            return tooltip(text)
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
        if isinstance(result, FetchError):
            return error_text(result) if column == STATUS else None
        if column == LAST:
            return local_number(fmt.price(result.last))
        if column == BID:
            return local_number(fmt.price(result.bid))
        if column == ASK:
            return local_number(fmt.price(result.ask))
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


def _is_error(result: FetchResult | None) -> bool:
    return isinstance(result, FetchError)
