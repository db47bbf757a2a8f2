"""Lookups over a loaded catalogue: an exchange by id, names of countries and regions in the
user's language, which exchanges a country or region has. (Text search is the browse model's:
:mod:`explorer.catalogue.browse`.)"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.model import Catalogue, Exchange


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
        self._labels = _labels(catalogue.exchanges)

    @property
    def newest_snapshot(self) -> str:
        return self.catalogue.snapshots[-1].key

    def exchange(self, exchange_id: str) -> Exchange:
        try:
            return self._by_id[exchange_id]
        except KeyError:
            raise CatalogueError(f"no exchange with id {exchange_id!r}") from None

    def find(self, given: str) -> Exchange:
        """An exchange by id, whatever the case ("Binance" is binance); else a CatalogueError
        that offers the closest ids and names."""
        text = given.strip()
        found = self._by_id.get(text) or self._by_id.get(text.lower())
        if found is not None:
            return found
        by_name = {exchange.name.casefold(): exchange for exchange in self.catalogue.exchanges}
        if text.casefold() in by_name:
            return by_name[text.casefold()]
        import difflib

        from explorer.text import one_line

        close = difflib.get_close_matches(text.lower(), list(self._by_id), n=3, cutoff=0.6)
        close += [
            by_name[name].id
            for name in difflib.get_close_matches(text.casefold(), list(by_name), n=3, cutoff=0.6)
        ]
        hint = f" (did you mean {', '.join(dict.fromkeys(close))}?)" if close else ""
        raise CatalogueError(f"no exchange with id {one_line(given, 60)!r}{hint}")

    def label(self, exchange: Exchange) -> str:
        """The exchange's name, told apart from others of the same name by its id: the one
        the newest snapshot lists keeps its plain name ("Bitfinex", "Bitfinex (bitfinex2)")."""
        return self._labels.get(exchange.id, exchange.name)

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

    def in_place(
        self, *, country: str | None = None, region: str | None = None, listed_only: bool = False
    ) -> list[Exchange]:
        """The exchanges of a country or a region (or all), sorted by id; no text search."""
        found: Iterable[Exchange] = self.catalogue.exchanges
        if country:
            found = (e for e in found if country.upper() in e.countries)
        if region:
            found = (e for e in found if region in e.regions)
        if listed_only:
            found = (e for e in found if e.listed_in_newest)
        return list(found)


def _labels(exchanges: Iterable[Exchange]) -> dict[str, str]:
    by_name: dict[str, list[Exchange]] = defaultdict(list)
    for exchange in exchanges:
        by_name[exchange.name.casefold()].append(exchange)
    return {
        exchange.id: f"{exchange.name} ({exchange.id})"
        for same in by_name.values()
        if len(same) > 1
        for exchange in same
        if not exchange.listed_in_newest
    }
