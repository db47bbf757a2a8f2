"""Number and time parsing: exact decimals from whatever exchanges send."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.market.errors import PayloadError
from explorer.market.values import (
    EARLIEST_MS,
    LARGEST,
    LATEST_MS,
    MAX_DIGITS,
    SMALLEST,
    TimestampUnit,
    check_field,
    field_parser,
    iso_from_ms,
    parse_decimal,
    parse_field,
    parse_timestamp_ms,
)


def in_bounds(value: Decimal) -> bool:
    digits = len(value.as_tuple().digits)
    return value.is_zero() or (SMALLEST <= abs(value) <= LARGEST and digits <= MAX_DIGITS)


# Numbers as exchanges write them: up to 40 significant digits, 1e-30 to 1e30 (and zero).
sane_decimals = st.builds(
    lambda sign, coefficient, exponent: Decimal(sign * coefficient).scaleb(exponent),
    st.sampled_from([1, -1]),
    st.integers(min_value=0, max_value=10**25),
    st.integers(min_value=-40, max_value=5),
).filter(in_bounds)
timestamps_ms = st.integers(min_value=EARLIEST_MS, max_value=LATEST_MS - 1)


@given(sane_decimals)
def test_decimal_strings_parse_exactly(value: Decimal) -> None:
    assert parse_decimal(str(value)) == value
    assert parse_decimal(f"  {value}\n") == value


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_any_decimal_is_exact_or_refused(value: Decimal) -> None:
    """Whatever the magnitude (1e-999999999 included), parsing is exact or a PayloadError."""
    if in_bounds(value):
        assert parse_decimal(str(value)) == value
    else:
        with pytest.raises(PayloadError):
            parse_decimal(str(value))


@pytest.mark.parametrize(
    "text", ["1e-999999999", "1e999999999", "1e400", "-1e31", "1" * 101, "1" * 41, "9" * 4000]
)
def test_absurd_numbers_are_refused_quickly(text: str) -> None:
    with pytest.raises(PayloadError):
        parse_decimal(text)
    with pytest.raises(PayloadError):
        parse_decimal(int(text) if text.isdigit() and len(text) < 4300 else text)


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e30, max_value=1e30))
def test_floats_round_trip(value: float) -> None:
    if value != 0 and abs(value) < 1e-30:
        return
    parsed = parse_decimal(value)
    assert parsed is not None
    assert float(parsed) == value


def test_floats_carry_no_binary_noise() -> None:
    assert parse_decimal(0.1) == Decimal("0.1")


@given(st.integers(min_value=-(10**30), max_value=10**30))
def test_integers_are_exact(value: int) -> None:
    assert parse_decimal(value) == value


@given(st.integers(min_value=10**30 + 1), st.sampled_from([1, -1]))
def test_huge_integers_are_refused(value: int, sign: int) -> None:
    with pytest.raises(PayloadError):
        parse_decimal(sign * value)


@given(sane_decimals)
def test_every_accepted_number_converts_to_a_finite_float(value: Decimal) -> None:
    import math

    assert math.isfinite(float(value))


@pytest.mark.parametrize(
    ("name", "value", "reason"),
    [
        ("last", "-1", "negative"),
        ("bid", "1e16", "plausible"),
        ("baseVolume", "-0.5", "negative"),
        ("quoteVolume", "1e25", "plausible"),
        ("percentage", "-2e7", "plausible"),
    ],
)
def test_implausible_field_values_are_refused(name: str, value: str, reason: str) -> None:
    with pytest.raises(PayloadError, match=reason):
        parse_field(name, value)


def test_plausible_extremes_are_kept() -> None:
    assert check_field("last", Decimal("0.000000000001")) == Decimal("1e-12")  # meme coin in BTC
    assert check_field("last", Decimal("1e15")) == Decimal("1e15")
    assert check_field("baseVolume", Decimal("1e20")) == Decimal("1e20")
    assert check_field("percentage", Decimal("-99.99")) == Decimal("-99.99")


@pytest.mark.parametrize("value", [None, "", "   "])
def test_absent_values_are_none(value: object) -> None:
    assert parse_decimal(value) is None


@pytest.mark.parametrize(
    "value", [True, False, "abc", "1,5", "NaN", "Infinity", "-inf", float("nan"), [], {}, object()]
)
def test_non_numbers_are_payload_errors(value: object) -> None:
    with pytest.raises(PayloadError):
        parse_decimal(value)


@given(timestamps_ms)
def test_timestamp_units_agree(ms: int) -> None:
    assert parse_timestamp_ms(ms, "ms") == ms
    assert parse_timestamp_ms(str(ms), "ms") == ms
    assert parse_timestamp_ms(ms * 1000, "us") == ms
    assert parse_timestamp_ms(ms * 1_000_000, "ns") == ms
    assert parse_timestamp_ms(Decimal(ms) / 1000, "s") == ms
    assert parse_timestamp_ms(iso_from_ms(ms), "iso") == ms


@given(timestamps_ms)
def test_iso_form_is_ccxt_style(ms: int) -> None:
    text = iso_from_ms(ms)
    assert text.endswith("Z")
    assert len(text.split(".")[1]) == 4  # three digits of milliseconds and the Z
    assert datetime.fromisoformat(text) == datetime.fromtimestamp(ms / 1000, UTC).replace(
        microsecond=(ms % 1000) * 1000
    )


def test_iso_without_zone_is_utc_and_extra_precision_is_dropped() -> None:
    with_zone = parse_timestamp_ms("2020-03-20T00:22:57.833897Z", "iso")
    assert parse_timestamp_ms("2020-03-20T00:22:57.833897", "iso") == with_zone
    assert parse_timestamp_ms("2020-03-20T02:22:57.833+02:00", "iso") == with_zone


@pytest.mark.parametrize("value", [None, "", 0, "0"])
def test_missing_timestamps_are_none(value: object) -> None:
    assert parse_timestamp_ms(value, "ms") is None


@pytest.mark.parametrize(
    ("value", "unit"),
    [
        (-5, "ms"),
        ("yesterday", "iso"),
        (1700000000, "iso"),
        ("x", "s"),
        (1e17, "ms"),  # the year 3,170,843
        (1700000000, "ms"),  # seconds given as ms: 1970
        ("9999-12-31T23:59:59Z", "iso"),
        ("1e999999999", "ms"),
    ],
)
def test_bad_timestamps_are_payload_errors(value: object, unit: TimestampUnit) -> None:
    with pytest.raises(PayloadError):
        parse_timestamp_ms(value, unit)


def _outcome(read, value: object) -> object:
    try:
        return read(value)
    except PayloadError as error:
        return ("refused", str(error))


@given(
    st.sampled_from(["last", "bid", "baseVolume", "quoteVolume", "percentage", "open"]),
    st.one_of(
        st.decimals(allow_nan=True, allow_infinity=True).map(str),
        st.text(alphabet="0123456789.-+eE _naifNI", max_size=45),
        st.floats(),
        st.integers(),
        st.none(),
    ),
)
def test_the_fast_field_parser_reads_as_the_general_one(name: str, value: object) -> None:
    assert _outcome(field_parser(name), value) == _outcome(lambda v: parse_field(name, v), value)
