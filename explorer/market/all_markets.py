"""Every market of an exchange in one request (ccxt's ``fetchTickers``): the request from the
spec's ``tickers`` table, and the response read item by item into unified tickers.

An item's symbol comes from its own base and quote codes, else from the exchange's markets list
(``markets`` table, fetched once), else from its market id read back with the ``market``
template. An item that cannot be placed, or has no plausible price, is left out and counted; it
never makes the whole answer fail. Currency codes go back through the spec's aliases (XBT is
BTC). A response holds at most :data:`MAX_ITEMS` items.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from typing import cast

from explorer.market.errors import PayloadError
from explorer.market.requests import PreparedRequest
from explorer.market.responses import (
    NOTHING_AT,
    Invalid,
    PathNotFoundError,
    build_ticker,
    field_reader,
    resolve,
    split_path,
)
from explorer.market.results import Ticker
from explorer.market.specs import AllTickersSpec, ExchangeSpec, ListSpec, MarketListSpec
from explorer.market.symbols import Pair, id_reader, render, template_reads_ids, template_values
from explorer.market.usd_volume import quote_volume, usd_volumes
from explorer.text import QT_TRANSLATE_NOOP

MAX_ITEMS = 20_000
ALL = "*"  # the "symbol" of an all-markets request, in messages and errors
_CODE = re.compile(r"[A-Z0-9._-]+")

Markets = Mapping[str, tuple[str, str]]  # market id -> (base, quote), unified codes


@dataclass(frozen=True, slots=True)
class AllTickers:
    """The markets an answer listed, and how many of its items were left out (and why)."""

    tickers: tuple[Ticker, ...]
    skipped: int
    skipped_reasons: Mapping[str, int]
    #: Each market's 24 h volume in dollars (usd_volume.py), once :func:`ranked` has run
    dollar_volumes: Mapping[str, Decimal | None] = field(default_factory=dict)


def prepare_list(exchange: str, spec: ListSpec, api: str) -> PreparedRequest:
    """The request of a ``tickers`` or ``markets`` table: literal (the spec reader refuses
    placeholders in it)."""
    return PreparedRequest(
        exchange=exchange,
        symbol=ALL,
        market_id="",
        url=api + spec.path,
        params=dict(spec.params),
        template_values={},
        method=spec.method,
        json=spec.body,
    )


def _items(document: object, spec: ListSpec) -> Iterator[tuple[str | None, object]]:
    """(object key or None, item) for every item of the list the spec points at."""
    try:
        node = resolve(document, split_path(spec.items))
    except PathNotFoundError as error:
        raise PayloadError(NOTHING_AT, repr(error.path)) from None
    if spec.items_are == "object":
        if not isinstance(node, dict):
            raise PayloadError(QT_TRANSLATE_NOOP("Detail", "expected an object of markets"))
        pairs = list(node.items())
    else:
        if not isinstance(node, list):
            raise PayloadError(QT_TRANSLATE_NOOP("Detail", "expected a list of markets"))
        pairs = [(None, item) for item in node]
    if len(pairs) > MAX_ITEMS:
        raise PayloadError(
            QT_TRANSLATE_NOOP("Detail", "it lists more than %1 markets"), f"{MAX_ITEMS:,}"
        )
    for key, item in pairs:
        if spec.filter is not None:
            try:
                value = resolve(item, split_path(spec.filter.field))
            except PathNotFoundError:
                continue
            if str(value).casefold() != spec.filter.value.casefold():
                continue
        yield key, item


def _text(item: object, path: str, key: str | None) -> str | None:
    if path == "@key":
        return key
    if not path:
        return None
    if isinstance(item, dict) and "." not in path and path != "*":
        value = item.get(path)  # the common case, without the general walk
    else:
        try:
            value = resolve(item, split_path(path))
        except PathNotFoundError:
            return None
    return value if isinstance(value, str) and 0 < len(value) <= 64 else None


def _unified(code: str, reverse: Mapping[str, str]) -> str | None:
    upper = code.upper()
    unified = reverse.get(upper, upper)
    return unified if len(unified) <= 32 and _CODE.fullmatch(unified) else None


def _reverse_aliases(spec: ExchangeSpec) -> dict[str, str]:
    return {alias.upper(): code for code, alias in spec.currency_aliases.items()}


def read_markets(
    spec: ExchangeSpec, listing: MarketListSpec, document: object
) -> dict[str, tuple[str, str]]:
    """Market id -> (base, quote) from the markets list (open markets only, when it says)."""
    reverse = _reverse_aliases(spec)
    found: dict[str, tuple[str, str]] = {}
    for key, item in _items(document, listing):
        market_id = _text(item, listing.id, key)
        base, quote_code = _text(item, listing.base, key), _text(item, listing.quote, key)
        if not (market_id and base and quote_code):
            continue
        if listing.active:
            status = _text(item, listing.active, key)
            if status is None or status not in listing.active_values:
                continue
        pair = _unified(base, reverse), _unified(quote_code, reverse)
        if pair[0] and pair[1]:
            found[market_id] = (pair[0], pair[1])
    return found


def read_all_tickers(
    spec: ExchangeSpec,
    document: object,
    *,
    markets: Markets | None,
    fetched_at: int,
    latency_ms: int,
    url: str,
) -> AllTickers:
    """Unified tickers for every market in an all-tickers answer, sorted by quote volume."""
    listing = spec.tickers
    if listing is None:
        raise PayloadError(
            QT_TRANSLATE_NOOP("Detail", "this exchange lists no all-markets endpoint")
        )
    placer = _Placer.of(spec, markets)
    paths = _field_paths(listing)
    templated = any("{" in part for _, _, parts, _ in paths for part in parts)
    tickers: dict[str, Ticker] = {}
    skipped: dict[str, int] = {}

    def skip(reason: str) -> None:
        skipped[reason] = skipped.get(reason, 0) + 1

    for key, item in _items(document, listing):
        market_id = _text(item, listing.id, key)
        if market_id is None:
            skip("no market id")
            continue
        pair = placer.pair(item, key, market_id)
        if pair is None:
            skip("market not in the markets list" if markets is not None else "unreadable id")
            continue
        symbol = f"{pair[0]}/{pair[1]}" if not spec.settle else spec.unified(*pair).symbol
        item_paths = _for_market(paths, spec, pair) if templated else paths
        ticker = _ticker(spec, item_paths, document, item, symbol, fetched_at, latency_ms, url)
        if ticker is None:
            skip("no price")
        elif symbol in tickers:
            skip("listed twice")
        else:
            tickers[symbol] = ticker
    ordered = sorted(tickers.values(), key=_by_quote_volume)
    return AllTickers(tuple(ordered), sum(skipped.values()), skipped)


def ranked(answer: AllTickers) -> AllTickers:
    """``answer`` with each market's volume in dollars worked out (for the Markets tab)."""
    return replace(answer, dollar_volumes=usd_volumes(list(answer.tickers)))


def _by_quote_volume(ticker: Ticker) -> tuple[bool, Decimal, str]:
    volume = quote_volume(ticker)
    return (volume is None, -(volume or Decimal(0)), ticker.symbol)


@dataclass(frozen=True, slots=True)
class _Placer:
    """How one answer's items become (base, quote) pairs, worked out once per answer: from the
    item's own codes, the markets list, ``split_quotes``, or the id template read back."""

    listing: AllTickersSpec
    markets: Markets | None
    read_id: re.Pattern[str]
    reads_ids: bool  # the id template can be read back ("{BASE}-{QUOTE}", not "{BASE}{QUOTE}")
    reverse: Mapping[str, str]

    @classmethod
    def of(cls, spec: ExchangeSpec, markets: Markets | None) -> _Placer:
        listing = cast(AllTickersSpec, spec.tickers)
        template = listing.id_template or spec.market
        return cls(
            listing, markets, id_reader(template), template_reads_ids(template),
            _reverse_aliases(spec),
        )  # fmt: skip

    def pair(self, item: object, key: str | None, market_id: str) -> tuple[str, str] | None:
        listing = self.listing
        base = listing.fixed_base or _text(item, listing.base, key)
        quote_code = listing.fixed_quote or _text(item, listing.quote, key)
        if not (base and quote_code):
            if self.markets is not None:
                return self.markets.get(market_id)
            if listing.split_quotes:
                split = _split(market_id, listing.split_quotes, self.read_id)
                if split is None:
                    return None
                base, quote_code = split
            elif not self.reads_ids:
                return None
            else:
                match = self.read_id.fullmatch(market_id)
                if match is None:
                    return None
                base, quote_code = match.group("base"), match.group("quote")
        unified = _unified(base, self.reverse), _unified(quote_code, self.reverse)
        return (unified[0], unified[1]) if unified[0] and unified[1] else None


def _split(
    market_id: str, quotes: tuple[str, ...], read_id: re.Pattern[str]
) -> tuple[str, str] | None:
    """(base, quote) of an id that joins them, by the longest known quote it ends with; the
    id is first stripped of the template's fixed text (e.g. Bitfinex's leading "t")."""
    joined = market_id
    if read_id.pattern != _BARE_PAIR:
        match = read_id.fullmatch(market_id)
        if match is None:  # not written as the template writes ids: not a market (fUSD)
            return None
        groups = match.groupdict()
        joined = (groups.get("base") or "") + (groups.get("quote") or "")
    upper = joined.upper()
    for length in _lengths(quotes):  # longest first
        if len(upper) > length and upper[-length:] in quotes:
            return joined[:-length], joined[-length:]
    return None


_BARE_PAIR = id_reader("{BASE}{QUOTE}").pattern  # nothing to strip: no need to match


@cache
def _lengths(quotes: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(sorted({len(code) for code in quotes}, reverse=True))


FieldPaths = list[tuple[str, bool, tuple[str, ...], Callable[[object], Decimal | int | None]]]
# (unified name, from the root?, path, its checked reading); a path may hold {base}/{quote}
# placeholders (Indodax's "vol_{base}"), filled in per item from its market.


def _field_paths(listing: AllTickersSpec) -> FieldPaths:
    unit, scale = listing.timestamp_unit, listing.percentage_scale
    return [
        (
            name,
            path.startswith("$."),
            split_path(path[2:] if path.startswith("$.") else path),
            field_reader(name, unit, scale),
        )
        for name, path in listing.fields.items()
    ]


def _for_market(paths: FieldPaths, spec: ExchangeSpec, pair: tuple[str, str]) -> FieldPaths:
    values = template_values(Pair(*pair), spec.currency_aliases)
    return [
        (name, root, tuple(render(part, values) for part in parts), read)
        for name, root, parts, read in paths
    ]


def _ticker(
    spec: ExchangeSpec,
    paths: FieldPaths,
    document: object,
    item: object,
    symbol: str,
    fetched_at: int,
    latency_ms: int,
    url: str,
) -> Ticker | None:
    fields: dict[str, Decimal | int | None] = {}
    invalid: Invalid = {}
    get = item.get if isinstance(item, dict) else None
    for name, from_root, parts, read in paths:
        if get is not None and len(parts) == 1 and not from_root and parts[0] != "*":
            value = get(parts[0])  # the common case, without the general walk
        else:
            try:
                value = resolve(document if from_root else item, parts)
            except PathNotFoundError:
                continue
        if value is None or value == "":
            continue
        try:
            fields[name] = read(value)
        except PayloadError as error:
            invalid[name] = str(error)

    if not (fields.get("last") or fields.get("bid") or fields.get("ask")):
        return None  # no price, or only zeros: a market that no longer trades
    return build_ticker(
        spec.id, symbol, fields, invalid, fetched_at=fetched_at, latency_ms=latency_ms, url=url
    )
