"""What can go wrong: the kinds of failure a fetch reports, and the exceptions parsers raise
internally (they become a :class:`~explorer.market.results.FetchError` before leaving the engine).
"""

from __future__ import annotations

from enum import StrEnum

from explorer.text import QT_TRANSLATE_NOOP, TranslatableError


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
    NO_CANDLES = "no_candles"


#: The one-line message per kind: %1 the exchange's name, %2 the detail, %3 the symbol. English
#: here (the command line); the window shows them translated (qt/error_text.py).
HEADLINES = {
    FetchErrorKind.OFFLINE: QT_TRANSLATE_NOOP("FetchError", "%1 is unreachable (%2)"),
    FetchErrorKind.DNS: QT_TRANSLATE_NOOP(
        "FetchError", "%1 could not be found: the DNS lookup of %2 failed"
    ),
    FetchErrorKind.REFUSED: QT_TRANSLATE_NOOP("FetchError", "%1 refused the connection (%2)"),
    FetchErrorKind.TLS: QT_TRANSLATE_NOOP("FetchError", "%1 could not be reached securely: %2"),
    FetchErrorKind.REDIRECT: QT_TRANSLATE_NOOP(
        "FetchError", "%1 sent a redirect we do not follow: %2"
    ),
    FetchErrorKind.INVALID_REQUEST: QT_TRANSLATE_NOOP("FetchError", "Could not ask %1 for %3: %2"),
    FetchErrorKind.TIMEOUT: QT_TRANSLATE_NOOP("FetchError", "%1 did not answer in time (%2)"),
    FetchErrorKind.RATE_LIMITED: QT_TRANSLATE_NOOP("FetchError", "%1 is rate-limiting us; %2"),
    FetchErrorKind.BLOCKED: QT_TRANSLATE_NOOP(
        "FetchError", "%1 refuses access from your region (%2)"
    ),
    FetchErrorKind.MAINTENANCE: QT_TRANSLATE_NOOP(
        "FetchError", "%1 seems to be under maintenance (%2)"
    ),
    FetchErrorKind.SERVER_ERROR: QT_TRANSLATE_NOOP("FetchError", "%1 had a server error (%2)"),
    FetchErrorKind.BAD_PAYLOAD: QT_TRANSLATE_NOOP(
        "FetchError", "%1 sent data we could not read: %2"
    ),
    FetchErrorKind.UNKNOWN_SYMBOL: QT_TRANSLATE_NOOP("FetchError", "%1 does not list %3 (%2)"),
    FetchErrorKind.TOO_LARGE: QT_TRANSLATE_NOOP(
        "FetchError", "%1 sent a response larger than %2; it was ignored"
    ),
    FetchErrorKind.EXCHANGE_ERROR: QT_TRANSLATE_NOOP("FetchError", "%1 reported an error: %2"),
    FetchErrorKind.UNSUPPORTED: QT_TRANSLATE_NOOP("FetchError", "No live prices for %1: %2"),
    FetchErrorKind.NO_CANDLES: QT_TRANSLATE_NOOP("FetchError", "No %3 candles from %1: %2"),
    FetchErrorKind.CANCELLED: QT_TRANSLATE_NOOP(
        "FetchError", "Fetching %3 from %1 was cancelled (%2)"
    ),
    FetchErrorKind.INTERNAL: QT_TRANSLATE_NOOP(
        "FetchError", "Internal error while reading %1 (%2); see the log"
    ),
}


class PayloadError(TranslatableError, ValueError):
    """The response is not the shape the spec describes (raised by extraction and hooks).

    Raised as ``PayloadError(QT_TRANSLATE_NOOP("Detail", "… %1 …"), value)``: the window shows
    the detail in the user's language (a :class:`~explorer.text.TranslatableError`)."""


class UnknownSymbolError(TranslatableError, LookupError):
    """The exchange does not list the requested symbol (or the symbol is malformed); raised
    like :class:`PayloadError`."""


class ExchangeReportedError(Exception):
    """The exchange answered with its own error message (e.g. Kraken's ``error`` list)."""
