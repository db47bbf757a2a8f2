"""Fixtures for the market tests (helpers live in ``helpers.py``)."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator

import pytest
from pytest_httpserver import HTTPServer

from explorer.market import MarketSpecs, load_specs

from .helpers import FIXTURES, LoopRunner, RawServer, StreamHandler


@pytest.fixture(scope="session")
def specs() -> MarketSpecs:
    return load_specs(FIXTURES / "spec.toml", strict=True)


@pytest.fixture
def run() -> Iterator[LoopRunner]:
    runner = LoopRunner()
    yield runner
    assert runner.loop_errors == [], "exceptions reached the event loop's handler"
    assert runner.leaked_tasks == [], "tasks were still pending when the test's coroutine ended"


@pytest.fixture(scope="session")
def _shared_server() -> Iterator[HTTPServer]:
    httpserver = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    httpserver.start()
    yield httpserver
    httpserver.stop()


@pytest.fixture
def server(_shared_server: HTTPServer) -> Iterator[HTTPServer]:
    """A threaded pytest-httpserver on 127.0.0.1 (threaded: slow handlers block no one)."""
    _shared_server.clear()
    yield _shared_server
    _shared_server.clear()


@pytest.fixture
def raw_server() -> Iterator[Callable[..., RawServer]]:
    """Starts ``RawServer(handler, listeners=1)``; stops them all after the test."""
    started: list[RawServer] = []

    def start(handler: StreamHandler, listeners: int = 1) -> RawServer:
        started.append(RawServer(handler, listeners).start())
        return started[-1]

    yield start
    for raw in started:
        raw.stop()


@pytest.fixture
def refused_url() -> Iterator[str]:
    """A 127.0.0.1 port that is bound but not listening, so connecting is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
