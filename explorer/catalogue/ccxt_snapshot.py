"""A snapshot from ccxt metadata: one listing per exchange of the release, with its developer
card (capabilities, rate limit, WebSocket/certified/DEX, fees, API hosts and docs)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from explorer.catalogue.api_versions import UNSPECIFIED, normalise_version
from explorer.catalogue.ccxt_metadata import CcxtExchange, CcxtMetadata
from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.geography import NO_COUNTRY, country_code
from explorer.catalogue.listing import Listing
from explorer.text import QT_TRANSLATE_NOOP

MAX_API_HOSTS = 8


def ccxt_listings(metadata: CcxtMetadata, snapshot: str, source: str) -> list[Listing]:
    """One listing per exchange. Countries become ISO codes (ccxt's own spellings through
    country_aliases.toml); an exchange ccxt gives no country is listed under NO_COUNTRY."""
    return [_listing(exchange, snapshot, source) for exchange in metadata.exchanges]


def _listing(exchange: CcxtExchange, snapshot: str, source: str) -> Listing:
    codes = []
    for written in exchange.countries:
        code = country_code(written)
        if code is None:
            raise CatalogueError(
                QT_TRANSLATE_NOOP("CatalogueError", "%1: unknown country code %2"),
                source,
                values=(exchange.id, repr(written)),
            )
        codes.append(code)
    return Listing(
        snapshot=snapshot,
        source=source,
        line=0,  # metadata has no lines
        id=exchange.id,
        name=exchange.name,
        website=exchange.www,
        logo=exchange.logo,
        docs=exchange.docs[0] if exchange.docs else None,
        version=normalise_version(exchange.version or UNSPECIFIED) or UNSPECIFIED,
        countries=tuple(dict.fromkeys(codes)) or (NO_COUNTRY,),
        homepage=exchange.www is not None,
        referral=exchange.referral,
        ccxt=developer_card(exchange, snapshot),
    )


def developer_card(exchange: CcxtExchange, snapshot: str) -> dict[str, Any]:
    """The catalogue's ``ccxt`` object of an exchange (JSON-ready)."""
    hosts = [urlsplit(url).hostname for url in exchange.api]
    return {
        "snapshot": snapshot,
        "certified": exchange.certified,
        "pro": exchange.pro,
        "dex": exchange.dex,
        "rate_limit_ms": exchange.rate_limit_ms,
        "api_version": exchange.version,
        "capabilities": dict(exchange.capabilities),
        "fees": {
            "maker": exchange.maker,
            "taker": exchange.taker,
            "page": exchange.fees_pages[0] if exchange.fees_pages else None,
        },
        "api_hosts": list(dict.fromkeys(h for h in hosts if h))[:MAX_API_HOSTS],
        "docs": list(exchange.docs),
    }
