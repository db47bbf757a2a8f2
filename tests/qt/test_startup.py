"""Start-up's wait for the first paint: it ends at the paint, and never hangs without one."""

from __future__ import annotations

import pytest

from explorer.qt.shell import startup


def test_waits_for_the_tree_to_be_painted(make_window, qapp) -> None:
    window = make_window(attach=False)
    window.show()
    painted: list[bool] = []
    startup.after_first_paint(window, lambda: painted.append(True))
    assert startup.wait_for_first_paint(qapp, window)
    assert painted == [True]


def test_a_window_never_painted_does_not_hang_start_up(
    make_window, qapp, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(startup, "FIRST_PAINT_WAIT_MS", 50)
    window = make_window(attach=False)  # not shown, so not painted
    assert not startup.wait_for_first_paint(qapp, window)
    painted: list[bool] = []
    startup.after_first_paint(window, lambda: painted.append(True))
    window.show()  # painted at last: the abandoned wait must not call back into a dead loop
    qtbot.waitUntil(lambda: painted == [True])


def test_the_chart_and_alert_windows_load_on_first_use_only(tmp_path) -> None:
    """Start-up stays the floor window's plus the tree: nothing of the chart, Compare's bar
    chart or the alerts dialog is imported until it is opened."""
    import os
    import subprocess
    import sys

    lazy = [
        "explorer.qt.widgets.candle_chart",
        "explorer.qt.widgets.chart_pane",
        "explorer.qt.widgets.spread_chart",
        "explorer.qt.widgets.alerts_dialog",
    ]
    code = (
        "import atexit, sys\n"
        "from explorer.cli import run\n"
        f"atexit.register(lambda: print([m for m in {lazy!r} if m in sys.modules]))\n"
        "sys.exit(run(['--exit-after-startup']))\n"
    )
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "EXCHANGE_EXPLORER_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
