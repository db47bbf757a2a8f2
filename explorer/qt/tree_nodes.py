"""The region -> country -> exchange tree behind the country tree model, and its filtering.

Plain Python: the model only maps these nodes to QModelIndexes. Filtering runs on every keystroke
over up to tens of thousands of exchanges, so it works on precomputed folded texts and sets
(``TextIndex``) rather than per-row callbacks from Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from explorer.catalogue.model import Exchange
from explorer.catalogue.query import CatalogueIndex, fold_for_search
from explorer.catalogue.search import TextIndex


class Kind(IntEnum):
    ROOT = -1
    REGION = 0
    COUNTRY = 1
    EXCHANGE = 2


@dataclass(eq=False, slots=True)
class Node:
    uid: int
    kind: Kind
    key: str  # region code, country code or exchange id
    name: str
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)  # all, in sort order
    shown: list[Node] = field(default_factory=list)  # the visible ones, same order
    row: int = -1  # position in parent.shown; -1 when hidden
    count: int = 0  # visible exchanges below (distinct)
    exchange: Exchange | None = None
    text_pos: int = -1  # position in the search index of its kind


class Tree:
    def __init__(self, index: CatalogueIndex) -> None:
        self.index = index
        self.nodes: list[Node] = []
        self.root = self._node(Kind.ROOT, "", "", None)
        exchange_pos: dict[str, int] = {}
        country_texts: list[str] = []
        for region in index.regions():
            region_node = self._node(Kind.REGION, region, index.region_name(region), self.root)
            region_names = " ".join(index.catalogue.regions[region].names.values())
            for country in index.countries(region):
                country_node = self._node(
                    Kind.COUNTRY, country, index.country_name(country), region_node
                )
                names = " ".join(index.catalogue.countries[country].names.values())
                country_node.text_pos = len(country_texts)
                country_texts.append(fold_for_search(f"{country} {names} {region_names}"))
                for exchange in index.exchanges_in(country):
                    node = self._node(Kind.EXCHANGE, exchange.id, exchange.name, country_node)
                    node.exchange = exchange
                    node.text_pos = exchange_pos.setdefault(exchange.id, len(exchange_pos))
        self.exchanges = sorted(exchange_pos, key=exchange_pos.__getitem__)
        self.by_id = {e.id: e for e in index.catalogue.exchanges}
        self.exchange_text = TextIndex(
            [fold_for_search(f"{i} {self.by_id[i].name}") for i in self.exchanges]
        )
        self.country_text = TextIndex(country_texts)
        self.visible_ids: set[str] = set()
        self.available = 0

    def _node(self, kind: Kind, key: str, name: str, parent: Node | None) -> Node:
        node = Node(len(self.nodes), kind, key, name, parent)
        self.nodes.append(node)
        if parent is not None:
            parent.children.append(node)
        return node

    def regions(self) -> list[Node]:
        return self.root.children

    def sort(self, by_count: bool, descending: bool) -> None:
        def key(node: Node) -> tuple:
            name = node.name.casefold()
            if by_count and node.kind is not Kind.EXCHANGE:
                return (node.count, name) if not descending else (-node.count, name)
            return (name,)

        reverse = descending and not by_count
        for region in self.root.children:
            region.children.sort(key=key, reverse=reverse)
            for country in region.children:
                country.children.sort(key=key, reverse=reverse)
        self.root.children.sort(key=key, reverse=reverse)
        self._rebuild_shown()

    def apply_filter(self, query: str, show_delisted: bool) -> None:
        terms = fold_for_search(query).split()
        exchange_hits = {term: self.exchange_text.containing(term) for term in terms}
        country_hits = {term: self.country_text.containing(term) for term in terms}
        allowed_cache: dict[tuple[str, ...], frozenset[int] | None] = {}
        for region in self.root.children:
            for country in region.children:
                unmatched = tuple(t for t in terms if country.text_pos not in country_hits[t])
                if unmatched not in allowed_cache:
                    allowed_cache[unmatched] = (
                        frozenset.intersection(*(exchange_hits[t] for t in unmatched))
                        if unmatched
                        else None
                    )
                allowed = allowed_cache[unmatched]
                for node in country.children:
                    exchange = node.exchange
                    assert exchange is not None
                    visible = (show_delisted or exchange.listed_in_newest) and (
                        allowed is None or node.text_pos in allowed
                    )
                    node.row = 0 if visible else -1
        self.available = sum(1 for e in self.by_id.values() if show_delisted or e.listed_in_newest)
        self._rebuild_shown()

    def _rebuild_shown(self) -> None:
        visible_ids: set[str] = set()
        self.root.shown = []
        for region in self.root.children:
            region.shown = []
            region_ids: set[str] = set()
            for country in region.children:
                country.shown = [n for n in country.children if n.row >= 0]
                for row, node in enumerate(country.shown):
                    node.row = row
                if country.shown:
                    country.row = len(region.shown)
                    country.count = len(country.shown)
                    region.shown.append(country)
                    region_ids.update(n.key for n in country.shown)
                else:
                    country.row, country.count = -1, 0
            region.count = len(region_ids)
            visible_ids |= region_ids
            if region.shown:
                region.row = len(self.root.shown)
                self.root.shown.append(region)
            else:
                region.row = -1
        self.visible_ids = visible_ids
