"""Volumes in one unit, so that markets quoted in different currencies rank together."""

from __future__ import annotations

from decimal import Decimal

from explorer.market.usd_volume import dollar_prices, usd_volumes

from ..helpers.market import make_ticker


def ticker(symbol: str, last: str, quote_volume: str | None = None, base_volume: str | None = None):
    return make_ticker(
        symbol=symbol,
        last=Decimal(last),
        quote_volume=None if quote_volume is None else Decimal(quote_volume),
        base_volume=None if base_volume is None else Decimal(base_volume),
    )


def test_quote_currencies_are_priced_from_the_same_answer() -> None:
    tickers = [
        ticker("BTC/USDT", "50000", "1000000"),
        ticker("BTC/USDC", "49000", "10"),  # thinner: not the price used
        ticker("USDT/TRY", "32", "640000"),  # TRY = 1/32 dollar
        ticker("ETH/BTC", "0.05", "20"),  # 20 BTC
        ticker("ETH/TRY", "100000", "3200000"),  # 3.2 M TRY = 100,000 dollars
        ticker("SOL/EUR", "100", "5000"),  # no EUR price here
        ticker("XRP/USD", "0.5", None, base_volume="1000"),  # base x last
    ]

    prices = dollar_prices(tickers)
    volumes = usd_volumes(tickers)

    assert prices["BTC"] == Decimal(50000)
    assert prices["TRY"] == 1 / Decimal(32)
    assert "EUR" not in prices
    assert volumes["BTC/USDT"] == Decimal(1000000)
    assert volumes["ETH/BTC"] == Decimal(1000000)
    assert volumes["ETH/TRY"] == Decimal(100000)
    assert volumes["USDT/TRY"] == Decimal(20000)
    assert volumes["SOL/EUR"] is None
    assert volumes["XRP/USD"] == Decimal(500)


def test_swaps_do_not_set_prices_but_are_ranked() -> None:
    tickers = [ticker("BTC/USDT:USDT", "1", "1000"), ticker("BTC/USDT", "50000", "1")]
    assert dollar_prices(tickers)["BTC"] == Decimal(50000)
    assert usd_volumes(tickers)["BTC/USDT:USDT"] == Decimal(1000)
