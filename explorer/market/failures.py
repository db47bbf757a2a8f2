"""How a failed fetch is told: HTTP statuses and transport failures become one :class:`FetchError`
in plain words, naming the exchange."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx

from explorer.market.errors import HEADLINES, FetchErrorKind
from explorer.market.pacing import parse_retry_after
from explorer.market.results import FetchError
from explorer.net.failures import Failure, FailureKind, classify
from explorer.text import QT_TRANSLATE_NOOP, TranslatableError, fill, one_line

Kind = FetchErrorKind


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
        template: str,
        *args: object,
        retryable: bool = False,
        retry_at: datetime | None = None,
    ) -> FetchError:
        """``template`` (a :func:`detail`, or "%1" for text from elsewhere) filled with
        ``args`` is the detail; every part is made one safe line. "%1" with one
        :class:`~explorer.text.TranslatableError` (a PayloadError, say) takes that error's own
        template and values, so the window can show it translated."""
        if template == "%1" and len(args) == 1 and isinstance(args[0], TranslatableError):
            template, args = args[0].template, args[0].values
        values = tuple(one_line(arg, 200) for arg in args)
        name, symbol = one_line(self.name, 80), one_line(self.symbol, 60)
        text = one_line(fill(template, values), 200)
        return FetchError(
            kind,
            fill(HEADLINES[kind], (name, text, symbol)),
            exchange=self.exchange,
            symbol=self.symbol,
            name=name,
            template=template,
            args=values,
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
    FailureKind.HTTP_STATUS: Kind.SERVER_ERROR,  # market responses read their status themselves
}


def transport_kind(kind: FailureKind) -> Kind:
    """The fetch error kind (and so the CLI's exit status) of a transport failure kind."""
    return _TRANSPORT_KINDS[kind]


def transport_error(failure: Failure, describe: Describer, *, limit: int) -> FetchError:
    """The :class:`FetchError` for a transport :class:`~explorer.net.failures.Failure`."""
    kind = _TRANSPORT_KINDS[failure.kind]
    if kind is Kind.TOO_LARGE:
        return describe.error(kind, QT_TRANSLATE_NOOP("Detail", "%1 MB"), f"{limit / 1_048_576:g}")
    return describe.error(kind, failure.template, *failure.args, retryable=failure.retryable)


def classify_exception(
    error: BaseException, describe: Describer, *, host: str, timeout: float, body_started: bool,
    limit: int,
) -> FetchError:  # fmt: skip
    failure = classify(error, host=host, timeout=timeout, body_started=body_started)
    return transport_error(failure, describe, limit=limit)


def rate_limited(describe: Describer, retry_at: datetime) -> FetchError:
    return describe.error(
        Kind.RATE_LIMITED,
        QT_TRANSLATE_NOOP("Detail", "try again after %1 UTC"),
        f"{retry_at:%H:%M:%S}",
        retryable=True,
        retry_at=retry_at,
    )


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
    code = str(status)
    http, http_text = (
        QT_TRANSLATE_NOOP("Detail", "HTTP %1"),
        QT_TRANSLATE_NOOP("Detail", "HTTP %1: %2"),
    )
    retry_at = parse_retry_after(response.headers.get("Retry-After"), now)
    if status in {418, 429}:  # Binance answers 418 once it has banned an IP for ignoring 429s
        return rate_limited(describe, retry_at or now + timedelta(seconds=rate_limit_cooldown))
    if status in {403, 451}:
        return describe.error(Kind.BLOCKED, http, code)
    if status == 503:
        return describe.error(Kind.MAINTENANCE, http, code, retryable=True, retry_at=retry_at)
    if status in {502, 504}:
        return describe.error(Kind.SERVER_ERROR, http, code, retryable=True, retry_at=retry_at)
    if status in {400, 404, 422, 500} and mentions_unknown_symbol(
        error_text, unknown_symbol_phrases
    ):
        return describe.error(Kind.UNKNOWN_SYMBOL, http_text, code, error_text)
    if status >= 500:
        return describe.error(Kind.SERVER_ERROR, http, code)
    if status == 401:
        return describe.error(
            Kind.EXCHANGE_ERROR,
            QT_TRANSLATE_NOOP("Detail", "HTTP %1, the endpoint needs a login"),
            code,
        )
    if error_text:
        return describe.error(Kind.EXCHANGE_ERROR, http_text, code, error_text)
    return describe.error(Kind.EXCHANGE_ERROR, http, code)
