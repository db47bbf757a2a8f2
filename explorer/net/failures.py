"""Every way a request can fail below HTTP status codes, as a :class:`Failure` in plain words.

Market data and logos turn a :class:`Failure` into their own error types; the kinds here are the
transport's, so both say the same thing about the same fault.
"""

from __future__ import annotations

import errno
import re
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

import httpx

from explorer.text import QT_TRANSLATE_NOOP, TranslatableError, fill, one_line


class FailureKind(StrEnum):
    DNS = "dns"
    REFUSED = "refused"
    UNREACHABLE = "unreachable"
    TLS = "tls"
    PROXY = "proxy"
    TIMEOUT = "timeout"
    REDIRECT = "redirect"
    INVALID_URL = "invalid_url"
    DROPPED = "dropped"
    CUT_OFF = "cut_off"
    TOO_LARGE = "too_large"
    BAD_ENCODING = "bad_encoding"
    HTTP_STATUS = "http_status"  # an answer, but not the one asked for (404, 500, …)


@dataclass(frozen=True, slots=True)
class Failure:
    """``template`` (English, ``%1``-style placeholders filled from ``args``) says what failed
    in one plain line; the Qt layer translates it (context "Detail")."""

    kind: FailureKind
    template: str
    args: tuple[str, ...] = ()
    retryable: bool = False

    @property
    def detail(self) -> str:
        return fill(self.template, self.args)


class TransportError(TranslatableError):
    """Raised by this package's own checks (body size, encodings, redirects, set-up)."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.template, *failure.args)
        self.failure = failure


def failed(
    kind: FailureKind, template: str, *args: object, retryable: bool = False
) -> TransportError:
    values = tuple(one_line(arg, 200) for arg in args)
    return TransportError(Failure(kind, template, values, retryable))


_DNS_WORDS = re.compile(r"name or service not known|nodename nor servname|getaddrinfo|name resol")


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


def classify(error: BaseException, *, host: str, timeout: float, body_started: bool) -> Failure:
    """The :class:`Failure` behind an exception raised while sending or reading a request.

    ``host`` names the server in a DNS failure; ``body_started`` tells a response cut off
    midway from a connection that dropped before any answer.
    """
    if isinstance(error, TransportError):
        return error.failure
    if isinstance(error, TimeoutError | httpx.TimeoutException):
        return Failure(
            FailureKind.TIMEOUT,
            QT_TRANSLATE_NOOP("Detail", "no full answer within %1 s"),
            (f"{timeout:g}",),
            True,
        )
    causes = list(_causes(error))
    if any(isinstance(cause, ssl.SSLError | ssl.CertificateError) for cause in causes):
        return Failure(
            FailureKind.TLS,
            QT_TRANSLATE_NOOP("Detail", "the secure connection could not be verified"),
        )
    if isinstance(error, httpx.ConnectError):
        return _connect_failure(causes, host)
    if isinstance(error, httpx.ProxyError):
        return Failure(
            FailureKind.PROXY,
            QT_TRANSLATE_NOOP("Detail", "the proxy failed: %1"),
            (one_line(error, 200),),
        )
    if isinstance(error, httpx.TooManyRedirects):
        return Failure(
            FailureKind.REDIRECT, QT_TRANSLATE_NOOP("Detail", "it redirected too many times")
        )
    if isinstance(error, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return Failure(
            FailureKind.INVALID_URL,
            QT_TRANSLATE_NOOP("Detail", "the address is not a valid http(s) URL"),
        )
    if isinstance(error, httpx.LocalProtocolError):
        return Failure(
            FailureKind.INVALID_URL,
            QT_TRANSLATE_NOOP("Detail", "the request could not be sent as given"),
        )
    if isinstance(error, httpx.DecodingError):
        return Failure(
            FailureKind.BAD_ENCODING,
            QT_TRANSLATE_NOOP("Detail", "the compressed response is corrupt"),
        )
    if isinstance(error, httpx.TransportError) and body_started:
        return Failure(
            FailureKind.CUT_OFF, QT_TRANSLATE_NOOP("Detail", "the response was cut off"), (), True
        )
    if isinstance(error, httpx.TransportError):
        return Failure(
            FailureKind.DROPPED,
            QT_TRANSLATE_NOOP("Detail", "the connection dropped before an answer"),
            (),
            True,
        )
    if isinstance(error, ssl.SSLError | OSError):
        return Failure(
            FailureKind.TLS,
            QT_TRANSLATE_NOOP("Detail", "the secure connection could not be set up"),
        )
    name = one_line(str(error) or type(error).__name__, 200)
    return Failure(FailureKind.DROPPED, "%1", (name,))


def _connect_failure(causes: list[BaseException], host: str) -> Failure:
    if any(isinstance(cause, socket.gaierror) for cause in causes) or any(
        _DNS_WORDS.search(str(cause).lower()) for cause in causes
    ):
        return Failure(FailureKind.DNS, "%1", (one_line(host, 200),))
    if any(isinstance(cause, ConnectionRefusedError) for cause in causes):
        return Failure(
            FailureKind.REFUSED, QT_TRANSLATE_NOOP("Detail", "connection refused"), (), True
        )
    unreachable = {errno.ENETUNREACH, errno.EHOSTUNREACH}
    if any(isinstance(cause, OSError) and cause.errno in unreachable for cause in causes):
        return Failure(
            FailureKind.UNREACHABLE, QT_TRANSLATE_NOOP("Detail", "no route to it"), (), True
        )
    return Failure(
        FailureKind.UNREACHABLE, QT_TRANSLATE_NOOP("Detail", "the connection failed"), (), True
    )
