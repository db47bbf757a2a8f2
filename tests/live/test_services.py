"""The network services: built once, from any thread, ready before the first fetch."""

from __future__ import annotations

import asyncio
import sys
import threading

import pytest

from explorer.live.services import FIRST_REQUEST_IMPORTS, Services
from explorer.storage.folders import UserDirs
from explorer.storage.preferences import Preferences


@pytest.fixture
def services(dirs: UserDirs, preferences: Preferences) -> Services:
    return Services(dirs, preferences, trust_env=False)


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
    assert market.closed


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


def test_a_service_that_cannot_be_built_fails_each_time_it_is_asked_for(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from explorer.market import client

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("cannot build")

    monkeypatch.setattr(client.MarketClient, "__init__", broken)
    with pytest.raises(ValueError, match="cannot build"):
        services.warm_up()
    with pytest.raises(ValueError, match="cannot build"):  # not a half-built client left behind
        services.market()
    assert services.market_specs().exchanges  # the others are unaffected


def test_the_base_urls_come_from_the_preferences(dirs: UserDirs, preferences: Preferences) -> None:
    preferences.set_base_url("kraken", "http://127.0.0.1:9/mirror")
    services = Services(dirs, preferences, trust_env=False)
    assert services.market().base_url("kraken") == "http://127.0.0.1:9/mirror"
    asyncio.run(services.aclose())


def test_the_preferences_proxy_and_cache_size_reach_the_clients(tmp_path) -> None:
    from explorer.live.services import Services
    from explorer.storage import preferences as prefs
    from explorer.storage.folders import UserDirs
    from explorer.storage.preferences import Preferences

    dirs = UserDirs(config=tmp_path / "c", cache=tmp_path / "k", data=tmp_path / "d")
    preferences = Preferences(dirs.preferences_file)
    services = Services(dirs, preferences, trust_env=False)
    assert services.proxy() is None  # the system's
    preferences.set(prefs.PROXY_MODE, "none")
    assert services.proxy() == ""
    preferences.set(prefs.PROXY_MODE, "manual")
    preferences.set(prefs.PROXY_URL, "http://proxy.example:3128")
    assert services.proxy() == "http://proxy.example:3128"
    assert services.market().config.proxy == "http://proxy.example:3128"
    preferences.set(prefs.PROXY_URL, "javascript:alert(1)")  # a hand-edited file
    assert services.proxy() is None  # the system's, not a client that cannot be built
    preferences.set(prefs.LOGO_CACHE_MB, 64)
    assert services.logos().max_total_bytes == 64 * 1024 * 1024
