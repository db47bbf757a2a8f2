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

from explorer.text import one_line


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


@dataclass(frozen=True, slots=True)
class Failure:
    """``detail`` is one plain line (no host name: callers say whose request it was)."""

    kind: FailureKind
    detail: str
    retryable: bool = False


class TransportError(Exception):
    """Raised by this package's own checks (body size, encodings, redirects, set-up)."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.detail)
        self.failure = failure


def failed(kind: FailureKind, detail: str, *, retryable: bool = False) -> TransportError:
    return TransportError(Failure(kind, one_line(detail, 200), retryable))


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
        return Failure(FailureKind.TIMEOUT, f"no full answer within {timeout:g} s", True)
    causes = list(_causes(error))
    if any(isinstance(cause, ssl.SSLError | ssl.CertificateError) for cause in causes):
        return Failure(FailureKind.TLS, "the secure connection could not be verified")
    if isinstance(error, httpx.ConnectError):
        return _connect_failure(causes, host)
    if isinstance(error, httpx.ProxyError):
        return Failure(FailureKind.PROXY, one_line(f"the proxy failed: {error}", 200))
    if isinstance(error, httpx.TooManyRedirects):
        return Failure(FailureKind.REDIRECT, "it redirected too many times")
    if isinstance(error, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return Failure(FailureKind.INVALID_URL, "the address is not a valid http(s) URL")
    if isinstance(error, httpx.LocalProtocolError):
        return Failure(FailureKind.INVALID_URL, "the request could not be sent as given")
    if isinstance(error, httpx.DecodingError):
        return Failure(FailureKind.BAD_ENCODING, "the compressed response is corrupt")
    if isinstance(error, httpx.TransportError) and body_started:
        return Failure(FailureKind.CUT_OFF, "the response was cut off", True)
    if isinstance(error, httpx.TransportError):
        return Failure(FailureKind.DROPPED, "the connection dropped before an answer", True)
    if isinstance(error, ssl.SSLError | OSError):
        return Failure(FailureKind.TLS, "the secure connection could not be set up")
    return Failure(FailureKind.DROPPED, one_line(str(error) or type(error).__name__, 200))


def _connect_failure(causes: list[BaseException], host: str) -> Failure:
    if any(isinstance(cause, socket.gaierror) for cause in causes) or any(
        _DNS_WORDS.search(str(cause).lower()) for cause in causes
    ):
        return Failure(FailureKind.DNS, one_line(host, 200))
    if any(isinstance(cause, ConnectionRefusedError) for cause in causes):
        return Failure(FailureKind.REFUSED, "connection refused", True)
    unreachable = {errno.ENETUNREACH, errno.EHOSTUNREACH}
    if any(isinstance(cause, OSError) and cause.errno in unreachable for cause in causes):
        return Failure(FailureKind.UNREACHABLE, "no route to it", True)
    return Failure(FailureKind.UNREACHABLE, "the connection failed", True)
