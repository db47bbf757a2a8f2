"""Retry policy: exponential backoff with jitter, Retry-After, and the time budget."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.market.pacing import RetryPolicy, parse_retry_after

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
POLICY = RetryPolicy(attempts=4, base_delay=0.5, max_delay=3.0, max_retry_after=5.0)


@given(st.integers(1, 20), st.integers())
def test_backoff_grows_exponentially_within_jitter_and_cap(retry: int, seed: int) -> None:
    ceiling = min(POLICY.max_delay, POLICY.base_delay * 2 ** (retry - 1))
    delay = POLICY.backoff(retry, random.Random(seed))
    assert ceiling / 2 <= delay <= ceiling


def test_backoff_is_jittered() -> None:
    rng = random.Random(1)
    assert len({POLICY.backoff(3, rng) for _ in range(20)}) > 1


def delay(**overrides: Any) -> float | None:
    arguments: dict[str, Any] = {
        "attempt": 1,
        "retryable": True,
        "retry_at": None,
        "now": NOW,
        "remaining": 60.0,
        "rng": random.Random(0),
    }
    return POLICY.delay_before_retry(**(arguments | overrides))


def test_retries_transient_failures_until_attempts_run_out() -> None:
    assert [delay(attempt=n) is not None for n in range(1, 6)] == [True, True, True, False, False]


def test_never_retries_permanent_failures() -> None:
    assert delay(retryable=False) is None


def test_waits_at_least_as_long_as_retry_after_asks() -> None:
    assert delay(retry_at=NOW + timedelta(seconds=4)) == 4.0


def test_gives_up_when_retry_after_is_too_far() -> None:
    assert delay(retry_at=NOW + timedelta(seconds=6)) is None


def test_does_not_start_a_retry_the_budget_cannot_cover() -> None:
    assert delay(remaining=0.1) is None
    assert delay(retry_at=NOW + timedelta(seconds=4), remaining=3.0) is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", NOW + timedelta(seconds=120)),
        (" 0 ", NOW),
        ("1.5", NOW + timedelta(seconds=1.5)),
        (format_datetime(NOW + timedelta(hours=2), usegmt=True), NOW + timedelta(hours=2)),
        (format_datetime(NOW - timedelta(hours=2), usegmt=True), NOW),  # past dates mean now
        ("1e30", NOW + timedelta(days=1)),  # absurd values are capped
        ("-5", None),
        ("nan", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(header: str | None, expected: datetime | None) -> None:
    assert parse_retry_after(header, NOW) == expected
