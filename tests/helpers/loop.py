"""Running coroutines in tests: on a fresh loop that records what reaches its exception handler
and which tasks are left pending (asyncio.Runner would quietly cancel those)."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class LoopRunner:
    """Runs coroutines on a fresh loop whose exception handler records every call.

    It also records tasks still pending when the coroutine returns: ``asyncio.Runner`` would
    quietly cancel those, hiding leaks that "Task was destroyed but it is pending" reveals.
    """

    def __init__(self) -> None:
        self.loop_errors: list[dict[str, Any]] = []
        self.leaked_tasks: list[asyncio.Task[Any]] = []

    def __call__(self, coroutine: Coroutine[Any, Any, T]) -> T:
        async def checked() -> T:
            result = await coroutine
            current = asyncio.current_task()
            # Let just-cancelled tasks, and the finalizers of abandoned async generators the GC
            # schedules (httpx streams), finish their last steps; what is left after that leaked.
            for _ in range(10):
                if not [task for task in asyncio.all_tasks() if task is not current]:
                    break
                await asyncio.sleep(0)
            self.leaked_tasks += [task for task in asyncio.all_tasks() if task is not current]
            return result

        with asyncio.Runner() as runner:
            runner.get_loop().set_exception_handler(
                lambda _loop, context: self.loop_errors.append(context)
            )
            result = runner.run(checked())
            gc.collect()  # "Task was destroyed but it is pending" is reported on collection
        gc.collect()
        return result


def run_checked(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run ``coroutine`` on a fresh :class:`LoopRunner`; nothing may reach the loop's exception
    handler and no task may be left pending (the ``run`` fixture does the same per test)."""
    runner = LoopRunner()
    result = runner(coroutine)
    assert runner.loop_errors == [], "exceptions reached the event loop's handler"
    assert runner.leaked_tasks == [], "tasks were still pending when the coroutine ended"
    return result


async def next_emission(signal: Any, predicate: Any = lambda *args: True) -> tuple:
    """Await the next emission of a Qt ``signal`` that satisfies ``predicate`` (on the qasync
    loop: ``qtbot.waitSignal`` cannot run inside a coroutine there)."""
    future: asyncio.Future[tuple] = asyncio.get_running_loop().create_future()

    def fire(*args: object) -> None:
        if predicate(*args) and not future.done():
            future.set_result(args)

    signal.connect(fire)
    try:
        return await asyncio.wait_for(future, 20)
    finally:
        signal.disconnect(fire)


async def until(condition: Any, timeout: float = 20) -> None:
    """Wait on the running loop until ``condition()`` holds; fail the test after ``timeout``."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.01)
