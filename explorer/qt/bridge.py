"""The one bridge between the Qt widgets and the asyncio services: runs coroutines as named
tasks on the qasync loop and re-emits their results as typed signals."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from explorer.config import UserDirs
from explorer.tasks import NamedTasks

if TYPE_CHECKING:
    import httpx

    from explorer.logos import LogoCache
    from explorer.market import MarketClient, MarketSpecs, Ticker, TickerCache

log = logging.getLogger(__name__)


class ServiceBridge(QObject):
    logoReady = Signal(str, bytes)  # noqa: N815  (url, image bytes)
    logoFailed = Signal(str, str)  # noqa: N815  (url, plain-English reason)
    tickerResult = Signal(str, str, object)  # noqa: N815  (exchange, symbol, Ticker|FetchError)
    tickersDone = Signal(str)  # noqa: N815  (exchange): one refresh of the watchlist finished
    compareResult = Signal(str, object)  # noqa: N815  (exchange, Ticker | FetchError)
    compareProgress = Signal(int, int)  # noqa: N815  (done, total)

    def __init__(
        self,
        dirs: UserDirs,
        *,
        trust_env: bool = True,
        names: Mapping[str, str] | None = None,
        specs: MarketSpecs | None = None,
        base_urls: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``specs`` and ``base_urls`` default to the bundled specs and the settings file."""
        super().__init__(parent)
        self.tasks = NamedTasks()
        self._dirs = dirs
        self._trust_env = trust_env
        self._names = dict(names or {})
        self._logo_cache: LogoCache | None = None
        self._logo_client: httpx.AsyncClient | None = None
        self._ticker_cache: TickerCache | None = None
        self._market: MarketClient | None = None
        self._specs: MarketSpecs | None = specs
        self._base_urls = dict(base_urls) if base_urls is not None else None
        self._closed = False

    # Everything network-related loads on first use: start-up imports no httpx, makes no request.
    def _start(self, name: str, coro: Coroutine[Any, Any, None]) -> None:
        if self._closed:
            coro.close()
            return
        try:
            self.tasks.start(name, coro)
        except RuntimeError:  # no asyncio loop (widgets used without the app's loop)
            log.debug("no event loop; %s not started", name)

    def cancel(self, name: str) -> None:
        self.tasks.cancel(name)

    def running(self, name: str) -> bool:
        return self.tasks.running(name)

    # -- logos ---------------------------------------------------------------------------------
    def _logos(self) -> LogoCache:
        if self._logo_cache is None:
            from explorer.logos import LogoCache

            self._logo_cache = LogoCache(self._dirs.logo_cache)
        return self._logo_cache

    def cached_logo(self, url: str) -> bytes | None:
        """A logo already on disk, without any network access."""
        return self._logos().cached(url)

    def request_logo(self, url: str) -> None:
        """Fetch a logo; a newer request cancels one still in flight (the selection moved on)."""
        self._start("logo", self._fetch_logo(url))

    async def _fetch_logo(self, url: str) -> None:
        from explorer.logos import LogoError, logo_client

        if self._logo_client is None:
            self._logo_client = logo_client(trust_env=self._trust_env)
        try:
            data = await self._logos().fetch(url, self._logo_client)
        except LogoError as exc:
            self.logoFailed.emit(url, str(exc))
            return
        self.logoReady.emit(url, data)

    # -- live prices ---------------------------------------------------------------------------
    def market_specs(self) -> MarketSpecs:
        if self._specs is None:
            from explorer.market import bundled_specs

            self._specs = bundled_specs()
        return self._specs

    def _tickers(self) -> TickerCache:
        if self._ticker_cache is None:
            from explorer.market import TickerCache
            from explorer.market.settings import CACHE_FILE

            self._ticker_cache = TickerCache(self._dirs.ticker_cache / CACHE_FILE)
        return self._ticker_cache

    def cached_ticker(self, exchange: str, symbol: str) -> Ticker | None:
        """The last ticker kept on disk (marked cached), read without any network access."""
        return self._tickers().get(exchange, symbol)

    def _client(self) -> MarketClient:
        if self._market is None:
            from explorer.market import ClientConfig, MarketClient, effective_base_urls
            from explorer.market.settings import SETTINGS_FILE

            self._market = MarketClient(
                self.market_specs(),
                config=ClientConfig(trust_env=self._trust_env),
                base_urls=self._base_urls
                if self._base_urls is not None
                else effective_base_urls(self._dirs.config / SETTINGS_FILE),
                names=self._names,
                cache=self._tickers(),
            )
        return self._market

    def request_tickers(self, exchange: str, symbols: list[str]) -> None:
        """Refresh a watchlist; a new request (another exchange) cancels the one in flight."""
        self._start("tickers", self._fetch_each(exchange, symbols))

    def request_compare(self, symbol: str, exchanges: list[str]) -> None:
        self._start("compare", self._compare(symbol, exchanges))

    async def _fetch_each(self, exchange: str, symbols: list[str]) -> None:
        client = self._client()

        async def one(symbol: str) -> None:
            result = await _result(client.fetch(exchange, symbol))
            self.tickerResult.emit(exchange, symbol, result)

        await asyncio.gather(*(one(symbol) for symbol in symbols))
        await client.save_cache()
        self.tickersDone.emit(exchange)

    async def _compare(self, symbol: str, exchanges: list[str]) -> None:
        client = self._client()
        total, done = len(exchanges), 0
        self.compareProgress.emit(0, total)

        async def one(exchange: str) -> None:
            nonlocal done
            result = await _result(client.fetch(exchange, symbol))
            done += 1
            self.compareResult.emit(exchange, result)
            self.compareProgress.emit(done, total)

        await asyncio.gather(*(one(exchange) for exchange in exchanges))
        await client.save_cache()

    async def aclose(self) -> None:
        """Cancel every task and close the HTTP clients; nothing is left pending."""
        self._closed = True
        await self.tasks.shutdown()
        if self._market is not None:
            await self._market.aclose()
            self._market = None
        if self._logo_client is not None:
            await self._logo_client.aclose()
            self._logo_client = None
        await asyncio.sleep(0)


async def _result(fetch: Coroutine[Any, Any, Ticker]) -> object:
    """The ticker, or the FetchError that explains why there is none."""
    from explorer.market.errors import FetchError

    try:
        return await fetch
    except FetchError as error:
        return error
