"""What a user typed, matched against an exchange's market list: the listed symbol it means
(``btc-usdt``, ``BTCUSDT`` and, on a swaps exchange, ``BTC/USDT`` all mean one market), or the
closest listed ones to offer instead."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

_SEPARATORS = str.maketrans({"-": "/", "_": "/", " ": ""})


def typed_symbol(text: str) -> str:
    """Upper case, ``-``/``_`` read as ``/``, spaces dropped."""
    return text.strip().upper().translate(_SEPARATORS)


def _joined(symbol: str) -> str:
    return symbol.partition(":")[0].replace("/", "")


class SymbolLookup:
    """One exchange's listed symbols (unified, e.g. ``BTC/USDT`` or ``BTC/USDT:USDT``)."""

    def __init__(self, symbols: Iterable[str]) -> None:
        self.symbols = sorted(set(symbols))
        self._listed = set(self.symbols)
        self._by_spot: dict[str, str] = {}
        self._by_joined: dict[str, list[str]] = {}
        for symbol in self.symbols:
            self._by_spot.setdefault(symbol.partition(":")[0], symbol)
            self._by_joined.setdefault(_joined(symbol), []).append(symbol)

    def __len__(self) -> int:
        return len(self.symbols)

    def resolve(self, text: str) -> str | None:
        """The listed symbol ``text`` means, or None."""
        typed = typed_symbol(text)
        if typed in self._listed:
            return typed
        if "/" in typed:
            return self._by_spot.get(typed)
        joined = self._by_joined.get(typed, [])
        return joined[0] if len(joined) == 1 else None

    def closest(self, text: str, limit: int = 5) -> list[str]:
        """Listed symbols close to ``text``: same base first, then by spelling."""
        typed = typed_symbol(text)
        base = typed.partition("/")[0] if "/" in typed else ""
        found: list[str] = []
        if base:
            quote = typed.partition("/")[2]
            same_base = {
                s.partition("/")[2]: s for s in self.symbols if s.partition("/")[0] == base
            }
            ranked = difflib.get_close_matches(quote, list(same_base), n=limit, cutoff=0)
            found += [same_base[q] for q in ranked]
        spelled = difflib.get_close_matches(
            _joined(typed), list(self._by_joined), n=limit, cutoff=0.6
        )
        found += [symbol for joined in spelled for symbol in self._by_joined[joined]]
        return list(dict.fromkeys(found))[:limit]
