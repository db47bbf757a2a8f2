"""The Chart tab and the candle chart: candles from a local server replaying a recorded
Binance.US klines answer, through the window, the bridge and the services on the app's own
qasync loop; the crosshair's read-out, panning and zooming, and what is painted."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QMouseEvent
from pytest_httpserver import HTTPServer

from explorer.market.candles import Candle
from explorer.qt.widgets.candle_chart import CandleChart, format_price, nice_step
from explorer.storage.preferences import Preferences

from ..helpers.loop import until

PAYLOADS = Path(__file__).parents[1] / "market" / "payloads"
RECORDED_ROW = json.loads((PAYLOADS / "candles" / "binanceus.json").read_text())[0]
HOUR = 3_600_000


def klines(count: int) -> list[list[object]]:
    """The recorded kline, and ``count - 1`` earlier hours with other closes (so each is known)."""
    rows = []
    for back in range(count - 1, 0, -1):
        close = f"{73000 + back}.5"
        rows.append([RECORDED_ROW[0] - back * HOUR, "73000", "74000", "72000", close, "1"])
    return [*rows, RECORDED_ROW]


def test_selected_market_is_charted_and_follows_timeframe_and_ticks(
    make_window, loop, httpserver: HTTPServer, preferences: Preferences
) -> None:
    preferences.set_base_url("binanceus", httpserver.url_for("/bus").rstrip("/"))
    preferences.set_watchlist("binanceus", ["BTC/USDT"])
    preferences.save()
    httpserver.expect_request("/bus/api/v3/klines").respond_with_json(klines(30))
    httpserver.expect_request("/bus/api/v3/ticker/24hr").respond_with_data(
        (PAYLOADS / "binanceus.json").read_bytes(), content_type="application/json"
    )
    window = make_window()
    window.show()

    async def scenario() -> None:
        assert window.tree.select_path(["019", "US", "binanceus"])
        view = window.ticker.view
        view.selectionModel().setCurrentIndex(
            window.ticker.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        window.prices.setCurrentIndex(2)  # the Chart tab: built and fetching once shown
        await until(lambda: window.chart.chart.times != [])

    loop.run_until_complete(scenario())
    pane = window.chart
    assert pane.title.text() == "Binance US · BTC/USDT"
    assert len(pane.chart.times) == 30 and pane.chart.closes[-1] == 73347.62
    assert pane.status.text().startswith("30 candles of 1h · updated ")
    asked = httpserver.log[-1][0].args
    assert (asked["symbol"], asked["interval"], asked["limit"]) == ("BTCUSDT", "1h", "500")
    enabled = [b.text() for b in pane.buttons.buttons() if b.isEnabled()]
    assert enabled == ["1m", "5m", "15m", "1h", "4h", "1d"]

    async def daily() -> None:
        button = next(b for b in pane.buttons.buttons() if b.text() == "1d")
        button.click()
        await until(lambda: httpserver.log[-1][0].args.get("interval") == "1d")
        await until(lambda: pane.status.text().startswith("30 candles of 1d"))

    loop.run_until_complete(daily())

    async def tick() -> None:  # the watchlist's refresh moves the chart's live price line
        pane.chart.last = None
        window.ticker.refresh()
        await until(lambda: pane.chart.last is not None)

    loop.run_until_complete(tick())
    recorded_last = json.loads((PAYLOADS / "binanceus.json").read_text())["lastPrice"]
    assert pane.chart.last == float(recorded_last) == pane.chart.closes[-1]


def test_an_exchange_without_candles_says_why(make_window) -> None:
    window = make_window()
    assert window.tree.select_path(["142", "JP", "bitflyer"])
    window.prices.setCurrentIndex(2)
    pane = window.chart
    assert pane.title.text() == "bitFlyer · BTC/JPY"
    assert "no candles endpoint" in pane.status.text()
    assert not any(button.isEnabled() for button in pane.buttons.buttons())


def candles(*closes: float) -> list[Candle]:
    start = 1_710_000_000_000
    return [
        Candle(start + n * HOUR, Decimal(100), Decimal(max(close, 100) + 1),
               Decimal(min(close, 100) - 1), Decimal(repr(close)), Decimal(n + 1))
        for n, close in enumerate(closes)
    ]  # fmt: skip


def test_the_crosshair_reads_out_the_candle_under_the_mouse(qtbot) -> None:
    chart = CandleChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_candles(candles(*[101.0 + n for n in range(20)]))
    chart.visible = 20
    seen: list[int] = []
    chart.hovered.connect(seen.append)
    plot = chart._plot()
    x = plot.right() - 2.5 * plot.width() / 20  # the middle of the third candle from the right
    position = QPointF(x, plot.center().y())
    chart.mouseMoveEvent(
        QMouseEvent(QMouseEvent.Type.MouseMove, position, position, Qt.MouseButton.NoButton,
                    Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    )  # fmt: skip
    assert seen == [17]
    assert chart.readout(17) == (
        "2024-03-10 09:00 UTC   O 100   H 119   L 99   C 118 (+18.00 %)   V 18"
    )


def test_panning_and_zooming_stay_within_the_data(qtbot) -> None:
    chart = CandleChart()
    qtbot.addWidget(chart)
    chart.set_candles(candles(*[101.0] * 300))
    assert chart.visible_range() == (180, 300)  # the newest 120
    chart.pan(-1000)
    assert chart.visible_range() == (0, 10)  # never past the oldest
    chart.pan(5000)
    chart.zoom(100)
    assert chart.visible_range() == (0, 300)  # at most every candle
    chart.zoom(0.01)
    assert chart.visible_range() == (290, 300)  # at least ten
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.visible_range()[0] == 0


def test_rising_and_falling_candles_are_painted_in_their_colours(qtbot) -> None:
    chart = CandleChart()
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.set_colours(QColor("#00ff00"), QColor("#ff0000"))
    chart.set_candles(candles(150.0, 50.0))  # one rise (100 -> 150), one fall (100 -> 50)
    chart.visible = 10
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    chart.render(image)
    plot = chart._plot()
    step = plot.width() / 10

    def colour_at(index: int, price: float) -> str:
        area_bottom = plot.top() + plot.height() * 0.78
        # the view's price range: 49..151 with 5 % margins
        low, high = 49 - 5.1, 151 + 5.1
        y = area_bottom - (price - low) / (high - low) * plot.height() * 0.78
        x = plot.right() - (2 - index - 0.5) * step
        return image.pixelColor(QPoint(round(x), round(y))).name()

    assert colour_at(0, 125) == "#00ff00"
    assert colour_at(1, 75) == "#ff0000"


def test_prices_are_written_with_digits_for_their_size() -> None:
    assert format_price(73412.5) == "73,412.5"
    assert format_price(0.025437) == "0.025437"
    assert format_price(0.00000123) == "0.00000123"
    assert nice_step(37) == 50 and nice_step(0.0013) == 0.002


def test_compares_bars_span_each_exchanges_bid_to_ask(qtbot) -> None:
    from explorer.qt.widgets.spread_chart import PriceRow, SpreadChart

    chart = SpreadChart()
    qtbot.addWidget(chart)
    chart.resize(500, 200)
    chart.set_rows(
        [
            PriceRow("Dear", 101.0, 100.9, 101.1),
            PriceRow("Cheap", 99.0, 98.5, 99.5),
            PriceRow("Mid", 100.0, None, None),
            PriceRow("Nothing", None, None, None),
        ]
    )
    assert [row.name for row in chart.rows] == ["Cheap", "Mid", "Dear"]
    assert chart.median == 100.0 and (chart.low, chart.high) == (98.5, 101.1)
    image = QImage(500, chart.minimumHeight(), QImage.Format.Format_ARGB32)
    chart.resize(500, chart.minimumHeight())
    chart.render(image)
    bar = chart.palette().highlight().color().name()
    top = QFontMetrics(chart.font()).height() + 10
    y = round(top + 18 / 2)  # the first row: Cheap, bid 98.5 to ask 99.5
    assert image.pixelColor(QPoint(round(chart.x_of(98.7)), y)).name() == bar
    assert image.pixelColor(QPoint(round(chart.x_of(100.5)), y)).name() != bar


def test_the_tabs_access_keys_are_not_the_menus(make_window) -> None:
    """Alt+letter of a tab must not be the menu bar's (Alt+H was Help before it was Chart)."""
    window = make_window()
    assert window.tree.select_path(["142", "JP", "bitflyer"])

    def key(text: str) -> str:
        return text[text.index("&") + 1].lower()

    menus = {key(action.text()) for action in window.menuBar().actions()}
    tabs = [key(window.prices.tabText(number)) for number in range(window.prices.count())]
    assert tabs == ["w", "m", "c"]
    assert not menus & set(tabs)


def test_a_far_off_price_does_not_squeeze_the_others(qtbot) -> None:
    from explorer.qt.widgets.spread_chart import PriceRow, SpreadChart

    chart = SpreadChart()
    qtbot.addWidget(chart)
    chart.resize(500, 200)
    rows = [PriceRow(f"E{n}", 100.0 + n / 10, None, None) for n in range(5)]
    chart.set_rows([*rows, PriceRow("Stale", 13.0, None, None)])
    assert (chart.low, chart.high) == (100.0, 100.4)  # the axis spans the five close prices
    assert chart.off_scale(13.0) and chart.x_of(13.0) == chart.x_of(100.0)  # at the edge


def test_a_market_chosen_in_the_markets_tab_is_charted(make_window) -> None:
    from explorer.market.all_markets import AllTickers

    from ..helpers.market import make_ticker

    window = make_window()
    assert window.tree.select_path(["019", "US", "okx"])
    tickers = tuple(
        make_ticker(exchange="okx", symbol=symbol, last="1") for symbol in ("ETH/USDT", "SOL/EUR")
    )
    window.markets.show_markets("okx", AllTickers(tickers, 0, {}))
    window.prices.setCurrentIndex(2)
    assert window.chart.symbol == "BTC/USDT"  # the watchlist's first, until a market is chosen

    model = window.markets.model
    row = next(r for r in range(model.rowCount()) if model.symbol_at(r) == "SOL/EUR")
    window.markets.view.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )

    assert window.chart.title.text() == "OKX · SOL/EUR"
