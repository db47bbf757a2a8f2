"""The fixtures every test package shares (registered in tests/conftest.py), each defined once:
isolated user folders, local servers, a refused URL, the loop runner, the catalogue and windows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from explorer.catalogue.index import CatalogueIndex
from explorer.catalogue.store import bundled_catalogue_path, load
from explorer.storage.folders import HOME_OVERRIDE, UserDirs, user_dirs
from explorer.storage.preferences import Preferences

from .faults import FaultServer
from .loop import LoopRunner
from .servers import RawServer, StreamHandler, refused_port

_PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test: per-user files (preferences, caches, snapshots) in a fresh temporary folder,
    and no proxy from the developer's environment."""
    home = tmp_path / "home"
    monkeypatch.setenv(HOME_OVERRIDE, str(home))
    for name in _PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    return home


@pytest.fixture
def dirs(user_home: Path) -> UserDirs:
    return user_dirs()


@pytest.fixture
def preferences(dirs: UserDirs) -> Preferences:
    return Preferences(dirs.preferences_file, legacy_market_settings=dirs.legacy_market_settings)


@pytest.fixture
def run() -> Iterator[LoopRunner]:
    """Runs a coroutine to completion; fails the test if anything reached the loop's exception
    handler or a task was left pending."""
    runner = LoopRunner()
    yield runner
    assert runner.loop_errors == [], "exceptions reached the event loop's handler"
    assert runner.leaked_tasks == [], "tasks were still pending when the test's coroutine ended"


@pytest.fixture(scope="session")
def _shared_server() -> Iterator[HTTPServer]:
    httpserver = HTTPServer(host="127.0.0.1", port=0, threaded=True)  # slow handlers block no one
    httpserver.start()
    yield httpserver
    httpserver.stop()


@pytest.fixture
def server(_shared_server: HTTPServer) -> Iterator[HTTPServer]:
    """A threaded pytest-httpserver on 127.0.0.1, cleared before and after each test."""
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
    """A 127.0.0.1 URL whose port is bound but not listening, so connecting is refused."""
    with refused_port() as url:
        yield url


@pytest.fixture(scope="session")
def fault_server() -> Iterator[FaultServer]:
    """Every hostile server of tests/helpers/faults.py, over HTTP and HTTPS (a test CA)."""
    with FaultServer(tls=True) as faults:
        yield faults


@pytest.fixture(scope="session")
def index() -> CatalogueIndex:
    return CatalogueIndex(load(bundled_catalogue_path()))


@pytest.fixture
def loop(qapp: Any) -> Iterator[Any]:
    """The app's asyncio loop on Qt's (qasync), for tests that drive the window's services."""
    from explorer.qt.shell.app import qt_event_loop

    with qt_event_loop(qapp) as running:
        yield running


@pytest.fixture
def make_window(qtbot: Any, index: CatalogueIndex, dirs: UserDirs) -> Callable[..., Any]:
    """Builds the main window as start-up does; ``attach=False`` leaves the services out (as
    before the first paint), ``catalogue`` swaps in another index."""
    from explorer.live.services import Services
    from explorer.qt.shell.bridge import ServiceBridge
    from explorer.qt.widgets.main_window import MainWindow

    def make(attach: bool = True, catalogue: CatalogueIndex | None = None) -> MainWindow:
        prefs = Preferences(
            dirs.preferences_file, legacy_market_settings=dirs.legacy_market_settings
        )
        window = MainWindow(catalogue or index, prefs)
        if attach:  # as the app does once the window has been painted
            window.attach(ServiceBridge(Services(dirs, prefs, trust_env=False)))
        qtbot.addWidget(window)
        return window

    return make
