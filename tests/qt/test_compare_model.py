"""The compare table's model: Qt's checks, best prices, and sorting that keeps the selection."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPersistentModelIndex, Qt

from explorer.market import FetchErrorKind, Ticker
from explorer.qt.models.compare_model import BID, DEVIATION, EXCHANGE, STATUS, CompareModel

from ..helpers.market import TIMEOUT_DETAIL, make_error, make_ticker


def _ticker(exchange: str, last: str) -> Ticker:
    price = Decimal(last)
    return make_ticker(exchange=exchange, symbol="BTC/USDT", last=price, bid=price - 1,
                       ask=price + 1, latency_ms=5)  # fmt: skip


def _filled(qtmodeltester) -> CompareModel:
    model = CompareModel()
    model.reset([("c", "Gamma"), ("a", "Alpha"), ("b", "Beta"), ("d", "Delta")])
    qtmodeltester.check(model)
    down = make_error(FetchErrorKind.TIMEOUT, "10", exchange="d", name="Delta", symbol="BTC/USDT",
                      template=TIMEOUT_DETAIL)  # fmt: skip
    model.add_results({"a": _ticker("a", "100"), "b": _ticker("b", "103"), "d": down})
    model.add_results({"c": _ticker("c", "101")})
    qtmodeltester.check(model)
    return model


def _column(model: CompareModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_sorting_by_price_puts_failures_last_and_keeps_the_selection(qtmodeltester) -> None:
    model = _filled(qtmodeltester)
    selected = QPersistentModelIndex(model.index(_column(model, EXCHANGE).index("Beta"), BID))

    model.sort(BID, Qt.SortOrder.DescendingOrder)

    assert _column(model, EXCHANGE) == ["Beta", "Gamma", "Alpha", "Delta"]
    assert _column(model, BID)[:3] == ["102", "100", "99"]
    assert _column(model, STATUS)[3] == "Delta did not answer in time (no full answer within 10 s)"
    assert selected.row() == 0 and selected.column() == BID

    model.add_results({"a": _ticker("a", "110")})  # a new batch: the same order applies
    model.resort()
    assert _column(model, EXCHANGE)[:3] == ["Alpha", "Beta", "Gamma"]
    assert selected.row() == 1
    qtmodeltester.check(model)


def test_deviation_follows_the_median_of_every_batch(qtmodeltester) -> None:
    model = _filled(qtmodeltester)
    model.sort(EXCHANGE)
    assert _column(model, EXCHANGE) == ["Alpha", "Beta", "Delta", "Gamma"]
    # median of 100, 103 and 101 is 101
    assert _column(model, DEVIATION) == ["-0.99 %", "+1.98 %", None, "+0.00 %"]


def test_dialog_lists_by_name_and_fits_columns_to_every_price(qtbot) -> None:
    from explorer.qt.models.compare_model import LAST
    from explorer.qt.widgets.compare_dialog import CompareDialog

    dialog = CompareDialog([("150", "Europe")])
    qtbot.addWidget(dialog)
    exchanges = [(f"x{n:03d}", f"Exchange {n:03d}") for n in range(120)]
    dialog.start(exchanges, unavailable=0)
    dialog.show_result(_ticker("x000", "100"))
    dialog.show_progress(1, 120)
    qtbot.waitUntil(lambda: dialog.model.texts(LAST)[0] == "100")  # the first batch is in
    for exchange, _ in exchanges[1:]:
        dialog.show_result(_ticker(exchange, "101"))
    dialog.show_result(_ticker("x119", "123456789.123456"))  # far down, out of view
    dialog.show_progress(120, 120)

    assert _column(dialog.model, EXCHANGE)[:2] == ["Exchange 000", "Exchange 001"]
    widest = dialog.view.fontMetrics().horizontalAdvance("123,456,789.123456")
    # a column per turn of the event loop, until every price fits
    qtbot.waitUntil(lambda: dialog.view.columnWidth(LAST) > widest)
    assert "123,456,789.123456" in dialog.model.texts(LAST)
