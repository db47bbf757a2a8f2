"""End to end over HTTP: each documented payload in fixtures/ becomes the right unified ticker.

Expected values are read from the payload itself (the field the spec points at), so the tests
check the spec semantics (paths, lists, hooks, scales, units), not copied numbers.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from explorer.market import MarketSpecs, Ticker
from explorer.market.results import derive_percentage

from ..helpers.loop import LoopRunner
from ..helpers.market import fixture_bytes, local_client

Expected = dict[str, Any]


def payload(name: str) -> Any:
    return json.loads(fixture_bytes(name), parse_float=Decimal)


def d(value: object) -> Decimal:
    return Decimal(str(value))


def binance(doc: Any) -> Expected:
    return {
        "last": d(doc["lastPrice"]),
        "bid": d(doc["bidPrice"]),
        "ask": d(doc["askPrice"]),
        "high": d(doc["highPrice"]),
        "low": d(doc["lowPrice"]),
        "open": d(doc["openPrice"]),
        "base_volume": d(doc["volume"]),
        "quote_volume": d(doc["quoteVolume"]),
        "percentage": d(doc["priceChangePercent"]),
        "timestamp": doc["closeTime"],
    }


def kraken(doc: Any, *, with_quote_volume: bool = True) -> Expected:
    (entry,) = doc["result"].values()
    last, open_ = d(entry["c"][0]), d(entry["o"])
    return {
        "last": last,
        "bid": d(entry["b"][0]),
        "ask": d(entry["a"][0]),
        "high": d(entry["h"][1]),
        "low": d(entry["l"][1]),
        "open": open_,
        "base_volume": d(entry["v"][1]),
        "quote_volume": d(entry["v"][1]) * d(entry["p"][1]) if with_quote_volume else None,
        "percentage": derive_percentage(open_, last),
        "timestamp": None,
    }


def bitfinex2(row: Any) -> Expected:
    return {
        "bid": d(row[0]),
        "ask": d(row[2]),
        "last": d(row[6]),
        "open": d(row[6]) - d(row[4]),
        "percentage": d(row[5]) * 100,
        "base_volume": d(row[7]),
        "high": d(row[8]),
        "low": d(row[9]),
        "quote_volume": None,
        "timestamp": None,
    }


def upbit(rows: Any) -> Expected:
    (row,) = [row for row in rows if row["market"] == "KRW-BTC"]
    return {
        "last": d(row["trade_price"]),
        "bid": None,
        "ask": None,
        "high": d(row["high_price"]),
        "low": d(row["low_price"]),
        "open": d(row["opening_price"]),
        "base_volume": d(row["acc_trade_volume_24h"]),
        "quote_volume": d(row["acc_trade_price_24h"]),
        "percentage": d(row["signed_change_rate"]) * 100,
        "timestamp": row["timestamp"],
    }


def okx(doc: Any) -> Expected:
    row = doc["data"][0]
    last, open_ = d(row["last"]), d(row["open24h"])
    return {
        "last": last,
        "bid": d(row["bidPx"]),
        "ask": d(row["askPx"]),
        "high": d(row["high24h"]),
        "low": d(row["low24h"]),
        "open": open_,
        "base_volume": d(row["vol24h"]),
        "quote_volume": d(row["volCcy24h"]),
        "percentage": derive_percentage(open_, last),
        "timestamp": int(row["ts"]),
    }


def htx(doc: Any) -> Expected:
    tick = doc["tick"]
    last, open_ = d(tick["close"]), d(tick["open"])
    return {
        "last": last,
        "bid": d(tick["bid"][0]),
        "ask": d(tick["ask"][0]),
        "high": d(tick["high"]),
        "low": d(tick["low"]),
        "open": open_,
        "base_volume": d(tick["amount"]),
        "quote_volume": d(tick["vol"]),
        "percentage": derive_percentage(open_, last),
        "timestamp": doc["ts"],
    }


def coinbase(doc: Any) -> Expected:
    return {
        "last": d(doc["price"]),
        "bid": d(doc["bid"]),
        "ask": d(doc["ask"]),
        "high": None,
        "low": None,
        "open": None,
        "base_volume": d(doc["volume"]),
        "quote_volume": None,
        "percentage": None,
        "timestamp": int(datetime.fromisoformat(doc["time"]).timestamp() * 1000),
    }


# (exchange, symbol, fixture, served path, expected query, expected fields from the payload)
CASES: list[tuple[str, str, str, str, dict[str, str], Callable[[Any], Expected]]] = [
    ("binance", "BNB/BTC", "binance.json", "/api/v3/ticker/24hr", {"symbol": "BNBBTC"}, binance),
    ("kraken", "BTC/USD", "kraken.json", "/0/public/Ticker", {"pair": "XBTUSD"}, kraken),
    (
        "kraken_declarative",
        "BTC/USD",
        "kraken.json",
        "/0/public/Ticker",
        {"pair": "XBTUSD"},
        lambda doc: kraken(doc, with_quote_volume=False),
    ),
    ("bitfinex2", "BTC/USD", "bitfinex2.json", "/v2/ticker/tBTCUSD", {}, bitfinex2),
    ("bitfinex2_mixed", "BTC/USD", "bitfinex2.json", "/v2/ticker/tBTCUSD", {}, bitfinex2),
    ("upbit", "BTC/KRW", "upbit.json", "/v1/ticker", {"markets": "KRW-BTC"}, upbit),
    ("okx", "BTC/USDT", "okx.json", "/api/v5/market/ticker", {"instId": "BTC-USDT"}, okx),
    ("htx", "BTC/USDT", "htx.json", "/market/detail/merged", {"symbol": "btcusdt"}, htx),
    ("coinbase", "BTC/USD", "coinbase.json", "/products/BTC-USD/ticker", {}, coinbase),
]


def unified(ticker: Ticker) -> Expected:
    names = ("last", "bid", "ask", "high", "low", "open", "base_volume", "quote_volume")
    return {name: getattr(ticker, name) for name in (*names, "percentage", "timestamp")}


@pytest.mark.parametrize(
    ("exchange", "symbol", "fixture", "path", "query", "expected"),
    CASES,
    ids=[case[0] for case in CASES],
)
def test_documented_payload_becomes_unified_ticker(
    run: LoopRunner,
    server: HTTPServer,
    specs: MarketSpecs,
    exchange: str,
    symbol: str,
    fixture: str,
    path: str,
    query: dict[str, str],
    expected: Callable[[Any], Expected],
) -> None:
    server.expect_request(path, method="GET", query_string=query).respond_with_data(
        fixture_bytes(fixture), content_type="application/json"
    )

    async def fetch() -> Ticker:
        async with local_client(specs, server.url_for("")) as client:
            return await client.fetch(exchange, symbol)

    ticker = run(fetch())

    assert unified(ticker) == expected(payload(fixture))
    assert (ticker.exchange, ticker.symbol, ticker.cached) == (exchange, symbol, False)
    assert ticker.source_url.startswith(server.url_for(path))
    assert ticker.latency_ms >= 0
    server.check_assertions()
