"""Read one exchange response body into a :class:`Ticker`, or say what is wrong with it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx

from explorer.market.classify import Describer, classify_status, mentions_unknown_symbol
from explorer.market.errors import ExchangeReportedError, PayloadError, UnknownSymbolError
from explorer.market.errors import FetchErrorKind as Kind
from explorer.market.extract import (
    Fields,
    Invalid,
    decode_json,
    exchange_error,
    extract_fields,
    message_text,
)
from explorer.market.request import PreparedRequest
from explorer.market.spec import ExchangeSpec
from explorer.market.ticker import Ticker, derive_percentage
from explorer.market.values import check_field
from explorer.net.urls import redact_url

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MESSAGE_KEYS = ("msg", "message", "error", "err_msg", "errorMessage", "error_description")


def looks_like_html(body: bytes, content_type: str) -> bool:
    """A web page where JSON was expected: typically a maintenance or CDN challenge page."""
    return "html" in content_type.lower() or body.lstrip()[:1] == b"<"


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
        raise describe.error(Kind.MAINTENANCE, "it sent a web page instead of prices")
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
        raise describe.error(Kind.BAD_PAYLOAD, str(error)) from None
    except UnknownSymbolError as error:
        raise describe.error(Kind.UNKNOWN_SYMBOL, str(error)) from None
    except ExchangeReportedError as error:
        unknown = mentions_unknown_symbol(str(error), spec.unknown_symbol_errors)
        kind = Kind.UNKNOWN_SYMBOL if unknown else Kind.EXCHANGE_ERROR
        raise describe.error(kind, str(error)) from None


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
    return ticker_from_fields(
        request, fields, invalid, fetched_at=fetched_at, latency_ms=latency_ms, url=url
    )


def ticker_from_fields(
    request: PreparedRequest,
    fields: Fields,
    invalid: Invalid,
    *,
    fetched_at: int,
    latency_ms: int,
    url: str,
) -> Ticker:
    def number(name: str) -> Decimal | None:
        value = fields.get(name)
        return value if isinstance(value, Decimal) else None

    if all(number(name) is None for name in ("last", "bid", "ask")):
        reasons = [f"{name}: {invalid[name]}" for name in ("last", "bid", "ask") if name in invalid]
        raise PayloadError("it has no valid price (" + "; ".join(reasons) + ")" if reasons
                           else "it has no price (no last, bid or ask)")  # fmt: skip
    timestamp = fields.get("timestamp")
    percentage = number("percentage")
    if percentage is None and "percentage" not in invalid:
        try:
            derived = derive_percentage(number("open"), number("last"))
            percentage = None if derived is None else check_field("percentage", derived)
        except PayloadError as error:
            invalid["percentage"] = f"derived from open and last: {error}"
    return Ticker(
        exchange=request.exchange,
        symbol=request.symbol,
        last=number("last"),
        bid=number("bid"),
        ask=number("ask"),
        high=number("high"),
        low=number("low"),
        open=number("open"),
        base_volume=number("baseVolume"),
        quote_volume=number("quoteVolume"),
        percentage=percentage,
        timestamp=timestamp if isinstance(timestamp, int) else None,
        fetched_at=fetched_at,
        latency_ms=latency_ms,
        source_url=url,
        invalid=dict(invalid),
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
