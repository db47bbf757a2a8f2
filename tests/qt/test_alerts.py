"""Alerts through the window: an alert added in Tools → Price alerts, a local server whose price
crosses it, the app's own rounds of requests on its qasync loop, and exactly one notification."""

from __future__ import annotations

import json
from pathlib import Path

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from explorer.storage.preferences import Preferences

from ..helpers.loop import until

RECORDED = json.loads(
    (Path(__file__).parents[1] / "market" / "payloads" / "binanceus.json").read_text()
)


def test_a_price_crossing_the_threshold_notifies_exactly_once(
    make_window, loop, httpserver: HTTPServer, preferences: Preferences, dirs
) -> None:
    preferences.set_base_url("binanceus", httpserver.url_for("/bus").rstrip("/"))
    preferences.save()
    answers = ["72000.00", "73500.00", "74000.00", "74500.00", "73900.00"]
    served: list[str] = []

    def answer(request: Request) -> Response:
        price = answers[min(len(served), len(answers) - 1)]
        served.append(price)
        body = RECORDED | {"lastPrice": price, "highPrice": "75000", "lowPrice": "71000"}
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/bus/api/v3/ticker/24hr").respond_with_handler(answer)
    window = make_window()
    notes: list[tuple[str, str]] = []
    window.alerts.notified.connect(lambda title, text: notes.append((title, text)))

    async def scenario() -> None:
        dialog = window.open_alerts()
        dialog.preset("binanceus", "btc/usdt")
        dialog.kind.setCurrentIndex(dialog.kind.findData("above"))
        dialog.value.setText("73,000")
        assert dialog.add() is not None  # ... and asks for the price at once
        for round_number in range(1, len(answers) + 1):
            if round_number > 1:
                window.alerts.poll()
            await until(lambda n=round_number: len(served) == n)
            await until(lambda: not window.bridge.running("alerts"))

    loop.run_until_complete(scenario())

    assert served == answers
    assert notes == [
        ("Price alert: BTC/USDT", "BTC/USDT on Binance US is at 73500.00, at or above 73000")
    ]
    assert window.statusBar().currentMessage().startswith("Price alert: BTC/USDT")
    dialog = window.open_alerts()
    assert dialog.history.rowCount() == 1
    assert dialog.history.item(0, 1).text() == notes[0][1]
    assert dialog.rules.item(0, 3).text() == "73900.00"  # the last price the alert saw
    kept = json.loads(dirs.alerts_file.read_text())
    assert [event["price"] for event in kept["history"]] == ["73500.00"]


def test_the_form_refuses_what_is_not_an_alert(make_window) -> None:
    window = make_window()
    dialog = window.open_alerts()
    dialog.symbol.setText("bitcoin")
    dialog.value.setText("1")
    assert dialog.add() is None
    assert dialog.problem.text() == "Type the market as BASE/QUOTE, e.g. BTC/USDT."
    dialog.symbol.setText("BTC/USDT")
    dialog.value.setText("-5")
    assert dialog.add() is None
    assert dialog.problem.text() == "Type a price above 0, e.g. 70000."
    assert window.alerts.book.rules == []


def test_an_alert_on_a_swaps_exchange_watches_its_swap(make_window) -> None:
    """Binance USD-M prices BTC/USDT:USDT: an alert typed as BTC/USDT must watch that market
    (its tickers are named so), and a spot exchange refuses a swap."""
    window = make_window()
    dialog = window.open_alerts()
    dialog.preset("binanceusdm", "btc/usdt")
    dialog.value.setText("100000")
    rule = dialog.add()
    assert rule is not None and rule.symbol == "BTC/USDT:USDT"
    assert window.alerts.book.markets() == [("binanceusdm", "BTC/USDT:USDT")]

    dialog.preset("kraken", "BTC/USD:USD")
    dialog.value.setText("1")
    assert dialog.add() is None
    assert "spot" in dialog.problem.text()
