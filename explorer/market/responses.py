"""From a response body to a :class:`Ticker`, top to bottom: the HTTP status, the JSON, the
exchange's own error field, the ticker object and its fields (declarative paths and hooks), and
the checks on every value. Anything wrong ends as the one :class:`FetchError` that explains it.

Paths into the JSON (``root``, ``fields``…) are dotted: ``"result.*.c.0"``, ``"data.0.last"``,
``""`` (the node itself). A part of digits (optionally ``-``) indexes a list; on an object it is
an ordinary key. ``*`` takes the only (or first) value of an object or the first list item. Keys
that themselves contain dots cannot be addressed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import cache, partial
from typing import cast

import httpx

from explorer.market.errors import ExchangeReportedError, PayloadError, UnknownSymbolError
from explorer.market.errors import FetchErrorKind as Kind
from explorer.market.failures import Describer, classify_status, mentions_unknown_symbol
from explorer.market.hooks import HOOKS
from explorer.market.requests import PreparedRequest
from explorer.market.results import UNIFIED_FIELDS, Ticker, derive_percentage, warnings_for
from explorer.market.specs import ExchangeSpec, ListMatch
from explorer.market.values import (
    TimestampUnit,
    check_field,
    field_parser,
    parse_field,
    parse_timestamp_ms,
)
from explorer.net.urls import redact_url
from explorer.text import QT_TRANSLATE_NOOP, one_line

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MESSAGE_KEYS = ("msg", "message", "error", "err_msg", "errorMessage", "error_description")
_NO_ERROR: tuple[object, ...] = (None, False, "", "0", [], {})
_INDEX = re.compile(r"-?\d+")
NOTHING_AT = QT_TRANSLATE_NOOP("Detail", "no %1 in the response")  # %1: a path, as 'a.b'

Fields = dict[str, Decimal | int | None]
#: Fields whose value was there but invalid, with the reason (they are None in ``Fields``).
Invalid = dict[str, str]


# --- the response as a whole ---------------------------------------------------------------------


def looks_like_html(body: bytes, content_type: str) -> bool:
    """A web page where JSON was expected: typically a maintenance or CDN challenge page."""
    return "html" in content_type.lower() or body.lstrip()[:1] == b"<"


def check_answer(
    spec: ExchangeSpec,
    request: PreparedRequest,
    describe: Describer,
    response: httpx.Response,
    body: bytes,
    now: datetime,
    rate_limit_cooldown: float,
) -> None:
    """What every answer goes through before it is read: an error status becomes its
    :class:`FetchError` (with the exchange's own words), a web page means maintenance."""
    content_type = response.headers.get("Content-Type", "")
    if not response.is_success:
        text = error_text(spec, request, body, content_type)
        raise classify_status(
            response,
            text,
            describe,
            now=now,
            rate_limit_cooldown=rate_limit_cooldown,
            unknown_symbol_phrases=spec.unknown_symbol_errors,
        )
    if looks_like_html(body, content_type):
        raise describe.error(
            Kind.MAINTENANCE, QT_TRANSLATE_NOOP("Detail", "it sent a web page instead of prices")
        )


def read_response(
    spec: ExchangeSpec,
    request: PreparedRequest,
    describe: Describer,
    response: httpx.Response,
    body: bytes,
    *,
    latency_ms: int,
    now: datetime,
    rate_limit_cooldown: float,
) -> Ticker:
    """The ticker in a complete response, or the :class:`FetchError` that explains why not."""
    check_answer(spec, request, describe, response, body, now, rate_limit_cooldown)
    fetched_at = (now - _EPOCH) // timedelta(milliseconds=1)
    try:
        return read_ticker(
            spec,
            request,
            body,
            fetched_at=fetched_at,
            latency_ms=latency_ms,
            url=redact_url(str(response.url)),
        )
    except PayloadError as error:
        raise describe.error(Kind.BAD_PAYLOAD, "%1", error) from None
    except UnknownSymbolError as error:
        raise describe.error(Kind.UNKNOWN_SYMBOL, "%1", error) from None
    except ExchangeReportedError as error:
        unknown = mentions_unknown_symbol(str(error), spec.unknown_symbol_errors)
        kind = Kind.UNKNOWN_SYMBOL if unknown else Kind.EXCHANGE_ERROR
        raise describe.error(kind, "%1", error) from None


def read_ticker(
    spec: ExchangeSpec,
    request: PreparedRequest,
    body: bytes,
    *,
    fetched_at: int,
    latency_ms: int,
    url: str,
) -> Ticker:
    """Raises PayloadError, UnknownSymbolError or ExchangeReportedError."""
    document = decode_json(body)
    reported = exchange_error(spec, request, document)
    if reported:
        raise ExchangeReportedError(reported)
    fields, invalid = extract_fields(spec, request, document)
    if spec.echo:
        check_echo(spec, request, document)
    require_a_price(fields, invalid)
    return build_ticker(
        request.exchange, request.symbol, fields, invalid,
        fetched_at=fetched_at, latency_ms=latency_ms, url=url,
    )  # fmt: skip


def require_a_price(fields: Fields, invalid: Invalid) -> None:
    """PayloadError unless one of last, bid and ask is there (saying why each is not)."""
    if all(not isinstance(fields.get(name), Decimal) for name in ("last", "bid", "ask")):
        reasons = [f"{name}: {invalid[name]}" for name in ("last", "bid", "ask") if name in invalid]
        if reasons:
            raise PayloadError(QT_TRANSLATE_NOOP("Detail", "it has no valid price (%1)"),
                               "; ".join(reasons))  # fmt: skip
        raise PayloadError(QT_TRANSLATE_NOOP("Detail", "it has no price (no last, bid or ask)"))


def build_ticker(
    exchange: str,
    symbol: str,
    fields: Fields,
    invalid: Invalid,
    *,
    fetched_at: int,
    latency_ms: int,
    url: str,
) -> Ticker:
    """A Ticker from checked fields (numbers are Decimal or None, the timestamp an int): the
    percentage derived from open and last where none was sent, and the row's warnings."""
    number = cast("Callable[[str], Decimal | None]", fields.get)
    last, bid, ask, high, low = (
        number("last"),
        number("bid"),
        number("ask"),
        number("high"),
        number("low"),
    )
    percentage = number("percentage")
    if percentage is None and "percentage" not in invalid:
        try:
            derived = derive_percentage(number("open"), last)
            percentage = None if derived is None else check_field("percentage", derived)
        except PayloadError as error:
            invalid["percentage"] = f"derived from open and last: {error}"
    timestamp = fields.get("timestamp")
    return Ticker(
        exchange=exchange,
        symbol=symbol,
        last=last,
        bid=bid,
        ask=ask,
        high=high,
        low=low,
        open=number("open"),
        base_volume=number("baseVolume"),
        quote_volume=number("quoteVolume"),
        percentage=percentage,
        timestamp=timestamp if isinstance(timestamp, int) else None,
        fetched_at=fetched_at,
        latency_ms=latency_ms,
        source_url=url,
        invalid=dict(invalid),
        warnings=warnings_for(last, bid, ask, high, low),
    )


def error_text(spec: ExchangeSpec, request: PreparedRequest, body: bytes, content_type: str) -> str:
    """The exchange's own words in an error response (JSON message or short plain text)."""
    if not body.strip() or looks_like_html(body, content_type):
        return ""
    try:
        document = decode_json(body)
    except PayloadError:
        return message_text(body[:800].decode("utf-8", "replace"))
    reported = exchange_error(spec, request, document)
    if reported:
        return reported
    if isinstance(document, dict):
        for key in _MESSAGE_KEYS:
            if document.get(key):
                return message_text(document[key])
    if isinstance(document, list) and document:  # e.g. Bitfinex ["error", 10020, "symbol: invalid"]
        return message_text(document)
    return ""


# --- the JSON and the fields in it ---------------------------------------------------------------


def decode_json(body: bytes) -> object:
    """Decode with floats as exact ``Decimal``; NaN/Infinity and broken JSON are bad payloads."""

    def reject_constant(name: str) -> object:
        raise PayloadError(QT_TRANSLATE_NOOP("Detail", "%1 is not a number"), name)

    try:
        return json.loads(body, parse_float=Decimal, parse_constant=reject_constant)
    except PayloadError:
        raise  # NaN or Infinity, as reject_constant says
    except RecursionError:
        raise PayloadError(QT_TRANSLATE_NOOP("Detail", "the JSON is nested too deeply")) from None
    except json.JSONDecodeError as error:  # where it breaks off; Python's own words are English
        raise PayloadError(
            QT_TRANSLATE_NOOP("Detail", "invalid or truncated JSON (line %1, column %2)"),
            error.lineno,
            error.colno,
        ) from None
    except UnicodeDecodeError:
        raise PayloadError(QT_TRANSLATE_NOOP("Detail", "the response is not valid UTF-8")) from None
    except ValueError as error:
        raise PayloadError(
            QT_TRANSLATE_NOOP("Detail", "invalid or truncated JSON (%1)"), one_line(error, 120)
        ) from None


def exchange_error(spec: ExchangeSpec, request: PreparedRequest, document: object) -> str | None:
    """The exchange's own error text at ``error_path``, or None when it reports success."""
    if not spec.error_path:
        return None
    try:
        value = resolve(document, split_path(spec.error_path), request.substitute)
    except PathNotFoundError:
        return None
    if value in _NO_ERROR:  # also matches 0 and Decimal("0"), which equal False
        return None
    if str(value) in spec.error_ok:
        return None
    return message_text(value)


def message_text(value: object, limit: int = 200) -> str:
    """A server's message (text, number, list or object) as one safe line of at most ``limit``
    characters; nested values are written out only as far as the limit needs."""
    if isinstance(value, list):
        parts: list[str] = []
        for item in value[:20]:
            parts.append(message_text(item, limit) if isinstance(item, list | dict) else str(item))
            if sum(map(len, parts)) > limit:
                break
        text = "; ".join(parts)
    elif isinstance(value, dict):
        try:
            text = json.dumps(value, default=str, ensure_ascii=False)[: limit * 2]
        except (RecursionError, ValueError):
            text = "(an unreadable error object)"
    else:
        text = str(value)[: limit * 4]
    return one_line(text, limit)


def extract_fields(
    spec: ExchangeSpec, request: PreparedRequest, document: object
) -> tuple[Fields, Invalid]:
    """Unified fields from the hook (if any) first, then the declarative paths for the rest.

    The hook runs first so that its checks (e.g. Bitfinex's ``["error", …]`` arrays) decide
    what is wrong with a response, and so a declarative path it supersedes cannot fail.
    A field whose value is present but not a plausible number or time is None in the fields
    and named, with the reason, in the second mapping.
    """
    invalid: Invalid = {}
    hooked: Fields = {}
    if spec.parser:
        hooked = normalise_fields(_run_hook(spec, request, document), "ms", Decimal(1), invalid)
    paths = {name: path for name, path in spec.fields.items() if name not in hooked}
    if not paths:
        return hooked, invalid
    ticker = _ticker_object(spec, request, document)
    raw: dict[str, object] = {}
    for name, path in paths.items():
        start, relative = (document, path[2:]) if path.startswith("$.") else (ticker, path)
        try:
            raw[name] = resolve(start, split_path(relative), request.substitute)
        except PathNotFoundError:
            raw[name] = None
    fields = normalise_fields(raw, spec.timestamp_unit, spec.percentage_scale, invalid)
    return fields | hooked, invalid


def same_market(named: object, asked: str) -> bool:
    """Whether the market an answer names is the one asked for, ignoring case and separators
    ("BTC-USDT", "btc_usdt" and "BTCUSDT" are the same; "ETH-BTC" is not "BTC-EUR")."""
    return _market_key(str(named)) == _market_key(asked)


def _market_key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def check_echo(spec: ExchangeSpec, request: PreparedRequest, document: object) -> None:
    """The market the answer names (at ``spec.echo``) must be the one asked for: a reply for
    another market is a bad payload, never that market's prices shown as this one's."""
    if spec.echo.startswith("$."):
        start, path = document, spec.echo[2:]
    else:
        start, path = _ticker_object(spec, request, document), spec.echo
    try:
        named = resolve(start, split_path(path), request.substitute)
    except PathNotFoundError:
        return  # the answer does not say which market: nothing to check
    if named is None or named == "":
        return
    if not same_market(named, request.market_id):
        shown = message_text(named, 40)
        raise PayloadError(
            QT_TRANSLATE_NOOP("Detail", "it answered for %1, not %2"), shown, request.market_id
        )


def _run_hook(spec: ExchangeSpec, request: PreparedRequest, document: object) -> dict[str, object]:
    try:
        raw = HOOKS[spec.parser].parse(document, request.symbol, spec)
    except (PayloadError, UnknownSymbolError, ExchangeReportedError):
        raise
    except (LookupError, TypeError, ValueError, ArithmeticError) as error:
        shape = QT_TRANSLATE_NOOP("Detail", "unexpected shape (%1)")
        raise PayloadError(shape, repr(error)) from None
    unknown = set(raw) - set(UNIFIED_FIELDS)
    if unknown:
        raise TypeError(f"hook {spec.parser!r} returned unknown fields {sorted(unknown)}")
    return raw


def _ticker_object(spec: ExchangeSpec, request: PreparedRequest, document: object) -> object:
    try:
        node = resolve(document, split_path(spec.root), request.substitute)
    except PathNotFoundError as error:
        if "{" in spec.root:  # the path names the market, so its absence means "not listed"
            raise UnknownSymbolError(NOTHING_AT, repr(error.path)) from None
        raise PayloadError(NOTHING_AT, repr(error.path)) from None
    if spec.list_match is not None:
        node = _matching_item(node, spec.list_match, request)
    if node is None or node == [] or node == {}:
        raise UnknownSymbolError(QT_TRANSLATE_NOOP("Detail", "the response is empty"))
    if not isinstance(node, dict | list):
        raise PayloadError(
            QT_TRANSLATE_NOOP("Detail", "the ticker is neither an object nor an array")
        )
    return node


def _matching_item(node: object, match: ListMatch, request: PreparedRequest) -> object:
    if not isinstance(node, list):
        raise PayloadError(QT_TRANSLATE_NOOP("Detail", "expected a list to pick the symbol from"))
    wanted = request.substitute(match.value).upper()
    for item in node:
        try:
            value = resolve(item, split_path(match.field), request.substitute)
        except PathNotFoundError:
            continue
        if str(value).upper() == wanted:
            return item
    raise UnknownSymbolError(QT_TRANSLATE_NOOP("Detail", "%1 is not in the list"), wanted)


def normalise_fields(
    raw: dict[str, object], unit: TimestampUnit, percentage_scale: Decimal, invalid: Invalid
) -> Fields:
    fields: Fields = {}
    for name, value in raw.items():
        if value is None or value == "":
            fields[name] = None  # not given: nothing to check
            continue
        try:
            fields[name] = field_reader(name, unit, percentage_scale)(value)
        except PayloadError as error:
            fields[name] = None
            invalid[name] = str(error)
    return fields


@cache
def field_reader(
    name: str, unit: TimestampUnit, percentage_scale: Decimal
) -> Callable[[object], Decimal | int | None]:
    """The checked reading of one unified field's raw value (raises PayloadError)."""
    if name == "timestamp":
        return partial(parse_timestamp_ms, unit=unit)
    if name == "percentage" and percentage_scale != 1:

        def scaled(value: object) -> Decimal | None:
            number = parse_field("percentage", value)
            return None if number is None else parse_field(name, number * percentage_scale)

        return scaled
    return field_parser(name)


# --- dotted paths --------------------------------------------------------------------------------


class PathNotFoundError(LookupError):
    """The path does not lead anywhere in this document; ``.path`` is the part that failed."""

    def __init__(self, path: str) -> None:
        super().__init__(f"nothing at {path!r}")
        self.path = path


def split_path(path: str) -> tuple[str, ...]:
    return tuple(path.split(".")) if path else ()


def resolve(node: object, parts: tuple[str, ...], substitute: Callable[[str], str] = str) -> object:
    """Follow ``parts`` from ``node``; each part with a placeholder passes through
    ``substitute`` first."""
    for number, raw_part in enumerate(parts):
        part = substitute(raw_part) if "{" in raw_part else raw_part
        try:
            node = _step(node, part)
        except PathNotFoundError:  # name the path walked so far, as the answer has it
            walked = [substitute(p) if "{" in p else p for p in parts[:number]]
            raise PathNotFoundError(".".join([*walked, part])) from None
    return node


def _step(node: object, part: str) -> object:
    if isinstance(node, dict):
        if part == "*":
            if not node:
                raise PathNotFoundError(part)
            return next(iter(node.values()))
        if part not in node:
            raise PathNotFoundError(part)
        return node[part]
    if isinstance(node, list):
        if part == "*":
            part = "0"
        if not _INDEX.fullmatch(part):
            raise PathNotFoundError(part)
        try:
            return node[int(part)]
        except IndexError:
            raise PathNotFoundError(part) from None
    raise PathNotFoundError(part)
