"""Start-up: ``exchange-explorer --exit-after-startup`` against a bare PySide6 QMainWindow that
exits after its first paint. Interleaved runs, offscreen; prints medians and their ratio (goal
<= 1.15).

Also timed, for context: the least a window showing a catalogue tree costs in PySide6 (the
"floor": a QTreeView over a C++ QStandardItemModel of 5 regions x 40 rows, using the ``Qt``
namespace, no data loaded, no Python model, no flags, no menus)."""

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

FLOOR = BARE.replace(
    "window.resize(1200, 760)",
    """window.resize(1200, 760)
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView
model = QStandardItemModel()
for r in range(5):
    region = QStandardItem(f"Region {r}")
    for c in range(40):
        region.appendRow([QStandardItem(f"Country {r}.{c}"), QStandardItem(str(c))])
    model.appendRow([region, QStandardItem("40")])
view = QTreeView()
view.setModel(model)
view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
view.expandToDepth(0)
window.setCentralWidget(view)""",
)


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
    floor = [sys.executable, "-c", FLOOR]
    for command in (app, bare, floor):
        time_command(command, env)  # warm the file and bytecode caches
    app_times, bare_times, floor_times = [], [], []
    for _ in range(RUNS):
        app_times.append(time_command(app, env))
        bare_times.append(time_command(bare, env))
        floor_times.append(time_command(floor, env))
    ratios = [a / b for a, b in zip(app_times, bare_times, strict=True)]
    floor_ratios = [f / b for f, b in zip(floor_times, bare_times, strict=True)]
    json.dump(
        {
            "runs": RUNS,
            "app_median_s": round(statistics.median(app_times), 4),
            "bare_qmainwindow_median_s": round(statistics.median(bare_times), 4),
            "median_ratio": round(statistics.median(ratios), 3),
            "goal_ratio": 1.15,
            "floor_tree_median_s": round(statistics.median(floor_times), 4),
            "floor_median_ratio": round(statistics.median(floor_ratios), 3),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
