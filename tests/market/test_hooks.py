"""Code hooks for what the declarative spec cannot express."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from explorer.market import MarketSpecs
from explorer.market.errors import ExchangeReportedError, PayloadError, UnknownSymbolError
from explorer.market.hooks import HOOKS, bitfinex2, bitfinex2_market_id, kraken, phemex
from explorer.market.symbols import Pair

from ..helpers.market import fixture_bytes


def document(name: str) -> Any:
    return json.loads(fixture_bytes(name), parse_float=Decimal)


def test_kraken_picks_the_queried_pair_when_several_are_returned(specs: MarketSpecs) -> None:
    doc = document("kraken.json")
    entry = doc["result"]["XXBTZUSD"]
    doc["result"] = {"XETHZUSD": {**entry, "c": ["1", "1"]}, "XBTUSD": entry}
    assert kraken(doc, "BTC/USD", specs.exchanges["kraken"])["last"] == entry["c"][0]


def test_kraken_cannot_guess_among_several_other_pairs(specs: MarketSpecs) -> None:
    doc = document("kraken.json")
    entry = doc["result"]["XXBTZUSD"]
    doc["result"] = {"A": entry, "B": entry}
    with pytest.raises(PayloadError):
        kraken(doc, "BTC/USD", specs.exchanges["kraken"])


def test_kraken_empty_result_means_unknown_symbol(specs: MarketSpecs) -> None:
    with pytest.raises(UnknownSymbolError):
        kraken({"error": [], "result": {}}, "FOO/USD", specs.exchanges["kraken"])


@pytest.mark.parametrize(
    ("pair", "market"),
    [
        (Pair("BTC", "USD"), "tBTCUSD"),
        (Pair("BTC", "USDT"), "tBTCUST"),  # alias in the test spec
        (Pair("TESTBTC", "TESTUSD"), "tTESTBTC:TESTUSD"),
        (Pair("AVAX", "USD"), "tAVAX:USD"),
    ],
)
def test_bitfinex2_market_ids(specs: MarketSpecs, pair: Pair, market: str) -> None:
    assert bitfinex2_market_id(pair, specs.exchanges["bitfinex2"]) == market


def test_bitfinex2_tickers_list_form_matches_the_single_form(specs: MarketSpecs) -> None:
    row = document("bitfinex2.json")
    spec = specs.exchanges["bitfinex2"]
    rows = [["tETHUSD", *[Decimal(1)] * 10], ["tBTCUSD", *row]]
    assert bitfinex2(rows, "BTC/USD", spec) == bitfinex2(row, "BTC/USD", spec)


@pytest.mark.parametrize(
    ("payload", "error"),
    [
        (["error", 10020, "symbol: invalid"], ExchangeReportedError),
        ([], UnknownSymbolError),
        ([["tETHUSD", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], UnknownSymbolError),
        ([1, 2, 3], PayloadError),
        ({"bid": 1}, PayloadError),
    ],
)
def test_bitfinex2_problems(specs: MarketSpecs, payload: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        bitfinex2(payload, "BTC/USD", specs.exchanges["bitfinex2"])


def test_phemex_unscales_prices_and_values(specs: MarketSpecs) -> None:
    result = {"lastEp": 943803000000, "volumeEv": 11880532281, "bidEp": None}
    fields = phemex({"error": None, "result": result}, "BTC/USDT", specs.exchanges["binance"])
    assert fields["last"] == Decimal("9438.03")
    assert fields["baseVolume"] == Decimal("118.80532281")
    assert fields["bid"] is None
    assert "timestamp" not in fields


def test_hooks_return_only_unified_field_names(specs: MarketSpecs) -> None:
    from explorer.market.results import UNIFIED_FIELDS

    outputs = [
        kraken(document("kraken.json"), "BTC/USD", specs.exchanges["kraken"]),
        bitfinex2(document("bitfinex2.json"), "BTC/USD", specs.exchanges["bitfinex2"]),
        phemex({"result": {}}, "BTC/USDT", specs.exchanges["binance"]),
    ]
    assert all(set(output) <= set(UNIFIED_FIELDS) for output in outputs)
    assert set(HOOKS) == {"kraken", "bitfinex2", "phemex"}
