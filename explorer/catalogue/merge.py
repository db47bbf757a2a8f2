"""A new snapshot on top of a catalogue (Tools → Update catalogue, ``catalogue update``).

The result is a new catalogue document in which the snapshot is the newest: what it lists is
"listed in the newest", everything else is not, and what it says (names, homepages, countries,
the developer card) becomes current. Exchanges that leave while a new id arrives with the same
homepage or name are linked as renamed. The document the app shipped with is never changed;
the result is written to the user's data folder by :mod:`explorer.catalogue.user_catalogue`.

A snapshot is kept as a plain file too (``SNAPSHOT_FORMAT``): its record and its listings, so the
user's catalogue can be made again on top of a newer bundled one.
"""

from __future__ import annotations

import copy
from typing import Any

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.geography import is_known_code, region_of, territories
from explorer.catalogue.links import host, is_web_url
from explorer.catalogue.listing import Listing
from explorer.catalogue.model import Catalogue
from explorer.catalogue.reconcile import HOMEPAGE, website_fields
from explorer.text import EXCHANGE_ID, QT_TRANSLATE_NOOP, one_line

SNAPSHOT_FORMAT = "exchange-explorer-snapshot"
MAX_LISTINGS = 5000
_LISTING_FIELDS = (
    "id", "name", "website", "logo", "docs", "version", "countries", "homepage", "referral", "ccxt",
)  # fmt: skip


def merge_snapshot(
    document: dict[str, Any], snapshot: dict[str, Any], listings: list[Listing]
) -> dict[str, Any]:
    """``document`` with ``snapshot`` (a snapshot record) and its listings added as the newest
    snapshot. Raises CatalogueError if the result would not be a valid catalogue."""
    merged = copy.deepcopy(document)
    key = snapshot["key"]
    if any(s["key"] == key for s in merged["snapshots"]):
        raise CatalogueError(
            QT_TRANSLATE_NOOP("CatalogueError", "the catalogue already has the snapshot %1"),
            values=(key,),
        )
    if not listings:
        raise CatalogueError(
            QT_TRANSLATE_NOOP("CatalogueError", "the snapshot %1 lists no exchange"), values=(key,)
        )
    merged["snapshots"].append(snapshot)
    by_id = {record["id"]: record for record in merged["exchanges"]}
    listed_before = {i for i, record in by_id.items() if record["listed_in_newest"]}
    english = snapshot["language"].startswith("en")
    seen: set[str] = set()
    for listing in listings:
        if listing.id in seen:
            raise CatalogueError(
                QT_TRANSLATE_NOOP("CatalogueError", "the snapshot %1 lists %2 twice"),
                values=(key, listing.id),
            )
        seen.add(listing.id)
        record = by_id.get(listing.id)
        if record is None:
            record = by_id[listing.id] = _new_record(listing, key)
        _update(record, listing, key, english)
    for exchange_id, record in by_id.items():
        if exchange_id not in seen:
            record["listed_in_newest"] = False
            if exchange_id in listed_before and record.get("left_ccxt") is None:
                record["left_ccxt"] = {"when": snapshot.get("date"), "reason": None}
    _link_renames(by_id, gone=listed_before - seen, arrived=seen - listed_before)
    exchanges = [by_id[i] for i in sorted(by_id)]
    merged.update(territories(exchanges))
    merged["exchanges"] = exchanges
    Catalogue.from_document(merged, key)  # the app must be able to load what we write
    return merged


def _new_record(listing: Listing, key: str) -> dict[str, Any]:
    return {
        "id": listing.id, "name": listing.name, "website": None, "website_original": None,
        "website_source": None, "logo": None, "docs": None, "versions": [], "countries": [],
        "regions": [], "first_snapshot": key, "last_snapshot": key, "listed_in_newest": True,
        "snapshots": {}, "sources": {}, "renamed_to": None, "former_ids": [],
        "left_ccxt": None, "ccxt": None,
    }  # fmt: skip


def _update(record: dict[str, Any], listing: Listing, key: str, english: bool) -> None:
    record["snapshots"][key] = {
        "countries": list(listing.countries),
        "lines": [listing.line] if listing.line else [],
    }
    record.update(last_snapshot=key, listed_in_newest=True, left_ccxt=None, renamed_to=None)
    record["countries"] = list(listing.countries)
    record["regions"] = sorted({region_of(code) for code in listing.countries})
    sources = record.setdefault("sources", {})
    sources["countries"] = key
    if english or not record["name"]:
        record["name"], sources["name"] = listing.name, key
    keeps_homepage = record.get("website_source") == HOMEPAGE and not listing.homepage
    if listing.website and is_web_url(listing.website) and not keeps_homepage:
        website, original, how = website_fields(listing)
        record.update(website=website, website_original=original or website, website_source=how)
        sources["website"] = key
    for field in ("logo", "docs"):
        value = getattr(listing, field)
        if value and is_web_url(value):
            record[field], sources[field] = value, key
    if listing.version not in record["versions"]:
        record["versions"].append(listing.version)
    if listing.ccxt is not None:
        record["ccxt"] = listing.ccxt


def _link_renames(by_id: dict[str, dict[str, Any]], gone: set[str], arrived: set[str]) -> None:
    """An exchange that left as a new one arrived with the same homepage host or name is the
    same exchange under a new id (ccxt renamed huobi to htx, gateio to gate this way)."""
    for old in sorted(gone):
        record = by_id[old]
        matches = [
            new for new in sorted(arrived)
            if _same_exchange(record, by_id[new])
        ]  # fmt: skip
        if len(matches) != 1:
            continue  # none, or not one we can tell
        new = matches[0]
        for earlier in [old, *record["former_ids"]]:
            by_id[earlier]["renamed_to"] = new
        by_id[new]["former_ids"] = sorted({*by_id[new]["former_ids"], old, *record["former_ids"]})
        record["former_ids"] = []
        record["left_ccxt"] = {
            "when": (record.get("left_ccxt") or {}).get("when"),
            "reason": f"renamed {new} (same homepage or name)",
        }


def _same_exchange(old: dict[str, Any], new: dict[str, Any]) -> bool:
    same_host = bool(old["website"]) and host(old["website"]) == host(new["website"])
    return same_host or old["name"].casefold() == new["name"].casefold()


# -- snapshot files ------------------------------------------------------------------------------
def snapshot_file(snapshot: dict[str, Any], listings: list[Listing]) -> dict[str, Any]:
    return {
        "format": SNAPSHOT_FORMAT,
        "snapshot": snapshot,
        "listings": [{f: _plain(getattr(item, f)) for f in _LISTING_FIELDS} for item in listings],
    }


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def read_snapshot_file(document: Any, source: str) -> tuple[dict[str, Any], list[Listing]]:
    """The snapshot record and listings of a snapshot file; CatalogueError if it is damaged."""

    def fail(message: str) -> CatalogueError:
        return CatalogueError(f"not a snapshot file: {message}", source)

    if not isinstance(document, dict) or document.get("format") != SNAPSHOT_FORMAT:
        raise fail(f'no "format": "{SNAPSHOT_FORMAT}"')
    snapshot, raw = document.get("snapshot"), document.get("listings")
    if not isinstance(snapshot, dict) or not isinstance(snapshot.get("key"), str):
        raise fail("no snapshot record")
    if not isinstance(raw, list) or not 0 < len(raw) <= MAX_LISTINGS:
        raise fail(f"listings is not a list of 1 to {MAX_LISTINGS}")
    listings = []
    for n, item in enumerate(raw):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise fail(f"listing {n} has no id")
        if not EXCHANGE_ID.fullmatch(item["id"]) or not isinstance(item.get("name"), str):
            raise fail(f"listing {n} has no valid id or name")
        countries = item.get("countries")
        if not isinstance(countries, list) or not all(
            isinstance(c, str) and is_known_code(c) for c in countries
        ):
            raise fail(f"listing {item['id']} has bad countries")
        card = item.get("ccxt")
        listings.append(
            Listing(
                snapshot=snapshot["key"],
                source=source,
                line=0,
                id=item["id"],
                name=one_line(item["name"], 120) or item["id"],
                website=_url(item.get("website")),
                logo=_url(item.get("logo")),
                docs=_url(item.get("docs")),
                version=one_line(item.get("version") or "*", 20),
                countries=tuple(countries),
                homepage=item.get("homepage") is True,
                referral=_url(item.get("referral")),
                ccxt=card if isinstance(card, dict) else None,
            )
        )
    return snapshot, listings


def _url(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) > 2000 or value != one_line(value, 2000):
        return None
    return value if is_web_url(value) else None
