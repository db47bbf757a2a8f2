from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.catalogue.index import CatalogueIndex
from explorer.qt.models.exchange_table import LISTED, NAME
from explorer.qt.widgets.table_pane import ExchangeTablePane


def test_table_model_and_sorting_proxy(qtbot, qtmodeltester, index: CatalogueIndex) -> None:
    pane = ExchangeTablePane()
    qtbot.addWidget(pane)
    pane.show_exchanges("Japan", index.exchanges_in("JP"))
    qtmodeltester.check(pane.model)
    qtmodeltester.check(pane.proxy)
    pane.view.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    names = [pane.proxy.index(r, NAME).data() for r in range(pane.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold, reverse=True)
    pane.view.sortByColumn(LISTED, Qt.SortOrder.AscendingOrder)
    listed = [pane.proxy.index(r, LISTED).data() for r in range(pane.proxy.rowCount())]
    assert listed == sorted(listed, key=lambda text: text == "yes")


def test_activating_a_row_names_the_exchange(qtbot, index: CatalogueIndex) -> None:
    pane = ExchangeTablePane()
    qtbot.addWidget(pane)
    pane.show_exchanges("Japan", index.exchanges_in("JP"))
    with qtbot.waitSignal(pane.exchangeActivated) as signal:
        pane.view.activated.emit(pane.proxy.index(0, 0))
    assert signal.args[0] == pane.proxy.index(0, 0).data()


def test_the_name_takes_the_spare_width_and_ids_are_whole(qtbot, index) -> None:
    from explorer.qt.models.exchange_table import ID, LISTED, NAME
    from explorer.qt.widgets.table_pane import ExchangeTablePane

    pane = ExchangeTablePane()
    qtbot.addWidget(pane)
    pane.resize(1000, 400)
    pane.show()
    pane.show_exchanges("World", [e for e in index.catalogue.exchanges if e.id.startswith("bin")])
    qtbot.waitExposed(pane)
    view = pane.view
    assert view.columnWidth(ID) >= view.sizeHintForColumn(ID)  # "binancecoinm" whole
    assert view.columnWidth(LISTED) <= 2 * view.horizontalHeader().sectionSizeHint(LISTED)
    assert view.columnWidth(NAME) == max(view.columnWidth(c) for c in range(5))
