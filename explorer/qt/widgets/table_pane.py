"""Right-hand table of a region's or country's exchanges, sortable by any column."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.catalogue.model import Exchange
from explorer.qt.models.exchange_table import NAME, ExchangeTableModel
from explorer.qt.models.roles import ExchangeRole, SortRole


class ExchangeTablePane(QWidget):
    exchangeActivated = Signal(str)  # noqa: N815  (Qt signal naming)
    contextMenuRequested = Signal(object, object)  # noqa: N815  (Exchange, global QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.model = ExchangeTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table
        self.view.setObjectName("exchangeTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The name takes the spare width; ids and "still listed" keep the width they need.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.view)

    def show_exchanges(self, title: str, exchanges: list[Exchange]) -> None:
        self.title.setText(title)
        self.model.set_exchanges(exchanges)

    def _activated(self, index: QModelIndex) -> None:
        exchange = index.data(ExchangeRole)
        if exchange is not None:
            self.exchangeActivated.emit(exchange.id)

    def _context_menu(self, position) -> None:
        exchange = self.view.indexAt(position).data(ExchangeRole)
        if exchange is not None:
            self.contextMenuRequested.emit(exchange, self.view.viewport().mapToGlobal(position))
