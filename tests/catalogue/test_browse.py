"""The browse model's set/mask filter against its own rule (``browse.matches``), applied the
slow, obvious way to every (exchange, country)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.catalogue.browse import (
    BrowseTree,
    Kind,
    exchange_text,
    matches,
    place_text,
    terms_of,
)
from explorer.catalogue.index import CatalogueIndex

TERMS = ["bit", "b", "ex", "coin", "japan", "日本", "united", "欧洲", "europe", "us", "k", "x", "1"]


def _reference(index: CatalogueIndex, query: str, show_delisted: bool) -> dict[str, set[str]]:
    """country -> visible exchange ids, by the rule applied one pair at a time."""
    terms = terms_of(query)
    shown: dict[str, set[str]] = {}
    for exchange in index.catalogue.exchanges:
        if not (show_delisted or exchange.listed_in_newest):
            continue
        for code in exchange.countries:
            if matches(exchange_text(exchange), place_text(index, code), terms):
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


_TREES: dict[int, BrowseTree] = {}


def _tree(index: CatalogueIndex) -> BrowseTree:
    return _TREES.setdefault(id(index), BrowseTree(index))


def test_the_rule() -> None:
    assert matches("kraken", "united states 美国 americas 美洲", ("kra", "美洲"))
    assert not matches("kraken", "united states", ("kraken", "japan"))
    assert matches("anything", "", ())  # no terms: everything shows
