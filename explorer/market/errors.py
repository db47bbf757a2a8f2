"""Failure kinds, the public :class:`FetchError`, and the internal exceptions parsers raise."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.market.ticker import Ticker


class FetchErrorKind(StrEnum):
    OFFLINE = "offline"
    DNS = "dns"
    REFUSED = "refused"
    TLS = "tls"
    TIMEOUT = "timeout"
    RATE_LIMITED = "rate_limited"
    BLOCKED = "blocked"
    MAINTENANCE = "maintenance"
    SERVER_ERROR = "server_error"
    BAD_PAYLOAD = "bad_payload"
    UNKNOWN_SYMBOL = "unknown_symbol"
    TOO_LARGE = "too_large"
    EXCHANGE_ERROR = "exchange_error"
    UNSUPPORTED = "unsupported"
    CANCELLED = "cancelled"
    INTERNAL = "internal"
    REDIRECT = "redirect"
    INVALID_REQUEST = "invalid_request"


class FetchError(Exception):
    """Why one ticker could not be fetched, in one plain-English line that names the exchange.

    ``retry_at`` is when the exchange said (or we estimate) a retry may succeed; ``retryable``
    tells the engine's own retry loop whether another attempt is worthwhile; ``cached`` is the
    last good ticker from the offline cache, when there is one.
    """

    def __init__(
        self,
        kind: FetchErrorKind,
        message: str,
        *,
        exchange: str,
        symbol: str,
        retry_at: datetime | None = None,
        retryable: bool = False,
        cached: Ticker | None = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.exchange = exchange
        self.symbol = symbol
        self.retry_at = retry_at
        self.retryable = retryable
        self.cached = cached

    def __repr__(self) -> str:
        return f"FetchError({self.kind.value!r}, {self.message!r})"


class PayloadError(ValueError):
    """The response is not the shape the spec describes (raised by extraction and hooks)."""


class UnknownSymbolError(LookupError):
    """The exchange does not list the requested symbol (or the symbol is malformed)."""


class ExchangeReportedError(Exception):
    """The exchange answered with its own error message (e.g. Kraken's ``error`` list)."""
