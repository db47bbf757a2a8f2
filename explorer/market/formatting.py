"""How prices, volumes, ages and latencies read in the ticker and compare tables."""

from __future__ import annotations

import math
from decimal import Decimal


def price(value: Decimal | None) -> str:
    """All the digits the exchange sent, without trailing zeros. Values the engine refuses as
    implausible never get here, but a formatter must not build a billion-digit string either:
    outside 1e-30 .. 1e30 (or past 40 digits) the text is scientific."""
    if value is None:
        return "—"
    if not value.is_finite():
        return "—"
    if not value.is_zero() and (
        not -31 <= value.adjusted() <= 31 or len(value.as_tuple().digits) > 40
    ):
        return f"{value:.6e}"
    text = format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _number(value: Decimal | float) -> float | None:
    """``value`` as a finite float, or None (Decimal('1e999999999') is infinity as a float)."""
    number = float(value)
    return number if math.isfinite(number) else None


def volume(value: Decimal | float | None) -> str:
    number = None if value is None else _number(value)
    if number is None:
        return "—"
    for limit, suffix in ((1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(number) >= limit and abs(number) < limit * 1000:
            return f"{number / limit:.2f}{suffix}"
    if abs(number) >= 1e18:
        return f"{number:.2e}"
    return f"{number:.4g}"


def percent(value: Decimal | float | None) -> str:
    number = None if value is None else _number(value)
    if number is None:
        return "—"
    return f"{number:+.2f} %" if abs(number) < 1e6 else f"{number:+.2e} %"


def spread(bid: Decimal | None, ask: Decimal | None) -> float | None:
    """Ask minus bid, as a percentage of the mid price."""
    if bid is None or ask is None or bid <= 0 or ask <= 0:
        return None
    mid = (bid + ask) / 2
    return float((ask - bid) / mid * 100)


def age(milliseconds: int) -> str:
    seconds = milliseconds // 1000
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} d"
