"""What the ccxt package says about each exchange (its ``describe()``), as a plain document.

``read_installed`` asks an installed ccxt (the ``build`` extra pins the version the bundled
catalogue is built from; the ``ccxt`` extra lets a user update from theirs). The document is
kept among the sources (``sources/ccxt-<version>.json``), so the catalogue can be rebuilt,
diffed and tested without ccxt. ``parse_metadata`` checks every value where it is read:
``describe()`` is written by hand per exchange and its shapes vary (a URL or a list of them, a
referral link or an object, a fee or a table of tiers), and a metadata file may be damaged.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.links import is_web_url
from explorer.text import EXCHANGE_ID, one_line

FORMAT = "ccxt-metadata"
# What a user asks of a public API -> the key in ccxt's ``has`` (WebSocket ones from ccxt.pro).
CAPABILITIES = {
    "ticker": "fetchTicker",
    "tickers": "fetchTickers",
    "ohlcv": "fetchOHLCV",
    "order_book": "fetchOrderBook",
    "trades": "fetchTrades",
    "watch_ticker": "watchTicker",
}
SUPPORT = ("yes", "emulated", "no")  # ccxt's True, "emulated", and False or absent
MAX_EXCHANGES = 2000
MAX_URLS = 12
MAX_FEE = 0.1  # 10 %: anything above is not a trading fee as a fraction
MAX_RATE_LIMIT_MS = 600_000.0


@dataclass(frozen=True)
class CcxtExchange:
    """One exchange as a ccxt release describes it; countries as ccxt writes them."""

    id: str
    name: str
    countries: tuple[str, ...]
    version: str | None  # the API version ccxt uses ("v5", "2"); None when it names none
    rate_limit_ms: float | None  # ccxt's minimum delay between two requests
    certified: bool
    pro: bool  # WebSocket support (ccxt.pro)
    dex: bool
    www: str | None
    logo: str | None
    docs: tuple[str, ...]
    api: tuple[str, ...]
    fees_pages: tuple[str, ...]
    referral: str | None
    capabilities: dict[str, str]  # CAPABILITIES key -> one of SUPPORT
    maker: float | None  # fraction of the traded amount (0.001 is 0.1 %)
    taker: float | None


@dataclass(frozen=True)
class CcxtMetadata:
    ccxt_version: str
    exchanges: tuple[CcxtExchange, ...]


# -- from an installed ccxt ----------------------------------------------------------------------
def installed_version() -> str | None:
    """The version of the ccxt package importable here, or None (without importing it)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ccxt")
    except PackageNotFoundError:
        return None


def read_installed(expected_version: str | None = None) -> dict[str, Any]:
    """The metadata document of the installed ccxt; a CatalogueError if there is none, or if
    it is not ``expected_version``."""
    found = installed_version()
    if found is None:
        raise CatalogueError(
            'the ccxt package is not installed (pip install "exchange-explorer[ccxt]")'
        )
    if expected_version is not None and found != expected_version:
        raise CatalogueError(
            f"ccxt {found} is installed; this build needs ccxt {expected_version} "
            f'(pip install "ccxt=={expected_version}")'
        )
    import ccxt  # only here: a large package, never needed to run the app

    try:
        import ccxt.pro as pro
    except ImportError:  # a ccxt without its WebSocket half
        pro = None
    describes = []
    for exchange_id in ccxt.exchanges:
        described = getattr(ccxt, exchange_id)().describe()
        pro_class = getattr(pro, exchange_id, None) if pro is not None else None
        pro_has = pro_class().describe().get("has", {}) if pro_class is not None else {}
        describes.append((described, pro_has))
    return metadata_document(found, describes)


def metadata_document(
    ccxt_version: str, describes: Iterable[tuple[dict[str, Any], dict[str, Any]]]
) -> dict[str, Any]:
    """The plain document (JSON-ready) of ``describe()`` results, each with its ccxt.pro
    ``has`` (empty when the exchange has no WebSocket class)."""
    return {
        "format": FORMAT,
        "ccxt_version": ccxt_version,
        "exchanges": [_entry(described, pro_has) for described, pro_has in describes],
    }


def _entry(described: dict[str, Any], pro_has: dict[str, Any]) -> dict[str, Any]:
    urls = _with_hostname(described.get("urls") or {}, described.get("hostname"))
    trading = (described.get("fees") or {}).get("trading") or {}
    has = {**(described.get("has") or {}), **pro_has}
    referral = urls.get("referral")
    if isinstance(referral, dict):
        referral = referral.get("url")
    return {
        "id": described.get("id"),
        "name": described.get("name"),
        "countries": list(described.get("countries") or []),
        "version": described.get("version"),
        "rate_limit_ms": described.get("rateLimit"),
        "certified": bool(described.get("certified")),
        "pro": bool(described.get("pro")),
        "dex": bool(described.get("dex")),
        "urls": {
            "www": urls.get("www"),
            "logo": urls.get("logo"),
            "doc": list(_strings(urls.get("doc"))),
            "api": list(dict.fromkeys(_strings(urls.get("api")))),
            "fees": list(_strings(urls.get("fees"))),
            "referral": referral,
        },
        "has": {name: _support(has.get(key)) for name, key in CAPABILITIES.items()},
        "fees": {"maker": trading.get("maker"), "taker": trading.get("taker")},
    }


def _with_hostname(value: Any, hostname: Any) -> Any:
    """``value`` with ccxt's ``{hostname}`` placeholder filled in (ccxt does it per request)."""
    if isinstance(value, str):
        return value.replace("{hostname}", hostname) if isinstance(hostname, str) else value
    if isinstance(value, list):
        return [_with_hostname(item, hostname) for item in value]
    if isinstance(value, dict):
        return {key: _with_hostname(item, hostname) for key, item in value.items()}
    return value


def _strings(value: Any) -> Iterator[str]:
    """Every string in a URL field: a string, a list of them, or a dict (nested) of them."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def _support(value: Any) -> str:
    if value is True:
        return "yes"
    return "emulated" if value == "emulated" else "no"


# -- validated reading ---------------------------------------------------------------------------
def parse_metadata(document: Any, source: str) -> CcxtMetadata:
    """The checked metadata; a CatalogueError naming ``source`` for what cannot be used."""

    def fail(message: str) -> CatalogueError:
        return CatalogueError(f"not ccxt metadata: {message}", source)

    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise fail(f'no "format": "{FORMAT}"')
    version = document.get("ccxt_version")
    if not isinstance(version, str) or not 0 < len(version) <= 40:
        raise fail("no ccxt_version")
    entries = document.get("exchanges")
    if not isinstance(entries, list) or not 0 < len(entries) <= MAX_EXCHANGES:
        raise fail(f"exchanges is not a list of 1 to {MAX_EXCHANGES}")
    exchanges = []
    for n, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise fail(f"exchange {n} is not an object")
        exchanges.append(_exchange(entry, n, fail))
    ids = [e.id for e in exchanges]
    if len(set(ids)) != len(ids):
        raise fail("an exchange id appears twice")
    return CcxtMetadata(one_line(version, 40), tuple(exchanges))


def _exchange(entry: dict[str, Any], n: int, fail: Any) -> CcxtExchange:
    exchange_id = entry.get("id")
    if not isinstance(exchange_id, str) or not EXCHANGE_ID.fullmatch(exchange_id):
        raise fail(f"exchange {n} has no valid id")
    name = entry.get("name")
    if not isinstance(name, str) or not one_line(name, 120):
        raise fail(f"{exchange_id} has no name")
    countries = entry.get("countries")
    if not isinstance(countries, list) or not all(
        isinstance(c, str) and 0 < len(c) <= 40 for c in countries
    ):
        raise fail(f"{exchange_id} countries is not a list of codes")
    urls = entry.get("urls") if isinstance(entry.get("urls"), dict) else {}
    has = entry.get("has") if isinstance(entry.get("has"), dict) else {}
    fees = entry.get("fees") if isinstance(entry.get("fees"), dict) else {}
    version = entry.get("version")
    return CcxtExchange(
        id=exchange_id,
        name=one_line(name, 120),
        countries=tuple(countries[:20]),
        version=one_line(version, 20) if isinstance(version, str) and version else None,
        rate_limit_ms=_number(entry.get("rate_limit_ms"), 0.0, MAX_RATE_LIMIT_MS),
        certified=entry.get("certified") is True,
        pro=entry.get("pro") is True,
        dex=entry.get("dex") is True,
        www=_url(urls.get("www")),
        logo=_url(urls.get("logo")),
        docs=_urls(urls.get("doc")),
        api=_urls(urls.get("api")),
        fees_pages=_urls(urls.get("fees")),
        referral=_url(urls.get("referral")),
        capabilities={
            name: has[name] if has.get(name) in SUPPORT else "no" for name in CAPABILITIES
        },
        maker=_number(fees.get("maker"), -MAX_FEE, MAX_FEE),
        taker=_number(fees.get("taker"), -MAX_FEE, MAX_FEE),
    )


def _number(value: Any, low: float, high: float) -> float | None:
    """A plain number within bounds (a table of fee tiers, a string or NaN is no number)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and low <= number <= high else None


def _url(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) > 2000 or "{" in text or not is_web_url(text):  # "{": a placeholder left over
        return None
    return text if text == one_line(text, 2000) else None


def _urls(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    found = [url for url in map(_url, items) if url]
    return tuple(dict.fromkeys(found))[:MAX_URLS]
