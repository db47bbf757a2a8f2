"""TLS verification is always on: a self-signed local server is refused, not trusted."""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer

from explorer.market import FetchError, FetchErrorKind, MarketClient, MarketSpecs, RetryPolicy

from ..helpers.loop import LoopRunner
from ..helpers.market import fast_config, fixture_bytes


@pytest.fixture
def self_signed_server() -> Iterator[HTTPServer]:
    """A server whose certificate comes from a throw-away CA nobody trusts."""
    import trustme

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA().issue_cert("127.0.0.1").configure_cert(context)
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.start()
    yield server
    server.clear()
    server.stop()


def test_self_signed_certificate_is_refused(
    run: LoopRunner, self_signed_server: HTTPServer, specs: MarketSpecs
) -> None:
    self_signed_server.expect_request("/api/v3/ticker/24hr").respond_with_data(
        fixture_bytes("binance.json")
    )
    url = self_signed_server.url_for("")
    assert url.startswith("https://")
    config = fast_config(retry=RetryPolicy(attempts=1))

    async def fetch() -> FetchError:
        async with MarketClient(specs, config=config, base_urls={"binance": url}) as client:
            try:
                await client.fetch("binance", "BNB/BTC")
            except FetchError as error:
                return error
        raise AssertionError("an untrusted certificate was accepted")

    error = run(fetch())

    assert error.kind is FetchErrorKind.TLS
    assert "could not be verified" in error.message
    assert self_signed_server.log == []
