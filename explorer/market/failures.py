"""How a failed fetch is told: HTTP statuses and transport failures become one :class:`FetchError`
in plain words, naming the exchange."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx

from explorer.market.errors import FetchErrorKind
from explorer.market.pacing import parse_retry_after
from explorer.market.results import FetchError
from explorer.net.failures import Failure, FailureKind, classify
from explorer.text import one_line

Kind = FetchErrorKind

_TEMPLATES = {
    Kind.OFFLINE: "{name} is unreachable ({detail})",
    Kind.DNS: "{name} could not be found: the DNS lookup of {detail} failed",
    Kind.REFUSED: "{name} refused the connection ({detail})",
    Kind.TLS: "{name} could not be reached securely: {detail}",
    Kind.REDIRECT: "{name} sent a redirect we do not follow: {detail}",
    Kind.INVALID_REQUEST: "Could not ask {name} for {symbol}: {detail}",
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
        message = _TEMPLATES[kind].format(
            name=one_line(self.name, 80),
            symbol=one_line(self.symbol, 60),
            detail=one_line(detail, 200),
        )
        return FetchError(
            kind,
            message,
            exchange=self.exchange,
            symbol=self.symbol,
            retry_at=retry_at,
            retryable=retryable,
        )


_TRANSPORT_KINDS = {
    FailureKind.DNS: Kind.DNS,
    FailureKind.REFUSED: Kind.REFUSED,
    FailureKind.UNREACHABLE: Kind.OFFLINE,
    FailureKind.DROPPED: Kind.OFFLINE,
    FailureKind.PROXY: Kind.OFFLINE,
    FailureKind.TLS: Kind.TLS,
    FailureKind.TIMEOUT: Kind.TIMEOUT,
    FailureKind.REDIRECT: Kind.REDIRECT,
    FailureKind.INVALID_URL: Kind.INVALID_REQUEST,
    FailureKind.CUT_OFF: Kind.BAD_PAYLOAD,
    FailureKind.BAD_ENCODING: Kind.BAD_PAYLOAD,
    FailureKind.TOO_LARGE: Kind.TOO_LARGE,
}


def transport_error(failure: Failure, describe: Describer, *, limit: int) -> FetchError:
    """The :class:`FetchError` for a transport :class:`~explorer.net.failures.Failure`."""
    kind = _TRANSPORT_KINDS[failure.kind]
    detail = f"{limit / 1_048_576:g} MB" if kind is Kind.TOO_LARGE else failure.detail
    return describe.error(kind, detail, retryable=failure.retryable)


def classify_exception(
    error: BaseException, describe: Describer, *, host: str, timeout: float, body_started: bool,
    limit: int,
) -> FetchError:  # fmt: skip
    failure = classify(error, host=host, timeout=timeout, body_started=body_started)
    return transport_error(failure, describe, limit=limit)


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
