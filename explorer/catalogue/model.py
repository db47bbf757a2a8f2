"""The catalogue as the app uses it: validated, immutable records built from catalogue.json."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from explorer.catalogue.errors import CatalogueError
from explorer.text import EXCHANGE_ID, one_line

SCHEMA_VERSION = 2
SUPPORT = ("yes", "emulated", "no")


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
    source: str  # "ccxt-document" or "ccxt-package"
    version: str | None  # the ccxt release, when known
    date: str | None  # ISO date of the release or page, when known


@dataclass(frozen=True)
class SnapshotListing:
    countries: tuple[str, ...]
    lines: tuple[int, ...]


@dataclass(frozen=True)
class Fees:
    maker: float | None  # a fraction of the traded amount: 0.001 is 0.1 %
    taker: float | None
    page: str | None


@dataclass(frozen=True)
class CcxtCard:
    """What the ccxt package says of an exchange beyond its listing (the developer card)."""

    snapshot: str  # the snapshot (ccxt release) it comes from
    certified: bool
    pro: bool  # WebSocket support (ccxt.pro)
    dex: bool
    rate_limit_ms: float | None
    api_version: str | None
    capabilities: dict[str, str]  # "ticker", "tickers", "ohlcv", ... -> one of SUPPORT
    fees: Fees
    api_hosts: tuple[str, ...]
    docs: tuple[str, ...]


@dataclass(frozen=True)
class Departure:
    when: str | None  # month or window of months it left ccxt
    reason: str | None


@dataclass(frozen=True)
class Exchange:
    id: str
    name: str
    website: str | None
    website_original: str | None
    website_source: str | None  # "ccxt-homepage" or "document-link"
    logo: str | None
    docs: str | None
    versions: tuple[str, ...]
    countries: tuple[str, ...]
    regions: tuple[str, ...]
    first_snapshot: str
    last_snapshot: str
    listed_in_newest: bool
    snapshots: dict[str, SnapshotListing]
    sources: dict[str, str | None]  # field -> the snapshot it comes from
    renamed_to: str | None  # the id this exchange has now, if it was renamed
    former_ids: tuple[str, ...]
    left_ccxt: Departure | None
    ccxt: CcxtCard | None


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
        known = set(ids)
        for exchange in exchanges:
            if exchange.renamed_to is not None and exchange.renamed_to not in known:
                check.fail(
                    f"exchange {exchange.id!r} is renamed to unknown {exchange.renamed_to!r}"
                )
            if not known.issuperset(exchange.former_ids):
                check.fail(f"exchange {exchange.id!r} names an unknown former id")
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
    for name in ("versions", "countries", "regions", "former_ids"):
        document[name] = list(document[name])
    document["snapshots"] = {
        key: {"countries": list(listing.countries), "lines": list(listing.lines)}
        for key, listing in exchange.snapshots.items()
    }
    if exchange.ccxt is not None:
        card = document["ccxt"]
        card["api_hosts"], card["docs"] = list(card["api_hosts"]), list(card["docs"])
    return document


_OPTIONAL_STR = (str, type(None))
_SNAPSHOT_FIELDS = {
    "key": str, "title": str, "language": str, "format": str, "file": str, "sha256": str,
    "rows": int, "order_reason": str, "source": str, "version": _OPTIONAL_STR,
    "date": _OPTIONAL_STR,
}  # fmt: skip
_EXCHANGE_FIELDS = {
    "id": str, "name": str, "website": _OPTIONAL_STR, "website_original": _OPTIONAL_STR,
    "website_source": _OPTIONAL_STR, "logo": _OPTIONAL_STR, "docs": _OPTIONAL_STR,
    "versions": list, "countries": list, "regions": list, "first_snapshot": str,
    "last_snapshot": str, "listed_in_newest": bool, "snapshots": dict, "sources": dict,
    "renamed_to": _OPTIONAL_STR, "former_ids": list, "left_ccxt": (dict, type(None)),
    "ccxt": (dict, type(None)),
}  # fmt: skip
_SOURCE_FIELDS = ("name", "website", "logo", "docs", "countries")
_CAPABILITIES = ("ticker", "tickers", "ohlcv", "order_book", "trades", "watch_ticker")


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
    for name in ("versions", "countries", "regions", "former_ids"):
        fields[name] = check.strings(fields[name], exchange_id, name)
    if fields["renamed_to"] is not None and not EXCHANGE_ID.fullmatch(fields["renamed_to"]):
        check.fail(f"exchange {exchange_id!r} has an invalid renamed_to")
    sources = fields["sources"]
    fields["sources"] = {
        name: sources[name] if sources.get(name) in keys else None for name in _SOURCE_FIELDS
    }
    left = fields["left_ccxt"]
    if left is not None:
        fields["left_ccxt"] = Departure(_text(left.get("when"), 40), _text(left.get("reason"), 300))
    if fields["ccxt"] is not None:
        fields["ccxt"] = _card(check, fields["ccxt"], keys, exchange_id)
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


def _text(value: Any, limit: int) -> str | None:
    return one_line(value, limit) or None if isinstance(value, str) else None


def _url(value: Any) -> str | None:
    return value if isinstance(value, str) and _SAFE_URL.fullmatch(value) else None


def _number(value: Any, low: float, high: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if low <= value <= high else None  # NaN fails both comparisons


def _card(check: _Checker, raw: dict[str, Any], keys: set[str], exchange_id: str) -> CcxtCard:
    snapshot = raw.get("snapshot")
    if snapshot not in keys:
        check.fail(f"exchange {exchange_id!r} ccxt card names an unknown snapshot")
    capabilities = raw.get("capabilities") if isinstance(raw.get("capabilities"), dict) else {}
    fees = raw.get("fees") if isinstance(raw.get("fees"), dict) else {}
    hosts = raw.get("api_hosts") if isinstance(raw.get("api_hosts"), list) else []
    docs = raw.get("docs") if isinstance(raw.get("docs"), list) else []
    return CcxtCard(
        snapshot=snapshot,
        certified=raw.get("certified") is True,
        pro=raw.get("pro") is True,
        dex=raw.get("dex") is True,
        rate_limit_ms=_number(raw.get("rate_limit_ms"), 0, 600_000),
        api_version=_text(raw.get("api_version"), 20),
        capabilities={
            name: capabilities[name] if capabilities.get(name) in SUPPORT else "no"
            for name in _CAPABILITIES
        },
        fees=Fees(
            _number(fees.get("maker"), -0.1, 0.1),
            _number(fees.get("taker"), -0.1, 0.1),
            _url(fees.get("page")),
        ),
        api_hosts=tuple(h for h in hosts[:8] if isinstance(h, str) and _HOST.fullmatch(h)),
        docs=tuple(url for url in map(_url, docs[:12]) if url),
    )


_HOST = re.compile(r"[a-z0-9.-]{1,253}", re.IGNORECASE)


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
