"""Merges every listing of every document into one record per canonical exchange id."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from explorer.catalogue.geography import region_of
from explorer.catalogue.links import homepage_of, is_web_url
from explorer.catalogue.listing import Listing
from explorer.catalogue.snapshots import SnapshotSpec


def reconcile(listings: list[Listing], specs: tuple[SnapshotSpec, ...]) -> list[dict[str, Any]]:
    """One JSON-ready record per exchange id, sorted by id. ``specs`` are oldest first."""
    order = {spec.key: position for position, spec in enumerate(specs)}
    english = {spec.key for spec in specs if not spec.translated}
    by_id: dict[str, list[Listing]] = defaultdict(list)
    for item in listings:
        by_id[item.id].append(item)
    newest = specs[-1].key
    return [
        _record(
            exchange_id, sorted(items, key=lambda i: (order[i.snapshot], i.line)), english, newest
        )
        for exchange_id, items in sorted(by_id.items())
    ]


HOMEPAGE = "ccxt-homepage"  # website_source: the ccxt package's urls.www
DOCUMENT_LINK = "document-link"  # the newest document's link, referral and sign-in host removed


def _record(
    exchange_id: str, items: list[Listing], english: set[str], newest: str
) -> dict[str, Any]:
    # Prefer what the newest English source says; a translated row's name may be translated.
    trusted = [i for i in items if i.snapshot in english] or items
    latest = trusted[-1]
    per_snapshot: dict[str, dict[str, Any]] = {}
    for item in items:
        entry = per_snapshot.setdefault(item.snapshot, {"countries": [], "lines": []})
        entry["countries"] += [c for c in item.countries if c not in entry["countries"]]
        if item.line:
            entry["lines"].append(item.line)
    last_key = items[-1].snapshot
    countries = per_snapshot[last_key]["countries"]
    site = _newest(trusted, "website")
    logo = _newest(items, "logo")
    docs = _newest(trusted, "docs")
    card = next((i for i in reversed(items) if i.ccxt is not None), None)
    website, original, website_source = website_fields(site)
    return {
        "id": exchange_id,
        "name": latest.name,
        "website": website,
        "website_original": original or website,
        "website_source": website_source,
        "logo": logo.logo if logo else None,
        "docs": docs.docs if docs else None,
        "versions": list(dict.fromkeys(i.version for i in items)),
        "countries": countries,
        "regions": sorted({region_of(code) for code in countries}),
        "first_snapshot": items[0].snapshot,
        "last_snapshot": last_key,
        "listed_in_newest": last_key == newest,
        "snapshots": per_snapshot,
        "sources": {
            "name": latest.snapshot,
            "website": site.snapshot if site else None,
            "logo": logo.snapshot if logo else None,
            "docs": docs.snapshot if docs else None,
            "countries": last_key,
        },
        "ccxt": card.ccxt if card is not None else None,
    }


def website_fields(site: Listing | None) -> tuple[str | None, str | None, str | None]:
    """``website``, ``website_original`` (the link as given, referral included) and
    ``website_source`` from the listing that gives the newest website."""
    if site is None or not site.website:
        return None, None, None
    if site.homepage:
        return site.website, site.referral, HOMEPAGE
    return homepage_of(site.website), site.website, DOCUMENT_LINK


def _newest(items: list[Listing], attribute: str) -> Listing | None:
    for item in reversed(items):
        value = getattr(item, attribute)
        if value and is_web_url(value):
            return item
    return None
