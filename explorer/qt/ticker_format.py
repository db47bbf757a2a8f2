"""How prices, volumes, ages and latencies read in the ticker and compare tables."""

from __future__ import annotations

from decimal import Decimal


def price(value: Decimal | None) -> str:
    if value is None:
        return "—"
    text = format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def volume(value: Decimal | None) -> str:
    if value is None:
        return "—"
    number = float(value)
    for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(number) >= limit:
            return f"{number / limit:.2f}{suffix}"
    return f"{number:.4g}"


def percent(value: Decimal | float | None) -> str:
    return "—" if value is None else f"{float(value):+.2f} %"


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
