"""Turn transport exceptions and unhappy HTTP responses into a plain-English :class:`FetchError`."""

from __future__ import annotations

import errno
import re
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx

from explorer.market.errors import FetchError, FetchErrorKind
from explorer.market.retry import parse_retry_after
from explorer.market.transport import ResponseTooLargeError

Kind = FetchErrorKind

_TEMPLATES = {
    Kind.OFFLINE: "{name} is unreachable ({detail})",
    Kind.DNS: "{name} could not be found: the DNS lookup of {detail} failed",
    Kind.TIMEOUT: "{name} did not answer in time ({detail})",
    Kind.RATE_LIMITED: "{name} is rate-limiting us; {detail}",
    Kind.BLOCKED: "{name} refuses access from your region ({detail})",
    Kind.MAINTENANCE: "{name} seems to be under maintenance ({detail})",
    Kind.SERVER_ERROR: "{name} had a server error ({detail})",
    Kind.BAD_PAYLOAD: "{name} sent data we could not read: {detail}",
    Kind.UNKNOWN_SYMBOL: "{name} does not list {symbol} ({detail})",
    Kind.TOO_LARGE: "{name} sent a response larger than {detail}; it was ignored",
    Kind.EXCHANGE_ERROR: "{name} reported an error: {detail}",
    Kind.UNSUPPORTED: "No live prices for {name}: {detail}",
    Kind.CANCELLED: "Fetching {symbol} from {name} was cancelled ({detail})",
    Kind.INTERNAL: "Internal error while reading {name} ({detail}); see the log",
}
_DNS_WORDS = re.compile(r"name or service not known|nodename nor servname|getaddrinfo|name resol")
_NEGATIVE = re.compile(r"unknown|invalid|not (?:found|exist|listed|supported)|no such|unsupported")
_SUBJECT = re.compile(r"symbol|pair|market|instrument|product|ticker|currency|asset|contract")


@dataclass(frozen=True, slots=True)
class Describer:
    """Builds the one-line :class:`FetchError` for one (exchange, symbol)."""

    exchange: str
    name: str
    symbol: str

    def error(
        self,
        kind: FetchErrorKind,
        detail: str,
        *,
        retryable: bool = False,
        retry_at: datetime | None = None,
    ) -> FetchError:
        detail = " ".join(detail.split())[:200]
        message = _TEMPLATES[kind].format(name=self.name, symbol=self.symbol, detail=detail)
        return FetchError(
            kind,
            message,
            exchange=self.exchange,
            symbol=self.symbol,
            retry_at=retry_at,
            retryable=retryable,
        )


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The exception, what caused it, and the members of any exception groups on the way."""
    pending, seen = [error], set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending += [e for e in (current.__cause__, current.__context__) if e is not None]
        if isinstance(current, BaseExceptionGroup):
            pending += list(current.exceptions)


def classify_exception(
    error: BaseException, describe: Describer, *, host: str, timeout: float, body_started: bool
) -> FetchError:
    if isinstance(error, ResponseTooLargeError):
        return describe.error(Kind.TOO_LARGE, f"{error.limit / 1_048_576:g} MB")
    if isinstance(error, TimeoutError | httpx.TimeoutException):
        return describe.error(Kind.TIMEOUT, f"no full answer within {timeout:g} s", retryable=True)
    causes = list(_causes(error))
    if isinstance(error, httpx.ConnectError):
        return _connect_failure(causes, describe, host)
    if isinstance(error, httpx.ProxyError):
        return describe.error(Kind.OFFLINE, f"the proxy failed: {error}")
    if isinstance(error, httpx.TooManyRedirects):
        return describe.error(Kind.EXCHANGE_ERROR, "it redirected too many times")
    if isinstance(error, httpx.TransportError) and body_started:
        return describe.error(Kind.BAD_PAYLOAD, "the response was cut off", retryable=True)
    if isinstance(error, httpx.TransportError):
        detail = "the connection dropped before an answer"
        return describe.error(Kind.OFFLINE, detail, retryable=True)
    return describe.error(Kind.OFFLINE, str(error) or type(error).__name__)


def _connect_failure(causes: list[BaseException], describe: Describer, host: str) -> FetchError:
    if any(isinstance(cause, socket.gaierror) for cause in causes) or any(
        _DNS_WORDS.search(str(cause).lower()) for cause in causes
    ):
        return describe.error(Kind.DNS, host)
    if any(isinstance(cause, ssl.SSLError) for cause in causes):
        return describe.error(Kind.OFFLINE, "the secure connection could not be verified")
    if any(isinstance(cause, ConnectionRefusedError) for cause in causes):
        return describe.error(Kind.OFFLINE, "connection refused", retryable=True)
    unreachable = {errno.ENETUNREACH, errno.EHOSTUNREACH}
    if any(isinstance(cause, OSError) and cause.errno in unreachable for cause in causes):
        return describe.error(Kind.OFFLINE, "no route to it", retryable=True)
    return describe.error(Kind.OFFLINE, "the connection failed", retryable=True)


def rate_limited(describe: Describer, retry_at: datetime) -> FetchError:
    detail = f"try again after {retry_at:%H:%M:%S} UTC"
    return describe.error(Kind.RATE_LIMITED, detail, retryable=True, retry_at=retry_at)


def mentions_unknown_symbol(text: str, known_phrases: tuple[str, ...] = ()) -> bool:
    lowered = text.lower()
    if any(phrase.lower() in lowered for phrase in known_phrases):
        return True
    return bool(_NEGATIVE.search(lowered) and _SUBJECT.search(lowered))


def classify_status(
    response: httpx.Response,
    error_text: str,
    describe: Describer,
    *,
    now: datetime,
    rate_limit_cooldown: float,
    unknown_symbol_phrases: tuple[str, ...] = (),
) -> FetchError:
    """For a non-2xx response; ``error_text`` is the exchange's message, if it sent one."""
    status = response.status_code
    http = f"HTTP {status}"
    retry_at = parse_retry_after(response.headers.get("Retry-After"), now)
    if status in {418, 429}:  # Binance answers 418 once it has banned an IP for ignoring 429s
        return rate_limited(describe, retry_at or now + timedelta(seconds=rate_limit_cooldown))
    if status in {403, 451}:
        return describe.error(Kind.BLOCKED, http)
    if status == 503:
        return describe.error(Kind.MAINTENANCE, http, retryable=True, retry_at=retry_at)
    if status in {502, 504}:
        return describe.error(Kind.SERVER_ERROR, http, retryable=True, retry_at=retry_at)
    if status in {400, 404, 422, 500} and mentions_unknown_symbol(
        error_text, unknown_symbol_phrases
    ):
        return describe.error(Kind.UNKNOWN_SYMBOL, f"{http}: {error_text}")
    if status >= 500:
        return describe.error(Kind.SERVER_ERROR, http)
    if status == 401:
        return describe.error(Kind.EXCHANGE_ERROR, f"{http}, the endpoint needs a login")
    return describe.error(Kind.EXCHANGE_ERROR, f"{http}: {error_text}" if error_text else http)
