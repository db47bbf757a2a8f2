"""Updates of the catalogue: a new snapshot from the user's ccxt package or from ccxt's
documentation online, shown as a diff and applied only when accepted.

This module turns the source into a snapshot and plans the update (merge and diff); fetching
the documentation is the network layer's (:mod:`explorer.live.catalogue_update`), and writing
the result is :mod:`explorer.catalogue.user_catalogue`'s.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from explorer.catalogue.diff import CatalogueDiff, diff_catalogues
from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.geography import NO_COUNTRY
from explorer.catalogue.listing import Listing, english_listing
from explorer.catalogue.model import Catalogue
from explorer.text import QT_TRANSLATE_NOOP

FROM_CCXT = "ccxt"
FROM_DOCS = "docs"
# ccxt's documentation pages in its repository, fetched over https; overridable (tests, mirrors).
DOCS_BASE_URL = "https://raw.githubusercontent.com/ccxt/ccxt/master/wiki/"
BY_COUNTRY_PAGE = "Exchange-Markets-By-Country.md"
SUPPORTED_PAGE = "Exchange-Markets.md"
MAX_PAGE_BYTES = 4 * 1024 * 1024


class AlreadyUpToDateError(CatalogueError):
    """The catalogue already has this very snapshot (``title``): nothing to update."""

    def __init__(self, title: str) -> None:
        super().__init__(f"the catalogue already has this snapshot ({title})")
        self.title = title


@dataclass(frozen=True)
class UpdatePlan:
    """What an update would do: the new snapshot, the catalogue it makes, and the diff."""

    snapshot: dict[str, Any]
    snapshot_file: dict[str, Any]
    merged: dict[str, Any]
    catalogue: Catalogue
    diff: CatalogueDiff


def today() -> str:
    return datetime.now(UTC).date().isoformat()


def package_snapshot(metadata_document: dict[str, Any]) -> tuple[dict[str, Any], list[Listing]]:
    """The snapshot of an installed ccxt's metadata (``ccxt_metadata.read_installed``)."""
    from explorer.catalogue.build import metadata_bytes
    from explorer.catalogue.ccxt_metadata import parse_metadata
    from explorer.catalogue.ccxt_snapshot import ccxt_listings

    metadata = parse_metadata(metadata_document, "the installed ccxt package")
    key = f"ccxt-{metadata.ccxt_version}"
    listings = ccxt_listings(metadata, key, "ccxt")
    data = metadata_bytes(metadata_document)  # hashed as the bundled metadata file is
    record = _record(
        key=key,
        title=f"ccxt {metadata.ccxt_version} (Python package)",
        file=f"{key}.json",
        data=data,
        rows=len(listings),
        reason=f"Read from the ccxt {metadata.ccxt_version} package installed here on {today()}.",
        source="ccxt-package",
        version=metadata.ccxt_version,
        document_format="ccxt-metadata",
    )
    return record, listings


def docs_snapshot(
    by_country: bytes, supported: bytes, base_url: str
) -> tuple[dict[str, Any], list[Listing]]:
    """The snapshot of ccxt's two documentation pages: the supported list gives the exchanges,
    names, versions and links; the by-country page their countries (none: NO_COUNTRY)."""
    from explorer.catalogue.md_table import read_md_table
    from explorer.catalogue.rows import source_rows
    from explorer.catalogue.text import decode_document

    date = today()
    key = f"ccxt-docs-{date}"
    supported_rows = source_rows(
        read_md_table(
            decode_document(supported, SUPPORTED_PAGE), SUPPORTED_PAGE, first_of_many=True
        ),
        need_country=False,
    )
    country_rows = source_rows(
        read_md_table(
            decode_document(by_country, BY_COUNTRY_PAGE), BY_COUNTRY_PAGE, first_of_many=True
        )
    )
    countries: dict[str, list[str]] = defaultdict(list)
    for row in country_rows:
        listing = english_listing(row, key)
        for code in listing.countries:
            if code not in countries[listing.id]:
                countries[listing.id].append(code)
    listings = []
    for row in supported_rows:
        listing = english_listing(row, key)
        codes = tuple(countries.get(listing.id, ())) or (NO_COUNTRY,)
        listings.append(replace(listing, countries=codes))
    if not listings:
        raise CatalogueError(
            QT_TRANSLATE_NOOP("CatalogueError", "the Supported Exchanges page lists no exchange"),
            SUPPORTED_PAGE,
        )
    record = _record(
        key=key,
        title="ccxt documentation online",
        file=f"{SUPPORTED_PAGE} + {BY_COUNTRY_PAGE}",
        data=supported + b"\0" + by_country,
        rows=len(listings),
        reason=f"Fetched from {base_url} on {date}.",
        source="ccxt-document",
        version=None,
        document_format="markdown",
    )
    return record, listings


def _record(
    *,
    key: str,
    title: str,
    file: str,
    data: bytes,
    rows: int,
    reason: str,
    source: str,
    version: str | None,
    document_format: str,
) -> dict[str, Any]:
    return {
        "key": key,
        "title": title,
        "language": "en",
        "format": document_format,
        "file": file,
        "sha256": hashlib.sha256(data).hexdigest(),
        "rows": rows,
        "order_reason": reason,
        "source": source,
        "version": version,
        "date": today(),
    }


def plan_update(
    current: Catalogue, snapshot: dict[str, Any], listings: list[Listing]
) -> UpdatePlan:
    """Merge the snapshot onto the current catalogue and tell what changes; nothing is written.
    A snapshot the catalogue already has (the same key) is an error that says so."""
    from explorer.catalogue.merge import merge_snapshot, snapshot_file

    same = next((s for s in current.snapshots if s.sha256 == snapshot["sha256"]), None)
    if same is not None:
        raise AlreadyUpToDateError(same.title)
    keys = {s.key for s in current.snapshots}
    base, n = snapshot["key"], 2
    while snapshot["key"] in keys:  # fetched twice in a day, and changed in between
        snapshot = {**snapshot, "key": f"{base}-{n}"}
        n += 1
    listings = [replace(item, snapshot=snapshot["key"]) for item in listings]
    merged = merge_snapshot(current.to_document(), snapshot, listings)
    catalogue = Catalogue.from_document(merged, snapshot["key"])
    return UpdatePlan(
        snapshot=snapshot,
        snapshot_file=snapshot_file(snapshot, listings),
        merged=merged,
        catalogue=catalogue,
        diff=diff_catalogues(current, catalogue),
    )
