"""From a decoded response to unified ticker fields, following the spec (and its hook)."""

from __future__ import annotations

import json
from decimal import Decimal

from explorer.market.errors import ExchangeReportedError, PayloadError, UnknownSymbolError
from explorer.market.hooks import HOOKS
from explorer.market.jsonpath import PathNotFoundError, resolve, split_path
from explorer.market.request import PreparedRequest
from explorer.market.spec import ExchangeSpec, ListMatch
from explorer.market.ticker import UNIFIED_FIELDS
from explorer.market.values import TimestampUnit, parse_field, parse_timestamp_ms
from explorer.text import one_line

Fields = dict[str, Decimal | int | None]
#: Fields whose value was there but invalid, with the reason (they are None in ``Fields``).
Invalid = dict[str, str]
_NO_ERROR: tuple[object, ...] = (None, False, "", "0", [], {})


def decode_json(body: bytes) -> object:
    """Decode with floats as exact ``Decimal``; NaN/Infinity and broken JSON are bad payloads."""

    def reject_constant(name: str) -> object:
        raise PayloadError(f"{name} is not a number")

    try:
        return json.loads(body, parse_float=Decimal, parse_constant=reject_constant)
    except RecursionError:
        raise PayloadError("the JSON is nested too deeply") from None
    except ValueError as error:
        raise PayloadError(f"invalid or truncated JSON ({one_line(error, 120)})") from None


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
        hooked = _normalise(_run_hook(spec, request, document), "ms", Decimal(1), invalid)
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
    fields = _normalise(raw, spec.timestamp_unit, spec.percentage_scale, invalid)
    return fields | hooked, invalid


def _run_hook(spec: ExchangeSpec, request: PreparedRequest, document: object) -> dict[str, object]:
    try:
        raw = HOOKS[spec.parser].parse(document, request.symbol, spec)
    except (PayloadError, UnknownSymbolError, ExchangeReportedError):
        raise
    except (LookupError, TypeError, ValueError, ArithmeticError) as error:
        raise PayloadError(f"unexpected shape ({error!r})") from None
    unknown = set(raw) - set(UNIFIED_FIELDS)
    if unknown:
        raise TypeError(f"hook {spec.parser!r} returned unknown fields {sorted(unknown)}")
    return raw


def _ticker_object(spec: ExchangeSpec, request: PreparedRequest, document: object) -> object:
    try:
        node = resolve(document, split_path(spec.root), request.substitute)
    except PathNotFoundError as error:
        if "{" in spec.root:  # the path names the market, so its absence means "not listed"
            raise UnknownSymbolError(f"no {error.path!r} in the response") from None
        raise PayloadError(f"no {error.path!r} in the response") from None
    if spec.list_match is not None:
        node = _matching_item(node, spec.list_match, request)
    if node is None or node == [] or node == {}:
        raise UnknownSymbolError("the response is empty")
    if not isinstance(node, dict | list):
        raise PayloadError("the ticker is neither an object nor an array")
    return node


def _matching_item(node: object, match: ListMatch, request: PreparedRequest) -> object:
    if not isinstance(node, list):
        raise PayloadError("expected a list to pick the symbol from")
    wanted = request.substitute(match.value).upper()
    for item in node:
        try:
            value = resolve(item, split_path(match.field), request.substitute)
        except PathNotFoundError:
            continue
        if str(value).upper() == wanted:
            return item
    raise UnknownSymbolError(f"{wanted} is not in the list")


def _normalise(
    raw: dict[str, object], unit: TimestampUnit, percentage_scale: Decimal, invalid: Invalid
) -> Fields:
    fields: Fields = {}
    for name, value in raw.items():
        try:
            if name == "timestamp":
                fields[name] = parse_timestamp_ms(value, unit)
            elif name == "percentage":
                number = parse_field("percentage", value)
                scaled = None if number is None else number * percentage_scale
                fields[name] = None if scaled is None else parse_field(name, scaled)
            else:
                fields[name] = parse_field(name, value)
        except PayloadError as error:
            fields[name] = None
            invalid[name] = str(error)
    return fields
