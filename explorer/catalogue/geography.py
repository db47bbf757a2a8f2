"""Country names -> ISO 3166-1 alpha-2 codes, and codes -> UN M49 regions.

Countries resolve through a small alias table (``country_aliases.toml``), then pycountry, then
CLDR's territory names in English and Chinese (via Babel). "EU" is kept as its own region code.
"""

from __future__ import annotations

import csv
import tomllib
import unicodedata
from functools import cache
from typing import Any

from babel import Locale

from explorer.resources import resource

EUROPEAN_UNION = "EU"
EUROPE = "150"
# An exchange whose newest source names no country (ccxt gives binance, hyperliquid and others
# none) is placed here rather than dropped: "ZZ" is the code CLDR uses for an unknown region,
# and the world (M49 "001") is its region.
NO_COUNTRY = "ZZ"
WORLD = "001"
_OWN_NAMES = {
    NO_COUNTRY: {"en": "No country given", "zh_CN": "未注明国家"},
    WORLD: {"en": "World", "zh_CN": "世界"},  # CLDR's English "world" is lower-case
}
# Display names shipped in the catalogue, so the app needs no CLDR lookups at start-up.
NAME_LOCALES = ("en", "zh_CN")


def fold(name: str) -> str:
    """Normalise a name for lookup: NFKC, no-break spaces folded, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", name).split())


@cache
def _aliases() -> dict[str, str]:
    with resource("catalogue", "country_aliases.toml").open("rb") as handle:
        table = tomllib.load(handle)["aliases"]
    return {fold(name): code for name, code in table.items()}


@cache
def _cldr_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for locale in ("en", "zh", "zh_Hant"):
        for code, name in Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(fold(name), code)
    return names


def country_code(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code (or "EU") for a country name as written, or None."""
    key = fold(name)
    if not key:
        return None
    if key in _aliases():
        return _aliases()[key]
    import pycountry  # only the catalogue build resolves names; the app reads codes

    try:
        return str(pycountry.countries.lookup(key).alpha_2)
    except LookupError:
        return _cldr_names().get(key)


@cache
def _m49() -> dict[str, str]:
    with resource("catalogue", "m49_regions.csv").open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return {row["alpha2"]: row["region"] for row in csv.DictReader(lines)}


def is_known_code(code: str) -> bool:
    """Whether ``code`` is a country code the catalogue can place (ISO 3166-1, EU or ZZ)."""
    return code in (EUROPEAN_UNION, NO_COUNTRY) or code in _m49()


def region_of(code: str) -> str:
    """The UN M49 region (continent) code of a country code; the EU belongs to Europe."""
    if code == EUROPEAN_UNION:
        return EUROPE
    if code == NO_COUNTRY:
        return WORLD
    return _m49()[code]


def territory_name(code: str, locale: str = "en") -> str:
    """CLDR display name of a country or region code (e.g. "US", "150") in ``locale``."""
    if code in _OWN_NAMES:
        return _OWN_NAMES[code].get(locale, _OWN_NAMES[code]["en"])
    names = Locale.parse(locale).territories
    return str(names.get(code, code))


def territories(exchanges: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The "countries" and "regions" tables of the catalogue: region and display names per code."""
    countries = sorted(
        {code for e in exchanges for s in e["snapshots"].values() for code in s["countries"]}
    )
    regions = sorted({region_of(code) for code in countries})
    return {
        "countries": {
            code: {"region": region_of(code), "names": _names(code)} for code in countries
        },
        "regions": {code: {"names": _names(code)} for code in regions},
    }


def _names(code: str) -> dict[str, str]:
    return {locale: territory_name(code, locale) for locale in NAME_LOCALES}
