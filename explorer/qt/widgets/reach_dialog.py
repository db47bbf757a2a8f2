"""Tools -> Check exchanges: can each live exchange's public API be reached from here?"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.market.reachability import Reach, ReachResult
from explorer.qt.models.reach_model import LATENCY, SORT_ROLE, STATUS, ReachModel, reach_text
from explorer.storage.files import write_atomic


class ReachDialog(QDialog):
    checkRequested = Signal()  # noqa: N815
    stopRequested = Signal()  # noqa: N815

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reachDialog")
        self.setWindowTitle(self.tr("Check exchanges"))
        self.resize(860, 560)
        self.intro = QLabel(
            self.tr("One light request to each live exchange: can its API be reached from here?")
        )
        self.intro.setWordWrap(True)
        self.model = ReachModel(names, self)
        self.proxy = QSortFilterProxyModel(self)  # a hundred rows: a proxy sorts them at ease
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table
        self.view.setObjectName("reachTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 170)
        header.resizeSection(STATUS, 170)
        header.resizeSection(LATENCY, 80)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m exchanges"))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.again = QPushButton(self.tr("Check &again"))
        self.again.clicked.connect(self.start)
        self.export = QPushButton(self.tr("&Export CSV…"))
        self.export.clicked.connect(self._export_dialog)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.again)
        buttons.addWidget(self.export)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def start(self) -> None:
        self.model.clear()
        self.summary.clear()
        self.progress.setValue(0)
        self.checkRequested.emit()

    def show_result(self, result: ReachResult) -> None:
        self.model.add(result)
        self._summarise()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.stopRequested.emit()
        super().closeEvent(event)

    # -- export --------------------------------------------------------------------------------
    def csv_text(self) -> str:
        """The table as shown (sorted), with untranslated status keys for scripts."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["exchange", "name", "status", "latency_ms", "detail"])
        for row in range(self.proxy.rowCount()):
            result = self.model.results()[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]
            writer.writerow([
                result.exchange, self.model.name(result.exchange), str(result.reach),
                "" if result.latency_ms is None else result.latency_ms, result.detail,
            ])  # fmt: skip
        return out.getvalue()

    def export_csv(self, path: Path) -> None:
        write_atomic(path, self.csv_text().encode("utf-8"))

    def _export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the check as CSV"), str(Path.home() / "exchange-check.csv"),
            self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if name:
            try:
                self.export_csv(Path(name))
            except OSError as error:
                self.summary.setText(
                    self.tr("Could not save: %1").replace("%1", str(error.strerror))
                )

    def _summarise(self) -> None:
        counts: dict[Reach, int] = {}
        for result in self.model.results():
            counts[result.reach] = counts.get(result.reach, 0) + 1
        parts = [f"{reach_text(reach)}: {counts[reach]}" for reach in Reach if reach in counts]
        self.summary.setText(" · ".join(parts))
