"""One exchange misbehaves in every way we know; it gets the right error and the others don't care.

Every test fetches the misbehaving "binance" together with two healthy exchanges in one
``fetch_many`` and checks that nothing reaches the event loop's exception handler.
"""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from explorer.market import FetchError, FetchErrorKind, MarketClient, MarketSpecs, Ticker

from ..helpers.loop import LoopRunner
from ..helpers.market import fast_config, fixture_bytes
from ..helpers.servers import RawServer, StreamHandler, http_response, read_request_head

BINANCE_PATH = "/api/v3/ticker/24hr"
NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
HEALTHY = [("okx", "BTC/USDT"), ("coinbase", "BTC/USD")]


@dataclass
class Env:
    server: HTTPServer
    raw_server: Callable[[StreamHandler], RawServer]
    refused_url: str


@dataclass
class Chaos:
    setup: Callable[[Env], str]
    """Arranges the misbehaviour and returns the base URL "binance" should use."""
    kind: FetchErrorKind
    config: dict[str, Any] = field(default_factory=dict)
    retry_at: datetime | None = None


def respond(
    status: int, body: bytes = b"", content_type: str = "application/json", **headers: str
) -> Callable[[Env], str]:
    def setup(env: Env) -> str:
        env.server.expect_request(BINANCE_PATH).respond_with_data(
            body, status=status, content_type=content_type, headers=headers
        )
        return env.server.url_for("")

    return setup


def raw(handler: StreamHandler) -> Callable[[Env], str]:
    return lambda env: env.raw_server(handler).url


async def hang(reader: asyncio.StreamReader, _writer: asyncio.StreamWriter) -> None:
    await read_request_head(reader)
    await asyncio.Event().wait()


async def drip(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await read_request_head(reader)
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
    writer.write(b"Content-Length: 99999\r\n\r\n")
    while True:
        writer.write(b" ")
        await writer.drain()
        await asyncio.sleep(0.05)


async def cut_off(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await read_request_head(reader)
    writer.write(http_response(fixture_bytes("binance.json"))[:-200])
    await writer.drain()


async def endless_chunks(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await read_request_head(reader)
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
    writer.write(b"Transfer-Encoding: chunked\r\n\r\n")
    chunk = b"[" + b"1," * 32_000
    while True:
        writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        await writer.drain()


def ten_megabytes_chunked(env: Env) -> str:
    def handler(_request: Request) -> Response:
        return Response((b" " * 65_536 for _ in range(160)), content_type="application/json")

    env.server.expect_request(BINANCE_PATH).respond_with_handler(handler)
    return env.server.url_for("")


def gzip_bomb(env: Env) -> str:
    """40 kB on the wire, 40 MB once decompressed."""
    body = gzip.compress(b" " * 40_000_000)
    env.server.expect_request(BINANCE_PATH).respond_with_data(
        body, content_type="application/json", headers={"Content-Encoding": "gzip"}
    )
    return env.server.url_for("")


IN_AN_HOUR = NOW + timedelta(hours=1)
HTML = b"<!DOCTYPE html><html><body><h1>We'll be back soon</h1></body></html>"

CHAOS = {
    "timeout": Chaos(raw(hang), FetchErrorKind.TIMEOUT, {"timeout": 0.3}),
    "slow drip": Chaos(raw(drip), FetchErrorKind.TIMEOUT, {"timeout": 0.3}),
    "connection refused": Chaos(lambda env: env.refused_url, FetchErrorKind.REFUSED),
    "429 Retry-After seconds": Chaos(
        respond(429, **{"Retry-After": "120"}),
        FetchErrorKind.RATE_LIMITED,
        retry_at=NOW + timedelta(seconds=120),
    ),
    "429 Retry-After date": Chaos(
        respond(429, **{"Retry-After": format_datetime(IN_AN_HOUR, usegmt=True)}),
        FetchErrorKind.RATE_LIMITED,
        retry_at=IN_AN_HOUR,
    ),
    "500": Chaos(respond(500, b'{"msg": "internal"}'), FetchErrorKind.SERVER_ERROR),
    "502": Chaos(respond(502, b"Bad Gateway", "text/plain"), FetchErrorKind.SERVER_ERROR),
    "503": Chaos(respond(503), FetchErrorKind.MAINTENANCE),
    "403": Chaos(respond(403, HTML, "text/html"), FetchErrorKind.BLOCKED),
    "451": Chaos(respond(451, b'{"msg": "restricted location"}'), FetchErrorKind.BLOCKED),
    "HTML maintenance page": Chaos(respond(200, HTML, "text/html"), FetchErrorKind.MAINTENANCE),
    "invalid JSON": Chaos(respond(200, b"{'last': 1}"), FetchErrorKind.BAD_PAYLOAD),
    "truncated JSON": Chaos(
        respond(200, fixture_bytes("binance.json")[:-40]), FetchErrorKind.BAD_PAYLOAD
    ),
    "connection cut mid-body": Chaos(raw(cut_off), FetchErrorKind.BAD_PAYLOAD),
    "10 MB body": Chaos(respond(200, b" " * 10_000_000), FetchErrorKind.TOO_LARGE),
    "10 MB chunked body": Chaos(ten_megabytes_chunked, FetchErrorKind.TOO_LARGE),
    "endless chunked body": Chaos(raw(endless_chunks), FetchErrorKind.TOO_LARGE),
    "gzip bomb": Chaos(gzip_bomb, FetchErrorKind.TOO_LARGE),
    "wrong shape": Chaos(respond(200, b'{"data": {"price": "1"}}'), FetchErrorKind.BAD_PAYLOAD),
    "wrong shape (list)": Chaos(respond(200, b"[1, 2, 3]"), FetchErrorKind.BAD_PAYLOAD),
    "NaN price": Chaos(respond(200, b'{"lastPrice": NaN}'), FetchErrorKind.BAD_PAYLOAD),
    "unknown symbol": Chaos(
        respond(400, b'{"code": -1121, "msg": "Invalid symbol."}'), FetchErrorKind.UNKNOWN_SYMBOL
    ),
}


@pytest.mark.parametrize("chaos", CHAOS.values(), ids=CHAOS.keys())
def test_one_misbehaving_exchange(
    chaos: Chaos,
    run: LoopRunner,
    server: HTTPServer,
    raw_server: Callable[[StreamHandler], RawServer],
    refused_url: str,
    specs: MarketSpecs,
) -> None:
    chaos_url = chaos.setup(Env(server, raw_server, refused_url))
    server.expect_request("/api/v5/market/ticker").respond_with_data(fixture_bytes("okx.json"))
    server.expect_request("/products/BTC-USD/ticker").respond_with_data(
        fixture_bytes("coinbase.json")
    )
    healthy_url = server.url_for("")
    base_urls = {"binance": chaos_url, "okx": healthy_url, "coinbase": healthy_url}

    async def fetch() -> list[Ticker | FetchError]:
        config = fast_config(**chaos.config)
        client = MarketClient(specs, config=config, base_urls=base_urls, wall_clock=lambda: NOW)
        async with client:
            return await client.fetch_many([("binance", "BNB/BTC"), *HEALTHY])

    broken, *others = run(fetch())

    assert isinstance(broken, FetchError), broken
    assert broken.kind is chaos.kind, broken.message
    assert broken.message.startswith("Binance ")
    assert "\n" not in broken.message
    if chaos.retry_at is not None:
        assert broken.retry_at == chaos.retry_at
    assert [(t.exchange, t.symbol) for t in others if isinstance(t, Ticker)] == HEALTHY
