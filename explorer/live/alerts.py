"""Price alerts (no Qt): per market, "last ≥ X", "last ≤ X" or "moves ±N % within T"; checked
on every ticker the app receives; each fires once when its condition becomes true and is armed
again only once it is false again (a price hovering above X is one alert, not one per tick).
Alerts and their history are kept in ``alerts.json`` in the user's data folder (the storage
module's atomic writes; a damaged file is set aside, never a crash).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

from explorer.market.results import Ticker
from explorer.market.symbols import parse_symbol
from explorer.storage.files import load_json, write_atomic
from explorer.text import EXCHANGE_ID, QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

Kind = Literal["above", "below", "move"]
KINDS: tuple[Kind, ...] = ("above", "below", "move")
MAX_RULES = 200
MAX_HISTORY = 500
MAX_FILE_BYTES = 1 << 20
MAX_WINDOW_S = 7 * 86_400
FORMAT_VERSION = 1

#: What an alert says when it fires: %1 the market ("BTC/USDT on Binance"), %2 the price, %3 the
#: threshold (or the percentage), %4 the window in minutes
MESSAGES = {
    "above": QT_TRANSLATE_NOOP("Alerts", "%1 is at %2, at or above %3"),
    "below": QT_TRANSLATE_NOOP("Alerts", "%1 is at %2, at or below %3"),
    "move": QT_TRANSLATE_NOOP("Alerts", "%1 moved %3 % within %4 min, to %2"),
}


@dataclass(frozen=True, slots=True)
class AlertRule:
    exchange: str
    symbol: str
    kind: Kind
    value: Decimal  # the price for above/below; the percentage (positive) for move
    window_s: int = 0  # move only: the time the move must happen within
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    enabled: bool = True

    def __post_init__(self) -> None:
        if not EXCHANGE_ID.fullmatch(self.exchange):
            raise ValueError(f"not an exchange id: {self.exchange[:40]!r}")
        if parse_symbol(self.symbol).symbol != self.symbol:
            raise ValueError(f"not a canonical symbol: {self.symbol[:40]!r}")
        if self.kind not in KINDS:
            raise ValueError(f"unknown alert kind {self.kind!r}")
        if not (self.value.is_finite() and Decimal(0) < self.value < Decimal("1e15")):
            raise ValueError("the value must be a positive number")
        if self.kind == "move" and not 60 <= self.window_s <= MAX_WINDOW_S:
            raise ValueError("the window must be from 1 minute to 7 days")

    def describe(self) -> str:
        """English, for the command line and the log (the window translates its own)."""
        if self.kind == "move":
            return f"moves ±{self.value:f} % within {self.window_s // 60} min"
        return f"last {'≥' if self.kind == 'above' else '≤'} {self.value:f}"


@dataclass(frozen=True, slots=True)
class AlertEvent:
    rule_id: str
    exchange: str
    symbol: str
    kind: Kind
    price: Decimal
    detail: Decimal  # the threshold, or the move in percent (signed)
    window_s: int
    at_ms: int

    def fill_values(self, market: str) -> tuple[str, str, str, str]:
        """The %1..%4 of :data:`MESSAGES` (``market`` names the market in the UI's words)."""
        detail = f"{self.detail:+.2f}" if self.kind == "move" else f"{self.detail:f}"
        return market, f"{self.price:f}", detail, str(self.window_s // 60)


@dataclass
class _State:
    armed: bool = True
    prices: deque[tuple[int, Decimal]] = field(default_factory=deque)


class AlertBook:
    """The user's alerts, their history, and the state that makes each fire once."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.rules: list[AlertRule] = []
        self.history: list[AlertEvent] = []
        self._states: dict[str, _State] = {}
        self.changed: Callable[[], object] = lambda: None

    # -- the rules -------------------------------------------------------------------------------
    def add(self, rule: AlertRule) -> AlertRule:
        if len(self.rules) >= MAX_RULES:
            raise ValueError(f"at most {MAX_RULES} alerts")
        self.rules.append(rule)
        self._changed()
        return rule

    def remove(self, rule_id: str) -> None:
        self.rules = [rule for rule in self.rules if rule.id != rule_id]
        self._states.pop(rule_id, None)
        self._changed()

    def set_enabled(self, rule_id: str, enabled: bool) -> None:
        self.rules = [replace(r, enabled=enabled) if r.id == rule_id else r for r in self.rules]
        self._states.pop(rule_id, None)  # re-enabled: armed afresh
        self._changed()

    def clear_history(self) -> None:
        self.history = []
        self._changed()

    def markets(self) -> list[tuple[str, str]]:
        """Every (exchange, symbol) an enabled alert watches, once each, in order."""
        seen = {(rule.exchange, rule.symbol): None for rule in self.rules if rule.enabled}
        return list(seen)

    def armed(self, rule_id: str) -> bool:
        state = self._states.get(rule_id)
        return state is None or state.armed

    # -- checking --------------------------------------------------------------------------------
    def check(self, ticker: Ticker) -> list[AlertEvent]:
        """The alerts ``ticker`` fires (a cached ticker is old news and fires none)."""
        if ticker.cached or ticker.last is None:
            return []
        fired = []
        waiting_before = self._waiting()
        for rule in self.rules:
            if rule.enabled and (rule.exchange, rule.symbol) == (ticker.exchange, ticker.symbol):
                event = self._check(rule, ticker.last, ticker.fetched_at)
                if event is not None:
                    fired.append(event)
        if fired:
            self.history = [*self.history, *fired][-MAX_HISTORY:]
        if fired or self._waiting() != waiting_before:  # kept as it is now, for a restart
            self._changed()
        return fired

    def _waiting(self) -> frozenset[str]:
        return frozenset(rule_id for rule_id, state in self._states.items() if not state.armed)

    def _check(self, rule: AlertRule, price: Decimal, now_ms: int) -> AlertEvent | None:
        state = self._states.setdefault(rule.id, _State())
        if rule.kind == "move":
            met, detail = self._moved(rule, state, price, now_ms)
        else:
            met = price >= rule.value if rule.kind == "above" else price <= rule.value
            detail = rule.value
        if not met:
            state.armed = True
            return None
        if not state.armed:
            return None
        state.armed = False
        if rule.kind == "move":  # a move counts from here on: the next needs N % more
            state.prices.clear()
            state.prices.append((now_ms, price))
            state.armed = True
        return AlertEvent(rule.id, rule.exchange, rule.symbol, rule.kind, price, detail,
                          rule.window_s, now_ms)  # fmt: skip

    @staticmethod
    def _moved(rule: AlertRule, state: _State, price: Decimal, now_ms: int) -> tuple[bool, Decimal]:
        prices = state.prices
        prices.append((now_ms, price))
        while prices and prices[0][0] < now_ms - rule.window_s * 1000:
            prices.popleft()
        if len(prices) > 10_000:  # ticks every 100 ms for a week would be too many to keep
            prices.popleft()
        lowest = min(p for _, p in prices)
        highest = max(p for _, p in prices)
        rise = (price - lowest) / lowest * 100 if lowest else Decimal(0)
        fall = (price - highest) / highest * 100 if highest else Decimal(0)
        move = rise if rise >= -fall else fall
        return abs(move) >= rule.value, move

    # -- on disk ---------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.save()
        self.changed()

    def save(self) -> None:
        if self.path is None:
            return
        document = {
            "version": FORMAT_VERSION,
            # an alert that fired and waits for its condition to be false stays so after a
            # restart: the same crossing is not told twice
            "rules": [_plain(asdict(rule)) | {"armed": self.armed(rule.id)} for rule in self.rules],
            "history": [_plain(asdict(event)) for event in self.history],
        }
        try:
            write_atomic(self.path, json.dumps(document, indent=1).encode("utf-8"))
        except OSError as error:  # a full or read-only disk: the alerts still work this session
            logger.warning("could not save the alerts to %s: %s", self.path, error)

    @classmethod
    def load(cls, path: Path) -> AlertBook:
        """The book kept in ``path`` (empty when there is none; a damaged file is set aside)."""
        book = cls(path)
        document = load_json(path, max_bytes=MAX_FILE_BYTES, what="the alerts file",
                             validate=_validated)  # fmt: skip
        if document is not None:
            book.rules, book.history, waiting = document
            for rule_id in waiting:
                book._states[rule_id] = _State(armed=False)
        return book


def _plain(record: dict[str, Any]) -> dict[str, Any]:
    return {
        key: f"{value:f}" if isinstance(value, Decimal) else value for key, value in record.items()
    }


def _validated(document: Any) -> tuple[list[AlertRule], list[AlertEvent], list[str]]:
    """The rules, the history, and the ids of the rules that fired and wait."""
    if not isinstance(document, dict) or document.get("version") != FORMAT_VERSION:
        raise ValueError("not an alerts file of this version")
    items = list(_items(document, "rules", MAX_RULES))
    rules = [_rule(item) for item in items]
    waiting = [rule.id for rule, item in zip(rules, items, strict=True)
               if rule.kind != "move" and item.get("armed") is False]  # fmt: skip
    history = [_event(item) for item in _items(document, "history", MAX_HISTORY)]
    return rules, history, waiting


def _items(document: dict[str, Any], key: str, most: int) -> Iterable[dict[str, Any]]:
    items = document.get(key, [])
    if not isinstance(items, list) or len(items) > most:
        raise ValueError(f"{key!r} must be a list of at most {most}")
    for item in items:
        if not isinstance(item, dict):
            raise ValueError(f"an item of {key!r} is not an object")
        yield item


def _number(value: Any) -> Decimal:
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError("expected a number as text")
    try:
        return Decimal(value)
    except InvalidOperation:
        raise ValueError("expected a number as text") from None


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("expected a whole number")
    return value


def _rule(item: dict[str, Any]) -> AlertRule:
    return AlertRule(
        exchange=str(item["exchange"]),
        symbol=str(item["symbol"]),
        kind=item["kind"],
        value=_number(item["value"]),
        window_s=_int(item.get("window_s", 0)),
        id=str(item["id"])[:32],
        enabled=bool(item.get("enabled", True)),
    )


def _event(item: dict[str, Any]) -> AlertEvent:
    if item["kind"] not in KINDS:
        raise ValueError("unknown alert kind")
    return AlertEvent(
        rule_id=str(item["rule_id"])[:32],
        exchange=str(item["exchange"])[:64],
        symbol=str(item["symbol"])[:64],
        kind=item["kind"],
        price=_number(item["price"]),
        detail=_number(item["detail"]),
        window_s=_int(item["window_s"]),
        at_ms=_int(item["at_ms"]),
    )
