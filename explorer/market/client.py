"""``MarketClient``: fetch unified tickers from many exchanges at once, politely and safely."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, NamedTuple, Self, TypeVar
from urllib.parse import urlsplit

import httpx

from explorer.market.all_markets import (
    ALL,
    AllTickers,
    Markets,
    prepare_list,
    ranked,
    read_all_tickers,
    read_markets,
)
from explorer.market.candles import (
    DEFAULT_LIMIT,
    Candles,
    candles_missing,
    offered_timeframes,
    prepare_candles,
    read_candles,
)
from explorer.market.errors import FetchErrorKind as Kind
from explorer.market.errors import PayloadError, UnknownSymbolError
from explorer.market.failures import (
    Describer,
    classify_exception,
    rate_limited,
    transport_error,
)
from explorer.market.pacing import ClientConfig, TokenBucket
from explorer.market.requests import PreparedRequest, prepare_request
from explorer.market.responses import (
    check_answer,
    decode_json,
    exchange_error,
    read_response,
)
from explorer.market.results import FetchError, FetchResult, Ticker
from explorer.market.specs import ExchangeSpec, ListSpec, MarketSpecs, bundled_specs
from explorer.market.ticker_cache import TickerCache
from explorer.net.body import read_body
from explorer.net.client import build_client, open_response
from explorer.net.failures import TransportError
from explorer.net.urls import host_key, normalise_base_url, redact_url
from explorer.text import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)
T = TypeVar("T")
MARKET_LIST_TTL_S = 3600.0
OFF_LOOP_BYTES = 64 * 1024  # parse bigger answers in a worker thread


class TickerRequest(NamedTuple):
    exchange: str
    symbol: str


def utc_now() -> datetime:
    return datetime.now(UTC)


class MarketClient:
    """One shared HTTP client for every exchange; use as ``async with MarketClient() as c``.

    ``base_urls`` overrides spec base URLs per exchange (settings file merged with ``--base-url``;
    validated here, so a bad one raises ``ValueError``). ``names`` gives display names for error
    messages (e.g. from the catalogue); otherwise the spec's ``name`` or the id is used.
    ``aclose()`` cancels whatever is in flight; those fetches end with a ``CANCELLED`` error.
    """

    def __init__(
        self,
        specs: MarketSpecs | None = None,
        *,
        config: ClientConfig | None = None,
        base_urls: Mapping[str, str] | None = None,
        names: Mapping[str, str] | None = None,
        cache: TickerCache | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        wall_clock: Callable[[], datetime] = utc_now,
        rng: random.Random | None = None,
    ) -> None:
        self.specs = bundled_specs() if specs is None else specs
        self.config = config or ClientConfig()
        self._base_urls = {key: normalise_base_url(url) for key, url in (base_urls or {}).items()}
        self._names = dict(names or {})
        self._cache = cache
        self._now = wall_clock
        self._rng = rng or random.Random()
        self._setup_failure: TransportError | None = None
        try:
            self._http: httpx.AsyncClient | None = build_client(
                accept="application/json",
                keepalive_per_host=self.config.max_per_host,
                connect_timeout=self.config.connect_timeout,
                trust_env=self.config.trust_env,
                http2=self.config.http2,
                transport=transport,
                proxy=self.config.proxy,
            )
        except TransportError as error:  # every fetch reports it: no crash, no traceback
            self._http = None
            self._setup_failure = error
        self._global_slots = asyncio.Semaphore(self.config.max_concurrency)
        self._host_slots: dict[str, asyncio.Semaphore] = {}
        self._buckets: dict[str, TokenBucket] = {}
        self._starts = TokenBucket(self.config.start_rate, burst=self.config.start_burst)
        self._cooldowns: dict[str, datetime] = {}
        self._requests: dict[tuple[str, str], PreparedRequest] = {}
        self._market_lists: dict[str, tuple[float, Markets]] = {}
        self._inflight: set[asyncio.Task[Ticker]] = set()
        self._closing = False
        self._closed = False

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def set_base_urls(self, base_urls: Mapping[str, str]) -> None:
        """Other base URLs from now on (the preferences changed); requests are made again."""
        self._base_urls = {key: normalise_base_url(url) for key, url in base_urls.items()}
        self._requests.clear()

    def base_url(self, exchange: str) -> str | None:
        """The API base URL in use for ``exchange`` (an override, else its spec's)."""
        spec = self.specs.exchanges.get(exchange)
        return self._base_urls.get(exchange) or (spec.api if spec else None)

    @property
    def closed(self) -> bool:
        """Whether :meth:`aclose` has finished (the HTTP connections are closed)."""
        return self._closed

    def cached_ticker(self, exchange: str, symbol: str) -> Ticker | None:
        """The last good ticker from the offline cache (``cached=True``), if any."""
        return self._cache.get(exchange, symbol) if self._cache else None

    async def fetch(self, exchange: str, symbol: str) -> Ticker:
        """One ticker, or :class:`FetchError` (with ``cached`` set when the cache has one)."""
        describe = self._describer(exchange, symbol)
        if self._closing:
            raise self._with_cache(
                describe.error(Kind.CANCELLED, QT_TRANSLATE_NOOP("Detail", "the client is closed"))
            )
        task = asyncio.create_task(self._fetch(describe))
        self._inflight.add(task)
        task.add_done_callback(self._inflight.discard)
        try:
            ticker = await task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if not self._closing or (current is not None and current.cancelling()):
                raise  # our caller was cancelled, not us closed: let it propagate
            error = describe.error(
                Kind.CANCELLED, QT_TRANSLATE_NOOP("Detail", "the client was closed")
            )
            raise self._with_cache(error) from None
        except FetchError as error:
            raise self._with_cache(error) from None
        if self._cache is not None:
            self._cache.remember(ticker)
        return ticker

    async def fetch_many(
        self,
        requests: Iterable[tuple[str, str]],
        *,
        on_result: Callable[[FetchResult], object] | None = None,
    ) -> list[FetchResult]:
        """Fetch every (exchange, symbol); each gets its own result, in order, and never raises
        for one item. ``on_result`` is called with each result as it lands (the window shows
        them one by one). The offline cache is saved once at the end.

        The one batch fetch of the app, the command line and the tests: as many worker
        coroutines as requests may be in flight, not a task per request, so a batch of
        hundreds does not start hundreds of tasks back to back on the loop's thread.
        """
        queue = [TickerRequest(*item) for item in requests]
        results: list[FetchResult | None] = [None] * len(queue)
        position = 0

        async def worker() -> None:
            nonlocal position
            while position < len(queue):
                number, position = position, position + 1
                exchange, symbol = queue[number]
                try:
                    result: FetchResult = await self.fetch(exchange, symbol)
                except FetchError as error:
                    result = error
                results[number] = result
                if on_result is not None:
                    try:
                        on_result(result)
                    except Exception:  # a consumer's bug must not stop the other fetches
                        logger.exception("on_result failed for %s %s", exchange, symbol)

        workers = min(len(queue), self.config.max_concurrency)
        await asyncio.gather(*(worker() for _ in range(workers)))
        await self.save_cache()
        return [result for result in results if result is not None]

    async def save_cache(self) -> None:
        """Write the offline cache to disk (in a worker thread); failures are only logged."""
        if self._cache is not None and self._cache.dirty:
            await asyncio.to_thread(self._cache.save)

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closing = True
        pending = [task for task in self._inflight if not task.done()]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        if self._http is not None:
            await self._http.aclose()
        self._closed = True
        await self.save_cache()

    def _describer(self, exchange: str, symbol: str) -> Describer:
        spec = self.specs.exchanges.get(exchange)
        name = self._names.get(exchange) or (spec.display_name if spec else exchange)
        return Describer(exchange, name, symbol)

    def _with_cache(self, error: FetchError) -> FetchError:
        error.cached = self.cached_ticker(error.exchange, error.symbol)
        return error

    async def _fetch(self, describe: Describer) -> Ticker:
        try:
            return await self._fetch_with_retries(describe)
        except FetchError:
            raise
        except Exception as error:  # isolation boundary: a bug must not sink the other fetches
            logger.exception("unexpected error fetching %s %s", describe.exchange, describe.symbol)
            raise describe.error(Kind.INTERNAL, "%1", type(error).__name__) from error

    async def _fetch_with_retries(self, describe: Describer) -> Ticker:
        spec = self._supported(describe)
        try:
            request = self._prepared(spec, describe.symbol)
        except UnknownSymbolError as error:
            raise describe.error(Kind.UNKNOWN_SYMBOL, "%1", error) from None

        async def attempt(budget: _Budget) -> Ticker:
            limit = self.config.max_body_bytes
            response, body, latency = await self._exchange(spec, request, describe, budget, limit)
            return read_response(
                spec,
                request,
                describe,
                response,
                body,
                latency_ms=latency,
                now=self._now(),
                rate_limit_cooldown=self.config.rate_limit_cooldown,
            )

        return await self._with_retries(spec, describe, attempt)

    def _supported(self, describe: Describer) -> ExchangeSpec:
        spec = self.specs.spec(describe.exchange)
        if spec is None:
            reason = self.specs.unavailable_reason(describe.exchange) or "unknown exchange"
            raise describe.error(Kind.UNSUPPORTED, "%1", reason)
        if self._setup_failure is not None:
            limit = self.config.max_body_bytes
            raise transport_error(self._setup_failure.failure, describe, limit=limit)
        return spec

    async def _with_retries(
        self,
        spec: ExchangeSpec,
        describe: Describer,
        attempt: Callable[[_Budget], Awaitable[T]],
    ) -> T:
        cooldown = self._cooldowns.get(spec.id)
        if cooldown is not None and cooldown > self._now():
            raise rate_limited(describe, cooldown)
        budget = _Budget(self.config.timeout)
        for number in range(1, self.config.retry.attempts + 1):
            try:
                return await attempt(budget)
            except FetchError as error:
                delay = self.config.retry.delay_before_retry(
                    attempt=number,
                    retryable=error.retryable,
                    retry_at=error.retry_at,
                    now=self._now(),
                    remaining=budget.remaining(),
                    rng=self._rng,
                )
                if delay is None:
                    if error.kind is Kind.RATE_LIMITED and error.retry_at is not None:
                        self._cooldowns[spec.id] = error.retry_at
                    raise
                logger.debug("retrying %s in %.2f s: %s", spec.id, delay, error.message)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable: the last attempt either returns or raises")

    async def _exchange(
        self,
        spec: ExchangeSpec,
        request: PreparedRequest,
        describe: Describer,
        budget: _Budget,
        limit: int,
    ) -> tuple[httpx.Response, bytes, int]:
        """One request, paced (the exchange's rate, host and global slots, the start rate):
        the response, its body (at most ``limit`` bytes decoded) and the latency in ms."""
        await self._bucket(spec).acquire()
        async with self._host_slot(request.url), self._global_slots:
            await self._starts.acquire()
            started = time.perf_counter()
            body_started = False
            assert self._http is not None  # _supported checked the set-up
            try:
                async with asyncio.timeout(budget.start_or_remaining()):
                    async with open_response(
                        self._http,
                        request.method,
                        request.url,
                        params=request.params,
                        json=request.json,
                    ) as response:
                        body_started = True
                        body = await read_body(response, limit)
            except (httpx.HTTPError, TimeoutError, TransportError) as error:
                hostname = urlsplit(request.url).hostname or "the server"
                raise classify_exception(
                    error,
                    describe,
                    host=hostname,
                    timeout=self.config.timeout,
                    body_started=body_started,
                    limit=limit,
                ) from None
        return response, body, round((time.perf_counter() - started) * 1000)

    # -- every market at once ------------------------------------------------------------------
    async def fetch_all(self, exchange: str) -> AllTickers:
        """Every market of ``exchange`` as unified tickers (sorted by quote volume), from its
        all-tickers endpoint; raises :class:`FetchError`. Parsing a big answer runs in a worker
        thread, so the loop (the UI thread) does not wait on it."""
        describe = self._describer(exchange, ALL)
        if self._closing:
            raise describe.error(
                Kind.CANCELLED, QT_TRANSLATE_NOOP("Detail", "the client is closed")
            )
        spec = self._supported(describe)
        listing = spec.tickers
        if listing is None:
            raise describe.error(
                Kind.UNSUPPORTED, QT_TRANSLATE_NOOP("Detail", "it has no all-markets endpoint")
            )
        markets = None
        if spec.markets is not None and not (listing.base and listing.quote):
            markets = await self._markets(spec, describe)

        def read(document: object, fetched_at: int, latency_ms: int, url: str) -> AllTickers:
            return read_and_rank(
                spec, document, markets=markets, fetched_at=fetched_at,
                latency_ms=latency_ms, url=url,
            )  # fmt: skip

        return await self._fetch_list(spec, listing, describe, read)

    # -- candles ---------------------------------------------------------------------------------
    async def fetch_candles(
        self, exchange: str, symbol: str, timeframe: str, limit: int = DEFAULT_LIMIT
    ) -> Candles:
        """The newest ``limit`` candles of ``timeframe`` (oldest first); raises FetchError."""
        describe = self._describer(exchange, symbol)
        if self._closing:
            raise describe.error(
                Kind.CANCELLED, QT_TRANSLATE_NOOP("Detail", "the client is closed")
            )
        spec = self._supported(describe)
        missing = candles_missing(spec, timeframe)
        if missing is not None:
            offered = " ".join(offered_timeframes(spec))
            raise describe.error(Kind.NO_CANDLES, missing, timeframe, offered)
        now_ms = int(self._now().timestamp() * 1000)
        try:
            request = prepare_candles(
                spec, symbol, timeframe, limit, now_ms=now_ms,
                base_url=self._base_urls.get(spec.id),
            )  # fmt: skip
        except UnknownSymbolError as error:
            raise describe.error(Kind.UNKNOWN_SYMBOL, "%1", error) from None

        def read(document: object, fetched_at: int, latency_ms: int, url: str) -> Candles:
            return read_candles(
                spec, request, document, timeframe=timeframe, limit=limit,
                fetched_at=fetched_at, latency_ms=latency_ms, url=url,
            )  # fmt: skip

        # The 2 MB cap of every answer but an all-markets one: 5,000 candles are under 1 MB.
        limit = self.config.max_body_bytes
        return await self._fetch_document(spec, request, describe, read, limit)

    async def _markets(self, spec: ExchangeSpec, describe: Describer) -> Markets:
        """The exchange's markets list, fetched once per client (and again after an hour)."""
        kept = self._market_lists.get(spec.id)
        if kept is not None and time.monotonic() - kept[0] < MARKET_LIST_TTL_S:
            return kept[1]
        listing = spec.markets
        assert listing is not None

        def read(document: object, *_when: object) -> Markets:
            return read_markets(spec, listing, document)

        markets = await self._fetch_list(spec, listing, describe, read)
        self._market_lists[spec.id] = (time.monotonic(), markets)
        return markets

    async def _fetch_list(
        self,
        spec: ExchangeSpec,
        listing: ListSpec,
        describe: Describer,
        read: Callable[[object, int, int, str], T],
    ) -> T:
        """One list request (all tickers, or the markets list), with the client's pacing and
        retries; ``read(document, fetched_at, latency_ms, url)`` runs in a worker thread when
        the answer is big. Raises FetchError."""
        request = prepare_list(spec.id, listing, self.base_url(spec.id) or spec.api)
        limit = self.config.max_list_bytes
        return await self._fetch_document(spec, request, describe, read, limit)

    async def _fetch_document(
        self,
        spec: ExchangeSpec,
        request: PreparedRequest,
        describe: Describer,
        read: Callable[[object, int, int, str], T],
        limit: int,
    ) -> T:
        """One request whose JSON answer (at most ``limit`` bytes decoded) ``read`` turns into
        a result (in a worker thread when big), with the client's pacing, checks and retries.
        Raises FetchError."""

        async def attempt(budget: _Budget) -> T:
            response, body, latency = await self._exchange(spec, request, describe, budget, limit)
            document = await self._list_document(spec, request, describe, response, body)
            fetched_at = int(self._now().timestamp() * 1000)
            url = redact_url(str(response.url))
            try:
                return await self._off_loop(len(body), read, document, fetched_at, latency, url)
            except PayloadError as error:
                raise describe.error(Kind.BAD_PAYLOAD, "%1", error) from None

        return await self._with_retries(spec, describe, attempt)

    async def _list_document(
        self,
        spec: ExchangeSpec,
        request: PreparedRequest,
        describe: Describer,
        response: httpx.Response,
        body: bytes,
    ) -> object:
        """The decoded JSON of a list answer, after the status and error checks every answer
        gets; raises FetchError."""
        check_answer(
            spec, request, describe, response, body, self._now(), self.config.rate_limit_cooldown
        )
        try:
            document = await self._off_loop(len(body), decode_json, body)
        except PayloadError as error:
            raise describe.error(Kind.BAD_PAYLOAD, "%1", error) from None
        reported = exchange_error(spec, request, document)
        if reported:
            raise describe.error(Kind.EXCHANGE_ERROR, "%1", reported)
        return document

    @staticmethod
    async def _off_loop(
        size: int, function: Callable[..., T], *args: object, **kwargs: object
    ) -> T:
        """``function(*args)`` in a worker thread when the body is big, else right here."""
        if size < OFF_LOOP_BYTES:
            return function(*args, **kwargs)
        return await asyncio.to_thread(function, *args, **kwargs)

    def _prepared(self, spec: ExchangeSpec, symbol: str) -> PreparedRequest:
        """The request for (exchange, symbol), built once: a watchlist asks for the same
        symbols every refresh. Raises UnknownSymbolError for a malformed symbol."""
        key = (spec.id, symbol)
        request = self._requests.get(key)
        if request is None:
            request = prepare_request(spec, symbol, self._base_urls.get(spec.id))
            if len(self._requests) > 10_000:
                self._requests.clear()
            self._requests[key] = request
        return request

    def _host_slot(self, url: str) -> asyncio.Semaphore:
        host = host_key(url)
        if host not in self._host_slots:
            self._host_slots[host] = asyncio.Semaphore(self.config.max_per_host)
        return self._host_slots[host]

    def _bucket(self, spec: ExchangeSpec) -> TokenBucket:
        if spec.id not in self._buckets:
            self._buckets[spec.id] = TokenBucket(spec.rate_limit)
        return self._buckets[spec.id]


class _Budget:
    """The network time budget of one fetch; it starts when the first request is sent."""

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds
        self._deadline: float | None = None

    def start_or_remaining(self) -> float:
        if self._deadline is None:
            self._deadline = time.monotonic() + self._seconds
        return self.remaining()

    def remaining(self) -> float:
        return self._seconds if self._deadline is None else self._deadline - time.monotonic()


def read_and_rank(spec: ExchangeSpec, document: object, **kwargs: Any) -> AllTickers:
    """An all-markets answer read, and its markets' dollar volumes worked out (one worker
    thread's job: nothing of it is left for the UI thread)."""
    return ranked(read_all_tickers(spec, document, **kwargs))
