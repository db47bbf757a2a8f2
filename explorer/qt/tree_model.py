"""Region -> country -> exchange tree model, with search and the delisted toggle built in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from explorer.catalogue.model import Exchange
from explorer.catalogue.query import CatalogueIndex
from explorer.qt.flags import FlagIcons
from explorer.qt.roles import CountRole, ExchangeRole, KeyRole, KindRole
from explorer.qt.tree_nodes import Kind, Node, Tree

AnyIndex = QModelIndex | QPersistentModelIndex
NAME, COUNT = 0, 1


class CountryTreeModel(QAbstractItemModel):
    """Two columns: name (with a flag on countries) and the number of exchanges below.

    Filtering is done here rather than in a QSortFilterProxyModel: a Python filterAcceptsRow
    costs ~150 ms per keystroke over 50,000 exchanges, the set-based filter of tree_nodes ~10 ms.
    A filter or sort change is a layout change with persistent indexes remapped, so the view keeps
    its selection and expanded nodes.
    """

    def __init__(self, index: CatalogueIndex, flags: FlagIcons | None = None, parent=None) -> None:
        super().__init__(parent)
        self._tree = Tree(index)
        self._flags = flags
        self._query = ""
        self._show_delisted = False
        self._sort = (NAME, Qt.SortOrder.AscendingOrder)
        self._tree.apply_filter("", show_delisted=False)

    # -- what the rest of the UI asks --------------------------------------------------------
    @property
    def query(self) -> str:
        return self._query

    @property
    def show_delisted(self) -> bool:
        return self._show_delisted

    def visible_exchange_count(self) -> int:
        return len(self._tree.visible_ids)

    def available_exchange_count(self) -> int:
        return self._tree.available

    def visible_exchanges(self) -> list[Exchange]:
        return [self._tree.by_id[i] for i in sorted(self._tree.visible_ids)]

    def set_filter(self, query: str, show_delisted: bool) -> None:
        if (query, show_delisted) == (self._query, self._show_delisted):
            return
        self._query, self._show_delisted = query, show_delisted

        def change() -> None:
            self._tree.apply_filter(query, show_delisted)
            if self._sort[0] == COUNT:
                self._tree.sort(by_count=True, descending=self._is_descending())

        self._relayout(change)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._relayout(
            lambda: self._tree.sort(by_count=column == COUNT, descending=self._is_descending())
        )

    def find(self, path: list[str]) -> QModelIndex:
        """The index of a node by its keys from the top, e.g. ["150", "MT", "binance"]."""
        node = self._tree.root
        for key in path:
            match = next((child for child in node.shown if child.key == key), None)
            if match is None:
                break
            node = match
        return self._index_of(node)

    def path(self, index: AnyIndex) -> list[str]:
        keys = []
        node: Node | None = self._node(index)
        while node is not None and node.kind is not Kind.ROOT:
            keys.append(node.key)
            node = node.parent
        return keys[::-1]

    def exchanges_under(self, index: AnyIndex) -> list[Exchange]:
        """Visible exchanges below a region or country node (each once), or the exchange itself."""
        node = self._node(index)
        stack, seen = [node], {}
        while stack:
            current = stack.pop()
            if current.exchange is not None:
                seen.setdefault(current.exchange.id, current.exchange)
            stack.extend(current.shown)
        return sorted(seen.values(), key=lambda e: e.name.casefold())

    # -- QAbstractItemModel --------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        child = self._node(parent).shown[row]
        return self.createIndex(row, column, child.uid)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._tree.nodes[index.internalId()].parent
        if parent is None or parent.kind is Kind.ROOT:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent.uid)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.column() > 0:
            return 0
        return len(self._node(parent).shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 2

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Name") if section == NAME else self.tr("Exchanges")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._tree.nodes[index.internalId()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return node.name
            return str(node.count) if node.kind is not Kind.EXCHANGE else None
        if role == Qt.ItemDataRole.DecorationRole and column == NAME and node.kind is Kind.COUNTRY:
            return self._flags.icon(node.key) if self._flags else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if node.exchange is not None and not node.exchange.listed_in_newest:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == ExchangeRole:
            return node.exchange
        if role == KindRole:
            return int(node.kind)
        if role == KeyRole:
            return node.key
        if role == CountRole:
            return node.count if node.kind is not Kind.EXCHANGE else None
        return None

    # -- internals -----------------------------------------------------------------------------
    def _tooltip(self, node: Node) -> str:
        if node.exchange is None:
            return self.tr("%n exchange(s)", "", node.count)
        text = f"{node.exchange.name} ({node.exchange.id})"
        if not node.exchange.listed_in_newest:
            text += "\n" + self.tr("No longer listed in the newest ccxt document")
        return text

    def _is_descending(self) -> bool:
        return self._sort[1] == Qt.SortOrder.DescendingOrder

    def _node(self, index: AnyIndex) -> Node:
        return self._tree.nodes[index.internalId()] if index.isValid() else self._tree.root

    def _index_of(self, node: Node, column: int = 0) -> QModelIndex:
        if node.kind is Kind.ROOT or node.row < 0:
            return QModelIndex()
        return self.createIndex(node.row, column, node.uid)

    def _relayout(self, change) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        tracked = [(self._tree.nodes[i.internalId()], i.column()) for i in old]
        change()
        new = [self._index_of(node, column) if self._shown(node) else QModelIndex()
               for node, column in tracked]  # fmt: skip
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    @staticmethod
    def _shown(node: Node) -> bool:
        while node.kind is not Kind.ROOT:
            if node.row < 0 or node.parent is None:
                return False
            node = node.parent
        return True
