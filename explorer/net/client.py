"""The one HTTP client factory, and requests that follow redirects only where it is safe."""

from __future__ import annotations

import importlib.util
import ssl
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

import httpx

from explorer import USER_AGENT
from explorer.net.body import ACCEPT_ENCODING
from explorer.net.failures import FailureKind, failed
from explorer.text import QT_TRANSLATE_NOOP

MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def http2_available() -> bool:
    return importlib.util.find_spec("h2") is not None


def build_client(
    *,
    accept: str,
    trust_env: bool,
    connect_timeout: float,
    read_timeout: float | None = None,
    max_keepalive: int = 20,
    http2: bool = False,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` with TLS verification always on and proxies and CA settings
    from the environment when ``trust_env``.

    Redirects are not followed by httpx (see :func:`open_response`); responses are read with
    :func:`explorer.net.body.read_body`, so ``Accept-Encoding`` asks only for what it decodes.
    ``max_keepalive`` should cover every host the client talks to: a smaller pool closes and
    reopens connections all the time. A CA bundle that cannot be loaded (``SSL_CERT_FILE``
    pointing at an empty file, say) raises :class:`~explorer.net.failures.TransportError`.
    """
    try:
        return httpx.AsyncClient(
            http2=http2 and http2_available(),
            verify=True,
            trust_env=trust_env,
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=max_keepalive),
            headers={
                "User-Agent": USER_AGENT,
                "Accept": accept,
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            follow_redirects=False,
            transport=transport,
        )
    except (ssl.SSLError, OSError, ValueError) as error:
        where = QT_TRANSLATE_NOOP(
            "Detail", "the CA certificates (SSL_CERT_FILE, SSL_CERT_DIR) could not be loaded: %1"
        )
        raise failed(FailureKind.TLS, where, error) from None


def redirect_target(response: httpx.Response) -> httpx.URL | None:
    """Where a redirect leads, if it is one; raises for a target we must not follow."""
    if response.status_code not in _REDIRECTS or "Location" not in response.headers:
        return None
    source = response.request.url
    try:
        target = source.join(response.headers["Location"])
    except (httpx.InvalidURL, ValueError, TypeError):
        raise failed(
            FailureKind.REDIRECT, QT_TRANSLATE_NOOP("Detail", "it redirected to an invalid address")
        ) from None
    if target.scheme not in ("http", "https") or not target.host:
        raise failed(
            FailureKind.REDIRECT,
            QT_TRANSLATE_NOOP("Detail", "it redirected to an address that is not http(s)"),
        )
    if source.scheme == "https" and target.scheme == "http":
        raise failed(
            FailureKind.REDIRECT,
            QT_TRANSLATE_NOOP("Detail", "it redirected from https to insecure http"),
        )
    return target


@asynccontextmanager
async def open_response(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    *,
    params: Mapping[str, str] | None = None,
    json: Any = None,
    max_redirects: int = MAX_REDIRECTS,
) -> AsyncIterator[httpx.Response]:
    """Send a request and yield the final response, streamed (read it with ``read_body``).

    Redirects are followed here rather than by httpx: a redirect's own body is never read
    (httpx reads it in full, decoding every layer), its target is checked first
    (:func:`redirect_target`), and 301/302/303 turn a POST into a GET, as browsers do.
    """
    request = client.build_request(method, url, params=params, json=json)
    current = method
    for _ in range(max_redirects + 1):
        try:
            response = await client.send(request, stream=True)
        except (httpx.InvalidURL, httpx.RemoteProtocolError) as error:
            # httpx parses a redirect's Location even when it does not follow it; the request's
            # own URL was checked before, so an invalid URL here is the server's redirect.
            if isinstance(error, httpx.InvalidURL) or "location header" in str(error).lower():
                raise failed(
                    FailureKind.REDIRECT,
                    QT_TRANSLATE_NOOP("Detail", "it redirected to an invalid address"),
                ) from None
            raise
        try:
            target = redirect_target(response)
        except BaseException:
            await response.aclose()
            raise
        if target is None:
            try:
                yield response
            finally:
                await response.aclose()
            return
        await response.aclose()
        if response.status_code not in (307, 308):
            current = "GET"
        request = client.build_request(current, target, json=None if current == "GET" else json)
    raise failed(FailureKind.REDIRECT, QT_TRANSLATE_NOOP("Detail", "it redirected too many times"))
