"""Where alerts meet Qt: every ticker the app receives is checked against the user's alerts
(the watchlist's, the Markets tab's, Compare's, and a round of its own every so often for the
markets no pane shows), and each alert that fires becomes one desktop notification (the
system tray's; the status bar where there is no tray) and a line in the history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from explorer.live.alerts import MESSAGES, AlertBook, AlertEvent
from explorer.market.all_markets import AllTickers
from explorer.market.results import Ticker
from explorer.text import fill

MIN_POLL_S = 15


class AlertCenter(QObject):
    """Owns the :class:`AlertBook` while the app runs."""

    notified = Signal(str, str)
    changed = Signal()  # rules or history changed (the dialog redraws)
    priceSeen = Signal()  # noqa: N815  (a watched market's price landed)
    pollRequested = Signal(list)  # noqa: N815  ([(exchange, symbol)]): prices wanted

    def __init__(self, book: AlertBook, names: dict[str, str], parent: QObject | None = None):
        super().__init__(parent)
        self.book = book
        self.book.changed = self.changed.emit
        self._names = names
        self.last_prices: dict[tuple[str, str], Ticker] = {}
        self._tray: QSystemTrayIcon | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.poll)
        self.poll_seconds = 30
        self.changed.connect(self._schedule)
        self._schedule()

    def set_poll_seconds(self, seconds: int) -> None:
        self.poll_seconds = max(MIN_POLL_S, seconds)
        self._schedule()

    def _schedule(self) -> None:
        if self.book.markets():
            if not self._timer.isActive() or self._timer.interval() != self.poll_seconds * 1000:
                self._timer.start(self.poll_seconds * 1000)
        else:
            self._timer.stop()

    def poll(self) -> None:
        """Ask for every watched market's price now (the bridge paces the requests)."""
        markets = self.book.markets()
        if markets:
            self.pollRequested.emit(markets)

    # -- tickers from anywhere ---------------------------------------------------------------------
    def check(self, ticker: Ticker) -> None:
        if ticker.cached:
            return
        key = (ticker.exchange, ticker.symbol)
        if key in self.book.markets():
            self.last_prices[key] = ticker
            self.priceSeen.emit()
        for event in self.book.check(ticker):
            self._notify(event)

    def check_all(self, exchange: str, answer: AllTickers) -> None:
        watched = {symbol for ex, symbol in self.book.markets() if ex == exchange}
        if not watched:
            return
        for ticker in answer.tickers:
            if ticker.symbol in watched:
                self.check(ticker)

    # -- telling the user --------------------------------------------------------------------------
    def message(self, event: AlertEvent) -> str:
        market = self.tr("%1 on %2").replace("%1", event.symbol)
        market = market.replace("%2", self._names.get(event.exchange, event.exchange))
        template = QCoreApplication.translate("Alerts", MESSAGES[event.kind])
        return fill(template, event.fill_values(market))

    def _notify(self, event: AlertEvent) -> None:
        title = self.tr("Price alert: %1").replace("%1", event.symbol)
        text = self.message(event)
        tray = self._tray_icon()
        if tray is not None:
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        self.notified.emit(title, text)

    def _tray_icon(self) -> QSystemTrayIcon | None:
        if self._tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip(self.tr("Exchange Explorer: price alerts"))
            self._tray.show()
        return self._tray
