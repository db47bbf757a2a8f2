"""An answer must be for the market asked for, and rows whose numbers disagree are flagged."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from explorer.market.errors import PayloadError, UnknownSymbolError
from explorer.market.requests import prepare_request
from explorer.market.responses import read_ticker
from explorer.market.results import CROSSED, OUTSIDE_RANGE, warnings_for
from explorer.market.specs import parse_specs

SPECS = parse_specs(
    """
[exchanges.spot]
api = "https://spot.example"
path = "/ticker"
params = { symbol = "{market}" }
market = "{BASE}-{QUOTE}"
echo = "instId"
fields = { last = "last", bid = "bid", ask = "ask", high = "high", low = "low" }

[exchanges.linear]
api = "https://swap.example"
path = "/ticker/{market}"
market = "{BASE}{QUOTE}"
settle = "quote"
fields = { last = "last" }

[exchanges.inverse]
api = "https://swap.example"
path = "/ticker/{market}"
market = "{BASE}{QUOTE}_PERP"
settle = "base"
fields = { last = "last" }
""",
    strict=True,
)


def answer(market: str, **numbers: str) -> bytes:
    return json.dumps({"instId": market, **numbers}).encode()


def read(symbol: str, body: bytes):
    spec = SPECS.exchanges["spot"]
    request = prepare_request(spec, symbol)
    return read_ticker(spec, request, body, fetched_at=0, latency_ms=0, url=request.url)


def test_an_answer_for_the_market_asked_for_is_read() -> None:
    assert read("BTC/EUR", answer("btc_eur", last="50000")).last == Decimal(50000)


@pytest.mark.parametrize("named", ["ETH-BTC", "BTC-USDT", "EUR-BTC"])
def test_an_answer_for_another_market_is_a_bad_payload(named: str) -> None:
    with pytest.raises(PayloadError, match="answered for"):
        read("BTC/EUR", answer(named, last="0.05"))


def test_an_answer_that_names_no_market_is_taken_at_its_word() -> None:
    # some exchanges leave the field out of an answer; only a named mismatch is refused
    assert read("BTC/EUR", json.dumps({"last": "50000"}).encode()).last == Decimal(50000)
    assert read("BTC/EUR", answer("", last="50000")).last == Decimal(50000)


def test_a_crossed_book_and_a_far_last_price_are_flagged_not_dropped() -> None:
    ticker = read(
        "BTC/EUR",
        answer("BTC-EUR", last="90000", bid="50010", ask="50000", high="51000", low="49000"),
    )
    assert ticker.last == Decimal(90000)
    assert ticker.warnings == (CROSSED, OUTSIDE_RANGE)
    assert ticker.to_json()["warnings"] == [CROSSED, OUTSIDE_RANGE]


@pytest.mark.parametrize(
    ("last", "bid", "ask", "flags"),
    [
        ("100", "99", "101", ()),
        ("100", "101", "101", ()),  # a locked book is not crossed
        ("100", "101.5", "101", (CROSSED,)),
        ("105", None, None, ()),  # within 5 % of the high
        ("105.1", None, None, (OUTSIDE_RANGE,)),
        ("85.5", None, None, ()),  # within 5 % of the low
        ("85.4", None, None, (OUTSIDE_RANGE,)),
        ("85.4", "0", "1", (OUTSIDE_RANGE,)),  # a zero bid is no bid
    ],
)
def test_warning_thresholds(last: str, bid: str | None, ask: str | None, flags: tuple) -> None:
    def number(text: str | None) -> Decimal | None:
        return None if text is None else Decimal(text)

    high, low = Decimal(100), Decimal(90)
    assert warnings_for(number(last), number(bid), number(ask), high, low) == flags
    assert warnings_for(number(last), None, None, None, low) == ()  # no range, no judgement


def test_swap_adapters_price_swaps_as_ccxt_writes_them() -> None:
    linear, inverse = SPECS.exchanges["linear"], SPECS.exchanges["inverse"]
    assert prepare_request(linear, "btc/usdt").symbol == "BTC/USDT:USDT"
    assert prepare_request(linear, "BTC/USDT:USDT").market_id == "BTCUSDT"
    assert prepare_request(inverse, "BTC/USD").symbol == "BTC/USD:BTC"
    assert prepare_request(inverse, "BTC/USD:BTC").market_id == "BTCUSD_PERP"
    with pytest.raises(UnknownSymbolError, match="settle in the base"):
        prepare_request(inverse, "BTC/USD:USD")
    with pytest.raises(UnknownSymbolError, match="spot markets"):
        prepare_request(SPECS.exchanges["spot"], "BTC/EUR:EUR")
