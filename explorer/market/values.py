"""Turning the strings and numbers exchanges send into exact ``Decimal`` values and ms timestamps.

Prices stay ``Decimal`` end to end: exchanges send decimal strings, and ``Decimal`` keeps their
exact digits (no ``0.30000000000000004`` in the table, exact comparisons in tests, exact derived
percentages). Floats appear only at the JSON boundary, as in ccxt.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Literal

from explorer.market.errors import PayloadError

TimestampUnit = Literal["s", "ms", "us", "ns", "iso"]
TIMESTAMP_UNITS: tuple[TimestampUnit, ...] = ("s", "ms", "us", "ns", "iso")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS_PER_UNIT = {"s": Decimal(1000), "ms": Decimal(1), "us": Decimal("0.001"), "ns": Decimal("1e-6")}


def parse_decimal(value: object) -> Decimal | None:
    """Return ``value`` as a finite ``Decimal``; ``None`` or ``""`` mean "not provided"."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise PayloadError(f"expected a number, got {value!r}")
    if isinstance(value, Decimal | int):
        number = Decimal(value)
    elif isinstance(value, float):
        # repr() gives the shortest string that round-trips, i.e. what the exchange wrote.
        number = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise PayloadError(f"expected a number, got {value!r}") from None
    else:
        raise PayloadError(f"expected a number, got {type(value).__name__}")
    if not number.is_finite():
        raise PayloadError(f"expected a finite number, got {value!r}")
    return number


def parse_timestamp_ms(value: object, unit: TimestampUnit) -> int | None:
    """Return the exchange time ``value`` (in ``unit``) as ms since the epoch; 0 means absent."""
    if value is None or value == "":
        return None
    if unit == "iso":
        if not isinstance(value, str):
            raise PayloadError(f"expected an ISO 8601 time, got {value!r}")
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            raise PayloadError(f"expected an ISO 8601 time, got {value!r}") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return (moment - _EPOCH) // timedelta(milliseconds=1)
    number = parse_decimal(value)
    if number is None or number == 0:
        return None
    if number < 0:
        raise PayloadError(f"negative timestamp {value!r}")
    return int(number * _MS_PER_UNIT[unit])


def iso_from_ms(timestamp_ms: int) -> str:
    """ccxt-style ISO 8601 text (millisecond precision, ``Z``) for a ms epoch timestamp."""
    moment = _EPOCH + timedelta(milliseconds=timestamp_ms)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
