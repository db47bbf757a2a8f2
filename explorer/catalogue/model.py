"""The catalogue as the app uses it: validated, immutable records built from catalogue.json."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from explorer.catalogue.errors import CatalogueError

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
class Catalogue:
    snapshots: tuple[Snapshot, ...]  # oldest first
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
        exchanges = tuple(
            _exchange(check, raw, keys, f"exchange {n}")
            for n, raw in enumerate(check.kind(document.get("exchanges"), list, "exchanges"))
        )
        ids = [exchange.id for exchange in exchanges]
        if len(set(ids)) != len(ids):
            check.fail("duplicate exchange ids")
        return cls(snapshots, exchanges)

    def to_document(self) -> dict[str, Any]:
        """The JSON document this catalogue was loaded from (``catalogue export``)."""
        return {
            "schema": SCHEMA_VERSION,
            "snapshots": [asdict(snapshot) for snapshot in self.snapshots],
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


def _exchange(check: _Checker, raw: Any, keys: set[str], what: str) -> Exchange:
    fields = check.fields(raw, _EXCHANGE_FIELDS, what)
    what = f"exchange {fields['id']!r}"
    for name in ("versions", "countries", "regions"):
        fields[name] = tuple(check.strings(fields[name], f"{what} {name}"))
    listings = {}
    for key, listing in fields["snapshots"].items():
        if key not in keys:
            check.fail(f"{what} names unknown snapshot {key!r}")
        check.kind(listing, dict, f"{what} snapshot {key!r}")
        countries = tuple(check.strings(listing.get("countries"), f"{what} countries"))
        lines = check.kind(listing.get("lines"), list, f"{what} lines")
        listings[key] = SnapshotListing(countries, tuple(int(line) for line in lines))
    fields["snapshots"] = listings
    if fields["first_snapshot"] not in keys or fields["last_snapshot"] not in keys:
        check.fail(f"{what} names an unknown first or last snapshot")
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
        return {name: self.kind(raw[name], kind, f"{what} {name}") for name, kind in spec.items()}

    def strings(self, value: Any, what: str) -> list[str]:
        items = self.kind(value, list, what)
        for item in items:
            self.kind(item, str, what)
        return items
