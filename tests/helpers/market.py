"""Market test helpers: fixture files, local clients, and a ticker factory by keyword."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path
from typing import Any

from explorer.market.client import MarketClient
from explorer.market.errors import FetchErrorKind
from explorer.market.failures import Describer
from explorer.market.pacing import ClientConfig, RetryPolicy
from explorer.market.results import FetchError, Ticker
from explorer.market.specs import MarketSpecs

FIXTURES = Path(__file__).parent.parent / "market" / "fixtures"
PAYLOADS = Path(__file__).parent.parent / "market" / "payloads"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fast_config(**overrides: Any) -> ClientConfig:
    """Production behaviour with test-sized delays, and never a proxy from the environment."""
    values: dict[str, Any] = {
        "trust_env": False,
        "timeout": 3.0,
        "retry": RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05, max_retry_after=1.0),
    }
    return ClientConfig(**(values | overrides))


def local_client(
    specs: MarketSpecs, base_url: str, exchanges: list[str] | None = None, **kwargs: Any
) -> MarketClient:
    """A client that sends every listed exchange (default: all) to ``base_url``."""
    names = exchanges if exchanges is not None else list(specs.exchanges)
    config = kwargs.pop("config", None) or fast_config()
    return MarketClient(specs, config=config, base_urls=dict.fromkeys(names, base_url), **kwargs)


def unthrottled(specs: MarketSpecs, *names: str) -> MarketSpecs:
    """``specs`` with the rate limit of the ``names`` exchanges lifted (for many-request tests)."""
    lifted = {name: dataclasses.replace(specs.exchanges[name], rate_limit=1e6) for name in names}
    return dataclasses.replace(specs, exchanges={**specs.exchanges, **lifted})


def make_ticker(**fields: Any) -> Ticker:
    """A Ticker for tests, by keyword: anything not given is absent (None) or a fixed time."""
    values: dict[str, Any] = {
        "exchange": "kraken",
        "symbol": "BTC/USD",
        "last": None,
        "bid": None,
        "ask": None,
        "high": None,
        "low": None,
        "open": None,
        "base_volume": None,
        "quote_volume": None,
        "percentage": None,
        "timestamp": None,
        "fetched_at": 1_700_000_000_000,
        "latency_ms": 1,
        "source_url": "https://api.example/ticker",
    }
    for name, value in fields.items():
        if name not in values and name not in ("cached", "invalid"):
            raise TypeError(f"Ticker has no field {name!r}")
        values[name] = (
            Decimal(value) if isinstance(value, str | int) and name in _NUMBERS else value
        )
    return Ticker(**values)


_NUMBERS = {
    "last",
    "bid",
    "ask",
    "high",
    "low",
    "open",
    "base_volume",
    "quote_volume",
    "percentage",
}


def make_error(
    kind: FetchErrorKind,
    *args: str,
    exchange: str = "kraken",
    name: str = "Kraken",
    symbol: str = "BTC/USD",
    template: str = "%1",
) -> FetchError:
    """A FetchError as the engine builds it (``Describer``), by keyword."""
    return Describer(exchange, name, symbol).error(kind, template, *args)


#: The engine's own detail of a timeout (a translatable template), for errors made in tests.
TIMEOUT_DETAIL = "no full answer within %1 s"


def fail_dns_for(monkeypatch: Any, host: str) -> None:
    """Lookups of ``host`` fail as a resolver says "no such name"; others resolve as usual."""
    import socket

    real_getaddrinfo = socket.getaddrinfo

    def fake_getaddrinfo(name: Any, *args: Any, **kwargs: Any) -> Any:
        if name == host:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real_getaddrinfo(name, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
