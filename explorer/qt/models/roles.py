"""Custom item data roles shared by the models and the widgets that read them."""

from __future__ import annotations

from PySide6.QtCore import Qt

ExchangeRole = Qt.ItemDataRole.UserRole + 1  # the catalogue's Exchange object (exchange rows)
KindRole = Qt.ItemDataRole.UserRole + 2  # tree_nodes.Kind as int
KeyRole = Qt.ItemDataRole.UserRole + 3  # region code, country code or exchange id
CountRole = Qt.ItemDataRole.UserRole + 4  # visible exchanges below a region or country
SortRole = Qt.ItemDataRole.UserRole + 5  # value a table column sorts by
