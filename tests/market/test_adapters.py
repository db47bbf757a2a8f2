"""The bundled resources/market/exchanges.toml against the researcher's recorded payloads.

For every exchange with ``payloads/<id>.json`` and ``payloads/<id>.expected.json`` (format in
README.md), the payload is served at the spec's path and the engine's ticker must match the
hand-read expectations."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from pytest_httpserver import HTTPServer
from pytest_httpserver.httpserver import UNDEFINED

from explorer.market import MarketClient, Ticker, load_specs
from explorer.market.all_markets import AllTickers, prepare_list
from explorer.market.requests import PreparedRequest, prepare_request
from explorer.market.results import UNIFIED_FIELDS
from explorer.resources import resource

from ..helpers.loop import LoopRunner
from ..helpers.market import fast_config

PAYLOADS = Path(__file__).parent / "payloads"
BUNDLED = resource("market", "exchanges.toml")
ATTRIBUTES = {"baseVolume": "base_volume", "quoteVolume": "quote_volume"}
PERCENTAGE_TOLERANCE = Decimal("1e-8")  # relative; a derived percentage is a long division


# Loaded strictly at collection: a broken spec file is a collection error naming the key at
# fault, never an empty parametrisation that passes.
SPECS = load_specs(BUNDLED, strict=True)


def recorded_exchanges() -> list[str]:
    return [
        exchange
        for exchange in sorted(SPECS.exchanges)
        if (PAYLOADS / f"{exchange}.json").is_file()
        and (PAYLOADS / f"{exchange}.expected.json").is_file()
    ]


def test_every_bundled_exchange_has_a_payload() -> None:
    assert sorted(set(SPECS.exchanges) - set(recorded_exchanges())) == []
    assert len(recorded_exchanges()) == len(SPECS.exchanges) > 40


@pytest.mark.parametrize("exchange", recorded_exchanges())
def test_recorded_payload_gives_expected_ticker(
    exchange: str, run: LoopRunner, server: HTTPServer
) -> None:
    specs = SPECS
    expected: dict[str, Any] = json.loads(
        (PAYLOADS / f"{exchange}.expected.json").read_text(encoding="utf-8")
    )
    unknown = set(expected) - {"symbol", *UNIFIED_FIELDS}
    assert not {key for key in unknown if not key.startswith("_")}, f"unknown keys {unknown}"
    base_url = server.url_for("").rstrip("/")
    request = prepare_request(specs.exchanges[exchange], expected["symbol"], base_url)
    serve(server, request, PAYLOADS / f"{exchange}.json")

    async def fetch() -> Ticker:
        client = MarketClient(specs, config=fast_config(), base_urls={exchange: base_url})
        async with client:
            return await client.fetch(exchange, expected["symbol"])

    ticker = run(fetch())

    assert ticker.symbol == request.symbol
    assert_fields(ticker, expected)


def serve(server: HTTPServer, request: PreparedRequest, payload: Path) -> None:
    """Answer exactly the request the engine should send (method, path, query, JSON body)."""
    server.expect_request(
        urlsplit(request.url).path,
        method=request.method,
        query_string=dict(request.params) or None,
        json=request.json if request.json is not None else UNDEFINED,
    ).respond_with_data(payload.read_bytes(), content_type="application/json")


def assert_fields(ticker: Ticker, expected: dict[str, Any]) -> None:
    for key, want in expected.items():
        if key in {"symbol"} or key.startswith("_"):
            continue
        got = getattr(ticker, ATTRIBUTES.get(key, key))
        if want is None or key == "timestamp":
            assert got == want, key
        elif key == "percentage":
            assert got is not None, key
            assert abs(got - Decimal(str(want))) <= abs(Decimal(str(want))) * PERCENTAGE_TOLERANCE
        elif isinstance(want, str):
            assert got == Decimal(want), key
        else:  # a JSON number was read as a double, so compare as doubles
            assert got is not None and float(got) == want, key


def all_markets_exchanges() -> list[str]:
    return [
        exchange for exchange, spec in sorted(SPECS.exchanges.items()) if spec.tickers is not None
    ]


def test_every_all_markets_table_has_a_payload() -> None:
    missing = [
        exchange
        for exchange in all_markets_exchanges()
        if not (PAYLOADS / f"{exchange}.tickers.expected.json").is_file()
        or (
            SPECS.exchanges[exchange].markets
            and not (PAYLOADS / f"{exchange}.markets.json").is_file()
        )
    ]
    assert missing == []
    assert len(all_markets_exchanges()) > 20


@pytest.mark.parametrize("exchange", all_markets_exchanges())
def test_recorded_all_markets_payload_gives_expected_tickers(
    exchange: str, run: LoopRunner, server: HTTPServer
) -> None:
    spec = SPECS.exchanges[exchange]
    assert spec.tickers is not None
    expected: dict[str, Any] = json.loads(
        (PAYLOADS / f"{exchange}.tickers.expected.json").read_text(encoding="utf-8")
    )
    base_url = server.url_for("").rstrip("/")
    serve(
        server,
        prepare_list(exchange, spec.tickers, base_url),
        PAYLOADS / f"{exchange}.tickers.json",
    )
    if spec.markets is not None:
        serve(
            server,
            prepare_list(exchange, spec.markets, base_url),
            PAYLOADS / f"{exchange}.markets.json",
        )

    async def fetch() -> AllTickers:
        client = MarketClient(SPECS, config=fast_config(), base_urls={exchange: base_url})
        async with client:
            return await client.fetch_all(exchange)

    answer = run(fetch())

    assert len(answer.tickers) == expected["count"] > 0
    assert answer.skipped == expected["skipped"]
    for ticker, want in zip(answer.tickers, expected["tickers"], strict=True):
        assert ticker.symbol == want["symbol"]
        assert_fields(ticker, want)
        if spec.settle:
            assert ":" in ticker.symbol


def test_every_adapter_starts_with_a_watchlist() -> None:
    """A first visit shows prices, not an empty table: each adapter names a market or two, and
    each of them reads as the adapter's kind (spot, or its swaps)."""
    for exchange, spec in SPECS.exchanges.items():
        assert spec.default_symbols, exchange
        for symbol in spec.default_symbols:
            assert prepare_request(spec, symbol).symbol == symbol, (exchange, symbol)
