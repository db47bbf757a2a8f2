"""NamedTasks: a new task of a name cancels its predecessor; shutdown leaves nothing pending."""

from __future__ import annotations

import asyncio
import gc

import pytest

from explorer.live.tasks import NamedTasks


def test_a_new_task_of_a_name_cancels_the_old_one() -> None:
    async def scenario() -> tuple[bool, str]:
        tasks = NamedTasks()
        slow = tasks.start("ticker", asyncio.sleep(10))
        fast = tasks.start("ticker", asyncio.sleep(0, result="new"))
        result = await fast
        await asyncio.sleep(0)
        return slow.cancelled(), result

    cancelled, result = asyncio.run(scenario())
    assert cancelled and result == "new"


def test_other_names_are_left_alone_and_references_are_kept() -> None:
    async def scenario() -> list[str]:
        tasks = NamedTasks()
        finished: list[str] = []

        async def work(name: str) -> None:
            await asyncio.sleep(0.01)
            finished.append(name)

        tasks.start("a", work("a"))
        tasks.start("b", work("b"))
        gc.collect()  # asyncio alone keeps only weak references to tasks
        while len(tasks):
            await asyncio.sleep(0.005)
        return sorted(finished)

    assert asyncio.run(scenario()) == ["a", "b"]


def test_shutdown_cancels_and_awaits_everything() -> None:
    async def scenario() -> tuple[int, bool]:
        tasks = NamedTasks()
        started = [tasks.start(f"t{n}", asyncio.sleep(10)) for n in range(20)]
        await tasks.shutdown()
        return len(tasks), all(t.cancelled() for t in started)

    assert asyncio.run(scenario()) == (0, True)


def test_failures_reach_the_done_callback() -> None:
    async def boom() -> None:
        raise ValueError("bad payload")

    async def scenario() -> BaseException | None:
        tasks = NamedTasks()
        seen: list[BaseException | None] = []
        tasks.start("x", boom(), on_done=lambda task: seen.append(task.exception()))
        while len(tasks):
            await asyncio.sleep(0)
        return seen[0]

    assert isinstance(asyncio.run(scenario()), ValueError)


def test_starting_without_a_running_loop_is_refused_cleanly() -> None:
    async def never() -> None:  # pragma: no cover - must not run
        raise AssertionError

    with pytest.raises(RuntimeError):
        NamedTasks().start("x", never())
