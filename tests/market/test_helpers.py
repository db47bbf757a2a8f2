"""The test harness itself can fail: it notices leaked tasks and loop-handler exceptions."""

from __future__ import annotations

import asyncio

from ..helpers.loop import LoopRunner


def test_runner_reports_tasks_left_pending() -> None:
    runner = LoopRunner()

    async def leak() -> None:
        asyncio.get_running_loop().create_task(asyncio.Event().wait())

    runner(leak())

    assert len(runner.leaked_tasks) == 1


def test_runner_reports_exceptions_reaching_the_loop_handler() -> None:
    runner = LoopRunner()

    async def unretrieved_exception() -> None:
        async def fail() -> None:
            raise RuntimeError("nobody awaits me")

        task = asyncio.get_running_loop().create_task(fail())
        await asyncio.sleep(0)
        del task

    runner(unretrieved_exception())

    assert [str(context.get("exception")) for context in runner.loop_errors] == ["nobody awaits me"]
