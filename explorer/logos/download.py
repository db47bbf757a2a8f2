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
        raise LogoError("bad-url", url, f"The logo address {shown(url)} is not an http(s) URL.")


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
                message = f"The server answered HTTP {code} for the logo {name}."
                raise LogoError("http", url, message, status=code)
            body_started = True
            body = await read_body(response, max_bytes)
    except (httpx.HTTPError, TimeoutError, TransportError) as error:
        host = httpx.URL(url).host
        failure = classify(error, host=host, timeout=deadline, body_started=body_started)
        raise _logo_error(failure, url, max_bytes) from error
    extension = image_extension(body)
    if extension is None:
        message = f"The logo {name} is not a PNG, JPEG, GIF, WebP or SVG image."
        raise LogoError("not-an-image", url, message)
    return body, extension


def _logo_error(failure: Failure, url: str, limit: int) -> LogoError:
    name, kind = shown(url), failure.kind
    if kind is FailureKind.TOO_LARGE:
        size = f"{limit // 1024} KiB" if limit % 1024 == 0 else f"{limit} bytes"
        return LogoError("too-large", url, f"The logo {name} is larger than {size}.")
    if kind is FailureKind.TIMEOUT:
        return LogoError("timeout", url, f"Timed out downloading the logo {name}.")
    if kind in _OFFLINE:
        message = f"Could not connect to download the logo {name}; are you offline?"
        return LogoError("offline", url, message)
    messages = {
        FailureKind.TLS: f"The secure connection for the logo {name} could not be verified.",
        FailureKind.REDIRECT: f"The logo {name} redirects where we do not follow: "
        f"{failure.detail}.",
        FailureKind.INVALID_URL: f"The logo address {name} could not be requested.",
    }
    message = messages.get(kind, f"The server sent a broken response for the logo {name}.")
    return LogoError("http", url, message)
