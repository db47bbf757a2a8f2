"""The one shared ``httpx.AsyncClient`` and size-capped body reading."""

from __future__ import annotations

import importlib.util

import httpx

from explorer import USER_AGENT


class ResponseTooLargeError(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"response exceeds {limit} bytes")
        self.limit = limit


def http2_available() -> bool:
    return importlib.util.find_spec("h2") is not None


def build_http_client(
    *,
    max_keepalive: int,
    connect_timeout: float,
    trust_env: bool,
    http2: bool = True,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """TLS verification is always on; proxies come from the environment when ``trust_env``.

    Read/write timeouts are left to the caller's overall deadline (``asyncio.timeout``), which
    also catches servers that drip bytes forever.
    """
    return httpx.AsyncClient(
        http2=http2 and http2_available(),
        verify=True,
        trust_env=trust_env,
        timeout=httpx.Timeout(None, connect=connect_timeout),
        # The client's semaphores cap requests in flight; a connection cap would not (HTTP/2
        # multiplexes) and would only add a second, untested queue.
        limits=httpx.Limits(max_connections=None, max_keepalive_connections=max_keepalive),
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        follow_redirects=True,
        max_redirects=5,
        transport=transport,
    )


async def read_capped(response: httpx.Response, limit: int) -> bytes:
    """The decoded body, or :class:`ResponseTooLargeError` as soon as it passes ``limit``."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ResponseTooLargeError(limit)
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) > limit:
            raise ResponseTooLargeError(limit)
    return bytes(body)
