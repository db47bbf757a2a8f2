"""The set/mask filter of tree_nodes against a plain, obviously-correct reference."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.catalogue.browse import Kind, Tree
from explorer.catalogue.query import CatalogueIndex, fold_for_search

TERMS = ["bit", "b", "ex", "coin", "japan", "日本", "united", "欧洲", "europe", "us", "k", "x", "1"]


def _reference(index: CatalogueIndex, query: str, show_delisted: bool) -> dict[str, set[str]]:
    """country -> visible exchange ids: an exchange shows under a country when every term is in
    the exchange's id/name or in that country's (and its region's) names."""
    terms = fold_for_search(query).split()
    shown: dict[str, set[str]] = {}
    for exchange in index.catalogue.exchanges:
        if not (show_delisted or exchange.listed_in_newest):
            continue
        own = fold_for_search(f"{exchange.id} {exchange.name}")
        for code in exchange.countries:
            country = index.catalogue.countries[code]
            region = index.catalogue.regions[country.region or ""]
            place = fold_for_search(
                " ".join([code, *country.names.values(), *region.names.values()])
            )
            if all(term in own or term in place for term in terms):
                shown.setdefault(code, set()).add(exchange.id)
    return shown


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(TERMS), max_size=3), st.booleans())
def test_filter_matches_reference(index: CatalogueIndex, terms: list[str], delisted: bool) -> None:
    tree = _tree(index)
    query = " ".join(terms)
    tree.apply_filter(query, delisted)
    expected = _reference(index, query, delisted)
    got: dict[str, set[str]] = {}
    for region in tree.shown(tree.root):
        region_ids: set[str] = set()
        for country in tree.shown(region):
            ids = {node.key for node in tree.shown(country)}
            assert country.kind is Kind.COUNTRY and country.count == len(ids) > 0
            got[country.key] = ids
            region_ids |= ids
        assert region.count == len(region_ids)
    assert got == expected
    everything: set[str] = set().union(*expected.values())
    assert set(tree.visible_ids) == everything
    assert tree.visible_count == len(everything)


_TREES: dict[int, Tree] = {}


def _tree(index: CatalogueIndex) -> Tree:
    return _TREES.setdefault(id(index), Tree(index))
