"""Failure classification from exception chains and HTTP statuses."""

from __future__ import annotations

import errno
import socket
import ssl
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from explorer.market import FetchErrorKind
from explorer.market.failures import (
    Describer,
    classify_exception,
    classify_status,
    mentions_unknown_symbol,
)
from explorer.net.failures import FailureKind, failed

DESCRIBE = Describer("binance", "Binance", "BTC/USDT")
NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def connect_error(cause: BaseException) -> httpx.ConnectError:
    """An httpx.ConnectError chained the way httpx/httpcore/anyio chain them."""
    try:
        try:
            raise cause
        except BaseException as inner:
            raise httpx.ConnectError("All connection attempts failed") from inner
    except httpx.ConnectError as error:
        return error


@pytest.mark.parametrize(
    ("cause", "kind", "retryable"),
    [
        (
            socket.gaierror(socket.EAI_NONAME, "Name or service not known"),
            FetchErrorKind.DNS,
            False,
        ),
        (OSError("[Errno -3] Temporary failure in name resolution"), FetchErrorKind.DNS, False),
        (ConnectionRefusedError(errno.ECONNREFUSED, "refused"), FetchErrorKind.REFUSED, True),
        (
            ExceptionGroup("attempts", [ConnectionRefusedError(errno.ECONNREFUSED, "refused")]),
            FetchErrorKind.REFUSED,
            True,
        ),
        (OSError(errno.ENETUNREACH, "Network is unreachable"), FetchErrorKind.OFFLINE, True),
        (ssl.SSLCertVerificationError("certificate verify failed"), FetchErrorKind.TLS, False),
    ],
)
def test_connect_failures(cause: BaseException, kind: FetchErrorKind, retryable: bool) -> None:
    error = classify_exception(
        connect_error(cause),
        DESCRIBE,
        host="api.binance.com",
        timeout=10,
        body_started=False,
        limit=2 * 1024 * 1024,
    )
    assert (error.kind, error.retryable) == (kind, retryable)
    assert error.message.startswith("Binance ")


@pytest.mark.parametrize(
    ("exception", "body_started", "kind"),
    [
        (TimeoutError(), False, FetchErrorKind.TIMEOUT),
        (httpx.ReadTimeout("slow"), True, FetchErrorKind.TIMEOUT),
        (httpx.PoolTimeout("pool"), False, FetchErrorKind.TIMEOUT),
        (httpx.RemoteProtocolError("peer closed"), True, FetchErrorKind.BAD_PAYLOAD),
        (httpx.RemoteProtocolError("no response"), False, FetchErrorKind.OFFLINE),
        (httpx.ReadError("reset"), False, FetchErrorKind.OFFLINE),
        (failed(FailureKind.TOO_LARGE, "too large"), True, FetchErrorKind.TOO_LARGE),
        (failed(FailureKind.BAD_ENCODING, "gzip twice"), True, FetchErrorKind.BAD_PAYLOAD),
        (failed(FailureKind.REDIRECT, "https to http"), False, FetchErrorKind.REDIRECT),
        (httpx.TooManyRedirects("loop"), False, FetchErrorKind.REDIRECT),
        (httpx.InvalidURL("bad"), False, FetchErrorKind.INVALID_REQUEST),
        (httpx.UnsupportedProtocol("javascript"), False, FetchErrorKind.INVALID_REQUEST),
        (httpx.LocalProtocolError("bad header"), False, FetchErrorKind.INVALID_REQUEST),
        (httpx.ProxyError("407"), False, FetchErrorKind.OFFLINE),
    ],
)
def test_transport_failures(
    exception: BaseException, body_started: bool, kind: FetchErrorKind
) -> None:
    error = classify_exception(
        exception,
        DESCRIBE,
        host="api.binance.com",
        timeout=10,
        body_started=body_started,
        limit=2 * 1024 * 1024,
    )
    assert error.kind is kind


def response(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers)


@pytest.mark.parametrize(
    ("status", "text", "kind", "retryable"),
    [
        (429, "", FetchErrorKind.RATE_LIMITED, True),
        (418, "", FetchErrorKind.RATE_LIMITED, True),
        (403, "", FetchErrorKind.BLOCKED, False),
        (451, "restricted location", FetchErrorKind.BLOCKED, False),
        (503, "", FetchErrorKind.MAINTENANCE, True),
        (502, "", FetchErrorKind.SERVER_ERROR, True),
        (504, "", FetchErrorKind.SERVER_ERROR, True),
        (500, "", FetchErrorKind.SERVER_ERROR, False),
        (500, "symbol: invalid", FetchErrorKind.UNKNOWN_SYMBOL, False),
        (400, "Invalid symbol.", FetchErrorKind.UNKNOWN_SYMBOL, False),
        (400, "Illegal characters found in parameter", FetchErrorKind.EXCHANGE_ERROR, False),
        (401, "", FetchErrorKind.EXCHANGE_ERROR, False),
        (404, "", FetchErrorKind.EXCHANGE_ERROR, False),
    ],
)
def test_statuses(status: int, text: str, kind: FetchErrorKind, retryable: bool) -> None:
    error = classify_status(response(status), text, DESCRIBE, now=NOW, rate_limit_cooldown=30)
    assert (error.kind, error.retryable) == (kind, retryable)


def test_rate_limit_without_retry_after_uses_the_cooldown() -> None:
    error = classify_status(response(429), "", DESCRIBE, now=NOW, rate_limit_cooldown=30)
    assert error.retry_at == NOW + timedelta(seconds=30)
    assert "12:00:30 UTC" in error.message


def test_maintenance_keeps_retry_after() -> None:
    error = classify_status(
        response(503, **{"Retry-After": "60"}), "", DESCRIBE, now=NOW, rate_limit_cooldown=30
    )
    assert error.retry_at == NOW + timedelta(seconds=60)


def test_messages_are_one_short_line() -> None:
    text = "line one\nline two " + "x" * 500
    error = classify_status(response(400), text, DESCRIBE, now=NOW, rate_limit_cooldown=30)
    assert "\n" not in error.message
    assert len(error.message) < 300


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        ("Invalid symbol.", (), True),
        ("EQuery:Unknown asset pair", (), True),
        ("Instrument ID does not exist", (), True),
        ("market not found", (), True),
        ("Code not found", (), False),
        ("Code not found", ("code not FOUND",), True),
        ("Invalid API-key, IP, or permissions for action.", (), False),
        ("Market is closed", (), False),
        ("", (), False),
    ],
)
def test_unknown_symbol_heuristic(text: str, phrases: tuple[str, ...], expected: bool) -> None:
    assert mentions_unknown_symbol(text, phrases) is expected
