"""The Markets tab: every market of the selected exchange from one request, filtered, sorted,
refreshed while the tab is on screen, never faster than the exchange allows."""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.market.all_markets import AllTickers
from explorer.market.results import FetchError
from explorer.qt.models.error_text import error_text
from explorer.qt.models.markets_model import SYMBOL, USD_VOLUME, MarketsModel

DEFAULT_INTERVAL_S = 10
MIN_INTERVAL_S = 2  # one request, but often megabytes: no exchange is asked more often


class MarketsPane(QWidget):
    """Driven by MainWindow: ``show_exchange`` / ``show_unavailable`` / ``clear``; it asks for
    data with ``refreshRequested`` and is fed ``show_markets`` / ``show_failure``."""

    refreshRequested = Signal(str)  # noqa: N815  (exchange)
    stopRequested = Signal()  # noqa: N815
    watchRequested = Signal(str, str)  # noqa: N815  (exchange, symbol): add to the watchlist
    marketSelected = Signal(str, str)  # noqa: N815  (exchange, symbol): the row chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("marketsPane")
        self.exchange = ""
        self.name = ""
        self._min_interval_s = MIN_INTERVAL_S
        self._loaded = False
        self.model = MarketsModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table
        self.view.setObjectName("marketsTable")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(USD_VOLUME, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 6
        )  # fixed row heights: no per-row size hints over thousands of rows
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(96)
        header.resizeSection(SYMBOL, 150)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(20)  # columns fit the busiest rows, not thousands
        self.view.doubleClicked.connect(self._watch)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.view.setToolTip(self.tr("Double-click a market to add it to the watchlist"))
        self.filter = QLineEdit()
        self.filter.setObjectName("marketsFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter markets, e.g. ETH"))
        self.filter.textChanged.connect(self._filtered)
        self.chips = QButtonGroup(self)
        self.chips.setExclusive(True)
        self.chips.buttonClicked.connect(self._quote_chosen)
        self.chip_row = QHBoxLayout()
        self.chip_row.setSpacing(4)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.interval = QSpinBox()
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setRange(MIN_INTERVAL_S, 3600)
        self.interval.setValue(DEFAULT_INTERVAL_S)
        self.interval.setToolTip(
            self.tr("Refresh interval (never faster than the exchange allows)")
        )
        self.interval.valueChanged.connect(self._reschedule)
        controls = QHBoxLayout()
        controls.addWidget(self.filter, 1)
        controls.addWidget(QLabel(self.tr("Every")))
        controls.addWidget(self.interval)
        controls.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(self.chip_row)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self.clear(self.tr("Select an exchange to see its markets."))

    # -- driven by the window --------------------------------------------------------------------
    def show_exchange(self, exchange: str, name: str, rate_limit: float, live: bool = True) -> None:
        """Show ``exchange``'s markets; they are fetched when the tab is on screen (not at
        start-up, ``live`` False: then on Refresh or the next time the tab is shown)."""
        if exchange == self.exchange:
            return
        self.stopRequested.emit()
        self.exchange, self.name, self._loaded = exchange, name, False
        self._min_interval_s = max(MIN_INTERVAL_S, math.ceil(1 / max(rate_limit, 0.01)))
        self.interval.setMinimum(self._min_interval_s)
        self.model.clear()
        self._set_chips([])
        self._set_enabled(True)
        self.status.setText(
            (self.tr("Loading the markets of %1…") if live
             else self.tr("Press Refresh for the markets of %1.")).replace("%1", name)
        )  # fmt: skip
        if self.isVisible() and live:
            self.refresh()
        self._reschedule()

    def show_unavailable(self, name: str, reason: str) -> None:
        self.clear(self.tr("No market list for %1: %2").replace("%1", name).replace("%2", reason))

    def clear(self, message: str) -> None:
        self.stopRequested.emit()
        self.exchange = self.name = ""
        self._timer.stop()
        self.model.clear()
        self._set_chips([])
        self.status.setText(message)
        self._set_enabled(False)

    def show_markets(self, exchange: str, answer: AllTickers) -> None:
        if exchange != self.exchange:
            return
        first = not self._loaded
        self._loaded = True
        self.model.set_markets(answer)
        if first:
            self._set_chips(self.model.quotes())
            self.view.resizeColumnsToContents()
        self._describe(failed=None)

    def show_failure(self, error: FetchError) -> None:
        if error.exchange != self.exchange:
            return
        self._describe(failed=error)

    def refresh(self) -> None:
        if self.exchange:
            self.refreshRequested.emit(self.exchange)

    # -- Qt ------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.exchange and not self._loaded:
            self.refresh()
        self._reschedule()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self._timer.stop()  # nobody is looking: no requests

    # -- internals -----------------------------------------------------------------------------
    def _describe(self, failed: FetchError | None) -> None:
        total, shown = self.model.total(), self.model.rowCount()
        text = (
            self.tr("%1 markets").replace("%1", f"{total:,}")
            if shown == total
            else self.tr("%1 of %2 markets").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        )
        skipped = dict(self.model.skipped)
        not_trading = skipped.pop("no price", 0)
        if not_trading:
            text += self.tr(" · %1 not trading (no price)").replace("%1", f"{not_trading:,}")
        if skipped:
            unread = sum(skipped.values())
            text += self.tr(" · %1 left out (unreadable)").replace("%1", f"{unread:,}")
        if failed is not None:
            problem = error_text(failed)
            text = (
                self.tr("Could not load the markets: %1").replace("%1", problem)
                if not self._loaded
                else text + self.tr(" · the last refresh failed: %1").replace("%1", problem)
            )
        self.status.setText(text)

    def _set_chips(self, quotes: list[str]) -> None:
        for button in self.chips.buttons():
            self.chips.removeButton(button)
            self.chip_row.removeWidget(button)
            button.deleteLater()
        while self.chip_row.count():
            self.chip_row.takeAt(0)
        if quotes:
            for label, quote in [(self.tr("All"), ""), *((q, q) for q in quotes)]:
                chip = QToolButton()
                chip.setText(label)
                chip.setCheckable(True)
                chip.setProperty("quote", quote)
                chip.setToolTip(
                    self.tr("Markets quoted in %1").replace("%1", quote)
                    if quote
                    else self.tr("Every quote currency")
                )
                self.chips.addButton(chip)
                self.chip_row.addWidget(chip)
                chip.setChecked(quote == "")
            self.chip_row.addStretch(1)
        self.model.set_filter(quote="")

    def _filtered(self, text: str) -> None:
        self.model.set_filter(text=text)
        if self._loaded:
            self._describe(failed=None)

    def _quote_chosen(self, button: QToolButton) -> None:
        self.model.set_filter(quote=str(button.property("quote") or ""))
        self._describe(failed=None)

    def _watch(self, index: QModelIndex) -> None:
        if index.isValid() and self.exchange:
            self.watchRequested.emit(self.exchange, self.model.symbol_at(index.row()))

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.exchange:
            self.marketSelected.emit(self.exchange, self.model.symbol_at(current.row()))

    def _reschedule(self) -> None:
        if self.exchange and self.isVisible():
            self._timer.start(max(self.interval.value(), self._min_interval_s) * 1000)
        else:
            self._timer.stop()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.view, self.filter, self.refresh_button, self.interval):
            widget.setEnabled(enabled)
