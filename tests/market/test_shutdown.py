"""Closing the client cancels everything in flight, promptly and without leaking tasks."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from explorer.market import FetchError, FetchErrorKind, MarketClient, MarketSpecs, Ticker

from ..helpers.loop import LoopRunner
from ..helpers.market import fast_config, unthrottled
from ..helpers.servers import RawServer, StreamHandler, read_request_head

HUNG_REQUESTS = 200
# Generous guard so a regression fails instead of hanging the suite; speed is the bench's job.
HANG_GUARD_SECONDS = 20


class HangingServer:
    """Accepts, reads the request, never answers; counts requests that arrived."""

    def __init__(self) -> None:
        self.arrived = 0

    async def __call__(self, reader: asyncio.StreamReader, _writer: asyncio.StreamWriter) -> None:
        await read_request_head(reader)
        self.arrived += 1
        await asyncio.Event().wait()


async def wait_until(condition: Callable[[], bool]) -> None:
    async with asyncio.timeout(HANG_GUARD_SECONDS):
        while not condition():
            await asyncio.sleep(0.01)


def hung_client(specs: MarketSpecs, url: str, per_host: int) -> MarketClient:
    config = fast_config(timeout=600, max_concurrency=64, max_per_host=per_host)
    return MarketClient(unthrottled(specs, "binance"), config=config, base_urls={"binance": url})


@pytest.mark.parametrize("per_host", [64, 8], ids=["all-connected", "mostly-queued"])
def test_aclose_cancels_200_hung_requests(
    run: LoopRunner,
    raw_server: Callable[[StreamHandler], RawServer],
    specs: MarketSpecs,
    per_host: int,
) -> None:
    hanging = HangingServer()
    url = raw_server(hanging).url

    async def scenario() -> list[Ticker | FetchError]:
        client = hung_client(specs, url, per_host)
        fetching = asyncio.create_task(client.fetch_many([("binance", "BNB/BTC")] * HUNG_REQUESTS))
        await wait_until(lambda: hanging.arrived == per_host)
        async with asyncio.timeout(HANG_GUARD_SECONDS):
            await client.aclose()
            return await fetching

    results = run(scenario())

    assert len(results) == HUNG_REQUESTS
    assert {r.kind for r in results if isinstance(r, FetchError)} == {FetchErrorKind.CANCELLED}
    assert all(isinstance(r, FetchError) for r in results)


def test_cancelling_the_caller_propagates_and_client_still_closes(
    run: LoopRunner, raw_server: Callable[[StreamHandler], RawServer], specs: MarketSpecs
) -> None:
    hanging = HangingServer()
    url = raw_server(hanging).url

    async def scenario() -> bool:
        async with hung_client(specs, url, per_host=8) as client:
            fetching = asyncio.create_task(client.fetch_many([("binance", "BNB/BTC")] * 20))
            await wait_until(lambda: hanging.arrived == 8)
            fetching.cancel()
            try:
                await fetching
            except asyncio.CancelledError:
                return True
            return False

    assert run(scenario()) is True


def test_fetch_after_close_is_cancelled_without_network(
    run: LoopRunner, raw_server: Callable[[StreamHandler], RawServer], specs: MarketSpecs
) -> None:
    hanging = HangingServer()
    url = raw_server(hanging).url

    async def scenario() -> FetchError:
        client = hung_client(specs, url, per_host=8)
        await client.aclose()
        await client.aclose()  # closing twice is harmless
        try:
            await client.fetch("binance", "BNB/BTC")
        except FetchError as error:
            return error
        raise AssertionError("fetch after close returned a ticker")

    error = run(scenario())

    assert error.kind is FetchErrorKind.CANCELLED
    assert hanging.arrived == 0
