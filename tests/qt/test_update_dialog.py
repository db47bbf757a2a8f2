"""Tools → Update catalogue, end to end in the window: a local server with ccxt's recorded
docs pages, the progress, the diff, apply (the tree shows the new catalogue), cancel, failure."""

from __future__ import annotations

import asyncio
import time

from pytest_httpserver import HTTPServer

from explorer.catalogue.store import bundled_catalogue_path
from explorer.qt.widgets.update_dialog import CHOOSE, RESULT
from explorer.storage.folders import UserDirs
from tests.catalogue.test_update import serve_docs
from tests.helpers.loop import next_emission


def test_update_from_the_docs_then_apply(
    make_window, loop, httpserver: HTTPServer, dirs: UserDirs
) -> None:
    bundled = bundled_catalogue_path().read_bytes()
    window = make_window()
    dialog = window.open_update()
    assert not dialog.from_ccxt.isChecked() or dialog.from_ccxt.isEnabled()
    assert "241 exchanges" in dialog.current.text() and "ccxt 4.5.90" in dialog.current.text()
    assert dialog.reset.isHidden()  # no update made yet
    dialog.from_docs.setChecked(True)
    dialog.base_url.setText(serve_docs(httpserver))
    steps: list[str] = []
    window.bridge.catalogueUpdateProgress.connect(lambda step, done, total: steps.append(step))

    async def scenario() -> None:
        planned = asyncio.ensure_future(next_emission(window.bridge.catalogueUpdatePlanned))
        dialog.check.click()
        await planned

    loop.run_until_complete(scenario())
    assert steps[:2] == ["fetch-supported", "fetch-by-country"]
    assert dialog.pages.currentIndex() == RESULT
    assert "1 added, 1 removed, 0 renamed, 2 with other countries" in dialog.summary.text()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Added (1)", "Removed (1)", "Renamed (0)", "Countries changed (2)"
    ]  # fmt: skip
    assert dialog.lists["added"].item(0).text() == "CoinEx (coinex)"
    assert not dirs.user_catalogue_file.exists()  # nothing written before Apply
    assert window.tree.select_path(["142", "CN", "htx"])
    dialog.apply.click()
    assert dirs.user_catalogue_file.exists()
    assert bundled_catalogue_path().read_bytes() == bundled
    assert window.index.catalogue.snapshots[-1].key.startswith("ccxt-docs-")
    assert window.tree.selected_path() == ["142", "CN", "htx"]  # the selection is kept
    window.tree.search.setText("coinex")
    assert window.tree_model.visible_exchange_count() == 1  # listed again
    assert dialog.pages.currentIndex() == CHOOSE and not dialog.reset.isHidden()
    assert "Catalogue updated" in window.statusBar().currentMessage()
    dialog.reset.click()
    assert not dirs.user_catalogue_file.exists()
    assert window.index.catalogue.snapshots[-1].key == "ccxt-4.5.90"


def test_a_failed_or_cancelled_update_changes_nothing(
    make_window, loop, httpserver: HTTPServer, refused_url: str, dirs: UserDirs
) -> None:
    window = make_window()
    dialog = window.open_update()
    dialog.from_docs.setChecked(True)
    dialog.base_url.setText(refused_url)

    async def fail() -> None:
        failed = asyncio.ensure_future(next_emission(window.bridge.catalogueUpdateFailed))
        dialog.check.click()
        await failed

    loop.run_until_complete(fail())
    assert dialog.pages.currentIndex() == CHOOSE
    assert dialog.problem.text().startswith("Could not fetch the documentation:")
    assert "refused" in dialog.problem.text()

    httpserver.expect_request("/slow/Exchange-Markets.md").respond_with_handler(
        lambda request: time.sleep(3) or "late"
    )
    dialog.base_url.setText(httpserver.url_for("/slow/"))

    async def cancel() -> None:
        started = asyncio.ensure_future(
            next_emission(window.bridge.catalogueUpdateProgress, lambda step, *_: bool(step))
        )
        dialog.check.click()
        await started
        dialog.cancel.click()
        await asyncio.sleep(0.1)

    loop.run_until_complete(cancel())
    assert not window.bridge.running("catalogue-update")
    assert dialog.problem.text() == "Cancelled: nothing was changed."
    assert not dirs.user_catalogue_file.exists()
    assert window.index.catalogue.snapshots[-1].key == "ccxt-4.5.90"
