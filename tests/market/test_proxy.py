"""The proxy the Preferences choose: the system's (the environment's), none, or one URL."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

from explorer.market import FetchErrorKind, MarketClient, MarketSpecs
from explorer.market.results import FetchError
from explorer.net.client import check_proxy_url

from ..helpers.loop import LoopRunner
from ..helpers.market import PAYLOADS, fast_config

BINANCE = (PAYLOADS / "binance.json").read_bytes()
PATH = "/api/v3/ticker/24hr"


def fetch(run: LoopRunner, specs: MarketSpecs, base_url: str, **config: object) -> object:
    async def go() -> object:
        client = MarketClient(
            MarketSpecs({"binance": specs.exchanges["binance"]}),
            config=fast_config(**config),
            base_urls={"binance": base_url},
        )
        async with client:
            try:
                return await client.fetch("binance", "BTC/USDT")
            except FetchError as error:
                return error

    return run(go())


def test_a_manual_proxy_carries_every_request(
    run: LoopRunner, specs: MarketSpecs, httpserver: HTTPServer
) -> None:
    # The proxy is asked for a host that does not exist: only the proxy can answer.
    httpserver.expect_request(PATH, query_string={"symbol": "BTCUSDT"}).respond_with_data(BINANCE)
    result = fetch(run, specs, "http://api.nowhere.invalid", proxy=httpserver.url_for("/"))
    assert not isinstance(result, FetchError), result
    (request, _response), *_ = httpserver.log
    assert request.host == "api.nowhere.invalid"


def test_no_proxy_ignores_the_environment_s(
    run: LoopRunner, specs: MarketSpecs, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    httpserver.expect_request(PATH).respond_with_data(BINANCE)
    url = httpserver.url_for("").rstrip("/")
    assert not isinstance(fetch(run, specs, url, trust_env=True, proxy=""), FetchError)
    through_the_environment = fetch(run, specs, url, trust_env=True, proxy=None)
    assert isinstance(through_the_environment, FetchError)
    assert through_the_environment.kind in (FetchErrorKind.REFUSED, FetchErrorKind.OFFLINE)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ftp://proxy.example:21", "starts with"),
        ("http://", "host"),
        ("not a url", "starts with|URL"),
    ],
)
def test_proxy_urls_are_checked(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        check_proxy_url(text)
    assert check_proxy_url(" http://proxy.example:3128 ") == "http://proxy.example:3128"
