"""The catalogue as the UI and CLI ask for it: regions -> countries -> exchanges, and search."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.model import Catalogue, Exchange


def fold_for_search(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


class CatalogueIndex:
    """Read-only lookups over a loaded catalogue; built once, cheap to query."""

    def __init__(self, catalogue: Catalogue, locale: str = "en") -> None:
        self.catalogue = catalogue
        self.locale = locale
        self._by_id = {exchange.id: exchange for exchange in catalogue.exchanges}
        tree: dict[str, dict[str, list[Exchange]]] = defaultdict(lambda: defaultdict(list))
        for exchange in catalogue.exchanges:
            for country in exchange.countries:
                tree[catalogue.countries[country].region or ""][country].append(exchange)
        self._tree = tree
        self._haystacks = {
            exchange.id: self._haystack(exchange) for exchange in catalogue.exchanges
        }

    @property
    def newest_snapshot(self) -> str:
        return self.catalogue.snapshots[-1].key

    def exchange(self, exchange_id: str) -> Exchange:
        try:
            return self._by_id[exchange_id]
        except KeyError:
            raise CatalogueError(f"no exchange with id {exchange_id!r}") from None

    def country_name(self, code: str, locale: str | None = None) -> str:
        return self.catalogue.countries[code].name(locale or self.locale)

    def region_name(self, code: str, locale: str | None = None) -> str:
        return self.catalogue.regions[code].name(locale or self.locale)

    def region_of(self, country: str) -> str:
        return self.catalogue.countries[country].region or ""

    def regions(self) -> list[str]:
        return sorted(self._tree, key=self.region_name)

    def countries(self, region: str) -> list[str]:
        return sorted(self._tree.get(region, {}), key=self.country_name)

    def exchanges_in(self, country: str) -> list[Exchange]:
        return list(self._tree[self.region_of(country)].get(country, []))

    def haystack(self, exchange_id: str) -> str:
        """Folded text a search matches against: id, name, country names in en and zh."""
        return self._haystacks[exchange_id]

    def select(
        self,
        *,
        country: str | None = None,
        region: str | None = None,
        search: str | None = None,
        include_delisted: bool = True,
    ) -> list[Exchange]:
        """Exchanges matching every given filter, sorted by id."""
        found: Iterable[Exchange] = self.catalogue.exchanges
        if country:
            found = (e for e in found if country.upper() in e.countries)
        if region:
            found = (e for e in found if region in e.regions)
        if not include_delisted:
            found = (e for e in found if e.listed_in_newest)
        if search:
            found = (e for e in found if matches(self._haystacks[e.id], search))
        return list(found)

    def _haystack(self, exchange: Exchange) -> str:
        names = [exchange.id, exchange.name]
        for code in exchange.countries:
            names += [code, *self.catalogue.countries[code].names.values()]
        return fold_for_search(" ".join(names))


def matches(haystack: str, query: str) -> bool:
    """Every whitespace-separated term of ``query`` occurs in ``haystack`` (already folded)."""
    return all(term in haystack for term in fold_for_search(query).split())
