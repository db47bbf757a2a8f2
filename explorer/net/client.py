"""The one HTTP client factory, and requests that follow redirects only where it is safe."""

from __future__ import annotations

import functools
import importlib.util
import ssl
import urllib.request
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

import httpx

from explorer import USER_AGENT
from explorer.net.body import ACCEPT_ENCODING
from explorer.net.failures import FailureKind, failed
from explorer.net.transport import PerHostTransport
from explorer.net.urls import URLError
from explorer.text import QT_TRANSLATE_NOOP

MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def http2_available() -> bool:
    return importlib.util.find_spec("h2") is not None


class Client(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` that may skip its own request machinery (auth flows, event
    hooks, cookie jars, proxy routing: none of which the app uses) and hand requests straight to
    the per-host transport, when no proxy applies. :func:`open_response` takes that path."""

    direct: PerHostTransport | None = None


@functools.lru_cache(maxsize=4096)
def _url(url: str, params: tuple[tuple[str, str], ...]) -> httpx.URL:
    """Parsed once per distinct request URL: a watchlist asks the same ones every refresh, and
    httpx's URL parser is a good part of a request's CPU."""
    parsed = httpx.URL(url)
    return parsed.copy_merge_params(dict(params)) if params else parsed


def build_client(
    *,
    accept: str,
    trust_env: bool,
    connect_timeout: float,
    read_timeout: float | None = None,
    keepalive_per_host: int = 8,
    http2: bool = False,
    transport: httpx.AsyncBaseTransport | None = None,
    proxy: str | None = None,
) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` with TLS verification always on and proxies and CA settings
    from the environment when ``trust_env``; one connection pool per host
    (:class:`PerHostTransport`) unless ``transport`` is given.

    ``proxy``: None takes the environment's proxy settings (with ``trust_env``), ``""`` uses
    none, a URL (checked by :func:`check_proxy_url`) sends every request through that proxy.
    CA settings from the environment apply either way.

    Redirects are not followed by httpx (see :func:`open_response`); responses are read with
    :func:`explorer.net.body.read_body`, so ``Accept-Encoding`` asks only for what it decodes.
    A CA bundle that cannot be loaded (``SSL_CERT_FILE`` pointing at an empty file, say) raises
    :class:`~explorer.net.failures.TransportError`.
    """
    use_http2 = http2 and http2_available()
    direct: PerHostTransport | None = None
    # httpx applies proxies from the environment only to its own transport: when one is set,
    # requests take httpx's path (one pool); otherwise the per-host pools, directly.
    proxied = bool(proxy) or (proxy is None and trust_env and bool(urllib.request.getproxies()))
    try:
        context = httpx.create_ssl_context(verify=True, trust_env=trust_env)
        if transport is None and not proxied:
            transport = direct = PerHostTransport(
                ssl_context=context, http2=use_http2, keepalive_per_host=keepalive_per_host
            )
        client = Client(
            http2=use_http2,
            verify=context,
            # The environment's proxies only when no choice was made; its CA settings always
            # (they are in the context already).
            trust_env=trust_env and proxy is None,
            proxy=proxy or None,
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
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
    client.direct = direct
    return client


def check_proxy_url(text: str) -> str:
    """A proxy URL the client can use (http, https, or socks5 when httpx's socks support is
    installed), with a host; ValueError in plain words otherwise."""
    import importlib.util

    try:
        url = httpx.URL(text.strip())
    except (httpx.InvalidURL, TypeError, ValueError):
        raise URLError(QT_TRANSLATE_NOOP("Detail", "not a URL")) from None
    schemes = {"http", "https"}
    if importlib.util.find_spec("socksio") is not None:
        schemes.add("socks5")
    if url.scheme not in schemes:
        raise URLError(
            QT_TRANSLATE_NOOP("Detail", "a proxy URL starts with one of %1"),
            ", ".join(f"{scheme}://" for scheme in sorted(schemes)),
        )
    if not url.host:
        raise URLError(QT_TRANSLATE_NOOP("Detail", "a proxy URL needs a host"))
    return str(url)


def _build(
    client: httpx.AsyncClient,
    method: str,
    url: str | httpx.URL,
    params: Mapping[str, str] | None,
    json: Any,
) -> httpx.Request:
    if isinstance(client, Client) and client.direct is not None and json is None:
        parsed = _url(str(url), tuple(sorted((params or {}).items())))
        extensions = {"timeout": client.timeout.as_dict()}
        return httpx.Request(method, parsed, headers=client.headers, extensions=extensions)
    return client.build_request(method, url, params=params, json=json)


async def _send(client: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    if isinstance(client, Client) and client.direct is not None:
        response = await client.direct.handle_async_request(request)
        response.request = request
        return response
    return await client.send(request, stream=True)


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
    request = _build(client, method, url, params, json)
    current = method
    for _ in range(max_redirects + 1):
        try:
            response = await _send(client, request)
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
        request = _build(client, current, target, None, None if current == "GET" else json)
    raise failed(FailureKind.REDIRECT, QT_TRANSLATE_NOOP("Detail", "it redirected too many times"))
