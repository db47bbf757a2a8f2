"""Price alerts without Qt: when each kind fires, that it fires once per crossing, and what is
kept on disk."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from explorer.live.alerts import MAX_HISTORY, AlertBook, AlertRule
from explorer.market.results import Ticker

from ..helpers.market import make_ticker

START = 1_700_000_000_000
MINUTE = 60_000


def tick(price: str, minute: float = 0, **fields: object) -> Ticker:
    return make_ticker(last=price, fetched_at=START + int(minute * MINUTE), **fields)


def prices(book: AlertBook, *values: str, every: float = 1) -> list[list[str]]:
    """What fires at each tick: the price of each event."""
    return [
        [f"{event.price:f}" for event in book.check(tick(value, n * every))]
        for n, value in enumerate(values)
    ]


def test_above_fires_once_per_crossing() -> None:
    book = AlertBook()
    book.add(AlertRule("kraken", "BTC/USD", "above", Decimal(100)))

    assert prices(book, "99", "100", "101", "102", "98", "105", "106") == [
        [], ["100"], [], [], [], ["105"], [],
    ]  # fmt: skip
    assert [f"{event.price:f}" for event in book.history] == ["100", "105"]


def test_below_fires_when_the_price_is_at_or_under() -> None:
    book = AlertBook()
    book.add(AlertRule("kraken", "BTC/USD", "below", Decimal("0.5")))

    assert prices(book, "0.6", "0.5", "0.4", "0.7", "0.1") == [[], ["0.5"], [], [], ["0.1"]]


def test_a_move_counts_within_its_window_either_way() -> None:
    book = AlertBook()
    book.add(AlertRule("kraken", "BTC/USD", "move", Decimal(5), window_s=600))

    # +4.9 % is not enough; +5 % within 10 minutes is; the next one counts from there
    fired = prices(book, "100", "104.9", "105", "106", "99.75", every=2)
    assert fired == [[], [], ["105"], [], ["99.75"]]
    moves = [f"{event.detail:.2f}" for event in book.history]
    assert moves == ["5.00", "-5.90"]


def test_a_slow_move_outside_the_window_does_not_fire() -> None:
    book = AlertBook()
    book.add(AlertRule("kraken", "BTC/USD", "move", Decimal(5), window_s=300))

    assert prices(book, "100", "102", "104", "106", every=3) == [[], [], [], []]


def test_only_its_market_fresh_prices_and_enabled_alerts_count() -> None:
    book = AlertBook()
    rule = book.add(AlertRule("kraken", "BTC/USD", "above", Decimal(100)))

    assert book.check(tick("200", exchange="binance")) == []
    assert book.check(tick("200", symbol="ETH/USD")) == []
    assert book.check(tick("200", cached=True)) == []
    book.set_enabled(rule.id, False)
    assert book.check(tick("200")) == []
    assert book.markets() == []
    book.set_enabled(rule.id, True)
    assert len(book.check(tick("200"))) == 1
    assert book.markets() == [("kraken", "BTC/USD")]


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        (("Kraken!", "BTC/USD", "above", Decimal(1)), "not an exchange id"),
        (("kraken", "btc/usd", "above", Decimal(1)), "not a canonical symbol"),
        (("kraken", "BTC/USD", "above", Decimal(0)), "positive"),
        (("kraken", "BTC/USD", "sideways", Decimal(1)), "unknown alert kind"),
        (("kraken", "BTC/USD", "move", Decimal(1), 30), "1 minute to 7 days"),
    ],
)
def test_an_alert_must_make_sense(arguments: tuple, complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        AlertRule(*arguments)


def test_alerts_and_history_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "alerts.json"
    book = AlertBook.load(path)
    rule = book.add(AlertRule("kraken", "BTC/USD", "move", Decimal("2.5"), window_s=3600))
    book.add(AlertRule("binance", "ETH/USDT", "below", Decimal("1999.99")))
    book.check(tick("100"))
    book.check(tick("103", 1))

    again = AlertBook.load(path)

    assert again.rules == book.rules
    assert again.history == book.history and len(again.history) == 1
    assert again.history[0].rule_id == rule.id


def test_an_alert_that_fired_does_not_fire_again_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "alerts.json"
    book = AlertBook.load(path)
    book.add(AlertRule("kraken", "BTC/USD", "above", Decimal(100)))
    assert len(book.check(tick("101"))) == 1

    again = AlertBook.load(path)

    assert again.check(tick("102", 1)) == []  # the same crossing, told once
    assert again.check(tick("99", 2)) == []
    assert len(again.check(tick("103", 3))) == 1  # a new one
    assert AlertBook.load(path).check(tick("99", 4)) == []
    assert len(AlertBook.load(path).check(tick("104", 5))) == 1  # re-armed at 99, then kept


def test_a_damaged_alerts_file_is_set_aside_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "alerts.json"
    path.write_text(json.dumps({"version": 1, "rules": [{"exchange": "x", "kind": "above"}]}))

    book = AlertBook.load(path)

    assert book.rules == [] and not path.exists()
    assert len(list(tmp_path.glob("alerts.json.corrupt-*"))) == 1


def test_the_history_keeps_the_newest(tmp_path: Path) -> None:
    book = AlertBook()
    book.add(AlertRule("kraken", "BTC/USD", "above", Decimal(100)))
    for number in range(MAX_HISTORY + 10):
        book.check(tick("99", number))
        book.check(tick("101", number + 0.5))
    assert len(book.history) == MAX_HISTORY
    assert book.history[-1].at_ms == START + int((MAX_HISTORY + 9.5) * MINUTE)


def test_an_alerts_file_that_cannot_be_written_does_not_stop_the_alerts(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")  # every save fails
    book = AlertBook.load(blocker / "alerts.json")

    book.add(AlertRule("kraken", "BTC/USD", "above", Decimal(100)))

    assert len(book.check(tick("101"))) == 1
    assert len(book.history) == 1
