"""Drawing candles: the frame time of panning 1,000 candles, and what each drawing library costs.

Three ways to draw the same 1,000 one-hour candles (a seeded random walk) in a 1,200 x 600 chart,
each panned one candle per frame for 300 frames, every frame rendered into an image
(offscreen, the same raster engine a window uses):

* ``qpainter``: the app's ``CandleChart`` (explorer/qt/widgets/candle_chart.py).
* ``qtcharts``: QtCharts' ``QCandlestickSeries`` over a bar-category axis, panned with
  ``QChart.scroll`` (needs PySide6-Addons).
* ``pyqtgraph``: pyqtgraph's documented candlestick recipe (a ``GraphicsObject`` drawing a
  pre-recorded ``QPicture``), panned with ``setXRange`` (needs pyqtgraph and numpy).

For each: frame ms (median, p99, max), the time to import the library's module in a fresh
interpreter, and the size on disk it adds (the installer ships those files). A peer that is not
installed is reported as such (``pip install PySide6-Addons pyqtgraph`` to measure it).
Goal: the app's chart under 16 ms per frame at p99. Prints one JSON object.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CANDLES = 1_000
FRAMES = 300
SIZE = (1200, 600)


def walk() -> list[tuple[int, float, float, float, float, float]]:
    rng = random.Random(7)
    price, rows = 70_000.0, []
    start = 1_700_000_000_000
    for number in range(CANDLES):
        open_ = price
        close = max(1.0, open_ * (1 + rng.gauss(0, 0.004)))
        high = max(open_, close) * (1 + abs(rng.gauss(0, 0.002)))
        low = min(open_, close) * (1 - abs(rng.gauss(0, 0.002)))
        rows.append((start + number * 3_600_000, open_, high, low, close, rng.uniform(10, 500)))
        price = close
    return rows


def frames(render: Callable[[int], None]) -> dict[str, float]:
    for number in range(10):  # warm-up: first paints build caches
        render(number)
    times = []
    for number in range(FRAMES):
        started = time.perf_counter()
        render(number)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "frame_ms_median": round(statistics.median(times), 2),
        "frame_ms_p99": round(times[int(len(times) * 0.99) - 1], 2),
        "frame_ms_max": round(times[-1], 2),
    }


def import_ms(module: str) -> float | None:
    """Median of 3 fresh interpreters: importing ``module`` after PySide6.QtWidgets."""
    code = (
        "import time, PySide6.QtWidgets; t = time.perf_counter(); import " + module
        + "; print((time.perf_counter() - t) * 1000)"
    )  # fmt: skip
    runs = []
    for _ in range(3):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        if done.returncode != 0:
            return None
        runs.append(float(done.stdout))
    return round(statistics.median(runs), 1)


def disk_mb(paths: list[Path]) -> float:
    total = 0
    for path in paths:
        if path.is_dir():
            total += sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        elif path.exists():
            total += path.stat().st_size
    return round(total / 1e6, 1)


def ours(app: Any, rows: list[Any]) -> dict[str, Any]:
    from PySide6.QtGui import QImage

    from explorer.market.candles import Candle
    from explorer.qt.widgets.candle_chart import CandleChart

    chart = CandleChart()
    chart.resize(*SIZE)
    chart.set_candles([Candle(t, *(Decimal(repr(v)) for v in rest)) for t, *rest in rows])
    chart.visible = CANDLES
    chart.set_last(rows[-1][4])
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)

    def render(number: int) -> None:
        chart.end = float(CANDLES - (number % 50))  # pan back and forth over the data
        chart.render(image)

    result = frames(render)
    result["import_ms"] = import_ms("explorer.qt.widgets.candle_chart")
    result["adds_to_installer_mb"] = 0.0  # QtGui's QPainter is already in the bundle
    return result


def qtcharts(app: Any, rows: list[Any]) -> dict[str, Any]:
    try:
        from PySide6 import QtCharts
    except ImportError:
        return {"skipped": "PySide6-Addons not installed"}
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QWidget

    series = QtCharts.QCandlestickSeries()
    series.setIncreasingColor(Qt.GlobalColor.darkGreen)
    series.setDecreasingColor(Qt.GlobalColor.red)
    # Timestamps as the candle's number: QtCharts crashed (segfault) panning 1.7e12 ms stamps.
    sets = [QtCharts.QCandlestickSet(o, h, low, c, float(n)) for n, (_t, o, h, low, c, _v)
            in enumerate(rows)]  # fmt: skip
    series.append(sets)  # the Python list keeps the sets' wrappers alive with the chart
    chart = QtCharts.QChart()
    chart.addSeries(series)
    axis = QtCharts.QBarCategoryAxis()
    categories = [str(number) for number in range(CANDLES)]
    axis.append(categories)
    prices = QtCharts.QValueAxis()
    prices.setRange(min(r[3] for r in rows), max(r[2] for r in rows))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(prices, Qt.AlignmentFlag.AlignRight)
    series.attachAxis(axis)
    series.attachAxis(prices)
    chart.legend().hide()
    view = QtCharts.QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    view.resize(*SIZE)
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)

    def render(number: int) -> None:
        shift = number % 50  # (QChart.scroll segfaulted here with default axes, PySide6 6.11.3)
        axis.setRange(categories[shift], categories[-1 - (50 - shift)])
        QWidget.render(view, image)  # QGraphicsView.render wants a QPainter
        del sets[:0]  # (the closure holds ``sets``)

    result = frames(render)
    import PySide6

    qt = Path(PySide6.__file__).parent
    result["import_ms"] = import_ms("PySide6.QtCharts")
    result["adds_to_installer_mb"] = disk_mb(
        [*qt.glob("Qt/lib/libQt6Charts*"), *qt.glob("QtCharts.*"),
         *qt.glob("Qt/lib/libQt6OpenGLWidgets*"), *qt.glob("QtOpenGLWidgets.*")]
    )  # fmt: skip
    result["wheel_it_comes_in_mb"] = "PySide6-Addons, ~175 MB download"
    return result


def pyqtgraph_peer(app: Any, rows: list[Any]) -> dict[str, Any]:
    try:
        import numpy
        import pyqtgraph
    except ImportError:
        return {"skipped": "pyqtgraph (and numpy) not installed"}
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QImage, QPainter, QPicture
    from PySide6.QtWidgets import QWidget

    class CandlestickItem(pyqtgraph.GraphicsObject):  # the recipe from pyqtgraph's examples
        def __init__(self, data: list[Any]) -> None:
            super().__init__()
            self.picture = QPicture()
            painter = QPainter(self.picture)
            painter.setPen(pyqtgraph.mkPen("w"))
            width = 0.35
            for index, (_t, o, h, low, c, _v) in enumerate(data):
                painter.drawLine(QPointF(index, low), QPointF(index, h))
                painter.setBrush(pyqtgraph.mkBrush("g" if c >= o else "r"))
                painter.drawRect(QRectF(index - width, o, width * 2, c - o))
            painter.end()

        def paint(self, painter: QPainter, *args: Any) -> None:
            painter.drawPicture(0, 0, self.picture)

        def boundingRect(self) -> QRectF:  # noqa: N802
            return QRectF(self.picture.boundingRect())

    plot = pyqtgraph.PlotWidget()
    plot.addItem(CandlestickItem(rows))
    plot.resize(*SIZE)
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)

    def render(number: int) -> None:
        shift = number % 50
        plot.setXRange(-shift, CANDLES - shift, padding=0)
        QWidget.render(plot, image)  # QGraphicsView.render wants a QPainter

    result = frames(render)
    result["import_ms"] = import_ms("pyqtgraph")
    result["adds_to_installer_mb"] = disk_mb(
        [Path(pyqtgraph.__file__).parent, Path(numpy.__file__).parent,
         *Path(numpy.__file__).parent.parent.glob("numpy.libs")]
    )  # fmt: skip
    return result


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    rows = walk()
    results = {
        "candles": CANDLES,
        "frames": FRAMES,
        "size": list(SIZE),
        "qpainter": ours(app, rows),
        "qtcharts": qtcharts(app, rows),
        "pyqtgraph": pyqtgraph_peer(app, rows),
    }
    ours_p99 = results["qpainter"]["frame_ms_p99"]
    for peer in ("qtcharts", "pyqtgraph"):
        peer_result = results[peer]
        if "frame_ms_p99" in peer_result:
            peer_result["p99_vs_qpainter"] = round(peer_result["frame_ms_p99"] / ours_p99, 2)
    results["goal"] = {"frame_ms_p99": 16, "met": ours_p99 < 16}
    json.dump(results, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
