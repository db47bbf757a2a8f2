"""Named asyncio tasks: strong references kept, and a new task of a name cancels the old one."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


class NamedTasks:
    """Owns every task it starts (asyncio itself keeps only weak references to tasks)."""

    def __init__(self) -> None:
        self._named: dict[str, asyncio.Task[Any]] = {}
        self._running: set[asyncio.Task[Any]] = set()

    def start(
        self,
        name: str,
        coro: Coroutine[Any, Any, T],
        on_done: Callable[[asyncio.Task[T]], None] | None = None,
    ) -> asyncio.Task[T]:
        """Run ``coro`` on the running loop; a running task of the same ``name`` is cancelled.

        Raises RuntimeError (and closes ``coro``) when no event loop is running.
        """
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            coro.close()
            raise
        self.cancel(name)
        task = loop.create_task(coro, name=name)
        self._named[name] = task
        self._running.add(task)

        def finished(done: asyncio.Task[T]) -> None:
            self._running.discard(done)
            if self._named.get(name) is done:
                del self._named[name]
            if on_done is not None:
                on_done(done)
            elif not done.cancelled() and done.exception() is not None:
                log.error("task %s failed", name, exc_info=done.exception())

        task.add_done_callback(finished)
        return task

    def cancel(self, name: str) -> None:
        task = self._named.pop(name, None)
        if task is not None:
            task.cancel()

    def current(self, name: str) -> asyncio.Task[Any] | None:
        """The task now running under ``name``, if any."""
        task = self._named.get(name)
        return task if task is not None and not task.done() else None

    def running(self, name: str) -> bool:
        task = self._named.get(name)
        return task is not None and not task.done()

    def __len__(self) -> int:
        return len(self._running)

    async def shutdown(self) -> None:
        """Cancel everything and wait until every task has really finished."""
        tasks = list(self._running)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._named.clear()
