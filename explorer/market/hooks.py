"""Named code hooks for exchanges whose ticker the declarative spec cannot describe.

A spec selects one with ``parser = "<name>"``. The hook's ``parse(payload, symbol, spec)``
receives the whole decoded JSON document (after the ``error_path`` check) and returns unified
fields (names from :data:`explorer.market.results.UNIFIED_FIELDS`) with *final* values: numbers as
strings or numbers, ``percentage`` in percent, ``timestamp`` in ms. Values it returns override
any the declarative ``fields`` table produced. A hook may also build the market id.

Hooks signal problems with :class:`PayloadError`, :class:`UnknownSymbolError` or
:class:`ExchangeReportedError`; a ``LookupError``/``TypeError``/``ValueError`` escaping a hook
is treated as a bad payload.

Declarative specs already cover list responses (``list_match``) and positional array rows
(numeric path parts, e.g. ``list_match = { field = "0", value = "t{BASE}{QUOTE}" }``), so e.g.
Upbit needs no hook.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from explorer.market.errors import ExchangeReportedError, PayloadError, UnknownSymbolError
from explorer.market.symbols import Pair, parse_symbol, template_values
from explorer.market.values import parse_decimal
from explorer.text import QT_TRANSLATE_NOOP


class ExchangeSpec(Protocol):
    """What a hook may read of its exchange's spec (:class:`explorer.market.specs.ExchangeSpec`);
    a protocol, so that the specs, which check hook names, and the hooks import in one direction."""

    @property
    def currency_aliases(self) -> Mapping[str, str]: ...

    def template_market_id(self, pair: Pair) -> str: ...


ParseHook = Callable[[object, str, ExchangeSpec], dict[str, object]]
MarketIdHook = Callable[[Pair, ExchangeSpec], str]


@dataclass(frozen=True, slots=True)
class Hook:
    parse: ParseHook
    market_id: MarketIdHook | None = None


def kraken(payload: object, symbol: str, spec: ExchangeSpec) -> dict[str, object]:
    """Kraken ``/0/public/Ticker``: ``result`` is keyed by Kraken's own pair name (``XXBTZUSD``
    for a ``XBTUSD`` query) and every statistic is an array (``c[0]`` last, ``h[1]`` 24 h high).

    ``o`` is today's (UTC) opening price, so the derived percentage is since 00:00 UTC, as in
    ccxt. The quote volume is the 24 h volume times the 24 h volume-weighted average price.
    """
    if not isinstance(payload, dict) or not isinstance(payload.get("result"), dict):
        raise PayloadError(QT_TRANSLATE_NOOP("Detail", "no 'result' object"))
    result: dict[str, object] = payload["result"]
    if not result:
        raise UnknownSymbolError(QT_TRANSLATE_NOOP("Detail", "empty result"))
    market_id = spec.template_market_id(parse_symbol(symbol))
    if market_id in result:
        entry = result[market_id]
    elif len(result) == 1:
        entry = next(iter(result.values()))
    else:
        raise PayloadError(
            QT_TRANSLATE_NOOP("Detail", "several pairs in 'result' and none is %1"), repr(market_id)
        )
    if not isinstance(entry, dict):
        raise PayloadError(QT_TRANSLATE_NOOP("Detail", "pair entry is not an object"))
    volume = parse_decimal(entry["v"][1])
    vwap = parse_decimal(entry["p"][1])
    return {
        "last": entry["c"][0],
        "bid": entry["b"][0],
        "ask": entry["a"][0],
        "high": entry["h"][1],
        "low": entry["l"][1],
        "open": entry.get("o"),
        "baseVolume": volume,
        "quoteVolume": None if volume is None or vwap is None else volume * vwap,
    }


def bitfinex2_market_id(pair: Pair, spec: ExchangeSpec) -> str:
    """``tBTCUSD``; codes longer than three letters need a colon: ``tTESTBTC:TESTUSD``."""
    values = template_values(pair, spec.currency_aliases)
    base, quote = values["BASE"], values["QUOTE"]
    separator = ":" if len(base) > 3 or len(quote) > 3 else ""
    return f"t{base}{separator}{quote}"


def bitfinex2(payload: object, symbol: str, spec: ExchangeSpec) -> dict[str, object]:
    """Bitfinex v2 ``/v2/ticker/{market}`` positional array ``[BID, BID_SIZE, ASK, ASK_SIZE,
    DAILY_CHANGE, DAILY_CHANGE_RELATIVE, LAST_PRICE, VOLUME, HIGH, LOW]``, or the
    ``/v2/tickers`` list of such rows each prefixed with the market id.

    The open is ``LAST_PRICE - DAILY_CHANGE``; ``DAILY_CHANGE_RELATIVE`` is a fraction.
    """
    if not isinstance(payload, list):
        raise PayloadError(QT_TRANSLATE_NOOP("Detail", "expected a JSON array"))
    if payload and payload[0] == "error":
        raise ExchangeReportedError(" ".join(str(part) for part in payload[1:]))
    row = payload
    if row and isinstance(row[0], list):
        market_id = bitfinex2_market_id(parse_symbol(symbol), spec)
        matches = [item[1:] for item in row if isinstance(item, list) and item[:1] == [market_id]]
        row = matches[0] if matches else []
    if not row:
        raise UnknownSymbolError(QT_TRANSLATE_NOOP("Detail", "empty ticker array"))
    if len(row) < 10:
        raise PayloadError(
            QT_TRANSLATE_NOOP("Detail", "ticker array has %1 items, expected 10"), len(row)
        )
    last = parse_decimal(row[6])
    change = parse_decimal(row[4])
    relative_change = parse_decimal(row[5])
    return {
        "bid": row[0],
        "ask": row[2],
        "last": last,
        "open": None if last is None or change is None else last - change,
        "percentage": None if relative_change is None else relative_change * 100,
        "baseVolume": row[7],
        "high": row[8],
        "low": row[9],
    }


_PHEMEX_SCALED = {
    "last": "lastEp",
    "bid": "bidEp",
    "ask": "askEp",
    "high": "highEp",
    "low": "lowEp",
    "open": "openEp",
    "baseVolume": "volumeEv",
    "quoteVolume": "turnoverEv",
}
_PHEMEX_SCALE = Decimal("1e-8")


def phemex(payload: object, symbol: str, spec: ExchangeSpec) -> dict[str, object]:
    """Phemex spot ``/md/spot/ticker/24hr``: prices (``…Ep``) and values (``…Ev``) are integers
    scaled by 10^8 (``priceScale`` = ``valueScale`` = 8 for every spot market).

    Only the scaled fields are returned; the timestamp comes from the declarative ``fields``.
    """
    if not isinstance(payload, dict) or not isinstance(payload.get("result"), dict):
        raise PayloadError(QT_TRANSLATE_NOOP("Detail", "no 'result' object"))
    result: dict[str, object] = payload["result"]
    fields: dict[str, object] = {}
    for name, key in _PHEMEX_SCALED.items():
        scaled = parse_decimal(result.get(key))
        fields[name] = None if scaled is None else scaled * _PHEMEX_SCALE
    return fields


HOOKS: Mapping[str, Hook] = {
    "kraken": Hook(kraken),
    "bitfinex2": Hook(bitfinex2, market_id=bitfinex2_market_id),
    "phemex": Hook(phemex),
}
