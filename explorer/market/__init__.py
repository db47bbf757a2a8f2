"""Live prices: a Qt-free engine that fetches unified tickers from exchanges' public APIs.

Typical use::

    async with MarketClient(cache=TickerCache()) as client:
        results = await client.fetch_many([("binance", "BTC/USDT"), ("kraken", "BTC/USD")])

Each result is a :class:`Ticker` or a :class:`FetchError`; ``bundled_specs().unavailable_reason``
says why an exchange has no live prices.

Names are imported on first use, so importing the package (the command-line parser does, on
every start-up) does not pay for httpx.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.market.client import MarketClient, TickerRequest
    from explorer.market.errors import FetchErrorKind
    from explorer.market.pacing import ClientConfig, RetryPolicy
    from explorer.market.results import FetchError, FetchResult, Ticker
    from explorer.market.specs import (
        ExchangeSpec,
        MarketSpecs,
        SpecError,
        bundled_specs,
        load_specs,
        parse_specs,
    )
    from explorer.market.ticker_cache import TickerCache

_HOMES = {
    "TickerCache": "ticker_cache",
    "MarketClient": "client",
    "TickerRequest": "client",
    "ClientConfig": "pacing",
    "RetryPolicy": "pacing",
    "FetchError": "results",
    "FetchResult": "results",
    "Ticker": "results",
    "FetchErrorKind": "errors",
    "ExchangeSpec": "specs",
    "MarketSpecs": "specs",
    "SpecError": "specs",
    "bundled_specs": "specs",
    "load_specs": "specs",
    "parse_specs": "specs",
}
__all__ = [
    "ClientConfig",
    "ExchangeSpec",
    "FetchError",
    "FetchErrorKind",
    "FetchResult",
    "MarketClient",
    "MarketSpecs",
    "RetryPolicy",
    "SpecError",
    "Ticker",
    "TickerCache",
    "TickerRequest",
    "bundled_specs",
    "load_specs",
    "parse_specs",
]


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value
    return value
