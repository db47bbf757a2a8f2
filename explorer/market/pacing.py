"""How the engine paces itself: the client's limits (:class:`ClientConfig`), when to retry
(:class:`RetryPolicy`, ``Retry-After``), and the token buckets that space requests."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random

_LONGEST_RETRY_AFTER = timedelta(days=1)
_EPSILON = 1e-9


if TYPE_CHECKING:
    import random


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 3
    """Tries in total, the first included."""
    base_delay: float = 0.25
    max_delay: float = 4.0
    max_retry_after: float = 5.0
    """A ``Retry-After`` longer than this ends the fetch (the error carries ``retry_at``)."""

    def backoff(self, retry_number: int, rng: random.Random) -> float:
        """Delay before retry ``retry_number`` (1-based): exponential, minus up to half."""
        ceiling = min(self.max_delay, self.base_delay * 2 ** (retry_number - 1))
        return rng.uniform(ceiling / 2, ceiling)

    def delay_before_retry(
        self,
        *,
        attempt: int,
        retryable: bool,
        retry_at: datetime | None,
        now: datetime,
        remaining: float,
        rng: random.Random,
    ) -> float | None:
        """Seconds to wait before the next attempt, or None to give up now.

        ``attempt`` is the number of tries made so far and ``remaining`` the seconds left in the
        fetch's time budget; a retry that could not finish within it is not started.
        """
        if not retryable or attempt >= self.attempts:
            return None
        delay = self.backoff(attempt, rng)
        if retry_at is not None:
            asked = (retry_at - now).total_seconds()
            if asked > self.max_retry_after:
                return None
            delay = max(delay, asked)
        return delay if delay < remaining else None


def parse_retry_after(value: str | None, now: datetime) -> datetime | None:
    """The moment a ``Retry-After`` header (delay seconds or HTTP-date) points to, or None."""
    if not value:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        if not seconds >= 0:  # also rejects NaN
            return None
        return now + timedelta(seconds=min(seconds, _LONGEST_RETRY_AFTER.total_seconds()))
    from email.utils import parsedate_to_datetime  # slow to import; HTTP-dates are rare

    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return min(max(moment, now), now + _LONGEST_RETRY_AFTER)


@dataclass(frozen=True, slots=True)
class ClientConfig:
    timeout: float = 10.0
    """Seconds one ticker may take on the network, retries included (queueing excluded)."""
    connect_timeout: float = 5.0
    max_concurrency: int = 256
    """Requests in flight at once, all exchanges together: more than a compare across every
    priced exchange needs, so that latency, not this cap, sets its pace."""
    max_per_host: int = 8
    """Requests in flight at once to one ``scheme://host:port``."""
    start_rate: float = 2000.0
    """New requests per second, all exchanges together (``start_burst`` back to back). Spacing
    the starts of a burst spaces its responses too, so the UI thread running the loop handles a
    few at a time instead of dozens in one go. 2,000/s keeps a 200-exchange compare's frames
    on time (bench/ui_stall.py) and 200 fetches within ccxt's pace (bench/engine_vs_ccxt.py)."""
    start_burst: int = 8
    max_body_bytes: int = 2 * 1024 * 1024
    #: An all-markets answer (a few thousand markets is a few MB).
    max_list_bytes: int = 32 * 1024 * 1024
    rate_limit_cooldown: float = 30.0
    """How long to leave an exchange alone after a 429 that did not say (``Retry-After``)."""
    http2: bool = True
    """Use HTTP/2 where the server offers it (needs the ``h2`` package; else HTTP/1.1)."""
    trust_env: bool = True
    """Honour HTTP(S)_PROXY / NO_PROXY / SSL_CERT_FILE; tests turn this off."""
    proxy: str | None = None
    """None: the environment's proxy (with ``trust_env``); "": none; a URL: that proxy."""
    retry: RetryPolicy = field(default_factory=RetryPolicy)


class TokenBucket:
    """Allows ``rate`` acquisitions per second on average and at most ``burst`` back to back.

    The default burst of 1 spaces requests at least ``1/rate`` seconds apart, which stays within
    every way exchanges count "N requests per second". Waiters are served in arrival order;
    cancelling a waiter does not consume a token.
    """

    def __init__(
        self,
        rate: float,
        *,
        burst: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        if not rate > 0 or not burst >= 1:
            raise ValueError("rate must be > 0 and burst >= 1")
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._sleep = sleep
        self._tokens = burst
        self._updated = clock()
        self._lock = asyncio.Lock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate)
        self._updated = now

    async def acquire(self) -> None:
        async with self._lock:
            self._refill()
            while self._tokens < 1 - _EPSILON:  # float sums like 20 * 0.05 land just below 1
                await self._sleep((1 - self._tokens) / self.rate)
                self._refill()
            self._tokens = max(0.0, self._tokens - 1)
