"""The network services: built once, from any thread, ready before the first fetch."""

from __future__ import annotations

import asyncio
import sys
import threading
from pathlib import Path

import pytest

from explorer.config import UserDirs
from explorer.services import FIRST_REQUEST_IMPORTS, Services


@pytest.fixture
def services(tmp_path: Path) -> Services:
    dirs = UserDirs(config=tmp_path / "config", cache=tmp_path / "cache")
    return Services(dirs, trust_env=False, base_urls={})


def test_warm_up_builds_everything_the_first_fetch_needs(services: Services) -> None:
    worker = threading.Thread(target=services.warm_up)
    worker.start()
    worker.join()

    market = services.market()
    assert market.specs is services.market_specs()
    assert len(market.specs.exchanges) >= 40
    assert services.logo_client() is services.logo_client()
    assert all(name in sys.modules for name in FIRST_REQUEST_IMPORTS)
    asyncio.run(services.aclose())
    assert market._http.is_closed


def test_each_service_is_built_once_whichever_threads_ask(services: Services) -> None:
    seen: list[object] = []
    start = threading.Barrier(4)

    def ask() -> None:
        start.wait()
        seen.append(services.market())

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(seen) == 4 and len({id(market) for market in seen}) == 1
    asyncio.run(services.aclose())


def test_a_service_that_cannot_be_built_fails_each_time_it_is_asked_for(tmp_path: Path) -> None:
    dirs = UserDirs(config=tmp_path / "config", cache=tmp_path / "cache")
    services = Services(dirs, trust_env=False, base_urls={"kraken": "ftp://mirror"})

    with pytest.raises(ValueError, match="ftp"):
        services.warm_up()
    with pytest.raises(ValueError, match="ftp"):  # not a half-built client left behind
        services.market()
    assert services.market_specs().exchanges  # the others are unaffected
