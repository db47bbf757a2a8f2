"""Ticker pane and compare view against local servers replaying recorded exchange payloads,
driven on the app's own qasync loop."""

from __future__ import annotations

import asyncio
import json
import statistics
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QObject
from pytest_httpserver import HTTPServer

from explorer.market import Ticker, bundled_specs
from explorer.qt.models.compare_model import ASK, BID, STATUS
from explorer.qt.models.ticker_model import LAST
from explorer.storage.folders import user_dirs
from explorer.storage.preferences import Preferences

from ..helpers.loop import next_emission, until
from ..helpers.market import make_ticker

PAYLOADS = Path(__file__).parents[1] / "market" / "payloads"
KRAKEN_USD = Path(__file__).parents[1] / "market" / "fixtures" / "kraken_xbtusd.json"


def _point_exchanges_at(preferences: Preferences, urls: dict[str, str]) -> None:
    """Base URLs as a person sets them in Preferences (read by the next window)."""
    for exchange, url in urls.items():
        preferences.set_base_url(exchange, url)
    preferences.save()


def _at(server: HTTPServer, exchanges: list[str]) -> dict[str, str]:
    return {e: server.url_for(f"/{e}").rstrip("/") for e in exchanges}


def _serve_recordings(server: HTTPServer, exchanges: list[str]) -> None:
    specs = bundled_specs()
    for exchange in exchanges:
        server.expect_request(f"/{exchange}{specs.exchanges[exchange].path}").respond_with_data(
            (PAYLOADS / f"{exchange}.json").read_bytes(), content_type="application/json"
        )


def test_ticker_pane_fetches_the_watchlist_live(
    make_window, loop, httpserver: HTTPServer, preferences: Preferences
) -> None:
    _point_exchanges_at(preferences, _at(httpserver, ["kraken"]))
    base = "/kraken/0/public/Ticker"
    httpserver.expect_request(base, query_string="pair=XBTUSD").respond_with_data(
        KRAKEN_USD.read_bytes(), content_type="application/json"
    )
    httpserver.expect_request(base).respond_with_json(
        {"error": ["EQuery:Unknown asset pair"], "result": {}}
    )
    window = make_window()

    async def scenario() -> None:
        assert window.tree.select_path(["019", "US", "kraken"])
        await until(lambda: not window.bridge.running("tickers"))

    loop.run_until_complete(scenario())
    model = window.ticker.model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert set(rows) == {"BTC/USD", "ETH/USD", "BTC/EUR", "BTC/USDT"}
    assert model.index(rows["BTC/USD"], LAST).data() == "3,809.6"
    assert model.state_at(rows["BTC/USD"]) == "live"
    eth_status = model.index(rows["ETH/USD"], model.columnCount() - 1).data()
    assert "kraken" in eth_status.lower() or "symbol" in eth_status.lower()
    cache = json.loads(user_dirs().ticker_cache_file.read_text())
    assert "3809.6" in json.dumps(cache)


def test_selecting_another_exchange_cancels_the_old_fetch(
    make_window, loop, preferences: Preferences
) -> None:
    async def scenario() -> None:
        handlers: list[asyncio.Task] = []

        async def never_answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            handlers.append(asyncio.current_task())
            await reader.read()  # until the client hangs up
            writer.close()

        hung = await asyncio.start_server(never_answer, "127.0.0.1", 0)
        port = hung.sockets[0].getsockname()[1]
        hung_url = f"http://127.0.0.1:{port}"
        _point_exchanges_at(preferences, {"kraken": hung_url, "gemini": hung_url})
        window = make_window()
        assert window.tree.select_path(["019", "US", "kraken"])
        await asyncio.sleep(0.2)
        first = window.bridge.tasks.current("tickers")
        assert first is not None
        assert window.tree.select_path(["019", "US", "gemini"])
        await asyncio.wait([first], timeout=5)
        assert first.cancelled()
        assert window.ticker.exchange == "gemini"
        assert window.bridge.running("tickers")  # gemini's own fetch is under way
        await window.bridge.aclose()
        assert not window.bridge.running("tickers")
        await asyncio.wait(handlers, timeout=5)  # closing the client hung up every connection
        hung.close()
        await hung.wait_closed()

    loop.run_until_complete(scenario())


def test_unpriced_exchange_says_why(make_window) -> None:
    window = make_window()
    window.tree.show_delisted.setChecked(True)
    assert window.tree.select_path(["019", "US", "bittrex"])
    assert "No live prices for Bittrex" in window.ticker.message.text()
    assert window.ticker.view.isHidden()


def test_compare_across_exchanges(
    make_window, loop, httpserver: HTTPServer, preferences: Preferences, index
) -> None:
    specs = bundled_specs()
    listed = {e.id for e in index.in_place(listed_only=True)}
    priced = sorted(set(specs.exchanges) & listed)
    _point_exchanges_at(preferences, _at(httpserver, priced))
    _serve_recordings(httpserver, priced)
    window = make_window()

    async def scenario() -> None:
        finished = asyncio.ensure_future(
            next_emission(window.bridge.compareProgress, lambda done, total: done == total)
        )
        window.compare("BTC/USDT", "")
        await finished

    loop.run_until_complete(scenario())
    dialog = window.open_compare()
    model = dialog.model
    assert model.rowCount() == len(priced) > 30
    statuses = [model.index(r, STATUS).data() for r in range(model.rowCount())]
    assert "fetching…" not in statuses
    ok = [r for r, s in enumerate(statuses) if s in ("ok", "cached")]
    assert len(ok) >= 20  # most recordings are of BTC/USDT
    best_bid, best_ask = model.best()
    assert best_bid is not None and best_ask is not None
    bids = [r.bid for r in map(model.result_of, priced) if isinstance(r, Ticker) and r.bid]
    assert model.result_of(best_bid).bid == max(bids)
    assert model.index(model.row_of(best_bid), BID).data(8) is not None  # highlighted
    assert model.index(model.row_of(best_ask), ASK).data(8) is not None
    assert len(model.failures()) == len(priced) - len(ok)
    assert all(reason for _, reason in model.failures())
    chart = dialog.spread  # the bar chart beside the table: every price, cheapest first
    lasts = [row.last for row in chart.rows if row.last is not None]
    assert len(chart.rows) == model.answered() and lasts == sorted(lasts)
    assert chart.median == statistics.median(lasts)


__all__ = ["QObject"]


def test_compare_ignores_empty_books_and_names_duplicates(qapp) -> None:

    from explorer.qt.models.compare_model import CompareModel

    def ticker(exchange: str, bid: str, ask: str) -> Ticker:
        return make_ticker(exchange=exchange, symbol="BTC/USDT", last=ask, bid=bid, ask=ask)

    model = CompareModel()
    model.reset([("bitfinex", "Bitfinex"), ("bitfinex2", "Bitfinex"), ("bitget", "Bitget")])
    model.add_result(ticker("bitfinex", "99", "101"))
    model.add_result(ticker("bitfinex2", "100", "102"))
    model.add_result(ticker("bitget", "0", "0"))  # a placeholder book
    assert model.best() == ("bitfinex2", "bitfinex")
    names = [model.index(r, 0).data() for r in range(3)]
    assert names == ["Bitfinex (bitfinex)", "Bitfinex (bitfinex2)", "Bitget"]


def test_services_warm_up_off_the_ui_thread_and_close_even_mid_warm_up(
    loop, preferences: Preferences
) -> None:
    import threading

    from explorer.live.services import Services
    from explorer.qt.shell.bridge import ServiceBridge

    built_on: list[threading.Thread] = []
    bridge = ServiceBridge(Services(user_dirs(), preferences, trust_env=False))
    real_warm_up = bridge.services.warm_up

    built: list[object] = []

    def recording_warm_up() -> None:
        built_on.append(threading.current_thread())
        real_warm_up()
        built.append(bridge.services.market())

    bridge.services.warm_up = recording_warm_up  # type: ignore[method-assign]

    async def scenario() -> None:
        bridge.warm_up()
        await bridge.aclose()  # while the worker thread is still building

    loop.run_until_complete(scenario())
    assert built_on and built_on[0] is not threading.main_thread()
    assert built and built[0].closed  # type: ignore[attr-defined]
    bridge.warm_up()  # after closing: nothing starts again
    assert built_on == [built_on[0]]


def test_at_start_up_the_pane_claims_saved_prices_only_when_there_are_some(qtbot) -> None:
    from explorer.qt.widgets.ticker_pane import TickerPane

    pane = TickerPane()
    qtbot.addWidget(pane)
    pane.show_exchange("kraken", ["BTC/USD"], {}, rate_limit=1.0, live=False)
    assert "last saved" not in pane.message.text()
    assert "Refresh" in pane.message.text()
    kept = make_ticker(symbol="BTC/USD", cached=True)
    pane.show_exchange("gemini", ["BTC/USD"], {"BTC/USD": kept}, rate_limit=1.0, live=False)
    assert "last saved prices" in pane.message.text()


def test_price_columns_fit_the_prices(qtbot) -> None:
    from decimal import Decimal

    from explorer.qt.models.ticker_model import ASK, BID, LAST
    from explorer.qt.widgets.ticker_pane import TickerPane

    pane = TickerPane()
    qtbot.addWidget(pane)
    pane.resize(1400, 400)
    pane.show()
    pane.show_exchange("kraken", ["BTC/USD"], {}, rate_limit=1.0, live=False)
    price = Decimal("73547.30123456")
    pane.show_result(make_ticker(symbol="BTC/USD", last=price, bid=price, ask=price))
    metrics = pane.view.fontMetrics()
    for column in (LAST, BID, ASK):
        text = pane.model.index(0, column).data()
        assert text == "73,547.30123456"
        width = pane.view.columnWidth(column)
        assert width >= pane.view.sizeHintForColumn(column), column  # as wide as Qt needs
        assert width > metrics.horizontalAdvance(text), column  # the digits are all there


def test_offline_is_said_in_the_pane_and_the_status_bar(make_window, preferences) -> None:
    from explorer.market import FetchErrorKind

    from ..helpers.market import make_error

    _point_exchanges_at(preferences, {"kraken": "http://127.0.0.1:9"})  # never the internet
    window = make_window()
    assert window.tree.select_path(["019", "US", "kraken"])
    window.bridge.cancel("tickers")  # the results below stand for the network's
    symbols = window.ticker.model.symbols()
    for symbol in symbols:
        window.bridge.tickerFailed.emit(
            make_error(FetchErrorKind.DNS, "api.kraken.com", symbol=symbol, template="%1")
        )
    banner = window.ticker.message
    assert banner.isVisibleTo(window.ticker)
    assert "the DNS lookup of api.kraken.com failed" in banner.text()
    assert "no saved prices to show instead" in banner.text()
    assert window.network_label.text() == "● Offline: no exchange can be reached"

    kept = make_ticker(exchange="kraken", symbol=symbols[0], cached=True, fetched_at=0)
    error = make_error(FetchErrorKind.DNS, "api.kraken.com", symbol=symbols[0])
    error.cached = kept
    window.bridge.tickerFailed.emit(error)
    assert "Showing the last saved prices" in banner.text()

    window.bridge.tickerReceived.emit(make_ticker(exchange="kraken", symbol=symbols[1]))
    assert not banner.isVisibleTo(window.ticker)  # one live price: no banner
    assert window.network_label.text() == "● Online"
    window.bridge.compareFailed.emit(
        make_error(FetchErrorKind.BLOCKED, "HTTP 403", exchange="gemini", name="Gemini")
    )
    assert window.network_label.text() == "● 1 exchange(s) failing"
    assert "Gemini" in window.network_label.toolTip()


def test_compare_says_offline_once_instead_of_listing_each_failure(qtbot) -> None:
    from explorer.market import FetchErrorKind
    from explorer.qt.widgets.compare_dialog import CompareDialog

    from ..helpers.market import make_error

    dialog = CompareDialog([])
    qtbot.addWidget(dialog)
    dialog.start([("kraken", "Kraken"), ("gemini", "Gemini")], unavailable=0)
    dialog.show_result(make_error(FetchErrorKind.DNS, "api.kraken.com"))
    dialog.show_result(make_error(FetchErrorKind.TIMEOUT, "8", exchange="gemini", name="Gemini"))
    dialog.show_progress(2, 2)
    summary = dialog.summary.text()
    assert "2 of 2 exchanges gave no price" in summary
    assert "seems offline" in summary
    assert "api.kraken.com" not in summary  # that is on Kraken's row, said once
    dialog.start([("kraken", "Kraken"), ("gemini", "Gemini")], unavailable=0)
    dialog.show_result(make_error(FetchErrorKind.DNS, "api.kraken.com"))
    dialog.show_result(make_ticker(exchange="gemini", last=Decimal(1)))
    dialog.show_progress(2, 2)
    assert "offline" not in dialog.summary.text()
