"""Closing the window with ~200 fetches hung or queued: the real app exits fast and clean."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from explorer.market import bundled_specs

DRIVER = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from explorer.qt.shell import startup

    real_attach = startup.attach_services

    def attach(app, window, dirs):
        bridge = real_attach(app, window, dirs)

        def close():
            print("closing", time.time(), flush=True)
            window.close()

        def go():
            window.tree.select_path(["019", "US", "kraken"])  # a 150-symbol watchlist
            window.compare("BTC/USDT", "")  # every priced exchange
            QTimer.singleShot(1500, close)

        QTimer.singleShot(200, go)
        return bridge

    startup.attach_services = attach
    from explorer.qt.shell.app import run_app
    sys.exit(run_app())
    """
)


@pytest.fixture
def hanging_server() -> Iterator[tuple[str, list[socket.socket]]]:
    """Accepts every connection and never answers (bounded: closed when the test ends)."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                continue
            accepted.append(connection)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}", accepted
    stop.set()
    thread.join(2)
    for connection in accepted:
        connection.close()
    listener.close()


def test_closing_with_requests_in_flight(tmp_path: Path, hanging_server) -> None:
    url, accepted = hanging_server
    exchanges = sorted(bundled_specs().exchanges)
    (tmp_path / "config").mkdir(parents=True)
    (tmp_path / "config" / "market-settings.json").write_text(
        json.dumps({"base_urls": {e: f"{url}/{e}" for e in exchanges}})
    )
    symbols = ",".join(f"C{n}/USD" for n in range(150))
    (tmp_path / "config" / "settings.ini").write_text(f'[watchlist]\\nkraken="{symbols}"\\n')
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(EXCHANGE_EXPLORER_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    with subprocess.Popen(
        [sys.executable, "-c", DRIVER], env=env, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    ) as child:  # fmt: skip
        assert child.stdout is not None and child.stderr is not None
        line = child.stdout.readline()
        assert line.startswith("closing"), child.stderr.read()
        closed_at = float(line.split()[1])
        child.wait(timeout=30)
        gone_after = time.time() - closed_at
        stderr = child.stderr.read()
    assert child.returncode == 0, stderr
    assert "Task was destroyed" not in stderr and "Fatal Python error" not in stderr
    assert "Traceback" not in stderr, stderr[-3000:]
    assert len(accepted) >= 8  # a per-host cap's worth were hanging at the server, the rest queued
    print(f"exit {gone_after:.3f} s after the close")
    assert gone_after < 0.5, f"process took {gone_after:.3f} s to exit"
