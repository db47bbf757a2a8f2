"""Helpers for the market tests: fixture files, local clients, raw servers, a recording loop."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import threading
from collections import Counter
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

from explorer.market import ClientConfig, MarketClient, MarketSpecs, RetryPolicy

FIXTURES = Path(__file__).parent / "fixtures"
T = TypeVar("T")

StreamHandler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fast_config(**overrides: Any) -> ClientConfig:
    """Production behaviour with test-sized delays, and never a proxy from the environment."""
    values: dict[str, Any] = {
        "trust_env": False,
        "timeout": 3.0,
        "retry": RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05, max_retry_after=1.0),
    }
    return ClientConfig(**(values | overrides))


def local_client(
    specs: MarketSpecs, base_url: str, exchanges: list[str] | None = None, **kwargs: Any
) -> MarketClient:
    """A client that sends every listed exchange (default: all) to ``base_url``."""
    names = exchanges if exchanges is not None else list(specs.exchanges)
    config = kwargs.pop("config", None) or fast_config()
    return MarketClient(specs, config=config, base_urls=dict.fromkeys(names, base_url), **kwargs)


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


class RawServer:
    """A bare asyncio TCP server on 127.0.0.1 in its own thread, for misbehaving peers.

    ``listeners`` > 1 opens more ports served by the same handler on the same loop (several
    "hosts" for per-host limits).
    """

    def __init__(self, handler: StreamHandler, listeners: int = 1) -> None:
        self._handler = handler
        self._listeners = listeners
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._servers: list[asyncio.Server] = []
        self._connections: set[asyncio.Task[None]] = set()
        self.urls: list[str] = []

    @property
    def url(self) -> str:
        return self.urls[0]

    def start(self) -> RawServer:
        self._thread.start()
        self._ready.wait(5)
        return self

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        for _ in range(self._listeners):
            server = self._loop.run_until_complete(
                asyncio.start_server(self._track, "127.0.0.1", 0, backlog=1024)
            )
            self._servers.append(server)
            self.urls.append(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}")
        self._ready.set()
        self._loop.run_forever()

    async def _track(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            await self._handler(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass  # the client hung up, or the server is stopping
        finally:
            self._connections.discard(task)
            writer.close()
            with contextlib.suppress(ConnectionError, asyncio.CancelledError):
                await writer.wait_closed()

    async def _shutdown(self) -> None:
        for server in self._servers:
            server.close()
        connections = list(self._connections)
        for task in connections:
            task.cancel()
        await asyncio.gather(*connections, return_exceptions=True)
        for server in self._servers:
            await server.wait_closed()


async def read_request_head(reader: asyncio.StreamReader) -> bytes:
    return await reader.readuntil(b"\r\n\r\n")


def http_response(body: bytes, *, status: str = "200 OK", headers: str = "") -> bytes:
    """A complete HTTP/1.1 response; ``headers`` are extra ``Name: value\\r\\n`` lines."""
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n{headers}"
    return f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body


def unthrottled(specs: MarketSpecs, *names: str) -> MarketSpecs:
    """``specs`` with the rate limit of the ``names`` exchanges lifted (for many-request tests)."""
    lifted = {name: dataclasses.replace(specs.exchanges[name], rate_limit=1e6) for name in names}
    return dataclasses.replace(specs, exchanges={**specs.exchanges, **lifted})


class SlowJsonServer:
    """Answers every request (keep-alive) with ``body`` after ``delay`` s; tracks concurrency.

    One instance may serve several listening ports; concurrency is tracked per port and in total.
    """

    def __init__(self, body: bytes, delay: float) -> None:
        self._response = http_response(body)
        self._delay = delay
        self.in_flight: Counter[int] = Counter()
        self.most_in_flight: Counter[int] = Counter()
        self.most_in_flight_total = 0
        self.served = 0

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        port = writer.get_extra_info("sockname")[1]
        while True:
            await read_request_head(reader)
            self.in_flight[port] += 1
            self.most_in_flight[port] = max(self.most_in_flight[port], self.in_flight[port])
            self.most_in_flight_total = max(self.most_in_flight_total, self.in_flight.total())
            try:
                await asyncio.sleep(self._delay)
            finally:
                self.in_flight[port] -= 1
            writer.write(self._response)
            await writer.drain()
            self.served += 1
