"""Tools -> Check exchanges against the fault servers on 127.0.0.1 (every live exchange's base
URL points there: the test never reaches the internet)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from explorer.market import bundled_specs
from explorer.market.reachability import Reach
from explorer.qt.models.reach_model import EXCHANGE, STATUS
from explorer.qt.widgets.reach_dialog import ReachDialog
from explorer.storage.preferences import Preferences

from ..helpers.faults import FaultServer
from ..helpers.loop import until

FAULTS = {"kraken": "403", "bitflyer": "429", "gemini": "503"}


def test_check_tells_faults_apart_marks_the_tree_and_exports(
    make_window, loop, preferences: Preferences, tmp_path: Path
) -> None:
    specs = bundled_specs()
    with FaultServer() as server:
        for exchange in specs.exchanges:
            preferences.set_base_url(exchange, server.url(FAULTS.get(exchange, "ok")))
        preferences.set_base_url("binance", server.refused_url)
        preferences.save()
        window = make_window()

        async def scenario() -> ReachDialog:
            dialog = window.open_check()
            await until(lambda: not window.bridge.running("check"))
            return dialog

        dialog = loop.run_until_complete(scenario())
    results = {r.exchange: r for r in dialog.model.results()}
    live = {e.id for e in window.index.catalogue.exchanges if e.listed_in_newest}
    assert set(results) == {e for e in specs.exchanges if e in live}
    assert results["kraken"].reach is Reach.BLOCKED
    assert results["bitflyer"].reach is Reach.RATE_LIMITED
    assert results["gemini"].reach is Reach.MAINTENANCE
    assert results["binance"].reach is Reach.REFUSED
    assert results["okx"].reach is Reach.REACHABLE  # answered (with Binance's numbers)
    assert dialog.progress.value() == dialog.progress.maximum() == len(results)

    # sorted by status: reachable first, then the failures
    first = dialog.proxy.index(0, STATUS).data()
    last = dialog.proxy.index(dialog.proxy.rowCount() - 1, STATUS).data()
    assert (first, last) == ("reachable", "connection refused")
    dialog.view.sortByColumn(EXCHANGE, dialog.view.horizontalHeader().sortIndicatorOrder())

    # a dot beside each checked exchange in the tree, with the outcome in its tooltip
    assert window.tree.select_path(["019", "US", "kraken"])
    kraken = window.tree_model.find(["019", "US", "kraken"])
    assert kraken.data(1) is not None  # DecorationRole
    assert "geo-blocked" in kraken.data(3)  # ToolTipRole

    target = tmp_path / "check.csv"
    dialog.export_csv(target)
    rows = list(csv.DictReader(io.StringIO(target.read_text())))
    assert {row["exchange"]: row["status"] for row in rows}["kraken"] == "geo-blocked"
    assert len(rows) == len(results)
