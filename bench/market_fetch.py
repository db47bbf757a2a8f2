"""Benchmark the live-prices engine against local servers; prints one JSON object.

1. ``fetch``: N concurrent ticker fetches from servers (in a child process) answering after a
   fixed latency, spread over ``max_concurrency / max_per_host`` "hosts" (ports) so both caps
   bind. Wall time is compared with the ideal for the caps and the start rate: rounds =
   max(ceil(N / global), ceil(N_per_host / per_host)); ideal = max(rounds x latency, time for
   the last start + latency). Goal: ratio <= 1.3. Production ``ClientConfig`` defaults;
   per-exchange pacing lifted so the client's own limits are what is measured.
2. ``close``: N requests to a server that never answers; time from ``aclose()`` until every
   fetch has returned. Goal: < 0.5 s, with no exception reaching the loop's handler.

Run: ``.venv/bin/python bench/market_fetch.py [--requests 200] [--latency 0.1]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.helpers, as a child too

from explorer.market import (
    ClientConfig,
    ExchangeSpec,
    FetchError,
    MarketClient,
    MarketSpecs,
)
from tests.helpers.servers import RawServer, StreamHandler

BODY = json.dumps({"lastPrice": "67000.5", "bidPrice": "67000.4", "askPrice": "67000.6"}).encode()
RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    + f"Content-Length: {len(BODY)}\r\n\r\n".encode()
    + BODY
)
TIME_LIMIT = 50.0


def answer_after(latency: float) -> StreamHandler:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:  # keep-alive
            await reader.readuntil(b"\r\n\r\n")
            await asyncio.sleep(latency)
            writer.write(RESPONSE)
            await writer.drain()

    return handler


class NeverAnswer:
    def __init__(self) -> None:
        self.arrived = 0

    async def __call__(self, reader: asyncio.StreamReader, _writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        self.arrived += 1
        await asyncio.Event().wait()


class ServerProcess:
    """The answering servers in a child process, so their CPU time is not the client's."""

    def __init__(self, hosts: int, latency: float) -> None:
        self._command = [sys.executable, __file__, "--serve", str(hosts), "--latency", str(latency)]
        self._process: subprocess.Popen[str] | None = None
        self.urls: list[str] = []

    def __enter__(self) -> ServerProcess:
        self._process = subprocess.Popen(
            self._command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        self.urls = json.loads(self._process.stdout.readline())
        return self

    def __exit__(self, *_exc: object) -> None:
        assert self._process is not None
        self._process.communicate(input="", timeout=10)  # closing stdin stops the child


def serve(hosts: int, latency: float) -> None:
    """Child-process mode: serve until stdin closes."""
    servers = RawServer(answer_after(latency), hosts).start()
    try:
        print(json.dumps(servers.urls), flush=True)
        sys.stdin.read()
    finally:
        servers.stop()


def bench_specs(count: int, *, path: str = "/ticker", rate_limit: float = 1e6) -> MarketSpecs:
    """``count`` exchanges bench0… with Binance's ticker fields; by default no per-exchange
    pacing, so the client's own limits are what is measured."""
    fields = {"last": "lastPrice", "bid": "bidPrice", "ask": "askPrice"}
    return MarketSpecs(
        {
            f"bench{i}": ExchangeSpec(
                id=f"bench{i}",
                api="http://127.0.0.1",
                path=path,
                market="{BASE}{QUOTE}",
                params={"symbol": "{market}"},
                fields=fields,
                rate_limit=rate_limit,
            )
            for i in range(count)
        }
    )


def make_client(urls: list[str], config: ClientConfig) -> MarketClient:
    base_urls = {f"bench{i}": url for i, url in enumerate(urls)}
    return MarketClient(bench_specs(len(urls)), config=config, base_urls=base_urls)


def requests_for(hosts: int, total: int) -> list[tuple[str, str]]:
    return [(f"bench{i % hosts}", "BTC/USDT") for i in range(total)]


async def bench_fetch(config: ClientConfig, total: int, latency: float) -> dict[str, Any]:
    hosts = max(1, config.max_concurrency // config.max_per_host)
    per_host = math.ceil(total / hosts)
    rounds = max(
        math.ceil(total / config.max_concurrency), math.ceil(per_host / config.max_per_host)
    )
    last_start = max(0, total - config.start_burst) / config.start_rate
    ideal = max(rounds * latency, last_start + latency)
    with ServerProcess(hosts, latency) as servers:
        async with make_client(servers.urls, config) as client:
            walls: list[float] = []
            for _ in range(4):  # the first run is cold (new connections), the rest warm
                started = time.perf_counter()
                results = await client.fetch_many(requests_for(hosts, total))
                walls.append(time.perf_counter() - started)
                failures = [r.message for r in results if isinstance(r, FetchError)]
                if failures:
                    raise RuntimeError(f"{len(failures)} fetches failed, e.g. {failures[0]}")
    cold, warm = walls[0], statistics.median(walls[1:])
    return {
        "requests": total,
        "latency_s": latency,
        "hosts": hosts,
        "max_concurrency": config.max_concurrency,
        "max_per_host": config.max_per_host,
        "ideal_s": round(ideal, 3),
        "cold_wall_s": round(cold, 3),
        "warm_wall_s": round(warm, 3),
        "cold_ratio": round(cold / ideal, 3),
        "warm_ratio": round(warm / ideal, 3),
        "goal_ratio": 1.3,
        "ok": cold / ideal <= 1.3 and warm / ideal <= 1.3,
    }


async def bench_close(config: ClientConfig, total: int) -> dict[str, Any]:
    hosts = max(1, config.max_concurrency // config.max_per_host)
    never = NeverAnswer()
    loop_errors: list[dict[str, Any]] = []
    asyncio.get_running_loop().set_exception_handler(lambda _l, ctx: loop_errors.append(ctx))
    with RawServer(never, hosts) as servers:
        client = make_client(servers.urls, config)
        fetching = asyncio.create_task(client.fetch_many(requests_for(hosts, total)))
        while never.arrived < min(total, config.max_concurrency):
            await asyncio.sleep(0.005)
        started = time.perf_counter()
        await client.aclose()
        results = await fetching
        exit_s = time.perf_counter() - started
    cancelled = sum(isinstance(r, FetchError) and r.kind == "cancelled" for r in results)
    pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    return {
        "requests": total,
        "hung_on_server": never.arrived,
        "cancelled": cancelled,
        "exit_s": round(exit_s, 4),
        "goal_s": 0.5,
        "tasks_left_pending": len(pending),
        "loop_handler_calls": len(loop_errors),
        "ok": exit_s < 0.5 and cancelled == total and not pending and not loop_errors,
    }


async def main(total: int, latency: float) -> dict[str, Any]:
    config = ClientConfig(trust_env=False, timeout=30.0)
    async with asyncio.timeout(TIME_LIMIT):
        fetch = await bench_fetch(config, total, latency)
        close = await bench_close(config, total)
    return {
        "benchmark": "market_fetch",
        "python": sys.version.split()[0],
        "fetch": fetch,
        "close": close,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--serve", type=int, metavar="HOSTS", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.serve:
        serve(options.serve, options.latency)
    else:
        print(json.dumps(asyncio.run(main(options.requests, options.latency)), indent=2))
