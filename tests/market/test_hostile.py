"""The engine against every hostile server in tests/helpers/faults.py: the right error in one safe
line, within its time budget, without memory growth or stalling the loop, and the healthy
exchange fetched alongside is not affected."""

from __future__ import annotations

import asyncio
import json
import time
import tracemalloc
from datetime import UTC, datetime

import httpx
import pytest

from explorer.market import FetchError, MarketClient, MarketSpecs, Ticker
from explorer.text import is_safe

from ..helpers.faults import BY_NAME, FAULTS, Fault, FaultServer
from ..helpers.loop import LoopRunner
from ..helpers.market import fast_config, unthrottled

TIMEOUT = 0.5
# Generous safety bounds (the exact figures are bench/fault_matrix.py's): a fault may take its
# time budget (with retries inside it), never much more, and never hold more than a few caps.
SECONDS_BOUND = TIMEOUT + 1.0
MEMORY_BOUND = 24 * 1024 * 1024
STALL_BOUND = 0.25


def client_for(specs: MarketSpecs, server: FaultServer, base_urls: dict[str, str]) -> MarketClient:
    transport = httpx.AsyncHTTPTransport(verify=server.client_ssl)  # trusts the test CA only
    config = fast_config(timeout=TIMEOUT)
    return MarketClient(
        unthrottled(specs, "binance"), config=config, base_urls=base_urls, transport=transport
    )


@pytest.mark.parametrize("fault", FAULTS, ids=[fault.name for fault in FAULTS])
def test_each_fault_alongside_a_healthy_exchange(
    fault: Fault, fault_server: FaultServer, specs: MarketSpecs, run: LoopRunner
) -> None:
    # "binance" meets the fault; "binanceus" (the same API) meets a healthy server.
    healthy = dataclasses_replace_id(specs, "binance", "binanceus")
    base_urls = {"binance": fault_server.url(fault.name), "binanceus": fault_server.url("ok")}
    stalls: list[float] = []

    async def heartbeat() -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.01)
            now = time.perf_counter()
            stalls.append(now - last - 0.01)
            last = now

    async def fetch() -> list[Ticker | FetchError]:
        beat = asyncio.create_task(heartbeat())
        try:
            async with client_for(healthy, fault_server, base_urls) as client:
                return await client.fetch_many([("binance", "BTC/USDT"), ("binanceus", "BTC/USDT")])
        finally:
            beat.cancel()
            await asyncio.gather(beat, return_exceptions=True)

    tracemalloc.start()
    started = time.perf_counter()
    try:
        result, control = run(fetch())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    elapsed = time.perf_counter() - started

    assert isinstance(control, Ticker), control
    assert elapsed < SECONDS_BOUND, f"{fault.name} took {elapsed:.2f} s"
    assert peak < MEMORY_BOUND, f"{fault.name} peaked at {peak / 1e6:.1f} MB"
    assert max(stalls, default=0) < STALL_BOUND, f"the loop stalled {max(stalls):.3f} s"
    if fault.kind == "ok":
        assert isinstance(result, Ticker), result
        assert json.loads(json.dumps(result.to_json(), allow_nan=False)) is not None
        assert all(is_safe(reason) for reason in result.invalid.values())
    else:
        assert isinstance(result, FetchError), result
        assert result.kind.value == fault.kind, result.message
        assert is_safe(result.message), repr(result.message)
        assert result.message.startswith("binance") or result.message.startswith("Binance")
        if fault.retry_in_s is not None:
            assert result.retry_at is not None
            waited = (result.retry_at - datetime.now(UTC)).total_seconds()
            assert fault.retry_in_s - 10 < waited <= fault.retry_in_s + 1
        if fault.retry_at is not None:
            assert result.retry_at == fault.retry_at


def dataclasses_replace_id(specs: MarketSpecs, source: str, copy: str) -> MarketSpecs:
    import dataclasses

    spec = dataclasses.replace(specs.exchanges[source], id=copy, rate_limit=1e6)
    return dataclasses.replace(specs, exchanges={**specs.exchanges, copy: spec})


def test_an_implausible_field_is_missing_with_its_reason(
    fault_server: FaultServer, specs: MarketSpecs, run: LoopRunner
) -> None:
    async def fetch() -> Ticker:
        async with client_for(
            specs, fault_server, {"binance": fault_server.url("huge-last")}
        ) as client:
            return await client.fetch("binance", "BTC/USDT")

    ticker = run(fetch())
    assert ticker.last is None
    assert "out of range" in ticker.invalid["last"]
    assert ticker.bid is not None and ticker.ask is not None
    assert ticker.to_json()["invalid"] == {"last": ticker.invalid["last"]}


def test_credentials_in_a_base_url_are_never_shown_or_stored(
    fault_server: FaultServer, specs: MarketSpecs, run: LoopRunner, tmp_path
) -> None:
    from explorer.market import TickerCache

    url = fault_server.url("ok").replace("//", "//user:s3cret@")
    cache = TickerCache(tmp_path / "tickers.json")

    async def fetch() -> Ticker:
        client = MarketClient(specs, config=fast_config(), base_urls={"binance": url}, cache=cache)
        async with client:
            return await client.fetch("binance", "BTC/USDT")

    ticker = run(fetch())
    assert "s3cret" not in ticker.source_url and "user" not in ticker.source_url
    assert "s3cret" not in (tmp_path / "tickers.json").read_text(encoding="utf-8")


def test_a_ca_bundle_that_cannot_be_loaded_is_a_tls_error_for_every_fetch(
    specs: MarketSpecs, run: LoopRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", "/dev/null")

    async def fetch() -> list[Ticker | FetchError]:
        async with MarketClient(specs, config=fast_config(trust_env=True)) as client:
            return await client.fetch_many([("binance", "BTC/USDT"), ("kraken", "BTC/USD")])

    results = run(fetch())
    assert [r.kind.value for r in results if isinstance(r, FetchError)] == ["tls", "tls"]
    assert all("CA certificates" in r.message for r in results if isinstance(r, FetchError))


def test_every_fault_has_a_distinct_name() -> None:
    assert len(BY_NAME) == len(FAULTS)
