"""Number and time parsing: exact decimals from whatever exchanges send."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.market.errors import PayloadError
from explorer.market.values import (
    TimestampUnit,
    iso_from_ms,
    parse_decimal,
    parse_timestamp_ms,
)

finite_decimals = st.decimals(allow_nan=False, allow_infinity=False)
timestamps_ms = st.integers(min_value=1, max_value=4_102_444_800_000)  # up to 2100


@given(finite_decimals)
def test_decimal_strings_parse_exactly(value: Decimal) -> None:
    assert parse_decimal(str(value)) == value
    assert parse_decimal(f"  {value}\n") == value


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_floats_round_trip(value: float) -> None:
    parsed = parse_decimal(value)
    assert parsed is not None
    assert float(parsed) == value


def test_floats_carry_no_binary_noise() -> None:
    assert parse_decimal(0.1) == Decimal("0.1")


@given(st.integers())
def test_integers_are_exact(value: int) -> None:
    assert parse_decimal(value) == value


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
    ("value", "unit"), [(-5, "ms"), ("yesterday", "iso"), (1700000000, "iso"), ("x", "s")]
)
def test_bad_timestamps_are_payload_errors(value: object, unit: TimestampUnit) -> None:
    with pytest.raises(PayloadError):
        parse_timestamp_ms(value, unit)
