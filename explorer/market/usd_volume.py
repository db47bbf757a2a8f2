"""24 h volumes of one exchange's markets in one unit (≈ US dollars), so that markets quoted in
different currencies can be ranked together: a million in IDR is not a million in USDT.

A quote currency's dollar price comes from the same answer: 1 for dollars and dollar stablecoins,
else the last price of its busiest market against one of them (``TRY`` from ``USDT/TRY``,
inverted; ``BTC`` from ``BTC/USDT``). A market whose quote has no such price has no estimate.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from explorer.market.results import Ticker
from explorer.market.symbols import base_and_quote

DOLLARS = frozenset(
    {"USD", "USDT", "USDC", "FDUSD", "BUSD", "TUSD", "DAI", "USDP", "PAX", "USDS", "PYUSD"}
)


def quote_volume(ticker: Ticker) -> Decimal | None:
    """The quote volume, or base volume x last where the exchange gives only the base one."""
    if ticker.quote_volume is not None:
        return ticker.quote_volume
    if ticker.base_volume is not None and ticker.last is not None:
        return ticker.base_volume * ticker.last
    return None


def dollar_prices(tickers: Iterable[Ticker]) -> dict[str, Decimal]:
    """Each currency's price in dollars, from its busiest market against a dollar."""
    best: dict[str, tuple[Decimal, Decimal]] = {}  # code -> (volume in dollars, price)
    for ticker in tickers:
        base, quote = base_and_quote(ticker.symbol)
        last = ticker.last
        if last is None or last <= 0 or ticker.symbol.count(":"):
            continue
        volume = quote_volume(ticker) or Decimal(0)
        if quote in DOLLARS and base not in DOLLARS:
            code, price, weight = base, last, volume
        elif base in DOLLARS and quote not in DOLLARS:
            code, price, weight = quote, 1 / last, volume / last
        else:
            continue
        if code not in best or weight > best[code][0]:
            best[code] = (weight, price)
    prices = {code: price for code, (_, price) in best.items()}
    return prices | dict.fromkeys(DOLLARS, Decimal(1))


def usd_volumes(tickers: list[Ticker]) -> dict[str, Decimal | None]:
    """Symbol -> its 24 h volume in dollars (None where no dollar price is known)."""
    prices = dollar_prices(tickers)
    volumes: dict[str, Decimal | None] = {}
    for ticker in tickers:
        volume, price = quote_volume(ticker), prices.get(base_and_quote(ticker.symbol)[1])
        volumes[ticker.symbol] = None if volume is None or price is None else volume * price
    return volumes
