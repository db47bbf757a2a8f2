"""Adapter specs: what the engine knows about each exchange's public endpoints, read from
``resources/market/exchanges.toml`` and validated as it is read (one place for the format).

Schema (one table per exchange id, ccxt ids)::

    [exchanges.binance]
    name = "Binance"                  # optional display name for messages (default: the id)
    docs = "https://…"                # where the endpoint is documented
    api = "https://api.binance.com"   # REQUIRED base URL (users may override it per exchange)
    path = "/api/v3/ticker/24hr"      # REQUIRED; may contain placeholders (below)
    params = { symbol = "{market}" }  # query string; values are templates
    market = "{BASE}{QUOTE}"          # REQUIRED market-id template
    quotes = ["KRW"]                  # optional: the only quote (or base: `bases`) currencies the
                                      # endpoint serves, when its URL fixes them; others are
                                      # "unknown symbol" instead of another market's numbers
    currency_aliases = { BTC = "XBT" }   # unified code -> exchange code, applied before casing
    root = ""                         # dotted path from the JSON root to the ticker object
    list_match = { field = "symbol", value = "{market}" }  # pick a list element by a field
    error_path = ""                   # dotted path; a non-empty value there is an exchange error
    error_ok = ["0", "OK"]            # optional: values at error_path that mean success
    unknown_symbol_errors = ["Invalid symbol"]  # optional: error texts meaning "unknown symbol"
    fields = { last = "lastPrice", … }  # REQUIRED unless `parser` is set
    timestamp_unit = "ms"             # "s" | "ms" | "us" | "ns" | "iso"
    percentage_scale = 1              # 100 when the exchange sends a fraction
    rate_limit = 20.0                 # max requests per second (public endpoints); default 1
    default_symbols = ["BTC/USDT"]
    parser = ""                       # optional hook name from explorer.market.hooks.HOOKS
    notes = ""

    method = "GET"                    # or "POST" (then ``body``, a JSON object of templates)
    settle = "quote"                  # perpetual swaps: symbols are BASE/QUOTE:SETTLE, settled in
                                      # the quote (linear), "base" (inverse) or a fixed currency
    echo = "symbol"                   # path in the ticker object to the market id the answer
                                      # names: an answer for another market is a bad payload

    [exchanges.binance.tickers]       # optional: every market in one request (ccxt fetchTickers)
    path = "/api/v3/ticker/24hr"      # REQUIRED; also method, params, body as above
    items = ""                        # path to the list (or object keyed by market id) of tickers
    items_are = "list"                # "list" | "object"
    id = "symbol"                     # path in an item to its market id ("@key": the object key)
    base = "" / quote = ""            # paths in an item to its base and quote codes, if it has them
                                      # ("@key": the object key); only a base is enough when
                                      # the exchange's `quotes` names its one quote currency
    id_template = "{BASE}/{QUOTE}"    # how the list writes ids, when not as ``market`` does
    split_quotes = ["USDT", "BTC"]    # for ids joining base and quote: the quotes to split by
    filter = { field = "type", value = "spot" }   # keep only the items where field == value
    fields = { … }                    # default: the ticker's; likewise timestamp_unit and
                                      # percentage_scale. An item's symbol comes from base/quote,
                                      # else the markets list, else the ``market`` template.

    [exchanges.binance.markets]       # only when ids cannot be read with the ``market`` template
    path = "/api/v3/exchangeInfo"     # REQUIRED; method, params, body, items, items_are, id,
    base = "baseAsset"                # filter as above; base and quote REQUIRED
    quote = "quoteAsset"
    active = "status"                 # optional: the item's status, and the values meaning open
    active_values = ["TRADING"]

    [exchanges.binance.candles]       # optional: candles (ccxt's fetchOHLCV)
    path = "/api/v3/klines"           # REQUIRED; also method, params, body, with the pair's
                                      # placeholders, {market} and {timeframe} {limit}
                                      # {since_ms} {since_s} {since_iso} {until_ms} {until_s}
                                      # {until_iso} (the window: limit candles up to now)
    api = ""                          # another host than the ticker's (a user's base URL for
                                      # the exchange still replaces both)
    market = ""                       # another market-id template than the ticker's
    timeframes = { 1m = "1m", 1h = "1h" }   # REQUIRED: ours (1m 5m 15m 1h 4h 1d) -> theirs
    max_limit = 1000                  # the most candles one request returns
    rows = ""                         # path to the list of candles
    columns = false                   # true: ``rows`` is an object of parallel lists
    row = { timestamp = 0, open = 1, high = 2, low = 3, close = 4, volume = 5 }
                                      # REQUIRED (volume optional): index or path in a row
                                      # (with ``columns``: the name of each list)
    timestamp_unit = "ms"             # s | ms | us | ns | iso

    [unsupported.someexchange]
    reason = "no public ticker API"   # REQUIRED; shown as "no live prices: <reason>"

    [renamed]
    huobi = "htx"                     # an old id priced by the adapter of its current id

Templates: ``{BASE}``/``{QUOTE}`` upper case, ``{base}``/``{quote}`` lower case, and (everywhere
but ``market``) ``{market}``, the rendered market id; other text is literal.

Paths (``root``, ``error_path``, ``list_match.field``, ``fields`` values) are dotted; numeric
parts index lists (``-1`` is the last item), ``*`` takes an object's only/first value or a list's
first item, parts may contain ``{market}``. ``fields`` paths are relative to the ticker object;
a path starting with ``$.`` starts at the JSON root instead (e.g. a top-level ``ts``).
``fields`` keys are the unified names: last, bid, ask, high, low, open, baseVolume, quoteVolume,
percentage, timestamp. Integer field paths (``bid = 0``) are accepted for positional arrays.

``error_path``: null, false, ``""``, ``[]``, ``{}``, ``0`` and ``"0"`` mean "no error", as does
any value listed in ``error_ok``. If the root node is a list and ``list_match`` is unset, the list
itself is the ticker object (positional arrays); an empty ticker object means "unknown symbol".
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import cast

from explorer.market.errors import UnknownSymbolError
from explorer.market.hooks import HOOKS
from explorer.market.results import UNIFIED_FIELDS
from explorer.market.symbols import (
    Pair,
    TemplateError,
    check_template,
    parse_symbol,
    render,
    template_reads_ids,
    template_values,
)
from explorer.market.values import TIMESTAMP_UNITS, TimestampUnit
from explorer.net.urls import normalise_base_url
from explorer.resources import resource
from explorer.text import QT_TRANSLATE_NOOP

_SETTLE_CODE = re.compile(r"[A-Z0-9]{2,16}")

logger = logging.getLogger(__name__)
#: Why an exchange the bundled table does not name has no live prices (the window translates it).
NO_DEFINITION = QT_TRANSLATE_NOOP("Detail", "no price definition for this exchange yet")
# A symbol of the wrong kind (%1 what it would be here), by the adapter's ``settle``.
_WRONG_KIND = {
    "": QT_TRANSLATE_NOOP("Detail", "this adapter prices spot markets (BASE/QUOTE) only"),
    "quote": QT_TRANSLATE_NOOP("Detail", "its swaps settle in the quote currency (%1)"),
    "base": QT_TRANSLATE_NOOP("Detail", "its swaps settle in the base currency (%1)"),
}
_WRONG_SETTLE = QT_TRANSLATE_NOOP("Detail", "its swaps settle in the %1 currency (%2)")


# --- what a spec holds ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ListMatch:
    """Pick the list element whose ``field`` (a dotted path) equals ``value`` (a template)."""

    field: str
    value: str


@dataclass(frozen=True, slots=True)
class ListSpec:
    """A request for a list (all tickers, or all markets) and where its items are."""

    path: str
    method: str = "GET"
    params: Mapping[str, str] = field(default_factory=dict)
    body: Mapping[str, object] | None = None
    items: str = ""
    items_are: str = "list"  # "list" | "object" (keyed by market id)
    id: str = ""  # path in an item to its market id; "@key" for an object's key
    base: str = ""
    quote: str = ""
    filter: ListMatch | None = None


@dataclass(frozen=True, slots=True)
class AllTickersSpec(ListSpec):
    fields: Mapping[str, str] = field(default_factory=dict)
    #: For ids that join base and quote ("BTCUSDT") with no markets list: the quote currencies
    #: to split them by, longest first; an id ending in none of them is left out.
    split_quotes: tuple[str, ...] = ()
    #: How the list writes its ids when not as the ``market`` template does ("{BASE}/{QUOTE}")
    id_template: str = ""
    #: The quote (or base) of every item, when items give only the other one and the ticker
    #: endpoint serves one quote (``quotes = ["KRW"]``)
    fixed_quote: str = ""
    fixed_base: str = ""
    timestamp_unit: TimestampUnit = "ms"
    percentage_scale: Decimal = Decimal(1)


@dataclass(frozen=True, slots=True)
class MarketListSpec(ListSpec):
    active: str = ""
    active_values: tuple[str, ...] = ()


#: The candle lengths the app offers (ccxt's names), and each one's length in seconds.
TIMEFRAMES: Mapping[str, int] = {
    "1m": 60, "5m": 300, "15m": 900, "1h": 3600, "4h": 14_400, "1d": 86_400,
}  # fmt: skip
#: What a candles request may name besides the pair and the market id.
CANDLE_PLACEHOLDERS = frozenset(
    {"timeframe", "limit", "since_ms", "since_s", "since_iso", "until_ms", "until_s", "until_iso"}
)
CANDLE_FIELDS = ("timestamp", "open", "high", "low", "close", "volume")


@dataclass(frozen=True, slots=True)
class CandlesSpec:
    """The request for one market's candles, and where the candles are in the answer."""

    path: str
    timeframes: Mapping[str, str]
    row: Mapping[str, str]
    method: str = "GET"
    params: Mapping[str, str] = field(default_factory=dict)
    body: Mapping[str, object] | None = None
    api: str = ""
    market: str = ""
    max_limit: int = 500
    rows: str = ""
    columns: bool = False
    timestamp_unit: TimestampUnit = "ms"


@dataclass(frozen=True, slots=True)
class ExchangeSpec:
    id: str
    api: str
    path: str
    market: str
    fields: Mapping[str, str]
    name: str = ""
    docs: str = ""
    params: Mapping[str, str] = field(default_factory=dict)
    bases: tuple[str, ...] = ()  # when set, the only base currencies the endpoint serves
    quotes: tuple[str, ...] = ()  # likewise for quote currencies
    currency_aliases: Mapping[str, str] = field(default_factory=dict)
    root: str = ""
    list_match: ListMatch | None = None
    error_path: str = ""
    error_ok: tuple[str, ...] = ()
    unknown_symbol_errors: tuple[str, ...] = ()
    timestamp_unit: TimestampUnit = "ms"
    percentage_scale: Decimal = Decimal(1)
    rate_limit: float = 1.0
    default_symbols: tuple[str, ...] = ()
    parser: str = ""
    notes: str = ""
    method: str = "GET"
    body: Mapping[str, object] | None = None
    echo: str = ""
    tickers: AllTickersSpec | None = None
    markets: MarketListSpec | None = None
    settle: str = ""  # "quote", "base", a currency code, or "" (spot)
    candles: CandlesSpec | None = None

    @property
    def display_name(self) -> str:
        return self.name or self.id

    def unified(self, base: str, quote: str) -> Pair:
        """The pair of one of this exchange's markets: a swap's settles in its quote (linear)
        or base (inverse) currency or a fixed one, as ``settle`` says; a spot market's in
        nothing."""
        return Pair(base, quote, {"quote": quote, "base": base}.get(self.settle, self.settle))

    def check_pair(self, pair: Pair) -> Pair:
        """``pair`` as this exchange lists it; raises UnknownSymbolError for the wrong kind."""
        wanted = self.unified(pair.base, pair.quote)
        if pair.settle and pair.settle != wanted.settle:
            refusal = _WRONG_KIND.get(self.settle)
            if refusal is None:  # swaps settling in one currency
                raise UnknownSymbolError(_WRONG_SETTLE, self.settle, wanted.symbol)
            raise UnknownSymbolError(refusal, wanted.symbol)
        return wanted

    def template_market_id(self, pair: Pair) -> str:
        """The market id from the ``market`` template (hooks may build it differently)."""
        return render(self.market, template_values(pair, self.currency_aliases))


@dataclass(frozen=True, slots=True)
class MarketSpecs:
    """Every exchange the engine can price, and why the others cannot be priced."""

    exchanges: Mapping[str, ExchangeSpec] = field(default_factory=dict)
    unsupported: Mapping[str, str] = field(default_factory=dict)
    invalid: Mapping[str, str] = field(default_factory=dict)
    renamed: Mapping[str, str] = field(default_factory=dict)  # old id -> the id it has now

    def spec(self, exchange_id: str) -> ExchangeSpec | None:
        """The adapter for ``exchange_id``, following a rename to the current id."""
        found = self.exchanges.get(exchange_id)
        if found is None and exchange_id in self.renamed:
            found = self.exchanges.get(self.renamed[exchange_id])
        return found

    def unavailable_reason(self, exchange_id: str) -> str | None:
        """Plain-English reason there are no live prices for ``exchange_id`` (None: supported)."""
        if self.spec(exchange_id) is not None:
            return None
        if exchange_id in self.unsupported:
            return self.unsupported[exchange_id]
        if exchange_id in self.invalid:
            return f"its price definition is broken ({self.invalid[exchange_id]})"
        return NO_DEFINITION


# --- reading one table, with errors that name the key --------------------------------------------


class SpecError(ValueError):
    """``exchanges.toml`` (or one exchange's table in it) does not follow the schema."""


class TableReader:
    def __init__(self, where: str, table: object) -> None:
        if not isinstance(table, dict):
            raise SpecError(f"[{where}] must be a table")
        self.where = where
        self._table: dict[str, object] = table

    def unknown_keys(self, known: Iterable[str]) -> list[str]:
        return sorted(set(self._table) - set(known))

    def _value(self, key: str, expected: type | tuple[type, ...], required: bool) -> object:
        if key not in self._table:
            if required:
                raise SpecError(f"{self.where}: missing required key {key!r}")
            return None
        value = self._table[key]
        if isinstance(value, bool) or not isinstance(value, expected):
            raise SpecError(f"{self.where}.{key}: unexpected value {value!r}")
        return value

    def has(self, key: str) -> bool:
        return key in self._table

    def get(self, key: str, default: object = None) -> object:
        return self._table.get(key, default)

    def table(self, key: str) -> dict[str, object] | None:
        """A nested table (or None when absent)."""
        return cast("dict[str, object] | None", self._value(key, dict, required=False))

    def text(self, key: str, *, default: str = "", required: bool = False) -> str:
        value = self._value(key, str, required)
        return default if value is None else str(value)

    def strings(self, key: str) -> tuple[str, ...]:
        values = self._value(key, list, required=False) or []
        if not isinstance(values, list) or not all(isinstance(item, str) for item in values):
            raise SpecError(f"{self.where}.{key}: expected a list of strings")
        return tuple(values)

    def symbols(self, key: str) -> tuple[str, ...]:
        symbols = self.strings(key)
        for symbol in symbols:
            try:
                parse_symbol(symbol)
            except UnknownSymbolError as error:
                raise SpecError(f"{self.where}.{key}: {error}") from None
        return symbols

    def mapping(
        self, key: str, *, required: bool = False, allow_int_values: bool = False
    ) -> dict[str, str]:
        table = self._value(key, dict, required) or {}
        if not isinstance(table, dict):
            raise SpecError(f"{self.where}.{key} must be a table")
        scalar: tuple[type, ...] = (str, int) if allow_int_values else (str,)
        result: dict[str, str] = {}
        for name, value in table.items():
            if isinstance(value, bool) or not isinstance(value, scalar):
                raise SpecError(f"{self.where}.{key}.{name}: unexpected value {value!r}")
            result[name] = str(value)
        if required and not result:
            raise SpecError(f"{self.where}.{key} must not be empty")
        return result

    def positive_number(self, key: str, *, default: float) -> float:
        value = self._value(key, (int, float), required=False)
        number = float(value) if isinstance(value, int | float) else default
        if not number > 0:
            raise SpecError(f"{self.where}.{key} must be a positive number")
        return number

    def base_url(self, key: str) -> str:
        try:
            return normalise_base_url(self.text(key, required=True))
        except ValueError as error:
            raise SpecError(f"{self.where}.{key}: {error}") from None

    def template(
        self,
        key: str,
        *,
        allow_market: bool,
        required: bool = False,
        allow_pair: bool = True,
        extra: frozenset[str] = frozenset(),
    ) -> str:
        template = self.text(key, required=required)
        self.check_template(
            key, template, allow_market=allow_market, allow_pair=allow_pair, extra=extra
        )
        return template

    def check_template(
        self,
        key: str,
        template: str,
        *,
        allow_market: bool,
        allow_pair: bool = True,
        extra: frozenset[str] = frozenset(),
    ) -> None:
        try:
            check_template(template, allow_market=allow_market, allow_pair=allow_pair, extra=extra)
        except TemplateError as error:
            raise SpecError(f"{self.where}.{key}: {error}") from None


# --- reading the whole file ----------------------------------------------------------------------

_OPTIONAL_KEYS = {"name", "docs", "params", "currency_aliases", "root", "list_match"}
_OPTIONAL_KEYS |= {"error_path", "error_ok", "unknown_symbol_errors", "timestamp_unit"}
_OPTIONAL_KEYS |= {"percentage_scale", "rate_limit", "default_symbols", "parser", "notes"}
_OPTIONAL_KEYS |= {"bases", "quotes", "method", "body", "echo", "tickers", "markets", "settle"}
_OPTIONAL_KEYS |= {"candles"}
KNOWN_KEYS = frozenset({"api", "path", "market", "fields", *_OPTIONAL_KEYS})
_LIST_KEYS = {"path", "method", "params", "body", "items", "items_are", "id", "base", "quote"}
_LIST_KEYS |= {"filter"}
TICKERS_KEYS = frozenset(
    {*_LIST_KEYS, "fields", "timestamp_unit", "percentage_scale", "split_quotes", "id_template"}
)
MARKETS_KEYS = frozenset({*_LIST_KEYS, "active", "active_values"})
CANDLES_KEYS = frozenset(
    {"path", "method", "params", "body", "api", "market", "timeframes", "max_limit", "rows"}
    | {"columns", "row", "timestamp_unit"}
)
MAX_CANDLE_LIMIT = 5000
METHODS = ("GET", "POST")
MAX_BODY_DEPTH = 6


def bundled_specs() -> MarketSpecs:
    """The specs shipped with the app, loaded once (leniently: broken entries become invalid)."""
    return _bundled_specs()


@cache
def _bundled_specs() -> MarketSpecs:
    source = resource("market", "exchanges.toml")
    if not source.is_file():
        logger.warning("no bundled market/exchanges.toml; live prices are unavailable")
        return MarketSpecs()
    return load_specs(source)


def load_specs(source: Traversable | Path, *, strict: bool = False) -> MarketSpecs:
    return parse_specs(source.read_text(encoding="utf-8"), strict=strict)


def parse_specs(text: str, *, strict: bool = False) -> MarketSpecs:
    """Parse a TOML document; ``strict`` raises on the first problem instead of logging it."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SpecError(f"not valid TOML: {error}") from None
    exchanges: dict[str, ExchangeSpec] = {}
    invalid: dict[str, str] = {}
    for exchange_id, table in _tables(document, "exchanges").items():
        try:
            exchanges[exchange_id] = exchange_spec(exchange_id, table, strict=strict)
        except SpecError as error:
            if strict:
                raise
            logger.warning("market spec for %s ignored: %s", exchange_id, error)
            invalid[exchange_id] = str(error)
    unsupported = {
        exchange_id: TableReader(f"unsupported.{exchange_id}", table).text("reason", required=True)
        for exchange_id, table in _tables(document, "unsupported").items()
    }
    both = sorted(set(unsupported) & (set(exchanges) | set(invalid)))
    if both:
        raise SpecError(f"listed as both supported and unsupported: {', '.join(both)}")
    table = document.get("renamed", {})
    if not isinstance(table, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in table.items()
    ):
        raise SpecError("[renamed] must map old ids to current ids")
    renamed = dict(table)
    dangling = sorted(old for old, new in renamed.items() if new not in exchanges)
    if dangling and strict:
        raise SpecError(f"[renamed] leads to no adapter: {', '.join(dangling)}")
    return MarketSpecs(
        exchanges=exchanges, unsupported=unsupported, invalid=invalid, renamed=renamed
    )


def _tables(document: dict[str, object], key: str) -> dict[str, object]:
    tables = document.get(key, {})
    if not isinstance(tables, dict):
        raise SpecError(f"[{key}] must be a table of tables")
    return tables


def exchange_spec(exchange_id: str, table: object, *, strict: bool = False) -> ExchangeSpec:
    """Validate one ``[exchanges.<id>]`` table into an :class:`ExchangeSpec`."""
    read = TableReader(f"exchanges.{exchange_id}", table)
    unknown = read.unknown_keys(KNOWN_KEYS)
    if unknown and strict:
        raise SpecError(f"{read.where}: unknown keys {', '.join(unknown)}")
    if unknown:
        logger.warning("%s: ignoring unknown keys %s", read.where, ", ".join(unknown))
    parser = read.text("parser")
    if parser and parser not in HOOKS:
        raise SpecError(f"{read.where}: no hook named {parser!r} in explorer.market.hooks")
    fields = read.mapping("fields", required=not parser, allow_int_values=True)
    unknown_fields = sorted(set(fields) - set(UNIFIED_FIELDS))
    if unknown_fields:
        raise SpecError(f"{read.where}.fields: unknown names {', '.join(unknown_fields)}")
    params = read.mapping("params", allow_int_values=True)
    list_match = read.mapping("list_match")
    if list_match and set(list_match) != {"field", "value"}:
        raise SpecError(f"{read.where}.list_match needs exactly 'field' and 'value'")
    for key, value in [*params.items(), *list_match.items(), *fields.items()]:
        read.check_template(key, value, allow_market=True)
    timestamp_unit = read.text("timestamp_unit", default="ms")
    if timestamp_unit not in TIMESTAMP_UNITS:
        raise SpecError(f"{read.where}.timestamp_unit must be one of {', '.join(TIMESTAMP_UNITS)}")
    aliases = read.mapping("currency_aliases")
    fields_unit = cast(TimestampUnit, timestamp_unit)
    scale = Decimal(str(read.positive_number("percentage_scale", default=1)))
    market = read.template("market", required=True, allow_market=False)
    tickers = _tickers_spec(read, fields, fields_unit, scale, market, strict=strict)
    return ExchangeSpec(
        id=exchange_id,
        name=read.text("name"),
        docs=read.text("docs"),
        api=read.base_url("api"),
        path=read.template("path", required=True, allow_market=True),
        params=params,
        market=market,
        bases=tuple(code.upper() for code in read.strings("bases")),
        quotes=tuple(code.upper() for code in read.strings("quotes")),
        currency_aliases={code.upper(): alias for code, alias in aliases.items()},
        root=read.template("root", allow_market=True),
        list_match=ListMatch(**list_match) if list_match else None,
        error_path=read.template("error_path", allow_market=True),
        error_ok=read.strings("error_ok"),
        unknown_symbol_errors=read.strings("unknown_symbol_errors"),
        fields=fields,
        timestamp_unit=fields_unit,
        percentage_scale=scale,
        rate_limit=read.positive_number("rate_limit", default=1.0),
        default_symbols=read.symbols("default_symbols"),
        parser=parser,
        notes=read.text("notes"),
        method=_method(read),
        body=_body(read),
        echo=read.template("echo", allow_market=True),
        tickers=tickers,
        markets=_markets_spec(read, strict=strict),
        settle=_settle(read),
        candles=_candles_spec(read, strict=strict),
    )


def _settle(read: TableReader) -> str:
    settle = read.text("settle")
    if settle not in ("", "quote", "base") and not _SETTLE_CODE.fullmatch(settle):
        raise SpecError(f"{read.where}.settle must be 'quote', 'base' or a currency code")
    return settle


def _method(read: TableReader) -> str:
    method = read.text("method", default="GET").upper()
    if method not in METHODS:
        raise SpecError(f"{read.where}.method must be one of {', '.join(METHODS)}")
    return method


def _body(
    read: TableReader, *, fixed: bool = False, extra: frozenset[str] = frozenset()
) -> dict[str, object] | None:
    """A JSON body: a table whose string leaves are templates (checked here); ``fixed`` (a
    list request's) has no placeholders at all; ``extra`` are more placeholders allowed."""
    body = read.table("body")
    if body is None:
        return None

    def check(value: object, where: str, depth: int) -> None:
        if depth > MAX_BODY_DEPTH:
            raise SpecError(f"{where}: nested too deeply")
        if isinstance(value, str):
            read.check_template(
                where, value, allow_market=not fixed, allow_pair=not fixed, extra=extra
            )
        elif isinstance(value, dict):
            for key, item in value.items():
                check(item, f"{where}.{key}", depth + 1)
        elif isinstance(value, list):
            for item in value:
                check(item, where, depth + 1)
        elif not isinstance(value, int | float | bool):
            raise SpecError(f"{where}: unexpected value {value!r}")

    check(body, "body", 0)
    return cast(dict[str, object], body)


def _sub_reader(
    read: TableReader, key: str, known: frozenset[str], strict: bool
) -> TableReader | None:
    table = read.table(key)
    if table is None:
        return None
    sub = TableReader(f"{read.where}.{key}", table)
    unknown = sub.unknown_keys(known)
    if unknown and strict:
        raise SpecError(f"{sub.where}: unknown keys {', '.join(unknown)}")
    return sub


def _list_fields(sub: TableReader) -> dict[str, object]:
    items_are = sub.text("items_are", default="list")
    if items_are not in ("list", "object"):
        raise SpecError(f"{sub.where}.items_are must be 'list' or 'object'")
    item_id = sub.text("id", default="@key" if items_are == "object" else "")
    if not item_id:
        raise SpecError(f"{sub.where}: 'id' is required when items are a list")
    if item_id == "@key" and items_are != "object":
        raise SpecError(f"{sub.where}.id '@key' needs items_are = 'object'")
    match = sub.mapping("filter", allow_int_values=True)
    if match and set(match) != {"field", "value"}:
        raise SpecError(f"{sub.where}.filter needs exactly 'field' and 'value'")
    # One request for every market: nothing in it names a market or its currencies.
    params = sub.mapping("params", allow_int_values=True)
    for key, value in params.items():
        sub.check_template(key, value, allow_market=False, allow_pair=False)
    return {
        "path": sub.template("path", required=True, allow_market=False, allow_pair=False),
        "method": _method(sub),
        "params": params,
        "body": _body(sub, fixed=True),
        "items": sub.text("items"),
        "items_are": items_are,
        "id": item_id,
        "base": sub.text("base"),
        "quote": sub.text("quote"),
        "filter": ListMatch(**match) if match else None,
    }


def _tickers_spec(
    read: TableReader,
    fields: Mapping[str, str],
    unit: TimestampUnit,
    scale: Decimal,
    market: str,
    *,
    strict: bool,
) -> AllTickersSpec | None:
    sub = _sub_reader(read, "tickers", TICKERS_KEYS, strict)
    if sub is None:
        return None
    own = sub.mapping("fields", allow_int_values=True)
    unknown_fields = sorted(set(own) - set(UNIFIED_FIELDS))
    if unknown_fields:
        raise SpecError(f"{sub.where}.fields: unknown names {', '.join(unknown_fields)}")
    for key, value in own.items():
        sub.check_template(key, value, allow_market=False)
    if not (own or fields):
        raise SpecError(f"{sub.where}: 'fields' is required (the ticker has none to share)")
    own_unit = sub.text("timestamp_unit", default=unit)
    if own_unit not in TIMESTAMP_UNITS:
        raise SpecError(f"{sub.where}.timestamp_unit must be one of {', '.join(TIMESTAMP_UNITS)}")
    listed = _list_fields(sub)
    id_template = sub.template("id_template", allow_market=False)
    quotes, bases = read.strings("quotes"), read.strings("bases")
    needs_quote = bool(listed["base"] and not listed["quote"])
    needs_base = bool(listed["quote"] and not listed["base"])
    if (needs_quote and len(quotes) != 1) or (needs_base and len(bases) != 1):
        raise SpecError(
            f"{sub.where}: items with only a base (or quote) need the exchange's one quote "
            "(or base) in 'quotes' (or 'bases')"
        )
    fixed_quote = quotes[0].upper() if needs_quote else ""
    fixed_base = bases[0].upper() if needs_base else ""
    has_codes = bool(listed["base"] and listed["quote"]) or bool(fixed_quote or fixed_base)
    split_quotes = tuple(code.upper() for code in sub.strings("split_quotes"))
    readable = template_reads_ids(id_template or market) or split_quotes
    if not has_codes and not read.has("markets") and not readable:
        raise SpecError(
            f"{sub.where}: ids like {market!r} cannot be split into base and quote; "
            "give base and quote paths, split_quotes or a [markets] table"
        )
    return AllTickersSpec(
        **listed,  # type: ignore[arg-type]
        fields=own or dict(fields),
        split_quotes=tuple(sorted(split_quotes, key=len, reverse=True)),
        id_template=id_template,
        fixed_quote=fixed_quote,
        fixed_base=fixed_base,
        timestamp_unit=cast(TimestampUnit, own_unit),
        percentage_scale=Decimal(
            str(sub.positive_number("percentage_scale", default=float(scale)))
        ),
    )


def _markets_spec(read: TableReader, *, strict: bool) -> MarketListSpec | None:
    sub = _sub_reader(read, "markets", MARKETS_KEYS, strict)
    if sub is None:
        return None
    listed = _list_fields(sub)
    if not (listed["base"] and listed["quote"]):
        raise SpecError(f"{sub.where}: 'base' and 'quote' paths are required")
    return MarketListSpec(
        **listed,  # type: ignore[arg-type]
        active=sub.text("active"),
        active_values=sub.strings("active_values"),
    )


def _candles_spec(read: TableReader, *, strict: bool) -> CandlesSpec | None:
    sub = _sub_reader(read, "candles", CANDLES_KEYS, strict)
    if sub is None:
        return None
    extra = CANDLE_PLACEHOLDERS
    timeframes = sub.mapping("timeframes", required=True, allow_int_values=True)
    unknown = sorted(set(timeframes) - set(TIMEFRAMES))
    if unknown:
        raise SpecError(f"{sub.where}.timeframes: unknown names {', '.join(unknown)}")
    row = sub.mapping("row", required=True, allow_int_values=True)
    missing = [name for name in CANDLE_FIELDS[:5] if name not in row]
    if missing or set(row) - set(CANDLE_FIELDS):
        raise SpecError(
            f"{sub.where}.row needs timestamp, open, high, low, close (and may name volume)"
        )
    params = sub.mapping("params", allow_int_values=True)
    for key, value in params.items():
        sub.check_template(key, value, allow_market=True, extra=extra)
    unit = sub.text("timestamp_unit", default="ms")
    if unit not in TIMESTAMP_UNITS:
        raise SpecError(f"{sub.where}.timestamp_unit must be one of {', '.join(TIMESTAMP_UNITS)}")
    max_limit = sub.positive_number("max_limit", default=500)
    if max_limit != int(max_limit) or max_limit > MAX_CANDLE_LIMIT:
        raise SpecError(f"{sub.where}.max_limit must be a whole number up to {MAX_CANDLE_LIMIT}")
    columns = _flag(sub, "columns")
    return CandlesSpec(
        path=sub.template("path", required=True, allow_market=True, extra=extra),
        timeframes=timeframes,
        row=row,
        method=_method(sub),
        params=params,
        body=_body(sub, extra=extra),
        api=sub.base_url("api") if sub.has("api") else "",
        market=sub.template("market", allow_market=False),
        max_limit=int(max_limit),
        rows=sub.template("rows", allow_market=True),
        columns=columns,
        timestamp_unit=cast(TimestampUnit, unit),
    )


def _flag(read: TableReader, key: str) -> bool:
    value = read.get(key, False)
    if not isinstance(value, bool):
        raise SpecError(f"{read.where}.{key} must be true or false")
    return value
