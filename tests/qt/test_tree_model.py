"""The country tree model and its built-in filter, under Qt's model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from explorer.catalogue.index import CatalogueIndex
from explorer.qt.models.roles import CountRole, ExchangeRole, KeyRole
from explorer.qt.models.tree_model import COUNT, NAME, CountryTreeModel


@pytest.fixture
def model(index: CatalogueIndex, qtmodeltester) -> CountryTreeModel:
    model = CountryTreeModel(index)
    qtmodeltester.check(model)
    return model


def _children(model: CountryTreeModel, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
    return [model.index(r, 0, parent).data(KeyRole) for r in range(model.rowCount(parent))]


def test_three_levels_with_counts(model: CountryTreeModel, index: CatalogueIndex) -> None:
    assert set(_children(model)) == set(index.regions())
    europe = model.find(["150"])
    malta = model.find(["150", "MT"])
    assert malta.parent() == europe
    exchanges = {
        model.index(r, 0, malta).data(ExchangeRole).id for r in range(model.rowCount(malta))
    }
    listed_in_malta = {e.id for e in index.exchanges_in("MT") if e.listed_in_newest}
    assert exchanges == listed_in_malta
    assert malta.data(CountRole) == len(listed_in_malta)
    assert model.index(malta.row(), COUNT, europe).data() == str(len(listed_in_malta))


def test_search_keeps_matching_parents_and_counts(model: CountryTreeModel, qtmodeltester) -> None:
    model.set_filter("kraken", show_delisted=False)
    qtmodeltester.check(model)
    assert _children(model) == ["019"]
    us = model.find(["019", "US"])
    assert us.isValid() and _children(model, us) == ["kraken", "krakenfutures"]
    assert model.visible_exchange_count() == 2


def test_search_by_country_name_in_chinese_and_region(model: CountryTreeModel) -> None:
    model.set_filter("日本", show_delisted=False)
    assert _children(model) == ["142"] and _children(model, model.find(["142"])) == ["JP"]
    model.set_filter("europe", show_delisted=False)
    assert _children(model) == ["150"]
    model.set_filter("欧洲 malta", show_delisted=False)  # terms combine: Europe and Malta
    assert _children(model, model.find(["150"])) == ["MT"]


def test_delisted_toggle_shows_and_marks_them(model: CountryTreeModel) -> None:
    model.set_filter("bitmex", show_delisted=False)
    assert model.visible_exchange_count() == 0
    model.set_filter("bitmex", show_delisted=True)
    bitmex = model.find(["002", "SC", "bitmex"])
    assert bitmex.isValid()
    assert bitmex.data(Qt.ItemDataRole.FontRole).italic()
    assert "No longer listed" in bitmex.data(Qt.ItemDataRole.ToolTipRole)
    assert model.available_exchange_count() == 241


def test_an_old_name_finds_the_exchange_now(model: CountryTreeModel) -> None:
    model.set_filter("okex", show_delisted=False)
    assert model.visible_exchange_count() == 1  # okx; okex and okex3 are delisted
    okx = model.find(["142", "CN", "okx"])
    assert okx.data() == "OKX — formerly okex, okex3"
    assert "Formerly okex, okex3" in okx.data(Qt.ItemDataRole.ToolTipRole)
    model.set_filter("okx", show_delisted=False)
    assert model.find(["142", "CN", "okx"]).data() == "OKX"  # found by its own id: no note
    model.set_filter("okex", show_delisted=True)
    okex = model.find(["142", "CN", "okex"])
    assert okex.data() == "OKEX (okex)"  # two delisted "OKEX": told apart by id
    assert model.find(["142", "CN", "okex3"]).data() == "OKEX (okex3)"
    assert "Renamed to okx" in okex.data(Qt.ItemDataRole.ToolTipRole)


def test_a_name_shared_with_a_listed_exchange_is_told_apart(model: CountryTreeModel) -> None:
    model.set_filter("bitfinex", show_delisted=True)
    names = {model.find(["019", "VG", i]).data() for i in ("bitfinex", "bitfinex2")}
    assert names == {"Bitfinex", "Bitfinex (bitfinex2)"}


def test_sorting_by_name_and_by_count(model: CountryTreeModel, qtmodeltester) -> None:
    model.sort(COUNT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    counts = [model.index(r, 0).data(CountRole) for r in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True)
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold)


def test_filter_keeps_persistent_indexes(model: CountryTreeModel) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    kraken = QPersistentModelIndex(model.find(["019", "US", "kraken"]))
    gemini = QPersistentModelIndex(model.find(["019", "US", "gemini"]))
    model.set_filter("kraken", show_delisted=False)
    assert kraken.isValid() and kraken.data(KeyRole) == "kraken"
    assert not gemini.isValid()


def test_places_sort_as_the_language_collates_them(index: CatalogueIndex) -> None:
    def names(model: CountryTreeModel, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
        return [model.index(r, NAME, parent).data() for r in range(model.rowCount(parent))]

    chinese = CountryTreeModel(CatalogueIndex(index.catalogue, locale="zh_CN"))
    chinese.sort(NAME, Qt.SortOrder.AscendingOrder)
    asia = names(chinese, chinese.find(["142"]))
    # pinyin: 韩国 (hánguó) before 日本 (rìběn) before 中国 (zhōngguó); by code point 中 < 日 < 韩
    assert asia.index("韩国") < asia.index("日本") < asia.index("中国")
    english = CountryTreeModel(index)
    english.sort(NAME, Qt.SortOrder.DescendingOrder)
    regions = names(english)
    assert regions == sorted(regions, key=str.casefold, reverse=True)
