"""Compare one symbol across every exchange of a country, a region or the whole catalogue."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.qt.compare_model import CompareModel
from explorer.qt.roles import SortRole


class CompareDialog(QDialog):
    compareRequested = Signal(str, str)  # noqa: N815  (symbol, scope key: "" all, region, country)
    stopRequested = Signal()  # noqa: N815

    def __init__(self, scopes: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare prices"))
        self.resize(900, 560)
        self.symbol = QLineEdit("BTC/USDT")
        self.scope = QComboBox()
        self.scope.addItem(self.tr("All exchanges"), "")
        for key, label in scopes:
            self.scope.addItem(label, key)
        self.go = QPushButton(self.tr("Compare"))
        self.go.setDefault(True)
        self.go.clicked.connect(self._request)
        self.symbol.returnPressed.connect(self._request)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m exchanges"))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.model = CompareModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.view = QTableView()
        self.view.setObjectName("compareTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Symbol:")))
        top.addWidget(self.symbol)
        top.addWidget(QLabel(self.tr("Where:")))
        top.addWidget(self.scope, 1)
        top.addWidget(self.go)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

    def start(self, exchanges: list[tuple[str, str]], unavailable: int) -> None:
        self.model.reset(exchanges)
        self.progress.setRange(0, max(1, len(exchanges)))
        self.progress.setValue(0)
        self._unavailable = unavailable
        self._update_summary()

    def show_result(self, exchange: str, result: object) -> None:
        self.model.add_result(exchange, result)
        self._update_summary()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _request(self) -> None:
        symbol = self.symbol.text().strip().upper().replace("-", "/")
        if "/" in symbol:
            self.compareRequested.emit(symbol, self.scope.currentData())

    def _update_summary(self) -> None:
        failures = self.model.failures()
        best_bid, best_ask = self.model.best()
        lines = [
            self.tr("Best bid: %1   Best ask: %2   (%3 exchanges here have no live prices)")
            .replace("%1", best_bid or "—")
            .replace("%2", best_ask or "—")
            .replace("%3", str(getattr(self, "_unavailable", 0)))
        ]
        lines += [f"{name}: {reason}" for name, reason in failures[:8]]
        if len(failures) > 8:
            lines.append(self.tr("… and %1 more failures").replace("%1", str(len(failures) - 8)))
        self.summary.setText("\n".join(lines))

    def closeEvent(self, event) -> None:  # noqa: N802
        self.stopRequested.emit()
        super().closeEvent(event)
