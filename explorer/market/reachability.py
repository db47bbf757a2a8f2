"""Can I reach it from here? One light request per exchange (its ticker for one symbol), sent
through the one client (rate limits honoured, no retries: a check reports what happened), each
outcome sorted into what a person can act on: reachable (with the latency), DNS failure,
refused, TLS failure, timeout, geo-blocked (403/451), maintenance, rate-limited, and the rest.

An exchange that answers at all is reachable, even if the answer is an error of its own or
names no such market: the network path works.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from explorer.market.client import MarketClient
from explorer.market.errors import FetchErrorKind as Kind
from explorer.market.pacing import ClientConfig, RetryPolicy
from explorer.market.results import FetchError, FetchResult, Ticker
from explorer.market.specs import MarketSpecs
from explorer.text import QT_TRANSLATE_NOOP


class Reach(StrEnum):
    REACHABLE = "reachable"
    DNS = "dns"
    REFUSED = "refused"
    TLS = "tls"
    TIMEOUT = "timeout"
    BLOCKED = "geo-blocked"
    MAINTENANCE = "maintenance"
    RATE_LIMITED = "rate-limited"
    OFFLINE = "offline"
    SERVER_ERROR = "server-error"
    OTHER = "other"


#: Plain words for each outcome (translated in the window: context "Reach").
REACH_TEXT = {
    Reach.REACHABLE: QT_TRANSLATE_NOOP("Reach", "reachable"),
    Reach.DNS: QT_TRANSLATE_NOOP("Reach", "DNS failure"),
    Reach.REFUSED: QT_TRANSLATE_NOOP("Reach", "connection refused"),
    Reach.TLS: QT_TRANSLATE_NOOP("Reach", "TLS failure"),
    Reach.TIMEOUT: QT_TRANSLATE_NOOP("Reach", "timeout"),
    Reach.BLOCKED: QT_TRANSLATE_NOOP("Reach", "geo-blocked"),
    Reach.MAINTENANCE: QT_TRANSLATE_NOOP("Reach", "maintenance"),
    Reach.RATE_LIMITED: QT_TRANSLATE_NOOP("Reach", "rate-limited"),
    Reach.OFFLINE: QT_TRANSLATE_NOOP("Reach", "no network"),
    Reach.SERVER_ERROR: QT_TRANSLATE_NOOP("Reach", "server error"),
    Reach.OTHER: QT_TRANSLATE_NOOP("Reach", "other failure"),
}

_BY_KIND = {
    Kind.DNS: Reach.DNS,
    Kind.REFUSED: Reach.REFUSED,
    Kind.TLS: Reach.TLS,
    Kind.TIMEOUT: Reach.TIMEOUT,
    Kind.BLOCKED: Reach.BLOCKED,
    Kind.MAINTENANCE: Reach.MAINTENANCE,
    Kind.RATE_LIMITED: Reach.RATE_LIMITED,
    Kind.OFFLINE: Reach.OFFLINE,
    Kind.SERVER_ERROR: Reach.SERVER_ERROR,
    # It answered: the path works, whatever the answer said.
    Kind.BAD_PAYLOAD: Reach.REACHABLE,
    Kind.UNKNOWN_SYMBOL: Reach.REACHABLE,
    Kind.EXCHANGE_ERROR: Reach.REACHABLE,
    Kind.TOO_LARGE: Reach.REACHABLE,
}


@dataclass(frozen=True, slots=True)
class ReachResult:
    exchange: str
    reach: Reach
    latency_ms: int | None  # known when the answer was read
    detail: str  # one plain line: the failure, or what the answer was
    error: FetchError | None = None  # for a translated detail in the window

    def to_json(self) -> dict[str, object]:
        return {
            "exchange": self.exchange,
            "status": str(self.reach),
            "latencyMs": self.latency_ms,
            "detail": self.detail,
        }


def reach_of(result: FetchResult) -> ReachResult:
    if isinstance(result, Ticker):
        return ReachResult(result.exchange, Reach.REACHABLE, result.latency_ms, "")
    reach = _BY_KIND.get(result.kind, Reach.OTHER)
    return ReachResult(result.exchange, reach, None, result.message, result)


def probe_symbol(specs: MarketSpecs, exchange: str) -> str:
    """The light request's symbol: the adapter's first default one."""
    spec = specs.spec(exchange)
    return spec.default_symbols[0] if spec is not None and spec.default_symbols else "BTC/USDT"


def check_config(base: ClientConfig, timeout: float | None = None) -> ClientConfig:
    """The client settings of a check: one attempt, a shorter wait by default."""
    from dataclasses import replace

    return replace(base, retry=RetryPolicy(attempts=1), timeout=timeout or min(base.timeout, 8.0))


async def check(
    client: MarketClient,
    exchanges: Iterable[str],
    on_result: Callable[[ReachResult], object],
) -> list[ReachResult]:
    """Check ``exchanges`` (ids the client's specs price); ``on_result`` as each lands."""
    found: list[ReachResult] = []

    def landed(result: FetchResult) -> None:
        reach = reach_of(result)
        if reach.error is not None and reach.error.kind == Kind.CANCELLED:
            return
        found.append(reach)
        on_result(reach)

    requests = [(e, probe_symbol(client.specs, e)) for e in exchanges]
    await client.fetch_many(requests, on_result=landed)
    return found
