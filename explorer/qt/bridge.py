"""The one bridge between the Qt widgets and the asyncio services: runs coroutines as named
tasks on the qasync loop and re-emits their results as typed signals."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections import deque
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from explorer.services import Services
from explorer.tasks import NamedTasks

if TYPE_CHECKING:
    from explorer.market import MarketSpecs, Ticker

log = logging.getLogger(__name__)


class ServiceBridge(QObject):
    logoReady = Signal(str, bytes)  # noqa: N815  (url, image bytes)
    logoFailed = Signal(str, str)  # noqa: N815  (url, plain-English reason)
    tickerResult = Signal(str, str, object)  # noqa: N815  (exchange, symbol, Ticker|FetchError)
    tickersDone = Signal(str)  # noqa: N815  (exchange): one refresh of the watchlist finished
    compareResult = Signal(str, object)  # noqa: N815  (exchange, Ticker | FetchError)
    compareProgress = Signal(int, int)  # noqa: N815  (done, total)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = NamedTasks()
        self.services = services
        self._warming: asyncio.Task[None] | None = None
        self._closed = False

    def warm_up(self) -> None:
        """Build the network services on a worker thread now, so no fetch stalls the UI later."""
        if self._warming is None and not self._closed:
            try:
                self._warming = asyncio.get_running_loop().create_task(self._warm_up())
            except RuntimeError:
                log.debug("no event loop; services will be built on first use")

    async def _warm_up(self) -> None:
        try:
            await asyncio.to_thread(self.services.warm_up)
        except Exception:  # the fetch that needs the service meets the same error and reports it
            log.warning("could not prepare the network services", exc_info=True)
        # What exists now (modules, Qt wrappers, the catalogue) lives as long as the app: spare
        # it from every later full collection, which otherwise pauses the UI for ~12 ms.
        gc.freeze()

    async def ready(self) -> Services:
        """The services, once built (starting the warm-up if it has not begun)."""
        self.warm_up()
        if self._warming is not None and not self._warming.done():
            await asyncio.shield(self._warming)  # a cancelled fetch must not cancel the warm-up
        return self.services

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
    def cached_logo(self, url: str) -> bytes | None:
        """A logo already on disk, without any network access."""
        return self.services.logos().cached(url)

    def discard_logo(self, url: str) -> None:
        """Drop a cached logo that does not decode, so that it is downloaded again."""
        self.services.logos().discard(url)

    def request_logo(self, url: str) -> None:
        """Fetch a logo; a newer request cancels one still in flight (the selection moved on)."""
        self._start("logo", self._fetch_logo(url))

    async def _fetch_logo(self, url: str) -> None:
        from explorer.logos import LogoError
        from explorer.net.failures import TransportError

        services = await self.ready()
        try:
            data = await services.logos().fetch(url, services.logo_client())
        except LogoError as exc:
            self.logoFailed.emit(url, str(exc))
            return
        except TransportError as exc:  # no client: the CA settings could not be loaded
            self.logoFailed.emit(url, exc.failure.detail)
            return
        self.logoReady.emit(url, data)

    # -- live prices ---------------------------------------------------------------------------
    def market_specs(self) -> MarketSpecs:
        return self.services.market_specs()

    def cached_ticker(self, exchange: str, symbol: str) -> Ticker | None:
        """The last ticker kept on disk (marked cached), read without any network access."""
        return self.services.tickers().get(exchange, symbol)

    def request_tickers(self, exchange: str, symbols: list[str]) -> None:
        """Refresh a watchlist; a new request (another exchange) cancels the one in flight."""
        self._start("tickers", self._fetch_each(exchange, symbols))

    def request_compare(self, symbol: str, exchanges: list[str]) -> None:
        self._start("compare", self._compare(symbol, exchanges))

    async def _fetch_each(self, exchange: str, symbols: list[str]) -> None:
        client = (await self.ready()).market()

        async def one(symbol: str) -> None:
            result = await _result(client.fetch(exchange, symbol))
            self.tickerResult.emit(exchange, symbol, result)

        await asyncio.gather(*(one(symbol) for symbol in symbols))
        await client.save_cache()
        self.tickersDone.emit(exchange)

    async def _compare(self, symbol: str, exchanges: list[str]) -> None:
        client = (await self.ready()).market()
        total, done, waiting = len(exchanges), 0, deque(exchanges)
        self.compareProgress.emit(0, total)

        async def worker() -> None:
            nonlocal done
            while waiting:
                exchange = waiting.popleft()
                result = await _result(client.fetch(exchange, symbol))
                done += 1
                self.compareResult.emit(exchange, result)
                self.compareProgress.emit(done, total)

        # As many workers as requests can be in flight, rather than a task per exchange whose
        # first steps would all run back to back on the UI thread.
        workers = min(total, client.config.max_concurrency)
        await asyncio.gather(*(worker() for _ in range(workers)))
        await client.save_cache()

    async def aclose(self) -> None:
        """Cancel every task and close the HTTP clients; nothing is left pending."""
        self._closed = True
        await self.tasks.shutdown()
        if self._warming is not None:
            await asyncio.gather(self._warming, return_exceptions=True)  # then close what it built
        await self.services.aclose()
        await asyncio.sleep(0)


async def _result(fetch: Coroutine[Any, Any, Ticker]) -> object:
    """The ticker, or the FetchError that explains why there is none."""
    from explorer.market.results import FetchError

    try:
        return await fetch
    except FetchError as error:
        return error
