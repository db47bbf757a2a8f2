"""When to try a failed GET again: exponential backoff with jitter, and ``Retry-After``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random

_LONGEST_RETRY_AFTER = timedelta(days=1)


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
