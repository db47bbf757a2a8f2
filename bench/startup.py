"""Start-up: ``exchange-explorer --exit-after-startup`` against the floor, a PySide6 window with
the app's parts and nothing else (a menu bar with four menus, a search field, a QTreeView over
a C++ QStandardItemModel of 5 regions x 40 rows, a label on the right in a splitter) that exits
after its first paint. Interleaved runs, offscreen; prints medians and the ratio app/floor
(goal <= 1.25). A bare QMainWindow is timed too, for context."""

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
GOAL = 1.25
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
from PySide6.QtWidgets import QLabel, QLineEdit, QSplitter, QTreeView, QVBoxLayout, QWidget
for title in ("&File", "&Edit", "&Tools", "&Help"):
    window.menuBar().addMenu(title)
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
left = QWidget()
column = QVBoxLayout(left)
search = QLineEdit()
search.setPlaceholderText("Search")
column.addWidget(search)
column.addWidget(view)
split = QSplitter()
split.addWidget(left)
split.addWidget(QLabel("Choose a region, a country or an exchange on the left."))
window.setCentralWidget(split)""",
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
    ratios = [a / f for a, f in zip(app_times, floor_times, strict=True)]
    bare_ratios = [a / b for a, b in zip(app_times, bare_times, strict=True)]
    ratio = statistics.median(ratios)
    json.dump(
        {
            "runs": RUNS,
            "app_median_s": round(statistics.median(app_times), 4),
            "floor_median_s": round(statistics.median(floor_times), 4),
            "median_ratio_to_floor": round(ratio, 3),
            "goal_ratio_to_floor": GOAL,
            "met": ratio <= GOAL,
            "bare_qmainwindow_median_s": round(statistics.median(bare_times), 4),
            "median_ratio_to_bare": round(statistics.median(bare_ratios), 3),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
