"""Unified symbols and market-id templates."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.market.errors import UnknownSymbolError
from explorer.market.symbols import (
    Pair,
    TemplateError,
    check_template,
    parse_symbol,
    render,
    template_values,
)

codes = st.from_regex(r"[A-Z0-9]{1,10}", fullmatch=True)


@given(codes, codes)
def test_symbols_round_trip(base: str, quote: str) -> None:
    assert parse_symbol(f"{base}/{quote}") == Pair(base, quote)
    assert parse_symbol(f" {base.lower()}/{quote.lower()} ").symbol == f"{base}/{quote}"


@pytest.mark.parametrize(
    "symbol", ["BTCUSDT", "BTC/", "/USDT", "BTC/USDT:", "BTC/USDT:US DT", "BTC/US DT", ""]
)
def test_malformed_symbols_are_rejected(symbol: str) -> None:
    with pytest.raises(UnknownSymbolError):
        parse_symbol(symbol)


@given(codes, codes, codes)
def test_swap_symbols_round_trip(base: str, quote: str, settle: str) -> None:
    pair = parse_symbol(f"{base.lower()}/{quote}:{settle.lower()}")
    assert pair == Pair(base, quote, settle)
    assert pair.symbol == f"{base}/{quote}:{settle}"


@pytest.mark.parametrize(
    ("template", "market"),
    [
        ("{BASE}{QUOTE}", "XBTUSDT"),
        ("{BASE}-{QUOTE}", "XBT-USDT"),
        ("t{BASE}{QUOTE}", "tXBTUSDT"),
        ("{quote}_{base}", "usdt_xbt"),
        ("{QUOTE}-{BASE}", "USDT-XBT"),
    ],
)
def test_market_templates_apply_aliases_then_case(template: str, market: str) -> None:
    values = template_values(Pair("BTC", "USDT"), {"BTC": "xbt"})
    assert render(template, values) == market


@pytest.mark.parametrize("template", ["{BASE}{QUOTE", "{BASE}}", "{Base}", "{market}", "{}"])
def test_bad_market_templates(template: str) -> None:
    with pytest.raises(TemplateError):
        check_template(template, allow_market=False)


def test_market_placeholder_allowed_outside_the_market_template() -> None:
    check_template("/ticker/{market}", allow_market=True)
    values = template_values(Pair("BTC", "USD"), {}, market_id="tBTCUSD")
    assert render("/ticker/{market}/{base}", values) == "/ticker/tBTCUSD/btc"
