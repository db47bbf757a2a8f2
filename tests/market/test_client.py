"""MarketClient behaviour: retries, cool-downs, caps, isolation, DNS, cache and settings."""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

import explorer
from explorer.market import (
    ClientConfig,
    FetchError,
    FetchErrorKind,
    MarketClient,
    MarketSpecs,
    RetryPolicy,
    Ticker,
    TickerCache,
    bundled_specs,
)
from explorer.market import client as client_module
from explorer.market.hooks import HOOKS, Hook
from explorer.market.pacing import TokenBucket

from ..helpers.loop import LoopRunner
from ..helpers.market import fail_dns_for, fast_config, fixture_bytes, local_client, unthrottled
from ..helpers.servers import RawServer, SlowJsonServer, http_response, read_request_head

BINANCE = ("binance", "BNB/BTC")
BINANCE_PATH = "/api/v3/ticker/24hr"
NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def fetch_all(
    run: LoopRunner, client: MarketClient, requests: list[tuple[str, str]]
) -> list[Ticker | FetchError]:
    async def go() -> list[Ticker | FetchError]:
        async with client:
            return await client.fetch_many(requests)

    return run(go())


def error_of(result: Ticker | FetchError) -> FetchError:
    assert isinstance(result, FetchError), result
    return result


def test_transient_503_is_retried_then_succeeds(
    run: LoopRunner, server: HTTPServer, specs: MarketSpecs
) -> None:
    server.expect_ordered_request(BINANCE_PATH).respond_with_data(
        b"", status=503, headers={"Retry-After": "0"}
    )
    server.expect_ordered_request(BINANCE_PATH).respond_with_data(fixture_bytes("binance.json"))

    (result,) = fetch_all(run, local_client(specs, server.url_for("")), [BINANCE])

    assert isinstance(result, Ticker)
    assert len(server.log) == 2


def test_requests_carry_the_apps_user_agent(
    run: LoopRunner, server: HTTPServer, specs: MarketSpecs
) -> None:
    """The same name as the logo downloads send (tests/test_logos.py)."""
    server.expect_request(BINANCE_PATH).respond_with_data(fixture_bytes("binance.json"))

    (result,) = fetch_all(run, local_client(specs, server.url_for("")), [BINANCE])

    assert isinstance(result, Ticker)
    (request, _), *_ = server.log
    assert request.headers["User-Agent"] == f"exchange-explorer/{explorer.__version__}"


@pytest.mark.parametrize(("status", "tries"), [(502, 3), (504, 3), (500, 1), (400, 1), (404, 1)])
def test_only_transient_statuses_are_retried(
    run: LoopRunner, server: HTTPServer, specs: MarketSpecs, status: int, tries: int
) -> None:
    server.expect_request(BINANCE_PATH).respond_with_data(b"{}", status=status)

    (result,) = fetch_all(run, local_client(specs, server.url_for("")), [BINANCE])

    assert error_of(result).kind in {FetchErrorKind.SERVER_ERROR, FetchErrorKind.EXCHANGE_ERROR}
    assert len(server.log) == tries


def test_retry_after_beyond_the_budget_ends_the_fetch(
    run: LoopRunner, server: HTTPServer, specs: MarketSpecs
) -> None:
    server.expect_request(BINANCE_PATH).respond_with_data(
        b"", status=503, headers={"Retry-After": "3600"}
    )
    client = local_client(specs, server.url_for(""), wall_clock=lambda: NOW)

    (result,) = fetch_all(run, client, [BINANCE])

    assert error_of(result).kind is FetchErrorKind.MAINTENANCE
    assert error_of(result).retry_at == NOW + timedelta(hours=1)
    assert len(server.log) == 1


def test_rate_limited_exchange_is_left_alone_until_retry_at(
    run: LoopRunner, server: HTTPServer, specs: MarketSpecs
) -> None:
    server.expect_request(BINANCE_PATH).respond_with_data(
        b"", status=429, headers={"Retry-After": "120"}
    )
    server.expect_request("/api/v5/market/ticker").respond_with_data(fixture_bytes("okx.json"))
    clock = [NOW]
    client = local_client(specs, server.url_for(""), wall_clock=lambda: clock[0])
    requests = [BINANCE, ("okx", "BTC/USDT")]

    async def three_rounds() -> list[list[Ticker | FetchError]]:
        async with client:
            first = await client.fetch_many(requests)
            second = await client.fetch_many(requests)
            clock[0] = NOW + timedelta(seconds=121)
            third = await client.fetch_many(requests)
            return [first, second, third]

    rounds = run(three_rounds())

    binance_calls = [entry for entry, _ in server.log if entry.path == BINANCE_PATH]
    assert len(binance_calls) == 2  # the first and the third round, not the second
    for binance, okx in rounds:
        assert error_of(binance).kind is FetchErrorKind.RATE_LIMITED
        assert isinstance(okx, Ticker)
    assert error_of(rounds[1][0]).retry_at == NOW + timedelta(seconds=120)


def test_unsupported_and_unknown_exchanges_explain_why_without_network(
    run: LoopRunner, server: HTTPServer, specs: MarketSpecs
) -> None:
    client = local_client(specs, server.url_for(""))

    mtgox, nosuch = fetch_all(run, client, [("mtgox", "BTC/USD"), ("nosuch", "BTC/USD")])

    assert error_of(mtgox).kind is FetchErrorKind.UNSUPPORTED
    assert error_of(mtgox).message == "No live prices for mtgox: the exchange closed in 2014"
    assert error_of(nosuch).kind is FetchErrorKind.UNSUPPORTED
    assert server.log == []


@pytest.mark.parametrize("symbol", ["BTCUSDT", "BTC/", "/USDT", "BTC/USDT:USDT", ""])
def test_malformed_symbol_is_unknown_without_network(
    run: LoopRunner, server: HTTPServer, specs: MarketSpecs, symbol: str
) -> None:
    (result,) = fetch_all(run, local_client(specs, server.url_for("")), [("binance", symbol)])

    assert error_of(result).kind is FetchErrorKind.UNKNOWN_SYMBOL
    assert server.log == []


@pytest.mark.parametrize(
    ("exchange", "symbol", "served"),
    [("bithumb", "BTC/USDT", "KRW"), ("mercado", "BTC/USDT", "BRL"), ("paymium", "ETH/EUR", "BTC")],
)
def test_endpoints_fixed_to_one_currency_refuse_other_markets_without_network(
    run: LoopRunner, server: HTTPServer, exchange: str, symbol: str, served: str
) -> None:
    client = local_client(bundled_specs(), server.url_for(""), exchanges=[exchange])
    (result,) = fetch_all(run, client, [(exchange, symbol)])

    assert error_of(result).kind is FetchErrorKind.UNKNOWN_SYMBOL
    assert f"only {served}" in error_of(result).message
    assert server.log == []  # not another market's numbers under this symbol's name


@pytest.mark.parametrize(
    ("exchange", "symbol", "path", "status", "body", "kind"),
    [
        ("kraken", "FOO/USD", "/0/public/Ticker", 200, b'{"error": ["EQuery:Unknown asset pair"]}',
         FetchErrorKind.UNKNOWN_SYMBOL),
        ("kraken", "BTC/USD", "/0/public/Ticker", 200, b'{"error": ["EService:Unavailable"]}',
         FetchErrorKind.EXCHANGE_ERROR),
        ("kraken", "BTC/USD", "/0/public/Ticker", 200, b'{"error": [], "result": {}}',
         FetchErrorKind.UNKNOWN_SYMBOL),
        ("upbit", "FOO/KRW", "/v1/ticker", 404,
         b'{"error": {"name": "404", "message": "Code not found"}}', FetchErrorKind.UNKNOWN_SYMBOL),
        ("upbit", "FOO/KRW", "/v1/ticker", 200, b"[]", FetchErrorKind.UNKNOWN_SYMBOL),
        ("okx", "FOO/USDT", "/api/v5/market/ticker", 200,
         b'{"code": "51001", "msg": "Instrument ID does not exist", "data": []}',
         FetchErrorKind.UNKNOWN_SYMBOL),
        ("okx", "BTC/USDT", "/api/v5/market/ticker", 200,
         b'{"code": "50011", "msg": "Too Many Requests", "data": []}',
         FetchErrorKind.EXCHANGE_ERROR),
        ("bitfinex2", "FOO/USD", "/v2/ticker/tFOOUSD", 500, b'["error", 10020, "symbol: invalid"]',
         FetchErrorKind.UNKNOWN_SYMBOL),
        ("bitfinex2", "FOO/USD", "/v2/ticker/tFOOUSD", 200, b"[]", FetchErrorKind.UNKNOWN_SYMBOL),
        ("bitfinex2_mixed", "FOO/USD", "/v2/ticker/tFOOUSD", 200,
         b'["error", 10020, "symbol: invalid"]', FetchErrorKind.UNKNOWN_SYMBOL),
        ("htx", "FOO/USDT", "/market/detail/merged", 200,
         b'{"status": "error", "err-code": "invalid-parameter", "err-msg": "invalid symbol"}',
         FetchErrorKind.UNKNOWN_SYMBOL),
        ("htx", "BTC/USDT", "/market/detail/merged", 200, b'{"status": "ok", "tick": {}}',
         FetchErrorKind.UNKNOWN_SYMBOL),
    ],
)  # fmt: skip
def test_exchange_reported_errors(
    run: LoopRunner,
    server: HTTPServer,
    specs: MarketSpecs,
    exchange: str,
    symbol: str,
    path: str,
    status: int,
    body: bytes,
    kind: FetchErrorKind,
) -> None:
    server.expect_request(path).respond_with_data(body, status=status)

    (result,) = fetch_all(run, local_client(specs, server.url_for("")), [(exchange, symbol)])

    assert error_of(result).kind is kind, error_of(result).message


def test_a_crashing_hook_fails_only_its_own_exchange(
    run: LoopRunner, server: HTTPServer, specs: MarketSpecs, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> dict[str, object]:
        raise RuntimeError("bug")

    monkeypatch.setitem(HOOKS, "kraken", Hook(broken))
    server.expect_request("/0/public/Ticker").respond_with_data(fixture_bytes("kraken.json"))
    server.expect_request(BINANCE_PATH).respond_with_data(fixture_bytes("binance.json"))

    kraken, binance = fetch_all(
        run, local_client(specs, server.url_for("")), [("kraken", "BTC/USD"), BINANCE]
    )

    assert error_of(kraken).kind is FetchErrorKind.INTERNAL
    assert isinstance(binance, Ticker)


def test_each_attempt_waits_for_its_exchange_rate_limit(
    run: LoopRunner, server: HTTPServer, specs: MarketSpecs, monkeypatch: pytest.MonkeyPatch
) -> None:
    acquired: Counter[float] = Counter()

    class CountingBucket(TokenBucket):
        async def acquire(self) -> None:
            acquired[self.rate] += 1
            await super().acquire()

    monkeypatch.setattr(client_module, "TokenBucket", CountingBucket)
    server.expect_request(BINANCE_PATH).respond_with_data(b"", status=502)
    server.expect_request("/api/v5/market/ticker").respond_with_data(fixture_bytes("okx.json"))

    fetch_all(run, local_client(specs, server.url_for("")), [BINANCE, ("okx", "BTC/USDT")])

    assert acquired == {
        specs.exchanges["binance"].rate_limit: 3,
        specs.exchanges["okx"].rate_limit: 1,
        ClientConfig().start_rate: 4,  # and every attempt passes the global start pacing
    }


def test_a_burst_of_fetches_starts_spaced_out(
    run: LoopRunner, raw_server: Callable[..., RawServer], specs: MarketSpecs
) -> None:
    arrivals: list[float] = []

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            await read_request_head(reader)
            arrivals.append(time.monotonic())
            writer.write(http_response(fixture_bytes("binance.json")))
            await writer.drain()

    binance = dataclasses.replace(specs.exchanges["binance"], rate_limit=1e6)
    many = MarketSpecs({f"x{n}": dataclasses.replace(binance, id=f"x{n}") for n in range(6)})
    urls = dict.fromkeys(many.exchanges, raw_server(answer).urls[0])
    config = fast_config(start_rate=50.0, start_burst=2)  # two at once, then one per 20 ms
    client = MarketClient(many, config=config, base_urls=urls)

    results = fetch_all(run, client, [(name, "BNB/BTC") for name in many.exchanges])

    assert all(isinstance(result, Ticker) for result in results)
    gaps = [later - earlier for earlier, later in itertools.pairwise(sorted(arrivals))]
    assert len(gaps) == 5
    assert all(gap > 0.012 for gap in gaps[1:]), gaps  # 20 ms apart, less timer slack


def test_per_host_and_global_concurrency_caps(
    run: LoopRunner, raw_server: Callable[..., RawServer], specs: MarketSpecs
) -> None:
    slow = SlowJsonServer(fixture_bytes("binance.json"), delay=0.05)
    binance = dataclasses.replace(specs.exchanges["binance"], rate_limit=1e6)
    twins = MarketSpecs({name: dataclasses.replace(binance, id=name) for name in ("a", "b")})
    base_urls = dict(zip(("a", "b"), raw_server(slow, listeners=2).urls, strict=True))
    config = fast_config(max_per_host=2, max_concurrency=3)
    client = MarketClient(twins, config=config, base_urls=base_urls)

    # All of "a" first: without the per-host cap it would take every global slot.
    results = fetch_all(run, client, [("a", "BNB/BTC")] * 12 + [("b", "BNB/BTC")] * 12)

    assert all(isinstance(result, Ticker) for result in results)
    assert slow.served == 24
    assert len(slow.most_in_flight) == 2
    assert all(1 <= most <= 2 for most in slow.most_in_flight.values())
    assert 1 <= slow.most_in_flight_total <= 3


def test_dns_failure_is_named(
    run: LoopRunner, specs: MarketSpecs, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_dns_for(monkeypatch, "api.exchange.invalid")
    client = local_client(specs, "http://api.exchange.invalid", exchanges=["binance"])

    (result,) = fetch_all(run, client, [BINANCE])

    assert error_of(result).kind is FetchErrorKind.DNS
    assert "api.exchange.invalid" in error_of(result).message


def test_failures_carry_the_last_cached_ticker(
    run: LoopRunner, server: HTTPServer, specs: MarketSpecs, tmp_path: Path
) -> None:
    server.expect_ordered_request(BINANCE_PATH).respond_with_data(fixture_bytes("binance.json"))
    server.expect_ordered_request(BINANCE_PATH).respond_with_data(b"", status=403)
    cache = TickerCache(tmp_path / "tickers.json")
    client = local_client(specs, server.url_for(""), cache=cache)

    async def twice() -> tuple[Ticker | FetchError, Ticker | FetchError]:
        async with client:
            (first,) = await client.fetch_many([BINANCE])
            (second,) = await client.fetch_many([BINANCE])
            return first, second

    fresh, failed = run(twice())

    assert isinstance(fresh, Ticker)
    assert error_of(failed).kind is FetchErrorKind.BLOCKED
    cached = error_of(failed).cached
    assert cached is not None and cached.cached
    assert cached.last == fresh.last and cached.fetched_at == fresh.fetched_at
    assert TickerCache(tmp_path / "tickers.json").get(*BINANCE) == cached


def test_invalid_base_url_override_is_rejected(specs: MarketSpecs) -> None:
    with pytest.raises(ValueError, match="not an http"):
        MarketClient(specs, config=fast_config(), base_urls={"binance": "ftp://example.org"})


def test_concurrent_callers_share_one_loop_safely(
    run: LoopRunner, server: HTTPServer, specs: MarketSpecs
) -> None:
    server.expect_request(BINANCE_PATH).respond_with_data(fixture_bytes("binance.json"))
    client = local_client(unthrottled(specs, "binance"), server.url_for(""))

    async def go() -> list[Ticker]:
        async with client:
            return list(await asyncio.gather(*(client.fetch(*BINANCE) for _ in range(10))))

    tickers = run(go())

    assert len({ticker.last for ticker in tickers}) == 1
    assert len(server.log) == 10


def test_proxy_environment_is_honoured(
    run: LoopRunner, server: HTTPServer, specs: MarketSpecs, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", server.url_for("").rstrip("/"))
    server.expect_request(BINANCE_PATH).respond_with_data(fixture_bytes("binance.json"))
    config = fast_config(trust_env=True)
    client = MarketClient(specs, config=config, base_urls={"binance": "http://exchange.invalid"})

    (result,) = fetch_all(run, client, [BINANCE])

    assert isinstance(result, Ticker)
    ((request, _response),) = server.log
    assert request.headers["Host"] == "exchange.invalid"  # the proxy was asked, not the host


def test_display_names_from_the_caller_win(
    run: LoopRunner, refused_url: str, specs: MarketSpecs
) -> None:
    config = fast_config(retry=RetryPolicy(attempts=1))
    names = {"okx": "OKX Global"}
    client = MarketClient(
        specs, config=config, base_urls=dict.fromkeys(specs.exchanges, refused_url), names=names
    )

    okx, binance, kraken = fetch_all(
        run, client, [("okx", "BTC/USDT"), BINANCE, ("kraken_declarative", "BTC/USD")]
    )

    assert error_of(okx).message.startswith("OKX Global ")
    assert error_of(binance).message.startswith("Binance ")  # the spec's name
    assert error_of(kraken).message.startswith("kraken_declarative ")  # the id


def test_a_keep_alive_connection_the_server_closed_is_not_reused(
    run: LoopRunner, raw_server, specs: MarketSpecs
) -> None:
    """The per-host pools notice an idle connection the server has closed (it turns readable
    with EOF) and open a new one instead of failing the next request."""
    from ..helpers.servers import http_response, read_request_head

    connections = []

    async def answer_once_then_hang_up(reader, writer) -> None:
        connections.append(writer)
        await read_request_head(reader)
        writer.write(http_response(fixture_bytes("binance.json")))  # keep-alive by default
        await writer.drain()
        await asyncio.sleep(0.05)
        writer.close()

    url = raw_server(answer_once_then_hang_up).url
    client = MarketClient(specs, config=fast_config(), base_urls={"binance": url})

    async def twice() -> list[object]:
        async with client:
            first = await client.fetch("binance", "BNB/BTC")
            await asyncio.sleep(0.2)  # the server has hung up the idle connection meanwhile
            return [first, await client.fetch("binance", "BNB/BTC")]

    first, second = run(twice())
    assert isinstance(first, Ticker) and isinstance(second, Ticker)
    assert len(connections) == 2


def test_each_host_gets_its_own_pool(run: LoopRunner, raw_server, specs: MarketSpecs) -> None:
    from explorer.net.client import build_client
    from explorer.net.transport import PerHostTransport

    from ..helpers.servers import http_response, read_request_head

    async def answer(reader, writer) -> None:
        while True:
            await read_request_head(reader)
            writer.write(http_response(b"{}"))
            await writer.drain()

    servers = raw_server(answer, listeners=3)

    async def go() -> list[str]:
        async with build_client(accept="*/*", trust_env=False, connect_timeout=5) as http:
            assert isinstance(http.direct, PerHostTransport)
            for url in servers.urls * 2:
                assert (await http.get(url)).status_code == 200
            return sorted(http.direct.hosts)

    assert run(go()) == sorted(url.replace("http://", "http://") for url in servers.urls)
