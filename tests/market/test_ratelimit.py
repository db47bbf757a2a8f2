"""The token bucket, on a fake clock (no real time passes, nothing depends on speed)."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from explorer.market.pacing import TokenBucket

from ..helpers.loop import LoopRunner


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


async def grant_times(bucket: TokenBucket, clock: FakeClock, count: int) -> list[float]:
    times: list[float] = []

    async def one() -> None:
        await bucket.acquire()
        times.append(clock.now)

    await asyncio.gather(*(one() for _ in range(count)))
    return times


@pytest.mark.parametrize("rate", [0.5, 1.0, 20.0])
def test_spacing_is_one_over_rate(run: LoopRunner, rate: float) -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate, clock=clock, sleep=clock.sleep)

    times = run(grant_times(bucket, clock, 6))

    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert times[0] == 1000.0  # the first request does not wait
    assert gaps == pytest.approx([1 / rate] * 5)


def test_burst_then_steady_rate(run: LoopRunner) -> None:
    clock = FakeClock()
    bucket = TokenBucket(10, burst=3, clock=clock, sleep=clock.sleep)

    times = run(grant_times(bucket, clock, 6))

    assert times[:3] == [1000.0] * 3
    assert [round(t - 1000, 6) for t in times[3:]] == [0.1, 0.2, 0.3]


def test_idle_time_refills_up_to_burst_only(run: LoopRunner) -> None:
    clock = FakeClock()
    bucket = TokenBucket(1, burst=2, clock=clock, sleep=clock.sleep)

    async def scenario() -> list[float]:
        await grant_times(bucket, clock, 2)
        clock.now += 3600  # a long idle hour earns no more than the burst
        start = clock.now
        return [t - start for t in await grant_times(bucket, clock, 3)]

    assert run(scenario()) == pytest.approx([0.0, 0.0, 1.0])


def test_cancelled_waiter_consumes_nothing(run: LoopRunner) -> None:
    clock = FakeClock()
    gate = asyncio.Event

    async def scenario() -> list[float]:
        never = gate()

        async def stalled_sleep(_seconds: float) -> None:
            await never.wait()

        bucket = TokenBucket(1, clock=clock, sleep=stalled_sleep)
        await bucket.acquire()  # uses the only token
        waiter = asyncio.create_task(bucket.acquire())
        await asyncio.sleep(0)
        waiter.cancel()
        await asyncio.gather(waiter, return_exceptions=True)
        clock.now += 1  # one token's worth of time
        await bucket.acquire()  # must not need to sleep (stalled_sleep would hang)
        return [clock.now]

    assert run(scenario()) == [1001.0]


@pytest.mark.parametrize(("rate", "burst"), [(0, 1), (-1, 1), (1, 0.5)])
def test_rejects_nonsense(rate: float, burst: float) -> None:
    with pytest.raises(ValueError, match="rate"):
        TokenBucket(rate, burst=burst)
