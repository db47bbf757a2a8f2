"""Ties the rows of a machine-translated document to canonical exchange ids, by evidence.

A translated id cell is often no id at all ("南汇" for southxchange, "比特币" for three different
exchanges, "x" for indodax). Each row is matched in passes:

1. its id cell, lower-cased, is an id some English document lists;
2. evidence against every exchange the English documents list: the same logo image, website host,
   API docs URL, version, country and name, scored; the best must be unique and strong enough.
   An exchange appears at most once per country, so ids taken in pass 1 are out of the running;
3. a Latin id cell that names no known exchange and that no evidence contradicts is a new id;
4. the curated alias table (``translated_aliases.toml``), for what evidence cannot settle.

A row that none of these settles fails the build, naming the row.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.links import host, same_url_key
from explorer.catalogue.listing import (
    EXCHANGE_ID,
    Listing,
    listing_from_row,
    row_countries,
    row_version,
    written_id,
)
from explorer.catalogue.rows import SourceRow
from explorer.resources import resource

WEIGHTS = {"logo": 4, "website": 3, "docs": 3, "country": 2, "name": 2, "version": 1}
MIN_SCORE = 6


@cache
def translated_aliases() -> dict[str, str]:
    with resource("catalogue", "translated_aliases.toml").open("rb") as handle:
        return dict(tomllib.load(handle)["aliases"])


@dataclass
class Evidence:
    """What the English documents say about each exchange, keyed for comparison."""

    by_kind: dict[str, dict[str, set[str]]] = field(
        default_factory=lambda: {kind: defaultdict(set) for kind in WEIGHTS}
    )
    ids: set[str] = field(default_factory=set)

    @classmethod
    def from_listings(cls, listings: Iterable[Listing]) -> Evidence:
        evidence = cls()
        for item in listings:
            evidence.ids.add(item.id)
            for kind, value in _keys(item.logo, item.website, item.docs, item.name, item.version):
                evidence.by_kind[kind][value].add(item.id)
            for country in item.countries:
                evidence.by_kind["country"][country].add(item.id)
        return evidence

    def scores(self, row: SourceRow, countries: tuple[str, ...]) -> dict[str, int]:
        keys = list(_keys(row.logo, row.website, row.docs, row.name, row_version(row)))
        keys += [("country", country) for country in countries]
        totals: dict[str, int] = defaultdict(int)
        for kind, value in keys:
            for exchange_id in self.by_kind[kind].get(value, ()):
                totals[exchange_id] += WEIGHTS[kind]
        return totals


def _keys(logo, website, docs, name, version) -> Iterable[tuple[str, str]]:
    pairs = [
        ("logo", same_url_key(logo)),
        ("website", host(website)),
        ("docs", same_url_key(docs)),
        ("name", (name or "").casefold()),
        ("version", version or ""),
    ]
    return [(kind, value) for kind, value in pairs if value]


def match_translated(rows: list[SourceRow], snapshot: str, english: list[Listing]) -> list[Listing]:
    evidence = Evidence.from_listings(english)
    matched: dict[int, Listing] = {}
    taken: dict[str, set[str]] = defaultdict(set)  # country -> ids already placed there

    def place(index: int, exchange_id: str, how: str) -> None:
        listing = listing_from_row(rows[index], snapshot, exchange_id, how)
        matched[index] = listing
        for country in listing.countries:
            taken[country].add(exchange_id)

    for index, row in enumerate(rows):
        if written_id(row).lower() in evidence.ids:
            place(index, written_id(row).lower(), "id")
    for index, row in enumerate(rows):
        if index not in matched:
            exchange_id, how = _settle(row, evidence, taken)
            place(index, exchange_id, how)
    return [matched[index] for index in range(len(rows))]


def _settle(row: SourceRow, evidence: Evidence, taken: dict[str, set[str]]) -> tuple[str, str]:
    countries = row_countries(row)
    excluded = set().union(*(taken[country] for country in countries))
    scores = {k: v for k, v in evidence.scores(row, countries).items() if k not in excluded}
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    best = ranked[0] if ranked else ("", 0)
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best[1] >= MIN_SCORE and best[1] > runner_up:
        return best[0], "evidence"
    latin = written_id(row).lower()
    if EXCHANGE_ID.match(latin) and best[1] < MIN_SCORE:
        return latin, "new-id"
    alias = translated_aliases().get(written_id(row))
    if alias:
        return alias, "alias"
    candidates = ", ".join(f"{k} ({v})" for k, v in ranked[:3]) or "none"
    raise CatalogueError(
        f"cannot tie translated row {row.raw_id!r} to an exchange (candidates: {candidates}); "
        "add it to translated_aliases.toml with a reason",
        row.source,
        row.line,
    )
