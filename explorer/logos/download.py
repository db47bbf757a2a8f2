"""One logo over HTTP: the client, URL checks, a size-capped read, and failures as LogoError.

The HTTP work itself is :mod:`explorer.net`'s, shared with market data: bounded decoded reads,
redirects checked before they are followed, transport failures in plain words.
"""

from __future__ import annotations

import asyncio

import httpx

from explorer.logos.errors import LogoError, shown
from explorer.logos.sniff import image_extension
from explorer.net.body import read_body
from explorer.net.client import build_client, open_response
from explorer.net.failures import Failure, FailureKind, TransportError, classify
from explorer.text import QT_TRANSLATE_NOOP

# Only formats image_extension() recognises: CDN image optimisers negotiate on Accept and would
# otherwise happily send AVIF or JPEG XL.
_ACCEPT = "image/png,image/webp,image/svg+xml,image/jpeg,image/gif;q=0.9,*/*;q=0.1"
_OFFLINE = frozenset(
    {FailureKind.DNS, FailureKind.REFUSED, FailureKind.UNREACHABLE, FailureKind.DROPPED,
     FailureKind.PROXY}
)  # fmt: skip


def logo_client(
    *, trust_env: bool = True, timeout: float = 10.0, proxy: str | None = None
) -> httpx.AsyncClient:
    """A client for :meth:`LogoCache.fetch`: TLS always verified.

    ``timeout`` applies to each connect, read and write; ``trust_env`` takes proxies and CA
    settings from the environment (pass ``False`` in tests). Raises
    :class:`~explorer.net.failures.TransportError` when the CA settings cannot be loaded.
    """
    return build_client(
        accept=_ACCEPT,
        trust_env=trust_env,
        connect_timeout=timeout,
        read_timeout=timeout,
        proxy=proxy,
    )


def check_url(url: str) -> None:
    """Raise ``LogoError("bad-url")`` unless ``url`` is an http(s) URL with a host."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise LogoError(
            "bad-url",
            url,
            QT_TRANSLATE_NOOP("LogoError", "The logo address %1 is not an http(s) URL."),
            shown(url),
        )


async def download(
    url: str, client: httpx.AsyncClient, *, max_bytes: int, deadline: float
) -> tuple[bytes, str]:
    """GET ``url`` and return the body with its image extension, or raise :class:`LogoError`.

    ``deadline`` bounds the whole download: the client's per-read timeout alone would let a
    server drip one byte at a time for ever.
    """
    check_url(url)
    name = shown(url)
    body_started = False
    try:
        async with asyncio.timeout(deadline), open_response(client, "GET", url) as response:
            if response.status_code != 200:
                code = response.status_code
                message = QT_TRANSLATE_NOOP(
                    "LogoError", "The server answered HTTP %1 for the logo %2."
                )
                raise LogoError("http", url, message, code, name, status=code)
            body_started = True
            body = await read_body(response, max_bytes)
    except (httpx.HTTPError, TimeoutError, TransportError) as error:
        host = httpx.URL(url).host
        failure = classify(error, host=host, timeout=deadline, body_started=body_started)
        raise _logo_error(failure, url, max_bytes) from error
    extension = image_extension(body)
    if extension is None:
        message = QT_TRANSLATE_NOOP(
            "LogoError", "The logo %1 is not a PNG, JPEG, GIF, WebP or SVG image."
        )
        raise LogoError("not-an-image", url, message, name)
    return body, extension


def _logo_error(failure: Failure, url: str, limit: int) -> LogoError:
    name, kind = shown(url), failure.kind
    if kind is FailureKind.TOO_LARGE:
        if limit % 1024 == 0:
            larger = QT_TRANSLATE_NOOP("LogoError", "The logo %1 is larger than %2 KiB.")
            return LogoError("too-large", url, larger, name, limit // 1024)
        larger = QT_TRANSLATE_NOOP("LogoError", "The logo %1 is larger than %2 bytes.")
        return LogoError("too-large", url, larger, name, limit)
    if kind is FailureKind.TIMEOUT:
        message = QT_TRANSLATE_NOOP("LogoError", "Timed out downloading the logo %1.")
        return LogoError("timeout", url, message, name)
    if kind in _OFFLINE:
        message = QT_TRANSLATE_NOOP(
            "LogoError", "Could not connect to download the logo %1; are you offline?"
        )
        return LogoError("offline", url, message, name)
    messages = {
        FailureKind.TLS: QT_TRANSLATE_NOOP(
            "LogoError", "The secure connection for the logo %1 could not be verified."
        ),
        FailureKind.REDIRECT: QT_TRANSLATE_NOOP(
            "LogoError", "The logo %1 redirects where we do not follow."
        ),
        FailureKind.INVALID_URL: QT_TRANSLATE_NOOP(
            "LogoError", "The logo address %1 could not be requested."
        ),
    }
    broken = QT_TRANSLATE_NOOP("LogoError", "The server sent a broken response for the logo %1.")
    return LogoError("http", url, messages.get(kind, broken), name)
