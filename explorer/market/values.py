"""Turning the strings and numbers exchanges send into exact, *sane* ``Decimal`` values and ms
timestamps, validated where they are parsed.

Prices stay ``Decimal`` end to end: exchanges send decimal strings, and ``Decimal`` keeps their
exact digits (no ``0.30000000000000004`` in the table, exact comparisons in tests, exact derived
percentages). Floats appear only at the JSON boundary, as in ccxt.

The bounds, and why (a value outside them is *invalid*: shown as missing, with the reason):

* Every number: finite, at most :data:`MAX_DIGITS` significant digits, and zero or between
  1e-30 and 1e30 in size. The smallest prices quoted anywhere are around 1e-12 (meme coins priced
  in bitcoin) and the largest amounts around 1e18 (volumes of tokens with quadrillions in
  supply), so real data is far inside, while ``1e-999999999`` (a billion zeros once formatted) or
  ``1e400`` (infinity as a JSON float) are not. Within these bounds every value converts to a
  finite float and formats in under 80 characters.
* Prices (last, bid, ask, high, low, open): not negative, at most 1e15 (bitcoin in Iranian rial
  is around 1e10).
* Volumes: not negative, at most 1e24.
* 24 h change: at most ±1e7 % (a token whose price rose 100,000-fold in a day is +1e7 %).
* Times: from 2009-01-03 (the first bitcoin block; no exchange is older) to 2100-01-01; outside
  that a timestamp is a unit mistake or garbage (1e17 ms is the year 3,170,843).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import partial
from typing import Literal

from explorer.market.errors import PayloadError

TimestampUnit = Literal["s", "ms", "us", "ns", "iso"]
TIMESTAMP_UNITS: tuple[TimestampUnit, ...] = ("s", "ms", "us", "ns", "iso")
MAX_DIGITS = 40
MAX_TEXT_CHARS = 100  # a number written with more characters than this is not one we accept
SMALLEST = Decimal("1e-30")
LARGEST = Decimal("1e30")
MAX_PRICE = Decimal("1e15")
MAX_VOLUME = Decimal("1e24")
MAX_PERCENTAGE = Decimal("1e7")
EARLIEST_MS = 1_230_940_800_000  # 2009-01-03T00:00:00Z
LATEST_MS = 4_102_444_800_000  # 2100-01-01T00:00:00Z
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS_PER_UNIT = {"s": Decimal(1000), "ms": Decimal(1), "us": Decimal("0.001"), "ns": Decimal("1e-6")}
PRICE_NAMES = frozenset({"last", "bid", "ask", "high", "low", "open", "close"})
VOLUME_NAMES = frozenset({"baseVolume", "quoteVolume", "volume"})


def parse_decimal(value: object) -> Decimal | None:
    """Return ``value`` as a finite, sanely sized ``Decimal``; ``None`` or ``""`` mean "not
    provided". Raises :class:`PayloadError` (one short line) for anything else."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise PayloadError(f"expected a number, got {value!r}")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        if value.bit_length() > 110:  # > 1e33: out of bounds, and no 4,300-digit str() of it
            raise PayloadError("the number is out of range")
        number = Decimal(value)
    elif isinstance(value, float):
        # repr() gives the shortest string that round-trips, i.e. what the exchange wrote.
        number = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if len(text) > MAX_TEXT_CHARS:
            raise PayloadError(f"expected a number, got {len(text)} characters")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise PayloadError(f"expected a number, got {_shown(text)}") from None
        # A text this short cannot hold more significant digits than allowed.
        return _checked(number, few_digits=len(text) <= MAX_DIGITS)
    else:
        raise PayloadError(f"expected a number, got {type(value).__name__}")
    return _checked(number)


def _checked(number: Decimal, *, few_digits: bool = False) -> Decimal:
    if not number.is_finite():
        raise PayloadError("expected a finite number")
    if number.is_zero():
        return number
    # adjusted() and copy_abs() are exact: abs() rounds to 28 digits and overflows at 1e999999.
    if not -31 <= number.adjusted() <= 31 or not SMALLEST <= number.copy_abs() <= LARGEST:
        raise PayloadError(f"{number:.3e} is out of range")
    if not few_digits and len(number.as_tuple().digits) > MAX_DIGITS:
        raise PayloadError(f"more than {MAX_DIGITS} significant digits")
    return number


def check_field(name: str, number: Decimal) -> Decimal:
    """``number`` if it is plausible for the unified field ``name``; else :class:`PayloadError`."""
    return _plausible(name, _checked(number))


def _plausible(name: str, number: Decimal) -> Decimal:
    """The field's own bounds, for a number already through :func:`_checked`."""
    if name in PRICE_NAMES:
        if number < 0:
            raise PayloadError("a price cannot be negative")
        if number > MAX_PRICE:
            raise PayloadError(f"a price above {MAX_PRICE:.0e} is not plausible")
    elif name in VOLUME_NAMES:
        if number < 0:
            raise PayloadError("a volume cannot be negative")
        if number > MAX_VOLUME:
            raise PayloadError(f"a volume above {MAX_VOLUME:.0e} is not plausible")
    elif name == "percentage" and number.copy_abs() > MAX_PERCENTAGE:
        raise PayloadError(f"a change beyond ±{MAX_PERCENTAGE:.0e} % is not plausible")
    return number


def parse_field(name: str, value: object) -> Decimal | None:
    """:func:`parse_decimal` then :func:`check_field`."""
    if type(value) is str and 0 < len(value) <= MAX_DIGITS:
        # Most numbers arrive as short strings: one call instead of four (an all-markets
        # answer holds tens of thousands of them).
        try:
            number = Decimal(value)
        except InvalidOperation:
            number = None
        if number is not None and number.is_finite():
            if name in PRICE_NAMES:  # the usual bounds, inline
                if number.is_zero() or SMALLEST <= number <= MAX_PRICE:
                    return number
            elif number.is_zero() or SMALLEST <= number.copy_abs() <= LARGEST:
                return _plausible(name, number)
    number = parse_decimal(value)  # the general path, and its errors
    return None if number is None else _plausible(name, number)


def field_parser(name: str) -> Callable[[object], Decimal | None]:
    """:func:`parse_field` for one field, with that field's bounds worked out once: what reads
    an all-markets answer's tens of thousands of numbers (the general path only for the rare
    value that is not a short numeric string within bounds, and for its error)."""
    if name in PRICE_NAMES:
        low, high, signed = SMALLEST, MAX_PRICE, False
    elif name in VOLUME_NAMES:
        low, high, signed = SMALLEST, MAX_VOLUME, False
    elif name == "percentage":
        low, high, signed = SMALLEST, MAX_PERCENTAGE, True
    else:
        return partial(parse_field, name)

    def parse(value: object) -> Decimal | None:
        if type(value) is str and 0 < len(value) <= MAX_DIGITS:
            try:
                number = Decimal(value)
            except InvalidOperation:
                return parse_field(name, value)
            if number.is_finite() and (
                number.is_zero() or low <= (number.copy_abs() if signed else number) <= high
            ):
                return number
        return parse_field(name, value)

    return parse


def parse_timestamp_ms(value: object, unit: TimestampUnit) -> int | None:
    """Return the exchange time ``value`` (in ``unit``) as ms since the epoch; 0 means absent.
    A time outside 2009-2100 raises :class:`PayloadError`."""
    if value is None or value == "":
        return None
    if type(value) is int and unit == "ms":  # the common case: no Decimal needed
        return check_timestamp_ms(value) if value else None
    if unit == "iso":
        if not isinstance(value, str) or len(value) > MAX_TEXT_CHARS:
            raise PayloadError("expected an ISO 8601 time")
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            raise PayloadError(f"expected an ISO 8601 time, got {_shown(value)}") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return check_timestamp_ms((moment - _EPOCH) // timedelta(milliseconds=1))
    number = parse_decimal(value)
    if number is None or number == 0:
        return None
    return check_timestamp_ms(int(number * _MS_PER_UNIT[unit]))


def check_timestamp_ms(milliseconds: int) -> int:
    if not EARLIEST_MS <= milliseconds < LATEST_MS:
        raise PayloadError("the time is outside 2009-2100 (a wrong unit?)")
    return milliseconds


def iso_from_ms(timestamp_ms: int) -> str:
    """ccxt-style ISO 8601 text (millisecond precision, ``Z``) for a ms epoch timestamp."""
    moment = _EPOCH + timedelta(milliseconds=timestamp_ms)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _shown(text: str) -> str:
    from explorer.text import one_line

    return repr(one_line(text, 40))
