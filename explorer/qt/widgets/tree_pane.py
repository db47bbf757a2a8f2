"""Left pane: search field, delisted toggle, "N of M exchanges", and the country tree."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from explorer.qt.models.roles import KeyRole
from explorer.qt.models.tree_model import COUNT, NAME, CountryTreeModel

AUTO_EXPAND_LIMIT = 60  # expand every country when a search leaves at most this many exchanges


class TreePane(QWidget):
    selectionChanged = Signal(object)  # noqa: N815  (the selected path: list of keys, or [])
    contextMenuRequested = Signal(object, object)  # noqa: N815  (QModelIndex, global QPoint)
    filterChanged = Signal()  # noqa: N815

    def __init__(self, model: CountryTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search id, name or country (Ctrl+F)"))
        self.search.textChanged.connect(self._apply_filter)
        self.search.installEventFilter(self)
        self.show_delisted = QCheckBox(self.tr("Show exchanges no longer listed"))
        self.show_delisted.setObjectName("showDelisted")
        self.show_delisted.toggled.connect(self._apply_filter)
        self.status = QLabel()
        self.status.setObjectName("matchCount")
        self.view = QTreeView()
        self.view.setObjectName("countryTree")
        # A viewport made here rather than by Qt: PySide's first lookup of a Qt-made plain
        # QWidget creates the Python types of dozens of widget classes (~9 ms of start-up).
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")  # the name Qt gives its own
        self.view.setViewport(viewport)
        self.view.setModel(model)
        self.view.setUniformRowHeights(True)  # lets the view skip measuring 50,000 rows
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # A fixed count column: ResizeToContents would ask every row's size on each keystroke.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance(self.tr("Exchanges")) + 24)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._sorted_by = NAME
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(
            lambda pos: self.contextMenuRequested.emit(
                self.view.indexAt(pos), self.view.viewport().mapToGlobal(pos)
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.show_delisted)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.view.expandToDepth(0)
        self.refresh_status()
        self._shown: list[str] = []  # the path the window shows (what selectionChanged said)
        self._wanted: list[str] = []  # the user's last choice, kept while a search hides it

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_search(self) -> None:
        self.search.clear()

    def selected_path(self) -> list[str]:
        index = self.view.currentIndex()
        return self.model.path(index) if index.isValid() else []

    def wanted_path(self) -> list[str]:
        """The selection to keep across a restart: the user's last choice, even while a search
        hides it."""
        return self.selected_path() or list(self._wanted)

    def select_path(self, path: list[str]) -> bool:
        index = self.model.find(path)
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return self.model.path(index) == path

    def select_exchange(self, exchange_id: str, within: list[str]) -> None:
        """Select ``exchange_id`` below the node at ``within`` (a region or country path)."""
        node = self.model.find(within)
        countries = [within] if len(within) == 2 else [
            [*within, self.model.index(row, 0, node).data(KeyRole)]
            for row in range(self.model.rowCount(node))
        ]  # fmt: skip
        for country in countries:
            index = self.model.find([*country, exchange_id])
            if self.model.path(index) == [*country, exchange_id]:
                self.view.setCurrentIndex(index)
                return

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.clear_search()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def restore_sort(self, column: int, order: Qt.SortOrder) -> None:
        """The sort a previous session left, exactly (not as a first click would set it)."""
        self._sorted_by = column
        self.view.sortByColumn(column, order)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        """A first click on Exchanges sorts by the most first (a count is read from the top);
        further clicks toggle as usual."""
        newly, self._sorted_by = column != self._sorted_by, column
        if newly and column == COUNT and order == Qt.SortOrder.AscendingOrder:
            self.view.header().setSortIndicator(COUNT, Qt.SortOrder.DescendingOrder)

    def _apply_filter(self) -> None:
        self.model.set_filter(self.search.text(), self.show_delisted.isChecked())
        self.expand_and_count()
        current = self.selected_path()  # [] when the search hid the selection
        wanted = self._wanted
        # The user's choice comes back as soon as the search shows it again (all of it: not
        # its country while the exchange itself is still hidden).
        if not current and wanted and self.model.path(self.model.find(wanted)) == wanted:
            self.select_path(wanted)
            current = self.selected_path()
        self._announce(current)
        self.filterChanged.emit()

    def _announce(self, path: list[str]) -> None:
        if path != self._shown:
            self._shown = list(path)
            self.selectionChanged.emit(list(path))

    def expand_and_count(self) -> None:
        """Open what the filter shows (every country when few exchanges match) and say how
        many are shown; after a filter change, or a new catalogue."""
        if self.search.text().strip():
            if self.model.visible_exchange_count() <= AUTO_EXPAND_LIMIT:
                self.view.expandAll()
        else:
            self.view.expandToDepth(0)
        self.refresh_status()

    def refresh_status(self) -> None:
        self.status.setText(
            self.tr("%1 of %2 exchanges")
            .replace("%1", str(self.model.visible_exchange_count()))
            .replace("%2", str(self.model.available_exchange_count()))
        )

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        path = self.model.path(indexes[0]) if indexes else []
        if path:
            self._wanted = path
        self._announce(path)
