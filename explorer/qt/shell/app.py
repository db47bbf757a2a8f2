"""The desktop entry point: the one module that owns the QApplication and the qasync loop."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from explorer.catalogue.user_catalogue import load_current
from explorer.storage.folders import UserDirs, user_dirs

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtWidgets import QApplication

    from explorer.qt.widgets.main_window import MainWindow

log = logging.getLogger("explorer")


def display_problem() -> str | None:
    """Why Qt could not open a window here, in words a person can act on; None if it can."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if sys.platform != "linux" or (platform and not platform.startswith("xcb")):
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "exchange-explorer: no display (DISPLAY is not set). Run it in a desktop session or "
            "under a virtual display (xvfb-run exchange-explorer); the catalogue CLI needs none: "
            "exchange-explorer catalogue --help"
        )
    import ctypes.util  # only here: it is slow to import and only X11 needs the check

    if not os.environ.get("WAYLAND_DISPLAY") and ctypes.util.find_library("xcb-cursor") is None:
        return (
            "exchange-explorer: Qt's X11 (xcb) platform plugin needs libxcb-cursor0; install it "
            "(Debian/Ubuntu: apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 "
            "libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0), or use QT_QPA_PLATFORM=wayland"
        )
    return None


def run_app(*, exit_after_startup: bool = False) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    with startup_objects_frozen():
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
        for noisy in ("httpx", "httpcore", "hpack", "h2"):  # a line per request, URLs included
            logging.getLogger(noisy).setLevel(logging.WARNING)
        # Plain Python before Qt: PySide6 reads the source of every module imported after it
        # (~0.6 ms each), so what the window needs of it is imported and loaded first.
        import explorer.catalogue.browse
        import explorer.catalogue.index  # noqa: F401
        from explorer.storage.preferences import Preferences

        dirs = user_dirs()
        catalogue = load_current(dirs)
        preferences = Preferences(
            dirs.preferences_file, legacy_market_settings=dirs.legacy_market_settings
        )

        from PySide6.QtWidgets import QApplication

        from explorer.qt.shell import error_hooks, startup

        app = QApplication(sys.argv)
        app.setApplicationName("Exchange Explorer")
        app.setOrganizationName("ExchangeExplorer")
        app.setDesktopFileName("exchange-explorer")
        # Closing the window shuts the services down while the loop still runs (cancelled
        # fetches must unwind inside it), and only then ends the loop.
        app.setQuitOnLastWindowClosed(False)
        error_hooks.install()
        try:
            window = startup.create_main_window(app, catalogue, dirs, preferences)
            # Painted before asyncio and the network code are even imported (~35 ms sooner).
            window.show()
            painted = startup.wait_for_first_paint(app, window)
        except BaseException:
            error_hooks.uninstall()
            raise
    try:
        if not painted or exit_after_startup:
            window.close()
            return 0
        run_services(app, window, dirs)
    finally:
        error_hooks.uninstall()
    return 0


@contextmanager
def startup_objects_frozen() -> Iterator[None]:
    """No garbage collection while the window is built; then what start-up made (modules,
    the catalogue, Qt's wrappers: ~30,000 objects, kept for the whole session) is frozen out
    of later collections. Start-up makes almost no cycles, yet ~60 collections scanned it
    (~6 ms), and each full collection afterwards, on the UI thread, would scan it again (and
    one at exit, ~12 ms)."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def run_services(app: QApplication, window: MainWindow, dirs: UserDirs) -> None:
    """Attach the network services to the painted window and run the asyncio loop on Qt's
    until the window is closed and every task has unwound."""
    import asyncio

    from PySide6.QtCore import QTimer

    from explorer.qt.shell import startup

    with qt_event_loop(app) as loop:
        finished = asyncio.Event()
        app.aboutToQuit.connect(finished.set)  # a quit from elsewhere (session end, signal)
        bridge = startup.attach_services(app, window, dirs)
        shutting_down: list[asyncio.Task[None]] = []  # a strong reference to the task

        async def shut_down() -> None:
            await bridge.aclose()  # cancel tasks, close clients: nothing left pending
            finished.set()

        app.lastWindowClosed.connect(lambda: shutting_down.append(loop.create_task(shut_down())))
        # Build the network services off the UI thread, so that no fetch stalls it.
        QTimer.singleShot(500, bridge.warm_up)
        loop.run_until_complete(finished.wait())
        loop.run_until_complete(bridge.aclose())


@contextmanager
def qt_event_loop(app: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """The asyncio loop running on Qt's, its unexpected errors going to the error dialog.

    An explicit ``QEventLoop`` block rather than ``qasync.run()``: with PySide6 6.12 the latter
    aborted at interpreter exit after bursts of requests (tests/qt/test_entry.py checks ours).
    """
    import asyncio

    import PySide6.QtWidgets  # noqa: F401  (PySide6 before qasync, or qasync may pick PyQt)
    import qasync

    from explorer.qt.shell import error_hooks

    with qasync.QEventLoop(app) as loop:
        asyncio.set_event_loop(loop)
        loop.set_exception_handler(error_hooks.loop_exception_handler)
        try:
            yield loop
        finally:
            asyncio.set_event_loop(None)
