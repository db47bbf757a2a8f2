"""Region -> country -> exchange tree model, with search and the delisted toggle built in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette, QPixmap

from explorer.catalogue.browse import BrowseTree, Kind, Node
from explorer.catalogue.index import CatalogueIndex
from explorer.catalogue.model import Exchange
from explorer.qt.models.display_text import tooltip
from explorer.qt.models.roles import CountRole, ExchangeRole, KeyRole, KindRole
from explorer.qt.widgets.flag_icons import FlagIcons

AnyIndex = QModelIndex | QPersistentModelIndex
NAME, COUNT = 0, 1
# Plain ints and precomputed flags: data() and flags() run thousands of times per keystroke,
# and Python enum comparisons and ORs would dominate them.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ANSWERED = frozenset(
    {_DISPLAY, _DECORATION, _ALIGNMENT, _FONT, _FOREGROUND, _TOOLTIP}
    | {int(r) for r in (ExchangeRole, KindRole, KeyRole, CountRole)}
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CountryTreeModel(QAbstractItemModel):
    """Two columns: name (with a flag on countries) and the number of exchanges below.

    Filtering is done here rather than in a QSortFilterProxyModel: a Python filterAcceptsRow
    costs ~150 ms per keystroke over 50,000 exchanges, the set-based filter of tree_nodes ~10 ms.
    A filter or sort change is a layout change with persistent indexes remapped, so the view keeps
    its selection and expanded nodes.
    """

    def __init__(self, index: CatalogueIndex, flags: FlagIcons | None = None, parent=None) -> None:
        super().__init__(parent)
        self._tree = self._browse_tree(index)
        self._flags = flags
        self._marks: dict[str, tuple[QIcon, str]] = {}
        self._blank: QIcon | None = None
        self._query = ""
        self._show_delisted = False
        self._sort = (NAME, Qt.SortOrder.AscendingOrder)
        self._tree.apply_filter("", show_delisted=False)

    @staticmethod
    def _browse_tree(index: CatalogueIndex) -> BrowseTree:
        """The browse tree, its places ordered by the UI language's collation (QCollator)."""
        from functools import cmp_to_key

        tree = BrowseTree(index)
        collator = QCollator(QLocale(index.locale.replace("-", "_")))
        places = [(code, index.region_name(code)) for code in index.regions()]
        places += [(code, index.country_name(code)) for r in index.regions()
                   for code in index.countries(r)]  # fmt: skip
        names = sorted({name for _, name in places}, key=cmp_to_key(collator.compare))
        rank = {name: number for number, name in enumerate(names)}
        tree.set_place_order({code: rank[name] for code, name in places})
        return tree

    def set_index(self, index: CatalogueIndex) -> None:
        """Another catalogue (an update): the same query, toggle and sort over it."""
        self.beginResetModel()
        self._tree = self._browse_tree(index)
        self._tree.apply_filter(self._query, show_delisted=self._show_delisted)
        column, order = self._sort
        self._tree.sort(by_count=column == COUNT, descending=order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    # -- what the rest of the UI asks --------------------------------------------------------
    @property
    def query(self) -> str:
        return self._query

    @property
    def show_delisted(self) -> bool:
        return self._show_delisted

    def visible_exchange_count(self) -> int:
        return self._tree.visible_count

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
            match = next((child for child in self._tree.shown(node) if child.key == key), None)
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
            stack.extend(self._tree.shown(current))
        return sorted(seen.values(), key=lambda e: e.name.casefold())

    # -- QAbstractItemModel --------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column not in (NAME, COUNT) or row < 0 or parent.column() > 0:
            return QModelIndex()
        shown = self._tree.shown(self._node(parent))
        if row >= len(shown):
            return QModelIndex()
        return self.createIndex(row, column, shown[row].uid)

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
        node = self._node(parent)
        if node.kind is Kind.COUNTRY:
            return node.count
        return 0 if node.kind is Kind.EXCHANGE else len(node.shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 2

    # flags() is not overridden: the default (enabled, selectable for valid indexes) is what the
    # tree needs, and a Python override would be called hundreds of times per keystroke.

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Name") if section == NAME else self.tr("Exchanges")
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        node = self._tree.nodes[index.internalId()]
        column = index.column()
        if role == _DISPLAY:
            if column == NAME:
                if node.exchange is not None and self._tree.found_by_former_id(node):
                    former = ", ".join(node.exchange.former_ids)
                    return (
                        self.tr("%1 — formerly %2").replace("%1", node.name).replace("%2", former)
                    )
                return node.name
            return str(node.count) if node.kind is not Kind.EXCHANGE else None
        if role == _DECORATION:
            if column == NAME and node.kind is Kind.COUNTRY and self._flags:
                return self._flags.icon(node.key)
            if column == NAME and node.exchange is not None and self._marks:
                mark = self._marks.get(node.key)
                return mark[0] if mark is not None else self._blank_mark()  # names aligned
            return None
        if role == _ALIGNMENT:
            return _RIGHT if column == COUNT else None
        if node.exchange is not None and not node.exchange.listed_in_newest:
            if role == _FONT:
                font = QFont()
                font.setItalic(True)
                return font
            if role == _FOREGROUND:
                return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == _TOOLTIP:
            return tooltip(self._tooltip(node))
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
    def _blank_mark(self) -> QIcon:
        if self._blank is None:
            size = next(iter(self._marks.values()))[0].availableSizes() or [QSize(12, 12)]
            pixmap = QPixmap(size[0])
            pixmap.fill(QColor(0, 0, 0, 0))
            self._blank = QIcon(pixmap)
        return self._blank

    def set_marks(self, marks: dict[str, tuple[QIcon, str]]) -> None:
        """An icon and a line of tooltip beside some exchanges (the reachability check's dots:
        the window makes them, so that this model, loaded at start-up, needs no network code)."""
        self._marks = dict(marks)
        for region_row in range(self.rowCount()):
            region = self.index(region_row, NAME)
            for country_row in range(self.rowCount(region)):
                country = self.index(country_row, NAME, region)
                rows = self.rowCount(country)
                if rows:
                    self.dataChanged.emit(self.index(0, NAME, country),
                                          self.index(rows - 1, NAME, country))  # fmt: skip

    def _tooltip(self, node: Node) -> str:
        if node.exchange is None:
            return self.tr("%n exchange(s)", "", node.count)
        exchange = node.exchange
        text = f"{exchange.name} ({exchange.id})"
        if exchange.former_ids:
            text += "\n" + self.tr("Formerly %1").replace("%1", ", ".join(exchange.former_ids))
        if exchange.renamed_to:
            text += "\n" + self.tr("Renamed to %1").replace("%1", exchange.renamed_to)
        elif not exchange.listed_in_newest:
            text += "\n" + self.tr("No longer listed by ccxt")
        if exchange.id in self._marks:
            text += "\n" + self._marks[exchange.id][1]
        return text

    def _is_descending(self) -> bool:
        return self._sort[1] == Qt.SortOrder.DescendingOrder

    def _node(self, index: AnyIndex) -> Node:
        return self._tree.nodes[index.internalId()] if index.isValid() else self._tree.root

    def _index_of(self, node: Node, column: int = 0) -> QModelIndex:
        row = -1 if node.kind is Kind.ROOT else self._tree.row_of(node)
        return self.createIndex(row, column, node.uid) if row >= 0 else QModelIndex()

    def _relayout(self, change) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        tracked = [(self._tree.nodes[i.internalId()], i.column()) for i in old]
        change()
        new = [self._index_of(node, column) for node, column in tracked]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
