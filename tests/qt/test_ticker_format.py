"""Numbers as the tables show them: exact, bounded in length, whatever the magnitude."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from explorer.market import formatting as fmt

from ..market.test_values import sane_decimals


@given(sane_decimals.filter(lambda value: value >= 0))
def test_a_price_reads_back_exactly_and_stays_short(value: Decimal) -> None:
    text = fmt.price(value)
    assert len(text) <= 80
    assert Decimal(text) == value


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_any_decimal_formats_in_bounded_length(value: Decimal) -> None:
    """Even values the engine would refuse (1e-999999999) never build a huge string."""
    assert len(fmt.price(value)) <= 80
    assert len(fmt.volume(value)) <= 16
    assert len(fmt.percent(value)) <= 16


def test_everyday_prices() -> None:
    assert fmt.price(Decimal("73547.30")) == "73547.3"
    assert fmt.price(Decimal("1E+3")) == "1000"
    assert fmt.price(Decimal("0.00000001")) == "0.00000001"
    assert fmt.price(None) == "—"


def test_prices_read_with_the_locale_s_separators(qapp) -> None:
    from PySide6.QtCore import QLocale

    from explorer.qt.models.display_text import local_number

    default = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert local_number("73547.30123456") == "73,547.30123456"
        assert local_number("-1234567") == "-1,234,567"
        assert local_number("0.0000769") == "0.0000769"
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert local_number("73547.30123456") == "73.547,30123456"  # every digit kept
        for untouched in ("—", "1.234560e+35", ""):
            assert local_number(untouched) == untouched
    finally:
        QLocale.setDefault(default)
