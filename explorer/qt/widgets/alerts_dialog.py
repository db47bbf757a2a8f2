"""Tools → Alerts: add an alert on a market ("last ≥ X", "last ≤ X", "moves ±N % within T"),
see each alert's state and the market's last price, switch alerts off or remove them, and read
what fired when."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.live.alerts import AlertRule
from explorer.market.errors import UnknownSymbolError
from explorer.market.specs import MarketSpecs
from explorer.market.symbols import parse_symbol
from explorer.qt.models.error_text import translated
from explorer.qt.shell.alert_center import AlertCenter

KIND_KEYS = ("above", "below", "move")


class AlertsDialog(QDialog):
    def __init__(self, center: AlertCenter, exchanges: dict[str, str], specs: MarketSpecs,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("alertsDialog")
        self.setWindowTitle(self.tr("Price alerts"))
        self.center = center
        self.exchanges = exchanges  # id -> display name, those with live prices
        self.specs = specs
        self.exchange = QComboBox()
        for exchange_id, name in sorted(exchanges.items(), key=lambda item: item[1].casefold()):
            self.exchange.addItem(name, exchange_id)
        self.symbol = QLineEdit()
        self.symbol.setPlaceholderText(self.tr("e.g. BTC/USDT"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Last price at or above"), "above")
        self.kind.addItem(self.tr("Last price at or below"), "below")
        self.kind.addItem(self.tr("Moves by ± (percent)"), "move")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.value = QLineEdit()
        self.value.setObjectName("alertValue")
        self.window_minutes = QSpinBox()
        self.window_minutes.setRange(1, 7 * 24 * 60)
        self.window_minutes.setValue(60)
        self.window_minutes.setSuffix(self.tr(" min"))
        self.add_button = QPushButton(self.tr("&Add alert"))
        self.add_button.clicked.connect(self.add)
        self.add_button.setDefault(True)  # Enter in the form adds (once: no returnPressed too)
        self.problem = QLabel()
        self.problem.setObjectName("alertProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Exchange:"), self.exchange)
        form.addRow(self.tr("&Market:"), self.symbol)
        form.addRow(self.tr("&When:"), self.kind)
        form.addRow(self.tr("&Value:"), self.value)
        form.addRow(self.tr("W&ithin:"), self.window_minutes)
        adding = QGroupBox(self.tr("New alert"))
        column = QVBoxLayout(adding)
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)

        self.rules = _table([self.tr("Market"), self.tr("Exchange"), self.tr("Condition"),
                             self.tr("Last price"), self.tr("State")])  # fmt: skip
        self.rules.setObjectName("alertRules")
        self.toggle_button = QPushButton(self.tr("Switch o&n/off"))
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        rule_buttons = QHBoxLayout()
        rule_buttons.addStretch(1)
        rule_buttons.addWidget(self.toggle_button)
        rule_buttons.addWidget(self.remove_button)
        self.history = _table([self.tr("When"), self.tr("What happened")])
        self.history.setObjectName("alertHistory")
        self.clear_button = QPushButton(self.tr("C&lear history"))
        self.clear_button.clicked.connect(center.book.clear_history)
        history_buttons = QHBoxLayout()
        history_buttons.addStretch(1)
        history_buttons.addWidget(self.clear_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(adding)
        checked = self.tr(
            "Alerts (checked on every price the app receives, and every %1 s while it runs)"
        )
        layout.addWidget(QLabel(checked.replace("%1", str(center.poll_seconds))))
        layout.addWidget(self.rules, 2)
        layout.addLayout(rule_buttons)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 1)
        layout.addLayout(history_buttons)
        layout.addWidget(close)
        self.resize(720, 620)
        center.changed.connect(self.refill)
        center.priceSeen.connect(self.refill)
        self._kind_changed()
        self.refill()

    def preset(self, exchange: str, symbol: str) -> None:
        """Start the form on a market (the one selected in the window)."""
        found = self.exchange.findData(exchange)
        if found >= 0:
            self.exchange.setCurrentIndex(found)
        self.symbol.setText(symbol)
        self.value.setFocus()

    # -- adding ------------------------------------------------------------------------------------
    def add(self) -> AlertRule | None:
        kind = self.kind.currentData()
        exchange = self.exchange.currentData()
        try:
            pair = parse_symbol(self.symbol.text())
        except UnknownSymbolError:
            return self._refuse(self.tr("Type the market as BASE/QUOTE, e.g. BTC/USDT."))
        spec = self.specs.spec(exchange)
        try:  # as the exchange's prices name it: BTC/USDT on a swaps exchange is its swap
            symbol = (spec.check_pair(pair) if spec is not None else pair).symbol
        except UnknownSymbolError as error:
            return self._refuse(translated(error))
        try:
            value = Decimal(self.value.text().strip().replace(",", ""))
        except InvalidOperation:
            value = Decimal(0)
        if not (value.is_finite() and value > 0):
            return self._refuse(
                self.tr("Type a percentage above 0, e.g. 5.") if kind == "move"
                else self.tr("Type a price above 0, e.g. 70000.")
            )  # fmt: skip
        window_s = self.window_minutes.value() * 60 if kind == "move" else 0
        try:
            rule = self.center.book.add(AlertRule(exchange, symbol, kind, value, window_s))
        except (ValueError, OSError) as error:
            return self._refuse(str(error))
        self.problem.clear()
        self.value.clear()
        self.center.poll()  # its price now, not in half a minute
        return rule

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        return None

    def _kind_changed(self) -> None:
        moving = self.kind.currentData() == "move"
        self.window_minutes.setEnabled(moving)
        self.value.setPlaceholderText(self.tr("percent, e.g. 5") if moving
                                      else self.tr("price, e.g. 70000"))  # fmt: skip

    # -- the lists ---------------------------------------------------------------------------------
    def condition_text(self, rule: AlertRule) -> str:
        if rule.kind == "move":
            return (
                self.tr("moves ±%1 % within %2 min")
                .replace("%1", f"{rule.value:f}")
                .replace("%2", str(rule.window_s // 60))
            )
        template = self.tr("last ≥ %1") if rule.kind == "above" else self.tr("last ≤ %1")
        return template.replace("%1", f"{rule.value:f}")

    def refill(self) -> None:
        book = self.center.book
        self.rules.setRowCount(len(book.rules))
        for row, rule in enumerate(book.rules):
            last = self.center.last_prices.get((rule.exchange, rule.symbol))
            if not rule.enabled:
                state = self.tr("off")
            elif book.armed(rule.id):
                state = self.tr("armed")
            else:
                state = self.tr("fired; waits")
            price = "—" if last is None or last.last is None else f"{last.last:f}"
            name = self.exchanges.get(rule.exchange, rule.exchange)
            cells = (rule.symbol, name, self.condition_text(rule), price, state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, rule.id)
                self.rules.setItem(row, column, item)
        events = list(reversed(book.history))
        self.history.setRowCount(len(events))
        for row, event in enumerate(events):
            when = datetime.fromtimestamp(event.at_ms / 1000).strftime("%Y-%m-%d %H:%M:%S")
            self.history.setItem(row, 0, QTableWidgetItem(when))
            self.history.setItem(row, 1, QTableWidgetItem(self.center.message(event)))

    def _selected_ids(self) -> list[str]:
        rows = {index.row() for index in self.rules.selectionModel().selectedRows()}
        items = [self.rules.item(row, 0) for row in sorted(rows)]
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None]

    def toggle_selected(self) -> None:
        enabled = {rule.id: rule.enabled for rule in self.center.book.rules}
        for rule_id in self._selected_ids():
            self.center.book.set_enabled(rule_id, not enabled.get(rule_id, True))

    def remove_selected(self) -> None:
        for rule_id in self._selected_ids():
            self.center.book.remove(rule_id)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setTabKeyNavigation(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table
