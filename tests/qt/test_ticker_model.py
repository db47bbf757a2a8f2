"""The watchlist model: states, flashes, and repainting only rows that changed."""

from __future__ import annotations

import time

from explorer.market import FetchErrorKind, Ticker
from explorer.qt.models.ticker_model import LAST, STATUS, TickerTableModel, _runs

from ..helpers.market import TIMEOUT_DETAIL, make_error, make_ticker


def _ticker(
    symbol: str, last: str, *, cached: bool = False, fetched_at: int | None = None
) -> Ticker:
    now = int(time.time() * 1000) if fetched_at is None else fetched_at
    return make_ticker(
        symbol=symbol, last=last, bid=last, ask=last, fetched_at=now, latency_ms=12, cached=cached
    )


def test_model_passes_qt_checks_and_shows_states(qtmodeltester) -> None:
    model = TickerTableModel()
    model.set_symbols(
        ["BTC/USD", "ETH/USD", "XRP/USD"], {"ETH/USD": _ticker("ETH/USD", "9", cached=True)}
    )
    qtmodeltester.check(model)
    old = _ticker("XRP/USD", "1", fetched_at=1_300_000_000_000)  # years old: stale
    model.update_many([_ticker("BTC/USD", "100"), old])
    assert [model.state_at(row) for row in range(3)] == ["live", "cached", "stale"]
    assert model.index(1, STATUS).data() == "CACHED"
    error = make_error(
        FetchErrorKind.TIMEOUT,
        "10",
        template=TIMEOUT_DETAIL,
    )
    model.update(error)
    assert (
        model.index(0, STATUS).data()
        == "Kraken did not answer in time (no full answer within 10 s)"
    )
    assert model.index(0, LAST).data() == "100"  # the last good numbers stay


def test_only_changed_rows_repaint(qtbot) -> None:
    model = TickerTableModel()
    symbols = [f"C{n}/USD" for n in range(10)]
    model.set_symbols(symbols, {})
    model.update_many([_ticker(s, "1") for s in symbols])
    repainted: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom: repainted.append((top.row(), bottom.row())))
    batch = [_ticker(s, "2" if s in ("C3/USD", "C4/USD", "C8/USD") else "1") for s in symbols]
    assert model.update_many(batch) == 3
    assert repainted == [(3, 4), (8, 8)]
    assert model.index(3, LAST).data(8) is not None  # the change flashes (BackgroundRole)
    assert model.index(5, LAST).data(8) is None


def test_scattered_changes_in_a_big_table_repaint_in_one_signal(qtbot) -> None:
    model = TickerTableModel()
    symbols = [f"C{n}/USD" for n in range(1000)]
    model.set_symbols(symbols, {})
    model.update_many([_ticker(s, "1") for s in symbols])
    repainted: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom: repainted.append((top.row(), bottom.row())))
    batch = [_ticker(s, "2" if n % 10 == 5 else "1") for n, s in enumerate(symbols)]

    assert model.update_many(batch) == 100  # every tenth row, from row 5 to row 995
    assert repainted == [(5, 995)]
    assert model.index(15, LAST).data(8) is not None and model.index(16, LAST).data(8) is None


def test_the_sparkline_gets_a_point_per_price_change(qtbot) -> None:
    from explorer.qt.models.ticker_model import TREND, TicksRole

    model = TickerTableModel()
    model.set_symbols(["BTC/USD"], {})
    for last in ("1", "1", "2", "2", "2", "1.5"):
        model.update(_ticker("BTC/USD", last))

    assert model.index(0, TREND).data(TicksRole) == [1.0, 2.0, 1.5]


def test_runs() -> None:
    assert _runs([1, 2, 3, 7, 9, 10]) == [(1, 3), (7, 7), (9, 10)]
    assert _runs([]) == []
