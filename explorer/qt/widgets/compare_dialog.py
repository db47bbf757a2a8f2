"""Compare one symbol across every exchange of a country, a region or the whole catalogue."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.live.network_state import NETWORK_KINDS
from explorer.market.results import FetchResult
from explorer.qt.models.compare_model import CompareModel
from explorer.qt.widgets.spread_chart import PriceRow, SpreadChart


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
        self.scope.setObjectName("compareScope")
        self.scope.addItem(self.tr("All exchanges"), "")
        for key, label in scopes:
            self.scope.addItem(label, key)
        # Searchable: type part of a place's name ("japan", "亚洲") and pick it.
        self.scope.setEditable(True)
        self.scope.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.scope.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
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
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table
        self.view.setObjectName("compareTable")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by name, A to Z
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        # Interactive, fitted to the texts twice per compare (_fit_columns): ResizeToContents
        # would measure every cell of every row on each update.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Results arrive one by one, up to hundreds a second: apply them in batches, a few
        # times a second, and re-sort only then (each re-sort asks every row for its key).
        self._pending: dict[str, FetchResult] = {}
        self._sized = False
        self._progress = (0, 0)  # (done, total) of the compare under way
        self._unavailable = 0  # exchanges in scope without live prices
        self._unfitted: list[int] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(100)
        self._flush_timer.timeout.connect(self._flush)
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(400)
        self._chart_timer.timeout.connect(self._redraw_chart)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Symbol:")))
        top.addWidget(self.symbol)
        top.addWidget(QLabel(self.tr("Where:")))
        top.addWidget(self.scope, 1)
        top.addWidget(self.go)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        self.spread = SpreadChart()
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.spread)
        scroller.setMinimumWidth(260)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("compareSplitter")
        split.addWidget(self.view)
        split.addWidget(scroller)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)

    def start(self, exchanges: list[tuple[str, str]], unavailable: int) -> None:
        self._pending.clear()
        self._sized = False
        self.model.reset(exchanges)
        self.spread.set_rows([])
        self.progress.setRange(0, max(1, len(exchanges)))
        self.progress.setValue(0)
        self._unavailable = unavailable
        self._update_summary()

    def show_result(self, result: FetchResult) -> None:
        self._pending[result.exchange] = result
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def show_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)
        if done in (0, total):
            self._flush()

    def _show_progress(self) -> None:
        done, total = self._progress
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _flush(self) -> None:
        self._flush_timer.stop()
        self._show_progress()
        if not self._pending:
            return
        batch, self._pending = self._pending, {}
        self.model.add_results(batch)
        self.model.resort()
        done, total = self._progress
        if done == total:
            self._chart_timer.stop()
            self._redraw_chart()
        elif not self._chart_timer.isActive():  # the bar chart follows a few times a second
            self._chart_timer.start()
        if not self._sized or done == total:  # first prices in, and once all are
            self._fit_columns()
            self._sized = True
        self._update_summary()

    def _redraw_chart(self) -> None:
        self.spread.set_rows([PriceRow(*row) for row in self.model.price_rows()])

    def _fit_columns(self) -> None:
        """Widths from every row's text: what resizeColumnsToContents does, without asking
        Qt to measure each cell through ``data()`` (~90 ms for 200 rows). One column per turn
        of the event loop, so that the fitting never holds the UI up for long."""
        if not self._unfitted:
            QTimer.singleShot(0, self, self._fit_next_column)
        self._unfitted = list(range(self.model.columnCount() - 1))  # the last one stretches

    def _fit_next_column(self) -> None:
        if not self._unfitted:
            return
        column = self._unfitted.pop(0)
        metrics = self.view.fontMetrics()
        widest = max(map(metrics.horizontalAdvance, self.model.texts(column)), default=0)
        padding = 2 * metrics.horizontalAdvance("  ")
        header_width = self.view.horizontalHeader().sectionSizeHint(column)
        self.view.setColumnWidth(column, max(widest + padding, header_width))
        if self._unfitted:
            QTimer.singleShot(0, self, self._fit_next_column)

    def set_scope(self, key: str) -> None:
        """Preselect a place (the window's selection); "" is every exchange."""
        found = self.scope.findData(key)
        self.scope.setCurrentIndex(found if found >= 0 else 0)

    def scope_key(self) -> str:
        """The place the field names: the chosen item, else the first whose name holds what
        was typed."""
        typed = self.scope.currentText().strip().casefold()
        current = self.scope.currentIndex()
        if current >= 0 and self.scope.itemText(current).strip().casefold() == typed:
            return str(self.scope.itemData(current))
        for row in range(self.scope.count()):
            if typed and typed in self.scope.itemText(row).casefold():
                self.scope.setCurrentIndex(row)
                return str(self.scope.itemData(row))
        return str(self.scope.currentData() or "")

    def _request(self) -> None:
        symbol = self.symbol.text().strip().upper().replace("-", "/")
        if "/" in symbol:
            self.compareRequested.emit(symbol, self.scope_key())

    def _update_summary(self) -> None:
        failures = self.model.failures()
        best_bid, best_ask = self.model.best()
        lines = [
            self.tr("Best bid: %1   Best ask: %2   (%3 exchanges here have no live prices)")
            .replace("%1", best_bid or "—")
            .replace("%2", best_ask or "—")
            .replace("%3", str(self._unavailable))
        ]
        if failures:  # each reason is on its row already: say how many, and what they mean
            lines.append(
                self.tr("%1 of %2 exchanges gave no price; the table says why on each row.")
                .replace("%1", str(len(failures)))
                .replace("%2", str(self.model.rowCount()))
            )
            errors = self.model.errors()
            if not self.model.answered() and all(e.kind in NETWORK_KINDS for e in errors):
                lines.append(self.tr("No exchange could be reached: this computer seems offline."))
        self.summary.setText("\n".join(lines))

    def closeEvent(self, event) -> None:  # noqa: N802
        self.stopRequested.emit()
        super().closeEvent(event)
