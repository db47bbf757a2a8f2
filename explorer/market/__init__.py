"""Live prices: a Qt-free engine that fetches unified tickers from exchanges' public APIs.

Typical use::

    async with MarketClient(cache=TickerCache()) as client:
        results = await client.fetch_many([("binance", "BTC/USDT"), ("kraken", "BTC/USD")])

Each result is a :class:`Ticker` or a :class:`FetchError`; ``bundled_specs().unavailable_reason``
says why an exchange has no live prices.
"""

from explorer.market.cache import TickerCache
from explorer.market.client import MarketClient, TickerRequest
from explorer.market.config import ClientConfig
from explorer.market.errors import FetchError, FetchErrorKind
from explorer.market.retry import RetryPolicy
from explorer.market.settings import (
    default_cache_path,
    default_settings_path,
    effective_base_urls,
    load_base_url_overrides,
    save_base_url_overrides,
)
from explorer.market.spec import ExchangeSpec, MarketSpecs
from explorer.market.spec_loader import SpecError, bundled_specs, load_specs, parse_specs
from explorer.market.ticker import Ticker

__all__ = [
    "ClientConfig",
    "ExchangeSpec",
    "FetchError",
    "FetchErrorKind",
    "MarketClient",
    "MarketSpecs",
    "RetryPolicy",
    "SpecError",
    "Ticker",
    "TickerCache",
    "TickerRequest",
    "bundled_specs",
    "default_cache_path",
    "default_settings_path",
    "effective_base_urls",
    "load_base_url_overrides",
    "load_specs",
    "parse_specs",
    "save_base_url_overrides",
]
