"""What the engine knows about one exchange's public ticker endpoint (see :mod:`.spec_loader`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from explorer.market.symbols import Pair, render, template_values
from explorer.market.values import TimestampUnit


@dataclass(frozen=True, slots=True)
class ListMatch:
    """Pick the list element whose ``field`` (a dotted path) equals ``value`` (a template)."""

    field: str
    value: str


@dataclass(frozen=True, slots=True)
class ExchangeSpec:
    id: str
    api: str
    path: str
    market: str
    fields: Mapping[str, str]
    name: str = ""
    docs: str = ""
    params: Mapping[str, str] = field(default_factory=dict)
    bases: tuple[str, ...] = ()  # when set, the only base currencies the endpoint serves
    quotes: tuple[str, ...] = ()  # likewise for quote currencies
    currency_aliases: Mapping[str, str] = field(default_factory=dict)
    root: str = ""
    list_match: ListMatch | None = None
    error_path: str = ""
    error_ok: tuple[str, ...] = ()
    unknown_symbol_errors: tuple[str, ...] = ()
    timestamp_unit: TimestampUnit = "ms"
    percentage_scale: Decimal = Decimal(1)
    rate_limit: float = 1.0
    default_symbols: tuple[str, ...] = ()
    parser: str = ""
    notes: str = ""

    @property
    def display_name(self) -> str:
        return self.name or self.id

    def template_market_id(self, pair: Pair) -> str:
        """The market id from the ``market`` template (hooks may build it differently)."""
        return render(self.market, template_values(pair, self.currency_aliases))


@dataclass(frozen=True, slots=True)
class MarketSpecs:
    """Every exchange the engine can price, and why the others cannot be priced."""

    exchanges: Mapping[str, ExchangeSpec] = field(default_factory=dict)
    unsupported: Mapping[str, str] = field(default_factory=dict)
    invalid: Mapping[str, str] = field(default_factory=dict)

    def unavailable_reason(self, exchange_id: str) -> str | None:
        """Plain-English reason there are no live prices for ``exchange_id`` (None: supported)."""
        if exchange_id in self.exchanges:
            return None
        if exchange_id in self.unsupported:
            return self.unsupported[exchange_id]
        if exchange_id in self.invalid:
            return f"its price definition is broken ({self.invalid[exchange_id]})"
        return "no price definition for this exchange yet"
