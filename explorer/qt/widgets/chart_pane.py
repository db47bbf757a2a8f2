"""The Chart tab: the candles of the market selected in the watchlist or the Markets tab, from
the exchange itself, with timeframe buttons; refreshed while on screen, the live price line
moved by every tick of that market. Built the first time the tab is shown."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.market.candles import Candles
from explorer.market.results import FetchError, Ticker
from explorer.market.specs import TIMEFRAMES
from explorer.qt.models.error_text import error_text
from explorer.qt.widgets.candle_chart import CandleChart

CANDLES_ASKED = 500  # enough history to pan through; the view starts with the newest 120
DEFAULT_TIMEFRAME = "1h"


def refresh_seconds(timeframe: str) -> int:
    """How often a shown chart asks again: twice a candle, at least every 15 s, at most 5 min."""
    return max(15, min(300, TIMEFRAMES[timeframe] // 2))


class ChartPane(QWidget):
    """Driven by MainWindow: ``show_market`` / ``clear``; asks with ``candlesRequested`` and is
    fed ``show_candles`` / ``show_failure`` / ``show_tick``."""

    candlesRequested = Signal(str, str, str, int)  # noqa: N815  (exchange, symbol, timeframe, n)
    stopRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPane")
        self.exchange = self.symbol = self.name = ""
        self.timeframe = DEFAULT_TIMEFRAME
        self.title = QLabel()
        self.title.setObjectName("chartTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("chartStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        row = QHBoxLayout()
        row.addWidget(self.title)
        row.addStretch(1)
        for name in TIMEFRAMES:
            button = QToolButton()
            button.setText(name)
            button.setCheckable(True)
            button.setObjectName(f"timeframe_{name}")
            button.setAccessibleName(self.tr("%1 candles").replace("%1", name))
            self.buttons.addButton(button)
            row.addWidget(button)
        self.buttons.buttonClicked.connect(lambda button: self.set_timeframe(button.text()))
        self.chart = CandleChart()
        self.chart.setToolTip(
            self.tr("Wheel or +/- to zoom, drag or ←/→ to move, Home/End for the oldest/newest")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.chart, 1)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self.clear(self.tr("Select a market in the watchlist or the Markets tab to chart it."))

    # -- driven by the window --------------------------------------------------------------------
    def show_market(self, exchange: str, name: str, symbol: str, timeframes: tuple[str, ...],
                    reason: str = "") -> None:  # fmt: skip
        """Chart ``symbol`` of ``exchange``; ``timeframes`` are those its adapter serves (none:
        ``reason`` says why there are no candles)."""
        if (exchange, symbol) == (self.exchange, self.symbol):
            return
        self.stopRequested.emit()
        self.exchange, self.name, self.symbol = exchange, name, symbol
        self.title.setText(f"{name} · {symbol}")
        for button in self.buttons.buttons():
            button.setEnabled(button.text() in timeframes)
            button.setToolTip(
                "" if button.isEnabled()
                else self.tr("%1 gives no %2 candles").replace("%1", name).replace("%2",
                                                                                  button.text())
            )  # fmt: skip
        if not timeframes:
            self.chart.clear(reason)
            self.status.setText(reason)
            self._timer.stop()
            return
        if self.timeframe not in timeframes:
            self.timeframe = DEFAULT_TIMEFRAME if DEFAULT_TIMEFRAME in timeframes else timeframes[0]
        self._check_timeframe()
        self.chart.clear(self.tr("Loading…"))
        self.refresh()

    def clear(self, message: str) -> None:
        self.stopRequested.emit()
        self.exchange = self.symbol = self.name = ""
        self.title.setText(self.tr("Chart"))
        for button in self.buttons.buttons():
            button.setEnabled(False)
        self.status.setText(message)
        self.chart.clear(message)
        self._timer.stop()

    def set_timeframe(self, timeframe: str) -> None:
        if timeframe == self.timeframe or not self.exchange:
            return
        self.timeframe = timeframe
        self._check_timeframe()
        self.stopRequested.emit()
        self.chart.clear(self.tr("Loading…"))
        self.refresh()

    def set_colours(self, rise: QColor, fall: QColor) -> None:
        self.chart.set_colours(rise, fall)

    def refresh(self) -> None:
        """Ask for the candles now (only while the chart is on screen)."""
        if not self.exchange or not self.isVisible():
            return
        self.status.setText(
            self.tr("Loading %1 candles of %2…").replace("%1", self.timeframe)
            .replace("%2", self.symbol)
        )  # fmt: skip
        self.candlesRequested.emit(self.exchange, self.symbol, self.timeframe, CANDLES_ASKED)
        self._timer.start(refresh_seconds(self.timeframe) * 1000)

    def show_candles(self, answer: Candles) -> None:
        if (answer.exchange, answer.symbol, answer.timeframe) != (
            self.exchange, self.symbol, self.timeframe
        ):  # fmt: skip
            return  # an answer for a market the user has left
        if not answer.candles:
            self.chart.clear(self.tr("The exchange sent no candles for this market."))
        else:
            self.chart.placeholder = ""
            self.chart.set_candles(answer.candles)
        when = datetime.fromtimestamp(answer.fetched_at / 1000).strftime("%H:%M:%S")
        text = self.tr("%1 candles of %2 · updated %3").replace("%1", str(len(answer.candles)))
        text = text.replace("%2", answer.timeframe).replace("%3", when)
        if answer.skipped:
            text += " · " + self.tr("%n row(s) of the answer left out", "", answer.skipped)
        self.status.setText(text)

    def show_failure(self, error: FetchError) -> None:
        if (error.exchange, error.symbol) != (self.exchange, self.symbol):
            return
        self.status.setText(error_text(error))
        if not self.chart.times:
            self.chart.clear(error_text(error))

    def show_tick(self, ticker: Ticker) -> None:
        """A new last price of the charted market moves the line (and the newest candle)."""
        if (ticker.exchange, ticker.symbol) == (self.exchange, self.symbol) and (
            ticker.last is not None and not ticker.cached
        ):
            self.chart.set_last(float(ticker.last))

    # -- inside ----------------------------------------------------------------------------------
    def _check_timeframe(self) -> None:
        for button in self.buttons.buttons():
            chosen = button.text() == self.timeframe
            button.setChecked(chosen)
            font = button.font()
            font.setBold(chosen)  # a checked tool button is hard to tell apart on a dark palette
            button.setFont(font)

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        if self.exchange and not self._timer.isActive():
            self.refresh()

    def hideEvent(self, event: object) -> None:  # noqa: N802
        super().hideEvent(event)  # type: ignore[arg-type]
        self._timer.stop()
