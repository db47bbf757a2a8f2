"""The unified ticker and its ccxt-style JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from explorer.market import Ticker
from explorer.market.results import derive_percentage

JSON_KEYS = [
    "symbol", "exchange", "last", "bid", "ask", "high", "low", "open", "baseVolume",
    "quoteVolume", "percentage", "timestamp", "datetime", "fetchedAt", "latencyMs", "url",
    "invalid", "warnings",
]  # fmt: skip


def ticker(**changes: Any) -> Ticker:
    values: dict[str, Any] = {
        "exchange": "binance",
        "symbol": "BTC/USDT",
        "last": Decimal("67000.5"),
        "bid": Decimal("67000.4"),
        "ask": None,
        "high": Decimal("68000"),
        "low": Decimal("66000"),
        "open": Decimal("66500"),
        "base_volume": Decimal("0.00001234"),
        "quote_volume": Decimal("1E+9"),
        "percentage": Decimal("0.75"),
        "timestamp": 1_700_000_000_123,
        "fetched_at": 1_700_000_001_000,
        "latency_ms": 87,
        "source_url": "https://api.binance.com/api/v3/ticker/24hr?symbol=BTCUSDT",
    }
    return Ticker(**(values | changes))


def test_json_has_ccxt_keys_in_order_and_is_serialisable() -> None:
    data = ticker().to_json()
    assert list(data) == JSON_KEYS
    assert json.loads(json.dumps(data)) == data


def test_json_values() -> None:
    source = ticker()
    data = source.to_json()
    assert data["last"] == float(source.last or 0)
    assert data["baseVolume"] == 0.00001234
    assert data["ask"] is None
    seconds, millis = divmod(source.timestamp or 0, 1000)
    whole = datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S")
    assert data["datetime"] == f"{whole}.{millis:03d}Z"
    assert (data["timestamp"], data["fetchedAt"], data["latencyMs"]) == (
        source.timestamp,
        source.fetched_at,
        source.latency_ms,
    )
    assert data["url"] == source.source_url


def test_json_without_exchange_time() -> None:
    data = ticker(timestamp=None).to_json()
    assert data["timestamp"] is None and data["datetime"] is None


def test_age_counts_from_our_fetch() -> None:
    cached = ticker(cached=True)
    assert cached.age_ms(cached.fetched_at + 5_000) == 5_000
    assert cached.age_ms(cached.fetched_at - 1) == 0


prices = st.decimals(min_value=Decimal("1e-8"), max_value=Decimal("1e9"), places=8)


@given(prices, prices)
def test_derived_percentage_reproduces_last(open_price: Decimal, last: Decimal) -> None:
    percentage = derive_percentage(open_price, last)
    assert percentage is not None
    assert abs(open_price * (1 + percentage / 100) - last) <= Decimal("1e-15") * max(last, 1)


def test_no_percentage_without_a_usable_open() -> None:
    assert derive_percentage(None, Decimal(1)) is None
    assert derive_percentage(Decimal(1), None) is None
    assert derive_percentage(Decimal(0), Decimal(1)) is None
