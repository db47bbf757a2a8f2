"""The one browse model: the region -> country -> exchange hierarchy, text search and the
listed/delisted filter. The window's tree (``qt.models.tree_model``) and ``catalogue list``
both use it, so the same query shows the same exchanges.

The search rule (:func:`matches` says it in one line): an exchange shows under a country when
every term of the query occurs, case-insensitively (NFKC, casefold), in the exchange's id, name
or former ids (okx is found by "okex"), or in the English or Chinese name of that country or of
its region. Terms AND together.

Filtering runs on every keystroke over up to tens of thousands of exchanges, so it works on
precomputed folded texts and sets (``TextIndex``) rather than on per-row callbacks.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from functools import cached_property

from explorer.catalogue.index import CatalogueIndex
from explorer.catalogue.model import Exchange
from explorer.catalogue.search import Hits, TextIndex, mask_of, positions_of


def fold_for_search(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def terms_of(query: str) -> tuple[str, ...]:
    return tuple(fold_for_search(query).split())


def exchange_text(exchange: Exchange) -> str:
    """What a term may match in the exchange itself: its id, name and former ids."""
    return fold_for_search(" ".join((exchange.id, exchange.name, *exchange.former_ids)))


def place_text(index: CatalogueIndex, country: str) -> str:
    """What a term may match in a place: the country's and its region's names, English and
    Chinese."""
    territory = index.catalogue.countries[country]
    region = index.catalogue.regions.get(territory.region or "")
    names = [*territory.names.values(), *(region.names.values() if region else ())]
    return fold_for_search(" ".join(names))


def matches(own: str, place: str, terms: tuple[str, ...]) -> bool:
    """The rule, said once: every term is in the exchange's own text or its place's."""
    return all(term in own or term in place for term in terms)


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
    shown: list[Node] = field(default_factory=list)  # the visible ones; see Tree.shown()
    row: int = -1  # position in parent's shown list (regions, countries); -1 when hidden
    count: int = 0  # visible exchanges below (distinct)
    exchange: Exchange | None = None
    text_pos: int = -1  # position in the search index of its kind
    # Countries and regions, per delisted toggle (False: listed only, True: all):
    positions: dict[bool, frozenset[int]] = field(default_factory=dict)
    masks: dict[bool, int] = field(default_factory=dict)
    allowed: Hits | None = None  # countries: what the current filter lets through
    stale: bool = True  # countries: ``shown`` must be recomputed


class BrowseTree:
    """Filtering is set and mask algebra done in C: a country counts ``positions & allowed``
    (a small set against a big one), a region ANDs and popcounts masks; the list of a country's
    visible exchanges is only built when a view expands that country."""

    def __init__(self, index: CatalogueIndex) -> None:
        self.index = index
        self.nodes: list[Node] = []
        self.root = self._node(Kind.ROOT, "", "", None)
        exchange_pos: dict[str, int] = {}
        countries: list[Node] = []
        for region in index.regions():
            region_node = self._node(Kind.REGION, region, index.region_name(region), self.root)
            for country in index.countries(region):
                country_node = self._node(
                    Kind.COUNTRY, country, index.country_name(country), region_node
                )
                country_node.text_pos = len(countries)
                countries.append(country_node)
                for exchange in index.exchanges_in(country):
                    node = self._node(
                        Kind.EXCHANGE, exchange.id, index.label(exchange), country_node
                    )
                    node.exchange = exchange
                    node.text_pos = exchange_pos.setdefault(exchange.id, len(exchange_pos))
        self.exchanges = sorted(exchange_pos, key=exchange_pos.__getitem__)
        self.by_id = {e.id: e for e in index.catalogue.exchanges}
        self.size = len(self.exchanges)
        listed = {p for p, i in enumerate(self.exchanges) if self.by_id[i].listed_in_newest}
        self._bases = {
            True: mask_of(range(self.size), self.size),
            False: mask_of(listed, self.size),
        }
        for country_node in countries:
            every = frozenset(n.text_pos for n in country_node.children)
            country_node.positions = {True: every, False: every & listed}
        for region_node in self.root.children:
            for shown_delisted in (True, False):
                below = set().union(*(c.positions[shown_delisted] for c in region_node.children))
                region_node.masks[shown_delisted] = mask_of(below, self.size)
        self._countries = countries
        self._everything = Hits(frozenset(range(self.size)), self._bases[True])
        self.visible_mask = 0
        self.available = 0

    # The search texts are built on the first search, not before the first paint.
    @cached_property
    def exchange_text(self) -> TextIndex:
        return TextIndex([exchange_text(self.by_id[i]) for i in self.exchanges])

    @cached_property
    def country_text(self) -> TextIndex:
        return TextIndex([place_text(self.index, node.key) for node in self._countries])

    def _node(self, kind: Kind, key: str, name: str, parent: Node | None) -> Node:
        node = Node(len(self.nodes), kind, key, name, parent)
        self.nodes.append(node)
        if parent is not None:
            parent.children.append(node)
        return node

    @property
    def visible_count(self) -> int:
        return self.visible_mask.bit_count()

    @property
    def visible_ids(self) -> list[str]:
        return [self.exchanges[p] for p in positions_of(self.visible_mask, self.size)]

    def shown(self, node: Node) -> list[Node]:
        if node.kind is Kind.COUNTRY and node.stale:
            allowed = node.allowed.positions if node.allowed else frozenset()
            visible = node.positions[self._show_delisted]
            node.shown = [
                n for n in node.children if n.text_pos in allowed and n.text_pos in visible
            ]
            node.stale = False
        return node.shown

    def row_of(self, node: Node) -> int:
        """Row of ``node`` under its parent, or -1 if it (or an ancestor) is hidden."""
        if node.kind is not Kind.EXCHANGE:
            return node.row if self._ancestors_shown(node) else -1
        country = node.parent
        if country is None or not self._ancestors_shown(country):
            return -1
        shown = self.shown(country)
        return shown.index(node) if node in shown else -1

    @staticmethod
    def _ancestors_shown(node: Node) -> bool:
        while node.kind is not Kind.ROOT:
            if node.row < 0 or node.parent is None:
                return False
            node = node.parent
        return True

    _place_order: Mapping[str, int] = {}

    def set_place_order(self, ranks: Mapping[str, int]) -> None:
        """How region and country names sort (by their codes), as the UI's collation orders
        them (pinyin in Chinese, accents in place: "Türkiye" before "Tuvalu"); call sort()."""
        self._place_order = dict(ranks)

    def sort(self, by_count: bool, descending: bool) -> None:
        order = self._place_order

        def key(node: Node) -> tuple:
            name: object = node.name.casefold()
            if node.kind is not Kind.EXCHANGE and node.key in order:
                name = order[node.key]
            if by_count and node.kind is not Kind.EXCHANGE:
                return (node.count, name) if not descending else (-node.count, name)
            return (name,)

        reverse = descending and not by_count
        for region in self.root.children:
            region.children.sort(key=key, reverse=reverse)
            for country in region.children:
                country.children.sort(key=key, reverse=reverse)
                country.stale = True
            region.shown = [c for c in region.children if c.count > 0]
            for row, country in enumerate(region.shown):
                country.row = row
        self.root.children.sort(key=key, reverse=reverse)
        self.root.shown = [r for r in self.root.children if r.shown]
        for row, region in enumerate(self.root.shown):
            region.row = row

    _show_delisted = False
    _terms: tuple[str, ...] = ()

    def found_by_former_id(self, node: Node) -> bool:
        """Whether the current query names this exchange only by a former id ("okex" finds
        OKX): the view then says what it was called."""
        exchange = node.exchange
        if exchange is None or not exchange.former_ids or not self._terms:
            return False
        own = fold_for_search(f"{exchange.id} {exchange.name}")
        former = fold_for_search(" ".join(exchange.former_ids))
        return any(term in former and term not in own for term in self._terms)

    def apply_filter(self, query: str, show_delisted: bool) -> None:
        self._show_delisted = show_delisted
        terms = terms_of(query)
        self._terms = terms
        exchange_hits = {term: self.exchange_text.containing(term) for term in terms}
        country_hits = {term: self.country_text.containing(term) for term in terms}
        allowed_for: dict[tuple[str, ...], Hits] = {}
        # region -> matches of its countries whose names matched (some terms)
        named: dict[Node, list[frozenset[int]]] = {}
        whole: set[Node] = set()  # regions whose every country's name matched every term
        for region in self.root.children:
            every_named = True
            for country in region.children:
                positions = country.positions[show_delisted]
                unmatched = tuple(
                    t for t in terms if country.text_pos not in country_hits[t].positions
                )
                if unmatched not in allowed_for:
                    allowed_for[unmatched] = self._all_of([exchange_hits[t] for t in unmatched])
                country.allowed = allowed_for[unmatched]
                country.stale = True
                every_named = every_named and not unmatched
                if not unmatched:  # its name matched: all of it shows, no intersection needed
                    country.count = len(positions)
                    matched = positions
                else:
                    matched = positions & country.allowed.positions
                    country.count = len(matched)
                if unmatched != terms:
                    named.setdefault(region, []).append(matched)
            if every_named and terms:
                whole.add(region)
        common = allowed_for.get(terms) or self._all_of([exchange_hits[t] for t in terms])
        base = self._bases[show_delisted]
        self.available = base.bit_count()
        visible = 0
        self.root.shown = []
        for region in self.root.children:
            region.shown = [c for c in region.children if c.count > 0]
            for row, country in enumerate(region.shown):
                country.row = row
            for country in region.children:
                if country.count == 0:
                    country.row = -1
            # A named country's filter is laxer than ``common`` (fewer terms), so its matches
            # include those ``common`` would give it: OR-ing them on top stays exact.
            if region in whole:
                below = region.masks[show_delisted]
            else:
                below = region.masks[show_delisted] & common.mask
                if region in named:
                    below |= mask_of(frozenset().union(*named[region]), self.size)
            region.count = below.bit_count()
            visible |= below
            region.row = len(self.root.shown) if region.shown else -1
            if region.shown:
                self.root.shown.append(region)
        self.visible_mask = visible

    def _all_of(self, hits: list[Hits]) -> Hits:
        if not hits:
            return self._everything
        if len(hits) == 1:
            return hits[0]
        positions = frozenset.intersection(*(h.positions for h in hits))
        mask = hits[0].mask
        for h in hits[1:]:
            mask &= h.mask
        return Hits(positions, mask)

    def select(
        self,
        query: str = "",
        *,
        show_delisted: bool = True,
        country: str | None = None,
        region: str | None = None,
    ) -> list[Exchange]:
        """What the tree would show for ``query`` (below ``country`` or ``region`` if given),
        as one list sorted by id: what ``catalogue list`` prints."""
        self.apply_filter(query, show_delisted)
        if country is None and region is None:
            return sorted((self.by_id[i] for i in self.visible_ids), key=lambda e: e.id)
        found: dict[str, Exchange] = {}
        for region_node in self.shown(self.root):
            if region is not None and region_node.key != region:
                continue
            for country_node in self.shown(region_node):
                if country is not None and country_node.key != country.upper():
                    continue
                for node in self.shown(country_node):
                    if node.exchange is not None:
                        found[node.exchange.id] = node.exchange
        return sorted(found.values(), key=lambda e: e.id)
