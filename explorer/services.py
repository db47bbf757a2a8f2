"""The network services behind the window, built once, thread-safely, off the UI thread.

Building them costs tens of milliseconds of imports (httpx, httpcore, h2, anyio's asyncio
backend), a TLS context and reading the specs and caches from disk. :meth:`Services.warm_up`
does all of that on a worker thread, so the first fetch does not stall the UI. No Qt here.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TypeVar, cast

from explorer.config import UserDirs

if TYPE_CHECKING:
    import httpx

    from explorer.logos import LogoCache
    from explorer.market import MarketClient, MarketSpecs, TickerCache

T = TypeVar("T")
log = logging.getLogger(__name__)

# Imported by httpcore only inside the first request; importing them here keeps that request fast.
FIRST_REQUEST_IMPORTS = ("anyio._backends._asyncio", "httpcore._backends.anyio")
HTTP2_IMPORTS = ("h2.connection", "h2.events", "httpcore._async.http2")


class Services:
    """Lazily built shared services; every accessor may be called from any thread."""

    def __init__(
        self,
        dirs: UserDirs,
        *,
        trust_env: bool = True,
        names: Mapping[str, str] | None = None,
        specs: MarketSpecs | None = None,
        base_urls: Mapping[str, str] | None = None,
    ) -> None:
        """``specs`` and ``base_urls`` default to the bundled specs and the settings file."""
        self._dirs = dirs
        self._trust_env = trust_env
        self._names = dict(names or {})
        self._base_urls = dict(base_urls) if base_urls is not None else None
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}  # one per service: building one blocks no other
        self._built: dict[str, object] = {}
        if specs is not None:
            self._built["specs"] = specs

    def _once(self, name: str, build: Callable[[], T]) -> T:
        with self._guard:
            lock = self._locks.setdefault(name, threading.Lock())
        with lock:
            if name not in self._built:
                self._built[name] = build()
            return cast(T, self._built[name])

    def warm_up(self) -> None:
        """Build everything the first fetch needs; meant for a worker thread. Also removes the
        temporary files of writes a killed run left behind."""
        from explorer.storage.files import remove_stale_temps

        for folder in (self._dirs.config, self._dirs.ticker_cache):
            remove_stale_temps(folder)
        self.market_specs()
        self.tickers().load()
        market = self.market()
        self.logos().clean_up()
        from explorer.net.failures import TransportError

        try:
            self.logo_client()
        except TransportError as error:  # each logo fetch reports it; no traceback in the log
            log.warning("logos cannot be fetched: %s", error.failure.detail)
        from explorer.net.client import http2_available

        http2 = market.config.http2 and http2_available()
        for module in FIRST_REQUEST_IMPORTS + (HTTP2_IMPORTS if http2 else ()):
            importlib.import_module(module)

    def market_specs(self) -> MarketSpecs:
        def build() -> MarketSpecs:
            from explorer.market import bundled_specs

            return bundled_specs()

        return self._once("specs", build)

    def tickers(self) -> TickerCache:
        def build() -> TickerCache:
            from explorer.market import TickerCache
            from explorer.market.settings import CACHE_FILE

            return TickerCache(self._dirs.ticker_cache / CACHE_FILE)

        return self._once("tickers", build)

    def market(self) -> MarketClient:
        def build() -> MarketClient:
            from explorer.market import ClientConfig, MarketClient, effective_base_urls
            from explorer.market.settings import SETTINGS_FILE

            base_urls = self._base_urls
            if base_urls is None:
                base_urls = effective_base_urls(self._dirs.config / SETTINGS_FILE)
            return MarketClient(
                self.market_specs(),
                config=ClientConfig(trust_env=self._trust_env),
                base_urls=base_urls,
                names=self._names,
                cache=self.tickers(),
            )

        return self._once("market", build)

    def logos(self) -> LogoCache:
        def build() -> LogoCache:
            from explorer.logos import LogoCache

            return LogoCache(self._dirs.logo_cache)

        return self._once("logos", build)

    def logo_client(self) -> httpx.AsyncClient:
        def build() -> httpx.AsyncClient:
            from explorer.logos import logo_client

            return logo_client(trust_env=self._trust_env)

        return self._once("logo_client", build)

    async def aclose(self) -> None:
        """Close the clients that were built (and only those)."""
        for client in [self._built.pop(name, None) for name in ("market", "logo_client")]:
            if client is not None:
                await cast("MarketClient | httpx.AsyncClient", client).aclose()
