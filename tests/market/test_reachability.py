"""Tools -> Check exchanges / ``check``: one light request per exchange, each outcome sorted into
what a person can act on, against the fault servers on 127.0.0.1."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from explorer.market import MarketClient, MarketSpecs
from explorer.market.reachability import Reach, check, check_config

from ..helpers.faults import FaultServer
from ..helpers.loop import LoopRunner
from ..helpers.market import fail_dns_for, fast_config

CASES = {  # exchange id -> (fault served, what the check must say)
    "healthy": ("ok", Reach.REACHABLE),
    "notls": ("https-ok", Reach.TLS),  # a certificate from a CA nobody trusts
    "hangs": ("timeout", Reach.TIMEOUT),
    "geo": ("403", Reach.BLOCKED),
    "legal": ("451", Reach.BLOCKED),
    "busy": ("429", Reach.RATE_LIMITED),
    "works": ("503", Reach.MAINTENANCE),
    "webpage": ("html", Reach.MAINTENANCE),
    "garbled": ("invalid-json", Reach.REACHABLE),  # it answered: the path works
}


def test_each_fault_a_server_can_produce_is_told_apart(
    run: LoopRunner, specs: MarketSpecs, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_dns_for(monkeypatch, "api.nowhere.invalid")
    binance = specs.exchanges["binance"]
    ids = [*CASES, "unknown", "closed"]
    many = MarketSpecs({e: dataclasses.replace(binance, id=e, rate_limit=1e6) for e in ids})
    landed: list[str] = []

    with FaultServer(tls=True) as server:
        urls = {e: server.url(fault) for e, (fault, _) in CASES.items()}
        urls |= {"unknown": "http://api.nowhere.invalid", "closed": server.refused_url}

        async def scenario() -> list[Any]:
            config = check_config(fast_config(), timeout=1.0)
            async with MarketClient(many, config=config, base_urls=urls) as client:
                return await check(client, ids, lambda result: landed.append(result.exchange))

        results = {r.exchange: r for r in run(scenario())}

    expected = {e: reach for e, (_, reach) in CASES.items()}
    expected |= {"unknown": Reach.DNS, "closed": Reach.REFUSED}
    assert {e: r.reach for e, r in results.items()} == expected
    assert sorted(landed) == sorted(ids)  # each as it landed
    assert results["healthy"].latency_ms is not None and results["healthy"].detail == ""
    assert "api.nowhere.invalid" in results["unknown"].detail
    assert results["busy"].to_json()["status"] == "rate-limited"
    assert all(r.latency_ms is None for e, r in results.items() if e != "healthy")
