"""Live prices for the selected exchange: watchlist, auto refresh, pause, manual refresh."""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.market import formatting as fmt
from explorer.market.results import FetchResult
from explorer.market.symbol_lookup import SymbolLookup, typed_symbol
from explorer.qt.models.error_text import error_text
from explorer.qt.models.ticker_model import STATUS, TREND, TickerTableModel
from explorer.qt.widgets.sparkline import SparklineDelegate
from explorer.text import fill, one_line

DEFAULT_INTERVAL_S = 10


class TickerPane(QGroupBox):
    """Driven by MainWindow: ``show_exchange`` / ``show_unavailable`` / ``clear``; it asks for
    data through ``refreshRequested`` and is fed with ``update``."""

    refreshRequested = Signal(str, list)  # noqa: N815  (exchange, symbols)
    marketsWanted = Signal(str)  # noqa: N815  (exchange): its market list, for the symbol field
    watchlistChanged = Signal(str, list)  # noqa: N815  (exchange, symbols)
    stopRequested = Signal()  # noqa: N815
    marketSelected = Signal(str, str)  # noqa: N815  (exchange, symbol): the row chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tickerPane")
        self.setTitle(self.tr("Live prices"))
        self.exchange = ""
        self._min_interval_s = 1
        self.model = TickerTableModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table
        self.view.setObjectName("tickerTable")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(TREND, SparklineDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)  # long error texts elide; the full text is the tooltip
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(78)
        # Numbers are never cut: their columns follow their content (a watchlist has a few
        # rows, so measuring them costs nothing); the status takes the rest of the width.
        for column in range(STATUS):
            if column != TREND:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        remove.activated.connect(self.remove_selected)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.add_field = QLineEdit()
        self.add_field.setPlaceholderText(self.tr("Add symbol, e.g. BTC/USDT"))
        self.add_field.returnPressed.connect(self._add_symbol)
        self.add_field.textEdited.connect(self._typing)
        self._lookup: SymbolLookup | None = None
        self._lookup_exchange = ""
        self._refused = False
        self._banner_shown = False
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.add_field.setCompleter(completer)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._paused)
        self.interval = QSpinBox()
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setRange(1, 3600)
        self.interval.setValue(DEFAULT_INTERVAL_S)
        self.interval.setToolTip(
            self.tr("Refresh interval (never faster than the exchange allows)")
        )
        self.interval.valueChanged.connect(self._reschedule)
        controls = QHBoxLayout()
        controls.addWidget(self.add_field, 1)
        self.every = QLabel(self.tr("Every"))
        controls.addWidget(self.every)
        controls.addWidget(self.interval)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self.model.tick_clock)
        self.clear(self.tr("Select an exchange to see its live prices."))

    # -- driven by the window --------------------------------------------------------------------
    def show_exchange(
        self, exchange: str, symbols: list[str], cached: dict, rate_limit: float, live: bool
    ) -> None:
        """Show ``exchange``'s watchlist (cached values first); refresh now if ``live``."""
        self.stopRequested.emit()
        self.exchange = exchange
        self._set_controls_visible(True)
        # One watchlist refresh sends len(symbols) requests; stay within the exchange's limit.
        self._min_interval_s = max(1, math.ceil(max(1, len(symbols)) / max(rate_limit, 0.01)))
        self.interval.setMinimum(self._min_interval_s)
        self.model.set_symbols(symbols, cached)
        self._banner_shown = False
        saved = any(ticker is not None for ticker in cached.values())
        self.message.setText(
            ""
            if live
            else self.tr("Showing the last saved prices; press Refresh for live ones.")
            if saved
            else self.tr("No saved prices yet; press Refresh for live ones.")
        )
        self.message.setVisible(not live)
        self._clock.start()
        if live:
            self.refresh()
        self._reschedule()

    def set_markets(self, exchange: str, symbols: list[str]) -> None:
        """The markets ``exchange`` lists: the symbol field completes from them and refuses
        anything else."""
        self._lookup_exchange = exchange
        self._lookup = SymbolLookup(symbols)
        self._completions.setStringList(self._lookup.symbols)

    def add_symbol(self, exchange: str, symbol: str) -> bool:
        """Add a listed market to the watchlist (from the Markets tab); False if it is there."""
        if exchange != self.exchange or symbol in self.model.symbols():
            return False
        self._set_watchlist([*self.model.symbols(), symbol])
        self.refresh()
        return True

    def show_unavailable(self, name: str, reason: str) -> None:
        self.clear(self.tr("No live prices for %1: %2").replace("%1", name).replace("%2", reason))

    def clear(self, message: str) -> None:
        self.stopRequested.emit()
        self.exchange = ""
        self._timer.stop()
        self._clock.stop()
        self.model.set_symbols([], {})
        self.message.setText(message)
        self.message.setVisible(True)
        self._set_controls_visible(False)

    def show_result(self, result: FetchResult) -> None:
        if result.exchange == self.exchange:
            self.model.update(result)
            self._banner()

    def _banner(self) -> None:
        """When no row has a live price, say why in words, and what is shown instead."""
        failure = self.model.failure_if_all_failed()
        if failure is None:
            if self._banner_shown:
                self._banner_shown = False
                self.message.setVisible(False)
            return
        error, saved_ms = failure
        instead = (
            self.tr("Showing the last saved prices, %1 old.").replace("%1", fmt.age(saved_ms))
            if saved_ms is not None
            else self.tr("There are no saved prices to show instead.")
        )
        # "%1. %2": what failed, then what is shown instead (a Chinese full stop is "。").
        self.message.setText(fill(self.tr("%1. %2"), (error_text(error), instead)))
        self.message.setVisible(True)
        self._banner_shown = True

    def refresh(self) -> None:
        if self.exchange and self.model.symbols():
            self.message.setVisible(False)
            self.refreshRequested.emit(self.exchange, self.model.symbols())

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.view.selectionModel().selectedRows()}
        symbols = [s for i, s in enumerate(self.model.symbols()) if i not in rows]
        self._set_watchlist(symbols)

    # -- internals ---------------------------------------------------------------------------
    def _typing(self) -> None:
        if self._refused:  # the refusal was about the text being edited now
            self._refused = False
            self.message.setVisible(False)
        if self.exchange and self._lookup_exchange != self.exchange:
            self._lookup_exchange = self.exchange  # asked once per exchange
            self._lookup = None
            self._completions.setStringList([])
            self.marketsWanted.emit(self.exchange)

    def _add_symbol(self) -> None:
        text = self.add_field.text()
        lookup = self._lookup if self._lookup_exchange == self.exchange else None
        if lookup is not None and len(lookup):
            symbol = lookup.resolve(text)
            if symbol is None:
                self._refuse(text, lookup.closest(text))
                return
        else:  # no market list (yet, or none to be had): the exchange itself will say
            symbol = typed_symbol(text)
            if "/" not in symbol:
                return
        self.add_field.clear()
        self.message.setVisible(False)
        if symbol not in self.model.symbols():
            self._set_watchlist([*self.model.symbols(), symbol])
            self.refresh()

    def _refuse(self, text: str, closest: list[str]) -> None:
        shown = one_line(typed_symbol(text), 40)
        message = self.tr("%1 is not a market of this exchange.").replace("%1", shown)
        if closest:
            message += " " + self.tr("Closest: %1").replace("%1", ", ".join(closest))
        self.message.setText(message)
        self.message.setVisible(True)
        self._refused = True
        self.add_field.selectAll()

    def _set_watchlist(self, symbols: list[str]) -> None:
        self.model.set_watchlist(symbols)
        self.watchlistChanged.emit(self.exchange, symbols)

    def _paused(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self._reschedule()

    def _reschedule(self) -> None:
        if self.exchange and not self.pause_button.isChecked():
            self._timer.start(max(self.interval.value(), self._min_interval_s) * 1000)
            self.model.stale_after_ms = 3 * max(self.interval.value(), self._min_interval_s) * 1000
        else:
            self._timer.stop()

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        symbols = self.model.symbols()
        if self.exchange and current.isValid() and current.row() < len(symbols):
            self.marketSelected.emit(self.exchange, symbols[current.row()])

    def _set_controls_visible(self, visible: bool) -> None:
        for widget in (self.view, self.add_field, self.refresh_button, self.pause_button,
                       self.interval, self.every):  # fmt: skip
            widget.setVisible(visible)
