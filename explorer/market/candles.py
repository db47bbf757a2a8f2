"""Candles (ccxt's ``fetchOHLCV``): the request from an adapter's ``candles`` table, and the
answer read into unified rows ``[timestamp_ms, open, high, low, close, volume]``, oldest first.

The window asked for is ``limit`` candles up to now (``since`` = now - limit * timeframe), which
is what exchanges without a ``limit`` parameter need. A row that cannot be read (a missing or
implausible number, a high below its low) is left out and counted, never the whole answer; rows
repeating a time keep the last one. An answer holds at most :data:`MAX_ROWS` rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from urllib.parse import quote

from explorer.market.errors import PayloadError
from explorer.market.requests import PreparedRequest, prepare_request, render_body
from explorer.market.responses import NOTHING_AT, PathNotFoundError, resolve, split_path
from explorer.market.specs import TIMEFRAMES, CandlesSpec, ExchangeSpec
from explorer.market.symbols import render
from explorer.market.values import field_parser, parse_timestamp_ms
from explorer.text import QT_TRANSLATE_NOOP

MAX_ROWS = 5000
TOO_MANY = QT_TRANSLATE_NOOP("Detail", "it sent more than %1 candles")
NO_ENDPOINT = QT_TRANSLATE_NOOP("Detail", "this app knows no candles endpoint of it yet")
DEFAULT_LIMIT = 100
_PRICE_NAMES = ("open", "high", "low", "close")
_PARSE = {name: field_parser(name) for name in (*_PRICE_NAMES, "volume")}


@dataclass(frozen=True, slots=True)
class Candle:
    timestamp: int  # the candle's open time, ms since the epoch
    open: Decimal
    high: Decimal
    low: Decimal
    close: Decimal
    volume: Decimal | None

    def to_json(self) -> list[object]:
        """ccxt's ``[timestamp, open, high, low, close, volume]`` (floats, as JSON has)."""
        volume = None if self.volume is None else float(self.volume)
        prices = [float(getattr(self, name)) for name in _PRICE_NAMES]
        return [self.timestamp, *prices, volume]


@dataclass(frozen=True, slots=True)
class Candles:
    exchange: str
    symbol: str
    timeframe: str
    candles: tuple[Candle, ...]
    fetched_at: int
    source_url: str = ""
    latency_ms: int = 0
    #: Rows of the answer left out, by reason ("a high below its low": 2)
    skipped_reasons: Mapping[str, int] = field(default_factory=dict)

    @property
    def skipped(self) -> int:
        return sum(self.skipped_reasons.values())


def candles_missing(spec: ExchangeSpec, timeframe: str) -> str | None:
    """Why ``spec`` gives no ``timeframe`` candles (None: it does)."""
    if spec.candles is None:
        return NO_ENDPOINT
    if timeframe not in spec.candles.timeframes:
        return QT_TRANSLATE_NOOP("Detail", "it has no %1 candles (only %2)")
    return None


def offered_timeframes(spec: ExchangeSpec) -> tuple[str, ...]:
    """The app's timeframes that ``spec`` serves, shortest first."""
    served = spec.candles.timeframes if spec.candles else {}
    return tuple(name for name in TIMEFRAMES if name in served)


def prepare_candles(
    spec: ExchangeSpec,
    symbol: str,
    timeframe: str,
    limit: int,
    *,
    now_ms: int,
    base_url: str | None = None,
) -> PreparedRequest:
    """The request for ``limit`` candles of ``timeframe`` up to ``now_ms``.

    Raises UnknownSymbolError for a symbol the adapter does not serve; ``timeframe`` must be
    one it does (:func:`candles_missing`)."""
    candles = spec.candles
    assert candles is not None and timeframe in candles.timeframes
    limit = max(1, min(limit, candles.max_limit))
    ticker = prepare_request(spec, symbol, base_url)
    values = dict(ticker.template_values)
    if candles.market:  # the pair's codes (aliases applied) in the candles' own id template
        pair_values = {name: value for name, value in values.items() if name != "market"}
        values["market"] = render(candles.market, pair_values)
    length_ms = TIMEFRAMES[timeframe] * 1000
    until = now_ms
    since = now_ms - limit * length_ms
    values |= {
        "timeframe": candles.timeframes[timeframe],
        "limit": str(limit),
        "since_ms": str(since),
        "since_s": str(since // 1000),
        "since_iso": _iso_seconds(since),
        "until_ms": str(until),
        "until_s": str(until // 1000),
        "until_iso": _iso_seconds(until),
    }
    # The timeframe is the spec's own text and may be a path ("minutes/60"); the rest is quoted.
    path_values = {name: quote(value, safe=":@-._~") for name, value in values.items()}
    path_values["timeframe"] = values["timeframe"]
    api = base_url or candles.api or spec.api
    return PreparedRequest(
        exchange=spec.id,
        symbol=ticker.symbol,
        market_id=values["market"],
        url=api + render(candles.path, path_values),
        params={name: render(value, values) for name, value in candles.params.items()},
        template_values=values,
        method=candles.method,
        json=render_body(candles.body, values),
    )


def _iso_seconds(ms: int) -> str:
    return datetime.fromtimestamp(ms // 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_candles(
    spec: ExchangeSpec,
    request: PreparedRequest,
    document: object,
    *,
    timeframe: str,
    limit: int,
    fetched_at: int,
    latency_ms: int = 0,
    url: str = "",
) -> Candles:
    """The answer's candles, oldest first, at most ``limit`` of the newest; raises
    PayloadError when the answer holds no list of candles at all."""
    candles = spec.candles
    assert candles is not None
    rows = _rows(document, candles, request)
    paths = {name: split_path(path) for name, path in candles.row.items()}
    skipped: Counter[str] = Counter()
    kept: dict[int, Candle] = {}
    for row in rows:
        try:
            candle = _candle(row, paths, candles)
        except (PayloadError, PathNotFoundError) as error:
            skipped[_reason(error)] += 1
            continue
        if candle.timestamp in kept:
            skipped["repeated time"] += 1
        kept[candle.timestamp] = candle
    ordered = tuple(sorted(kept.values(), key=lambda candle: candle.timestamp))
    return Candles(
        exchange=spec.id,
        symbol=request.symbol,
        timeframe=timeframe,
        candles=ordered[-limit:] if limit > 0 else ordered,
        fetched_at=fetched_at,
        source_url=url,
        latency_ms=latency_ms,
        skipped_reasons=dict(skipped),
    )


def _rows(document: object, candles: CandlesSpec, request: PreparedRequest) -> list[object]:
    try:
        node = resolve(document, split_path(candles.rows), request.substitute)
    except PathNotFoundError as error:
        raise PayloadError(NOTHING_AT, repr(error.path)) from None
    if candles.columns:
        return list(_zip_columns(node, candles.row))
    if not isinstance(node, list):
        raise PayloadError(QT_TRANSLATE_NOOP("Detail", "expected a list of candles"))
    if len(node) > MAX_ROWS:
        raise PayloadError(TOO_MANY, f"{MAX_ROWS:,}")
    return node


def _zip_columns(node: object, row: Mapping[str, str]) -> Iterator[dict[str, object]]:
    """Rows out of parallel lists (``{"ticks": [...], "open": [...]}``), keyed by list name."""
    if not isinstance(node, dict):
        raise PayloadError(QT_TRANSLATE_NOOP("Detail", "expected an object of candle columns"))
    columns: dict[str, list[object]] = {}
    for name in row.values():
        column = node.get(name)
        if not isinstance(column, list):
            raise PayloadError(
                QT_TRANSLATE_NOOP("Detail", "no %1 column in the response"), repr(name)
            )
        if len(column) > MAX_ROWS:
            raise PayloadError(TOO_MANY, f"{MAX_ROWS:,}")
        columns[name] = column
    length = min(len(column) for column in columns.values())
    for number in range(length):
        yield {name: column[number] for name, column in columns.items()}


def _candle(row: object, paths: Mapping[str, tuple[str, ...]], candles: CandlesSpec) -> Candle:
    def value(name: str) -> object:
        return resolve(row, paths[name])

    timestamp = parse_timestamp_ms(value("timestamp"), candles.timestamp_unit)
    if timestamp is None:
        raise PayloadError("no time")
    prices: list[Decimal] = []
    for name in _PRICE_NAMES:
        number = _PARSE[name](value(name))
        if number is None:
            raise PayloadError("a price is missing")
        prices.append(number)
    open_, high, low, close = prices
    if high < low:
        raise PayloadError("a high below its low")
    volume = _PARSE["volume"](value("volume")) if "volume" in paths else None
    return Candle(timestamp, open_, high, low, close, volume)


def _reason(error: Exception) -> str:
    if isinstance(error, PathNotFoundError):
        return "a field is missing"
    return str(error) if len(str(error)) <= 60 else "unreadable"
