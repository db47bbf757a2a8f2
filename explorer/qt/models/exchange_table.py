"""The table of exchanges shown when a region or country is selected."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from explorer.catalogue.model import Exchange
from explorer.qt.models.roles import ExchangeRole, SortRole
from explorer.qt.models.table_base import ListTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
ID, NAME, VERSION, COUNTRIES, LISTED = range(5)


class ExchangeTableModel(ListTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Exchange] = []
        self._headers = [
            self.tr("Id"),
            self.tr("Name"),
            self.tr("API version"),
            self.tr("Countries"),
            self.tr("Still listed"),
        ]

    def set_exchanges(self, exchanges: list[Exchange]) -> None:
        self.beginResetModel()
        self._rows = list(exchanges)
        self.endResetModel()

    def exchanges(self) -> list[Exchange]:
        return list(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        exchange = self._rows[index.row()]
        column = index.column()
        if role == ExchangeRole:
            return exchange
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(exchange, column)
        if role == SortRole:
            if column == LISTED:
                return int(exchange.listed_in_newest)
            return self._text(exchange, column).casefold()
        return None

    def _text(self, exchange: Exchange, column: int) -> str:
        if column == ID:
            return exchange.id
        if column == NAME:
            return exchange.name
        if column == VERSION:
            return ", ".join(exchange.versions)
        if column == COUNTRIES:
            return ", ".join(exchange.countries)
        return self.tr("yes") if exchange.listed_in_newest else self.tr("no")
