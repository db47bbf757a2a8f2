"""What a fetch gives back: a :class:`Ticker`, or a :class:`FetchError` saying why there is none."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from explorer.market.errors import FetchErrorKind
from explorer.market.values import iso_from_ms

PRICE_FIELDS = ("last", "bid", "ask", "high", "low", "open")
VOLUME_FIELDS = ("baseVolume", "quoteVolume")
#: The unified field names a spec's ``fields`` table (or a hook) may fill, in ccxt spelling.
UNIFIED_FIELDS = (*PRICE_FIELDS, *VOLUME_FIELDS, "percentage", "timestamp")


@dataclass(frozen=True, slots=True)
class Ticker:
    """One exchange's 24 h statistics for one ``BASE/QUOTE`` symbol.

    Numbers are exact ``Decimal`` values (``None`` when the exchange does not provide them).
    ``timestamp`` is the exchange's own time and ``fetched_at`` ours, both ms since the epoch.
    ``cached`` marks a ticker served from the offline cache; see :meth:`age_ms`.
    ``invalid`` names the fields the exchange sent but that were not plausible (they are None
    here), with the reason, e.g. ``{"last": "a price cannot be negative"}``.
    """

    exchange: str
    symbol: str
    last: Decimal | None
    bid: Decimal | None
    ask: Decimal | None
    high: Decimal | None
    low: Decimal | None
    open: Decimal | None
    base_volume: Decimal | None
    quote_volume: Decimal | None
    percentage: Decimal | None
    timestamp: int | None
    fetched_at: int
    latency_ms: int
    source_url: str
    cached: bool = False
    invalid: Mapping[str, str] = field(default_factory=dict)
    #: What looks wrong though each number is plausible on its own (see :func:`warnings_for`).
    warnings: tuple[str, ...] = ()

    def age_ms(self, now_ms: int) -> int:
        """How long ago (at ``now_ms``) these numbers were fetched; what a cached ticker shows."""
        return max(0, now_ms - self.fetched_at)

    def to_json(self) -> dict[str, object]:
        """ccxt-style keys; numbers become floats (JSON has no decimals), absent ones null."""

        def number(value: Decimal | None) -> float | None:
            return None if value is None else float(value)

        return {
            "symbol": self.symbol,
            "exchange": self.exchange,
            "last": number(self.last),
            "bid": number(self.bid),
            "ask": number(self.ask),
            "high": number(self.high),
            "low": number(self.low),
            "open": number(self.open),
            "baseVolume": number(self.base_volume),
            "quoteVolume": number(self.quote_volume),
            "percentage": number(self.percentage),
            "timestamp": self.timestamp,
            "datetime": None if self.timestamp is None else iso_from_ms(self.timestamp),
            "fetchedAt": self.fetched_at,
            "latencyMs": self.latency_ms,
            "url": self.source_url,
            "invalid": dict(self.invalid),
            "warnings": list(self.warnings),
        }


CROSSED = "crossed"  # the best bid is above the best ask
OUTSIDE_RANGE = "outside-range"  # the last price is far outside the day's high-low range
RANGE_SLACK = Decimal("0.05")  # "far": more than 5 % beyond the high or below the low


def warnings_for(
    last: Decimal | None, bid: Decimal | None, ask: Decimal | None,
    high: Decimal | None, low: Decimal | None,
) -> tuple[str, ...]:  # fmt: skip
    """Flags for a row whose numbers disagree: a crossed book, a last price far from the day."""
    found = []
    if bid is not None and ask is not None and bid > 0 and ask > 0 and bid > ask:
        found.append(CROSSED)
    known = last is not None and high is not None and low is not None and high >= low > 0
    if known and (last > high * (1 + RANGE_SLACK) or last < low * (1 - RANGE_SLACK)):  # type: ignore[operator]
        found.append(OUTSIDE_RANGE)
    return tuple(found)


def derive_percentage(open_price: Decimal | None, last: Decimal | None) -> Decimal | None:
    """24 h change in percent from the opening and last prices, as ccxt derives it."""
    if open_price is None or last is None or open_price == 0:
        return None
    return (last - open_price) / open_price * 100


class FetchError(Exception):
    """Why one ticker could not be fetched, in one plain-English line that names the exchange.

    ``message`` is that line; its parts stay apart for a translated one: ``name`` (the
    exchange's), ``template`` (the detail, ``%1``-style) and ``args`` (already one safe line
    each). ``retry_at`` is when the exchange said (or we estimate) a retry may succeed;
    ``retryable`` tells the engine's own retry loop whether another attempt is worthwhile;
    ``cached`` is the last good ticker from the offline cache, when there is one.
    """

    def __init__(
        self,
        kind: FetchErrorKind,
        message: str,
        *,
        exchange: str,
        symbol: str,
        name: str = "",
        template: str = "%1",
        args: tuple[str, ...] = (),
        retry_at: datetime | None = None,
        retryable: bool = False,
        cached: Ticker | None = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.exchange = exchange
        self.symbol = symbol
        self.name = name or exchange
        self.template = template
        self.args_text = args
        self.retry_at = retry_at
        self.retryable = retryable
        self.cached = cached

    def __repr__(self) -> str:
        return f"FetchError({self.kind.value!r}, {self.message!r})"


#: The result of one fetch: told apart with ``isinstance``, never by attributes.
FetchResult = Ticker | FetchError
