"""The one bridge between the Qt widgets and the Qt-free services: it schedules their coroutines
as named tasks on the qasync loop (a new request of a name cancels the one in flight) and
re-emits what they deliver as typed signals. Nothing else happens here."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from explorer.catalogue.model import Catalogue
from explorer.catalogue.update import UpdatePlan
from explorer.live.catalogue_update import UpdateProblem
from explorer.live.services import Services
from explorer.live.tasks import NamedTasks
from explorer.market.all_markets import AllTickers
from explorer.market.candles import Candles
from explorer.market.reachability import ReachResult
from explorer.market.results import FetchError, FetchResult, Ticker
from explorer.market.specs import MarketSpecs
from explorer.qt.models.error_text import translated

log = logging.getLogger(__name__)


class ServiceBridge(QObject):
    logoReady = Signal(str, bytes)  # noqa: N815  (url, image bytes)
    logoFailed = Signal(str, str)  # noqa: N815  (url, the reason in the user's language)
    tickerReceived = Signal(Ticker)  # noqa: N815  (a watchlist row's new prices)
    tickerFailed = Signal(FetchError)  # noqa: N815  (why a watchlist row has none)
    compareReceived = Signal(Ticker)  # noqa: N815
    compareFailed = Signal(FetchError)  # noqa: N815
    compareProgress = Signal(int, int)  # noqa: N815  (done, total)
    marketsReceived = Signal(str, AllTickers)  # noqa: N815  (exchange, every market)
    marketsFailed = Signal(FetchError)  # noqa: N815
    candlesReceived = Signal(Candles)  # noqa: N815  (one market's candles)
    candlesFailed = Signal(FetchError)  # noqa: N815
    alertTickerReceived = Signal(Ticker)  # noqa: N815  (a market an alert watches)
    alertTickerFailed = Signal(FetchError)  # noqa: N815
    reachReceived = Signal(ReachResult)  # noqa: N815  (one exchange checked)
    reachProgress = Signal(int, int)  # noqa: N815  (done, total)
    catalogueUpdateProgress = Signal(str, int, int)  # noqa: N815  (Step value, done, total)
    catalogueUpdatePlanned = Signal(UpdatePlan)  # noqa: N815
    catalogueUpdateFailed = Signal(UpdateProblem)  # noqa: N815

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = NamedTasks()
        self.services = services
        self._closed = False

    def warm_up(self) -> None:
        """Build the network services on a worker thread now, so no fetch stalls the UI later."""
        if self._closed:
            return
        try:
            self.services.start_warm_up()
        except RuntimeError:
            log.debug("no event loop; services will be built on first use")

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
        self._start("logo", self._logo(url))

    async def _logo(self, url: str) -> None:
        from explorer.logos import LogoError
        from explorer.net.failures import TransportError

        try:
            data = await self.services.logo(url)
        except (LogoError, TransportError) as exc:  # TransportError: no client (CA settings)
            self.logoFailed.emit(url, translated(exc))
            return
        self.logoReady.emit(url, data)

    # -- live prices ---------------------------------------------------------------------------
    def market_specs(self) -> MarketSpecs:
        return self.services.market_specs()

    def cached_ticker(self, exchange: str, symbol: str) -> Ticker | None:
        """The last ticker kept on disk (marked cached), read without any network access."""
        return self.services.cached_ticker(exchange, symbol)

    def set_base_urls(self, base_urls: dict[str, str]) -> None:
        self.services.set_base_urls(base_urls)

    def request_tickers(self, exchange: str, symbols: list[str]) -> None:
        """Refresh a watchlist; a new request (another exchange) cancels the one in flight."""
        deliver = self._emitter(self.tickerReceived, self.tickerFailed)
        self._start("tickers", self.services.refresh(exchange, symbols, deliver))

    def request_compare(self, symbol: str, exchanges: list[str]) -> None:
        deliver = self._emitter(self.compareReceived, self.compareFailed)
        progress = self.compareProgress.emit
        self._start("compare", self.services.compare(symbol, exchanges, deliver, progress))

    def request_markets(self, exchange: str) -> None:
        """Every market of ``exchange``; a new request (another exchange) cancels the last."""
        self._start("markets", self._markets(exchange))

    async def _markets(self, exchange: str) -> None:
        try:
            answer = await self.services.markets(exchange)
        except FetchError as error:
            self.marketsFailed.emit(error)
            return
        self.marketsReceived.emit(exchange, answer)

    def request_candles(self, exchange: str, symbol: str, timeframe: str, limit: int) -> None:
        """One market's candles; a new request (another market or timeframe) cancels the last."""
        self._start("candles", self._candles(exchange, symbol, timeframe, limit))

    async def _candles(self, exchange: str, symbol: str, timeframe: str, limit: int) -> None:
        try:
            answer = await self.services.candles(exchange, symbol, timeframe, limit)
        except FetchError as error:
            self.candlesFailed.emit(error)
            return
        self.candlesReceived.emit(answer)

    def request_alert_prices(self, markets: list[tuple[str, str]]) -> None:
        """The prices of the markets alerts watch; a new round cancels one still running."""
        deliver = self._emitter(self.alertTickerReceived, self.alertTickerFailed)
        self._start("alerts", self.services.alert_prices(markets, deliver))

    def request_check(self, exchanges: list[str]) -> None:
        """Check which exchanges can be reached; a new check cancels one in flight."""
        deliver, progress = self.reachReceived.emit, self.reachProgress.emit
        self._start("check", self.services.check(exchanges, deliver, progress))

    @staticmethod
    def _emitter(received: Any, failed: Any) -> Any:
        def deliver(result: FetchResult) -> None:
            if isinstance(result, Ticker):
                received.emit(result)
            else:
                failed.emit(result)

        return deliver

    # -- catalogue updates ---------------------------------------------------------------------
    def request_catalogue_update(self, source: str, current: Catalogue, base_url: str) -> None:
        """Plan an update (nothing is written); a new request cancels one in flight."""
        self._start("catalogue-update", self._plan_update(source, current, base_url))

    async def _plan_update(self, source: str, current: Catalogue, base_url: str) -> None:
        def progress(step: str, done: int, total: int) -> None:
            self.catalogueUpdateProgress.emit(str(step), done, total)

        result = await self.services.plan_catalogue_update(source, current, base_url, progress)
        if isinstance(result, UpdatePlan):
            self.catalogueUpdatePlanned.emit(result)
        else:
            self.catalogueUpdateFailed.emit(result)

    def apply_catalogue_update(self, plan: UpdatePlan) -> Catalogue:
        return self.services.apply_catalogue_update(plan)

    def reset_catalogue(self) -> Catalogue:
        return self.services.reset_catalogue()

    async def aclose(self) -> None:
        """Cancel every task and close the services; nothing is left pending."""
        self._closed = True
        await self.tasks.shutdown()
        await self.services.aclose()
        await asyncio.sleep(0)
