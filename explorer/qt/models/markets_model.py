"""Every market of one exchange (the Markets tab): filtered by text and quote currency, sorted by
any column, refreshed in place.

The model filters and sorts itself (a Python ``QSortFilterProxyModel.lessThan`` over 5,000 rows
would call back into Python ~60,000 times per sort). A refresh that lists the same markets keeps
the rows and their order where it can: one ``dataChanged`` when the order holds, a layout change
that carries the selection along when it does not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from decimal import Decimal
from operator import itemgetter
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from explorer.market import formatting as fmt
from explorer.market.all_markets import AllTickers
from explorer.market.results import CROSSED, OUTSIDE_RANGE, Ticker
from explorer.market.symbols import base_and_quote
from explorer.market.usd_volume import quote_volume, usd_volumes
from explorer.qt.models.display_text import local_number, tooltip
from explorer.qt.models.table_base import ListTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
SYMBOL, LAST, BID, ASK, SPREAD, CHANGE, BASE_VOLUME, QUOTE_VOLUME, USD_VOLUME, FLAGS = range(10)
SymbolRole = Qt.ItemDataRole.UserRole + 30
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


_KEYS: dict[int, Callable[[Ticker], Any]] = {
    LAST: lambda t: t.last,
    BID: lambda t: t.bid,
    ASK: lambda t: t.ask,
    SPREAD: lambda t: fmt.spread(t.bid, t.ask),
    CHANGE: lambda t: t.percentage,
    BASE_VOLUME: lambda t: t.base_volume,
    QUOTE_VOLUME: quote_volume,
    FLAGS: lambda t: len(t.warnings) or None,
}  # USD_VOLUME: from the model's table of estimates


class MarketsModel(ListTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[Ticker] = []  # every market of the last answer
        self._rows: list[Ticker] = []  # the ones shown, in the order shown
        self._text = ""
        self._quote = ""
        self._sort = (USD_VOLUME, Qt.SortOrder.DescendingOrder)
        self._usd: dict[str, Decimal | None] = {}
        self.skipped: dict[str, int] = {}  # items of the answer left out, by reason
        self._headers = [
            self.tr("Market"), self.tr("Last"), self.tr("Bid"), self.tr("Ask"),
            self.tr("Spread"), self.tr("24h %"), self.tr("Base volume"),
            self.tr("Quote volume"), self.tr("Volume ≈ USD"), self.tr("Flags"),
        ]  # fmt: skip

    # -- content -------------------------------------------------------------------------------
    def set_markets(self, answer: AllTickers | None) -> None:
        """A new answer. The same markets as before update in place; others reset the view."""
        tickers = list(answer.tickers) if answer is not None else []
        self.skipped = dict(answer.skipped_reasons) if answer is not None else {}
        same = len(tickers) == len(self._all) and {t.symbol for t in tickers} == {
            t.symbol for t in self._all
        }
        self._all = tickers
        self._usd = (
            dict(answer.dollar_volumes)
            if answer is not None and len(answer.dollar_volumes) == len(tickers)
            else usd_volumes(tickers)
        )
        if not same:
            self.beginResetModel()
            self._rows = self._select()
            self.endResetModel()
            return
        self._relayout()

    def clear(self) -> None:
        self.set_markets(None)

    def total(self) -> int:
        return len(self._all)

    def symbols(self) -> list[str]:
        return [t.symbol for t in self._all]

    def quotes(self, limit: int = 8) -> list[str]:
        """The quote currencies with the most markets, most first."""
        counts = Counter(base_and_quote(t.symbol)[1] for t in self._all)
        return [quote for quote, _ in counts.most_common(limit)]

    def symbol_at(self, row: int) -> str:
        return self._rows[row].symbol

    def set_filter(self, text: str | None = None, quote: str | None = None) -> None:
        """Keep markets whose symbol holds every word of ``text`` and is quoted in ``quote``
        ("" for any); None leaves that part as it is."""
        if (text is None or text == self._text) and (quote is None or quote == self._quote):
            return
        if text is not None:
            self._text = text
        if quote is not None:
            self._quote = quote
        self.beginResetModel()
        self._rows = self._select()
        self.endResetModel()

    # -- Qt ------------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._relayout()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ticker, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(ticker, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (SYMBOL, FLAGS):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._tooltip(ticker, column))
        if role == SymbolRole:
            return ticker.symbol
        return None

    # -- internals -----------------------------------------------------------------------------
    def _select(self) -> list[Ticker]:
        words = self._text.upper().replace("-", "/").split()
        shown = [
            t
            for t in self._all
            if (not self._quote or base_and_quote(t.symbol)[1] == self._quote)
            and all(word in t.symbol for word in words)
        ]
        return self._sorted(shown)

    def _sorted(self, tickers: Iterable[Ticker]) -> list[Ticker]:
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        if column == SYMBOL:
            return sorted(tickers, key=lambda t: t.symbol, reverse=descending)
        key = self._usd_volume if column == USD_VOLUME else _KEYS[column]
        keyed = [(key(t), t.symbol, t) for t in tickers]
        known = [item for item in keyed if item[0] is not None]
        known.sort(key=itemgetter(0, 1), reverse=descending)
        unknown = sorted((item for item in keyed if item[0] is None), key=itemgetter(1))
        return [item[2] for item in known] + [item[2] for item in unknown]  # no value: last

    def _relayout(self) -> None:
        rows = self._select()
        if [t.symbol for t in rows] == [t.symbol for t in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, FLAGS))
            return
        self.layoutAboutToBeChanged.emit()
        where = {t.symbol: number for number, t in enumerate(rows)}
        old = self.persistentIndexList()
        new = []
        for index in old:
            row = index.row()
            number = where.get(self._rows[row].symbol) if row < len(self._rows) else None
            new.append(QModelIndex() if number is None else self.index(number, index.column()))
        self._rows = rows
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _cell(self, ticker: Ticker, column: int) -> str:
        if column == SYMBOL:
            return ticker.symbol
        if column == SPREAD:
            return fmt.percent(fmt.spread(ticker.bid, ticker.ask)).lstrip("+")
        if column == CHANGE:
            return fmt.percent(ticker.percentage)
        if column == BASE_VOLUME:
            return fmt.volume(ticker.base_volume)
        if column == QUOTE_VOLUME:
            return fmt.volume(quote_volume(ticker))
        if column == USD_VOLUME:
            return fmt.volume(self._usd_volume(ticker))
        if column == FLAGS:
            return " ".join(self._flag_text(flag) for flag in ticker.warnings)
        return local_number(fmt.price(_KEYS[column](ticker)))

    def _usd_volume(self, ticker: Ticker) -> Decimal | None:
        return self._usd.get(ticker.symbol)

    def _flag_text(self, flag: str) -> str:
        return {
            CROSSED: self.tr("crossed book"),
            OUTSIDE_RANGE: self.tr("last outside the day's range"),
        }.get(flag, flag)

    def _tooltip(self, ticker: Ticker, column: int) -> str | None:
        if column == FLAGS and ticker.warnings:
            notes = {
                CROSSED: self.tr("The best bid is above the best ask: these numbers disagree."),
                OUTSIDE_RANGE: self.tr("The last price is over 5 % outside the day's range."),
            }
            return "\n".join(notes.get(flag, flag) for flag in ticker.warnings)
        if column == QUOTE_VOLUME and ticker.quote_volume is None and quote_volume(ticker):
            return self.tr("Estimated: base volume times last price")
        if column == USD_VOLUME:
            return self.tr("The quote volume in US dollars, at the exchange's own prices")
        return ticker.symbol if column == SYMBOL else None
