"""One logo over HTTP: the client, URL checks, a size-capped read, and failures as LogoError."""

from __future__ import annotations

import asyncio
import ssl

import httpx

from explorer import USER_AGENT
from explorer.logos.errors import LogoError, shown
from explorer.logos.sniff import image_extension

MAX_REDIRECTS = 5

# Only formats image_extension() recognises: CDN image optimisers negotiate on Accept and would
# otherwise happily send AVIF or JPEG XL.
_ACCEPT = "image/png,image/webp,image/svg+xml,image/jpeg,image/gif;q=0.9,*/*;q=0.1"


def logo_client(*, trust_env: bool = True, timeout: float = 10.0) -> httpx.AsyncClient:
    """A client for :meth:`LogoCache.fetch`: TLS always verified, up to 5 redirects followed.

    ``timeout`` applies to each connect, read and write; ``trust_env`` takes proxies and CA
    settings from the environment (pass ``False`` in tests).
    """
    return httpx.AsyncClient(
        verify=True,
        trust_env=trust_env,
        timeout=httpx.Timeout(timeout),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT},
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
    try:
        async with asyncio.timeout(deadline), client.stream("GET", url) as response:
            if response.status_code != 200:
                code = response.status_code
                message = f"The server answered HTTP {code} for the logo {name}."
                raise LogoError("http", url, message, status=code)
            body = await _read_capped(response, url, max_bytes)
    except (TimeoutError, httpx.TimeoutException) as error:
        raise LogoError("timeout", url, f"Timed out downloading the logo {name}.") from error
    except httpx.ConnectError as error:
        if _is_tls_failure(error):
            message = f"The secure connection for the logo {name} could not be verified."
            raise LogoError("http", url, message) from error
        message = f"Could not connect to download the logo {name}; are you offline?"
        raise LogoError("offline", url, message) from error
    except httpx.ProxyError as error:
        message = f"The proxy would not connect to the server of the logo {name}."
        raise LogoError("offline", url, message) from error
    except httpx.NetworkError as error:
        message = f"The connection dropped while downloading the logo {name}."
        raise LogoError("offline", url, message) from error
    except httpx.TooManyRedirects as error:
        message = f"The logo {name} redirects more than {MAX_REDIRECTS} times."
        raise LogoError("http", url, message) from error
    except httpx.UnsupportedProtocol as error:
        message = f"The logo {name} redirects to an address that is not http(s)."
        raise LogoError("http", url, message) from error
    except httpx.HTTPError as error:
        message = f"The server sent a broken response for the logo {name}."
        raise LogoError("http", url, message) from error
    extension = image_extension(body)
    if extension is None:
        message = f"The logo {name} is not a PNG, JPEG, GIF, WebP or SVG image."
        raise LogoError("not-an-image", url, message)
    return body, extension


async def _read_capped(response: httpx.Response, url: str, limit: int) -> bytes:
    """The decoded body, or ``LogoError("too-large")`` as soon as it is known to pass ``limit``."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(url, limit)
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) > limit:
            raise _too_large(url, limit)
    return bytes(body)


def _too_large(url: str, limit: int) -> LogoError:
    size = f"{limit // 1024} KiB" if limit % 1024 == 0 else f"{limit} bytes"
    return LogoError("too-large", url, f"The logo {shown(url)} is larger than {size}.")


def _is_tls_failure(error: BaseException) -> bool:
    """Whether a connect error was the TLS handshake (not "offline": retrying will not help)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
