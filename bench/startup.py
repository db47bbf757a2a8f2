"""Start-up: ``exchange-explorer --exit-after-startup`` against a bare PySide6 QMainWindow that
exits after its first paint. Interleaved runs, offscreen; prints medians and their ratio (goal
<= 1.15)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 15
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 760)
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
sys.exit(app.exec())
"""


def time_command(command: list[str], env: dict[str, str]) -> float:
    """Wall time of one run of ``command`` (output discarded)."""
    start = time.perf_counter()
    subprocess.run(
        command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def main() -> None:
    home = tempfile.mkdtemp(prefix="bench-home-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EXCHANGE_EXPLORER_HOME=home)
    # An installed app has its bytecode compiled (pip does it at install, PyInstaller bundles
    # it); without this, a PYTHONDONTWRITEBYTECODE shell would time compiling our sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app = [str(Path(sys.executable).with_name("exchange-explorer")), "--exit-after-startup"]
    bare = [sys.executable, "-c", BARE]
    time_command(app, env), time_command(bare, env)  # warm the file and bytecode caches
    app_times, bare_times = [], []
    for _ in range(RUNS):
        app_times.append(time_command(app, env))
        bare_times.append(time_command(bare, env))
    ratios = [a / b for a, b in zip(app_times, bare_times, strict=True)]
    json.dump(
        {
            "runs": RUNS,
            "app_median_s": round(statistics.median(app_times), 4),
            "bare_qmainwindow_median_s": round(statistics.median(bare_times), 4),
            "median_ratio": round(statistics.median(ratios), 3),
            "goal_ratio": 1.15,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
