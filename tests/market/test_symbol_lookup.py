"""What a user types in the watchlist's symbol field, against an exchange's market list."""

from __future__ import annotations

import pytest

from explorer.market.symbol_lookup import SymbolLookup, typed_symbol

SPOT = SymbolLookup(["BTC/USDT", "ETH/USDT", "ETH/BTC", "BTC/EUR", "BTC/USDC", "SOL/USDT"])
SWAPS = SymbolLookup(["BTC/USDT:USDT", "ETH/USDT:USDT", "BTC/USD:BTC"])


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("btc/usdt", "BTC/USDT"),
        (" BTC-USDT ", "BTC/USDT"),
        ("eth_btc", "ETH/BTC"),
        ("ETHBTC", "ETH/BTC"),
        ("BTC/JPY", None),
        ("FOO-BAR", None),
        ("", None),
    ],
)
def test_spot_symbols_resolve(typed: str, meant: str | None) -> None:
    assert SPOT.resolve(typed) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("BTC/USDT", "BTC/USDT:USDT"),
        ("btc/usdt:usdt", "BTC/USDT:USDT"),
        ("BTC/USD", "BTC/USD:BTC"),
        ("ETHUSDT", "ETH/USDT:USDT"),
        ("BTC/USDT:BTC", None),
    ],
)
def test_a_swap_is_found_by_its_spot_spelling(typed: str, meant: str | None) -> None:
    assert SWAPS.resolve(typed) == meant


def test_closest_offers_the_same_base_first_then_similar_spellings() -> None:
    assert SPOT.closest("BTC/USDX")[:2] == ["BTC/USDT", "BTC/USDC"]
    assert set(SPOT.closest("BTC/JPY")) >= {"BTC/USDT", "BTC/EUR", "BTC/USDC"}
    assert SPOT.closest("SOLUSD") == ["SOL/USDT"]
    assert SPOT.closest("XYZ/QQQ") == []
    assert len(SPOT.closest("BTC/X", limit=2)) == 2


def test_typed_symbols_are_normalised() -> None:
    assert typed_symbol(" eth - usdt ") == "ETH/USDT"
