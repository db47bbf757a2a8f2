"""Local servers for tests and benchmarks: raw asyncio peers that misbehave on purpose, and a
slow keep-alive JSON server that counts concurrency."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import threading
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator

StreamHandler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


class RawServer:
    """A bare asyncio TCP server on 127.0.0.1 in its own thread, for misbehaving peers.

    ``listeners`` > 1 opens more ports served by the same handler on the same loop (several
    "hosts" for per-host limits).
    """

    def __init__(
        self, handler: StreamHandler, listeners: int = 1, *, tls: ssl.SSLContext | None = None
    ) -> None:
        self._handler = handler
        self._listeners = listeners
        self._tls = tls
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

    def __enter__(self) -> RawServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        for _ in range(self._listeners):
            server = self._loop.run_until_complete(
                asyncio.start_server(self._track, "127.0.0.1", 0, backlog=2048, ssl=self._tls)
            )
            self._servers.append(server)
            scheme = "https" if self._tls else "http"
            self.urls.append(f"{scheme}://127.0.0.1:{server.sockets[0].getsockname()[1]}")
        self._ready.set()
        self._loop.run_forever()

    async def _track(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            await self._handler(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                asyncio.CancelledError, ssl.SSLError):  # fmt: skip
            pass  # the client hung up, or the server is stopping
        finally:
            self._connections.discard(task)
            writer.close()
            with contextlib.suppress(ConnectionError, ssl.SSLError, asyncio.CancelledError):
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


@contextlib.contextmanager
def refused_port() -> Iterator[str]:
    """``http://127.0.0.1:<port>`` of a port that is bound but not listening: connecting is
    refused (no other process can take the port meanwhile)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
