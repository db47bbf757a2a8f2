"""What can go wrong: the kinds of failure a fetch reports, and the exceptions parsers raise
internally (they become a :class:`~explorer.market.results.FetchError` before leaving the engine).
"""

from __future__ import annotations

from enum import StrEnum


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


class PayloadError(ValueError):
    """The response is not the shape the spec describes (raised by extraction and hooks)."""


class UnknownSymbolError(LookupError):
    """The exchange does not list the requested symbol (or the symbol is malformed)."""


class ExchangeReportedError(Exception):
    """The exchange answered with its own error message (e.g. Kraken's ``error`` list)."""
