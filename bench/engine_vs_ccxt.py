"""Our engine against ccxt's async client, side by side in one process: 200 ticker fetches over 50
local hosts that answer after 100 ms (keep-alive HTTP/1.1, in a child process so their CPU is
not counted), each "exchange" held to the same rate limit in both engines (50 requests/s: ccxt's
own for Binance's ticker, cost 0.4 x rateLimit 50 ms).

ccxt gets Binance's spot ticker endpoint pointed at the local hosts through its ``urls`` (markets
set offline, so no exchangeInfo request); ours gets the same endpoint from a spec. Both parse the
same body. Runs are interleaved; each run is a fresh client (cold: connections are opened) and
then a second batch on it (warm). Reported: median wall time and CPU (process time) per fetch,
and the ratios ours/ccxt. Goals: wall <= 1.5x ccxt's, CPU per fetch <= 2x ccxt's.

ccxt is a bench-only extra (``pip install "exchange-explorer[bench]"``), never a runtime one.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.market_fetch import ServerProcess, bench_specs
from explorer.market import ClientConfig, MarketClient, MarketSpecs

HOSTS = 50
FETCHES = 200
LATENCY = 0.1
RATE = 50.0  # requests per second per exchange, in both engines
RUNS = 7
SYMBOL = "BTC/USDT"


def our_specs() -> MarketSpecs:
    return bench_specs(HOSTS, path="/api/v3/ticker/24hr", rate_limit=RATE)


def requests() -> list[tuple[int, str]]:
    return [(n % HOSTS, SYMBOL) for n in range(FETCHES)]


async def ours(urls: list[str]) -> dict[str, float]:
    base_urls = {f"bench{i}": url for i, url in enumerate(urls)}
    config = ClientConfig(trust_env=False)
    async with MarketClient(our_specs(), config=config, base_urls=base_urls) as client:
        batch = [(f"bench{host}", symbol) for host, symbol in requests()]
        cold = await _timed(client.fetch_many(batch), lambda results: results)
        warm = await _timed(client.fetch_many(batch), lambda results: results)
    return {"cold": cold, "warm": warm}


async def theirs(urls: list[str]) -> dict[str, float]:
    import ccxt.async_support as ccxt

    exchanges = []
    for url in urls:
        exchange = ccxt.binance({"enableRateLimit": True})  # rateLimit 50 ms, ticker cost 0.4
        exchange.urls["api"]["public"] = f"{url}/api/v3"
        exchange.set_markets(
            [{"id": "BTCUSDT", "symbol": SYMBOL, "base": "BTC", "quote": "USDT", "spot": True,
              "type": "spot", "baseId": "BTC", "quoteId": "USDT", "active": True,
              "precision": {}, "limits": {}, "info": {}}]
        )  # fmt: skip
        exchanges.append(exchange)
    try:

        def batch() -> Any:
            return asyncio.gather(*(exchanges[host].fetch_ticker(s) for host, s in requests()))

        cold = await _timed(batch(), lambda results: results)
        warm = await _timed(batch(), lambda results: results)
    finally:
        await asyncio.gather(*(exchange.close() for exchange in exchanges))
    return {"cold": cold, "warm": warm}


async def _timed(awaitable: Any, _check: Any) -> dict[str, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    results = await awaitable
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    failed = [r for r in results if not hasattr(r, "last") and not isinstance(r, dict)]
    if failed:
        raise SystemExit(f"{len(failed)} fetches failed, e.g. {failed[0]!r}")
    return {"wall_s": wall, "cpu_ms_per_fetch": cpu * 1000 / len(results)}


def summary(runs: list[dict[str, dict[str, float]]], phase: str) -> dict[str, float]:
    return {
        "wall_s": round(statistics.median(r[phase]["wall_s"] for r in runs), 4),
        "cpu_ms_per_fetch": round(statistics.median(r[phase]["cpu_ms_per_fetch"] for r in runs), 3),
    }


def main() -> None:
    import ccxt

    mine: list[dict[str, dict[str, float]]] = []
    other: list[dict[str, dict[str, float]]] = []
    with ServerProcess(hosts=HOSTS, latency=LATENCY) as servers:
        asyncio.run(ours(servers.urls))  # warm both up once (imports, TLS contexts)
        asyncio.run(theirs(servers.urls))
        for _ in range(RUNS):
            mine.append(asyncio.run(ours(servers.urls)))
            other.append(asyncio.run(theirs(servers.urls)))
    result: dict[str, Any] = {
        "fetches": FETCHES,
        "hosts": HOSTS,
        "latency_s": LATENCY,
        "rate_limit_per_exchange": RATE,
        "runs": RUNS,
        "ccxt_version": ccxt.__version__,
    }
    for phase in ("cold", "warm"):
        ours_now, theirs_now = summary(mine, phase), summary(other, phase)
        result[phase] = {
            "ours": ours_now,
            "ccxt": theirs_now,
            "wall_ratio": round(ours_now["wall_s"] / theirs_now["wall_s"], 3),
            "cpu_ratio": round(ours_now["cpu_ms_per_fetch"] / theirs_now["cpu_ms_per_fetch"], 3),
        }
    result["goal"] = "wall <= 1.5x ccxt, CPU per fetch <= 2x ccxt (cold and warm)"
    result["met"] = all(
        result[p]["wall_ratio"] <= 1.5 and result[p]["cpu_ratio"] <= 2.0 for p in ("cold", "warm")
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
