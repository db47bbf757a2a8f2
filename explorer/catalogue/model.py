"""The catalogue as the app uses it: validated, immutable records built from catalogue.json."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from explorer.catalogue.errors import CatalogueError
from explorer.text import EXCHANGE_ID, one_line

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Snapshot:
    key: str
    title: str
    language: str
    format: str
    file: str
    sha256: str
    rows: int
    order_reason: str


@dataclass(frozen=True)
class SnapshotListing:
    countries: tuple[str, ...]
    lines: tuple[int, ...]


@dataclass(frozen=True)
class Exchange:
    id: str
    name: str
    website: str | None
    website_original: str | None
    logo: str | None
    docs: str | None
    versions: tuple[str, ...]
    countries: tuple[str, ...]
    regions: tuple[str, ...]
    first_snapshot: str
    last_snapshot: str
    listed_in_newest: bool
    snapshots: dict[str, SnapshotListing]


@dataclass(frozen=True)
class Territory:
    """A country (with its UN M49 region) or a region, with display names per locale."""

    names: dict[str, str]
    region: str | None = None

    def name(self, locale: str) -> str:
        return self.names.get(locale) or self.names["en"]


@dataclass(frozen=True)
class Catalogue:
    snapshots: tuple[Snapshot, ...]  # oldest first
    countries: dict[str, Territory]
    regions: dict[str, Territory]
    exchanges: tuple[Exchange, ...]  # sorted by id

    @classmethod
    def from_document(cls, document: Any, source: str) -> Catalogue:
        check = _Checker(source)
        check.kind(document, dict, "the document")
        if document.get("schema") != SCHEMA_VERSION:
            check.fail(f"unsupported schema {document.get('schema')!r} (expected {SCHEMA_VERSION})")
        snapshots = tuple(
            Snapshot(**check.fields(raw, _SNAPSHOT_FIELDS, f"snapshot {n}"))
            for n, raw in enumerate(check.kind(document.get("snapshots"), list, "snapshots"))
        )
        keys = {snapshot.key for snapshot in snapshots}
        regions = check.territories(document.get("regions"), "regions", with_region=False)
        countries = check.territories(document.get("countries"), "countries", with_region=True)
        for code, country in countries.items():
            if country.region not in regions:
                check.fail(f"country {code!r} names unknown region {country.region!r}")
        exchanges = tuple(
            _exchange(check, raw, keys, f"exchange {n}")
            for n, raw in enumerate(check.kind(document.get("exchanges"), list, "exchanges"))
        )
        ids = [exchange.id for exchange in exchanges]
        if len(set(ids)) != len(ids):
            check.fail("duplicate exchange ids")
        for exchange in exchanges:
            unknown = (
                set(exchange.countries) - countries.keys() | set(exchange.regions) - regions.keys()
            )
            if unknown:
                check.fail(f"exchange {exchange.id!r} names unknown codes {sorted(unknown)}")
        return cls(snapshots, countries, regions, exchanges)

    def to_document(self) -> dict[str, Any]:
        """The JSON document this catalogue was loaded from (``catalogue export``)."""
        return {
            "schema": SCHEMA_VERSION,
            "snapshots": [asdict(snapshot) for snapshot in self.snapshots],
            "countries": {
                code: {"region": c.region, "names": dict(c.names)}
                for code, c in self.countries.items()
            },
            "regions": {code: {"names": dict(r.names)} for code, r in self.regions.items()},
            "exchanges": [exchange_document(exchange) for exchange in self.exchanges],
        }


def exchange_document(exchange: Exchange) -> dict[str, Any]:
    document = asdict(exchange)
    for name in ("versions", "countries", "regions"):
        document[name] = list(document[name])
    document["snapshots"] = {
        key: {"countries": list(listing.countries), "lines": list(listing.lines)}
        for key, listing in exchange.snapshots.items()
    }
    return document


_SNAPSHOT_FIELDS = {
    "key": str, "title": str, "language": str, "format": str, "file": str, "sha256": str,
    "rows": int, "order_reason": str,
}  # fmt: skip
_EXCHANGE_FIELDS = {
    "id": str, "name": str, "website": (str, type(None)), "website_original": (str, type(None)),
    "logo": (str, type(None)), "docs": (str, type(None)), "versions": list, "countries": list,
    "regions": list, "first_snapshot": str, "last_snapshot": str, "listed_in_newest": bool,
    "snapshots": dict,
}  # fmt: skip


_URL_FIELDS = ("website", "website_original", "logo", "docs")
_SAFE_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f-\x9f]{1,2040}", re.IGNORECASE)


def _exchange(check: _Checker, raw: Any, keys: set[str], what: str) -> Exchange:
    fields = check.fields(raw, _EXCHANGE_FIELDS, what)
    if not EXCHANGE_ID.fullmatch(fields["id"]):
        check.fail(f"{what} has an invalid id {one_line(fields['id'], 40)!r}")
    # Shown on screens and terminals: one safe line each; links only if http(s) and clean.
    fields["name"] = one_line(fields["name"], 120) or fields["id"]
    for name in _URL_FIELDS:
        if fields[name] is not None and not _SAFE_URL.fullmatch(fields[name]):
            fields[name] = None
    exchange_id = fields["id"]
    for name in ("versions", "countries", "regions"):
        fields[name] = check.strings(fields[name], exchange_id, name)
    listings = {}
    for key, listing in fields["snapshots"].items():
        if key not in keys or not isinstance(listing, dict):
            check.fail(f"exchange {exchange_id!r} names unknown snapshot {key!r} or not a dict")
        countries = check.strings(listing.get("countries"), exchange_id, "countries")
        lines = listing.get("lines")
        if not isinstance(lines, list) or not all(type(line) is int for line in lines):
            check.fail(f"exchange {exchange_id!r} has bad lines in snapshot {key!r}")
        listings[key] = SnapshotListing(countries, tuple(lines))
    fields["snapshots"] = listings
    if fields["first_snapshot"] not in keys or fields["last_snapshot"] not in keys:
        check.fail(f"exchange {exchange_id!r} names an unknown first or last snapshot")
    return Exchange(**fields)


class _Checker:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, message: str) -> None:
        raise CatalogueError(f"invalid catalogue: {message}", self.source)

    def kind(self, value: Any, expected: type | tuple[type, ...], what: str) -> Any:
        if not isinstance(value, expected):
            self.fail(f"{what} has the wrong type ({type(value).__name__})")
        return value

    def fields(self, raw: Any, spec: dict[str, Any], what: str) -> dict[str, Any]:
        self.kind(raw, dict, what)
        missing = sorted(set(spec) - set(raw))
        if missing:
            self.fail(f"{what} lacks {', '.join(missing)}")
        fields = {name: raw[name] for name in spec}
        for name, kind in spec.items():  # messages built only on failure: 196 exchanges a start
            if not isinstance(fields[name], kind):
                self.kind(fields[name], kind, f"{what} {name}")
        return fields

    def territories(self, value: Any, what: str, *, with_region: bool) -> dict[str, Territory]:
        table = {}
        for code, raw in self.kind(value, dict, what).items():
            entry = self.kind(raw, dict, f"{what} {code!r}")
            names = self.kind(entry.get("names"), dict, f"{what} {code!r} names")
            if not isinstance(names.get("en"), str):
                self.fail(f"{what} {code!r} has no English name")
            region = (
                self.kind(entry.get("region"), str, f"{what} {code!r} region")
                if with_region
                else None
            )
            table[code] = Territory({k: one_line(v, 120) for k, v in names.items()}, region)
        return table

    def strings(self, value: Any, exchange_id: str, name: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(type(item) is str for item in value):
            self.fail(f"exchange {exchange_id!r} {name} is not a list of strings")
        return tuple(value)
