"""The Markets tab and the watchlist's symbol field, against a local server replaying a recorded
OKX all-tickers answer, on the app's own qasync loop; and the model's sorting and filtering."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from pytest_httpserver import HTTPServer

from explorer.market.all_markets import AllTickers
from explorer.qt.models.markets_model import (
    CHANGE,
    LAST,
    QUOTE_VOLUME,
    SYMBOL,
    MarketsModel,
)
from explorer.storage.preferences import Preferences

from ..helpers.loop import until
from ..helpers.market import make_ticker

PAYLOADS = Path(__file__).parents[1] / "market" / "payloads"


def okx_items() -> list[dict[str, str]]:
    recorded = json.loads((PAYLOADS / "okx.tickers.json").read_text())["data"][0]
    return [
        recorded,  # BCD/BTC, 9.29 BTC
        recorded | {"instId": "ETH-USDT", "volCcy24h": "9000"},
        recorded | {"instId": "ETH-EUR", "volCcy24h": "5"},
        recorded | {"instId": "SOL-EUR", "volCcy24h": "1"},
    ]


LEFT_OUT = [  # a delisted market (zero prices) and an id that is no market
    {"instId": "DEAD-USDT", "last": "0", "bidPx": "0", "askPx": "0"},
    {"instId": "BROKEN", "last": "1"},
]
LEFT_OUT_TEXT = " · 1 not trading (no price) · 1 left out (unreadable)"


def test_markets_tab_lists_filters_sorts_and_feeds_the_watchlist(
    make_window, loop, httpserver: HTTPServer, preferences: Preferences
) -> None:
    preferences.set_base_url("okx", httpserver.url_for("/okx").rstrip("/"))
    preferences.save()
    httpserver.expect_request("/okx/api/v5/market/tickers").respond_with_json(
        {"code": "0", "msg": "", "data": [*okx_items(), *LEFT_OUT]}
    )
    httpserver.expect_request("/okx/api/v5/market/ticker").respond_with_json(
        {"code": "51001", "msg": "Instrument ID does not exist", "data": []}
    )
    window = make_window()
    window.show()

    async def scenario() -> None:
        assert window.tree.select_path(["019", "US", "okx"])
        window.prices.setCurrentWidget(window.markets)  # the tab fetches once it is on screen
        await until(lambda: window.markets.model.total() == 4)

    loop.run_until_complete(scenario())
    pane, model = window.markets, window.markets.model
    shown = [model.index(r, SYMBOL).data() for r in range(model.rowCount())]
    # by volume in dollars; no dollar price for BTC or EUR in this answer: those go last
    assert shown == ["ETH/USDT", "BCD/BTC", "ETH/EUR", "SOL/EUR"]
    assert pane.status.text() == "4 markets" + LEFT_OUT_TEXT
    assert model.index(0, LAST).data() == "0.0000769"

    pane.filter.setText("eth")
    assert [model.index(r, SYMBOL).data() for r in range(model.rowCount())] == [
        "ETH/USDT",
        "ETH/EUR",
    ]
    assert pane.status.text() == "2 of 4 markets" + LEFT_OUT_TEXT
    chips = {button.text(): button for button in pane.chips.buttons()}
    assert list(chips) == ["All", "EUR", "USDT", "BTC"]  # most markets first, then busiest
    chips["EUR"].click()
    assert [model.index(r, SYMBOL).data() for r in range(model.rowCount())] == ["ETH/EUR"]
    pane.filter.clear()
    pane.view.sortByColumn(SYMBOL, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, SYMBOL).data() for r in range(model.rowCount())] == [
        "SOL/EUR",
        "ETH/EUR",
    ]

    pane.view.doubleClicked.emit(model.index(0, SYMBOL))
    assert window.ticker.model.symbols()[-1] == "SOL/EUR"
    assert preferences_watchlist(window, "okx")[-1] == "SOL/EUR"

    # the symbol field now knows OKX's markets: it refuses others and offers the closest
    field = window.ticker.add_field
    field.setText("ETH/USDX")
    field.returnPressed.emit()
    message = window.ticker.message.text()
    assert "ETH/USDX is not a market of this exchange" in message
    assert "ETH/USDT" in message and "ETH/EUR" in message
    assert window.ticker.model.symbols()[-1] == "SOL/EUR"
    field.setText("eth-eur")
    field.returnPressed.emit()
    assert window.ticker.model.symbols()[-1] == "ETH/EUR"
    assert field.text() == ""


def preferences_watchlist(window, exchange: str) -> list[str]:
    return window.preferences.watchlist(exchange)


def test_an_exchange_without_an_all_markets_endpoint_says_so(make_window) -> None:
    window = make_window()
    assert window.tree.select_path(["019", "US", "kraken"])
    assert "No market list for Kraken" in window.markets.status.text()
    assert not window.markets.view.isEnabled()


def answer(*rows: tuple[str, str | None, str | None]) -> AllTickers:
    tickers = tuple(
        make_ticker(
            symbol=symbol,
            last=None if last is None else Decimal(last),
            quote_volume=None if volume is None else Decimal(volume),
        )
        for symbol, last, volume in rows
    )
    return AllTickers(tickers, 0, {})


def test_sorting_keeps_markets_without_a_value_last_either_way(qtbot) -> None:
    model = MarketsModel()
    model.set_markets(answer(("A/USD", "3", "10"), ("B/USD", None, "30"), ("C/USD", "1", None)))
    model.sort(LAST, Qt.SortOrder.AscendingOrder)
    assert [model.symbol_at(r) for r in range(3)] == ["C/USD", "A/USD", "B/USD"]
    model.sort(LAST, Qt.SortOrder.DescendingOrder)
    assert [model.symbol_at(r) for r in range(3)] == ["A/USD", "C/USD", "B/USD"]
    model.sort(CHANGE, Qt.SortOrder.DescendingOrder)  # no one has a change: by symbol
    assert [model.symbol_at(r) for r in range(3)] == ["A/USD", "B/USD", "C/USD"]


def test_a_refresh_moves_rows_and_the_selection_follows(qtbot) -> None:
    from PySide6.QtWidgets import QTableView

    model = MarketsModel()
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    model.set_markets(answer(("A/USD", "1", "30"), ("B/USD", "1", "20"), ("C/USD", "1", "10")))
    model.sort(QUOTE_VOLUME, Qt.SortOrder.DescendingOrder)
    view.selectionModel().select(
        model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    model.set_markets(answer(("A/USD", "1", "5"), ("B/USD", "2", "20"), ("C/USD", "1", "10")))

    assert [model.symbol_at(r) for r in range(3)] == ["B/USD", "C/USD", "A/USD"]
    assert [i.row() for i in view.selectionModel().selectedRows()] == [0]  # still B/USD
    assert resets == []  # same markets: updated in place, not reset
    assert model.index(0, LAST).data() == "2"
