"""The watchlist of one exchange: latest ticker per symbol, the session's ticks, row states."""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from explorer.market import formatting as fmt
from explorer.market.results import FetchError, FetchResult, Ticker
from explorer.qt.models.display_text import local_number, tooltip
from explorer.qt.models.error_text import error_text
from explorer.qt.models.table_base import ListTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
SYMBOL, LAST, BID, ASK, SPREAD, CHANGE, HIGH, LOW, VOLUME, AGE, LATENCY, TREND, STATUS = range(13)
FLASH_SECONDS = 0.8
MAX_RUNS = 32  # dataChanged signals per update; past that, one spanning them costs far less
TicksRole = Qt.ItemDataRole.UserRole + 20  # the session's last prices, for the sparkline
# The numbers whose change makes a cell flash (and a row repaint).
_QUOTED_COLUMNS = {LAST: "last", BID: "bid", ASK: "ask", HIGH: "high", LOW: "low",
                   VOLUME: "base_volume", CHANGE: "percentage"}  # fmt: skip
_quoted = attrgetter(*_QUOTED_COLUMNS.values())
_UNIFIED = {"base_volume": "baseVolume"}  # ticker attribute -> unified field name


@dataclass
class Row:
    symbol: str
    ticker: Ticker | None = None
    error: FetchError | None = None  # the latest attempt failed
    ticks: deque[float] = field(default_factory=lambda: deque(maxlen=120))  # price changes
    # column -> (when it changed, whether it rose: None when it cannot be told)
    flashed: dict[int, tuple[float, bool | None]] = field(default_factory=dict)


class TickerTableModel(ListTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self.stale_after_ms = 60_000
        self.change_colours = (QColor("#2e9d4a"), QColor("#d64541"))  # (rise, fall)
        self._headers = [
            self.tr("Symbol"), self.tr("Last"), self.tr("Bid"), self.tr("Ask"), self.tr("Spread"),
            self.tr("24h %"), self.tr("High"), self.tr("Low"), self.tr("Volume"), self.tr("Age"),
            self.tr("Latency"), self.tr("Trend"), self.tr("Status"),
        ]  # fmt: skip

    def set_symbols(self, symbols: list[str], cached: dict[str, Any]) -> None:
        self.beginResetModel()
        self._rows = [Row(s, ticker=cached.get(s)) for s in symbols]
        self.endResetModel()

    def set_watchlist(self, symbols: list[str]) -> None:
        """Add or remove symbols, keeping what the remaining rows already know."""
        kept = {row.symbol: row for row in self._rows}
        self.beginResetModel()
        self._rows = [kept.get(s) or Row(s) for s in symbols]
        self.endResetModel()

    def symbols(self) -> list[str]:
        return [row.symbol for row in self._rows]

    def update(self, result: FetchResult) -> None:
        """A fetch result for one of the rows' symbols; that row repaints."""
        self.update_many([result])

    def update_many(self, results: list[FetchResult]) -> int:
        """Apply many results; only rows whose numbers changed repaint. Returns that count."""
        rows_by_symbol = {row.symbol: number for number, row in enumerate(self._rows)}
        changed: list[int] = []
        for result in results:
            number = rows_by_symbol.get(result.symbol)
            if number is None:
                continue
            if self._apply(self._rows[number], result):
                changed.append(number)
        runs = _runs(sorted(changed))
        if len(runs) > MAX_RUNS:  # one signal: the view repaints only what is on screen anyway
            runs = [(runs[0][0], runs[-1][1])]
        for first, last in runs:
            self.dataChanged.emit(self.index(first, 0), self.index(last, STATUS))
        return len(changed)

    def _apply(self, row: Row, result: FetchResult) -> bool:
        if isinstance(result, FetchError):
            row.error = result
            if row.ticker is None and result.cached is not None:
                row.ticker = result.cached
            return True
        old = row.ticker
        changed = old is None or row.error is not None or old.cached
        if old is not None and _quoted(old) != _quoted(result):  # one C-level compare per row
            now = time.monotonic()
            for column, name in _QUOTED_COLUMNS.items():
                before, after = getattr(old, name), getattr(result, name)
                if before != after:
                    rose = None if before is None or after is None else after > before
                    row.flashed[column] = (now, rose)
            changed = True
        row.ticker, row.error = result, None
        if result.last is not None and (old is None or old.last != result.last or not row.ticks):
            row.ticks.append(float(result.last))  # a tick is a new price, not a new fetch
        return changed

    def failure_if_all_failed(self) -> tuple[FetchError, int | None] | None:
        """When every row's latest fetch failed: one of the failures, and the age in ms of the
        newest saved prices shown instead (None: nothing saved). Otherwise None."""
        if not self._rows or any(row.error is None for row in self._rows):
            return None
        saved = [row.ticker for row in self._rows if row.ticker is not None]
        now = _now_ms()
        age = min((t.age_ms(now) for t in saved), default=None)
        return self._rows[0].error, age  # type: ignore[return-value]

    def tick_clock(self) -> None:
        """Once a second: ages advance and flashes fade."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, STATUS))

    # -- Qt ------------------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == TicksRole:
            return list(row.ticks)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (SYMBOL, STATUS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.state(row) != "live":
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._flash(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._tooltip(row, column))
        return None

    @staticmethod
    def _tooltip(row: Row, column: int) -> str | None:
        ticker = row.ticker
        name = _QUOTED_COLUMNS.get(column)
        if ticker is not None and name is not None:
            reason = ticker.invalid.get(_UNIFIED.get(name, name))
            if reason:
                return reason
        if row.error is not None:
            return error_text(row.error)
        return ticker.source_url if ticker is not None else None

    def state_at(self, row: int) -> str:
        """The state of the row numbered ``row`` (see :meth:`state`)."""
        return self.state(self._rows[row])

    def state(self, row: Row) -> str:
        """live, stale (older than stale_after_ms), cached (from disk), error or waiting."""
        if row.ticker is None:
            return "error" if row.error is not None else "waiting"
        if row.ticker.cached:
            return "cached"
        if row.ticker.age_ms(_now_ms()) > self.stale_after_ms:
            return "stale"
        return "error" if row.error is not None else "live"

    def _text(self, row: Row, column: int) -> str | None:
        ticker = row.ticker
        if column == SYMBOL:
            return row.symbol
        if column == STATUS:
            return self._status(row)
        if ticker is None or column == TREND:
            return None
        if column == SPREAD:
            return fmt.percent(fmt.spread(ticker.bid, ticker.ask)).lstrip("+")
        if column == CHANGE:
            return fmt.percent(ticker.percentage)
        if column == VOLUME:
            return fmt.volume(ticker.base_volume)
        if column == AGE:
            return fmt.age(ticker.age_ms(_now_ms()))
        if column == LATENCY:
            return f"{ticker.latency_ms} ms"
        return local_number(fmt.price(self._value(ticker, column)))

    def _status(self, row: Row) -> str:
        state = self.state(row)
        if row.error is not None:
            prefix = {"cached": self.tr("CACHED"), "stale": self.tr("STALE")}.get(state)
            message = error_text(row.error)
            return f"{prefix} — {message}" if prefix else message
        return {
            "live": self.tr("live"),
            "stale": self.tr("STALE"),
            "cached": self.tr("CACHED"),
            "waiting": self.tr("waiting…"),
        }[state]

    @staticmethod
    def _value(ticker: Any, column: int) -> Any:
        return getattr(ticker, _QUOTED_COLUMNS[column]) if column in _QUOTED_COLUMNS else None

    def _flash(self, row: Row, column: int) -> QColor | None:
        """A rise flashes in the rise colour, a fall in the fall colour (green and red, or the
        other way round: ``change_colours``), fading out; a change of unknown sense neutral."""
        flashed = row.flashed.get(column)
        if flashed is None:
            return None
        changed, rose = flashed
        remaining = 1 - (time.monotonic() - changed) / FLASH_SECONDS
        if remaining <= 0:
            del row.flashed[column]
            return None
        if rose is None:
            color = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
        else:
            color = QColor(self.change_colours[0 if rose else 1])
        color.setAlphaF(0.45 * remaining)
        return color


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Consecutive runs in sorted ``numbers``: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][1] == number - 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs


def _now_ms() -> int:
    return int(time.time() * 1000)
