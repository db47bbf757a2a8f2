"""The network services behind the window, built once, thread-safely, off the UI thread, and
what the window asks of them (a watchlist refresh, a compare, a logo, a catalogue update).
No Qt here.

Building them costs tens of milliseconds of imports (httpx, httpcore, h2, anyio's asyncio
backend), a TLS context and reading the specs and caches from disk. :meth:`Services.ready`
does all of that once on a worker thread, so the first fetch does not stall the UI.
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import logging
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TypeVar, cast

from explorer.storage.folders import UserDirs
from explorer.storage.preferences import Preferences
from explorer.text import one_line

if TYPE_CHECKING:
    import httpx

    from explorer.catalogue.model import Catalogue
    from explorer.catalogue.update import UpdatePlan
    from explorer.live.catalogue_update import Progress, UpdateProblem
    from explorer.logos import LogoCache
    from explorer.market import ClientConfig, MarketClient, MarketSpecs, Ticker, TickerCache
    from explorer.market.all_markets import AllTickers
    from explorer.market.candles import Candles
    from explorer.market.reachability import ReachResult
    from explorer.market.results import FetchResult

T = TypeVar("T")
R = TypeVar("R")
log = logging.getLogger(__name__)

# Imported by httpcore only inside the first request; importing them here keeps that request fast.
FIRST_REQUEST_IMPORTS = ("anyio._backends._asyncio", "httpcore._backends.anyio")
HTTP2_IMPORTS = ("h2.connection", "h2.events", "httpcore._async.http2")


class Services:
    """Lazily built shared services; every accessor may be called from any thread."""

    def __init__(
        self,
        dirs: UserDirs,
        preferences: Preferences,
        *,
        trust_env: bool = True,
        names: Mapping[str, str] | None = None,
        specs: MarketSpecs | None = None,
    ) -> None:
        """``specs`` defaults to the bundled specs; base URLs come from ``preferences``."""
        self._dirs = dirs
        self._preferences = preferences
        self._trust_env = trust_env
        self._names = dict(names or {})
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}  # one per service: building one blocks no other
        self._built: dict[str, object] = {}
        if specs is not None:
            self._built["specs"] = specs
        self._warming: asyncio.Task[None] | None = None
        self._closed = False

    @property
    def dirs(self) -> UserDirs:
        return self._dirs

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

        for folder in self._dirs.folders():
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

    def client_config(self) -> ClientConfig:
        """The market client settings the preferences and the environment make."""
        from explorer.market import ClientConfig

        return ClientConfig(trust_env=self._trust_env, proxy=self.proxy())

    def proxy(self) -> str | None:
        """The Preferences' proxy: None (the system's), "" (none) or a URL."""
        from explorer.storage import preferences as prefs

        mode = self._preferences.get(prefs.PROXY_MODE)
        if mode == "none":
            return ""
        url = self._preferences.get(prefs.PROXY_URL)
        if mode != "manual" or not url:
            return None
        from explorer.net.client import check_proxy_url

        try:
            return check_proxy_url(url)
        except ValueError as error:  # a hand-edited file: the system's proxy, and say why
            log.warning("ignoring the proxy in the preferences (%s): %s", one_line(url, 80), error)
            return None

    def market_specs(self) -> MarketSpecs:
        def build() -> MarketSpecs:
            from explorer.market import bundled_specs

            return bundled_specs()

        return self._once("specs", build)

    def tickers(self) -> TickerCache:
        def build() -> TickerCache:
            from explorer.market import TickerCache

            return TickerCache(self._dirs.ticker_cache_file)

        return self._once("tickers", build)

    def market(self) -> MarketClient:
        def build() -> MarketClient:
            from explorer.market import MarketClient

            return MarketClient(
                self.market_specs(),
                config=self.client_config(),
                base_urls=self._preferences.base_urls(),
                names=self._names,
                cache=self.tickers(),
            )

        return self._once("market", build)

    def set_base_urls(self, base_urls: Mapping[str, str]) -> None:
        """The preferences' base URLs changed: the market client (if built) uses them now."""
        with self._guard:
            client = self._built.get("market")
        if client is not None:
            cast("MarketClient", client).set_base_urls(base_urls)

    def logos(self) -> LogoCache:
        def build() -> LogoCache:
            from explorer.logos import LogoCache
            from explorer.storage import preferences as prefs

            megabytes = self._preferences.get(prefs.LOGO_CACHE_MB)
            return LogoCache(self._dirs.logo_cache, max_total_bytes=megabytes * 1024 * 1024)

        return self._once("logos", build)

    def logo_client(self) -> httpx.AsyncClient:
        def build() -> httpx.AsyncClient:
            from explorer.logos import logo_client

            return logo_client(trust_env=self._trust_env, proxy=self.proxy())

        return self._once("logo_client", build)

    # -- on the event loop -----------------------------------------------------------------------
    def start_warm_up(self) -> None:
        """Begin building everything on a worker thread (idempotent; needs a running loop)."""
        if self._warming is None and not self._closed:
            self._warming = asyncio.get_running_loop().create_task(self._warm_up())

    async def _warm_up(self) -> None:
        try:
            await asyncio.to_thread(self.warm_up)
        except Exception:  # the fetch that needs the service meets the same error and reports it
            log.warning("could not prepare the network services", exc_info=True)
        # What exists now (modules, Qt wrappers, the catalogue) lives as long as the app: spare
        # it from every later full collection, which otherwise pauses the UI for ~12 ms.
        gc.freeze()

    async def ready(self) -> Services:
        """These services, once built (starting the warm-up if it has not begun)."""
        self.start_warm_up()
        if self._warming is not None and not self._warming.done():
            await asyncio.shield(self._warming)  # a cancelled fetch must not cancel the warm-up
        return self

    async def refresh(
        self, exchange: str, symbols: list[str], deliver: Callable[[FetchResult], object]
    ) -> None:
        """Fetch a watchlist; each result goes to ``deliver`` as it lands."""
        client = (await self.ready()).market()
        await client.fetch_many([(exchange, symbol) for symbol in symbols], on_result=deliver)

    async def compare(
        self,
        symbol: str,
        exchanges: list[str],
        deliver: Callable[[FetchResult], object],
        progress: Callable[[int, int], object],
    ) -> None:
        """Fetch one symbol from many exchanges; ``progress(done, total)`` after each result."""
        client = (await self.ready()).market()
        landed = counted(deliver, progress, len(exchanges))
        await client.fetch_many([(exchange, symbol) for exchange in exchanges], on_result=landed)

    async def markets(self, exchange: str) -> AllTickers:
        """Every market of ``exchange`` in one request; raises FetchError."""
        client = (await self.ready()).market()
        return await client.fetch_all(exchange)

    async def alert_prices(
        self, markets: list[tuple[str, str]], deliver: Callable[[FetchResult], object]
    ) -> None:
        """The markets the alerts watch, through the one batch fetch (paced per exchange)."""
        client = (await self.ready()).market()
        await client.fetch_many(markets, on_result=deliver)

    async def candles(self, exchange: str, symbol: str, timeframe: str, limit: int) -> Candles:
        """The newest candles of one market; raises FetchError."""
        client = (await self.ready()).market()
        return await client.fetch_candles(exchange, symbol, timeframe, limit)

    async def check(
        self,
        exchanges: list[str],
        deliver: Callable[[ReachResult], object],
        progress: Callable[[int, int], object],
    ) -> None:
        """One light request per exchange, on a client of its own: one attempt each (a check
        reports what happens), the same base URLs and rate limits."""
        from explorer.market import MarketClient
        from explorer.market.reachability import check, check_config

        services = await self.ready()
        landed = counted(deliver, progress, len(exchanges))
        async with MarketClient(
            services.market_specs(),
            config=check_config(self.client_config()),
            base_urls=self._preferences.base_urls(),
            names=self._names,
        ) as client:
            await check(client, exchanges, landed)

    async def logo(self, url: str) -> bytes:
        """A logo's bytes, from disk or downloaded; raises LogoError (or the client's set-up
        failure, a TransportError) with the reason."""
        services = await self.ready()
        return await services.logos().fetch(url, services.logo_client())

    def cached_ticker(self, exchange: str, symbol: str) -> Ticker | None:
        """The last ticker kept on disk (marked cached), read without any network access."""
        return self.tickers().get(exchange, symbol)

    async def plan_catalogue_update(
        self, source: str, current: Catalogue, base_url: str, progress: Progress
    ) -> UpdatePlan | UpdateProblem:
        """What an update from ``source`` would change, or why it cannot be planned."""
        from explorer.live.catalogue_update import plan_or_problem

        return await plan_or_problem(
            source, current, base_url=base_url, trust_env=self._trust_env,
            progress=progress, proxy=self.proxy(),
        )  # fmt: skip

    def apply_catalogue_update(self, plan: UpdatePlan) -> Catalogue:
        """Write the planned catalogue to the user's folder; the one to show from now on."""
        from explorer.live.catalogue_update import apply_update

        return apply_update(plan, self._dirs)

    def reset_catalogue(self) -> Catalogue:
        """Forget the user's updates: the bundled catalogue."""
        from explorer.catalogue.user_catalogue import load_current, reset

        reset(self._dirs)
        return load_current(self._dirs)

    async def aclose(self) -> None:
        """Wait for a warm-up in progress, then close the clients that were built (only those)."""
        self._closed = True
        if self._warming is not None:
            await asyncio.gather(self._warming, return_exceptions=True)
        for client in [self._built.pop(name, None) for name in ("market", "logo_client")]:
            if client is not None:
                await cast("MarketClient | httpx.AsyncClient", client).aclose()


def counted(
    deliver: Callable[[R], object], progress: Callable[[int, int], object], total: int
) -> Callable[[R], None]:
    """``deliver`` each result, then ``progress(done, total)``; ``progress(0, total)`` now."""
    done = 0
    progress(0, total)

    def landed(result: R) -> None:
        nonlocal done
        done += 1
        deliver(result)
        progress(done, total)

    return landed
