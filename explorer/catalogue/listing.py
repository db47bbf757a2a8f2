"""A listing: one exchange in one document, normalised (canonical id, country codes, version)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from explorer.catalogue.api_versions import normalise_version
from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.geography import country_code
from explorer.catalogue.rows import SourceRow
from explorer.text import QT_TRANSLATE_NOOP

EXCHANGE_ID = re.compile(r"^[a-z0-9_]+$")


@dataclass(frozen=True)
class Listing:
    snapshot: str
    source: str
    line: int
    id: str
    name: str
    website: str | None
    logo: str | None
    docs: str | None
    version: str
    countries: tuple[str, ...]
    match: str = "id"  # how a translated row was tied to its id ("id", "evidence", "alias", ...)
    homepage: bool = False  # ``website`` is the exchange's homepage (ccxt's urls.www), not a link
    referral: str | None = None  # the referral link, when the source gives it apart
    ccxt: dict[str, Any] | None = None  # what the ccxt package says beyond the listing


def written_id(row: SourceRow) -> str:
    """The id cell without Markdown escapes ("\\_1btcxe" -> "_1btcxe")."""
    return row.raw_id.replace("\\", "").strip()


def row_countries(row: SourceRow) -> tuple[str, ...]:
    codes = []
    for name in row.countries:
        code = country_code(name)
        if code is None:
            raise CatalogueError(
                QT_TRANSLATE_NOOP("CatalogueError", "unknown country or region %1"),
                row.source,
                row.line,
                values=(repr(name),),
            )
        codes.append(code)
    return tuple(codes)


def row_version(row: SourceRow) -> str:
    version = normalise_version(row.version)
    if version is None:
        raise CatalogueError(
            QT_TRANSLATE_NOOP("CatalogueError", "unreadable API version %1"),
            row.source,
            row.line,
            values=(repr(row.version),),
        )
    return version


def listing_from_row(row: SourceRow, snapshot: str, exchange_id: str, match: str) -> Listing:
    return Listing(
        snapshot=snapshot,
        source=row.source,
        line=row.line,
        id=exchange_id,
        name=row.name,
        website=row.website,
        logo=row.logo,
        docs=row.docs,
        version=row_version(row),
        countries=row_countries(row),
        match=match,
    )


def english_listing(row: SourceRow, snapshot: str) -> Listing:
    exchange_id = written_id(row)
    if not EXCHANGE_ID.match(exchange_id):
        raise CatalogueError(
            QT_TRANSLATE_NOOP("CatalogueError", "invalid exchange id %1"),
            row.source,
            row.line,
            values=(repr(row.raw_id),),
        )
    return listing_from_row(row, snapshot, exchange_id, "id")
