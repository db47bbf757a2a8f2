"""The real entry point, in subprocesses: start-up, versions, no display, and a clean exit."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from pytest_httpserver import HTTPServer

SCRIPT = Path(sys.executable).with_name("exchange-explorer")


def _run(args: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        args, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(EXCHANGE_EXPLORER_HOME=str(home), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def test_exit_after_startup(tmp_path: Path) -> None:
    result = _run([str(SCRIPT), "--exit-after-startup"], _env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "cache" / "logos").exists()  # start-up made no request


def test_qt_logging_during_shutdown_does_not_crash(tmp_path: Path) -> None:
    """Qt logs after Python has shut down; a still-installed Python handler segfaulted (139)."""
    result = _run([str(SCRIPT), "--exit-after-startup"], _env(tmp_path, QT_DEBUG_PLUGINS="1"))
    assert result.returncode == 0, result.stderr[-2000:]


def test_version_names_every_part(tmp_path: Path) -> None:
    result = _run([str(SCRIPT), "--version"], _env(tmp_path))
    assert result.returncode == 0
    for name in (
        "Exchange Explorer",
        "Qt ",
        "PySide6",
        "httpx",
        "catalogue: 241 exchanges",
        "newest ccxt-4.5.90, 2026-10-23",
    ):
        assert name in result.stdout


def test_no_display_says_what_to_do(tmp_path: Path) -> None:
    env = _env(tmp_path)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    result = _run([str(SCRIPT)], env)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "no display" in result.stderr and "xvfb-run" in result.stderr


BURST = textwrap.dedent(
    """
    import asyncio, sys
    import httpx
    from PySide6.QtWidgets import QApplication
    from explorer.qt.shell.app import qt_event_loop
    from explorer.live.tasks import NamedTasks

    async def burst(url):
        tasks = NamedTasks()
        async with httpx.AsyncClient(trust_env=False, timeout=10) as client:
            for n in range(80):
                tasks.start(f"r{n}", client.get(url))
            while len(tasks):
                await asyncio.sleep(0.01)
        return "done"

    app = QApplication(sys.argv)
    with qt_event_loop(app) as loop:
        print(loop.run_until_complete(burst(sys.argv[1])))
    """
)


def test_burst_of_requests_then_clean_interpreter_exit(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    """PySide6 6.12 + qasync.run() aborted at exit after >= 50 concurrent httpx requests."""
    httpserver.expect_request("/ticker").respond_with_json({"last": "1"})
    result = _run(
        [sys.executable, "-c", BURST, httpserver.url_for("/ticker")],
        _env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "done"
    assert "Fatal Python error" not in result.stderr
    assert "Task was destroyed" not in result.stderr
    assert len(httpserver.log) == 80
